# A compute-bound guest: nested loops of fixed-point and logical work with storage traffic,
# about 5 million instructions, ending in a disabled wait.  The speed benchmark and the monitor
# efficiency tests use it.
        .text
        .org 0
        .long 0x00000000, start
        .org 0x400
start:  la      12,0x800
        la      12,0x800(12)            # R12 = 0x1000: results
        l       9,outer
        la      3,0
        la      7,1
o:      l       8,inner
i:      ar      3,7
        lr      4,3
        sll     4,3
        xr      4,3
        st      4,0(12)
        a       4,0(12)
        nr      4,7
        or      3,4
        bct     8,i
        la      7,3(7)
        bct     9,o
        st      3,4(12)
        st      7,8(12)
        lpsw    done
        .align 8
done:   .long 0x00020000, 0x00000fff
outer:  .long 1000
inner:  .long 500
