# Clocks: SET CLOCK then STORE CLOCK (only the high word is compared: bit 31 is about a second),
# SCKC/STCKC round trip, SPT/STPT (high word), condition codes; privileged-operation checks.
	.include "tests/hercules/progs/hx.inc"
	sck	k_tod			# cc 0 (set)
	PUTCC
	stck	w_1			# cc 0 (set, running)
	PUTCC
	mvc	0(4,11),w_1		# high word only
	la	11,4(11)
	stck	w_2
	clc	w_2(8),w_1		# the clock advances (or stands still): not low
	PUTCC
	sckc	k_ckc
	stckc	w_1
	PUTM	w_1,8
	spt	k_cpt
	stpt	w_1
	mvc	0(4,11),w_1		# high word
	la	11,4(11)
	cli	w_1+4,0x80		# decremented, but by far less than 2**31 units
	PUTCC
	mvc	0x60(8),p_svc
	lpsw	p_prob
prob:	RESUME	1f
	sck	k_tod			# privileged
1:	RESUME	2f
	stckc	w_1
2:	RESUME	3f
	spt	k_cpt
3:	RESUME	4f
	stpt	w_1
4:	RESUME	5f
	sckc	k_ckc
5:	stck	w_1			# STORE CLOCK is not privileged
	PUTCC
	svc	3
sup:	mvc	0x60(8),p_svcstd
	mvc	0(4,11),w_1
	la	11,4(11)
	DONE
	.balign	8
k_tod:	.long	0x12345678, 0x00000000
k_ckc:	.long	0xFEDCBA98, 0x76543000
k_cpt:	.long	0x00ABCDEF, 0xFFFFF000
w_1:	.long	0, 0
w_2:	.long	0, 0
p_prob:	.long	0x00010000, prob
p_svc:	.long	0x00000000, sup
p_svcstd:.long	0x00000000, hx_svc
