# Loads, stores and compares: L LR LH LA LM STM STH LTR LCR LNR LPR C CR CH.
	.include "tests/hercules/progs/hx.inc"
	l	1,k_neg
	ltr	2,1			# cc 1
	PUTCC
	lcr	3,1			# positive: cc 2
	PUT	3
	PUTCC
	lnr	4,3			# cc 1
	PUT	4
	PUTCC
	lpr	5,1			# cc 2
	PUT	5
	PUTCC
	sr	6,6
	lcr	6,6			# cc 0
	lnr	7,6			# cc 0
	lpr	8,6
	PUTCC
	ltr	6,6
	PUTCC
	lh	9,h_neg			# sign extension
	PUT	9
	l	10,k_hi
	la	10,0x123(10)		# 24-bit address arithmetic: high byte cleared
	PUT	10
	la	1,4095(10,10)		# index and base, wrapping at 16M
	PUT	1
	lm	14,2,k_four		# wraps from 15 to 0
	stm	14,2,0(11)
	la	11,20(11)
	l	3,k_neg
	sth	3,0(11)			# low halfword only
	la	11,4(11)
	c	3,k_neg			# equal
	PUTCC
	cr	3,1			# equal: cc 0
	c	3,k_four		# low: cc 1
	PUTCC
	ch	3,h_neg			# -2 > -32767: cc 2
	PUTCC
	ch	3,h_m2			# equal
	PUTCC
	l	4,k_four
	cr	4,3			# high: cc 2
	PUTCC
	l	5,k_min
	lnr	5,5			# maximum negative stays: cc 1
	PUT	5
	PUTCC
	l	6,k_odd+1		# unaligned load
	PUT	6
	st	6,k_out+1		# unaligned store
	PUTM	k_out,8
	DONE
	.balign	4
k_neg:	.long	-2
k_hi:	.long	0xAB000100
k_four:	.long	0x11111111, 0x22222222, 0x33333333, 0x44444444, 0x55555555
k_min:	.long	0x80000000
k_odd:	.byte	0, 0xDE, 0xAD, 0xBE, 0xEF
	.balign	4
k_out:	.long	0, 0
h_neg:	.short	0x8001
h_m2:	.short	-2
