/* The KA10 interpreter routines: entering and leaving direct execution, and routing host exits
 * (every trap hands the instruction to the virtual CPU). */
#include "monitors/pdp10/vmm.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static pdp10_vmm *st(wb_vm *vm) { return vm->arch_state; }

static wb_machine *vcpu(wb_vm *vm) { return &st(vm)->v->m; }

static bool init(wb_vm *vm, const wb_core_config *cfg, char *err, size_t errlen)
{
    wb_machine *h = vm->host;
    if (strcmp(h->arch, "pdp10") != 0 || !h->direct_storage || h->storage_unit != 8) {
        snprintf(err, errlen, "the PDP-10 monitor needs a PDP-10 host with directly addressable storage");
        return false;
    }
    pdp10_vmm *s = calloc(1, sizeof *s);
    if (!s) {
        snprintf(err, errlen, "out of memory");
        return false;
    }
    wb_machine *v = pdp10_create_view(cfg, (uint64_t *)(void *)h->direct_storage + vm->base, (uint32_t)vm->size, err,
                                      errlen);
    if (!v) {
        free(s);
        return false;
    }
    s->v = (pdp10_cpu *)v;
    s->ix_ac0 = wb_reg_index(h, "ac0");
    s->ix_pc = wb_reg_index(h, "pc");
    s->ix_flags = wb_reg_index(h, "flags");
    s->ix_apr = wb_reg_index(h, "apr");
    s->ix_reloc = wb_reg_index(h, "reloc");
    s->ix_steps = wb_reg_index(h, "steps");
    if (s->ix_ac0 < 0 || s->ix_pc < 0 || s->ix_flags < 0 || s->ix_apr < 0 || s->ix_reloc < 0 || s->ix_steps < 0) {
        wb_destroy(v);
        free(s);
        snprintf(err, errlen, "host register table lacks the KA10 registers");
        return false;
    }
    vm->arch_state = s;
    /* the partition starts cleared, as a bare machine's storage does */
    memset((uint64_t *)(void *)h->direct_storage + vm->base, 0, vm->size * sizeof(uint64_t));
    return true;
}

static void fini(wb_vm *vm)
{
    pdp10_vmm *s = st(vm);
    if (!s)
        return;
    wb_destroy(&s->v->m);
    free(s);
}

static bool virtual_supervisor(wb_vm *vm) { return !(st(vm)->v->flags & PDP10_USER); }

/* Interpret the next step when the guest's devices want an interrupt now, or when the host cannot
 * reproduce what the guest's next instructions would see:
 *   - User-IOT: the host always runs with it clear (its in-out instructions must trap to us);
 *   - overflow interrupts enabled: the host would not stop after the instruction that overflows;
 *   - a relocation the host's registers cannot confine exactly (compose.c). */
static bool attention(wb_vm *vm)
{
    pdp10_vmm *s = st(vm);
    pdp10_cpu *v = s->v;
    pdp10_devices_update(v);
    if (pdp10_pi_pending(v))
        return true;
    if (v->flags & PDP10_USERIO)
        return true;
    if (v->ov_en || v->fov_en)
        return true;
    uint64_t w;
    if (!pdp10_vmm_compose(v, vm->base, vm->size, (v->flags & PDP10_USER) != 0, &w)) {
        if (v->flags & PDP10_USER)
            s->inexact_user++;
        return true;
    }
    return false;
}

/* Direct execution stops where a guest device next changes state (clock tick, teletype done, a
 * keyboard poll), so the guest's interrupts come at the instruction boundaries of the bare run. */
static uint64_t direct_limit(wb_vm *vm)
{
    pdp10_cpu *v = st(vm)->v;
    uint64_t next = pdp10_devices_next(v);
    return next > v->steps ? next - v->steps : 0;
}

static uint64_t steps(wb_vm *vm) { return st(vm)->v->steps; }

static void sync_trap_to_host(wb_vm *vm) { st(vm)->v->m.trap_to_host = vm->m.trap_to_host; }

static void privileged_reg_set(wb_vm *vm, unsigned idx)
{
    (void)idx;
    st(vm)->host_reloc_known = false;
}

/* The host traces the guest's directly executed instructions: renumber them as guest
 * instructions and give them the guest's virtual mode before passing them up. */
static void trace_forward(void *ctx, const wb_trace_rec *r)
{
    wb_vm *vm = ctx;
    pdp10_vmm *s = st(vm);
    if (!vm->m.trace)
        return;
    wb_trace_rec g = *r;
    g.count = s->v->m.counters.insns + (r->count - s->host_insns);
    g.supervisor = !(s->v->flags & PDP10_USER);
    g.direct = true;
    vm->m.trace(vm->m.trace_ctx, &g);
}

/* A privileged operation on the host: every register set here is flagged privileged in the KA10's
 * register table, so a VM host counts it itself when it receives it (no wb_host_privop on top). */
static void host_set(wb_vm *vm, int ix, uint64_t val)
{
    wb_machine *h = vm->host;
    h->ops->set_reg(h, (unsigned)ix, val);
    vm->stats.host_ops++;
}

static void enter(wb_vm *vm)
{
    pdp10_vmm *s = st(vm);
    pdp10_cpu *v = s->v;
    wb_machine *h = vm->host;
    uint64_t w = 0;
    (void)pdp10_vmm_compose(v, vm->base, vm->size, (v->flags & PDP10_USER) != 0, &w);
    /* a sibling VM ran on the host since we did (monitors/timeshare.c): its relocation is loaded, not ours */
    if (vm->host_shared_since)
        s->host_reloc_known = false;
    if (!s->host_reloc_known || s->host_reloc != w) {
        host_set(vm, s->ix_reloc, w);   /* DATAO APR */
        s->host_reloc = w;
        s->host_reloc_known = true;
    }
    for (unsigned i = 0; i < 16; i++)
        h->ops->set_reg(h, (unsigned)s->ix_ac0 + i, v->ac[i]);
    /* the guest's clock is its own step count: keep the host's equal to it */
    if (h->ops->get_reg(h, (unsigned)s->ix_steps) != v->steps)
        host_set(vm, s->ix_steps, v->steps);
    h->ops->set_reg(h, (unsigned)s->ix_pc, v->pc);
    /* the JRSTF that dispatches the guest: real user mode, User-IOT clear, the guest's flags */
    host_set(vm, s->ix_flags, (v->flags & ~(uint32_t)PDP10_USERIO) | PDP10_USER);
    h->trace = vm->m.trace ? trace_forward : NULL;
    h->trace_ctx = vm;
    h->trap_to_host = true;
    s->host_insns = h->counters.insns;
}

static void leave(wb_vm *vm)
{
    pdp10_vmm *s = st(vm);
    pdp10_cpu *v = s->v;
    wb_machine *h = vm->host;
    for (unsigned i = 0; i < 16; i++)
        v->ac[i] = h->ops->get_reg(h, (unsigned)s->ix_ac0 + i) & PDP10_WORD;
    v->pc = (uint32_t)h->ops->get_reg(h, (unsigned)s->ix_pc) & PDP10_AMASK;
    /* USER is the monitor's idea of the guest's mode: a JRST 1 run directly never reached us */
    uint32_t hf = (uint32_t)h->ops->get_reg(h, (unsigned)s->ix_flags);
    v->flags = (hf & PDP10_FLAGMASK & ~(uint32_t)(PDP10_USER | PDP10_USERIO)) | (v->flags & (PDP10_USER | PDP10_USERIO));
    v->steps = h->ops->get_reg(h, (unsigned)s->ix_steps);
    /* the guest's pushdown overflow happened on the host's processor: move the flag over */
    uint64_t apr = h->ops->get_reg(h, (unsigned)s->ix_apr);
    if (apr & 0230000) {
        if (apr & 0200000)
            v->pdl_flag = true;
        host_set(vm, s->ix_apr, apr & ~(uint64_t)0230000);   /* CONO APR: clear the flags */
    }
    uint64_t n = h->counters.insns - s->host_insns;
    v->m.counters.insns += n;
    vm->m.counters.direct += n;
    h->trace = NULL;
}

/* The trapped instruction was counted by the host but has not happened (its time neither): the
 * virtual CPU performs it. */
static wb_emu_result perform(wb_vm *vm, const wb_exit *e, wb_exit *out)
{
    pdp10_cpu *v = st(vm)->v;
    v->m.counters.insns--;
    vm->m.counters.direct--;
    v->pc = (uint32_t)e->trap.addr & PDP10_AMASK;
    bool was_user = (v->flags & PDP10_USER) != 0;
    /* A user instruction that violates the guest's own protection, or addresses storage it does not
     * have, did so on the hardware too (the composition is exact): the host traced it as run
     * directly, and the virtual CPU only repeats it to set the guest's flags and abandon it. */
    bool repeat = was_user && (e->trap.kind == WB_TRAP_MMU || e->trap.kind == WB_TRAP_MCHECK);
    wb_trace_fn tr = v->m.trace;
    if (repeat)
        v->m.trace = NULL;
    uint64_t before = v->m.counters.insns;
    wb_exit r = v->m.ops->run(&v->m, 1);
    v->m.trace = tr;
    vm->m.counters.trapped += v->m.counters.insns - before;
    if (was_user && !(v->flags & PDP10_USER))
        vm->m.counters.reflections++;   /* delivered to the guest's executive through its 40/41 or PI */
    if (r.kind == WB_EXIT_BUDGET)
        return was_user ? WB_EMU_REFLECT : WB_EMU_DONE;
    *out = r;
    return WB_EMU_EXIT;
}

static wb_emu_result handle(wb_vm *vm, const wb_exit *e, wb_exit *out)
{
    memset(out, 0, sizeof *out);
    switch (e->trap.kind) {
    case WB_TRAP_PRIV:      /* IOT, HALT, JEN without User-IOT */
    case WB_TRAP_SYSCALL:   /* MUUO */
    case WB_TRAP_MMU:       /* protection: outside the partition or the guest's own segments */
    case WB_TRAP_MCHECK:    /* non-existent memory */
        return perform(vm, e, out);
    default:
        out->kind = WB_EXIT_ERROR;
        snprintf(out->msg, sizeof out->msg, "unexpected %s exit from the host", wb_trap_name(e->trap.kind));
        return WB_EMU_FAIL;
    }
}

const wb_vmm_arch pdp10_vmm_arch = {
    .arch = "pdp10",
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
    .table_bytes = 0,
    .align = 1024,   /* words: the relocation registers' unit */
};
