/* The m68k interpreter routines: entering and leaving direct execution under the host's segment
 * MMU, and routing host exits (execute a trapped instruction on the virtual CPU, reflect an
 * exception through the guest's vectors). */
#include "monitors/m68k/scan.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static m68k_vmm *st(wb_vm *vm) { return vm->arch_state; }

static wb_machine *vcpu(wb_vm *vm) { return &st(vm)->v->m; }

/* The board of the machine below.  On a core it is the core's own; on a VM it is that VM's virtual
 * board: writing its MMU registers is a supervisor MOVE to the I/O page, which that VM's monitor
 * would emulate on its virtual CPU -- we perform the effect and count the privileged operation. */
static m68k_cpu *host_board(wb_machine *h)
{
    if (wb_is_vm(h)) {
        wb_vm *hv = (wb_vm *)h;
        return (m68k_cpu *)hv->arch->vcpu(hv);
    }
    return (m68k_cpu *)h;
}

static bool init(wb_vm *vm, const wb_core_config *cfg, char *err, size_t errlen)
{
    wb_machine *h = vm->host;
    if (strcmp(h->arch, "m68k") != 0 || !h->direct_storage) {
        snprintf(err, errlen, "the m68k monitor needs an m68k host with directly addressable storage");
        return false;
    }
    m68k_cpu *hb = host_board(h);
    m68k_vmm *s = calloc(1, sizeof *s);
    if (!s) {
        snprintf(err, errlen, "out of memory");
        return false;
    }
    wb_machine *v = m68k_create_view(hb->model, cfg, h->direct_storage + vm->base, vm->size, err, errlen);
    if (!v) {
        free(s);
        return false;
    }
    s->v = (m68k_cpu *)v;
    s->ix_d0 = wb_reg_index(h, "d0");
    s->ix_a0 = wb_reg_index(h, "a0");
    s->ix_sr = wb_reg_index(h, "sr");
    s->ix_pc = wb_reg_index(h, "pc");
    if (s->ix_d0 < 0 || s->ix_a0 < 0 || s->ix_sr < 0 || s->ix_pc < 0) {
        wb_destroy(v);
        free(s);
        snprintf(err, errlen, "host register table lacks the m68k registers");
        return false;
    }
    vm->arch_state = s;
    /* A 68000 host gets the board's segment MMU (see vmm.h); the 68010 board has it already. */
    if (vm->strategy != WB_STRATEGY_EMULATE && hb->model == M68K_MC68000)
        hb->board_mmu = true;
    return true;
}

static void fini(wb_vm *vm)
{
    m68k_vmm *s = st(vm);
    if (!s)
        return;
    wb_destroy(&s->v->m);
    free(s);
}

static bool virtual_supervisor(wb_vm *vm) { return (st(vm)->v->sr & SR_S) != 0; }

/* Something only the virtual CPU can do comes next: an interrupt, trace, the stopped state, console
 * input the ACIA polls for on every instruction. */
static bool attention(wb_vm *vm)
{
    m68k_cpu *v = st(vm)->v;
    unsigned mask = (v->sr >> 8) & 7;
    if (v->halted || v->stopped || v->trace_pending || (v->sr & SR_T))
        return true;
    if (v->pending_ipl && (v->pending_ipl > mask || v->pending_ipl == 7))
        return true;
    return (v->acia_ctrl & 0x80) && !v->acia_rx_full && !v->acia_eof;
}

static bool guest_mmu_on(const m68k_cpu *v)
{
    return (v->model == M68K_MC68010 || v->board_mmu) && (v->mmu_ctrl & 1);
}

/* The host segments that give the guest its current address space inside the partition.  False when
 * they cannot (a guest segment reaches beyond its storage: only the virtual CPU gets that right). */
static bool host_map(wb_vm *vm, m68k_segment out[M68K_MMU_SEGS])
{
    m68k_cpu *v = st(vm)->v;
    if (vm->strategy == WB_STRATEGY_SCAN && (v->sr & SR_S)) {
        m68k_scan_map(vm, out);   /* code from the translation cache, data from the partition */
        return true;
    }
    memset(out, 0, sizeof(m68k_segment) * M68K_MMU_SEGS);
    if ((v->sr & SR_S) || !guest_mmu_on(v)) {
        /* untranslated: guest addresses 0..size are the partition */
        out[0].base = 0;
        out[0].limit = (uint32_t)vm->size;
        out[0].phys = (uint32_t)vm->base;
        out[0].flags = M68K_SEG_VALID;
        return true;
    }
    for (unsigned i = 0; i < M68K_MMU_SEGS; i++) {
        const m68k_segment *g = &v->seg[i];
        if (!(g->flags & M68K_SEG_VALID))
            continue;
        if (g->phys >= vm->size || g->limit > vm->size - g->phys)
            return false;
        out[i] = *g;
        out[i].phys = (uint32_t)(g->phys + vm->base);
    }
    return true;
}

static uint64_t direct_limit(wb_vm *vm)
{
    m68k_cpu *v = st(vm)->v;
    m68k_segment map[M68K_MMU_SEGS];
    if (!host_map(vm, map))
        return 0;
    if ((v->timer_ctrl & 1) && v->timer_period)   /* up to the instruction whose tick fires */
        return v->timer_count > 1 ? v->timer_count : 1;
    return UINT64_MAX;
}

static uint64_t steps(wb_vm *vm) { return st(vm)->v->steps; }

static void sync_trap_to_host(wb_vm *vm)
{
    st(vm)->v->m.trap_to_host = vm->m.trap_to_host;
    st(vm)->dirty = true;   /* a new run: storage may have been written from outside */
}

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

/* Directly executed instructions, as the host traces them, renumbered as the guest's, with the
 * guest's mode and the bytes at the guest's address (as the bare machine's trace reads them). */
static void trace_forward(void *ctx, const wb_trace_rec *r)
{
    wb_vm *vm = ctx;
    m68k_vmm *s = st(vm);
    if (!vm->m.trace)
        return;
    wb_trace_rec g = *r;
    g.count = s->v->m.counters.insns + (r->count - s->host_insns);
    g.supervisor = (s->v->sr & SR_S) != 0;
    g.direct = true;
    memset(g.insn, 0, sizeof g.insn);
    for (unsigned n = 0; n < 8; n += 2) {
        uint32_t a = (uint32_t)(r->addr + n) & M68K_AMASK;
        if (a + 2 > s->v->memsize)
            break;
        g.insn[n] = s->v->mem[a];
        g.insn[n + 1] = s->v->mem[a + 1];
    }
    vm->m.trace(vm->m.trace_ctx, &g);
}

static void enter(wb_vm *vm)
{
    m68k_vmm *s = st(vm);
    m68k_cpu *v = s->v;
    wb_machine *h = vm->host;
    m68k_cpu *hb = host_board(h);
    m68k_segment map[M68K_MMU_SEGS];
    if (vm->strategy == WB_STRATEGY_SCAN)
        m68k_scan_validate(vm);
    host_map(vm, map);   /* direct_limit made sure it succeeds */
    for (unsigned i = 0; i < M68K_MMU_SEGS; i++) {
        if (memcmp(&hb->seg[i], &map[i], sizeof map[i]) != 0) {
            hb->seg[i] = map[i];   /* four MOVEs to the descriptor on the I/O page */
            host_op(vm);
        }
    }
    if (!(hb->mmu_ctrl & 1)) {
        hb->mmu_ctrl = 1;
        host_op(vm);
    }
    /* Real SR: user state, no trace, mask 0 (the guest's interrupts are virtual), the guest's CCR. */
    h->ops->set_reg(h, (unsigned)s->ix_sr, v->sr & 0x1Fu);   /* the RTE that dispatches the guest */
    host_op(vm);
    for (unsigned i = 0; i < 8; i++) {
        h->ops->set_reg(h, (unsigned)s->ix_d0 + i, v->d[i]);
        h->ops->set_reg(h, (unsigned)s->ix_a0 + i, v->a[i]);   /* a7: the guest's active stack */
    }
    h->ops->set_reg(h, (unsigned)s->ix_pc, v->pc);
    h->trace = vm->m.trace ? trace_forward : NULL;
    h->trace_ctx = vm;
    h->trap_to_host = true;
    s->host_insns = h->counters.insns;
}

static void leave(wb_vm *vm)
{
    m68k_vmm *s = st(vm);
    m68k_cpu *v = s->v;
    wb_machine *h = vm->host;
    for (unsigned i = 0; i < 8; i++) {
        v->d[i] = (uint32_t)h->ops->get_reg(h, (unsigned)s->ix_d0 + i);
        v->a[i] = (uint32_t)h->ops->get_reg(h, (unsigned)s->ix_a0 + i);
    }
    v->pc = (uint32_t)h->ops->get_reg(h, (unsigned)s->ix_pc);
    v->sr = (uint16_t)((v->sr & ~0x1Fu) | (h->ops->get_reg(h, (unsigned)s->ix_sr) & 0x1Fu));
    uint64_t n = h->counters.insns - s->host_insns;
    v->steps += n;
    v->m.counters.insns += n;
    vm->m.counters.direct += n;
    /* The board ticks once per instruction (m68k_board_tick): the last one may fire the timer. */
    s->fired = false;
    if ((v->timer_ctrl & 1) && v->timer_period && n) {
        if (v->timer_count > n) {
            v->timer_count -= (uint32_t)n;
        } else {   /* direct_limit stopped at the firing instruction */
            s->fired = true;
            s->ctrl_before = v->timer_ctrl;
            v->timer_count = v->timer_period;
            v->timer_ctrl |= 2;
            m68k_board_update_irq(v);
        }
    }
}

/* The last directly-run instruction will be executed again on the virtual CPU: uncount it. */
static void uncount_last(wb_vm *vm)
{
    m68k_cpu *v = st(vm)->v;
    v->steps--;
    v->m.counters.insns--;
    vm->m.counters.direct--;
    m68k_vmm *s = st(vm);
    if (s->fired) {   /* its tick fires again when it is executed again */
        s->fired = false;
        v->timer_count = 1;
        v->timer_ctrl = s->ctrl_before;
        m68k_board_update_irq(v);
    } else if ((v->timer_ctrl & 1) && v->timer_period) {
        v->timer_count++;
    }
}

static uint64_t traps_taken(const m68k_cpu *v)
{
    uint64_t n = 0;
    for (int k = 0; k < WB_TRAP_KINDS; k++)
        n += v->m.counters.traps[k];
    return n;
}

/* The instruction did not complete on the host (privileged, or an access outside the partition, or
 * not executed at all): execute it on the virtual CPU, which does what the bare machine does --
 * emulating it in virtual supervisor state, or taking the exception through the guest's vectors. */
/* The virtual CPU's trace of an instruction that faulted on the host MMU: its operand lies outside
 * what the guest may touch directly (the I/O page, beyond its storage, outside its segments) --
 * a bus error in user mode on the real board, so not an innocuous execution. */
static void trace_guarded(void *ctx, const wb_trace_rec *r)
{
    wb_vm *vm = ctx;
    wb_trace_rec g = *r;
    g.guarded = true;
    vm->m.trace(vm->m.trace_ctx, &g);
}

static wb_emu_result execute_on_vcpu(wb_vm *vm, const wb_exit *e, bool guarded, wb_exit *out)
{
    m68k_cpu *v = st(vm)->v;
    uncount_last(vm);
    v->pc = (uint32_t)e->trap.addr;
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

/* The instruction completed and raised an exception (TRAP #n, CHK, TRAPV, zero divide): stack the
 * guest's frame and vector through its table, as the bare machine does. */
static wb_emu_result reflect(wb_vm *vm, const wb_exit *e, wb_exit *out)
{
    m68k_cpu *v = st(vm)->v;
    v->insn_pc = (uint32_t)e->trap.addr;
    v->exit_ready = false;
    st(vm)->dirty = true;   /* the frame is stored by the monitor */
    if (setjmp(v->jmp) == 0)
        m68k_take_exception(v, e->trap.code, v->pc);
    v->in_group0 = false;
    v->in_exception = false;
    if (v->exit_ready) {
        v->exit_ready = false;
        *out = v->exit;
        return WB_EMU_EXIT;
    }
    vm->m.counters.reflections++;
    return WB_EMU_REFLECT;
}

static wb_emu_result handle(wb_vm *vm, const wb_exit *e, wb_exit *out)
{
    memset(out, 0, sizeof *out);
    if (vm->strategy == WB_STRATEGY_SCAN && (st(vm)->v->sr & SR_S)) {
        /* a fetch from a page not in the cache, or control reaching unscanned code: scan, run again */
        bool fetch = e->trap.code == V_BUS_ERROR && e->trap.kind == WB_TRAP_MMU && e->trap.fault == e->trap.addr;
        if ((fetch || e->trap.code == V_ILLEGAL) && m68k_scan_fault(vm, (uint32_t)e->trap.addr, fetch)) {
            uncount_last(vm);
            st(vm)->v->pc = (uint32_t)e->trap.addr;
            return WB_EMU_DONE;
        }
        /* a store into a cached page: the monitor's own protection, not the machine's */
        if (e->trap.kind == WB_TRAP_MMU && !fetch && m68k_scan_cached(vm, (uint32_t)e->trap.fault))
            return execute_on_vcpu(vm, e, false, out);
    }
    switch (e->trap.code) {
    case V_BUS_ERROR:      /* outside the partition or the guest's segments: restarted (68010 model) */
    case V_ADDRESS_ERROR:
    case V_ILLEGAL:
    case V_PRIVILEGE:
    case V_LINE_A:
    case V_LINE_F:
        return execute_on_vcpu(vm, e, e->trap.kind == WB_TRAP_MMU, out);
    case V_ZERO_DIVIDE:
    case V_CHK:
    case V_TRAPV:
        return reflect(vm, e, out);
    default:
        if (e->trap.code >= V_TRAP0 && e->trap.code < V_TRAP0 + 16)
            return reflect(vm, e, out);
        out->kind = WB_EXIT_ERROR;
        snprintf(out->msg, sizeof out->msg, "unexpected %s exit (vector %u) from the host",
                 wb_trap_name(e->trap.kind), (unsigned)e->trap.code);
        return WB_EMU_FAIL;
    }
}

const wb_vmm_arch m68k_vmm_arch = {
    .arch = "m68k",
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
    .table_bytes = M68K_SCAN_SLOTS * M68K_SCAN_PAGE,   /* the scan variant's translation cache */
    .align = 4096,
};
