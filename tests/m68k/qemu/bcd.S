        .include "prog.inc"
body:
        .irp    a, 0x00, 0x01, 0x09, 0x19, 0x50, 0x99
        .irp    b, 0x00, 0x01, 0x49, 0x99
        move.l  #\a, %d0
        move.l  #\b, %d1
        CC      0x04
        abcd    %d1, %d0
        SAVEM   0x15                    | X, Z, C: N and V are undefined (PRM)
        move.l  #\a, %d0
        CC      0x14
        sbcd    %d1, %d0
        SAVEM   0x15
        move.l  #\a, %d0
        CC      0x04
        nbcd    %d0
        SAVEM   0x15
        .endr
        .endr
        END
