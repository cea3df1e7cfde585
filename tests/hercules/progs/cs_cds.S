# COMPARE AND SWAP and COMPARE DOUBLE AND SWAP: equal (stored, cc 0), unequal (loaded, cc 1),
# alignment and odd-register specification exceptions; TEST AND SET.
	.include "tests/hercules/progs/hx.inc"
	l	1,k_old
	l	2,k_new
	cs	1,2,w_1			# equal: w_1 = new
	PUTCC
	PUT	1
	PUTM	w_1,4
	l	1,k_old
	cs	1,2,w_1			# unequal: R1 = w_1
	PUTCC
	PUT	1
	lm	2,3,k_d_old
	lm	4,5,k_d_new
	cds	2,4,w_d
	PUTCC
	PUTM	w_d,8
	lm	2,3,k_d_old
	cds	2,4,w_d			# unequal: 2,3 loaded
	PUTCC
	PUT	2
	PUT	3
	RESUME	1f
	cs	1,2,w_1+2		# not on a word boundary: specification
1:	RESUME	2f
	cds	2,4,w_d+4		# not on a doubleword boundary
2:	RESUME	3f
	.long	0xBB340000 + w_d	# CDS 3,4: odd R1
3:	RESUME	4f
	.long	0xBB230000 + w_d	# CDS 2,3: odd R3
4:	ts	w_ts			# leftmost bit 0: cc 0, byte set to ones
	PUTCC
	ts	w_ts			# now cc 1
	PUTCC
	ts	w_ts+1			# leftmost bit of X'7F' is 0: cc 0
	PUTCC
	PUTM	w_ts,4
	DONE
	.balign	8
w_d:	.long	0x11111111, 0x22222222
k_d_old:.long	0x11111111, 0x22222222
k_d_new:.long	0x33333333, 0x44444444
w_1:	.long	0xCAFEF00D
k_old:	.long	0xCAFEF00D
k_new:	.long	0x0BADBEEF
w_ts:	.byte	0x00, 0x7F, 0x00, 0x00
