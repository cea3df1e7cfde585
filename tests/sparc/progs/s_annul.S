/* Annulment: a=1 annuls the delay instruction of an untaken branch and of BA, never of a taken
 * conditional branch (V8 5.5.1.1). */
#include "sprog.h"
PROLOG
    clr %g1
    clr %g2
    clr %g3
    clr %g4
    clr %g5
    cmp %g0, 0                  /* Z=1 */
    be,a 1f
    add %g1, 1, %g1             /* executed: taken conditional */
1:  bne,a 2f
    add %g2, 1, %g2             /* annulled: untaken */
2:  ba,a 3f
    add %g3, 1, %g3             /* annulled: BA */
3:  bn,a 4f
    add %g4, 1, %g4             /* annulled: BN */
4:  bn 5f
    add %g5, 1, %g5             /* executed: BN without a */
5:  mov 0, %g6
    ba 6f
    add %g6, 2, %g6             /* executed */
    add %g6, 4, %g6             /* skipped */
6:  mov 10, %g7
7:  deccc %g7
    bne,a 7b
    add %o0, 1, %o0             /* executed 9 times */
    DUMP
EPILOG
