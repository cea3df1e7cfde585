| minios: a supervisor and two user tasks.  The board timer (level 6, autovector 30) preempts the
| running task every PERIOD instructions; TRAP #0 is the system call (D0 = 0: exit, 1: put the
| character in D1 on the ACIA console).  Each task has its own supervisor stack: a context switch
| saves the registers on the current task's kernel stack and changes SSP, so the exception frame
| (6 bytes on the 68000, 8 on the 68010) stays where the processor put it and RTE takes it back --
| the same image runs on both models.  Deterministic: time is the instruction count.
        .include "board.inc"
        .equ    PERIOD, 150
        .equ    T_SSP, 0                | saved kernel stack pointer
        .equ    T_USP, 4
        .equ    T_ENTRY, 8
        .equ    T_KTOP, 12              | top of the task's kernel stack
        .equ    T_STARTED, 16           | word
        .equ    T_ALIVE, 18             | word
        .equ    T_NEXT, 20              | the other task
        .equ    T_SIZE, 24

        .section .vectors, "ax"
        .long   0x00008000              | 0: SSP of the boot code
        .long   start                   | 1
        .rept   28                      | 2-29
        .long   fault
        .endr
        .long   tick                    | 30: level 6 autovector (timer)
        .long   fault                   | 31
        .long   syscall                 | 32: TRAP #0
        .rept   223
        .long   fault
        .endr

        .text
start:  lea     banner(%pc), %a0
        bsr     puts
        lea     task_a(%pc), %a0
        lea     task_b(%pc), %a1
        lea     entry_a(%pc), %a2
        move.l  %a2, T_ENTRY(%a0)
        move.l  #0x6000, T_USP(%a0)
        move.l  #0x7000, T_KTOP(%a0)
        move.w  #1, T_ALIVE(%a0)
        move.l  %a1, T_NEXT(%a0)
        lea     entry_b(%pc), %a2
        move.l  %a2, T_ENTRY(%a1)
        move.l  #0x5000, T_USP(%a1)
        move.l  #0x7800, T_KTOP(%a1)
        move.w  #1, T_ALIVE(%a1)
        move.l  %a0, T_NEXT(%a1)
        move.l  #PERIOD, TIMER_PERIOD
        move.w  #0x0601, TIMER_CTRL     | level 6, enabled
        bra     run_first               | A0: the task to start

| Timer tick: acknowledge, switch.
tick:   movem.l %d0-%d7/%a0-%a6, -(%sp)
        move.w  #0x0603, TIMER_CTRL     | write 1 to "pending": acknowledged
        bra.s   switch

| TRAP #0: the system call.
syscall:
        movem.l %d0-%d7/%a0-%a6, -(%sp)
        tst.l   %d0
        beq.s   sys_exit
        cmp.l   #1, %d0
        bne.s   back
1:      btst    #ACIA_TDRE, ACIA_CTRL
        beq.s   1b
        move.b  %d1, ACIA_DATA
back:   movem.l (%sp)+, %d0-%d7/%a0-%a6
        rte
sys_exit:
        move.l  current, %a0
        clr.w   T_ALIVE(%a0)
        addq.w  #1, exited
| Save the current task, pick the next one alive, resume it.
switch: move.l  current, %a0
        move.l  %sp, T_SSP(%a0)
        move.l  %usp, %a1
        move.l  %a1, T_USP(%a0)
        move.l  T_NEXT(%a0), %a1
        tst.w   T_ALIVE(%a1)
        bne.s   1f
        tst.w   T_ALIVE(%a0)
        beq.s   all_done
        move.l  %a0, %a1                | the other one is gone: keep running this one
1:      move.l  %a1, %a0
        addq.l  #1, switches
        tst.w   T_STARTED(%a0)
        beq.s   run_first
        move.l  %a0, current
        move.l  T_USP(%a0), %a1
        move.l  %a1, %usp
        move.l  T_SSP(%a0), %sp
        bra.s   back
| First dispatch of the task at A0: its own kernel stack, user mode at its entry.
run_first:
        move.l  %a0, current
        move.w  #1, T_STARTED(%a0)
        move.l  T_USP(%a0), %a1
        move.l  %a1, %usp
        move.l  T_KTOP(%a0), %sp
        move.l  T_ENTRY(%a0), %a1
        move.w  #0x0000, %sr            | user mode, interrupts enabled
        jmp     (%a1)

all_done:
        move.w  #0x0000, TIMER_CTRL
        lea     bye(%pc), %a0
        bsr.s   puts
        stop    #0x2700

puts:   move.b  (%a0)+, %d0
        beq.s   9f
1:      btst    #ACIA_TDRE, ACIA_CTRL
        beq.s   1b
        move.b  %d0, ACIA_DATA
        bra.s   puts
9:      rts

fault:  lea     bad(%pc), %a0
        bsr.s   puts
        move.l  #1, HALT_REG

| ---- user tasks: print their letter and a digit, ten times, with some work in between ----
entry_a:
        moveq   #'a', %d5
        moveq   #40, %d4                | work per line
        bra.s   task
entry_b:
        moveq   #'B', %d5
        moveq   #70, %d4
task:   moveq   #0, %d7
1:      moveq   #1, %d0
        move.l  %d5, %d1
        trap    #0
        moveq   #'0', %d1
        add.l   %d7, %d1
        trap    #0
        move.w  %d4, %d6
2:      mulu    #3, %d3                 | some work
        addq.l  #1, %d3
        dbra    %d6, 2b
        moveq   #' ', %d1
        trap    #0
        addq.l  #1, %d7
        cmp.l   #10, %d7
        bne.s   1b
        moveq   #0, %d0
        trap    #0                      | exit: never returns

banner: .asciz  "minios: two tasks, timer-driven\n"
bye:    .asciz  "\nminios: both tasks exited\n"
bad:    .asciz  "\nminios: unexpected exception\n"
        .even
        .data
current: .long  0
switches: .long 0
exited: .word   0
        .even
task_a: .space  T_SIZE
task_b: .space  T_SIZE
