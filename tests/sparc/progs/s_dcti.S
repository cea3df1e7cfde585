/* Delayed control transfer couples (V8 5.5.1.1): a CTI in the delay slot of a taken CTI
 * executes one instruction at the first target, then continues at the second target. */
#include "sprog.h"
PROLOG
    clr %g1
    clr %g2
    clr %g3
    clr %g4
    ba 1f
    ba 2f
    add %g4, 100, %g4           /* never reached in sequence */
1:  add %g1, 1, %g1             /* the one instruction at the first target */
    add %g1, 10, %g1            /* skipped */
2:  add %g2, 1, %g2
    set 3f, %l0
    set 4f, %l1
    jmp %l0
    jmp %l1
    nop
3:  add %g3, 1, %g3
    add %g3, 10, %g3
4:  add %g3, 100, %g3
    DUMP
EPILOG
