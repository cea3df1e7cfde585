/* With PSR.EF=0 every FPop, FP load/store and FBfcc traps with fp_disabled (tt 4) (V8 B.33). */
#include "sprog.h"
PROLOG
    set buf, %l0
    ld [%l0], %f0
    ld [%l0 + 4], %f1
    rd %psr, %l1
    set 0x1000, %l2
    andn %l1, %l2, %l3
    wr %l3, %psr                /* EF = 0 */
    nop
    nop
    nop
    fadds %f0, %f1, %f2
    ld [%l0], %f3
    st %f0, [%l0 + 8]
    ld [%l0 + 8], %g1
    fbe 1f
    nop
1:  ld [%l0 + 12], %fsr
    wr %l1, %psr                /* EF = 1 again */
    nop
    nop
    nop
    fadds %f0, %f1, %f2
    st %f2, [%l0 + 8]
    ld [%l0 + 8], %g2
    DUMP
    REPORT
EPILOG
    .data
    .align 8
buf: .word 0x3f800000, 0x40000000, 0, 0
