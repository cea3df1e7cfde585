# Logical compares and character/mask loads: CL CLR CLI CLC CLM ICM STCM TM IC STC.
	.include "tests/hercules/progs/hx.inc"
	l	1,k_hi
	cl	1,k_lo			# high (unsigned): cc 2
	PUTCC
	l	2,k_lo
	clr	2,1			# low: cc 1
	PUTCC
	clr	2,2			# equal
	PUTCC
	cli	k_hi,0x80		# equal
	PUTCC
	cli	k_hi,0x81		# low
	PUTCC
	cli	k_hi,0x7F		# high
	PUTCC
	clc	t_1(5),t_2		# differs in the last byte: low
	PUTCC
	clc	t_2(5),t_1		# high
	PUTCC
	clc	t_1(4),t_2		# equal
	PUTCC
	clc	t_1(256),t_1		# 256 bytes, equal
	PUTCC
	l	3,k_hi
	clm	3,0b1010,t_3		# bytes 0 and 2 against 80, 02
	PUTCC
	clm	3,0b0101,t_3		# bytes 1 and 3 against 80, 02: high
	PUTCC
	clm	3,0,t_3			# empty mask: cc 0
	PUTCC
	l	4,k_lo
	icm	4,0b1001,t_1		# inserts 2 bytes, leading bit 1: cc 1
	PUT	4
	PUTCC
	icm	4,0b0110,t_zero		# zeros: cc 0
	PUT	4
	PUTCC
	icm	4,0b1111,k_hi		# leading bit 1: cc 1
	PUT	4
	PUTCC
	icm	4,0,t_1			# empty mask: cc 0, register unchanged
	PUT	4
	PUTCC
	stcm	4,0b1010,0(11)		# two bytes
	stcm	4,0b0111,2(11)		# three bytes
	la	11,8(11)
	tm	t_tm,0x00		# empty mask: cc 0
	PUTCC
	tm	t_tm,0xC0		# bits 0-1 = 10: mixed, cc 1
	PUTCC
	tm	t_tm,0x81		# both one: cc 3
	PUTCC
	tm	t_tm,0x06		# both zero: cc 0
	PUTCC
	l	5,k_lo
	ic	5,t_1+2			# only the low byte changes
	PUT	5
	stc	5,3(11)
	stc	1,1(11)
	la	11,4(11)
	DONE
	.balign	4
k_hi:	.long	0x80FF0203
k_lo:	.long	0x7FFFFFFF
t_1:	.byte	0xC1, 0xC2, 0xC3, 0xC4, 0x10
t_2:	.byte	0xC1, 0xC2, 0xC3, 0xC4, 0x11
t_3:	.byte	0x80, 0x02, 0x00
t_zero:	.byte	0, 0
t_tm:	.byte	0x81
