# Boolean operations: N NR NI NC O OR OI OC X XR XI XC, condition codes, XC swap and clear.
	.include "tests/hercules/progs/hx.inc"
	l	1,k_a
	n	1,k_b
	PUT	1
	PUTCC
	l	2,k_a
	nr	2,2
	PUTCC
	l	3,k_a
	n	3,k_c			# zero: cc 0
	PUT	3
	PUTCC
	l	4,k_a
	o	4,k_b
	PUT	4
	PUTCC
	sr	5,5
	or	5,5
	PUTCC
	l	6,k_a
	x	6,k_a			# zero
	PUTCC
	l	7,k_a
	xr	7,1
	PUT	7
	PUTCC
	mvc	w_1(8),k_a
	ni	w_1,0xF0
	PUTCC
	ni	w_1+1,0x00		# zero: cc 0
	PUTCC
	oi	w_1+2,0x81
	PUTCC
	xi	w_1+3,0xFF
	PUTCC
	PUTM	w_1,8
	nc	w_1(8),k_b
	PUTCC
	oc	w_1+1(3),k_c
	PUTCC
	xc	w_1+4(4),k_a+4
	PUTCC
	PUTM	w_1,8
	mvc	w_2(4),k_a		# swap w_2 and w_3 with three XCs
	mvc	w_3(4),k_b
	xc	w_2(4),w_3
	xc	w_3(4),w_2
	xc	w_2(4),w_3
	PUTM	w_2,8
	xc	w_4(16),w_4		# the clearing idiom
	PUTCC
	PUTM	w_4,16
	mvc	w_4(16),k_a
	xc	w_4+1(15),w_4		# overlapping by one: byte by byte left to right
	PUTM	w_4,16
	nc	w_4(3),w_4+1		# overlapping NC
	oc	w_4+8(4),w_4+7
	PUTM	w_4,16
	DONE
	.balign	4
k_a:	.long	0xF0F0A5C3, 0x12345678, 0x9ABCDEF0, 0x0F1E2D3C
k_b:	.long	0x3C3C3C3C, 0x0000FFFF
k_c:	.long	0x0F0F0000, 0x00000000
w_1:	.long	0, 0
w_2:	.long	0
w_3:	.long	0
w_4:	.long	0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF
