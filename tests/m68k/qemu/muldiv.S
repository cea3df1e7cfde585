        .include "prog.inc"
body:
        .irp    a, 0, 1, 7, 0xffff, 0x8000, 0x12345678, 0x7fffffff, 0xffffffff
        .irp    b, 1, 3, 0x7fff, 0x8000, 0xffff
        move.l  #\a, %d0
        move.w  #\b, %d1
        mulu.w  %d1, %d0
        SAVE
        move.l  #\a, %d0
        muls.w  %d1, %d0
        SAVE
        move.l  #\a, %d0
        divu.w  %d1, %d0
        SAVEM   0x13                    | X V C: N and Z are undefined on overflow (PRM)
        move.l  #\a, %d0
        divs.w  %d1, %d0
        SAVEM   0x13                    | X V C: N and Z are undefined on overflow (PRM)
        .endr
        .endr
        END
