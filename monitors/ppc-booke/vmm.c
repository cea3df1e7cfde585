/* The Book E monitor's routines for the dispatcher (monitors/vm.c): build the virtual CPU, load the
 * host for direct execution and take the state back, and route every host exit.
 *
 * Exit routing (the switch of KVM's kvmppc_handle_exit, BookE 5 "Interrupts and Exceptions"):
 *   ITLB / DTLB miss  -> the shadow TLB is filled from the guest's own TLB and the instruction runs
 *                        again directly; when the guest's TLB does not map the address to partition
 *                        RAM for its current mode, the access is the guest's: the virtual CPU performs
 *                        it (a guest TLB miss or storage interrupt, a UART access, a bus error).
 *   program (privileged, illegal, trap), system call, storage, alignment
 *                     -> the instruction is executed on the virtual CPU: in virtual supervisor state
 *                        a privileged instruction is emulated (mtmsr, rfi, tlbwe, mtspr ...); in
 *                        virtual user state the virtual CPU takes the interrupt, i.e. it is reflected
 *                        through the guest's IVPR/IVORs into its SRR0/SRR1/ESR/DEAR.
 * Timers are the virtual CPU's: direct runs stop at the next virtual timer event and the instructions
 * the host ran advance the guest's time base and decrementer, so a decrementer interrupt arrives
 * after exactly the same instruction as on the bare machine. */
#include "monitors/ppc-booke/vmm.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static booke_vmm *st(wb_vm *vm) { return vm->arch_state; }

static wb_machine *vcpu(wb_vm *vm) { return &st(vm)->v->m; }

static bool init(wb_vm *vm, const wb_core_config *cfg, char *err, size_t errlen)
{
    wb_machine *h = vm->host;
    if (strcmp(h->arch, "ppc-booke") != 0 || !h->direct_storage) {
        snprintf(err, errlen, "the Book E monitor needs a Book E host with directly addressable storage");
        return false;
    }
    if (vm->base + vm->size > 0xFFFFFFFFull) {
        snprintf(err, errlen, "the Book E monitor places partitions below 4 GB");
        return false;
    }
    booke_vmm *s = calloc(1, sizeof *s);
    if (!s) {
        snprintf(err, errlen, "out of memory");
        return false;
    }
    wb_machine *v = ppc_booke_create_view(cfg, h->direct_storage + vm->base, vm->size, err, errlen);
    if (!v) {
        free(s);
        return false;
    }
    s->v = (ppc_cpu *)v;
    s->ix_gpr0 = wb_reg_index(h, "r0");
    s->ix_pc = wb_reg_index(h, "pc");
    s->ix_msr = wb_reg_index(h, "msr");
    s->ix_lr = wb_reg_index(h, "lr");
    s->ix_ctr = wb_reg_index(h, "ctr");
    s->ix_cr = wb_reg_index(h, "cr");
    s->ix_xer = wb_reg_index(h, "xer");
    s->ix_pid = wb_reg_index(h, "pid");
    s->ix_tb = wb_reg_index(h, "tb");
    s->ix_tcr = wb_reg_index(h, "tcr");
    s->ix_usprg0 = wb_reg_index(h, "usprg0");
    s->ix_sprg0 = wb_reg_index(h, "sprg0");
    s->ix_tlb0 = wb_reg_index(h, "tlb00.w0");
    if (s->ix_gpr0 < 0 || s->ix_pc < 0 || s->ix_msr < 0 || s->ix_lr < 0 || s->ix_ctr < 0 || s->ix_cr < 0 ||
        s->ix_xer < 0 || s->ix_pid < 0 || s->ix_tb < 0 || s->ix_tcr < 0 || s->ix_usprg0 < 0 || s->ix_sprg0 < 0 ||
        s->ix_tlb0 < 0) {
        wb_destroy(v);
        free(s);
        snprintf(err, errlen, "host register table lacks the Book E registers");
        return false;
    }
    vm->arch_state = s;
    booke_shadow_init(vm);
    /* The host's own timers must never interrupt the guest: its interrupts are virtual. */
    h->ops->set_reg(h, (unsigned)s->ix_tcr, 0);
    wb_host_privop(h);
    vm->stats.host_ops++;
    return true;
}

static void fini(wb_vm *vm)
{
    booke_vmm *s = st(vm);
    if (!s)
        return;
    wb_destroy(&s->v->m);
    free(s);
}

static bool virtual_supervisor(wb_vm *vm) { return !(st(vm)->v->msr & MSR_PR); }

/* Interpret the next step: an interrupt is due, or the guest waits (MSR[WE]). */
static bool attention(wb_vm *vm)
{
    ppc_cpu *v = st(vm)->v;
    return v->halted || ppc_due_async(v) >= 0 || (v->msr & MSR_WE);
}

static uint64_t direct_limit(wb_vm *vm) { return ppc_next_timer_event(st(vm)->v); }

static uint64_t steps(wb_vm *vm)
{
    ppc_cpu *v = st(vm)->v;
    uint64_t n = v->m.counters.insns + v->idle_ticks;   /* a wait state progresses by its idle ticks */
    for (int k = 0; k < WB_TRAP_KINDS; k++)
        n += v->m.counters.traps[k];
    return n;
}

static void sync_trap_to_host(wb_vm *vm) { st(vm)->v->m.trap_to_host = vm->m.trap_to_host; }

static void privileged_reg_set(wb_vm *vm, unsigned idx)
{
    /* A monitor above wrote this VM's TLB, PID or whole state: booke_shadow_sync compares the guest's
     * TLB and PID with what the shadow was built from, at the next entry. */
    (void)idx;
    booke_vmm *s = st(vm);
    s->host_known = false;
}

static uint64_t host_traps(wb_machine *h)
{
    uint64_t n = 0;
    for (int k = 0; k < WB_TRAP_KINDS; k++)
        n += h->counters.traps[k];
    return n;
}

/* Directly executed instructions, renumbered as guest instructions, in the guest's virtual mode. */
static void trace_forward(void *ctx, const wb_trace_rec *r)
{
    wb_vm *vm = ctx;
    booke_vmm *s = st(vm);
    if (!vm->m.trace)
        return;
    wb_trace_rec g = *r;
    g.count = s->v->m.counters.insns + (r->count - s->host_insns);
    g.supervisor = !(s->v->msr & MSR_PR);
    g.direct = true;
    vm->m.trace(vm->m.trace_ctx, &g);
}

static void set_priv(wb_vm *vm, int ix, uint64_t val)
{
    wb_machine *h = vm->host;
    h->ops->set_reg(h, (unsigned)ix, val);
    wb_host_privop(h);
    vm->stats.host_ops++;
}

static void enter(wb_vm *vm)
{
    booke_vmm *s = st(vm);
    ppc_cpu *v = s->v;
    wb_machine *h = vm->host;
    if (vm->host_shared_since) {
        booke_shadow_reload(vm);
        s->host_known = false;
    }
    booke_shadow_sync(vm);
    for (unsigned i = 0; i < 32; i++)
        h->ops->set_reg(h, (unsigned)s->ix_gpr0 + i, v->gpr[i]);
    h->ops->set_reg(h, (unsigned)s->ix_lr, v->lr);
    h->ops->set_reg(h, (unsigned)s->ix_ctr, v->ctr);
    h->ops->set_reg(h, (unsigned)s->ix_cr, v->cr);
    h->ops->set_reg(h, (unsigned)s->ix_xer, v->xer);
    h->ops->set_reg(h, (unsigned)s->ix_usprg0, v->usprg0);
    h->ops->set_reg(h, (unsigned)s->ix_pc, v->pc);
    /* what user mode can read must be the guest's: SPRG4-7 (mfspr 260-263) and the time base */
    for (unsigned i = 0; i < 4; i++)
        if (!s->host_known || s->host_sprg[i] != v->sprg[4 + i]) {
            set_priv(vm, s->ix_sprg0 + 4 + (int)i, v->sprg[4 + i]);
            s->host_sprg[i] = v->sprg[4 + i];
        }
    if (h->ops->get_reg(h, (unsigned)s->ix_tb) != v->tb)
        set_priv(vm, s->ix_tb, v->tb);
    /* real MSR: problem state always, the guest's address spaces; no asynchronous interrupts */
    uint32_t msr = MSR_PR | (v->msr & (MSR_IS | MSR_DS));
    uint32_t pid = (v->msr & MSR_PR) ? SHADOW_TID_USER : SHADOW_TID_SUPER;
    if (!s->host_known || s->host_pid != pid)
        set_priv(vm, s->ix_pid, pid);
    if (!s->host_known || s->host_msr != msr)
        set_priv(vm, s->ix_msr, msr);   /* the rfi that dispatches the guest */
    s->host_pid = pid;
    s->host_msr = msr;
    s->host_known = true;
    h->trace = vm->m.trace ? trace_forward : NULL;
    h->trace_ctx = vm;
    h->trap_to_host = true;
    s->host_insns = h->counters.insns;
    s->host_traps = host_traps(h);
}

/* Advance the guest by n directly executed instructions: counters and its timers. */
static void account(wb_vm *vm, uint64_t n)
{
    ppc_cpu *v = st(vm)->v;
    v->m.counters.insns += n;
    vm->m.counters.direct += n;
    if (n)
        ppc_timers_advance(v, n);
}

static void leave(wb_vm *vm)
{
    booke_vmm *s = st(vm);
    ppc_cpu *v = s->v;
    wb_machine *h = vm->host;
    for (unsigned i = 0; i < 32; i++)
        v->gpr[i] = (uint32_t)h->ops->get_reg(h, (unsigned)s->ix_gpr0 + i);
    v->lr = (uint32_t)h->ops->get_reg(h, (unsigned)s->ix_lr);
    v->ctr = (uint32_t)h->ops->get_reg(h, (unsigned)s->ix_ctr);
    v->cr = (uint32_t)h->ops->get_reg(h, (unsigned)s->ix_cr);
    v->xer = (uint32_t)h->ops->get_reg(h, (unsigned)s->ix_xer);
    v->usprg0 = (uint32_t)h->ops->get_reg(h, (unsigned)s->ix_usprg0);
    v->pc = (uint32_t)h->ops->get_reg(h, (unsigned)s->ix_pc);
    h->trace = NULL;
    uint64_t n = h->counters.insns - s->host_insns;
    if (host_traps(h) != s->host_traps) {
        /* the run ended in an exit: handle() decides whether its instruction counts */
        s->direct_n = n;
        return;
    }
    s->direct_n = 0;
    account(vm, n);
}

/* Run the trapped instruction on the virtual CPU: emulation in virtual supervisor state, the guest's
 * own interrupt otherwise (and its device accesses). */
static wb_emu_result execute_on_vcpu(wb_vm *vm, uint32_t addr, wb_exit *out)
{
    ppc_cpu *v = st(vm)->v;
    v->pc = addr;
    uint64_t before = v->m.counters.insns, traps_before = 0;
    for (int k = 0; k < WB_TRAP_KINDS; k++)
        traps_before += v->m.counters.traps[k];
    wb_exit r = v->m.ops->run(&v->m, 1);
    uint64_t traps_after = 0;
    for (int k = 0; k < WB_TRAP_KINDS; k++)
        traps_after += v->m.counters.traps[k];
    vm->m.counters.trapped += v->m.counters.insns - before;
    if (r.kind == WB_EXIT_BUDGET) {
        if (traps_after != traps_before) {
            vm->m.counters.reflections++;
            return WB_EMU_REFLECT;
        }
        return WB_EMU_DONE;
    }
    *out = r;
    return WB_EMU_EXIT;
}

static wb_emu_result handle(wb_vm *vm, const wb_exit *e, wb_exit *out)
{
    booke_vmm *s = st(vm);
    memset(out, 0, sizeof *out);
    unsigned ivor = e->trap.code;
    bool fetch_fault = ivor == IVOR_ITLB || ivor == IVOR_ISI;
    /* the host counted the instruction unless it faulted on its fetch; it runs again (directly or on
     * the virtual CPU), so it is not a guest instruction yet */
    uint64_t n = s->direct_n;
    s->direct_n = 0;
    if (!fetch_fault && n)
        n--;
    account(vm, n);
    uint32_t addr = (uint32_t)e->trap.addr;
    switch (ivor) {
    case IVOR_ITLB:
        if (booke_shadow_fill(vm, addr, true))
            return WB_EMU_DONE;
        return execute_on_vcpu(vm, addr, out);
    case IVOR_DTLB:
        if (booke_shadow_fill(vm, (uint32_t)e->trap.fault, false))
            return WB_EMU_DONE;
        return execute_on_vcpu(vm, addr, out);
    case IVOR_PROGRAM:
    case IVOR_SYSCALL:
    case IVOR_DSI:
    case IVOR_ISI:
    case IVOR_ALIGN:
    case IVOR_FPUNAVAIL:
    case IVOR_APUNAVAIL:
        return execute_on_vcpu(vm, addr, out);
    default:
        out->kind = WB_EXIT_ERROR;
        snprintf(out->msg, sizeof out->msg, "unexpected host interrupt IVOR%u (%s) while the guest ran", ivor,
                 wb_trap_name(e->trap.kind));
        return WB_EMU_FAIL;
    }
}

const wb_vmm_arch booke_vmm_arch = {
    .arch = "ppc-booke",
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
    .align = 4096,
};
