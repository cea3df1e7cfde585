# Fixed-point subtract: S SR SH SL SLR, condition codes and overflow with the mask off.
	.include "tests/hercules/progs/hx.inc"
	l	1,k_five
	s	1,k_seven		# -2: cc 1
	PUT	1
	PUTCC
	l	2,k_seven
	sr	2,2			# 0: cc 0
	PUT	2
	PUTCC
	l	3,k_min
	s	3,k_one			# overflow: cc 3
	PUT	3
	PUTCC
	l	4,k_max
	sh	4,h_m1			# 7FFFFFFF - (-1): overflow
	PUT	4
	PUTCC
	l	5,k_seven
	sh	5,h_m1			# 8: cc 2
	PUT	5
	PUTCC
	l	6,k_five
	sl	6,k_seven		# borrow: nonzero without carry, cc 1
	PUT	6
	PUTCC
	l	7,k_five
	slr	7,7			# zero with carry: cc 2
	PUT	7
	PUTCC
	l	8,k_seven
	sl	8,k_five		# nonzero with carry: cc 3
	PUT	8
	PUTCC
	sr	9,9
	sl	9,k_zero		# 0 - 0: carry, cc 2
	PUT	9
	PUTCC
	l	10,k_zero
	s	10,k_min		# 0 - min: overflow
	PUT	10
	PUTCC
	DONE
	.balign	4
k_max:	.long	0x7FFFFFFF
k_min:	.long	0x80000000
k_one:	.long	1
k_five:	.long	5
k_seven:.long	7
k_zero:	.long	0
h_m1:	.short	-1
