# escaper -- tries to reach outside its storage and out of its privilege, and checks that every
# attempt fails inside the machine exactly as on a real S/370 of its size: each must end in the
# program interruption (or channel status) listed in `expect`.  Prints one console line with the
# verdict, then stops in a disabled wait.  Under a monitor the same must hold, and the monitor's
# own storage must not change (vmwb run --check).
#
# Attempts (the guest never assumes its size beyond "less than 16M"):
#   1 store to 0xFFFFF0                          addressing (5)
#   2 SSK on 0xFFF800                            addressing (5)
#   3 DAT with the segment table at 0xFFF000     addressing (5) on the table fetch
#   4 LPSW of a supervisor PSW in problem state  privileged operation (2)
#   5 problem-state store into key-0 storage     protection (4)
#   6 SIO, CCW data address 0xFFFF00             channel status: program check (CSW byte 5 = 0x20)
#   7 load from 0xFFFFFC                         addressing (5)
        .include "macros.inc"
        .text
        .org    0x00
        PSW     0x00000000, start
        .org    0x68
        PSW     0x00000000, pgmint      # program new PSW: supervisor, disabled, BC mode
        .org    0x78
        PSW     0x00000000, ioint       # I/O new PSW

        .org    0x200
start:  la      9,got                   # R9 -> next result byte
        la      10,a2                   # R10 = where the program-check handler resumes
        l       2,far
        st      2,0(2)                  # attempt 1
        mvi     0(9),0xff               # not reached on a real machine
        la      9,1(9)
a2:     la      10,a3
        l       2,far
        la      3,0x10
        SSK     3,2                     # attempt 2 (2K-block address 0xFFF800)
        mvi     0(9),0xff
        la      9,1(9)
a3:     la      10,a4
        lctl    0,1,datcr               # CR0 4K/64K; CR1 table at 0xFFF000
        lpsw    datpsw                  # attempt 3: DAT on, the next fetch needs the table
a4:     la      10,a5
        lpsw    prob4                   # problem state, key 1
p4:     lpsw    sup                     # attempt 4
        mvi     0(9),0xff               # (would be in supervisor state now)
        la      9,1(9)
a5:     la      10,a6
        lpsw    prob5
p5:     mvi     0x100,0xee              # attempt 5: key 1 into key-0 storage
        svc     0                       # not reached on a real machine
a6:     la      10,a7
        mvc     0x48(4,0),caw
        SIO     0x009                   # attempt 6
        bc      8,wait6                 # started: wait for the ending status
        mvc     0(1,9),0x45             # CC 1: CSW stored now, channel status byte
        la      9,1(9)
        b       a7
wait6:  lpsw    waitio
a7:     la      10,report
        l       2,far
        l       3,12(2)                 # attempt 7
        mvi     0(9),0xff
        la      9,1(9)
report: clc     got(7),expect
        bne     bad
        la      2,okline
        la      3,okend-okline
        b       print
bad:    la      2,badline
        la      3,badend-badline
print:  st      2,ccw
        mvi     ccw,0x09                # write, carrier return
        sth     3,ccw+6
        mvc     0x48(4,0),caw2
        SIO     0x009
        lpsw    waitend
endio:  lpsw    done

pgmint: mvc     0(1,9),0x2b             # low byte of the interruption code (BC old PSW)
        tm      0x29,0x08               # unless the old PSW is an EC one:
        bz      pgm2
        mvc     0(1,9),0x8f             # then the code is at 142-143
pgm2:   la      9,1(9)
        br      10

ioint:  clc     0x3a(2,0),dev
        bne     io2
        cli     done+7,0                # second phase (the report) ended?
        la      4,report
        cr      10,4
        be      endio
        tm      0x44,0x04               # device end (the channel program check arrives with it)
        bz      io2
        mvc     0(1,9),0x45             # CSW channel status
        la      9,1(9)
        br      10
io2:    lpsw    waitio

        .align  8                       # PSWs are doublewords
datpsw: PSW     0x04080000, a4          # EC mode, DAT on, disabled
prob4:  PSW     0x00110000, p4          # BC, key 1, problem state
prob5:  PSW     0x00110000, p5
sup:    PSW     0x00000000, a5
waitio: PSW     0x80020000, 0           # channel 0 enabled, wait
waitend: PSW    0x80020000, 0
done:   PSW     0x00020000, 0
far:    .long   0x00FFFFF0
datcr:  .long   0x00800000, 0x00FFF000
caw:    .long   ccw6
caw2:   .long   ccw
dev:    .short  0x009
got:    .fill   8,1,0
expect: .byte   5, 5, 5, 2, 4, 0x20, 5
        .align  8
ccw6:   .long   0x09FFFF00              # write from 0xFFFF00: outside storage
        .long   0x20000010
ccw:    .long   0, 0x20000000           # filled in by the report
okline: EBCS    ESCAPER ALL 7 ATTEMPTS CONFINED
okend:
badline: EBCS   ESCAPER AN ATTEMPT WAS NOT CONFINED
badend:
