# Fixed-point multiply and divide: M MR MH D DR, divide exceptions, odd-register specification.
	.include "tests/hercules/progs/hx.inc"
	l	3,k_big
	m	2,k_big			# 64-bit product in 2,3
	PUT	2
	PUT	3
	l	5,k_m7
	mr	4,5			# (-7)*(-7) = 49
	PUT	4
	PUT	5
	l	7,k_m7
	l	9,k_max
	mr	6,9			# negative product
	PUT	6
	PUT	7
	l	1,k_big
	mh	1,h_m3			# low 32 bits only, no overflow indication
	PUT	1
	PUTCC
	l	2,k_zero
	l	3,k_100
	d	2,k_m7			# 100 / -7: q -14 r 2
	PUT	2
	PUT	3
	l	4,k_m1
	l	5,k_m100
	l	8,k_seven
	dr	4,8			# -100 / 7: q -14 r -2 (remainder has dividend's sign)
	PUT	4
	PUT	5
	l	2,k_zero
	l	3,k_100
	RESUME	1f
	d	2,k_zero		# divide by zero: fixed-point divide (9), registers unchanged
1:	PUT	2
	PUT	3
	l	2,k_max
	l	3,k_100
	RESUME	2f
	dr	2,8			# quotient too large: 9
2:	PUT	2
	PUT	3
	RESUME	3f
	.short	0x1D38			# DR 3,8: odd R1, specification (6)
3:	RESUME	4f
	.long	0x5C300000 + k_m7	# M 3,k_m7: odd R1, specification
4:	l	2,k_min
	sr	3,3
	l	8,k_two
	RESUME	5f
	dr	2,8			# -2**63 / 2 does not fit: 9 (Hercules 3.13 check-stops on -2**63 / -1)
5:	PUT	2
	PUT	3
	DONE
	.balign	4
k_big:	.long	0x12345678
k_m7:	.long	-7
k_max:	.long	0x7FFFFFFF
k_min:	.long	0x80000000
k_zero:	.long	0
k_100:	.long	100
k_m100:	.long	-100
k_m1:	.long	-1
k_seven:.long	7
k_two:	.long	2
h_m3:	.short	-3
