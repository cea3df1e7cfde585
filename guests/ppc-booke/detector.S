/* detector: looks for the monitor the way a guest could.  Each probe compares what it sees with what
 * the bare PPC440 shows (Book E, 440UM); any difference is printed as a letter, none prints "bare".
 *   M  mfmsr in supervisor state shows PR = 0 and the MSR it wrote (the host runs it with PR = 1)
 *   S  sc saves the user MSR (PR = 1, EE as set) in SRR1 and the next instruction in SRR0
 *   P  a privileged instruction in user mode is a program interrupt with ESR[PPR]
 *   G  SPRG4, written in supervisor state, reads back through its user alias (SPR 260) in user mode
 *   T  the time base advances by exactly one per instruction across privileged instructions
 *   X  tlbsx finds the detector's own entry at the index it wrote
 *   V  PVR reads the 440EP's value
 *   D  a user-mode load from the supervisor-only UART page is a data storage interrupt with DEAR = the
 *      address and ESR[ST] = 0 */
    .set UART, 0xEF600300
    .section .vectors, "ax"
    .globl _start
_start:
    b       start
    .balign 16
vec_sc:
    b       on_sc
    .balign 16
vec_prog:
    b       on_prog
    .balign 16
vec_dsi:
    b       on_dsi
    .balign 16
vec_other:
    b       other

    .text
start:
    lis     %r3, 0x0010
    mtspr   63, %r3
    li      %r3, vec_other - _start
    mtspr   400, %r3
    mtspr   401, %r3
    mtspr   403, %r3
    mtspr   404, %r3
    mtspr   405, %r3
    mtspr   407, %r3
    mtspr   409, %r3
    mtspr   410, %r3
    mtspr   411, %r3
    mtspr   412, %r3
    mtspr   413, %r3
    mtspr   414, %r3
    mtspr   415, %r3
    li      %r3, vec_sc - _start
    mtspr   408, %r3
    li      %r3, vec_prog - _start
    mtspr   406, %r3
    li      %r3, vec_dsi - _start
    mtspr   402, %r3
    /* TLB: 0 = 16 MB at 0 for everyone, 3 = the UART; the boot entry invalidated */
    li      %r0, 0
    mtspr   946, %r0
    li      %r3, 0
    li      %r4, 0
    tlbwe   %r4, %r3, 1
    li      %r4, 0x003F
    tlbwe   %r4, %r3, 2
    li      %r4, 0x0270
    tlbwe   %r4, %r3, 0
    li      %r3, 3
    lis     %r4, 0xEF60
    tlbwe   %r4, %r3, 1
    li      %r4, 0x0503
    tlbwe   %r4, %r3, 2
    lis     %r4, 0xEF60
    ori     %r4, %r4, 0x0210
    tlbwe   %r4, %r3, 0
    li      %r3, 63
    li      %r4, 0
    tlbwe   %r4, %r3, 0
    isync
    lis     %r30, flags@ha
    addi    %r30, %r30, flags@l     /* r30: where the letters go */
    mr      %r31, %r30

    /* M */
    li      %r3, 0x1000             /* ME */
    mtmsr   %r3
    mfmsr   %r4
    cmpwi   %r4, 0x1000
    beq     1f
    li      %r5, 'M'
    bl      flag
1:
    /* V */
    mfspr   %r4, 287
    lis     %r5, 0x4222
    ori     %r5, %r5, 0x18D3
    cmpw    %r4, %r5
    beq     1f
    li      %r5, 'V'
    bl      flag
1:
    /* T: mftb; three privileged instructions; mftb: 4 apart */
    mftb    %r10
    mtspr   272, %r10
    mfspr   %r11, 272
    mtspr   273, %r11
    mftb    %r12
    subf    %r12, %r10, %r12
    cmpwi   %r12, 4
    beq     1f
    li      %r5, 'T'
    bl      flag
1:
    /* X */
    li      %r4, 0x1234
    tlbsx   %r4, 0, %r4
    cmpwi   %r4, 0
    beq     1f
    li      %r5, 'X'
    bl      flag
1:
    /* G, S, P: into user mode */
    lis     %r3, 0x5A5A
    mtspr   276, %r3                /* SPRG4 */
    lis     %r3, user@ha
    addi    %r3, %r3, user@l
    mtsrr0  %r3
    li      %r3, 0x5000             /* PR | ME */
    mtsrr1  %r3
    rfi

user:
    mfspr   %r4, 260                /* SPRG4, user read */
    lis     %r5, 0x5A5A
    cmpw    %r4, %r5
    beq     1f
    li      %r5, 'G'
    stb     %r5, 0(%r31)            /* user mode: record the letter directly */
    addi    %r31, %r31, 1
1:  li      %r29, 0                 /* D */
    lis     %r4, 0xEF60
    ori     %r4, %r4, 0x0305
    lbz     %r5, 0(%r4)
    cmpwi   %r29, 1
    beq     1f
    li      %r5, 'D'
    stb     %r5, 0(%r31)
    addi    %r31, %r31, 1
1:  mfmsr   %r4                     /* P: program interrupt, the handler checks ESR */
sc_here:
    sc
    b       .                       /* on_sc never returns here */

on_prog:
    mfspr   %r4, 62                 /* ESR */
    lis     %r5, 0x0400             /* PPR */
    cmpw    %r4, %r5
    beq     1f
    li      %r5, 'P'
    bl      flag
1:  mfsrr0  %r4
    addi    %r4, %r4, 4
    mtsrr0  %r4
    rfi

on_dsi:
    mfspr   %r4, 61                 /* DEAR */
    lis     %r5, 0xEF60
    ori     %r5, %r5, 0x0305
    cmpw    %r4, %r5
    bne     1f
    mfspr   %r4, 62                 /* ESR */
    cmpwi   %r4, 0
    bne     1f
    li      %r29, 1
1:  mfsrr0  %r4
    addi    %r4, %r4, 4
    mtsrr0  %r4
    rfi

on_sc:
    mfsrr1  %r4
    cmpwi   %r4, 0x5000
    bne     1f
    mfsrr0  %r4
    lis     %r5, (sc_here + 4)@ha
    addi    %r5, %r5, (sc_here + 4)@l
    cmpw    %r4, %r5
    beq     2f
1:  li      %r5, 'S'
    bl      flag
2:  /* verdict */
    cmpw    %r31, %r30
    bne     3f
    lis     %r6, bare@ha
    addi    %r6, %r6, bare@l
    bl      puts
    b       halt
3:  lis     %r6, virt@ha
    addi    %r6, %r6, virt@l
    bl      puts
    li      %r5, 0
    stb     %r5, 0(%r31)
    mr      %r6, %r30
    bl      puts
    li      %r7, '\n'
    bl      putc
halt:
    lis     %r3, 0x3000
    mtspr   308, %r3
    b       halt

other:
    li      %r5, '?'
    bl      flag
    b       2b

flag:
    stb     %r5, 0(%r31)
    addi    %r31, %r31, 1
    blr

/* putc(r7), puts(r6): clobber r5, r7, r8 */
putc:
    lis     %r5, UART@ha
    addi    %r5, %r5, UART@l
2:  lbz     %r8, 5(%r5)
    andi.   %r8, %r8, 0x20
    beq     2b
    stb     %r7, 0(%r5)
    blr
puts:
    mflr    %r9
1:  lbz     %r7, 0(%r6)
    cmpwi   %r7, 0
    beq     2f
    bl      putc
    addi    %r6, %r6, 1
    b       1b
2:  mtlr    %r9
    blr

    .section .rodata
bare:
    .asciz  "detector: bare machine\n"
virt:
    .asciz  "detector: monitor detected: "
    .data
flags:
    .fill   16, 1, 0
