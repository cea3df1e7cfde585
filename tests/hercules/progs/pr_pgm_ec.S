# Program interruptions in EC mode: ILC and code at 8C-8F, the EC old PSW (cc and mask, no code),
# an invalid EC PSW loaded by LPSW (early specification exception, ILC 0, the invalid PSW as old
# PSW), and MONITOR CALL (code 40, class at 94, code at 9C) with and without its CR8 mask bit.
	.include "tests/hercules/progs/hx.inc"
	lpsw	p_ec
ec1:	RESUME	1f
	.short	0x0000			# operation, ILC 1
1:	RESUME	2f
	.short	0xFF00, 0, 0		# operation, ILC 3
2:	l	1,k_pm
	spm	1			# cc 3, mask F
	RESUME	3f
	.long	0x5C300000 + k_pm	# M 3: specification, ILC 2
3:	la	3,5
	RESUME	4f
	.short	0x0833			# SSK 3,3 (R2 bits 28-31 nonzero): specification
4:	sr	1,1
	spm	1
	mc	0x12,5			# class 5 masked off in CR8: nothing
	lctl	8,8,k_cr8		# classes 5 and 15 on
	RESUME	5f
	mc	0x345(1),5		# monitor event: code 40, class 5, code = address 345
5:	mvc	0(2,11),0x94		# monitor class number
	mvc	4(4,11),0x9C		# monitor code
	la	11,8(11)
	la	1,0x100
	RESUME	6f
	mc	0xF0(1),15
6:	mvc	0(2,11),0x94
	mvc	4(4,11),0x9C
	la	11,8(11)
	RESUME	7f
	mc	0,16			# class above 15: specification
# (No MONITOR CALL in BC mode: Hercules 3.13 does not store the class and code at 94/9C there,
# although the PoO says the format is the same in both modes.)
7:	lpsw	p_bc
bc1:
# An invalid EC PSW: the early exception comes after it is loaded, with ILC 0.
	mvc	0x68(8),p_pgmback
	lpsw	p_bad
pgmback:
	mvc	0x68(8),p_pgmstd
	mvc	0(8,11),0x28		# the invalid PSW as old PSW
	mvc	8(4,11),0x8C		# ILC 0, code 6
	la	11,12(11)
	DONE
	.balign	8
p_ec:	.long	0x00080000, ec1
p_bc:	.long	0x00000000, bc1
p_bad:	.long	0x00080001, 0x00000500	# EC with bit 31 set: invalid
p_pgmback:.long	0x00000000, pgmback
p_pgmstd:.long	0x00000000, hx_pgm
k_pm:	.long	0x3F000000
k_cr8:	.long	0x00000401		# bit 16+n masks class n
