# Shifts: SLA SRA SLDA SRDA SLL SRL SLDL SRDL; condition codes, overflow, shift amounts from a
# register (only 6 bits count), odd register of the double forms.
	.include "tests/hercules/progs/hx.inc"
	l	1,k_a
	sla	1,3
	PUT	1
	PUTCC
	l	2,k_neg
	sla	2,1			# -2: cc 1
	PUT	2
	PUTCC
	l	3,k_a
	sla	3,31			# bits lost: overflow cc 3, sign kept
	PUT	3
	PUTCC
	l	4,k_neg
	sra	4,63			# all sign: -1
	PUT	4
	PUTCC
	l	5,k_a
	sra	5,40			# 0: cc 0
	PUT	5
	PUTCC
	l	6,k_a
	l	7,k_b
	slda	6,12
	PUT	6
	PUT	7
	PUTCC
	l	6,k_neg
	l	7,k_b
	srda	6,36
	PUT	6
	PUT	7
	PUTCC
	l	8,k_a
	l	9,k_b
	slda	8,40			# overflow in the double form
	PUT	8
	PUT	9
	PUTCC
	l	1,k_b
	la	2,0x143			# amount 3 from the low 6 bits of 0x143
	sll	1,0(2)
	PUT	1
	l	1,k_b
	srl	1,1(2)
	PUT	1
	l	4,k_a
	l	5,k_b
	sldl	4,20
	PUT	4
	PUT	5
	l	4,k_a
	l	5,k_b
	srdl	4,33
	PUT	4
	PUT	5
	l	1,k_b
	sll	1,32			# everything shifted out
	PUT	1
	PUTCC
	RESUME	1f
	.long	0x8F300004		# SLDA 3,4: odd register, specification
1:	RESUME	2f
	.long	0x8D500001		# SLDL 5,1
2:	DONE
	.balign	4
k_a:	.long	0x01234567
k_b:	.long	0x89ABCDEF
k_neg:	.long	-1
