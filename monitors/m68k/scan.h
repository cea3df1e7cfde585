/* monitors/m68k/scan.{h,c} — the code-scanning variant ("scan") for the 68000, whose MOVE from SR is
 * sensitive but not privileged (P&G's Theorem 1 fails).  Code the guest runs in virtual supervisor
 * state is executed directly from a translation cache: 4K copies of the guest's pages in the monitor's
 * own host storage, mapped for PROGRAM-space fetches only (board MMU descriptors with the
 * "program space only" flag), while data accesses still go to the partition -- so the guest reads and
 * writes its own, unpatched code.  Before a page runs, the scanner follows its control flow from the
 * entry point and replaces with ILLEGAL ($4AFC) every instruction the core declares sensitive but not
 * privileged, every instruction that reads a PC-relative operand (a program-space read that would
 * see the cache) and any instruction that continues into the next page; words not reached by the
 * scan are ILLEGAL too, so control arriving at unscanned code traps and is scanned first.  A
 * patched instruction traps to the monitor and is executed on the virtual CPU from the guest's
 * original bytes.  A page whose original changed is discarded before the next direct run.
 * Stores into a cached page are write-protected on the host: they trap, run on the virtual CPU,
 * and a page whose scanned words changed is discarded before the next direct run (self-modifying
 * code); data that shares a page with code therefore costs a trap per store.
 * Not handled: code that jumps into the middle of a scanned instruction (its extension words are
 * executed as they are). */
#ifndef WB_M68K_SCAN_H
#define WB_M68K_SCAN_H
#include "monitors/m68k/vmm.h"

/* Length in bytes of the instruction at `p` (its first word and up to 5 more), -1 when the first word
 * is no 68000/68010 instruction. */
int m68k_insn_len(const uint8_t *p);

/* Host segments for virtual supervisor state under the scan strategy (data: the partition; program:
 * the cached pages). */
void m68k_scan_map(wb_vm *vm, m68k_segment out[M68K_MMU_SEGS]);
/* Discard cached pages whose original changed (before each direct run). */
void m68k_scan_validate(wb_vm *vm);
/* A program fetch at `addr` faulted (page not cached) or hit an ILLEGAL: translate/scan from there.
 * True when the instruction should simply run again directly; false when it must be executed on the
 * virtual CPU (a patched instruction, the guest's own ILLEGAL, or an address no page can hold). */
bool m68k_scan_fault(wb_vm *vm, uint32_t addr, bool fetch_fault);
/* True when `addr` lies in a cached page (its data is write-protected on the host). */
bool m68k_scan_cached(wb_vm *vm, uint32_t addr);

#endif
