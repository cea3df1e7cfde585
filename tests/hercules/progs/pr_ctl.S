# LOAD CONTROL and STORE CONTROL: ranges, wrap-around from 15 to 0, the values read back, and
# the privileged-operation check in problem state.
	.include "tests/hercules/progs/hx.inc"
	stctl	0,15,0(11)		# the reset values
	la	11,64(11)
	lctl	2,5,k_vals		# CR2..CR5
	stctl	2,5,0(11)
	la	11,16(11)
	lctl	14,1,k_wrap		# CR14, CR15, CR0, CR1
	stctl	14,1,0(11)
	la	11,16(11)
	lctl	8,8,k_mc		# one register (monitor masks)
	stctl	8,8,0(11)
	la	11,4(11)
	stctl	15,15,0(11)
	la	11,4(11)
	mvc	0x60(8),p_svc
	lpsw	p_prob
prob:	RESUME	1f
	lctl	0,0,k_vals
1:	RESUME	2f
	stctl	0,0,w_1
2:	svc	2
sup:	mvc	0x60(8),p_svcstd
	lctl	0,15,k_reset		# everything back to the reset values
	stctl	0,15,0(11)
	la	11,64(11)
	DONE
	.balign	8
p_prob:	.long	0x00010000, prob
p_svc:	.long	0x00000000, sup
p_svcstd:.long	0x00000000, hx_svc
k_vals:	.long	0x12345678, 0x9ABCDEF0, 0x0F0F0F0F, 0xF0F0F0F0
k_wrap:	.long	0xC2000000, 0x00000300, 0x000000E0, 0x00000000
k_mc:	.long	0x0000FFFF
w_1:	.long	0
k_reset:.long	0x000000E0, 0, 0xFFFFFFFF, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xC2000000, 0x00000200
