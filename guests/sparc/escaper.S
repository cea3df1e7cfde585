/* escaper: tries to reach outside its machine.  Each probe must end as on the bare board (MMU off):
 * storage below RAM and beyond its end does not answer (data_access_error, tt 0x29), the MMU bypass
 * ASI reaches no further, privileged instructions trap in user mode (tt 0x03).  Under a monitor the
 * same must happen inside the guest: the monitor's tables just below the partition, the host storage
 * beyond it and the host's own MMU stay out of reach.  Each trap is reported ("tt=xx") and the probe
 * skipped; the guest's own MMU control register is read and printed. */
#define UART 0x80000100
#define TRAP(h) mov %psr, %l0; sethi %hi(h), %l4; jmp %l4 + %lo(h); nop
    .text
    .global _start
_start:
    wr %g0, 0xc0, %psr          /* supervisor, traps disabled */
    nop; nop; nop
    set traptab, %g1
    wr %g1, %tbr
    wr %g0, %wim                /* no window traps: the probes use one window */
    mov %sp, %g7                /* start() leaves %sp at the top of RAM */
    wr %g0, 0xe0, %psr          /* traps enabled */
    nop; nop; nop
    set hello, %o0
    call puts
    nop
    /* supervisor probes */
    ld [%g7], %g2               /* 1: first byte beyond RAM */
    set 0x3ffffffc, %g3
    ld [%g3], %g2               /* 2: just below RAM (the monitor's tables under a monitor) */
    st %g3, [%g3]               /* 3: the same, a store */
    lda [%g3] 0x1c, %g2         /* 4: MMU bypass below RAM */
    sta %g3, [%g7] 0x1c         /* 5: MMU bypass beyond RAM */
    set 0xfffff000, %g4
    ld [%g4], %g2               /* 6: the top of the address space */
    lda [%g0] 0x19, %o0         /* the MMU control register: the guest's own (E=0) */
    call puthex
    nop
    /* user probes: RETT into user state at ustart (PS=0) */
    wr %g0, 0x80, %psr          /* S, PS=0, ET=0, CWP 0 */
    nop; nop; nop
    set ustart, %l1
    add %l1, 4, %l2
    jmp %l1
    rett %l2
ustart:
    wr %g0, 0x80, %psr          /* 7: privileged */
    rd %wim, %g2                /* 8: privileged */
    lda [%g3] 0x1c, %g2         /* 9: privileged (alternate space) */
    ld [%g3], %g2               /* 10: below RAM */
    sta %g0, [%g0] 0x19         /* 11: the MMU, privileged */
    ld [%g7 + 64], %g2          /* 12: beyond RAM */
    set done, %o0
    call puts                   /* user mode may reach the UART with the MMU off: via puts' loop */
    nop
    ta 0                        /* trap 0x80: the handler halts */

/* user or supervisor: print a string by direct UART stores */
puts:
    set UART, %o1
1:  ldub [%o0], %o2
    tst %o2
    be 2f
    nop
    st %o2, [%o1]
    ba 1b
    inc %o0
2:  retl
    nop

/* "%08x\n" of %o0 (leaf, uses o0-o4) */
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

/* a probe trapped: report the trap type from TBR and skip the instruction */
report:
    set UART, %l4
    set ttmsg, %l5
1:  ldub [%l5], %l6
    tst %l6
    be 2f
    nop
    st %l6, [%l4]
    ba 1b
    inc %l5
2:  rd %tbr, %l5
    srl %l5, 4, %l5
    and %l5, 0xff, %l5
    mov 4, %l6
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
    wr %l0, %psr
    nop; nop; nop
    jmp %l2
    rett %l2 + 4

halt:
    ta 0                        /* ET=0: error mode */
    nop

    .align 4096
traptab:
    .rept 0x80
    TRAP(report)
    .endr
    TRAP(halt)
    .rept 0x7f
    TRAP(report)
    .endr

    .section .rodata
hello: .asciz "escaper: probing\n"
ttmsg: .asciz "tt="
done: .asciz "escaper: done\n"
