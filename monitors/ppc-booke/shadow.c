/* The shadow TLB (see vmm.h).  Entry formats: 440UM "TLB Entry Format" (w0 EPN|V|TS|SIZE, w1 RPN|ERPN,
 * w2 U0-3 WIMGE UX UW UR SX SW SR).  A shadow entry maps one page of at most SHADOW_PAGE bytes (the
 * guest page if smaller) at the guest's effective address to host real = partition base + guest
 * real, in the guest's address space (TS), for the guest's current mode (TID), with the guest's
 * permissions for that mode moved to the user bits: the guest kernel runs in real user mode. */
#include "monitors/ppc-booke/vmm.h"
#include <string.h>

static booke_vmm *st(wb_vm *vm) { return vm->arch_state; }

void booke_shadow_write(wb_vm *vm, unsigned slot, const ppc_tlbe *e)
{
    booke_vmm *s = st(vm);
    wb_machine *h = vm->host;
    unsigned base = (unsigned)s->ix_tlb0 + 4 * slot;
    /* tid and w1/w2 first, w0 (the valid bit) last: the entry is never half-valid */
    h->ops->set_reg(h, base + 3, e->tid);
    h->ops->set_reg(h, base + 1, e->w1);
    h->ops->set_reg(h, base + 2, e->w2);
    h->ops->set_reg(h, base + 0, e->w0);
    for (int i = 0; i < 4; i++)
        wb_host_privop(h);
    vm->stats.host_ops += 4;
    s->slot[slot] = *e;
}

static void invalidate_slot(wb_vm *vm, unsigned i)
{
    booke_vmm *s = st(vm);
    if (s->slot_src[i] < 0)
        return;
    wb_machine *h = vm->host;
    h->ops->set_reg(h, (unsigned)s->ix_tlb0 + 4 * i, 0);   /* w0 = 0: V off (tlbwe of word 0) */
    wb_host_privop(h);
    vm->stats.host_ops++;
    memset(&s->slot[i], 0, sizeof s->slot[i]);
    s->slot_src[i] = -1;
}

void booke_shadow_init(wb_vm *vm)
{
    booke_vmm *s = st(vm);
    /* the host's TLB is the monitor's: every entry starts invalid (the boot hand-off entry too) */
    ppc_tlbe zero;
    memset(&zero, 0, sizeof zero);
    for (unsigned i = 0; i < PPC_TLB_ENTRIES; i++) {
        booke_shadow_write(vm, i, &zero);
        s->slot_src[i] = -1;
    }
    memcpy(s->guest_seen, s->v->tlb, sizeof s->guest_seen);
    s->guest_pid_seen = s->v->pid;
    s->tlb_gen_seen = s->v->tlb_gen;
}

void booke_shadow_sync(wb_vm *vm)
{
    booke_vmm *s = st(vm);
    ppc_cpu *v = s->v;
    bool pid_changed = (v->pid & 0xFF) != (s->guest_pid_seen & 0xFF);
    if (v->tlb_gen == s->tlb_gen_seen && !pid_changed)
        return;
    unsigned dropped = 0;
    for (unsigned i = 0; i < PPC_TLB_ENTRIES; i++) {
        int src = s->slot_src[i];
        if (src < 0)
            continue;
        const ppc_tlbe *now = &v->tlb[src], *was = &s->guest_seen[src];
        bool changed = memcmp(now, was, sizeof *now) != 0;
        /* an entry with TID 0 matches every PID; the others were chosen for the old PID */
        if (changed || (pid_changed && was->tid != 0)) {
            invalidate_slot(vm, i);
            dropped++;
        }
    }
    if (dropped)
        vm->stats.shadow_flushes++;
    memcpy(s->guest_seen, v->tlb, sizeof s->guest_seen);
    s->guest_pid_seen = v->pid;
    s->tlb_gen_seen = v->tlb_gen;
}

bool booke_shadow_fill(wb_vm *vm, uint32_t ea, bool fetch)
{
    booke_vmm *s = st(vm);
    ppc_cpu *v = s->v;
    booke_shadow_sync(vm);
    unsigned ts = fetch ? (v->msr & MSR_IS) != 0 : (v->msr & MSR_DS) != 0;
    int gi = ppc_tlb_search(v, ea, ts, v->pid & 0xFF);
    if (gi < 0)
        return false;   /* the guest's own TLB miss */
    const ppc_tlbe *g = &v->tlb[gi];
    bool user = (v->msr & MSR_PR) != 0;
    uint32_t perms = user ? g->w2 & 0x38u : (g->w2 & 0x07u) << 3;
    uint32_t need = fetch ? 0x20u : 0x18u;   /* data: a load or a store may have missed: either will do */
    if (!(perms & need))
        return false;   /* the guest's own protection fault */
    uint32_t gsize = ppc_tlb_size(g->w0);
    uint32_t ssize = gsize < SHADOW_PAGE ? gsize : SHADOW_PAGE;
    uint64_t rpn = ((uint64_t)(g->w1 & 15) << 32) | (g->w1 & 0xFFFFFC00u);
    uint64_t greal = (rpn & ~(uint64_t)(gsize - 1)) | (ea & (gsize - 1));
    uint64_t gpage = greal & ~(uint64_t)(ssize - 1);
    if (gpage >= vm->size || vm->size - gpage < ssize)
        return false;   /* a device, or no storage: the virtual CPU performs the access */
    ppc_tlbe e;
    e.w0 = (ea & ~(ssize - 1)) | 0x200u | ts << 8 | (ssize == 1024 ? 0u : 1u) << 4;
    e.w1 = (uint32_t)(vm->base + gpage) & 0xFFFFFC00u;   /* ERPN 0: partitions lie below 4 GB */
    e.w2 = (g->w2 & 0xFF80u) | perms;
    e.tid = user ? SHADOW_TID_USER : SHADOW_TID_SUPER;
    unsigned slot = s->next_slot;
    s->next_slot = (s->next_slot + 1) % PPC_TLB_ENTRIES;
    invalidate_slot(vm, slot);
    booke_shadow_write(vm, slot, &e);
    s->slot_src[slot] = (int8_t)gi;
    vm->stats.shadow_faults++;
    return true;
}

/* A sibling VM ran on the host and used the same TLB: put back every slot as this VM knows it, and
 * invalidate the rest (a sibling's entries map its own partition and must not survive). */
void booke_shadow_reload(wb_vm *vm)
{
    booke_vmm *s = st(vm);
    ppc_tlbe zero;
    memset(&zero, 0, sizeof zero);
    for (unsigned i = 0; i < PPC_TLB_ENTRIES; i++)
        booke_shadow_write(vm, i, s->slot_src[i] >= 0 ? &s->slot[i] : &zero);
}
