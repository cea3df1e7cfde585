/* Logical instructions with and without cc (V8 B.10): ANDN, ORN, XNOR, cc N/Z, V=C=0. */
#include "sprog.h"
PROLOG
    set 0xf0f0a5a5, %l0
    set 0x0ff05a5a, %l1
    and %l0, %l1, %g1
    andn %l0, %l1, %g2
    or %l0, %l1, %g3
    orn %l0, %l1, %g4
    xor %l0, %l1, %g5
    xnor %l0, %l1, %g6
    andcc %l0, %l1, %g7
    DUMP
    addcc %l0, %l0, %g0        /* set C and V */
    andcc %l0, 0, %o0          /* Z, clears V C */
    DUMP
    orcc %l0, -1, %o1          /* N */
    xorcc %l0, %l0, %o2
    andncc %l0, %l1, %o3
    orncc %g0, %g0, %o4
    xnorcc %l0, %l1, %o5
    DUMP
    and %l0, -4096, %g1
    or %g0, 0xfff, %g2
    xor %l1, -1, %g3
    DUMP
EPILOG
