/* paging: the guest's own Reference MMU (V8 Appendix H) -- for the monitor's shadow tables.
 * It builds three-level tables (RAM identity-mapped, the I/O page by a level-1 PTE, four test pages at
 * 0x10000000), enables the MMU and prints: data through a mapping, the referenced/modified bits its
 * accesses set, the fault status/address of a protection, an invalid and a privilege fault (handled
 * through its TBR and skipped), and the effect of changing PTEs with no flush (this board has no TLB:
 * the change is seen at once).  Halts by error mode. */
#define UART 0x80000100
#define CTX 0x40020000
#define L1 0x40020400
#define L2 0x40020800
#define L3 0x40020900
#define L2B 0x40020a00
#define L3B 0x40020b00
#define TRAP(h) mov %psr, %l0; sethi %hi(h), %l4; jmp %l4 + %lo(h); nop
#define PTD(pa) (((pa) >> 4) | 1)
#define PTE(pa, acc) ((((pa) >> 12) << 8) | ((acc) << 2) | 2)
    .text
    .global _start
_start:
    wr %g0, 0xc0, %psr
    nop; nop; nop
    set traptab, %g1
    wr %g1, %tbr
    wr %g0, %wim                /* no window traps: one window is enough */
    /* the tables (physical: the MMU is off) */
    set CTX, %g1
    set PTD(L1), %g2
    st %g2, [%g1]
    set L1, %g1
    set PTD(L2), %g2
    st %g2, [%g1 + 0x40 * 4]    /* 0x40000000: RAM */
    set PTD(L2B), %g2
    st %g2, [%g1 + 0x10 * 4]    /* 0x10000000: the test pages */
    set PTE(0x80000000, 1), %g2
    st %g2, [%g1 + 0x80 * 4]    /* 0x80000000: the I/O page, one 16M level-1 PTE */
    set L2, %g1
    set PTD(L3), %g2
    st %g2, [%g1]
    set L2B, %g1
    set PTD(L3B), %g2
    st %g2, [%g1]
    set L3, %g1                 /* the first 256K of RAM, read/write/execute */
    set PTE(0x40000000, 3), %g2
    mov 64, %g3
1:  st %g2, [%g1]
    add %g1, 4, %g1
    set 0x100, %g4
    add %g2, %g4, %g2
    subcc %g3, 1, %g3
    bne 1b
    nop
    set L3B, %g1
    set PTE(0x40030000, 1), %g2 /* page 0: read/write */
    st %g2, [%g1]
    set PTE(0x40031000, 0), %g2 /* page 1: read only */
    st %g2, [%g1 + 4]
    set PTE(0x40033000, 6), %g2 /* page 3: supervisor read/execute only; page 2 invalid */
    st %g2, [%g1 + 12]
    set 0x40031000, %g1
    set 0xcafe, %g2
    st %g2, [%g1]
    /* MMU on: context table pointer, context 0, enable */
    set CTX >> 4, %g1
    set 0x100, %g2
    sta %g1, [%g2] 0x19
    set 0x200, %g2
    sta %g0, [%g2] 0x19
    mov 1, %g1
    sta %g1, [%g0] 0x19
    wr %g0, 0xe0, %psr          /* traps on */
    nop; nop; nop
    set 0x10000000, %g5         /* pages 0, 1, 2, 3 in g5, g7, g4, g3 */
    set 0x10001000, %g7
    set 0x10002000, %g4
    set 0x10003000, %g3
    set 0x1234, %g1
    st %g1, [%g5]
    ld [%g5], %o0               /* 00001234 */
    call puthex
    nop
    set L3B, %g6                /* the PTEs, read through the identity mapping */
    ld [%g6], %o0               /* page 0: R and M set: 04003066 */
    call puthex
    nop
    ld [%g7], %o0      /* 0000cafe */
    call puthex
    nop
    ld [%g6 + 4], %o0           /* page 1: R set: 04003122 */
    call puthex
    nop
    st %g1, [%g7]      /* protection: tt 09, fsr 000003aa, far 10001000 */
    ld [%g4], %g2      /* invalid: tt 09, fsr 00000326, far 10002000 */
    set PTE(0x40032000, 1), %g2 /* page 2 valid now, no flush */
    st %g2, [%g6 + 8]
    set 0x5678, %g2
    st %g2, [%g4]
    ld [%g4], %o0      /* 00005678 */
    call puthex
    nop
    ld [%g6 + 8], %o0           /* 04003266 */
    call puthex
    nop
    set PTE(0x40031000, 1), %g2 /* page 0 -> the page of page 1, no flush */
    st %g2, [%g6]
    ld [%g5], %o0               /* 0000cafe */
    call puthex
    nop
    /* user state: a RETT with PS=0 */
    wr %g0, 0x80, %psr
    nop; nop; nop
    set user, %l1
    add %l1, 4, %l2
    jmp %l1
    rett %l2
user:
    ld [%g5], %o0               /* 0000cafe */
    call puthex
    nop
    ld [%g3], %g2      /* privilege: tt 09, fsr 0000030e, far 10003000 */
    ta 0                        /* trap 0x80: the handler halts */

/* "%08x\n" of %o0 (leaf: o0-o4) */
puthex:
    set UART, %o1
    mov 28, %o2
1:  srl %o0, %o2, %o3
    and %o3, 15, %o3
    cmp %o3, 10
    bl,a 2f
    add %o3, '0', %o3
    add %o3, 'a' - 10, %o3
2:  st %o3, [%o1]
    subcc %o2, 4, %o2
    bge 1b
    nop
    mov '\n', %o3
    retl
    st %o3, [%o1]

/* data access exception: trap type, fault status, fault address; skip the instruction */
dfault:
    rd %tbr, %o0
    srl %o0, 4, %o0
    call puthex
    and %o0, 0xff, %o0
    set 0x300, %o0
    call puthex
    lda [%o0] 0x19, %o0         /* reading the FSR clears it */
    set 0x400, %o0
    call puthex
    lda [%o0] 0x19, %o0
    wr %l0, %psr
    nop; nop; nop
    jmp %l2
    rett %l2 + 4

other:
    rd %tbr, %o0
    call puthex
    nop
halt:
    ta 0                        /* ET=0: error mode */
    nop

    .align 4096
traptab:
    .rept 9
    TRAP(other)
    .endr
    TRAP(dfault)                /* 09 data_access_exception */
    .rept 0x80 - 10
    TRAP(other)
    .endr
    TRAP(halt)                  /* 80 ta 0 */
    .rept 0x7f
    TRAP(other)
    .endr
