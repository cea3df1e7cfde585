# Decimal add, subtract, zero-and-add, compare: AP SP ZAP CP with mixed lengths, signs (A-F
# accepted, C/D generated), overflow with the mask off (cc 3), negative zero.
	.include "tests/hercules/progs/hx.inc"
	mvc	w_1(4),p_1
	ap	w_1(4),p_2(3)		# 0012345C + 98765C = 0111110C
	PUTCC
	PUTM	w_1,4
	mvc	w_1(4),p_1
	sp	w_1(4),p_2(3)		# 12345 - 98765 = -86420
	PUTCC
	PUTM	w_1,4
	mvc	w_1(4),p_1
	ap	w_1(4),p_m(3)		# + (-12345) = 0: positive zero, cc 0
	PUTCC
	PUTM	w_1,4
	mvc	w_2(2),p_big
	ap	w_2(2),p_big(2)		# 999 + 999 overflows 3 digits: cc 3
	PUTCC
	PUTM	w_2,4
	zap	w_3(5),p_fsign(3)	# sign F becomes C
	PUTCC
	PUTM	w_3,8
	zap	w_3(5),p_bsign(2)	# sign B becomes D
	PUTCC
	PUTM	w_3,8
	zap	w_3(2),p_1(4)		# too many significant digits: overflow, cc 3
	PUTCC
	PUTM	w_3,4
	zap	w_3(3),p_mzero(2)	# negative zero: the result is +0, cc 0
	PUTCC
	PUTM	w_3,4
	cp	p_1(4),p_2(3)		# low
	PUTCC
	cp	p_2(3),p_m(3)		# high
	PUTCC
	cp	p_zero(1),p_mzero(2)	# +0 = -0
	PUTCC
	cp	p_fsign(3),p_2(3)	# F and C signs compare as plus
	PUTCC
	mvc	w_4(3),p_2
	ap	w_4(3),w_4(3)		# same field twice: 197530 overflows: cc 3
	PUTCC
	PUTM	w_4,4
	mvc	w_4(3),p_2
	sp	w_4(3),w_4(3)		# x - x = +0
	PUTCC
	PUTM	w_4,4
	mvc	w_4(3),p_m
	sp	w_4(3),p_m(3)		# -12345 - -12345 = +0
	PUTCC
	PUTM	w_4,4
	DONE
	.balign	4
p_1:	.byte	0x00, 0x12, 0x34, 0x5C
p_2:	.byte	0x98, 0x76, 0x5C
p_m:	.byte	0x12, 0x34, 0x5D
p_big:	.byte	0x99, 0x9C
p_fsign:.byte	0x00, 0x42, 0x1F
p_bsign:.byte	0x07, 0x7B
p_mzero:.byte	0x00, 0x0D
p_zero:	.byte	0x0C
	.balign	4
w_1:	.long	0
w_2:	.long	0
w_3:	.long	0, 0
w_4:	.long	0
