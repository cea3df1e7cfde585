/* CALL and JMPL link the address of the instruction itself; RETL returns past the delay slot
 * (V8 B.24, B.25). */
#include "sprog.h"
PROLOG
    call leaf
    mov 5, %o0
    mov %o0, %g1
    mov %o7, %g2
    set leaf2, %l0
here: jmpl %l0, %g3               /* g3 = address of this jmpl */
    mov 3, %o0
    mov %o0, %g4
    set here, %l1
    sub %g3, %l1, %g5           /* 0: the link is the jmpl's own address */
    set leaf, %l2
    call 1f
    nop
1:  sub %o7, %l2, %g6           /* distance from leaf to the call */
    jmpl %l2 + 0, %o7
    mov 100, %o0
    mov %o0, %g7
    DUMP
EPILOG
leaf:
    retl
    add %o0, %o0, %o0
leaf2:
    jmp %g3 + 8
    add %o0, 1, %o0
