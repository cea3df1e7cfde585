/* LDD/STD move register pairs; an odd rd is illegal_instruction (tt 2) (V8 B.1, B.4). */
#include "sprog.h"
PROLOG
    set buf, %l0
    set 0x11223344, %g2
    set 0x55667788, %g3
    std %g2, [%l0]
    ldd [%l0], %g4
    ld [%l0 + 4], %g6
    set 0xdeadbeef, %o0
    set 0xcafef00d, %o1
    std %o0, [%l0 + 8]
    ldd [%l0 + 8], %o2
    ld [%l0 + 8], %g1
    DUMP
    mov 1, %g7
    .word 0xce1c2000             /* ldd [%l0], %g7: odd rd */
    .word 0xce3c2010             /* std %g7, [%l0 + 16]: odd rd */
    ld [%l0 + 16], %o4
    DUMP
    REPORT
EPILOG
    .data
    .align 8
buf: .skip 32
