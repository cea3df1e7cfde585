# ticker -- a console guest for the SDL console's tests and demos: prints a banner line on the
# 3215 console at 009, then "TICK nnnnnn" lines forever, one every DELAY loop turns (about
# 2 x DELAY instructions).  Self-contained (no macros): S/370 I/O opcodes and EBCDIC text as data.
# Console output: START I/O (9C00, PoO 13-7) of a CCW chain of one write CCW (09, automatic carrier
# return on the 3215), then a wait enabled for channel 0 until the device-end I/O interruption.
        .text
        .org    0x00
        .long   0x00000000, start           # IPL PSW: BC mode, supervisor, disabled
        .org    0x68
        .long   0x00020000, 0x000BAD        # program new PSW: disabled wait at 0xBAD
        .org    0x78
        .long   0x00000000, iodone          # I/O new PSW: supervisor, disabled

        .org    0x200
start:  la      1,banner
        la      0,bannerend-banner
        bal     14,print
        sr      5,5                         # R5: the tick count
loop:   la      5,1(5)
        cvd     5,dw
        unpk    num(6),dw+4(4)              # six zoned digits, the last with the sign zone
        oi      num+5,0xF0                  # make it a plain digit
        la      1,tick
        la      0,tickend-tick
        bal     14,print
        l       4,delay
spin:   bct     4,spin
        b       loop

# print: R1 = text, R0 = length; returns through R14 after device end.
print:  st      1,ccw
        mvi     ccw,0x09                    # write, automatic carrier return
        sth     0,ccw+6
        mvc     0x48(4,0),caw               # CAW: key 0, channel program at ccw
        .short  0x9C00, 0x0009              # SIO 009
        bc      7,fail                      # CC 1, 2 or 3: not started
        lpsw    waitio                      # wait, enabled for channel 0 only
iodone: clc     0x3A(2,0),devcon            # interruption code: the console?
        bne     again
        tm      0x44,0x04                   # CSW unit status: device end?
        bz      again
        br      14
again:  lpsw    waitio
fail:   lpsw    failed

        .align  8
waitio: .long   0x80020000, 0               # channel 0 mask, wait
failed: .long   0x00020000, 0x000F00        # disabled wait: START I/O refused
dw:     .quad   0
caw:    .long   ccw                         # key 0
delay:  .long   4000
devcon: .short  0x009
        .align  8
ccw:    .long   0, 0x20000000               # data address / SLI, count set by print
banner: .byte   0xE5,0xD4,0xE6,0xC2,0x40,0xC3,0xD6,0xD5,0xE2,0xD6,0xD3,0xC5  # VMWB CONSOLE
        .byte   0x40,0xE3,0xC5,0xE2,0xE3                                   #  TEST
bannerend:
tick:   .byte   0xE3,0xC9,0xC3,0xD2,0x40                                   # TICK
num:    .byte   0xF0,0xF0,0xF0,0xF0,0xF0,0xF0
tickend:
