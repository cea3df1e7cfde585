# STORE CPU ID (version, serial, model, maximum MCEL length), its doubleword alignment and its
# privileged check.  The identity is model-dependent: Hercules is configured with CPUVERID 00,
# CPUSERIAL 000370, CPUMODEL 3168 (run-hercules.sh), the identity vmwb's S/370 reports.
	.include "tests/hercules/progs/hx.inc"
	stidp	0(11)
	la	11,8(11)
	RESUME	1f
	stidp	4(11)			# not on a doubleword boundary: specification
1:	la	11,16(11)
	mvc	0x60(8),p_svc
	lpsw	p_prob
prob:	RESUME	2f
	stidp	w_1			# privileged
2:	svc	4
sup:	mvc	0x60(8),p_svcstd
	DONE
	.balign	8
w_1:	.long	0, 0
p_prob:	.long	0x00010000, prob
p_svc:	.long	0x00000000, sup
p_svcstd:.long	0x00000000, hx_svc
