/* UMUL/SMUL(cc): 64-bit product, high word in Y; cc from the low word, V=C=0 (V8 B.18). */
#include "sprog.h"
PROLOG
    set 0xfffffffe, %l0
    set 0x12345678, %l1
    umul %l0, %l1, %g1
    rd %y, %g2
    smul %l0, %l1, %g3
    rd %y, %g4
    DUMP
    set 0x80000000, %l2
    smulcc %l2, %l2, %g5
    rd %y, %g6
    DUMP
    umulcc %l2, 2, %g7
    rd %y, %o0
    DUMP
    smulcc %l0, -1, %o1
    rd %y, %o2
    DUMP
    umul %l1, -1, %o3
    rd %y, %o4
    smul %l1, -1, %o5
    DUMP
EPILOG
