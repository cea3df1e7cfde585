        .include "prog.inc"
body:
        .irp    a, 0, 1, 0x7f, 0x80, 0xff, 0x7fff, 0x8000, 0xffff, 0x7fffffff, 0x80000000, 0xffffffff
        .irp    b, 0, 1, 0x80, 0x8000, 0x80000000, 0xffffffff
        move.l  #\a, %d0
        move.l  #\b, %d1
        add.b   %d1, %d0
        SAVE
        move.l  #\a, %d0
        add.w   %d1, %d0
        SAVE
        move.l  #\a, %d0
        add.l   %d1, %d0
        SAVE
        move.l  #\a, %d0
        sub.l   %d1, %d0
        SAVE
        move.l  #\a, %d0
        sub.w   %d1, %d0
        SAVE
        .endr
        .endr
        END
