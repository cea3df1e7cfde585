# STORE CPU ID (version, serial, model, maximum MCEL length) and its privileged check.  Hercules
# is configured with CPUVERID 00, CPUSERIAL 000001, CPUMODEL 3158 (run-hercules.sh).
	.include "tests/hercules/progs/hx.inc"
	stidp	0(11)
	la	11,8(11)
	mvc	0x60(8),p_svc
	lpsw	p_prob
prob:	RESUME	1f
	stidp	w_1			# privileged
1:	svc	4
sup:	mvc	0x60(8),p_svcstd
	DONE
	.balign	8
w_1:	.long	0, 0
p_prob:	.long	0x00010000, prob
p_svc:	.long	0x00000000, sup
p_svcstd:.long	0x00000000, hx_svc
