/* monitors/s370/ — trap-and-emulate for the System/370, as CP did it.
 *
 * The guest always runs in real problem state, in EC mode with DAT on; its virtual PSW, control
 * registers, clocks, storage keys and devices live in a virtual CPU: an s370_cpu built over the guest's
 * partition of host storage (the same instruction semantics, confined by construction).  Privileged
 * instructions trap to the dispatcher and are executed on that virtual CPU; interruptions are
 * reflected through the guest's own low-storage PSWs.  Host DAT confines the guest: with the guest's
 * DAT off, a fixed "real map" translates guest-real to the partition; with it on, shadow tables
 * compose the guest's tables with the partition, filled lazily on translation faults and discarded on
 * PTLB or a new CR0/CR1. */
#ifndef WB_S370_VMM_H
#define WB_S370_VMM_H
#include "monitors/vm.h"
#include "s370/s370.h"

/* Layout of the monitor's table area (offsets from vm->mon_base, in host real storage). */
enum {
    S370_VMM_REALMAP_STO = 0x0000,   /* 256 segment entries (64K segments) */
    S370_VMM_REALMAP_PT = 0x0400,    /* 256 page tables of 16 two-byte entries (4K pages) */
    S370_VMM_SHADOW_STO = 0x3000,    /* up to 256 segment entries */
    S370_VMM_SHADOW_PT = 0x4000,     /* one page table per segment, at most 16K in all */
    S370_VMM_TABLE_BYTES = 0x8000,
};

typedef struct {
    s370_cpu *v;                /* the virtual CPU over the partition */
    int ix_gr0, ix_psw, ix_fpr0, ix_cr0, ix_cr1, ix_cr3, ix_tod;
    uint64_t host_insns;        /* host instruction count at enter() */
    uint32_t host_cr0, host_cr1;/* what we last loaded into the host */
    bool host_cr_known;
    bool shadow_live;           /* shadow tables describe the guest's current CR0/CR1 */
    uint32_t shadow_cr0, shadow_cr1;
    uint32_t shadow_host_cr1;   /* host CR1 designating the shadow segment table */
    uint64_t purges_seen;       /* v->purge_count when the shadow was built */
    uint64_t direct_last;       /* instructions of the last direct run */
} s370_vmm;

#endif
