/* The SPARC V8 interpreter routines: the real map that confines the guest with the host's Reference
 * MMU, entering and leaving direct execution in real user mode, virtual time, and routing host exits
 * (every one is executed once on the virtual CPU).  See vmm.h for the design. */
#include "monitors/sparc/vmm.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static sparc_vmm *st(wb_vm *vm) { return vm->arch_state; }

static wb_machine *vcpu(wb_vm *vm) { return &st(vm)->v->m; }

sparc_cpu *sparc_vmm_cpu(wb_machine *m)
{
    if (wb_is_vm(m)) {
        wb_vm *hv = (wb_vm *)m;
        return (sparc_cpu *)hv->arch->vcpu(hv);
    }
    return (sparc_cpu *)m;
}

static void put32(uint8_t *p, uint32_t w)
{
    p[0] = (uint8_t)(w >> 24);
    p[1] = (uint8_t)(w >> 16);
    p[2] = (uint8_t)(w >> 8);
    p[3] = (uint8_t)w;
}

/* Page table descriptor / entry (V8 H.3): PTD holds the table's physical address >> 6 in bits 31:2,
 * PTE the page's physical page number in bits 31:8.  ACC 3 lets user mode read, write and execute
 * (the guest runs in real user mode); R and M are preset so the host's walk never writes the tables. */
static uint32_t ptd(uint64_t pa) { return (uint32_t)(pa >> 4) | 1u; }
static uint32_t pte(uint64_t pa) { return (uint32_t)(pa >> 12) << 8 | 0x40u | 0x20u | 3u << 2 | 2u; }

/* The real map in the monitor's storage: guest physical RAM [0x40000000, +size) -> host physical
 * 0x40000000 + base + offset, one context (0), nothing else. */
static void build_map(wb_vm *vm)
{
    uint8_t *t = vm->host->direct_storage + vm->mon_base;
    uint64_t tpa = SPARC_RAM_BASE + vm->mon_base;   /* the tables' host physical address */
    memset(t, 0, SPARC_VMM_MAP_BYTES);
    put32(t + SPARC_VMM_CTX, ptd(tpa + SPARC_VMM_L1));
    uint32_t pages = (uint32_t)(vm->size / 4096);
    for (uint32_t p = 0; p < pages; p++) {
        uint32_t va = SPARC_RAM_BASE + p * 4096u;
        uint32_t l2 = p / (64 * 64), l3 = p / 64;   /* which L2 table (16M), which L3 table (256K) */
        uint64_t l2pa = tpa + SPARC_VMM_L2 + l2 * 256u, l3pa = tpa + SPARC_VMM_L3 + l3 * 256u;
        put32(t + SPARC_VMM_L1 + (va >> 24) * 4, ptd(l2pa));
        put32(t + SPARC_VMM_L2 + l2 * 256u + (va >> 18 & 63) * 4, ptd(l3pa));
        put32(t + SPARC_VMM_L3 + l3 * 256u + (va >> 12 & 63) * 4, pte(SPARC_RAM_BASE + vm->base + (uint64_t)p * 4096));
    }
    st(vm)->mapped = (uint32_t)vm->size;
}

static bool init(wb_vm *vm, const wb_core_config *cfg, char *err, size_t errlen)
{
    wb_machine *h = vm->host;
    if (strcmp(h->arch, "sparc") != 0 || !h->direct_storage) {
        snprintf(err, errlen, "the sparc monitor needs a sparc host with directly addressable storage");
        return false;
    }
    if (vm->strategy != WB_STRATEGY_EMULATE && vm->size > SPARC_VMM_MAX_GUEST) {
        snprintf(err, errlen, "the sparc monitor's real map covers at most %u bytes of guest storage (got %llu)",
                 SPARC_VMM_MAX_GUEST, (unsigned long long)vm->size);
        return false;
    }
    sparc_vmm *s = calloc(1, sizeof *s);
    if (!s) {
        snprintf(err, errlen, "out of memory");
        return false;
    }
    s->pt_snap = malloc((size_t)SPARC_SHADOW_MAXPT * 4096);
    wb_machine *v = s->pt_snap ? sparc_create_view(cfg, h->direct_storage + vm->base, vm->size, err, errlen) : NULL;
    if (!v) {
        if (!s->pt_snap)
            snprintf(err, errlen, "out of memory");
        free(s->pt_snap);
        free(s);
        return false;
    }
    s->v = (sparc_cpu *)v;
    s->v->stop_on_trap = true;   /* a delivered trap ends the step: the handler then runs directly */
    vm->arch_state = s;
    if (vm->strategy != WB_STRATEGY_EMULATE)
        build_map(vm);
    return true;
}

static void fini(wb_vm *vm)
{
    sparc_vmm *s = st(vm);
    if (!s)
        return;
    wb_destroy(&s->v->m);
    free(s->pt_snap);
    free(s);
}

static bool virtual_supervisor(wb_vm *vm) { return sparc_super(st(vm)->v); }

/* Only the virtual CPU can do it: error mode, or an interrupt it would take before the next
 * instruction (V8 7.4: ET=1 and level 15 or above PIL). */
static bool attention(wb_vm *vm)
{
    sparc_cpu *v = st(vm)->v;
    if (v->halted)
        return true;
    if (v->psr & PSR_ET) {
        unsigned lvl = sparc_irq_level(v);
        if (lvl && (lvl == 15 || lvl > ((v->psr & PSR_PIL) >> 8)))
            return true;
    }
    return false;
}

/* Ticks (= instructions) until the first GPTIMER underflow (board.c: the prescaler underflows at
 * tick scaler+1 and then every reload+1 ticks; an unchained timer fires at its counter+1-th
 * underflow; a chained one never before the timer it is chained to).  UINT64_MAX when none can. */
static uint64_t ticks_to_fire(const sparc_cpu *v)
{
    const uint32_t EN = 1, CH = 32;
    uint64_t best = UINT64_MAX, prev = UINT64_MAX;
    uint64_t first = (uint64_t)v->tim_scaler + 1, period = (uint64_t)v->tim_scaler_reload + 1;
    for (unsigned i = 0; i < SPARC_NTIMERS; i++) {
        const sparc_timer *t = &v->tim[i];
        uint64_t when = UINT64_MAX;
        if (t->ctrl & EN)
            when = (t->ctrl & CH) ? (i ? prev : UINT64_MAX) : first + (uint64_t)t->counter * period;
        if (when < best)
            best = when;
        prev = when;
    }
    return best;
}

static uint64_t direct_limit(wb_vm *vm)
{
    sparc_cpu *v = st(vm)->v;
    if (st(vm)->mapped != vm->size)
        return 0;
    return ticks_to_fire(v);
}

static uint64_t steps(wb_vm *vm) { return st(vm)->v->m.counters.insns; }

static void sync_trap_to_host(wb_vm *vm) { st(vm)->v->m.trap_to_host = vm->m.trap_to_host; }

/* Everything is loaded afresh on each entry: nothing to invalidate. */
static void privileged_reg_set(wb_vm *vm, unsigned idx)
{
    (void)vm;
    (void)idx;
}

static void host_op(wb_vm *vm)
{
    wb_host_privop(vm->host);
    vm->stats.host_ops++;
}

/* Directly executed instructions, as the host traces them, renumbered as the guest's and in the
 * guest's mode (the bytes are the guest's: the host fetched them from the partition). */
static void trace_forward(void *ctx, const wb_trace_rec *r)
{
    wb_vm *vm = ctx;
    sparc_vmm *s = st(vm);
    if (!vm->m.trace)
        return;
    wb_trace_rec g = *r;
    g.count = s->v->m.counters.insns + (r->count - s->host_insns);
    g.supervisor = sparc_super(s->v);
    g.direct = true;
    vm->m.trace(vm->m.trace_ctx, &g);
}

static void copy_regs(sparc_cpu *to, const sparc_cpu *from)
{
    memcpy(to->g, from->g, sizeof to->g);
    memcpy(to->win, from->win, sizeof to->win);
    memcpy(to->f, from->f, sizeof to->f);
    to->pc = from->pc;
    to->npc = from->npc;
    to->y = from->y;
    to->fsr = from->fsr;
    to->annul = from->annul;
}

static void enter(wb_vm *vm)
{
    sparc_vmm *s = st(vm);
    sparc_cpu *v = s->v;
    wb_machine *h = vm->host;
    sparc_cpu *hc = sparc_vmm_cpu(h);
    copy_regs(hc, v);
    /* Real PSR: user state, traps disabled (every host trap exits with trap_to_host; the guest's
     * interrupts are virtual), the guest's condition codes, EF and window. */
    hc->psr = PSR_IMPL_VER | (v->psr & (PSR_ICC | PSR_EF | PSR_CWP));
    host_op(vm);   /* the RETT (with WRPSR) that dispatches the guest */
    if (hc->wim != v->wim) {
        hc->wim = v->wim;   /* WRWIM: the host's window traps are the guest's (vmm.h) */
        host_op(vm);
    }
    uint32_t ctp = (v->mmu_ctrl & MMU_CTRL_E) ? sparc_shadow_enter(vm)
                                              : (uint32_t)((SPARC_RAM_BASE + vm->mon_base + SPARC_VMM_CTX) >> 4);
    if (hc->mmu_ctp != ctp) {
        hc->mmu_ctp = ctp;   /* STA to ASI 0x19 */
        host_op(vm);
    }
    if (hc->mmu_ctx != 0) {
        hc->mmu_ctx = 0;
        host_op(vm);
    }
    if ((hc->mmu_ctrl & MMU_CTRL_E) == 0) {
        hc->mmu_ctrl |= MMU_CTRL_E;
        host_op(vm);
    }
    hc->halted = false;
    h->trace = vm->m.trace ? trace_forward : NULL;
    h->trace_ctx = vm;
    h->trap_to_host = true;
    s->host_insns = h->counters.insns;
}

static void leave(wb_vm *vm)
{
    sparc_vmm *s = st(vm);
    sparc_cpu *v = s->v;
    wb_machine *h = vm->host;
    sparc_cpu *hc = sparc_vmm_cpu(h);
    copy_regs(v, hc);
    v->psr = (v->psr & ~(PSR_ICC | PSR_CWP)) | (hc->psr & (PSR_ICC | PSR_CWP));
    uint64_t n = h->counters.insns - s->host_insns;
    v->m.counters.insns += n;
    vm->m.counters.direct += n;
    /* the board ticked once per instruction on the bare machine: replay (direct_limit stopped the
     * run at the first tick that fires a timer, so the interrupt is seen before the next one) */
    v->insns += n;
    if (v->tim[0].ctrl & 1 || v->tim[1].ctrl & 1)
        for (uint64_t i = 0; i < n; i++)
            sparc_board_tick(v);
}

/* The virtual CPU's trace of an instruction whose access left the real map (the I/O page, beyond the
 * guest's RAM): a guarded resource, not an innocuous execution. */
static void trace_guarded(void *ctx, const wb_trace_rec *r)
{
    wb_vm *vm = ctx;
    wb_trace_rec g = *r;
    g.guarded = true;
    vm->m.trace(vm->m.trace_ctx, &g);
}

static uint64_t traps_taken(const sparc_cpu *v)
{
    uint64_t n = 0;
    for (int k = 0; k < WB_TRAP_KINDS; k++)
        n += v->m.counters.traps[k];
    return n;
}

/* Every host exit: the trapping instruction did not execute (V8 7.3: the state is that before it), so
 * the virtual CPU executes it -- emulating it in virtual supervisor state, or taking its trap through
 * the guest's TBR (privileged_instruction in virtual user state, window_overflow/underflow, Ticc,
 * illegal_instruction, ...) as the bare machine does. */
static wb_emu_result handle(wb_vm *vm, const wb_exit *e, wb_exit *out)
{
    sparc_cpu *v = st(vm)->v;
    memset(out, 0, sizeof *out);
    if (v->pc != (uint32_t)e->trap.addr) {
        out->kind = WB_EXIT_ERROR;
        snprintf(out->msg, sizeof out->msg, "host trap 0x%02x at 0x%08x, but the guest's PC is 0x%08x",
                 (unsigned)e->trap.code, (unsigned)e->trap.addr, (unsigned)v->pc);
        return WB_EMU_FAIL;
    }
    if (e->trap.kind == WB_TRAP_MMU && (v->mmu_ctrl & MMU_CTRL_E) && sparc_shadow_fault(vm, e))
        return WB_EMU_DONE;   /* the shadow tables were filled: run the instruction again directly */
    bool guarded = e->trap.kind == WB_TRAP_MMU;
    uint64_t before = v->m.counters.insns, traps = traps_taken(v);
    if (guarded && vm->m.trace) {
        v->m.trace = trace_guarded;
        v->m.trace_ctx = vm;
    }
    wb_exit r = v->m.ops->run(&v->m, 1);
    v->m.trace = vm->m.trace;
    v->m.trace_ctx = vm->m.trace_ctx;
    vm->m.counters.trapped += v->m.counters.insns - before;
    if (traps_taken(v) != traps)
        vm->m.counters.reflections++;
    if (r.kind == WB_EXIT_BUDGET)
        return WB_EMU_DONE;
    *out = r;
    return WB_EMU_EXIT;
}

const wb_vmm_arch sparc_vmm_arch = {
    .arch = "sparc",
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
    .table_bytes = SPARC_VMM_TABLES,
    .align = 4096,
};
