/* Common frame of the differential programs: trap table with window overflow/underflow handlers,
 * a generic handler that logs the trap type and skips the trapping instruction (interrupts return
 * to it), `ta 0x7f` to dump registers over the UART, and `exit` (error mode with ET=0, which ends
 * QEMU's leon3_generic and halts vmwb).
 *   ta 1: return to supervisor state    ta 2: return in user state
 */
#define UART 0x80000100
#define NWIN 8
#define PSR_ET 0x20
#define PSR_PS 0x40

    .section .text.start, "ax"
    .global _start
_start:
    /* supervisor, traps disabled, FPU enabled, CWP 0; window 1 is invalid */
    wr %g0, 0x10c0, %psr
    wr %g0, 2, %wim
    set traptable, %g1
    wr %g1, %tbr
    nop
    nop
    set stack_top, %sp
    mov %g0, %fp
    /* clear .bss */
    set __bss_start, %g1
    set _end, %g2
1:  cmp %g1, %g2
    bgeu 2f
    nop
    st %g0, [%g1]
    ba 1b
    add %g1, 4, %g1
2:  clr %g1
    clr %g2
    /* enable traps */
    rd %psr, %l0
    wr %l0, PSR_ET, %psr
    nop
    nop
    nop
    call main
    nop
    .global exit
exit:
    rd %psr, %l0
    andn %l0, PSR_ET, %l0
    wr %l0, %psr
    nop
    nop
    nop
    ta 0
    nop

#define TRAPTO(h) rd %psr, %l0; sethi %hi(h), %l4; jmp %l4 + %lo(h); nop

    .align 4096
traptable:
    .rept 5
    TRAPTO(trap_generic)
    .endr
    TRAPTO(window_overflow)
    TRAPTO(window_underflow)
    .rept 249
    TRAPTO(trap_generic)
    .endr

/* SAVE into the invalid window: spill the window after it and rotate WIM right. */
window_overflow:
    mov %wim, %l3
    mov %g1, %l7
    srl %l3, 1, %g1
    sll %l3, NWIN - 1, %l4
    or %l4, %g1, %g1
    and %g1, 0xff, %g1
    save
    wr %g1, %wim
    nop
    nop
    nop
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
    jmp %l1
    rett %l2

/* RESTORE into the invalid window: rotate WIM left and fill that window from its stack. */
window_underflow:
    mov %wim, %l3
    sll %l3, 1, %l4
    srl %l3, NWIN - 1, %l5
    or %l5, %l4, %l5
    and %l5, 0xff, %l5
    wr %l5, %wim
    nop
    nop
    nop
    restore
    restore
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
    jmp %l1
    rett %l2

/* Everything else: log the type; interrupts resume the interrupted instruction, the others skip
 * the trapping one.  l0 = PSR at the trap (icc restored from it). */
trap_generic:
    rd %tbr, %l3
    srl %l3, 4, %l3
    and %l3, 0xff, %l3
    set trap_count, %l4
    ld [%l4], %l5
    and %l5, 63, %l6
    sll %l6, 2, %l6
    set trap_log, %l7
    st %l3, [%l7 + %l6]
    add %l5, 1, %l5
    st %l5, [%l4]
    cmp %l3, 0xff
    be dump
    cmp %l3, 0x81
    bne 3f
    cmp %l3, 0x82
    ba 5f
    or %l0, PSR_PS, %l0
3:  bne 4f
    sub %l3, 0x11, %l6
    ba 5f
    andn %l0, PSR_PS, %l0
4:  cmp %l6, 14
    bleu irq
    nop
5:  wr %l0, %psr
    nop
    nop
    nop
    jmp %l2
    rett %l2 + 4
irq:
    set irq_count, %l4
    ld [%l4], %l5
    add %l5, 1, %l5
    st %l5, [%l4]
    wr %l0, %psr
    nop
    nop
    nop
    jmp %l1
    rett %l2

/* ta 0x7f: print g1-g7, the trapped window's o0-o7 (our i0-i7), Y and icc. */
dump:
    set UART, %l7
    mov 'R', %o1
    st %o1, [%l7]
    mov ':', %o1
    st %o1, [%l7]
    call phex
    mov %g1, %o0
    call phex
    mov %g2, %o0
    call phex
    mov %g3, %o0
    call phex
    mov %g4, %o0
    call phex
    mov %g5, %o0
    call phex
    mov %g6, %o0
    call phex
    mov %g7, %o0
    call phex
    mov %i0, %o0
    call phex
    mov %i1, %o0
    call phex
    mov %i2, %o0
    call phex
    mov %i3, %o0
    call phex
    mov %i4, %o0
    call phex
    mov %i5, %o0
    call phex
    mov %i6, %o0
    call phex
    mov %i7, %o0
    rd %y, %o0
    call phex
    nop
    srl %l0, 20, %o0
    call phex
    and %o0, 15, %o0
    mov 10, %o1
    st %o1, [%l7]
    ba 5b
    nop

/* print o0 as 8 hex digits and a space; uses o1-o3; the value is in the delay slot of the call */
phex:
    mov 8, %o2
1:  srl %o0, 28, %o3
    cmp %o3, 10
    bl 2f
    add %o3, '0', %o3
    add %o3, 'a' - '0' - 10, %o3
2:  st %o3, [%l7]
    subcc %o2, 1, %o2
    bne 1b
    sll %o0, 4, %o0
    mov ' ', %o3
    retl
    st %o3, [%l7]

    .section .bss
    .align 8
    .global trap_count, trap_log, irq_count
trap_count: .skip 4
irq_count:  .skip 4
trap_log:   .skip 256
    .align 8
stack_bottom: .skip 16384
stack_top:  .skip 64
