# Branching: BC and BCR with every mask against every condition code, BAL/BALR linkage (ILC, cc,
# program mask), BCT BCTR, BXH BXLE (odd and even R3, R1 = R3), BCR with R2 = 0.
	.include "tests/hercules/progs/hx.inc"
# For each cc 0..3 (set with SPM), record which of the 16 masks branch: one bit per mask.
	sr	3,3			# cc value << 28 for SPM
	la	5,4			# four condition codes
1:	spm	3
	sr	4,4
	.irp	m,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
	spm	3
	la	6,2f
	bc	\m,0(6)
	b	3f
2:	o	4,k_bit+4*\m
3:	nopr	0
	.endr
	PUT	4
	a	3,k_cc1
	bct	5,1b
# BCR with register 0 never branches; BCR 15,R branches.
	la	6,4f
	bcr	15,0
	PUTCC
	bcr	15,6
	PUTCC				# skipped
4:	l	1,k_pm
	spm	1			# cc 2, mask 5
	bal	7,5f
5:	PUT	7			# BAL: ILC 2, cc 2, mask 5, address
	balr	8,0
	PUT	8
	la	9,6f
	balr	9,9			# branch to the address in R9 before it is replaced
6:	PUT	9
# BCT / BCTR loops.
	la	1,5
	sr	2,2
7:	la	2,1(2)
	bct	1,7b
	PUT	1
	PUT	2
	la	1,3
	la	6,8f
	sr	2,2
8:	la	2,3(2)
	bctr	1,6
	PUT	2
	sr	3,3
	bctr	3,0			# decrements without branching
	PUT	3
# BXLE: index 0 by 4 up to 12 (R3 even: increment R4, compare R5).
	sr	2,2
	la	4,4
	la	5,12
	sr	6,6
9:	la	6,1(6)
	bxle	2,4,9b
	PUT	2
	PUT	6
# BXH: count down with a negative increment, R3 odd (compare value is the increment itself).
	la	2,20
	l	3,k_m5
	sr	6,6
10:	la	6,1(6)
	bxh	2,3,10b
	PUT	2
	PUT	6
# R1 = R3: the compare uses the incremented value.
	la	2,1
	sr	6,6
11:	la	6,1(6)
	c	6,k_10
	bnl	12f
	bxle	2,2,11b
12:	PUT	2
	PUT	6
	DONE
	.balign	4
k_bit:	.long	0x8000, 0x4000, 0x2000, 0x1000, 0x800, 0x400, 0x200, 0x100
	.long	0x80, 0x40, 0x20, 0x10, 0x8, 0x4, 0x2, 0x1
k_cc1:	.long	0x10000000
k_pm:	.long	0x25000000
k_m5:	.long	-5
k_10:	.long	10
