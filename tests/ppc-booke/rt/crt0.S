/* Common start-up for the Book E differential programs (runs unchanged on vmwb and on
 * qemu-system-ppc -M bamboo).  It writes its own TLB: entry 61 maps RAM (256 MB at 0, TS 0, user and
 * supervisor read/write/execute), entry 62 the UART page 0xEF600000 (caching-inhibited, guarded,
 * supervisor read/write), then invalidates every other entry so both machines run with the same TLB
 * whatever their boot state was.  Vectors: every IVOR points at a 16-byte stub that records the
 * interrupt in `exc` (ivor, srr0, srr1, esr, dear, count) and resumes (see common_base). */
#define SPRG0 272
#define SPRG1 273
#define SPRG2 274
#define SPRG3 275
#define SPRG4 276
#define MMUCR 946
#define IVPR 63
#define TSR 336
#define TCR 340

    .section .vectors, "ax"
    .globl _start
_start:
    b       reset
    .balign 16
#define VEC(n, target) vec_##n: mtspr SPRG0, %r3; mtspr SPRG1, %r4; li %r3, n; b target
VEC(0, common_crit)
VEC(1, common_mcheck)
VEC(2, common_base)
VEC(3, common_base)
VEC(4, common_base)
VEC(5, common_base)
VEC(6, common_base)
VEC(7, common_base)
VEC(8, common_base)
VEC(9, common_base)
VEC(10, common_base)
VEC(11, common_base)
VEC(12, common_crit)
VEC(13, common_base)
VEC(14, common_base)
VEC(15, common_crit)

    .text
record:     /* r3 = ivor; srr0/srr1 in r4/r5 by the caller; stores the record, clobbers r4 */
    lis     %r4, exc@ha
    addi    %r4, %r4, exc@l
    stw     %r3, 0(%r4)
    stw     %r5, 8(%r4)
    mfspr   %r5, 62
    stw     %r5, 12(%r4)
    mfspr   %r5, 61
    stw     %r5, 16(%r4)
    lwz     %r5, 20(%r4)
    addi    %r5, %r5, 1
    stw     %r5, 20(%r4)
    blr

common_base:
    mtspr   SPRG2, %r5
    mtspr   SPRG3, %r6
    mfcr    %r5                  /* the handler's compares must not change the interrupted CR */
    mtspr   SPRG4, %r5
    mflr    %r6
    mfsrr1  %r5
    cmpwi   %r3, 8
    bne     0f
    andi.   %r4, %r5, 0x4000     /* sc from problem state: just return to supervisor, unrecorded */
    bne     3f
0:  bl      record
    mfsrr0  %r5
    stw     %r5, 4(%r4)
    cmpwi   %r3, 10
    beq     1f
    cmpwi   %r3, 11
    beq     1f
    cmpwi   %r3, 8
    beq     3f
    cmpwi   %r3, 3
    beq     2f
    cmpwi   %r3, 14
    beq     2f
    addi    %r5, %r5, 4          /* synchronous fault: resume after the instruction */
    mtsrr0  %r5
    b       9f
1:  lis     %r5, 0x0C00          /* timer: clear TSR[DIS,FIS] and the enables, resume */
    mtspr   TSR, %r5
    mfspr   %r5, TCR
    rlwinm  %r5, %r5, 0, 6, 4    /* clear DIE (bit 5) */
    rlwinm  %r5, %r5, 0, 9, 7    /* clear FIE (bit 8) */
    mtspr   TCR, %r5
    b       9f
2:  mtsrr0  %r6                  /* instruction fetch fault: back to the caller's LR */
    b       9f
3:  mfsrr1  %r5                  /* sc: return in supervisor state */
    rlwinm  %r5, %r5, 0, 18, 16  /* clear PR (bit 17) */
    mtsrr1  %r5
9:  mtlr    %r6
    mfspr   %r5, SPRG4
    mtcrf   0xff, %r5
    mfspr   %r6, SPRG3
    mfspr   %r5, SPRG2
    mfspr   %r4, SPRG1
    mfspr   %r3, SPRG0
    rfi

common_crit:
    mtspr   SPRG2, %r5
    mtspr   SPRG3, %r6
    mflr    %r6
    mfspr   %r5, 59
    bl      record
    mfspr   %r5, 58
    stw     %r5, 4(%r4)
    lis     %r5, 0xC000          /* watchdog: clear TSR[ENW,WIS] */
    mtspr   TSR, %r5
    mfspr   %r5, TCR
    rlwinm  %r5, %r5, 0, 5, 3    /* clear WIE (bit 4) */
    mtspr   TCR, %r5
    mtlr    %r6
    mfspr   %r6, SPRG3
    mfspr   %r5, SPRG2
    mfspr   %r4, SPRG1
    mfspr   %r3, SPRG0
    rfci

common_mcheck:
    b       common_mcheck

reset:
    li      %r0, 0
    mtspr   MMUCR, %r0
    /* entry 61: RAM */
    li      %r3, 61
    li      %r4, 0               /* words 1 and 2 first: the entry becomes valid complete */
    tlbwe   %r4, %r3, 1
    li      %r4, 0x3F            /* UX UW UR SX SW SR */
    tlbwe   %r4, %r3, 2
    lis     %r4, 0x0000
    ori     %r4, %r4, 0x0290     /* EPN 0, V, TS 0, SIZE 9 (256 MB) */
    tlbwe   %r4, %r3, 0
    /* entry 62: UART page */
    li      %r3, 62
    lis     %r4, 0xEF60
    tlbwe   %r4, %r3, 1
    li      %r4, 0x0503          /* I, G, SW, SR */
    tlbwe   %r4, %r3, 2
    lis     %r4, 0xEF60
    ori     %r4, %r4, 0x0210     /* V, TS 0, SIZE 1 (4 KB) */
    tlbwe   %r4, %r3, 0
    /* invalidate all the others */
    li      %r3, 0
    li      %r4, 0
1:  cmpwi   %r3, 61
    beq     2f
    cmpwi   %r3, 62
    beq     2f
    tlbwe   %r4, %r3, 0
2:  addi    %r3, %r3, 1
    cmpwi   %r3, 64
    blt     1b
    isync
    /* vectors */
    lis     %r3, _start@h
    mtspr   IVPR, %r3
#define SETIVOR(n) li %r3, (vec_##n - _start); mtspr 400 + n, %r3
    SETIVOR(0)
    SETIVOR(1)
    SETIVOR(2)
    SETIVOR(3)
    SETIVOR(4)
    SETIVOR(5)
    SETIVOR(6)
    SETIVOR(7)
    SETIVOR(8)
    SETIVOR(9)
    SETIVOR(10)
    SETIVOR(11)
    SETIVOR(12)
    SETIVOR(13)
    SETIVOR(14)
    SETIVOR(15)
    /* clean timer state: no timer interrupt enabled, status cleared */
    li      %r3, 0
    mtspr   TCR, %r3
    lis     %r3, 0xFC00
    mtspr   TSR, %r3
    li      %r3, 0
    mtspr   22, %r3
    mtxer   %r3
    mtcrf   0xFF, %r3
    lis     %r1, _stack_top@ha
    addi    %r1, %r1, _stack_top@l
    stwu    %r3, -16(%r1)
    bl      main
    .globl  halt
halt:
    lis     %r3, 0x3000
    mtspr   308, %r3             /* DBCR0[RST] = system reset: ends the run */
    b       halt
