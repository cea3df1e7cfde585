/* hello: prints a line through bamboo's 16550 UART and halts (DBCR0[RST]).
 * Runs on vmwb (--guest hello) and on qemu-system-ppc -M bamboo -nographic -no-reboot -kernel.
 * It maps the UART page itself (TLB entry 62: EA 0xEF600000 -> RA 0_EF600000, I G, SR SW). */
    .text
    .globl _start
_start:
    li      %r0, 0
    mtspr   946, %r0             /* MMUCR: STID 0 */
    li      %r3, 62
    lis     %r4, 0xEF60
    tlbwe   %r4, %r3, 1          /* RPN 0xEF600, ERPN 0 */
    li      %r4, 0x0503
    tlbwe   %r4, %r3, 2          /* I G SW SR */
    lis     %r4, 0xEF60
    ori     %r4, %r4, 0x0210
    tlbwe   %r4, %r3, 0          /* EPN 0xEF600, valid, TS 0, 4 KB */
    isync
    lis     %r5, 0xEF60
    ori     %r5, %r5, 0x0300     /* UART base */
    lis     %r6, msg@ha
    addi    %r6, %r6, msg@l
1:  lbz     %r7, 0(%r6)
    cmpwi   %r7, 0
    beq     3f
2:  lbz     %r8, 5(%r5)          /* LSR: wait for THRE */
    andi.   %r8, %r8, 0x20
    beq     2b
    stb     %r7, 0(%r5)
    addi    %r6, %r6, 1
    b       1b
3:  lis     %r3, 0x3000
    mtspr   308, %r3             /* DBCR0[RST] = 11: system reset ends the run */
    b       3b
    .section .rodata
msg:
    .asciz  "Hello from the PPC440 bamboo board!\n"
