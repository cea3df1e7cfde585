/* IRQMP: a forced interrupt is taken when its level exceeds PIL (or is 15), acknowledged, and
 * resumes the interrupted instruction (V8 7.4.1; GRLIB IRQMP). */
#include "sprog.h"
#define IRQMP 0x80000200
PROLOG
    set IRQMP, %l0
    set 0xfffe, %l1
    st %l1, [%l0 + 0x40]        /* unmask all levels for processor 0 */
    rd %psr, %l2
    set 0xf00, %l3
    or %l2, %l3, %l4
    wr %l4, %psr                /* PIL 15 */
    nop
    nop
    nop
    mov 1 << 5, %l5
    st %l5, [%l0 + 0x80]        /* force level 5: masked by PIL */
    nop
    nop
    set irq_count, %l6
    ld [%l6], %g1               /* 0 */
    ld [%l0 + 0x80], %g2        /* still forced */
    set 0x400, %l7
    andn %l2, %l3, %l2
    or %l2, %l7, %l4
    wr %l4, %psr                /* PIL 4: level 5 is taken now */
    nop
    nop
    nop
    nop
    ld [%l6], %g3               /* 1 */
    ld [%l0 + 0x80], %g4        /* acknowledged: force bit cleared */
    set 1 << 15, %l5
    wr %l2, %l3, %psr           /* PIL 15 */
    nop
    nop
    nop
    st %l5, [%l0 + 0x80]        /* level 15 is not maskable */
    nop
    nop
    nop
    ld [%l6], %g5               /* 2 */
    wr %l2, %psr
    nop
    nop
    nop
    st %g0, [%l0 + 0x40]
    DUMP
    REPORT
EPILOG
