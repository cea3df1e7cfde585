/* UDIV/SDIV(cc): 64-bit dividend Y:rs1, overflow saturates and sets V (V8 B.19). */
#include "sprog.h"
#define WRY(r) wr r, %y; nop; nop; nop
PROLOG
    WRY(%g0)
    set 1000000, %l0
    udivcc %l0, 7, %g1
    WRY(%g0)
    set -1000000, %l1
    mov -1, %l3
    WRY(%l3)
    sdivcc %l1, 7, %g2          /* -142857 */
    DUMP
    mov 1, %l2
    WRY(%l2)
    udivcc %g0, 1, %g3          /* 2^32 / 1 overflows: 0xffffffff, V */
    DUMP
    WRY(%l2)
    sdivcc %g0, 1, %g4          /* 2^32 overflows positive: 0x7fffffff, V */
    DUMP
    WRY(%l3)
    sdivcc %g0, 1, %g5          /* -2^32 overflows negative: 0x80000000, V */
    DUMP
    set 0x80000000, %l4
    WRY(%l3)
    sdivcc %l4, -1, %g6         /* -2^31 / -1 = 2^31 overflows */
    DUMP
    WRY(%g0)
    udiv %l4, 3, %g7
    WRY(%l2)
    udiv %g0, %l4, %o0          /* 2^32 / 2^31 = 2 */
    WRY(%l3)
    sdiv %l3, 2, %o1            /* -1 / 2 = 0 (truncates) */
    WRY(%l3)
    sdivcc %l1, -3, %o2
    DUMP
EPILOG
