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
 * Guest MMU on: NOT run directly.  The core has no TLB (every access walks the tables, and sets the
 * referenced/modified bits), so an exact shadow would have to write-protect the guest's tables and
 * track R/M per page; that is not implemented.  While the guest's MMU is enabled the virtual CPU
 * interprets it (direct_limit 0).  Consequence for nesting: a level-1 VM that hosts a monitor has
 * its MMU on (the monitor above confines its own guest with it), so level 1 interprets while deeper
 * levels run "directly" on it; equivalence and confinement hold, efficiency at level 1 does not.
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
#define SPARC_VMM_TABLES (SPARC_VMM_L3 + SPARC_VMM_MAX_GUEST / (256u << 10) * 256u)

typedef struct {
    sparc_cpu *v;               /* the virtual CPU over the partition */
    uint64_t host_insns;        /* host instruction count at enter() */
    uint32_t mapped;            /* guest bytes the real map currently covers (0: not built yet) */
} sparc_vmm;

/* The sparc_cpu behind a machine: a core, or the virtual CPU of a VM (whose state the VM's monitor
 * loads into its own host at each entry). */
sparc_cpu *sparc_vmm_cpu(wb_machine *m);

#endif
