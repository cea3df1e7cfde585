# Hexadecimal floating-point edge cases: LRER and LRDR rounding with a carry into a new digit
# and into the characteristic (exponent overflow), products and sums of unnormalized operands,
# extended addition with different exponents, CER/CDR of unnormalized equal values, HER of the
# smallest normalized value (underflow to zero with the mask off), comparisons of -0 and +0.
	.include "tests/hercules/progs/hx.inc"
	ld	0,d_round		# 41FFFFFF 80000000: rounds up to 42100000
	lrer	2,0
	ste	2,0(11)
	la	11,4(11)
	ld	0,d_maxr		# 7FFFFFFF 80000000: rounding overflows, code C
	RESUME	1f
	lrer	2,0
1:	ste	2,0(11)
	la	11,4(11)
	ld	0,x_round		# extended 41FFFFFF FFFFFFFF | 33 80...: LRDR rounds up
	ld	2,x_round+8
	lrdr	4,0
	std	4,0(11)
	la	11,8(11)
	le	0,s_unn1		# unnormalized times unnormalized: ME normalizes
	me	0,s_unn2
	ste	0,0(11)
	la	11,4(11)
	ld	0,d_unn
	md	0,d_unn
	std	0,0(11)
	la	11,8(11)
	ld	0,x_a			# extended operands with exponents 8 apart
	ld	2,x_a+8
	ld	4,x_b
	ld	6,x_b+8
	axr	0,4
	std	0,0(11)
	std	2,8(11)
	la	11,16(11)
	le	0,s_unn1
	cer	0,0
	PUTCC
	le	2,s_one
	ce	2,s_unn1		# 1.0 vs unnormalized 1/16: high
	PUTCC
	le	4,s_min
	her	6,4			# halving the smallest number: underflow, mask off: +0
	ste	6,0(11)
	la	11,4(11)
	le	0,s_mzero
	ce	0,s_zero		# -0 = +0
	PUTCC
	ld	0,d_mzero
	ltdr	0,0			# -0: cc 0
	PUTCC
	std	0,0(11)
	la	11,8(11)
	le	0,s_one
	ae	0,s_mone		# +1 + -1: true zero, positive
	ste	0,0(11)
	la	11,4(11)
	DONE
	.balign	8
d_round:.long	0x41FFFFFF, 0x80000000
d_maxr:	.long	0x7FFFFFFF, 0x80000000
x_round:.long	0x41FFFFFF, 0xFFFFFFFF, 0x33800000, 0x00000000
d_unn:	.long	0x43000123, 0x456789AB
x_a:	.long	0x4A123456, 0x789ABCDE, 0x3CF01234, 0x56789ABC
x_b:	.long	0x42876543, 0x210FEDCB, 0x34A98765, 0x43210FED
d_mzero:.long	0x80000000, 0x00000000
s_unn1:	.long	0x41010000
s_unn2:	.long	0x42001000
s_one:	.long	0x41100000
s_mone:	.long	0xC1100000
s_min:	.long	0x00100000
s_mzero:.long	0x80000000
s_zero:	.long	0x00000000
