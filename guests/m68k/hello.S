| hello: the smallest guest for the m68000/m68010 board.  It prints a line on the MC6850
| ACIA console and halts with STOP #$2700 (interrupts masked: nothing can wake it).
        .include "board.inc"

        .section .vectors, "ax"
        .long   0x00010000              | vector 0: initial supervisor stack pointer
        .long   start                   | vector 1: initial program counter
        .rept   254                     | every other vector: report and halt
        .long   fault
        .endr

        .text
start:
        lea     msg(%pc), %a0
        bsr.s   puts
        stop    #0x2700                 | the halt convention of this board

| puts: write the NUL-terminated string at A0 to the console.
puts:
        move.b  (%a0)+, %d0
        beq.s   9f
1:      btst    #ACIA_TDRE, ACIA_CTRL   | wait until the transmitter is free
        beq.s   1b
        move.b  %d0, ACIA_DATA
        bra.s   puts
9:      rts

fault:
        lea     bad(%pc), %a0
        bsr.s   puts
        move.l  #1, HALT_REG            | halt with code 1

msg:    .asciz  "Hello from the MC68000 board!\n"
bad:    .asciz  "unexpected exception\n"
        .even
