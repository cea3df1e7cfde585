# Fixed-point add: A AR AH AL ALR, every condition code, overflow with the mask off.
	.include "tests/hercules/progs/hx.inc"
	l	1,k_max
	a	1,k_one			# 7FFFFFFF+1: overflow, cc 3
	PUT	1
	PUTCC
	l	2,k_m5
	ar	2,2			# -10: cc 1
	PUT	2
	PUTCC
	l	3,k_m5
	ah	3,h_five		# 0: cc 0
	PUT	3
	PUTCC
	lh	4,h_neg			# X'8001' sign-extended
	ah	4,h_neg
	PUT	4
	PUTCC
	l	5,k_max
	ah	5,h_five		# overflow through AH: cc 3
	PUT	5
	PUTCC
	l	6,k_min
	a	6,k_m5			# negative overflow: cc 3
	PUT	6
	PUTCC
	l	7,k_five
	a	7,k_five		# 10: cc 2
	PUT	7
	PUTCC
	l	8,k_ones
	al	8,k_one			# 0 with carry: cc 2
	PUT	8
	PUTCC
	l	9,k_one
	alr	9,9			# 2, no carry: cc 1
	PUT	9
	PUTCC
	sr	10,10
	alr	10,10			# 0, no carry: cc 0
	PUT	10
	PUTCC
	l	1,k_ones
	al	1,k_ones		# nonzero with carry: cc 3
	PUT	1
	PUTCC
	l	2,k_min
	alr	2,2			# 0 with carry: cc 2
	PUT	2
	PUTCC
	l	3,k_odd
	a	3,k_odd+1		# unaligned operand: S/370 has no alignment rule here
	PUT	3
	PUTCC
	DONE
	.balign	4
k_max:	.long	0x7FFFFFFF
k_min:	.long	0x80000000
k_one:	.long	1
k_five:	.long	5
k_m5:	.long	-5
k_ones:	.long	0xFFFFFFFF
k_odd:	.byte	0x00,0x12,0x34,0x56,0x78
h_five:	.short	5
h_neg:	.short	0x8001
