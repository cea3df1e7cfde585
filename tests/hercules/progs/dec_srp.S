# SHIFT AND ROUND DECIMAL: left shifts (with overflow, cc 3 when the mask is off), right shifts
# with rounding digits 0 and 5, the shift amount from the second-operand address (6 bits), zero
# results, negative operands; plus the decimal-overflow interruption with the mask on (code A).
	.include "tests/hercules/progs/hx.inc"
	mvc	w_1(5),p_a
	srp	w_1(5),3,0		# 12345 * 1000: cc 2
	PUTCC
	PUTM	w_1,8
	mvc	w_1(5),p_a
	srp	w_1(5),64-2,5		# shift right 2 with rounding: 123.45 -> 123
	PUTCC
	PUTM	w_1,8
	mvc	w_1(5),p_b
	srp	w_1(5),64-2,5		# 678.91 -> 679 (rounded up)
	PUTCC
	PUTM	w_1,8
	mvc	w_1(5),p_neg
	srp	w_1(5),64-1,5		# -98765 -> -9877
	PUTCC
	PUTM	w_1,8
	mvc	w_1(5),p_a
	srp	w_1(5),64-6,5		# everything shifted out: +0, cc 0
	PUTCC
	PUTM	w_1,8
	mvc	w_1(5),p_neg
	srp	w_1(5),64-7,0		# -0 becomes +0
	PUTCC
	PUTM	w_1,8
	mvc	w_2(3),p_a+2
	srp	w_2(3),4,0		# 345 << 4 loses digits: overflow, cc 3
	PUTCC
	PUTM	w_2,4
	la	2,0x103
	mvc	w_1(5),p_a
	srp	w_1(5),0(2),0		# amount from the register: low 6 bits = 3
	PUTCC
	PUTM	w_1,8
	mvc	w_1(5),p_a
	srp	w_1(5),64-1,9		# rounding digit 9
	PUTCC
	PUTM	w_1,8
	l	1,k_pmdec
	spm	1			# decimal overflow mask on
	mvc	w_2(3),p_a+2
	RESUME	1f
	srp	w_2(3),4,0		# overflow interrupts (A) after storing
1:	PUTM	w_2,4
	mvc	w_2(2),p_big
	RESUME	2f
	ap	w_2(2),p_big(2)		# AP overflow with the mask: A
2:	PUTM	w_2,4
	DONE
	.balign	4
k_pmdec:.long	0x04000000
p_a:	.byte	0x00, 0x00, 0x12, 0x34, 0x5C
p_b:	.byte	0x00, 0x00, 0x67, 0x89, 0x1F
p_neg:	.byte	0x00, 0x00, 0x98, 0x76, 0x5D
p_big:	.byte	0x99, 0x9C
	.balign	8
w_1:	.long	0, 0
w_2:	.long	0
