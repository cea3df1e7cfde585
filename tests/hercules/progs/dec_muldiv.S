# Decimal multiply and divide: MP DP results and signs; specification (L2 > 8 or L2 >= L1),
# data exception (too few leading zeros in MP's first operand), decimal divide (quotient too
# large, divisor zero).
	.include "tests/hercules/progs/hx.inc"
	mvc	w_1(6),p_mc
	mp	w_1(6),p_b(2)		# 00000012345C * 999D = -12332655 (0012332655D)
	PUTM	w_1,8
	mvc	w_1(8),p_dvd
	dp	w_1(8),p_dvs(3)		# 123456789C / 12345C: quotient 10000, remainder 6789
	PUTM	w_1,8
	mvc	w_1(8),p_dvd
	dp	w_1(8),p_neg(2)		# divisor -7: quotient negative, remainder positive
	PUTM	w_1,8
	mvc	w_1(6),p_mc
	RESUME	1f
	mp	w_1(6),p_long(9)	# L2 = 9 > 8: specification
1:	RESUME	2f
	mp	w_1(3),p_mc+3(3)	# L2 >= L1: specification
2:	mvc	w_1(4),p_full
	RESUME	3f
	mp	w_1(4),p_b(2)		# first operand lacks L2 leading zero bytes: data exception
3:	mvc	w_1(8),p_dvd
	RESUME	4f
	dp	w_1(8),p_zero(2)	# divide by zero: decimal divide (B)
4:	PUTM	w_1,8
	mvc	w_1(4),p_full
	RESUME	5f
	dp	w_1(4),p_one(1)		# quotient too large
5:	PUTM	w_1,4
	mvc	w_1(4),p_neg4
	dp	w_1(4),p_neg(2)		# -1234 / -7: quotient +176, remainder -2
	PUTM	w_1,4
	DONE
	.balign	4
p_mc:	.byte	0x00, 0x00, 0x00, 0x12, 0x34, 0x5C
	.balign	4
p_b:	.byte	0x99, 0x9D
p_dvd:	.byte	0x00, 0x00, 0x00, 0x12, 0x34, 0x56, 0x78, 0x9C
	.balign	4
p_dvs:	.byte	0x12, 0x34, 0x5C
p_neg:	.byte	0x00, 0x7D
p_long:	.byte	0, 0, 0, 0, 0, 0, 0, 0, 0x1C
p_full:	.byte	0x12, 0x34, 0x56, 0x7C
p_zero:	.byte	0x00, 0x0C
p_one:	.byte	0x1C
p_neg4:	.byte	0x00, 0x01, 0x23, 0x4D
	.balign	8
w_1:	.long	0, 0
