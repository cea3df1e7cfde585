/* Loads and stores of every size with sign and zero extension (V8 B.1, B.4). */
#include "sprog.h"
PROLOG
    set buf, %l0
    set 0x89abcdef, %l1
    st %l1, [%l0]
    ldub [%l0], %g1
    ldsb [%l0], %g2
    lduh [%l0 + 2], %g3
    ldsh [%l0], %g4
    ldsb [%l0 + 3], %g5
    mov 0x7f, %l2
    stb %l2, [%l0 + 1]
    ld [%l0], %g6
    set 0x12348765, %l3
    sth %l3, [%l0 + 2]
    ld [%l0], %g7
    DUMP
    mov 4, %l4
    st %l1, [%l0 + %l4]
    ldsh [%l0 + %l4], %o0
    lduh [%l4 + %l0], %o1
    ldub [%l0 + 7], %o2
    stb %g0, [%l0 + 5]
    ld [%l0 + 4], %o3
    sth %g0, [%l0 + 4]
    ld [%l0 + 4], %o4
    ld [%l0 - 0], %o5
    DUMP
EPILOG
    .data
    .align 8
buf: .skip 16
