/* Misaligned accesses and jump targets: mem_address_not_aligned (tt 7), registers unchanged. */
#include "sprog.h"
PROLOG
    set buf, %l0
    mov 11, %g1
    ld [%l0 + 2], %g1
    mov 12, %g2
    lduh [%l0 + 1], %g2
    mov 13, %g3
    ldd [%l0 + 4], %g2
    st %g3, [%l0 + 1]
    sth %g3, [%l0 + 3]
    std %g2, [%l0 + 4]
    ld [%l0], %g4
    set 1f, %l1
    jmpl %l1 + 2, %g0           /* misaligned target: traps (QEMU writes the link first, V8 does not: no link here) */
    nop
1:  mov 3, %g6
    ldsb [%l0 + 3], %g7         /* bytes are never misaligned */
    DUMP
    REPORT
EPILOG
    .data
    .align 8
buf: .word 0x01020304, 0x05060708, 0, 0
