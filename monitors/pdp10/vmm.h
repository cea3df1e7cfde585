/* monitors/pdp10/ — the KA10 monitors: hybrid (Theorem 3) and trap-and-emulate (Theorem 1 forced).
 *
 * The virtual CPU is a KA10 core built over the guest's partition of host storage
 * (pdp10_create_view): interpretation uses the very same instruction semantics and cannot reach
 * outside the partition.  Direct execution runs the guest on the host in real user mode, with the
 * host's protection/relocation registers (SRM 2.14) set to the composition of the partition with
 * the guest's own relocation (virtual user mode) or to the bare partition (virtual executive mode,
 * trap strategy only).  Every host trap (an IOT, HALT or JEN without User-IOT, a MUUO, a
 * protection violation, non-existent memory) hands the instruction to the virtual CPU, which
 * performs it as the bare machine would: emulated in virtual executive mode, delivered through the
 * guest's own locations 40/41 in virtual user mode.
 *
 * Why trap-and-emulate cannot work here (Popek & Goldberg): JRST 1 (and JRSTF) enter user mode
 * without trapping; in real user mode they are plain jumps, so the monitor never learns that its
 * guest left executive mode.  The hybrid monitor interprets virtual executive mode and so sees it. */
#ifndef WB_PDP10_VMM_H
#define WB_PDP10_VMM_H
#include "monitors/vm.h"
#include "pdp10/pdp10.h"

typedef struct {
    pdp10_cpu *v;               /* the virtual CPU over the partition */
    int ix_ac0, ix_pc, ix_flags, ix_apr, ix_reloc, ix_steps;
    uint64_t host_insns;        /* host instruction count at enter() */
    uint64_t host_reloc;        /* the relocation word last loaded into the host */
    bool host_reloc_known;
    uint64_t inexact_user;      /* virtual user-mode steps interpreted: the host cannot express the guest's relocation */
} pdp10_vmm;

/* Host protection/relocation word (DATAO APR format) for the guest's current mode; false when the
 * host's registers cannot confine the guest exactly as its own registers do (run it interpreted). */
bool pdp10_vmm_compose(const pdp10_cpu *v, uint64_t base, uint64_t size, bool user, uint64_t *word);

#endif
