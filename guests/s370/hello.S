# hello -- the smallest S/370 program that talks: one line on the 3215 console at 009 through
# START I/O, then a wait for the I/O interruption, then a disabled wait (vmwb exit "halt").
#
# Loaded from address 0 as an IPL would leave it: the IPL PSW at 0 starts it in BC mode,
# supervisor state, key 0, every interruption disabled.  Everything lies below 4096, so base
# register 0 addresses it all.
        .include "macros.inc"
        .text

        .org    0x00
        PSW     0x00000000, start           # IPL PSW
        .org    0x38
iopsw:  .long   0, 0                        # I/O old PSW (stored by the interruption)
        .org    0x68
        PSW     0x00020000, 0x000BAD        # program new PSW: disabled wait at 0xBAD
        .org    0x78
        PSW     0x00000000, iodone          # I/O new PSW: supervisor, disabled

        .org    0x200
start:  mvc     0x48(4,0),caw               # CAW: key 0, channel program at ccw
        SIO     0x009
        bc      7,fail                      # CC 1, 2 or 3: not started
        lpsw    waitio                      # wait, enabled for channel 0 only
iodone: clc     0x3A(2,0),devcon            # interruption code: the console?
        bne     wait2
        tm      0x44,0x04                   # CSW unit status: device end?
        bz      wait2
        lpsw    done                        # finished: disabled wait, IA 0
wait2:  lpsw    waitio
fail:   lpsw    failed

        .align  8
waitio: PSW     0x80020000, 0               # channel 0 mask, wait
done:   PSW     0x00020000, 0               # disabled wait: the end
failed: PSW     0x00020000, 0x000F00        # disabled wait: START I/O refused
caw:    .long   ccw                         # key 0
devcon: .short  0x009
        .align  8
ccw:    .long   0x09000000 + msg            # write, automatic carrier return
        .short  0x2000                      # SLI
        .short  msgend - msg
msg:    EBCS    HELLO FROM SYSTEM/370
msgend:
