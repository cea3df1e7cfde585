# minios -- a miniature S/370 operating system: a supervisor and two problem-state tasks.
#
#   storage  0000-0FFF  supervisor (key 0): low storage, handlers, task control blocks
#            1000-17FF  task A, storage key 2        1800-1FFF  task B, storage key 3
#
# The supervisor runs in BC mode, key 0, disabled.  Each task runs in problem state under its own
# key (it can store only into its own 2K block), enabled for external interruptions.  The
# interval timer at location 80 is re-armed with a time slice at every task switch; its
# interruption preempts the running task (round robin).  System calls:
#   SVC 1  write a line to the console 009: R1 = address, R0 = length (1-126); the channel
#          program runs with the task's key in the CAW, so a task can only print what it may fetch
#   SVC 2  yield the rest of the time slice
#   SVC 3  exit
# A program check in a task ends that task (with a message).  When both tasks have ended the
# supervisor prints a last line and stops in a disabled wait (vmwb exit "halt").  Console I/O is
# synchronous: the supervisor starts the write and waits, enabled for channel 0 only, for the
# device-end interruption.  Everything is deterministic: same output, same final state, each run.
        .include "macros.inc"
        .text

        .equ    TCB_PSW, 0              # task control block: saved PSW,
        .equ    TCB_REGS, 8             #   saved general registers 0-15,
        .equ    TCB_STATE, 72           #   0 = ready, 1 = ended
        .equ    TCB_SIZE, 80

# ---------------------------------------------------------------- low storage (PSA)
        .org    0x00
        PSW     0x00000000, start       # IPL PSW: supervisor, disabled, key 0
        .org    0x58
        PSW     0x00000000, extint      # external new PSW
        PSW     0x00000000, svcint      # SVC new PSW
        PSW     0x00000000, pgmint      # program new PSW
        PSW     0x00020000, 0x000DEAD   # machine-check new PSW: stop
        PSW     0x00000000, ioint       # I/O new PSW

# ---------------------------------------------------------------- supervisor
        .org    0x100
start:  l       2,taskaddr              # storage keys of the task blocks
        la      3,0x20
        SSK     3,2                     # 1000-17FF: key 2
        l       2,taskaddr+4
        la      3,0x30
        SSK     3,2                     # 1800-1FFF: key 3
        la      1,banner
        la      0,bannerend-banner
        sr      6,6                     # channel key 0 for the supervisor's own lines
        bal     14,putline
        la      3,tcba
        st      3,cur
        mvc     0x50(4,0),slice         # arm the interval timer
        b       dispatch

# External interruption (the interval timer): preempt the running task.
extint: stm     0,15,save
        l       2,cur
        mvc     TCB_PSW(8,2),0x18       # external old PSW
        mvc     TCB_REGS(64,2),save
        b       switch

# SVC interruption: the code is in the BC old PSW, bits 16-31.
svcint: stm     0,15,save
        l       2,cur
        mvc     TCB_PSW(8,2),0x20       # SVC old PSW: resumes after the SVC
        mvc     TCB_REGS(64,2),save
        lh      3,0x22
        la      4,1
        cr      3,4
        be      svcwrite
        la      4,2
        cr      3,4
        be      switch                  # yield
        mvi     TCB_STATE(2),1          # SVC 3 (and anything else): the task ends
        b       switch

svcwrite:
        ltr     0,0                     # length 1..126, else nothing is written
        bnp     dispatch
        la      4,126
        cr      0,4
        bh      dispatch
        ic      6,TCB_PSW+1(2)          # the task's key (PSW bits 8-11) for the CAW
        la      4,0xF0
        nr      6,4
        bal     14,putline
        b       dispatch

# Program interruption: in a task, end it; in the supervisor, stop.
pgmint: tm      0x29,0x01               # program old PSW: problem state?
        bz      pgmstop
        stm     0,15,save
        l       2,cur
        mvi     TCB_STATE(2),1
        la      1,pgmmsg
        la      0,pgmmsgend-pgmmsg
        sr      6,6
        bal     14,putline
        b       switch
pgmstop:
        lpsw    stoppgm

# Choose the next task: the other one if it is ready, else the current one if it is ready,
# else everything has ended.  A task switch re-arms the interval timer.
switch: l       2,cur
        la      3,tcba
        cr      2,3
        bne     sw1
        la      3,tcbb
sw1:    cli     TCB_STATE(3),0
        be      sw2
        lr      3,2
        cli     TCB_STATE(3),0
        bne     alldone
sw2:    st      3,cur
        mvc     0x50(4,0),slice
# Resume the current task: its registers, then its PSW.
dispatch:
        l       2,cur
        mvc     dpsw(8),TCB_PSW(2)
        mvc     save(64),TCB_REGS(2)
        lm      0,15,save
        lpsw    dpsw

alldone:
        la      1,endmsg
        la      0,endmsgend-endmsg
        sr      6,6
        bal     14,putline
        lpsw    stop

# putline: write R0 bytes at R1 to the console with a carrier return, channel key in R6
# (bits 24-27), and wait for device end.  Uses R5; returns through R14.
putline:
        st      1,ccw                   # data address (bits 8-31)
        mvi     ccw,0x09                # write, automatic carrier return
        mvi     ccw+4,0x20              # SLI
        mvi     ccw+5,0
        sth     0,ccw+6                 # count
        la      5,ccw
        st      5,0x48                  # CAW: CCW address,
        stc     6,0x48                  #   key
        SIO     0x009
        bc      7,iofail
iowait: lpsw    waitio
ioint:  clc     0x3A(2,0),devcon        # I/O old PSW interruption code: the console?
        bne     iowait
        tm      0x44,0x04               # CSW unit status: device end?
        bz      iowait
        br      14
iofail: lpsw    stopio

# ---------------------------------------------------------------- supervisor data
        .align  8
dpsw:   .long   0, 0                    # PSW being dispatched
waitio: PSW     0x80020000, 0           # wait, enabled for channel 0 only
stop:   PSW     0x00020000, 0           # the end: disabled wait
stoppgm: PSW    0x00020000, 0x000BAD    # program check in the supervisor
stopio: PSW     0x00020000, 0x000F00    # START I/O refused
ccw:    .long   0, 0
save:   .space  64
cur:    .long   0                       # address of the current task's TCB
slice:  .long   0x00000100              # interval timer: one unit in bit 23 (1-2 ticks)
taskaddr: .long taska, taskb
devcon: .short  0x009

        .align  8
tcba:   PSW     0x01210000, taska       # ext mask, key 2, problem state
        .space  64
        .byte   0
        .align  8
tcbb:   PSW     0x01310000, taskb       # ext mask, key 3, problem state
        .space  64
        .byte   0
        .align  8

banner: EBCS    MINIOS SUPERVISOR WITH TWO TASKS
bannerend:
endmsg: EBCS    MINIOS ALL TASKS ENDED
endmsgend:
pgmmsg: EBCS    MINIOS PROGRAM CHECK IN A TASK
pgmmsgend:

# ---------------------------------------------------------------- task A (key 2)
# Four numbered lines, a long computation between them: the timer preempts it.
        .org    0x1000
taska:  basr    12,0
ta0:    la      5,1
ta1:    la      3,0xF0(5)               # EBCDIC digit of the line number
        stc     3,tadig-ta0(12)
        la      1,tamsg-ta0(12)
        la      0,tamsgend-tamsg
        svc     1
        l       4,taspin-ta0(12)
ta2:    bct     4,ta2-ta0(12)
        la      5,1(5)
        la      3,4
        cr      5,3
        bnh     ta1-ta0(12)
        svc     3
taspin: .long   9000
tamsg:  EBCS    TASK A 0
tamsgend:
        .equ    tadig, tamsgend-1

# ---------------------------------------------------------------- task B (key 3)
# Three numbered lines, a shorter computation, and a yield after each line.
        .org    0x1800
taskb:  basr    12,0
tb0:    la      5,1
tb1:    la      3,0xF0(5)
        stc     3,tbdig-tb0(12)
        la      1,tbmsg-tb0(12)
        la      0,tbmsgend-tbmsg
        svc     1
        l       4,tbspin-tb0(12)
tb2:    bct     4,tb2-tb0(12)
        svc     2
        la      5,1(5)
        la      3,3
        cr      5,3
        bnh     tb1-tb0(12)
        svc     3
tbspin: .long   2000
tbmsg:  EBCS    TASK B 0
tbmsgend:
        .equ    tbdig, tbmsgend-1
        .org    0x2000
