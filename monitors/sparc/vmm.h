/* monitors/sparc/ — a trap-and-emulate monitor for the SPARC V8 LEON3-like board.
 *
 * The virtual CPU is a sparc_cpu built over the guest's partition (sparc_create_view): the same
 * instruction semantics, its own PSR/WIM/TBR, MMU registers and board (APBUART, IRQMP, GPTIMER).
 *   - trap (Theorem 1): the guest runs directly on the host in real user mode (host PSR S=0, ET=0,
 *     with trap_to_host every host trap is an exit).  The host has the guest's integer and FP state,
 *     its CWP and its WIM; the host Reference MMU confines it with a real map: guest physical RAM
 *     [0x40000000, +size) -> the partition, nothing else mapped (so the board's I/O page and the
 *     addresses beyond the guest's RAM fault).  Every host exit (privileged instruction, window
 *     overflow/underflow, Ticc, an access outside the map, illegal instruction, ...) is handled the
 *     same way: the state goes back to the virtual CPU, which executes that instruction once -- it
 *     emulates RDPSR/WRPSR/RDWIM/WRWIM/RDTBR/WRTBR/RETT/LDA/STA in virtual supervisor state, or takes
 *     the trap through the guest's TBR exactly as the bare machine delivers it.
 *   - hybrid: virtual supervisor state interpreted, virtual user state as in trap;
 *   - emulate: everything interpreted on the virtual CPU.
 *
 * Why the host WIM is the guest's virtual WIM: SAVE/RESTORE are not privileged and run directly; they
 * trap (window_overflow/underflow) exactly when the new CWP's bit is set in WIM.  WIM affects nothing
 * but those traps, and the guest can only change it with WRWIM (privileged: emulated on the virtual
 * CPU, then loaded into the host at the next entry), so a host WIM equal to the virtual WIM makes the
 * host trap where the bare machine traps; the trap is then taken on the virtual CPU through the
 * guest's TBR.  Likewise CWP: the host's CWP is the guest's, SAVE/RESTORE move both.
 *
 * Guest MMU on: shadow tables (shadow.c), composed from the guest's tables and the partition, filled
 * lazily on host MMU faults.  The core has no TLB: every guest access walks the guest's tables and
 * sets their referenced/modified bits, and a change to a table takes effect at once, flush or not.
 * So the shadow is kept exact rather than flushed on the guest's flushes:
 *   - a page is shadow-mapped only after the monitor set R in the guest's PTE (as the bare walk does
 *     on that first access), writable only once M is set (the first store faults, sets M, upgrades);
 *   - the guest pages that hold the descriptors walked are watched: never mapped writable (a store to
 *     them is executed on the virtual CPU), snapshotted, and compared at each entry; any difference
 *     (a store by the virtual CPU, R/M set by an interpreted step, ...) discards the trees;
 *   - the trees are tagged with the guest's MMU control/context table/context registers and discarded
 *     when they change; one tree per virtual mode (ACC differs between user and supervisor);
 *   - an access the guest's tables would refuse, or whose translation leaves the guest's RAM (the I/O
 *     page), is executed on the virtual CPU, which faults through the guest's TBR or reaches its board.
 * Nesting composes: a level-1 VM that hosts a monitor has its MMU on (the real map of the monitor
 * above), so it runs its guest under shadow tables built from that map.
 *
 * Virtual time: the board's timers count executed instructions; a direct run stops before the
 * instruction after whose tick a timer fires, the ticks of the directly run instructions are
 * replayed on the virtual board when the run ends. */
#ifndef WB_SPARC_VMM_H
#define WB_SPARC_VMM_H
#include "monitors/vm.h"
#include "sparc/sparc.h"

#define SPARC_VMM_MAX_GUEST (64u << 20)    /* the real map's tables cover at most this much RAM */
/* tables: L1 (1K) at 0, context table at 1K, L2 tables (256 bytes each, one per 16M) from 2K,
 * L3 tables (256 bytes each, one per 256K) from 8K */
#define SPARC_VMM_L1 0u
#define SPARC_VMM_CTX 1024u
#define SPARC_VMM_L2 2048u
#define SPARC_VMM_L3 8192u
#define SPARC_VMM_MAP_BYTES (SPARC_VMM_L3 + SPARC_VMM_MAX_GUEST / (256u << 10) * 256u)
/* shadow tables: one tree per virtual mode (user 0, supervisor 1), each a page with its context
 * table (at 0) and L1 table (at 1K), then a pool of 256-byte L2/L3 tables */
#define SPARC_SHADOW_BASE SPARC_VMM_MAP_BYTES
#define SPARC_SHADOW_POOL 256u
#define SPARC_SHADOW_TREE (4096u + SPARC_SHADOW_POOL * 256u)
#define SPARC_SHADOW_MAXPT 32u      /* guest page-table pages watched (snapshots) */
#define SPARC_VMM_TABLES (SPARC_SHADOW_BASE + 2u * SPARC_SHADOW_TREE)

typedef struct {
    sparc_cpu *v;               /* the virtual CPU over the partition */
    uint64_t host_insns;        /* host instruction count at enter() */
    uint32_t mapped;            /* guest bytes the real map currently covers (0: not built yet) */
    /* shadow tables (guest MMU on) */
    bool tag_valid;             /* the trees were built for these guest MMU registers */
    uint32_t tag_ctrl, tag_ctp, tag_ctx;
    unsigned tree_next[2];      /* next free pool table per tree */
    unsigned npt;               /* guest pages holding the descriptors the trees were built from */
    uint32_t pt_page[SPARC_SHADOW_MAXPT];
    uint8_t *pt_snap;           /* their contents when watched (SPARC_SHADOW_MAXPT pages) */
} sparc_vmm;

/* shadow.c */
uint32_t sparc_shadow_enter(wb_vm *vm);   /* check the trees against the guest; the host's ctp */
bool sparc_shadow_fault(wb_vm *vm, const wb_exit *e);   /* true: filled, run the instruction again */

/* The sparc_cpu behind a machine: a core, or the virtual CPU of a VM (whose state the VM's monitor
 * loads into its own host at each entry). */
sparc_cpu *sparc_vmm_cpu(wb_machine *m);

#endif
