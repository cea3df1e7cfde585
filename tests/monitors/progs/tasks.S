# A small supervisor: two problem-state passes of a task that calls SVCs, executes a privileged
# instruction (reflected as a privileged-operation exception), reads the TOD clock, and is interrupted
# by the CPU timer.  Results at 0x1000 (R12).  Used to compare bare and monitored runs.
        .include "privops.inc"
        .text
        .org 0
        .long 0x00000000, start          # IPL PSW: BC, supervisor, disabled
        .org 0x58
        .long 0x00000000, ext_handler    # external new PSW
        .long 0x00000000, svc_handler    # SVC new PSW
        .long 0x00000000, pgm_handler    # program new PSW
        .org 0x400
start:  la      12,0x800
        la      12,0x800(12)             # R12 = 0x1000: results
        lctl    0,0,cr0val               # CPU-timer subclass mask on
        spt     slice
        la      5,2                      # two passes
pass:   lpsw    taskpsw                  # into problem state, key 1, external enabled
back:   bct     5,pass
        stck    0x40(12)
        stpt    0x48(12)
        stctl   0,1,0x50(12)
        lpsw    done

task:   la      3,0
        la      4,200
loop:   ar      3,4
        svc     1
        bct     4,loop
        ssm     0x0ff                    # privileged: program check in problem state
        stck    0x20(12)                 # the virtual TOD
        svc     2                        # task ends
        .short 0

svc_handler:
        lh      7,0x22                   # interruption code from the BC old PSW (bytes 2-3)
        chi     7,2
        be      svc_exit
        l       6,0(12)
        la      6,1(6)
        st      6,0(12)
        lpsw    0x20
svc_exit:
        a       3,4(12)
        st      3,4(12)
        b       back

pgm_handler:
        lh      7,0x2a
        st      7,8(12)
        l       6,12(12)
        la      6,1(6)
        st      6,12(12)
        lpsw    0x28

ext_handler:
        l       6,16(12)
        la      6,1(6)
        st      6,16(12)
        lh      7,0x1a
        st      7,20(12)
        spt     slice
        lpsw    0x18

        .align 8
taskpsw: .long 0x01110000, task          # ext mask, key 1, problem state
done:   .long 0x00020000, 0x00000fff    # disabled wait
slice:  .quad 0x0000000000400000        # 1024 us of CPU timer
cr0val: .long 0x00000400                 # CPU-timer subclass mask (bit 21)
