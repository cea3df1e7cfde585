# Storage keys: SSK, ISK in BC mode (5 bits) and EC mode (7 bits), the reference and change bits
# set by fetches and stores, RRB's condition codes, SSK/ISK specification checks, SPKA and IPK.
	.include "tests/hercules/progs/hx.inc"
	l	2,k_blk			# block at 2000
	la	1,0x30			# key 3, no fetch protection
	ssk	1,2			# R and C cleared
	sr	3,3
	isk	3,2			# BC mode: bits 0-4 of the key, bits 5-7 of the byte zero
	PUT	3
	rrb	0,2			# R=0 C=0: cc 0
	PUTCC
	l	4,0(2)			# fetch sets R
	rrb	0,2			# R=1 C=0: cc 2, R reset
	PUTCC
	rrb	0,2			# cc 0
	PUTCC
	st	4,4(2)			# store sets R and C
	rrb	0,2			# R=1 C=1: cc 3
	PUTCC
	rrb	0,2			# R=0 C=1: cc 1
	PUTCC
	lpsw	p_ec			# EC mode: ISK shows R and C too
ec1:	sr	3,3
	isk	3,2
	PUT	3
	la	1,0x3E			# SSK sets R and C as given (bit 7 ignored)
	l	5,k_blkodd		# any address in the block
	ssk	1,5
	sr	3,3
	isk	3,2
	PUT	3
	l	3,k_ones
	isk	3,2			# bits 0-23 unchanged
	PUT	3
	la	1,0x98			# key 9 with fetch protection
	ssk	1,2
	isk	3,2
	PUT	3
	lpsw	p_bc
bc1:	la	6,0x8(2)		# low 4 bits of R2 nonzero: specification
	RESUME	1f
	ssk	1,6
1:	RESUME	2f
	isk	3,6
2:	l	2,k_ones
	.long	0xB20B0000		# IPK: key 0 into bits 24-27 of R2, bits 28-31 zero
	PUT	2
	l	2,k_ones
	spka	0x50			# PSW key 5 (results are key 0: no stores now)
	.long	0xB20B0000		# IPK
	stnsm	w_sm,0xFF		# key 0 storage with PSW key 5 ... protected
	spka	0			# key 0 again
	PUT	2
	mvc	0(4,11),w_sm
	la	11,4(11)
	l	2,k_blk
	la	1,0
	ssk	1,2			# leave the block with key 0, R and C off
	DONE
	.balign	8
p_ec:	.long	0x00080000, ec1
p_bc:	.long	0x00000000, bc1
k_blk:	.long	0x2000
k_blkodd:.long	0x27F0
k_ones:	.long	0xFFFFFFFF
w_sm:	.long	0
