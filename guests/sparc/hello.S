/* hello: print a greeting on the APBUART and halt (error mode: `ta 0` with traps disabled, which
 * also ends QEMU's leon3_generic).  Runs unchanged on vmwb and on
 *   qemu-system-sparc -M leon3_generic -nographic -no-reboot -kernel hello.elf */
#define UART 0x80000100
    .text
    .global _start
_start:
    wr %g0, 0xc0, %psr          /* supervisor, traps disabled */
    nop
    nop
    nop
    set UART, %g1
    set msg, %g2
1:  ldub [%g2], %g3
    tst %g3
    be 3f
    nop
2:  ld [%g1 + 4], %g4           /* wait for the transmitter holding register to be empty */
    andcc %g4, 4, %g0
    be 2b
    nop
    st %g3, [%g1]
    ba 1b
    inc %g2
3:  ta 0                        /* trap with ET=0: error mode, the run halts */
    nop
    .section .rodata
msg: .asciz "Hello from SPARC V8 on vmwb\n"
