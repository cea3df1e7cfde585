# Floating-point exceptions: exponent overflow (C), exponent underflow with the mask on (D) and off
# (true zero), significance with the mask on (E) and off, floating-point divide (F), and the
# specification exception for an odd register.  The old PSW shows ILC, cc and mask.
	.include "tests/hercules/progs/hx.inc"
	le	0,s_huge
	RESUME	1f
	me	0,s_huge		# overflow: result with the exponent wrapped, C
1:	ste	0,0(11)
	la	11,4(11)
	le	2,s_tiny
	me	2,s_tiny		# underflow, mask off: true zero, no interruption
	PUTCC
	ste	2,0(11)
	la	11,4(11)
	l	1,k_pm_eu
	spm	1			# exponent-underflow mask on
	le	2,s_tiny
	RESUME	2f
	me	2,s_tiny		# now D, exponent wrapped
2:	ste	2,0(11)
	la	11,4(11)
	le	4,s_one
	se	4,s_one			# significance mask off: true zero
	ste	4,0(11)
	la	11,4(11)
	l	1,k_pm_sig
	spm	1			# significance mask on
	le	4,s_one
	RESUME	3f
	se	4,s_one			# E: the zero fraction keeps its exponent
3:	ste	4,0(11)
	la	11,4(11)
	le	6,s_one
	RESUME	4f
	de	6,s_zero		# F: operands unchanged
4:	ste	6,0(11)
	la	11,4(11)
	ld	6,d_one
	RESUME	5f
	dd	6,d_zero		# F, long
5:	RESUME	6f
	.long	0x78100000 + s_one	# LE 1,s_one: not 0, 2, 4 or 6: specification
6:	RESUME	7f
	.short	0x2A03			# ADR 0,3
7:	ld	0,d_huge
	RESUME	8f
	adr	0,0			# overflow in add: C
8:	std	0,0(11)
	la	11,8(11)
	ld	2,d_tiny
	RESUME	9f
	hdr	2,2			# halving underflows with the mask on: D
9:	std	2,0(11)
	la	11,8(11)
	DONE
	.balign	8
s_huge:	.long	0x7F100000
s_tiny:	.long	0x01100000
s_one:	.long	0x41100000
s_zero:	.long	0x00000000
	.balign	8
d_one:	.long	0x41100000, 0
d_zero:	.long	0, 0
d_huge:	.long	0x7FF00000, 0
d_tiny:	.long	0x00100000, 0
k_pm_eu:.long	0x02000000
k_pm_sig:.long	0x03000000
