/* SAVE and RESTORE as add instructions: operands from the old window, result in the new one;
 * a SAVE into a WIM window with traps off would be error mode, so traps stay on (V8 B.22). */
#include "sprog.h"
PROLOG
    mov 10, %l0
    mov 20, %o0
    save %o0, %l0, %l3          /* new l3 = old o0 + old l0 = 30 */
    mov %l3, %g1
    mov %i0, %g2                /* old o0 is our i0 */
    restore %l3, 5, %o4         /* old-window o4 = 35 */
    mov %o4, %g3
    save %g0, 7, %g4            /* g4 = 7 (globals are shared) */
    restore %g4, %g4, %g5
    rd %psr, %g6
    and %g6, 31, %g6
    DUMP
    REPORT
EPILOG
