/* Division by zero traps (division_by_zero, tt 0x2A) and leaves rd unchanged (V8 B.19). */
#include "sprog.h"
PROLOG
    mov 77, %g1
    mov 88, %g2
    wr %g0, %y
    nop
    nop
    nop
    udiv %g1, %g0, %g1
    sdivcc %g2, 0, %g2
    mov 5, %g3
    udivcc %g3, %g3, %g3
    DUMP
    REPORT
EPILOG
