# PACK, UNPACK and MOVE WITH OFFSET: lengths, truncation and padding with zeros, signs left
# alone, in-place (overlapping) PACK, MVO shifting by a half byte.
	.include "tests/hercules/progs/hx.inc"
	pack	w_1(4),z_num(5)		# F1F2F3F4C5 -> 0012345C
	PUTM	w_1,4
	pack	w_1(2),z_num(5)		# truncated on the left: 345C
	PUTM	w_1,4
	pack	w_1(8),z_num(3)		# padded with zeros
	PUTM	w_1,8
	mvc	w_2(8),z_num
	pack	w_2(8),w_2(5)		# in place
	PUTM	w_2,8
	unpk	w_3(8),p_num(3)		# 12345C -> F0F0F0F1F2F3F4C5
	PUTM	w_3,8
	unpk	w_3(3),p_num(3)		# truncated: only the rightmost digits, F3F4C5
	PUTM	w_3,4
	unpk	w_3(8),p_neg(2)		# sign D kept in the zone of the last byte
	PUTM	w_3,8
	mvc	w_4(4),k_dest
	mvo	w_4(4),p_num(3)		# 12345 shifted left a half byte, sign of w_4 kept
	PUTM	w_4,4
	mvc	w_4(4),k_dest
	mvo	w_4(2),p_num(3)		# truncated
	PUTM	w_4,4
	mvc	w_4(4),k_dest
	mvo	w_4(4),p_neg(1)
	PUTM	w_4,4
	pack	w_1(1),z_num+4(1)	# one byte: swaps the halves
	PUTM	w_1,4
	DONE
	.balign	4
k_dest:	.long	0x7777777F
z_num:	.byte	0xF1, 0xF2, 0xF3, 0xF4, 0xC5
p_num:	.byte	0x12, 0x34, 0x5C
p_neg:	.byte	0x98, 0x7D
	.balign	4
w_1:	.fill	8, 1, 0xEE
w_2:	.fill	8, 1, 0xEE
w_3:	.fill	8, 1, 0xEE
w_4:	.fill	4, 1, 0xEE
