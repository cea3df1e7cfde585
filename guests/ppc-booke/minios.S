/* minios: a small Book E kernel with two user tasks.
 *   - its own TLB: EA 0x00400000 (4 KB, TID 1 -> RA 0x00300000; TID 2 -> RA 0x00380000): each task's
 *     private page, selected by PID; 16 MB at EA 0 -> RA 0 for everyone (TID 0, user and supervisor
 *     read/write/execute); the UART page (supervisor only, I G); the boot hand-off entry invalidated;
 *   - the decrementer (auto-reload, TCR[DIE|ARE]) switches tasks: full context in a task control block,
 *     PID switched with the task;
 *   - sc system calls: r0 = 1 putc(r3), r0 = 2 exit (sc clobbers CR0); other interrupts print '!' + IVOR
 *     letter and halt;
 *   - halts through DBCR0[RST] when both tasks have exited.
 * TCB layout: 0 r0, 4 r1, 8 r2, 12.. r3-r31 (stmw), 128 SRR0, 132 SRR1, 136 CR, 140 LR, 144 CTR,
 * 148 XER, 152 next TCB, 156 PID, 160 done. */
    .set UART, 0xEF600300
    .set SPRG0, 272
    .set SPRG1, 273
    .set SPRG2, 274
    .set PID, 48
    .set TSR, 336
    .set TCR, 340
    .set DEC, 22
    .set DECAR, 54
    .set IVPR, 63
    .set DBCR0, 308
    .set QUANTUM, 500

    .section .vectors, "ax"
    .globl _start
_start:
    b       kernel_start
    .balign 16
vec_sc:
    b       syscall
    .balign 16
vec_dec:
    b       decrementer
    .balign 16
vec_other:
    b       unexpected

    .text
kernel_start:
    /* vectors: IVPR = 0x0010xxxx, IVORs offsets from it */
    lis     %r3, 0x0010
    mtspr   IVPR, %r3
    li      %r3, vec_other - _start
    mtspr   400, %r3                /* IVOR0 .. 7 and 9, 11 .. 15: unexpected */
    mtspr   401, %r3
    mtspr   402, %r3
    mtspr   403, %r3
    mtspr   404, %r3
    mtspr   405, %r3
    mtspr   406, %r3
    mtspr   407, %r3
    mtspr   409, %r3
    mtspr   411, %r3
    mtspr   412, %r3
    mtspr   413, %r3
    mtspr   414, %r3
    mtspr   415, %r3
    li      %r3, vec_sc - _start
    mtspr   408, %r3                /* IVOR8 system call */
    li      %r3, vec_dec - _start
    mtspr   410, %r3                /* IVOR10 decrementer */

    /* the TLB */
    li      %r0, 1
    mtspr   946, %r0                /* MMUCR[STID] = 1 */
    li      %r3, 0
    lis     %r4, 0x0030
    tlbwe   %r4, %r3, 1
    li      %r4, 0x003F
    tlbwe   %r4, %r3, 2
    lis     %r4, 0x0040
    ori     %r4, %r4, 0x0210
    tlbwe   %r4, %r3, 0             /* 0: EA 0x400000 TID 1 -> RA 0x300000 4 KB */
    li      %r0, 2
    mtspr   946, %r0                /* MMUCR[STID] = 2 */
    li      %r3, 1
    lis     %r4, 0x0038
    tlbwe   %r4, %r3, 1
    li      %r4, 0x003F
    tlbwe   %r4, %r3, 2
    lis     %r4, 0x0040
    ori     %r4, %r4, 0x0210
    tlbwe   %r4, %r3, 0             /* 1: EA 0x400000 TID 2 -> RA 0x380000 4 KB */
    li      %r0, 0
    mtspr   946, %r0                /* MMUCR[STID] = 0 */
    li      %r3, 2
    li      %r4, 0
    tlbwe   %r4, %r3, 1
    li      %r4, 0x003F
    tlbwe   %r4, %r3, 2
    li      %r4, 0x0270
    tlbwe   %r4, %r3, 0             /* 2: EA 0 -> RA 0, 16 MB, everyone */
    li      %r3, 3
    lis     %r4, 0xEF60
    tlbwe   %r4, %r3, 1
    li      %r4, 0x0503
    tlbwe   %r4, %r3, 2
    lis     %r4, 0xEF60
    ori     %r4, %r4, 0x0210
    tlbwe   %r4, %r3, 0             /* 3: the UART page, supervisor, I G */
    li      %r3, 63
    li      %r4, 0
    tlbwe   %r4, %r3, 0             /* the boot hand-off entry: invalid */
    isync

    /* banner, straight to the UART */
    lis     %r6, banner@ha
    addi    %r6, %r6, banner@l
    bl      puts

    /* the decrementer: QUANTUM instructions per slice */
    li      %r3, QUANTUM
    mtspr   DECAR, %r3
    mtspr   DEC, %r3
    lis     %r3, 0x0440             /* DIE | ARE */
    mtspr   TCR, %r3

    /* enter task A */
    lis     %r1, tcb_a@ha
    addi    %r1, %r1, tcb_a@l
    b       restore

/* puts(r6): supervisor only; clobbers r5, r7, r8 */
puts:
    lis     %r5, UART@ha
    addi    %r5, %r5, UART@l
1:  lbz     %r7, 0(%r6)
    cmpwi   %r7, 0
    beqlr
2:  lbz     %r8, 5(%r5)
    andi.   %r8, %r8, 0x20
    beq     2b
    stb     %r7, 0(%r5)
    addi    %r6, %r6, 1
    b       1b

syscall:
    mtspr   SPRG0, %r4
    mtspr   SPRG1, %r5
    cmpwi   %r0, 1
    bne     1f
    lis     %r4, UART@ha
    addi    %r4, %r4, UART@l
2:  lbz     %r5, 5(%r4)
    andi.   %r5, %r5, 0x20
    beq     2b
    stb     %r3, 0(%r4)
    mfspr   %r4, SPRG0
    mfspr   %r5, SPRG1
    rfi
1:  cmpwi   %r0, 2
    bne     unexpected
    mfspr   %r4, SPRG2              /* the current task is done */
    li      %r5, 1
    stw     %r5, 160(%r4)
    lwz     %r1, 152(%r4)
    lwz     %r5, 160(%r1)
    cmpwi   %r5, 0
    beq     restore                 /* run the other one */
    lis     %r6, bye@ha
    addi    %r6, %r6, bye@l
    bl      puts
halt:
    lis     %r3, 0x3000
    mtspr   DBCR0, %r3
    b       halt

decrementer:
    mtspr   SPRG0, %r1
    mtspr   SPRG1, %r2
    mfspr   %r1, SPRG2
    stw     %r0, 0(%r1)
    stmw    %r3, 12(%r1)
    mfspr   %r2, SPRG0
    stw     %r2, 4(%r1)
    mfspr   %r2, SPRG1
    stw     %r2, 8(%r1)
    mfsrr0  %r2
    stw     %r2, 128(%r1)
    mfsrr1  %r2
    stw     %r2, 132(%r1)
    mfcr    %r2
    stw     %r2, 136(%r1)
    mflr    %r2
    stw     %r2, 140(%r1)
    mfctr   %r2
    stw     %r2, 144(%r1)
    mfxer   %r2
    stw     %r2, 148(%r1)
    lis     %r2, 0x0800             /* TSR[DIS]: write one to clear */
    mtspr   TSR, %r2
    lwz     %r2, 152(%r1)
    lwz     %r3, 160(%r2)
    cmpwi   %r3, 0
    bne     restore                 /* the other task is done: keep this one */
    mr      %r1, %r2
/* restore(r1 = TCB): make it current and return into it */
restore:
    mtspr   SPRG2, %r1
    lwz     %r2, 156(%r1)
    mtspr   PID, %r2
    lwz     %r2, 128(%r1)
    mtsrr0  %r2
    lwz     %r2, 132(%r1)
    mtsrr1  %r2
    lwz     %r2, 136(%r1)
    mtcr    %r2
    lwz     %r2, 140(%r1)
    mtlr    %r2
    lwz     %r2, 144(%r1)
    mtctr   %r2
    lwz     %r2, 148(%r1)
    mtxer   %r2
    lwz     %r0, 0(%r1)
    lmw     %r3, 12(%r1)
    lwz     %r2, 8(%r1)
    lwz     %r1, 4(%r1)
    rfi

unexpected:
    lis     %r6, oops@ha
    addi    %r6, %r6, oops@l
    bl      puts
    b       halt

/* ---- user code: both tasks run it; r24 = letter, r25 = busy-loop length ---- */
task:
    li      %r20, 5
    lis     %r21, 0x0040            /* the private page: a counter per task */
1:  lwz     %r22, 0(%r21)
    addi    %r22, %r22, 1
    stw     %r22, 0(%r21)
    li      %r0, 1
    mr      %r3, %r24
    sc
    li      %r0, 1
    addi    %r3, %r22, '0'
    sc
    mtctr   %r25
2:  bdnz    2b
    addic.  %r20, %r20, -1
    bne     1b
    li      %r0, 1
    li      %r3, '\n'
    sc
    li      %r0, 2
    sc
    b       .                       /* never reached */

    .data
    .balign 8
tcb_a:
    .long   0, stack_a, 0
    .fill   21, 4, 0                /* r3 .. r23 */
    .long   'A', 300, 0, 0, 0, 0, 0, 0   /* r24 .. r31 */
    .long   task, 0xC000, 0, 0, 0, 0     /* SRR0, SRR1 = PR | EE, CR, LR, CTR, XER */
    .long   tcb_b, 1, 0                  /* next, PID, done */
tcb_b:
    .long   0, stack_b, 0
    .fill   21, 4, 0
    .long   'b', 470, 0, 0, 0, 0, 0, 0
    .long   task, 0xC000, 0, 0, 0, 0
    .long   tcb_a, 2, 0
    .fill   64, 4, 0
stack_a:
    .fill   64, 4, 0
stack_b:
    .long   0

    .section .rodata
banner:
    .asciz  "minios: two tasks\n"
bye:
    .asciz  "minios: all tasks done\n"
oops:
    .asciz  "minios: unexpected interrupt\n"
