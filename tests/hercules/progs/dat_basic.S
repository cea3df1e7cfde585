# Dynamic address translation, 4K pages and 64K segments: segment and page tables in real storage,
# DAT switched on by an EC PSW, loads and stores through the tables (checked afterwards with DAT
# off), LOAD REAL ADDRESS for valid addresses, PTLB after a table change, STOSM/STNSM of the DAT bit.
	.include "tests/hercules/progs/hx.inc"
	lctl	0,1,k_cr01		# CR0: 4K pages, 64K segments; CR1: table at 3000, 16 entries
	ptlb
	lpsw	p_dat			# EC mode, DAT on, continue at d1 (mapped 1:1)
d1:	l	2,k_v10000
	mvc	0(8,2),k_pat		# virtual 10000 -> real 5000
	l	3,k_v4000
	mvc	0x10(8,3),k_pat2	# virtual 4000 -> real 6000
	l	4,0(2)			# fetch back through DAT
	PUT	4
	lra	5,0x123(2)		# cc 0, real address 5123
	PUTCC
	PUT	5
	lra	6,0x7FF(3)
	PUTCC
	PUT	6
	la	7,0x456
	lra	7,0(7)			# identity page
	PUTCC
	PUT	7
	stnsm	w_sm,0xFB		# DAT off (bit 5) by STNSM
	l	8,k_r5000
	l	8,0(8)			# real 5000 now
	PUT	8
	stosm	w_sm2,0x04		# DAT on again
	l	9,0(2)			# virtual 10000 again
	PUT	9
	mvc	0(1,11),w_sm
	mvc	1(1,11),w_sm2
	la	11,4(11)
# Remap virtual 4000 to real 7000, purge the TLB, and look again.
	l	10,k_r3100
	mvc	8(2,10),k_pte7		# page 4 of segment 0
	ptlb
	l	10,0x10(3)		# real 7010: zeros
	PUT	10
	mvc	0x10(4,3),k_pat		# lands at real 7010
	lpsw	p_bc			# DAT off
bc1:	l	2,k_r5000
	mvc	0(8,11),0(2)
	l	2,k_r6000
	mvc	8(8,11),0x10(2)
	l	2,k_r7000
	mvc	16(8,11),0x10(2)
	la	11,24(11)
	DONE
	.balign	8
p_dat:	.long	0x04080000, d1
p_bc:	.long	0x00000000, bc1
k_cr01:	.long	0x00800000, 0x00003000
k_v10000:.long	0x10000
k_v4000:.long	0x4000
k_r5000:.long	0x5000
k_r3100:.long	0x3100
k_r6000:.long	0x6000
k_r7000:.long	0x7000
k_pat:	.long	0xDEADBEEF, 0x01234567
k_pat2:	.long	0xCAFEBABE, 0x89ABCDEF
k_pte7:	.short	0x0070
w_sm:	.byte	0
w_sm2:	.byte	0
# Segment table: segment 0 has a full page table, segment 1 a one-entry table, the rest invalid.
	.org	0x3000
	.long	0xF0003100		# PTL 15 (16 entries), page table at 3100
	.long	0x00003140		# PTL 0 (1 entry), page table at 3140
	.fill	14, 4, 0x00000001	# invalid
	.org	0x3100
	.short	0x0000, 0x0010, 0x0020, 0x0030	# pages 0-3: identity
	.short	0x0060			# page 4 -> 6000
	.short	0x0008			# page 5 invalid
	.short	0x0008, 0x0008, 0x0008, 0x0008, 0x0008, 0x0008, 0x0008, 0x0008, 0x0008, 0x0008
	.org	0x3140
	.short	0x0050			# virtual 10000 -> 5000
