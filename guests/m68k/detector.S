| detector: does this kernel really run in supervisor state?  It reads SR with MOVE from SR (PRM ch. 6,
| "MOVE from the Status Register") and reports the S bit it saw, then drops to user mode and reads SR
| there: the 68000 lets user mode read it (S=0: user-sensitive, not privileged); the 68010 makes it a
| privilege violation (MC68010 UM 1.3).  Under a monitor that runs the kernel deprivileged on a 68000,
| the first line says S=0: that is what P&G's equivalence test catches.
| Built twice: detector (-m68000) and detector10 (-m68010 --defsym M68010=1, which also moves the
| vector table with MOVEC to VBR, so the exceptions must be reflected through the guest's VBR).
        .include "board.inc"
        .equ    RELOC, 0x3000           | 68010 build: the vector table copy VBR points at

        .section .vectors, "ax"
        .long   0x00010000              | 0: initial SSP
        .long   start                   | 1: initial PC
        .rept   6                       | 2-7
        .long   fault
        .endr
        .long   priv_user               | 8: privilege violation
        .rept   23                      | 9-31
        .long   fault
        .endr
        .long   report_user             | 32: TRAP #0
        .rept   223                     | 33-255
        .long   fault
        .endr

        .text
start:
.ifdef M68010
        lea     0.w, %a0                | copy the table, then take vector 8 from the copy only
        lea     RELOC.w, %a1
        move.w  #255, %d0
1:      move.l  (%a0)+, (%a1)+
        dbra    %d0, 1b
        lea     fault(%pc), %a0
        move.l  %a0, 8*4.w              | the table at 0 no longer handles privilege violations
        move.l  #RELOC, %d0
        movec   %d0, %vbr
        lea     m_vbr(%pc), %a0
        bsr     puts
.endif
        move.w  %sr, %d0                | the instruction under test
        btst    #13, %d0
        beq.s   1f
        lea     m_s1(%pc), %a0
        bra.s   2f
1:      lea     m_s0(%pc), %a0
2:      bsr     puts
        move.l  #0x6000, %a0            | now user mode
        move.l  %a0, %usp
        move.w  #0x0000, %sr
        move.w  %sr, %d0                | 68000: S=0 and no trap; 68010: privilege violation
        trap    #0

| TRAP #0: user mode read SR into D0 without a trap.
report_user:
        btst    #13, %d0
        beq.s   1f
        lea     m_u1(%pc), %a0
        bra.s   done
1:      lea     m_u0(%pc), %a0
        bra.s   done

| Privilege violation (68010): user MOVE from SR trapped.
priv_user:
        lea     m_priv(%pc), %a0
done:   bsr     puts
        stop    #0x2700

puts:   move.b  (%a0)+, %d0
        beq.s   9f
1:      btst    #ACIA_TDRE, ACIA_CTRL
        beq.s   1b
        move.b  %d0, ACIA_DATA
        bra.s   puts
9:      rts

fault:  lea     m_bad(%pc), %a0
        bsr.s   puts
        move.l  #1, HALT_REG

m_vbr:  .asciz  "detector: vector table moved to 0x3000 (VBR)\n"
m_s1:   .asciz  "detector: kernel MOVE from SR sees S=1 (supervisor)\n"
m_s0:   .asciz  "detector: kernel MOVE from SR sees S=0 (deprivileged!)\n"
m_u0:   .asciz  "detector: user MOVE from SR sees S=0 (no trap)\n"
m_u1:   .asciz  "detector: user MOVE from SR sees S=1 (?)\n"
m_priv: .asciz  "detector: user MOVE from SR is a privilege violation\n"
m_bad:  .asciz  "detector: unexpected exception\n"
        .even
