/* minios: a supervisor and two user tasks on the LEON3-like board.
 *   - trap table at TBR (V8 7.5), window overflow/underflow handlers (V8 4.1, WIM rotated by one);
 *   - GPTIMER timer 0 interrupts (IRQ 6 -> trap 0x16) preempt the running task: the context switch
 *     saves the whole register file (all 8 windows via WRPSR, WIM, Y, globals) in the task's block;
 *   - system calls by Ticc: `ta 1` writes %o0 to the APBUART, `ta 2` ends the calling task;
 *   - when both tasks have ended the kernel prints the tick count and halts by error mode
 *     (a trap with ET=0, the board's halt convention).
 * The tasks compute Fibonacci numbers recursively (deep SAVE/RESTORE: window traps) and print them. */
#define UART 0x80000100
#define IRQMP 0x80000200
#define GPTIMER 0x80000300
#define NW 8
/* task block: g1..g7 at 0..24, y 28, wim 32, trap psr 36, windows (l0-l7, i0-i7 each) 40..551, alive 552 */
#define T_Y 28
#define T_WIM 32
#define T_PSR 36
#define T_WIN 40
#define T_ALIVE 552
#define T_SIZE 560

#define TRAP(h) mov %psr, %l0; sethi %hi(h), %l4; jmp %l4 + %lo(h); nop

    .text
    .global _start
_start:
    wr %g0, 0xc0, %psr          /* supervisor, PS, ET=0, CWP 0 */
    nop; nop; nop
    set traptab, %g1
    wr %g1, %tbr
    mov 2, %g1                  /* window 1 invalid: the task blocks choose their own WIM */
    wr %g1, %wim
    nop; nop; nop
    /* task blocks: resume window 0 with l0 = trap psr (S, PS=0: RETT enters user mode), l1/l2 = pc/npc,
     * and the task's %sp (window 1's %o6 = window 0's %i6) */
    set tcb0, %g1
    set task_a, %g2
    set 0x40018000, %g3
    call init_tcb
    nop
    set tcb1, %g1
    set task_b, %g2
    set 0x40010000, %g3
    call init_tcb
    nop
    /* timer 0: prescaler 9, reload 149 -> an interrupt every 1500 instructions; IRQMP unmasks line 6 */
    set GPTIMER, %g1
    mov 9, %g2
    st %g2, [%g1 + 4]
    mov 149, %g2
    st %g2, [%g1 + 0x14]
    mov 15, %g2                 /* EN | RS | LD | IE */
    st %g2, [%g1 + 0x18]
    set IRQMP, %g1
    mov 1 << 6, %g2
    st %g2, [%g1 + 0x40]
    set current, %g4
    set tcb0, %g1
    st %g1, [%g4]
    ba restore_task
    nop

/* g1 = block, g2 = entry, g3 = stack top */
init_tcb:
    mov 0x80, %g4               /* trap psr: S=1, PS=0, ET=0, CWP 0 */
    st %g4, [%g1 + T_PSR]
    st %g4, [%g1 + T_WIN + 0]   /* window 0 l0 */
    st %g2, [%g1 + T_WIN + 4]   /* l1 = pc */
    add %g2, 4, %g2
    st %g2, [%g1 + T_WIN + 8]   /* l2 = npc */
    sub %g3, 96, %g3
    st %g3, [%g1 + T_WIN + 32 + 24]   /* window 0 i6 = window 1 o6 = %sp */
    mov 4, %g4                  /* the task's WIM: it runs in window 1, SAVE goes down to window 3,
                                 * window 2 (above it) is invalid */
    st %g4, [%g1 + T_WIM]
    mov 1, %g4
    retl
    st %g4, [%g1 + T_ALIVE]

/* ---- context switch (in a trap window, ET=0): save the current task, then restore_task ---- */
switch_task:
    set current, %l4
    ld [%l4], %l5
    st %g1, [%l5 + 0]
    st %g2, [%l5 + 4]
    st %g3, [%l5 + 8]
    st %g4, [%l5 + 12]
    st %g5, [%l5 + 16]
    st %g6, [%l5 + 20]
    st %g7, [%l5 + 24]
    rd %y, %l6
    st %l6, [%l5 + T_Y]
    rd %wim, %l6
    st %l6, [%l5 + T_WIM]
    st %l0, [%l5 + T_PSR]
    mov %l5, %g1
    andn %l0, 0x1f, %g3         /* the trap psr with CWP 0 */
    mov 0, %g4
    add %g1, T_WIN, %g5
1:  or %g3, %g4, %g6
    wr %g6, %psr
    nop; nop; nop
    std %l0, [%g5 + 0]
    std %l2, [%g5 + 8]
    std %l4, [%g5 + 16]
    std %l6, [%g5 + 24]
    std %i0, [%g5 + 32]
    std %i2, [%g5 + 40]
    std %i4, [%g5 + 48]
    std %i6, [%g5 + 56]
    add %g5, 64, %g5
    add %g4, 1, %g4
    cmp %g4, NW
    bne 1b
    nop
    /* the other task, when it is alive */
    set tcb0, %g2
    set tcb1, %g5
    cmp %g1, %g2
    be,a 2f
    mov %g5, %g2
2:  set current, %g4
    st %g2, [%g4]
    /* fall through */
/* restore the task in `current` and return into it */
restore_task:
    set current, %g4
    ld [%g4], %g1
    mov 0x80, %g3               /* S, ET=0, CWP 0 */
    mov 0, %g4
    add %g1, T_WIN, %g5
3:  or %g3, %g4, %g6
    wr %g6, %psr
    nop; nop; nop
    ldd [%g5 + 0], %l0
    ldd [%g5 + 8], %l2
    ldd [%g5 + 16], %l4
    ldd [%g5 + 24], %l6
    ldd [%g5 + 32], %i0
    ldd [%g5 + 40], %i2
    ldd [%g5 + 48], %i4
    ldd [%g5 + 56], %i6
    add %g5, 64, %g5
    add %g4, 1, %g4
    cmp %g4, NW
    bne 3b
    nop
    ld [%g1 + T_WIM], %g6
    wr %g6, %wim
    ld [%g1 + T_Y], %g6
    wr %g6, %y
    ld [%g1 + T_PSR], %g6
    wr %g6, %psr                /* the task's trap window: its l0-l2 are psr, pc, npc */
    nop; nop; nop
    ld [%g1 + 4], %g2
    ld [%g1 + 8], %g3
    ld [%g1 + 12], %g4
    ld [%g1 + 16], %g5
    ld [%g1 + 20], %g6
    ld [%g1 + 24], %g7
    ld [%g1 + 0], %g1
    jmp %l1
    rett %l2

/* ---- timer 0 (interrupt level 6): count, and switch when the other task is alive ---- */
tick:
    set ticks, %l4
    ld [%l4], %l5
    inc %l5
    st %l5, [%l4]
    set current, %l4
    ld [%l4], %l5
    set tcb0, %l6
    set tcb1, %l7
    cmp %l5, %l6
    be,a 1f
    mov %l7, %l6
1:  ld [%l6 + T_ALIVE], %l7
    tst %l7
    bne switch_task
    nop
    wr %l0, %psr                /* the icc of the interrupted task */
    nop; nop; nop
    jmp %l1
    rett %l2

/* ---- ta 1: putc(%o0) ---- */
sys_putc:
    set UART, %l4
    st %i0, [%l4]
    jmp %l2
    rett %l2 + 4

/* ---- ta 2: the calling task ends ---- */
sys_exit:
    set current, %l4
    ld [%l4], %l5
    st %g0, [%l5 + T_ALIVE]
    set tcb0, %l6
    set tcb1, %l7
    cmp %l5, %l6
    be,a 1f
    mov %l7, %l6
1:  ld [%l6 + T_ALIVE], %l7
    tst %l7
    be all_done
    nop
    st %l6, [%l4]
    ba restore_task
    nop

all_done:
    set UART, %l4
    set donemsg, %l5
1:  ldub [%l5], %l6
    tst %l6
    be 2f
    nop
    st %l6, [%l4]
    ba 1b
    inc %l5
2:  set ticks, %l5
    ld [%l5], %l5
    mov 28, %l6
3:  srl %l5, %l6, %l7
    and %l7, 15, %l7
    cmp %l7, 10
    bl,a 4f
    add %l7, '0', %l7
    add %l7, 'a' - 10, %l7
4:  st %l7, [%l4]
    subcc %l6, 4, %l6
    bge 3b
    nop
    mov '\n', %l7
    st %l7, [%l4]
    ta 0                        /* ET=0: error mode, the run halts */
    nop

/* ---- window overflow (V8 4.1): spill the window below the invalid one, WIM rotated right ---- */
wovf:
    mov %g1, %l7
    rd %wim, %l3
    srl %l3, 1, %g1
    sll %l3, NW - 1, %l4
    or %l4, %g1, %g1
    and %g1, 0xff, %g1
    save                        /* into the window to spill */
    wr %g1, %wim
    nop; nop; nop
    std %l0, [%sp + 0]
    std %l2, [%sp + 8]
    std %l4, [%sp + 16]
    std %l6, [%sp + 24]
    std %i0, [%sp + 32]
    std %i2, [%sp + 40]
    std %i4, [%sp + 48]
    std %i6, [%sp + 56]
    restore
    mov %l7, %g1
    wr %l0, %psr
    nop; nop; nop
    jmp %l1                     /* the SAVE again */
    rett %l2

/* ---- window underflow: fill the window above, WIM rotated left ---- */
wunf:
    rd %wim, %l3
    sll %l3, 1, %l4
    srl %l3, NW - 1, %l5
    or %l5, %l4, %l5
    and %l5, 0xff, %l5
    wr %l5, %wim
    nop; nop; nop
    restore
    restore                     /* the window to fill */
    ldd [%sp + 0], %l0
    ldd [%sp + 8], %l2
    ldd [%sp + 16], %l4
    ldd [%sp + 24], %l6
    ldd [%sp + 32], %i0
    ldd [%sp + 40], %i2
    ldd [%sp + 48], %i4
    ldd [%sp + 56], %i6
    save
    save
    wr %l0, %psr
    nop; nop; nop
    jmp %l1                     /* the RESTORE again */
    rett %l2

/* anything else: report the trap type and halt */
bad:
    set UART, %l4
    mov '!', %l5
    st %l5, [%l4]
    ta 0
    nop

/* ---- user tasks ---- */
task_a:
    mov 12, %l0
1:  set msg_a, %o0
    call puts
    nop
    call fib
    mov %l0, %o0
    call puthex
    nop
    inc %l0
    cmp %l0, 17
    bne 1b
    nop
    ta 2

task_b:
    mov 10, %l0
1:  set msg_b, %o0
    call puts
    nop
    call fib
    mov %l0, %o0
    umul %o0, 3, %o0            /* 3 * fib(n) */
    call puthex
    nop
    inc %l0
    cmp %l0, 16
    bne 1b
    nop
    ta 2

/* fib(n): recursive, one window per level */
fib:
    save %sp, -96, %sp
    cmp %i0, 2
    bl 1f
    nop
    call fib
    sub %i0, 1, %o0
    mov %o0, %l0
    call fib
    sub %i0, 2, %o0
    add %l0, %o0, %i0
1:  ret
    restore

puts:
    save %sp, -96, %sp
1:  ldub [%i0], %o0
    tst %o0
    be 2f
    nop
    ta 1
    ba 1b
    inc %i0
2:  ret
    restore

/* 8 hex digits of %o0 and a newline */
puthex:
    save %sp, -96, %sp
    mov 28, %l1
1:  srl %i0, %l1, %o0
    and %o0, 15, %o0
    cmp %o0, 10
    bl,a 2f
    add %o0, '0', %o0
    add %o0, 'a' - 10, %o0
2:  ta 1
    subcc %l1, 4, %l1
    bge 1b
    nop
    mov '\n', %o0
    ta 1
    ret
    restore

/* ---- trap table (V8 7.5: TBR, 16 bytes per trap type) ---- */
    .align 4096
traptab:
    TRAP(bad)                   /* 00 reset */
    .rept 4
    TRAP(bad)                   /* 01-04 */
    .endr
    TRAP(wovf)                  /* 05 window_overflow */
    TRAP(wunf)                  /* 06 window_underflow */
    .rept 0x16 - 7
    TRAP(bad)                   /* 07-15 */
    .endr
    TRAP(tick)                  /* 16 interrupt level 6: GPTIMER timer 0 */
    .rept 0x81 - 0x17
    TRAP(bad)                   /* 17-80 */
    .endr
    TRAP(sys_putc)              /* 81 ta 1 */
    TRAP(sys_exit)              /* 82 ta 2 */
    .rept 0x100 - 0x83
    TRAP(bad)
    .endr

    .section .rodata
msg_a: .asciz "A fib="
msg_b: .asciz "B 3fib="
donemsg: .asciz "minios: both tasks done, ticks "

    .data
    .align 8
tcb0: .skip T_SIZE
tcb1: .skip T_SIZE
current: .word 0
ticks: .word 0
