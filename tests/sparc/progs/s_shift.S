/* SLL/SRL/SRA with register and immediate counts: only the low 5 bits count (V8 B.10). */
#include "sprog.h"
PROLOG
    set 0x80f00001, %l0
    sll %l0, 4, %g1
    srl %l0, 4, %g2
    sra %l0, 4, %g3
    sra %l0, 31, %g4
    srl %l0, 0, %g5
    mov 33, %l1
    sll %l0, %l1, %g6          /* count 1 */
    mov 63, %l2
    sra %l0, %l2, %g7          /* count 31 */
    DUMP
    set 0x40000000, %l3
    sra %l3, 30, %o0
    mov 32, %l4
    srl %l0, %l4, %o1          /* count 0 */
    sll %l0, 31, %o2
    sra %l3, 1, %o3
    srl %l0, 31, %o4
    sra %l0, 0, %o5
    DUMP
EPILOG
