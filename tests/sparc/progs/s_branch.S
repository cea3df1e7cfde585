/* Bicc: all 16 conditions under all 16 icc values; bit c of each word set when taken (V8 B.21). */
#include "sprog.h"
#define TRY(cond, bit) \
    wr %l2, %psr; nop; nop; nop; \
    cond 1f; nop; ba 2f; nop; \
1:  set bit, %l3; or %l1, %l3, %l1; \
2:
PROLOG
    rd %psr, %l5
    set 0xff0fffff, %l6
    and %l5, %l6, %l5           /* PSR without icc */
    clr %l0                     /* icc value 0..15 */
    set results, %l7
loop:
    sll %l0, 20, %l2
    or %l2, %l5, %l2
    clr %l1
    TRY(ba, 0x1)
    TRY(bn, 0x2)
    TRY(bne, 0x4)
    TRY(be, 0x8)
    TRY(bg, 0x10)
    TRY(ble, 0x20)
    TRY(bge, 0x40)
    TRY(bl, 0x80)
    TRY(bgu, 0x100)
    TRY(bleu, 0x200)
    TRY(bcc, 0x400)
    TRY(bcs, 0x800)
    TRY(bpos, 0x1000)
    TRY(bneg, 0x2000)
    TRY(bvc, 0x4000)
    TRY(bvs, 0x8000)
    sll %l0, 2, %l3
    st %l1, [%l7 + %l3]
    inc %l0
    cmp %l0, 16
    bne loop
    nop
    ldd [%l7], %g2
    ldd [%l7 + 8], %g4
    ldd [%l7 + 16], %o0
    ldd [%l7 + 24], %o2
    ldd [%l7 + 32], %o4
    DUMP
    ldd [%l7 + 40], %g2
    ldd [%l7 + 48], %g4
    ldd [%l7 + 56], %o0
    DUMP
EPILOG
    .bss
    .align 8
results: .skip 64
