/* State registers: WRY/WRPSR/WRWIM/WRTBR write rs1 XOR operand2; PSR icc/PIL/EF writable,
 * impl/ver read-only; TBR keeps tt (V8 B.28, B.29). */
#include "sprog.h"
PROLOG
    set 0x12345678, %l0
    wr %l0, 0xff, %y
    nop
    nop
    nop
    rd %y, %g1
    rd %psr, %l1
    set 0x00f00000, %l2
    wr %l1, %l2, %psr           /* flip all four icc bits */
    nop
    nop
    nop
    rd %psr, %g2
    wr %l1, %psr
    nop
    nop
    nop
    rd %psr, %g3
    set 0xff000000, %l3
    wr %l1, %l3, %psr           /* impl/ver are read-only */
    nop
    nop
    nop
    rd %psr, %g4
    wr %l1, %psr
    nop
    nop
    nop
    rd %wim, %l4
    wr %g0, 0x1ff, %wim         /* only NWINDOWS bits exist */
    nop
    nop
    nop
    rd %wim, %g5
    wr %l4, %wim
    nop
    nop
    nop
    ta 3                        /* leaves tt = 0x83 in TBR */
    rd %tbr, %l5
    and %l5, 0xff0, %g6
    set 0x12000, %l6            /* (QEMU writes tt too, V8 only TBA: the low bits are kept equal) */
    wr %l5, %l6, %tbr
    rd %tbr, %g7
    wr %l5, %tbr
    nop
    nop
    nop
    xor %g7, %l5, %g7
    DUMP
EPILOG
