/* illegal_instruction (tt 2): UNIMP, reserved opcodes, WRPSR with CWP >= NWINDOWS, LDA with i=1;
 * coprocessor instructions give cp_disabled (tt 0x24) (V8 B.31, B.29). */
#include "sprog.h"
PROLOG
    unimp 0x123
    .word 0x00400000            /* op=0 op2=1: reserved */
    .word 0x80480000            /* op=2 op3=0x09: reserved */
    rd %psr, %l0
    andn %l0, 31, %l1
    or %l1, 8, %l1              /* CWP 8 */
    wr %l1, %psr
    nop
    nop
    nop
    .word 0xc2802001            /* lda [%g0 + 1], %g1: i=1 is illegal */
    .word 0x81b00000            /* CPop1 */
    .word 0x01c00000            /* CBccc: cp_disabled */
    .word 0xc1840000            /* ldc [%l0], %c0 */
    rd %psr, %g2
    and %g2, 31, %g2
    DUMP
    REPORT
EPILOG
