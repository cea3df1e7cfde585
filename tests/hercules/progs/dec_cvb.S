# CONVERT TO BINARY and CONVERT TO DECIMAL, and the data exception from bad digits and signs in
# decimal operands (AP, CVB, CP, ED), with the ILC in the old PSW.
	.include "tests/hercules/progs/hx.inc"
	cvb	1,d_pos			# 1234
	PUT	1
	cvb	2,d_neg			# -2147483648
	PUT	2
	cvb	3,d_fsign
	PUT	3
	cvd	1,w_1
	PUTM	w_1,8
	l	4,k_min
	cvd	4,w_1			# -2147483648D
	PUTM	w_1,8
	sr	5,5
	cvd	5,w_1			# +0
	PUTM	w_1,8
	l	6,k_m1
	cvd	6,w_1
	PUTM	w_1,8
	l	7,k_ones
	RESUME	1f
	cvb	7,d_big			# 2147483648 does not fit: fixed-point divide (9)
1:	PUT	7
	RESUME	2f
	cvb	7,d_baddig		# invalid digit: data (7)
2:	RESUME	3f
	cvb	7,d_badsig		# invalid sign: data
3:	mvc	w_2(3),d_pos+5
	RESUME	4f
	ap	w_2(3),d_baddig+5(3)	# data exception in the second operand
4:	PUTM	w_2,4
	RESUME	5f
	cp	d_badsig+6(2),d_pos+6(2)
5:	RESUME	6f
	zap	w_2(3),d_badsig+5(3)	# ZAP checks the second operand's sign
6:	mvc	w_2(3),d_pos+5
	RESUME	7f
	ap	w_2(3),d_pos+5(3)	# a good one: no interruption
7:	PUTM	w_2,4
	PUTCC
	DONE
	.balign	8
d_pos:	.byte	0, 0, 0, 0, 0, 0x01, 0x23, 0x4C
d_neg:	.byte	0, 0, 0x02, 0x14, 0x74, 0x83, 0x64, 0x8D
d_big:	.byte	0, 0, 0x02, 0x14, 0x74, 0x83, 0x64, 0x8C
d_fsign:.byte	0, 0, 0, 0, 0, 0, 0x99, 0x9F
d_baddig:.byte	0, 0, 0, 0, 0, 0x1A, 0x23, 0x4C
d_badsig:.byte	0, 0, 0, 0, 0, 0x01, 0x23, 0x45
k_min:	.long	0x80000000
k_m1:	.long	-1
k_ones:	.long	0xFFFFFFFF
w_1:	.long	0, 0
w_2:	.long	0
