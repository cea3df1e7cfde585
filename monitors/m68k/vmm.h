/* monitors/m68k/ — a monitor for the MC68000 / MC68010 board.
 *
 * The virtual CPU is an m68k_cpu built over the guest's partition of host storage (m68k_create_view):
 * the same instruction semantics, its own board (ACIA, timer, segment MMU), confined by construction.
 *   - emulate: every guest instruction is interpreted on the virtual CPU;
 *   - trap (Theorem 1, the 68010): the guest always runs in real user mode on the host, under the host
 *     board's segment MMU that maps the guest's addresses into its partition (the guest's own segments,
 *     when its virtual user mode has translation on, are composed with the partition).  Privileged
 *     instructions, and accesses that leave the partition (the I/O page, nonexistent storage), trap and
 *     are executed on the virtual CPU; TRAP #n, CHK, TRAPV and zero divide are reflected through the
 *     guest's own vectors (VBR on the 68010);
 *   - hybrid (Theorem 3): virtual supervisor state interpreted, virtual user state run as in trap.
 * The 68000 has no MMU: its board is given the 68010 board's segment MMU when it hosts a monitor
 * (m68k_cpu.board_mmu; the monitor's bus-error exits restart the instruction as on the 68010). Forced
 * trap-and-emulate on the 68000 is not equivalent: MOVE from SR is user-sensitive and unprivileged. */
#ifndef WB_M68K_VMM_H
#define WB_M68K_VMM_H
#include "monitors/vm.h"
#include "m68k/m68k.h"

#define M68K_SCAN_PAGE 4096u
#define M68K_SCAN_SLOTS 3          /* two board MMU descriptors each (write-protected data, program); one more maps the data */
enum { SCAN_NONE, SCAN_START, SCAN_PART, SCAN_PATCHED };

typedef struct {
    bool used;
    uint32_t page;                          /* guest address of the page */
    uint64_t stamp;                         /* last use, for replacement */
    uint8_t pristine[M68K_SCAN_PAGE];       /* the guest's bytes as they were scanned */
    uint8_t kind[M68K_SCAN_PAGE / 2];       /* per word: SCAN_* */
} m68k_scan_slot;

typedef struct {
    m68k_cpu *v;                /* the virtual CPU over the partition */
    int ix_d0, ix_a0, ix_sr, ix_pc;
    uint64_t host_insns;        /* host instruction count at enter() */
    bool fired;                 /* the last direct run ended with the instruction that fired the timer */
    uint16_t ctrl_before;       /* the timer control register before that tick */
    m68k_scan_slot slot[M68K_SCAN_SLOTS];   /* scan: the translation cache (its bytes are in host storage) */
    uint64_t scan_clock;
    uint64_t patched;           /* scan: instructions patched so far */
    uint64_t seen_nondirect;    /* scan: guest steps not run directly, when the cache was last validated */
    bool dirty;                 /* scan: storage may have changed other than by direct execution */
} m68k_vmm;

#endif
