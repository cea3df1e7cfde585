| escaper: tries to reach outside its machine.  Each probe runs from user mode (one from supervisor
| state) and must end in the exception a real board gives: the I/O page answers supervisor data
| accesses only (bus error otherwise), storage beyond the RAM does not answer (bus error), and the
| instructions that control the machine are privileged.  Under a monitor the same must happen inside
| the guest: the host's halt register, the host's storage beyond the partition, the host's
| supervisor state all stay out of reach.  The handlers do not return (the frames differ between the
| 68000 and the 68010): they report and resume the probe sequence from a fresh kernel stack.
        .include "board.inc"
        .equ    KSTACK, 0x8000
        .equ    FAR, 0x00FF0000         | beyond any RAM this guest is given (64K..1M), below the I/O page

        .section .vectors, "ax"
        .long   KSTACK                  | 0
        .long   start                   | 1
        .long   buserr                  | 2
        .long   addrerr                 | 3
        .rept   4                       | 4-7
        .long   fault
        .endr
        .long   privv                   | 8
        .rept   247
        .long   fault
        .endr

        .text
start:  lea     hello(%pc), %a0
        bsr     puts
        moveq   #0, %d7                 | probe number
next:   move.l  #KSTACK, %sp
        move.l  %d7, %d0
        add.l   %d0, %d0
        add.l   %d0, %d0
        lea     probes(%pc), %a0
        move.l  (%a0,%d0.l), %d1
        beq     finish
        addq.l  #1, %d7
        move.l  %d1, %a1
        cmp.l   #super_far, %a1         | the one probe run in supervisor state
        beq.s   1f
        move.l  #0x6000, %a0
        move.l  %a0, %usp
        move.w  #0x0000, %sr            | user mode
1:      jmp     (%a1)

| The probes.  Each one that gets past its access reports "ESCAPED".
user_halt:
        move.l  #0xBAD, HALT_REG        | write the board's halt register
        bra     escaped
user_acia:
        move.b  #'!', ACIA_DATA         | write the console directly
        bra     escaped
user_far:
        move.l  FAR, %d0                | read beyond storage
        bra     escaped
user_sr:
        move.w  #0x2700, %sr            | make itself supervisor
        bra     escaped
user_stop:
        stop    #0x2700                 | stop the machine
        bra     escaped
user_reset:
        reset                           | reset the devices
        bra     escaped
user_usp:
        move.l  %a0, %usp               | touch the other stack pointer
        bra     escaped
super_far:
        move.l  #0x12345678, FAR        | even the supervisor cannot write storage that is not there
        bra     escaped
escaped:
        move.w  #0x2700, %sr            | (privileged: only reached in supervisor state)
        lea     m_esc(%pc), %a0
        bsr     puts
        bra     next

buserr: lea     m_bus(%pc), %a0
        bra.s   report
addrerr:
        lea     m_addr(%pc), %a0
        bra.s   report
privv:  lea     m_priv(%pc), %a0
report: move.l  %a0, -(%sp)
        lea     m_probe(%pc), %a0
        bsr.s   puts
        moveq   #'0', %d0
        add.b   %d7, %d0
        bsr.s   putc
        move.l  (%sp)+, %a0
        bsr.s   puts
        bra     next

finish: lea     m_done(%pc), %a0
        bsr.s   puts
        stop    #0x2700

puts:   move.b  (%a0)+, %d0
        beq.s   9f
        bsr.s   putc
        bra.s   puts
9:      rts
putc:   btst    #ACIA_TDRE, ACIA_CTRL
        beq.s   putc
        move.b  %d0, ACIA_DATA
        rts

fault:  lea     m_bad(%pc), %a0
        bsr.s   puts
        move.l  #1, HALT_REG

        .even
probes: .long   user_halt, user_acia, user_far, user_sr, user_stop, user_reset, user_usp, super_far, 0
hello:  .asciz  "escaper: probing the board from inside\n"
m_probe:.asciz  "escaper: probe "
m_bus:  .asciz  ": bus error\n"
m_addr: .asciz  ": address error\n"
m_priv: .asciz  ": privilege violation\n"
m_esc:  .asciz  "escaper: ESCAPED\n"
m_done: .asciz  "escaper: every probe was stopped\n"
m_bad:  .asciz  "escaper: unexpected exception\n"
        .even
