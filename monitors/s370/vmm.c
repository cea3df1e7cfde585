/* The S/370 interpreter routines: entering and leaving direct execution, and routing host exits
 * (emulate a privileged instruction on the virtual CPU, reflect an interruption, fill a shadow entry). */
#include "monitors/s370/shadow.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static s370_vmm *st(wb_vm *vm) { return vm->arch_state; }

static wb_machine *vcpu(wb_vm *vm) { return &st(vm)->v->m; }

static bool init(wb_vm *vm, const wb_core_config *cfg, char *err, size_t errlen)
{
    wb_machine *h = vm->host;
    if (strcmp(h->arch, "s370") != 0 || !h->direct_storage || !h->direct_keys) {
        snprintf(err, errlen, "the S/370 monitor needs an S/370 host with directly addressable storage");
        return false;
    }
    s370_vmm *s = calloc(1, sizeof *s);
    if (!s) {
        snprintf(err, errlen, "out of memory");
        return false;
    }
    wb_machine *v = s370_create_view(cfg, h->direct_storage + vm->base, h->direct_keys + vm->base / S370_KEYBLOCK,
                                     vm->size, err, errlen);
    if (!v) {
        free(s);
        return false;
    }
    s->v = (s370_cpu *)v;
    s->ix_gr0 = wb_reg_index(h, "r0");
    s->ix_psw = wb_reg_index(h, "psw");
    s->ix_fpr0 = wb_reg_index(h, "f0");
    s->ix_cr0 = wb_reg_index(h, "cr0");
    s->ix_cr1 = wb_reg_index(h, "cr1");
    s->ix_cr3 = wb_reg_index(h, "cr3");
    s->ix_tod = wb_reg_index(h, "tod");
    if (s->ix_gr0 < 0 || s->ix_psw < 0 || s->ix_fpr0 < 0 || s->ix_cr0 < 0 || s->ix_cr1 < 0 || s->ix_tod < 0) {
        wb_destroy(v);
        free(s);
        snprintf(err, errlen, "host register table lacks the S/370 registers");
        return false;
    }
    vm->arch_state = s;
    /* The tables are the monitor's: zero them, build the real map.  Keys of the area stay 0. */
    memset(h->direct_storage + vm->mon_base, 0, vm->mon_size);
    s370_shadow_realmap_build(vm);
    return true;
}

static void fini(wb_vm *vm)
{
    s370_vmm *s = st(vm);
    if (!s)
        return;
    wb_destroy(&s->v->m);
    free(s);
}

static bool virtual_supervisor(wb_vm *vm) { return !st(vm)->v->problem; }

static bool attention(wb_vm *vm) { return s370_attention_due(st(vm)->v); }

static uint64_t direct_limit(wb_vm *vm)
{
    s370_cpu *v = st(vm)->v;
    uint64_t next = s370_next_event(v);
    return next > v->clock ? next - v->clock : 0;
}

static uint64_t steps(wb_vm *vm) { return st(vm)->v->steps; }

static void sync_trap_to_host(wb_vm *vm) { st(vm)->v->m.trap_to_host = vm->m.trap_to_host; }

/* The guest's translation changed (CR0/CR1 written, PTLB, restore): discard the shadow tables. */
static void invalidate(wb_vm *vm)
{
    s370_vmm *s = st(vm);
    if (s->shadow_live)
        vm->stats.shadow_flushes++;
    s->shadow_live = false;
}

static void privileged_reg_set(wb_vm *vm, unsigned idx)
{
    s370_vmm *s = st(vm);
    if (idx == (unsigned)-1 || (int)idx == s->ix_cr0 || (int)idx == s->ix_cr1)
        invalidate(vm);
}

/* Host CR0/CR1 for the guest's current translation mode; loads them (LCTL, privileged on the host) only
 * when they change.  Reloading CR1 also purges the host's TLB. */
static void load_host_translation(wb_vm *vm)
{
    s370_vmm *s = st(vm);
    s370_cpu *v = s->v;
    uint32_t cr0, cr1;
    if (s370_dat_on(v)) {
        if (!s->shadow_live || s->shadow_cr0 != v->cr[0] || s->shadow_cr1 != v->cr[1]) {
            s->shadow_cr0 = v->cr[0];
            s->shadow_cr1 = v->cr[1];
            s->shadow_host_cr1 = s370_shadow_reset(vm, v->cr[0]);
            s->shadow_live = true;
            s->host_cr_known = false;   /* force the reload: it purges the host TLB */
        }
        cr1 = s->shadow_host_cr1;
        cr0 = v->cr[0] & 0x00D80000u;   /* page and segment size only */
    } else {
        cr0 = 0x00800000u;              /* 4K pages, 64K segments */
        cr1 = (uint32_t)(((vm->size + 0xFFFF) >> 16) + 15) / 16 - 1;
        cr1 = cr1 << 24 | (uint32_t)((vm->mon_base + S370_VMM_REALMAP_STO) & 0x00FFFFC0u);
    }
    wb_machine *h = vm->host;
    /* a sibling VM ran on the host since we did (monitors/timeshare.c): its tables are loaded, not ours */
    if (vm->host_shared_since)
        s->host_cr_known = false;
    if (!s->host_cr_known || s->host_cr0 != cr0) {
        h->ops->set_reg(h, (unsigned)s->ix_cr0, cr0);
        wb_host_privop(h);
        vm->stats.host_ops++;
    }
    if (!s->host_cr_known || s->host_cr1 != cr1) {
        h->ops->set_reg(h, (unsigned)s->ix_cr1, cr1);
        wb_host_privop(h);
        vm->stats.host_ops++;
    }
    if (!s->host_cr_known && s->ix_cr3 >= 0) {
        /* no PSW-key-mask authority in problem state: SPKA and friends trap to us */
        h->ops->set_reg(h, (unsigned)s->ix_cr3, 0);
        wb_host_privop(h);
        vm->stats.host_ops++;
    }
    s->host_cr0 = cr0;
    s->host_cr1 = cr1;
    s->host_cr_known = true;
}

/* The host traces the guest's directly executed instructions; renumber them as guest instructions
 * and give them the guest's virtual state before passing them up. */
static void trace_forward(void *ctx, const wb_trace_rec *r)
{
    wb_vm *vm = ctx;
    s370_vmm *s = st(vm);
    if (!vm->m.trace)
        return;
    wb_trace_rec g = *r;
    g.count = s->v->m.counters.insns + (r->count - s->host_insns);
    g.supervisor = !s->v->problem;
    g.direct = true;
    vm->m.trace(vm->m.trace_ctx, &g);
}

static void enter(wb_vm *vm)
{
    s370_vmm *s = st(vm);
    s370_cpu *v = s->v;
    wb_machine *h = vm->host;
    if (v->purge_count != s->purges_seen) {
        s->purges_seen = v->purge_count;
        invalidate(vm);
    }
    load_host_translation(vm);
    for (unsigned i = 0; i < 16; i++)
        h->ops->set_reg(h, (unsigned)s->ix_gr0 + i, v->gr[i]);
    for (unsigned i = 0; i < 4; i++)
        h->ops->set_reg(h, (unsigned)s->ix_fpr0 + i, v->fpr[i]);
    /* The guest's clock is its own instruction count: keep the host TOD equal to it (SCK). */
    uint64_t tod = s370_tod(v);
    if (h->ops->get_reg(h, (unsigned)s->ix_tod) != tod) {
        h->ops->set_reg(h, (unsigned)s->ix_tod, tod);
        wb_host_privop(h);
        vm->stats.host_ops++;
    }
    /* Real PSW: EC mode, DAT on, problem state, guest key/CC/program mask/IA; every interruption
     * masked (the guest's interruptions are virtual). */
    uint64_t psw = 0x0400000000000000ull | (uint64_t)(v->pkey & 15) << 52 | 1ull << 51 | 1ull << 48 |
                   (uint64_t)(v->cc & 3) << 44 | (uint64_t)(v->pmask & 15) << 40 | (v->ia & S370_AMASK);
    h->ops->set_reg(h, (unsigned)s->ix_psw, psw);   /* the LPSW that dispatches the guest */
    wb_host_privop(h);
    vm->stats.host_ops++;
    h->trace = vm->m.trace ? trace_forward : NULL;
    h->trace_ctx = vm;
    h->trap_to_host = true;
    s->host_insns = h->counters.insns;
}

static void leave(wb_vm *vm)
{
    s370_vmm *s = st(vm);
    s370_cpu *v = s->v;
    wb_machine *h = vm->host;
    for (unsigned i = 0; i < 16; i++)
        v->gr[i] = (uint32_t)h->ops->get_reg(h, (unsigned)s->ix_gr0 + i);
    for (unsigned i = 0; i < 4; i++)
        v->fpr[i] = h->ops->get_reg(h, (unsigned)s->ix_fpr0 + i);
    uint64_t psw = h->ops->get_reg(h, (unsigned)s->ix_psw);
    v->cc = (psw >> 44) & 3;
    v->pmask = (psw >> 40) & 15;
    v->ia = (uint32_t)psw & S370_AMASK;
    uint64_t n = h->counters.insns - s->host_insns;
    s->direct_last = n;
    v->clock += n;
    v->steps += n;
    v->m.counters.insns += n;
    vm->m.counters.direct += n;
}

/* The last directly-run instruction will run again (nullified) or be emulated: uncount it. */
static void uncount_last(wb_vm *vm)
{
    s370_cpu *v = st(vm)->v;
    v->clock--;
    v->steps--;
    v->m.counters.insns--;
    vm->m.counters.direct--;
}

/* Deliver a program interruption to the guest as a bare machine would have: the virtual CPU's
 * state is set to the interruption point first. */
static wb_emu_result reflect_program(wb_vm *vm, const wb_exit *e, uint32_t ia, uint16_t code, wb_exit *out)
{
    s370_cpu *v = st(vm)->v;
    v->ia = ia & S370_AMASK;
    v->ilc = (uint8_t)e->trap.ilen;
    v->insn_addr = (uint32_t)e->trap.addr;
    wb_trap_kind kind = code == S370_PGM_PRIVILEGED ? WB_TRAP_PRIV
                        : (code >= S370_PGM_SEGMENT_TRANSLATION && code <= S370_PGM_TRANSLATION_SPEC) ? WB_TRAP_MMU
                                                                                                       : WB_TRAP_PROGRAM;
    s370_interrupt(v, kind, S370_PSA_PGM_OLD, code);
    if (v->exit_ready) {
        v->exit_ready = false;
        *out = v->exit;
        return WB_EMU_EXIT;
    }
    vm->m.counters.reflections++;
    return WB_EMU_REFLECT;
}

/* Execute one instruction (the trapped one) on the virtual CPU, in virtual supervisor state. */
static wb_emu_result emulate(wb_vm *vm, const wb_exit *e, wb_exit *out)
{
    s370_cpu *v = st(vm)->v;
    uncount_last(vm);
    v->ia = (uint32_t)e->trap.addr;
    uint64_t before = v->m.counters.insns;
    wb_exit r = v->m.ops->run(&v->m, 1);
    vm->m.counters.trapped += v->m.counters.insns - before;
    if (r.kind == WB_EXIT_BUDGET)
        return WB_EMU_DONE;
    *out = r;
    return WB_EMU_EXIT;
}

/* A translation exception on the host while the guest ran directly. */
static wb_emu_result translation_fault(wb_vm *vm, const wb_exit *e, wb_exit *out)
{
    s370_vmm *s = st(vm);
    s370_cpu *v = s->v;
    uint32_t next = (uint32_t)(e->trap.addr + e->trap.ilen);
    if (!s370_dat_on(v)) {
        /* beyond the partition: what a machine of the guest's size calls an addressing exception */
        if (e->trap.code == S370_PGM_TRANSLATION_SPEC) {
            snprintf(out->msg, sizeof out->msg, "host reports a translation-specification exception on the real map");
            out->kind = WB_EXIT_ERROR;
            return WB_EMU_FAIL;
        }
        return reflect_program(vm, e, next, S370_PGM_ADDRESSING, out);
    }
    uint32_t vaddr = (uint32_t)e->trap.fault;
    uint32_t real = 0;
    /* The guest's own tables decide; an addressing exception while fetching them is delivered by the
     * virtual CPU itself, at the point a bare machine would have taken it. */
    v->ia = next;
    v->ilc = (uint8_t)e->trap.ilen;
    v->insn_addr = (uint32_t)e->trap.addr;
    if (setjmp(v->progjmp)) {
        if (v->exit_ready) {
            v->exit_ready = false;
            *out = v->exit;
            return WB_EMU_EXIT;
        }
        vm->m.counters.reflections++;
        return WB_EMU_REFLECT;
    }
    unsigned code = s370_translate(v, vaddr, S370_ACC_FETCH, &real);
    if (code) {
        /* the guest's translation fails too: deliver its exception.  Segment and page translation
         * nullify (IA = the instruction); translation specification suppresses (IA = the next one). */
        uint32_t ia = code == S370_PGM_TRANSLATION_SPEC ? next : (uint32_t)e->trap.addr;
        return reflect_program(vm, e, ia, (uint16_t)code, out);
    }
    if (real >= vm->size)
        return reflect_program(vm, e, next, S370_PGM_ADDRESSING, out);
    s370_shadow_fill(vm, v->cr[0], vaddr, real);
    if (e->trap.ilen)
        uncount_last(vm);   /* an instruction-fetch fault (ILC 0) was never counted */
    v->ia = (uint32_t)e->trap.addr;
    vm->stats.shadow_faults++;
    return WB_EMU_DONE;
}

static wb_emu_result handle(wb_vm *vm, const wb_exit *e, wb_exit *out)
{
    s370_cpu *v = st(vm)->v;
    memset(out, 0, sizeof *out);
    switch (e->trap.kind) {
    case WB_TRAP_PRIV:
        if (!v->problem)
            return emulate(vm, e, out);
        return reflect_program(vm, e, v->ia, S370_PGM_PRIVILEGED, out);
    case WB_TRAP_MMU:
        return translation_fault(vm, e, out);
    case WB_TRAP_PROGRAM:
        return reflect_program(vm, e, v->ia, (uint16_t)e->trap.code, out);
    case WB_TRAP_SYSCALL:
        v->ilc = (uint8_t)e->trap.ilen;
        v->insn_addr = (uint32_t)e->trap.addr;
        s370_svc(v, (uint8_t)e->trap.code);
        if (v->exit_ready) {
            v->exit_ready = false;
            *out = v->exit;
            return WB_EMU_EXIT;
        }
        vm->m.counters.reflections++;
        return WB_EMU_REFLECT;
    default:
        out->kind = WB_EXIT_ERROR;
        snprintf(out->msg, sizeof out->msg, "unexpected %s exit from the host", wb_trap_name(e->trap.kind));
        return WB_EMU_FAIL;
    }
}

const wb_vmm_arch s370_vmm_arch = {
    .arch = "s370",
    .init = init,
    .fini = fini,
    .vcpu = vcpu,
    .virtual_supervisor = virtual_supervisor,
    .attention = attention,
    .direct_limit = direct_limit,
    .enter = enter,
    .leave = leave,
    .handle = handle,
    .sync_trap_to_host = sync_trap_to_host,
    .privileged_reg_set = privileged_reg_set,
    .steps = steps,
    .table_bytes = S370_VMM_TABLE_BYTES,
    .align = 4096,
};
