/* Ticc: conditional traps; tt = 128 + (rs1 + rs2/imm7) mod 128 (V8 B.27). */
#include "sprog.h"
PROLOG
    mov 10, %l0
    mov 120, %l1
    mov 20, %l2
    mov 120, %l3
    ta 5
    cmp %g0, 1                  /* N C */
    te 6                        /* not taken */
    tne 7
    tcs %l0 + 3
    tvs 9                       /* not taken */
    tl %l1 + %l2                /* (120 + 20) mod 128 = 12 (QEMU 7.2 clobbers %l1 here: not reused) */
    tpos 11                     /* not taken */
    tn 12
    tleu %l3 + 0x50             /* (120 + 80) mod 128 = 72 = 0x48 */
    DUMP
    REPORT
EPILOG
