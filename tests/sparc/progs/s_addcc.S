/* ADDcc/SUBcc/ADDXcc/SUBXcc condition codes on edge values (V8 B.11, B.13). */
#include "sprog.h"
PROLOG
    set 0x7fffffff, %l0
    set 0x80000000, %l1
    addcc %l0, 1, %g1          /* N V */
    DUMP
    addcc %l1, %l1, %g2        /* Z V C */
    DUMP
    subcc %g0, 1, %g3          /* N C */
    DUMP
    subcc %l1, 1, %g4          /* V */
    DUMP
    mov -1, %l2
    addcc %l2, 1, %g5          /* Z C */
    addxcc %g0, 5, %g6         /* 5 + carry */
    subxcc %g0, 0, %g7         /* 0 - 0 - carry(0 after addxcc) */
    DUMP
    subcc %g0, 1, %g0
    subxcc %l0, -1, %o0        /* 0x7fffffff + 1 - 1 with borrow */
    addx %l2, %l2, %o1
    subx %l2, 3, %o2
    DUMP
    subcc %l1, %l0, %o3
    subcc %l0, %l1, %o4
    subcc %l0, %l0, %o5
    DUMP
EPILOG
