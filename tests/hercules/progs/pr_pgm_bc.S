# Program interruptions in BC mode: operation (ILC 1, 2 and 3), privileged operation, execute,
# addressing (operand beyond storage), specification (odd register pairs, LPSW alignment), data,
# and the interruption code and ILC in the old PSW.  Byte-oriented operands: an unaligned L is fine.
	.include "tests/hercules/progs/hx.inc"
	RESUME	1f
	.short	0x0000			# operation, ILC 1
1:	RESUME	2f
	.long	0xA7000000		# A7 (not in S/370): operation, ILC 2
2:	RESUME	3f
	.short	0xFF00, 0x0000, 0x0000	# FF: operation, ILC 3 (E5 is a model assist on Hercules)
3:	RESUME	4f
	.long	0xB2FF0000		# unassigned B2xx: operation
4:	l	2,k_beyond		# 2M: the first address past storage
	RESUME	5f
	l	3,0(2)			# addressing
5:	RESUME	6f
	mvc	0(4,11),0(2)		# addressing in an SS operand
6:	la	2,4(2)
	RESUME	7f
	st	3,0(2)			# addressing on store
7:	l	4,k_odd+1		# unaligned: no exception
	PUT	4
	RESUME	8f
	lpsw	k_odd+1			# LPSW needs a doubleword: specification
8:	RESUME	9f
	ex	0,k_ex			# EX of EX: execute
9:	l	2,k_last
	l	5,0(2)			# the last word of storage is addressable
	PUT	5
	RESUME	10f
	l	6,2(2)			# but not a word crossing the end
10:	RESUME	11f
	ap	k_bad(2),k_bad(2)	# data
11:	DONE
	.balign	8
k_ex:	ex	0,k_ex
	.balign	4
k_beyond:.long	0x200000
k_last:	.long	0x1FFFFC
k_odd:	.byte	0, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88
k_bad:	.byte	0x1A, 0x3C
