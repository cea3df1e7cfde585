/* detector: does this kernel really run in supervisor state?  It reads PSR (RDPSR, privileged:
 * V8 B.28), WIM and TBR and prints them; then it enters user state and tries RDPSR there, which must
 * give privileged_instruction (tt 0x03) through its own TBR; then it reads PSR again in the trap
 * handler (S=1, PS=0: the trap came from user state) and halts by error mode.  Under a monitor that
 * runs the kernel in real user state every value must still be the bare machine's. */
#define UART 0x80000100
#define TRAP(h) mov %psr, %l0; sethi %hi(h), %l4; jmp %l4 + %lo(h); nop
    .text
    .global _start
_start:
    wr %g0, 0xc0, %psr
    nop; nop; nop
    set traptab, %g1
    wr %g1, %tbr
    mov 4, %g1
    wr %g1, %wim
    nop; nop; nop
    rd %psr, %o0                /* S=1 PS=1 ET=0 CWP=0: 0xf30000c0 */
    call puthex
    nop
    rd %wim, %o0
    call puthex
    nop
    rd %tbr, %o0
    call puthex
    nop
    /* to user state: a RETT with PS=0 */
    wr %g0, 0x80, %psr
    nop; nop; nop
    set user, %l1
    add %l1, 4, %l2
    jmp %l1
    rett %l2
user:
    rd %psr, %g1                /* privileged_instruction */
    ta 0

/* "%08x\n" of %o0 */
puthex:
    set UART, %o1
    mov 28, %o2
1:  srl %o0, %o2, %o3
    and %o3, 15, %o3
    cmp %o3, 10
    bl,a 2f
    add %o3, '0', %o3
    add %o3, 'a' - 10, %o3
2:  st %o3, [%o1]
    subcc %o2, 4, %o2
    bge 1b
    nop
    mov '\n', %o3
    retl
    st %o3, [%o1]

priv:
    mov %l0, %o0                /* PSR in the handler: S=1, PS=0, ET=0, CWP=0 */
    call puthex
    nop
    mov %l1, %o0                /* the trapping RDPSR */
    call puthex
    nop
    rd %tbr, %o0                /* tt = 0x03 */
    call puthex
    nop
    ta 0                        /* ET=0: error mode */

other:
    rd %tbr, %o0
    call puthex
    nop
    ta 0

    .align 4096
traptab:
    .rept 3
    TRAP(other)
    .endr
    TRAP(priv)
    .rept 0xfc
    TRAP(other)
    .endr
