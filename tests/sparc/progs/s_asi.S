/* Alternate space loads/stores in supervisor state: ASI 0x0a/0x0b (user/supervisor data) and
 * 0x1c (MMU bypass) reach the same RAM with the MMU off (V8 B.1, LEON3 ASIs). */
#include "sprog.h"
PROLOG
    set buf, %l0
    set 0xfeedface, %l1
    sta %l1, [%l0] 0x0b
    lda [%l0] 0x0a, %g1
    lduba [%l0] 0x0b, %g2
    ldsha [%l0] 0x1c, %g3
    mov 4, %l2
    stba %l1, [%l0 + %l2] 0x0a
    ld [%l0 + 4], %g4
    mov 0x55, %g5
    swapa [%l0 + %l2] 0x0b, %g5
    ldstuba [%l0 + %l2] 0x0b, %g6
    ld [%l0 + 4], %g7
    set 0x01020304, %o0
    set 0x05060708, %o1
    mov 8, %l3
    stda %o0, [%l0 + %l3] 0x0b
    ldda [%l0 + %l3] 0x1c, %o2
    DUMP
EPILOG
    .data
    .align 8
buf: .word 0, 0x12345678, 0, 0
