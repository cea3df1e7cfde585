# EDIT and EDIT AND MARK: digit selectors, significance starter, field separator, fill, message
# bytes, the sign of each field, condition codes, EDMK's R1.
	.include "tests/hercules/progs/hx.inc"
	mvc	w_1(13),p_amt		# pattern 40 20 20 6B 20 21 20 4B 20 20 40 C3 D9
	ed	w_1(13),d_pos		# +0012345C: credit sign suppressed
	PUTCC
	PUTM	w_1,16
	mvc	w_1(13),p_amt
	ed	w_1(13),d_neg		# -1234567D: CR stays
	PUTCC
	PUTM	w_1,16
	mvc	w_1(13),p_amt
	ed	w_1(13),d_zero		# zero: cc 0
	PUTCC
	PUTM	w_1,16
	mvc	w_1(13),p_amt
	l	1,k_ones
	la	1,0xAA			# R1 must be left alone when significance is forced
	edmk	w_1(13),d_zero
	PUT	1
	mvc	w_1(13),p_amt
	l	1,k_ones
	edmk	w_1(13),d_pos		# R1 = address of the first significant digit
	PUTCC
	PUT	1
	mvc	w_2(16),p_two		# two fields separated by X'22'
	ed	w_2(16),d_two
	PUTCC
	PUTM	w_2,16
	mvc	w_3(8),p_star		# asterisk fill
	ed	w_3(8),d_small
	PUTCC
	PUTM	w_3,8
	DONE
	.balign	4
k_ones:	.long	0xFFFFFFFF
d_pos:	.byte	0x00, 0x12, 0x34, 0x5C
d_neg:	.byte	0x12, 0x34, 0x56, 0x7D
d_zero:	.byte	0x00, 0x00, 0x00, 0x0C
d_two:	.byte	0x12, 0x3D, 0x00, 0x4C
d_small:.byte	0x00, 0x05, 0x0F
p_amt:	.byte	0x40, 0x20, 0x20, 0x6B, 0x20, 0x21, 0x20, 0x4B, 0x20, 0x20, 0x40, 0xC3, 0xD9
p_two:	.byte	0x40, 0x20, 0x20, 0x21, 0x20, 0x60, 0x22, 0x20, 0x20, 0x21, 0x20, 0x40, 0xC3, 0xD9, 0x40, 0x40
p_star:	.byte	0x5C, 0x20, 0x20, 0x20, 0x21, 0x20, 0x20, 0x40
	.balign	4
w_1:	.fill	16, 1, 0
w_2:	.fill	16, 1, 0
w_3:	.fill	8, 1, 0
