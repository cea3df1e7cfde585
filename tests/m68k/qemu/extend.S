        .include "prog.inc"
body:
        .irp    a, 0, 1, 0x7f, 0x80, 0xffff, 0x80000000, 0xffffffff
        .irp    x, 0x00, 0x10, 0x14, 0x04
        move.l  #\a, %d0
        move.l  #0x7fffffff, %d1
        CC      \x
        addx.l  %d1, %d0
        SAVE
        move.l  #\a, %d0
        CC      \x
        subx.w  %d1, %d0
        SAVE
        move.l  #\a, %d0
        CC      \x
        negx.b  %d0
        SAVE
        move.l  #\a, %d0
        CC      \x
        neg.l   %d0
        SAVE
        move.l  #\a, %d0
        CC      \x
        cmp.w   %d1, %d0
        SAVE
        .endr
        .endr
        END
