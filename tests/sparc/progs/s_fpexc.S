/* IEEE exceptions: cexc/aexc accumulate when TEM is clear; with TEM set the FPop traps with
 * fp_exception (tt 8), ftt = 1, destination unchanged (V8 4.4, B.33). */
#include "sprog.h"
PROLOG
    set buf, %l0
    ld [%l0], %f0               /* 1.0 */
    ld [%l0 + 4], %f1           /* 0.0 */
    ld [%l0 + 8], %f2           /* 3.0 */
    st %g0, [%l0 + 16]
    ld [%l0 + 16], %fsr         /* all clear */
    fdivs %f0, %f2, %f3         /* inexact */
    st %fsr, [%l0 + 20]
    ld [%l0 + 20], %g1
    fdivs %f0, %f1, %f4         /* divide by zero: infinity */
    st %fsr, [%l0 + 20]
    ld [%l0 + 20], %g2
    fdivs %f1, %f1, %f5         /* invalid: NaN */
    st %fsr, [%l0 + 20]
    ld [%l0 + 20], %g3
    st %f4, [%l0 + 24]
    ld [%l0 + 24], %g4
    st %f5, [%l0 + 24]
    ld [%l0 + 24], %g5
    set 0x01000000, %l1         /* TEM.DZ (bit 24) */
    st %l1, [%l0 + 16]
    ld [%l0 + 16], %fsr
    fmovs %f2, %f6
    fdivs %f0, %f1, %f6         /* traps: f6 keeps 3.0 */
    st %fsr, [%l0 + 20]
    ld [%l0 + 20], %g6
    st %f6, [%l0 + 24]
    ld [%l0 + 24], %g7
    DUMP
    REPORT
EPILOG
    .data
    .align 8
buf: .word 0x3f800000, 0x00000000, 0x40400000, 0, 0, 0, 0, 0
