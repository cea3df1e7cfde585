# Fixed-point overflow with the program mask on: A, SLA, LCR, LPR interrupt (code 8) after completing;
# SPM sets condition code and mask; the old PSW carries ILC, cc and mask.
	.include "tests/hercules/progs/hx.inc"
	l	1,k_pm
	spm	1			# cc 1, mask 8 (fixed-point overflow)
	PUTCC
	l	2,k_max
	RESUME	1f
	a	2,k_one			# overflow interrupts; the sum is stored
1:	PUT	2
	l	3,k_min
	RESUME	2f
	lcr	3,3			# complement of the maximum negative number
2:	PUT	3
	l	4,k_min
	RESUME	3f
	lpr	4,4
3:	PUT	4
	l	5,k_big
	RESUME	4f
	sla	5,4			# bits lost: overflow
4:	PUT	5
	l	6,k_max
	l	7,k_max
	RESUME	5f
	ar	6,7			# RR form: ILC 1
5:	PUT	6
	l	8,k_five
	a	8,k_five		# no overflow, no interruption
	PUT	8
	PUTCC
	l	1,k_pm0
	spm	1			# cc 2, mask 0
	l	9,k_max
	a	9,k_one			# no interruption now
	PUT	9
	PUTCC
	DONE
	.balign	4
k_pm:	.long	0x18000000		# bits 2-3 cc = 01, bits 4-7 mask = 1000
k_pm0:	.long	0x20000000
k_max:	.long	0x7FFFFFFF
k_min:	.long	0x80000000
k_one:	.long	1
k_five:	.long	5
k_big:	.long	0x12345678
