/* The Book E monitor (trap and emulate with a shadow TLB), split as KVM for Book E splits it:
 *   vmm.c     the dispatcher's routines: entering/leaving direct execution, routing host exits;
 *   shadow.c  the shadow TLB: host TLB entries guest-effective -> partition-real, kept apart from the
 *             guest's TLB (which lives in the virtual CPU), filled on host TLB misses, invalidated when
 *             the guest's TLB or PID changes.
 *
 * The guest always runs with MSR[PR]=1 on the host.  Its MSR, SRRs, IVPR/IVORs, SPRGs, PID, TLB and
 * timers live in the virtual CPU, a Book E core over the guest's partition (ppc_booke_create_view), so
 * a trapped instruction is emulated with the core's own semantics.  Host address spaces: host TS =
 * the guest's IS/DS, host PID = SHADOW_TID_SUPER while the guest is in virtual supervisor state,
 * SHADOW_TID_USER in virtual user state; every shadow entry carries one of the two TIDs, so the
 * guest kernel's and guest user's translations never see each other's permissions. */
#ifndef WB_MON_BOOKE_VMM_H
#define WB_MON_BOOKE_VMM_H
#include "cores/ppc-booke/booke.h"
#include "monitors/vm.h"

#define SHADOW_TID_SUPER 1u
#define SHADOW_TID_USER 2u
#define SHADOW_PAGE 4096u

typedef struct {
    ppc_cpu *v;                      /* the virtual CPU: the guest's whole architected state */
    /* host register indices */
    int ix_gpr0, ix_pc, ix_msr, ix_lr, ix_ctr, ix_cr, ix_xer, ix_pid, ix_tb, ix_tcr, ix_usprg0, ix_sprg0, ix_tlb0;
    /* shadow TLB: what this monitor has written into the host's TLB */
    ppc_tlbe slot[PPC_TLB_ENTRIES];
    int8_t slot_src[PPC_TLB_ENTRIES]; /* the guest TLB entry a slot was derived from, -1 = free */
    unsigned next_slot;
    ppc_tlbe guest_seen[PPC_TLB_ENTRIES]; /* the guest's TLB as the shadow last saw it */
    uint32_t guest_pid_seen;
    uint32_t tlb_gen_seen;
    /* host registers as last loaded (privileged ones are loaded only when they change) */
    uint32_t host_msr, host_pid, host_sprg[4];
    bool host_known;
    uint64_t host_insns, host_traps;  /* host counters at enter */
    uint64_t direct_n;                /* instructions the host counted in the last direct run */
} booke_vmm;

/* shadow.c */
void booke_shadow_init(wb_vm *vm);
/* The guest's TLB or PID changed: invalidate the shadow entries derived from what changed. */
void booke_shadow_sync(wb_vm *vm);
void booke_shadow_reload(wb_vm *vm);
/* A host TLB miss at ea (fetch or data): install the shadow entry when the guest's own TLB maps ea to
 * partition RAM with a permission for the guest's current mode.  False: the guest must see the access
 * itself (its miss, its protection fault, or a device / bus error): the caller emulates it. */
bool booke_shadow_fill(wb_vm *vm, uint32_t ea, bool fetch);
/* Write one host TLB slot (a privileged operation on the host). */
void booke_shadow_write(wb_vm *vm, unsigned slot, const ppc_tlbe *e);

#endif
