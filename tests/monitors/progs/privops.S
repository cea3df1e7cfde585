# Every privileged instruction of the core, first in supervisor state (results stored at 0x1000,
# R12), then once more in problem state where each must give a privileged-operation exception
# (codes and addresses logged at 0x1200, R11).  Ends in a disabled wait.
        .include "privops.inc"

        .text
        .org 0
        .long 0x00000000, start
        .org 0x60
        .long 0x00000000, svc_handler
        .long 0x00000000, pgm_handler
        .org 0x400
start:  la      12,0x800
        la      12,0x800(12)            # R12 = 0x1000
        la      11,0x200(12)            # R11 = 0x1200: problem-state log
        stidp   0x00(12)
        stctl   0,15,0x40(12)
        lctl    0,0,cr0new
        stctl   0,0,0x80(12)
        la      1,0x30                  # key 3, no fetch protection
        la      2,0x800(12)             # 0x1800
        la      2,0x800(2)              # 0x2000
        ssk     1,2
        isk     3,2
        st      3,0x08(12)
        spka    0x50
        ipk
        spka    0                       # back to key 0 before storing into key-0 storage
        st      2,0x0c(12)
        stnsm   0x10(12),0xfe
        stosm   0x11(12),0x00
        ssm     zero
        sck     tod
        savecc  0x12
        stck    0x18(12)
        spt     cpt
        stpt    0x20(12)
        sckc    ckc
        stckc   0x28(12)
        la      2,0x800(12)
        la      2,0x800(2)
        rrb     0,2
        savecc  0x13
        rrb     0,2
        savecc  0x14
        ptlb
        la      1,0
        sigp    1,0,1                   # sense, CPU address in R0 (0 = this CPU)
        savecc  0x15
        st      1,0x30(12)
        diag    1,2,0
        mc      0,1                     # CR8 masks are zero: no event
        lpsw    prob                    # now everything again in problem state

p0:     ssm     zero
        lpsw    prob
        stnsm   0x90(12),0xff
        stosm   0x90(12),0x00
        ssk     1,2
        isk     3,2
        lctl    0,0,cr0new
        stctl   0,0,0x90(12)
        sck     tod
        spt     cpt
        stpt    0x90(12)
        sckc    ckc
        stckc   0x90(12)
        ptlb
        rrb     0,2
        stidp   0x90(12)
        sigp    1,0,1
        diag    1,2,0
        stck    0x98(12)                # not privileged: must not trap
        svc     9                       # done

pgm_handler:
        mvc     0(8,11),0x28            # program old PSW
        mvc     8(2,11),0x2a            # code
        la      11,16(11)
        lpsw    0x28

svc_handler:
        lpsw    done

        .align 8
prob:   .long 0x00310000, p0            # problem state, key 3
done:   .long 0x00020000, 0x00000fff
tod:    .quad 0x1234567800000000
cpt:    .quad 0x0000000100000000
ckc:    .quad 0x7fffffffffffffff
cr0new: .long 0x00000480                # CPU-timer and interval-timer masks
zero:   .byte 0
