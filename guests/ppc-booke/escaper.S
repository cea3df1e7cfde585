/* escaper: tries to reach storage outside its partition.  It maps, with its own TLB, a page at real
 * address 16 MB (just past a 16 MB machine's RAM: under a monitor, the next thing in host storage)
 * and stores into it, then a page with ERPN 1 (real 0_1_0000_0000).  A faithful machine answers each
 * store with a bus error, i.e. a machine check; the handler counts them, prints the verdict and halts.
 * Under a monitor the same must happen, and no byte of the host outside the partition may change. */
    .set UART, 0xEF600300
    .section .vectors, "ax"
    .globl _start
_start:
    b       start
    .balign 16
vec_mcheck:
    b       mcheck
    .balign 16
vec_other:
    b       other

    .text
start:
    lis     %r3, 0x0010
    mtspr   63, %r3                 /* IVPR */
    li      %r3, vec_other - _start
    li      %r4, 400
1:  mtspr   400, %r3                /* IVOR0 .. IVOR15: other, then IVOR1: machine check */
    mtspr   401, %r3
    mtspr   402, %r3
    mtspr   403, %r3
    mtspr   404, %r3
    mtspr   405, %r3
    mtspr   406, %r3
    mtspr   407, %r3
    mtspr   408, %r3
    mtspr   409, %r3
    mtspr   410, %r3
    mtspr   411, %r3
    mtspr   412, %r3
    mtspr   413, %r3
    mtspr   414, %r3
    mtspr   415, %r3
    li      %r3, vec_mcheck - _start
    mtspr   401, %r3
    mfmsr   %r3
    ori     %r3, %r3, 0x1000        /* MSR[ME]: machine checks are taken */
    mtmsr   %r3
    li      %r0, 0
    mtspr   946, %r0                /* MMUCR[STID] = 0 */
    /* entry 3: the UART; entry 1: EA 0x20000000 -> RA 0x01000000; entry 2: EA 0x30000000 -> RA 1_00000000 */
    li      %r3, 3
    lis     %r4, 0xEF60
    tlbwe   %r4, %r3, 1
    li      %r4, 0x0503
    tlbwe   %r4, %r3, 2
    lis     %r4, 0xEF60
    ori     %r4, %r4, 0x0210
    tlbwe   %r4, %r3, 0
    li      %r3, 1
    lis     %r4, 0x0100
    tlbwe   %r4, %r3, 1
    li      %r4, 0x0007
    tlbwe   %r4, %r3, 2
    lis     %r4, 0x2000
    ori     %r4, %r4, 0x0210
    tlbwe   %r4, %r3, 0
    li      %r3, 2
    li      %r4, 1                  /* RPN 0, ERPN 1 */
    tlbwe   %r4, %r3, 1
    li      %r4, 0x0007
    tlbwe   %r4, %r3, 2
    lis     %r4, 0x3000
    ori     %r4, %r4, 0x0210
    tlbwe   %r4, %r3, 0
    isync
    li      %r20, 0                 /* machine checks seen */
    lis     %r5, 0x2000
    lis     %r6, 0x5EC0
    ori     %r6, %r6, 0x0DE5
    stw     %r6, 0(%r5)             /* past the end of RAM */
    stw     %r6, 0xFFC(%r5)
    lis     %r5, 0x3000
    stw     %r6, 0(%r5)             /* ERPN 1 */
    lwz     %r7, 0x10(%r5)
    cmpwi   %r20, 4
    lis     %r6, confined@ha
    addi    %r6, %r6, confined@l
    beq     2f
    lis     %r6, escaped@ha
    addi    %r6, %r6, escaped@l
2:  bl      puts
halt:
    lis     %r3, 0x3000
    mtspr   308, %r3                /* DBCR0[RST] */
    b       halt

/* machine check: count it and resume after the access */
mcheck:
    addi    %r20, %r20, 1
    mfspr   %r3, 570                /* MCSRR0 */
    addi    %r3, %r3, 4
    mtspr   570, %r3
    li      %r3, 0
    mtspr   572, %r3                /* MCSR cleared */
    rfmci

other:
    lis     %r6, oops@ha
    addi    %r6, %r6, oops@l
    bl      puts
    b       halt

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

    .section .rodata
confined:
    .asciz  "escaper: confined (4 bus errors)\n"
escaped:
    .asciz  "escaper: NOT confined\n"
oops:
    .asciz  "escaper: unexpected interrupt\n"
