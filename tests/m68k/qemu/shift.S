        .include "prog.inc"
body:
        .irp    a, 1, 0x40, 0x81, 0x4000, 0xc0000001, 0x80000000
        .irp    n, 0, 1, 3, 8, 33
        move.l  #\a, %d0
        moveq   #\n, %d1
        CC      0x10
        asl.l   %d1, %d0
        SAVE
        move.l  #\a, %d0
        CC      0x00
        asr.w   %d1, %d0
        SAVE
        move.l  #\a, %d0
        CC      0x10
        lsr.b   %d1, %d0
        SAVE
        move.l  #\a, %d0
        CC      0x00
        lsl.l   %d1, %d0
        SAVE
        move.l  #\a, %d0
        CC      0x10
        rol.w   %d1, %d0
        SAVE
        move.l  #\a, %d0
        CC      0x10
        ror.l   %d1, %d0
        SAVE
        move.l  #\a, %d0
        CC      0x10
        roxl.b  %d1, %d0
        SAVE
        move.l  #\a, %d0
        CC      0x00
        roxr.l  %d1, %d0
        SAVE
        .endr
        .endr
        END
