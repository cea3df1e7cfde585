/* MULScc: 32 multiply steps and a final shift give the 64-bit product (V8 B.17). */
#include "sprog.h"
PROLOG
    set 123456789, %l0          /* multiplier into Y */
    set 987654, %l1             /* multiplicand */
    wr %l0, %y
    nop
    nop
    nop
    andcc %g0, %g0, %l2         /* clear N and V, partial product 0 */
    .rept 32
    mulscc %l2, %l1, %l2
    .endr
    mulscc %l2, %g0, %l2
    mov %l2, %g1
    rd %y, %g2
    DUMP
    set -7, %l0
    wr %l0, %y
    nop
    nop
    nop
    andcc %g0, %g0, %l2
    .rept 5
    mulscc %l2, 13, %l2
    .endr
    mov %l2, %g3
    rd %y, %g4
    DUMP
    /* single steps from awkward states: N^V = 1 shifts a one in */
    set 0x7fffffff, %l0
    addcc %l0, 1, %g0           /* N=1 V=1: N^V=0 */
    wr %g0, 1, %y
    nop
    nop
    nop
    mulscc %l0, %l0, %g5
    subcc %g0, 1, %g0           /* N=1 V=0 */
    mulscc %g0, 5, %g6
    rd %y, %g7
    DUMP
EPILOG
