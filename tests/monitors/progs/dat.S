# The guest's own DAT: 4K pages, 64K segments.  It maps virtual 0-64K identically, 0x100000 to real
# 0x3000; touches an invalid segment (the handler validates it and retries: invalid -> valid without
# PTLB); remaps a valid page and purges with PTLB; uses LRA; then switches to 2K pages and 1M
# segments with LCTL.  Results at real 0x1000 (R12), logged translation exceptions at 0x1100 (R11).
        .include "privops.inc"
        .text
        .org 0
        .long 0x00000000, start
        .org 0x68
        .long 0x00080000, pgm_handler   # EC mode, DAT off, disabled
        .org 0x400
start:  la      12,0x800
        la      12,0x800(12)            # R12 = 0x1000
        la      11,0x100(12)            # R11 = 0x1100
        la      10,0x600
        sll     10,4                    # R10 = 0x6000: the translation tables
        lctl    0,1,crs                 # CR0: 4K/64K, CR1: table at 0x6000, 32 entries
        lra     1,0x400                 # virtual 0x400 -> real 0x400
        savecc  0x40
        st      1,0x44(12)
        l       2,v100000
        lra     1,0(2)
        savecc  0x48
        st      1,0x4c(12)
        l       2,v110000
        lra     1,0(2)                  # invalid segment: CC 1, R1 = entry address
        savecc  0x50
        st      1,0x54(12)
        lpsw    datpsw                  # EC mode, DAT on, continue at dat_on
dat_on: l       2,v100000
        mvc     0(8,2),pattern          # -> real 0x3000
        l       2,v110000
        mvc     0(8,2),pattern2         # segment fault, handler maps it to real 0x4000, retried
        # remap virtual 0x100000 to real 0x5000 and purge
        la      3,0x50                  # PTE for real 0x5000 (frame address bits 8-19)
        sth     3,0x200(10)             # change the valid entry (pt1)...
        ptlb                            # ...and purge, as the PoO requires
        l       2,v100000
        mvc     0(8,2),pattern3         # -> real 0x5000
        # 2K pages, 1M segments: new tables, loaded with LCTL
        lctl    0,1,crs2
        l       2,v100000
        mvc     0(8,2),pattern4         # segment 1 page 0 -> real 0x7000
        lctl    0,1,crs
        stnsm   0x60(12),0xfb           # DAT off again
        lpsw    done

pgm_handler:
        mvc     0(2,11),0x8e            # code
        mvc     4(4,11),0x90            # translation-exception address
        la      11,8(11)
        l       3,ste11ok
        st      3,0x44(10)              # validate segment 0x11 -> page table 0x6300
        lpsw    0x28                    # nullified: the instruction runs again


        .align 8
datpsw: .long 0x04080000, dat_on        # DAT, EC, supervisor, disabled
done:   .long 0x00020000, 0x00000fff
crs:    .long 0x00800000, 0x01006000    # CR0 4K pages 64K segs; CR1 STL 1 (32 entries), STO 0x6000
crs2:   .long 0x00500000, 0x00006800    # CR0 2K pages 1M segs;  CR1 STL 0, STO 0x6800
v100000: .long 0x100000
v110000: .long 0x110000
ste11ok: .long 0xf0006300
pattern: .ascii "PAGE3000"
pattern2: .ascii "PAGE4000"
pattern3: .ascii "PAGE5000"
pattern4: .ascii "PAGE7000"

        .org 0x6000
st:     .long 0xf0006100                # segment 0: full page table at 0x6100
        .fill 15,4,1                    # 1-15 invalid
        .long 0xf0006200                # segment 0x10
        .long 0x00000001                # segment 0x11 invalid at first
        .fill 14,4,1
        .org 0x6100
        .short 0x0000,0x0010,0x0020,0x0030,0x0040,0x0050,0x0060,0x0070
        .short 0x0080,0x0090,0x00a0,0x00b0,0x00c0,0x00d0,0x00e0,0x00f0
        .org 0x6200
pt1:    .short 0x0030                   # page 0 -> 0x3000
        .fill 15,2,0x0008
        .org 0x6300
        .short 0x0040                   # page 0 -> 0x4000
        .fill 15,2,0x0008
        # 2K/1M tables: segment 0 identity for the first 64K (32 pages), segment 1 page 0 -> 0x7000
        .org 0x6800
        .long 0x10006900                # segment 0: PTL 1 = 2/16 of 512 entries = 64 pages
        .long 0x00006a00                # segment 1
        .fill 14,4,1
        .org 0x6900
        .irp p,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
        .short (\p*0x800)>>8
        .endr
        .fill 32,2,0x0004
        .org 0x6a00
        .short 0x0070                   # 0x100000 -> 0x7000
        .fill 31,2,0x0004
        .org 0x7000
        .fill 8,1,0
