# Extended hexadecimal floating point: AXR SXR MXR MXDR MXD LRDR LRER; the low-order
# characteristic, rounding to shorter formats, register-pair specification exceptions.
	.include "tests/hercules/progs/hx.inc"
	ld	0,x_a			# extended A in 0/2
	ld	2,x_a+8
	ld	4,x_b			# extended B in 4/6
	ld	6,x_b+8
	axr	0,4
	std	0,0(11)
	std	2,8(11)
	la	11,16(11)
	PUTCC
	ld	0,x_a
	ld	2,x_a+8
	sxr	0,4
	std	0,0(11)
	std	2,8(11)
	la	11,16(11)
	PUTCC
	ld	0,x_a
	ld	2,x_a+8
	mxr	0,4
	std	0,0(11)
	std	2,8(11)
	la	11,16(11)
	ld	4,d_pi
	mxd	4,d_third		# long x long -> extended in 4/6
	std	4,0(11)
	std	6,8(11)
	la	11,16(11)
	ld	2,d_pi
	mxdr	0,2			# register form: R2 is the long multiplier
	std	0,0(11)
	std	2,8(11)
	la	11,16(11)
	lrdr	2,4			# extended 4/6 rounded to long
	std	2,0(11)
	la	11,8(11)
	ld	4,d_pi
	lrer	6,4			# long rounded to short
	std	6,0(11)
	la	11,8(11)
	ld	0,x_neg
	ld	2,x_neg+8
	ld	4,x_neg
	ld	6,x_neg+8
	sxr	0,4			# x - x: true zero, cc 0
	PUTCC
	std	0,0(11)
	std	2,8(11)
	la	11,16(11)
	RESUME	1f
	.short	0x3602			# AXR 0,2: R2 must be 0 or 4
1:	RESUME	2f
	.short	0x2624			# MXR 2,4: R1 must be 0 or 4
2:	RESUME	3f
	.short	0x2562			# LRDR 6,2: R2 must be 0 or 4
3:	DONE
	.balign	8
x_a:	.long	0x41123456, 0x789ABCDE, 0x33F01234, 0x56789ABC
x_b:	.long	0x40800000, 0x00000001, 0x32800000, 0x00000000
x_neg:	.long	0xC2111111, 0x11111111, 0xB4111111, 0x11111111
d_pi:	.long	0x413243F6, 0xA8885A30
d_third:.long	0x40555555, 0x55555555
