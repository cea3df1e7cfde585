/* Privileged instructions in user mode trap with privileged_instruction (tt 3) and change
 * nothing: RDPSR, RDWIM, RDTBR, WRPSR, WRWIM, WRTBR, LDA, STA (V8 B.28, B.29, B.1). */
#include "sprog.h"
PROLOG
    mov 1, %g1
    mov 2, %g2
    mov 3, %g3
    mov 4, %g4
    set buf, %l0
    TO_USER
    rd %psr, %g1
    rd %wim, %g2
    rd %tbr, %g3
    wr %g0, 0, %psr
    wr %g0, 0, %wim
    wr %g0, 0, %tbr
    lda [%l0] 0x0b, %g4
    sta %g0, [%l0] 0x0b
    lduba [%l0] 0x0b, %g4
    swapa [%l0] 0x0b, %g4
    rd %y, %g5                  /* not privileged */
    rd %psr, %g6
    TO_SUPER
    rd %psr, %g7
    srl %g7, 7, %g7
    and %g7, 1, %g7             /* S is back */
    ld [%l0], %o0
    DUMP
    REPORT
EPILOG
    .data
    .align 8
buf: .word 0x5a5a5a5a
