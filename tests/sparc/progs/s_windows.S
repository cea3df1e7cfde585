/* Register windows: 20 nested SAVEs and RESTOREs carry values through ins/outs; WIM traps spill
 * and fill through the frame's handlers (V8 4.1, B.22). */
#include "sprog.h"
PROLOG
    mov 1, %o0
    mov 2, %o1
    call nest
    mov 20, %o2
    mov %o0, %g1
    mov %o1, %g2
    rd %wim, %g3
    rd %psr, %g4
    and %g4, 31, %g4
    DUMP
    REPORT
EPILOG
/* nest(a, b, n): locals hold values across deeper calls */
nest:
    save %sp, -96, %sp
    add %i0, %i1, %l0
    xor %i0, %i2, %l1
    subcc %i2, 1, %o2
    be 1f
    mov %l1, %o1
    call nest
    mov %l0, %o0
    add %o0, %l0, %i0
    ba 2f
    add %o1, %l1, %i1
1:  mov %l0, %i0
    mov %l1, %i1
2:  ret
    restore
