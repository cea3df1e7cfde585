/* TADDcc/TSUBcc set V on a tag mismatch; the TV forms trap with tag_overflow (tt 0x0A) and
 * change nothing (V8 B.12, B.14). */
#include "sprog.h"
PROLOG
    mov 4, %l0
    mov 8, %l1
    mov 5, %l2
    taddcc %l0, %l1, %g1        /* tags ok */
    DUMP
    taddcc %l0, %l2, %g2        /* tag mismatch: V */
    DUMP
    tsubcc %l1, %l0, %g3
    DUMP
    tsubcc %l2, %l0, %g4
    DUMP
    set 0x7ffffffc, %l3
    taddcc %l3, %l0, %g5        /* arithmetic overflow: V */
    DUMP
    mov 99, %g6
    taddcctv %l0, %l2, %g6      /* traps, g6 stays 99 */
    mov 98, %g7
    tsubcctv %l3, -4, %g7       /* arithmetic overflow traps */
    taddcctv %l0, %l1, %o0      /* fine */
    DUMP
    REPORT
EPILOG
