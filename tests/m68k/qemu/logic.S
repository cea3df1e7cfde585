        .include "prog.inc"
body:
        .irp    a, 0, 0x55, 0x80, 0x8000, 0xf0f0f0f0, 0xffffffff
        move.l  #\a, %d0
        CC      0x1f
        and.l   #0x0ff00ff0, %d0
        SAVE
        move.l  #\a, %d0
        or.w    #0x8001, %d0
        SAVE
        move.l  #\a, %d0
        eori.b  #0xff, %d0
        SAVE
        move.l  #\a, %d0
        not.w   %d0
        SAVE
        move.l  #\a, %d0
        ext.w   %d0
        SAVE
        move.l  #\a, %d0
        ext.l   %d0
        SAVE
        move.l  #\a, %d0
        swap    %d0
        SAVE
        move.l  #\a, %d0
        tst.b   %d0
        SAVE
        move.l  #\a, %d0
        clr.w   %d0
        SAVE
        move.l  #\a, %d0
        btst    #7, %d0
        SAVE
        move.l  #\a, %d0
        bchg    #31, %d0
        SAVE
        move.l  #\a, %d0
        bset    #0, %d0
        SAVE
        move.l  #\a, %d0
        moveq   #0, %d1
        tst.l   %d0
        smi     %d1
        move.l  %d1, %d0
        SAVE
        .endr
        END
