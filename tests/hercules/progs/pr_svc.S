# SUPERVISOR CALL in BC and EC mode: the interruption code in the BC old PSW or at 88-8B (ILC and
# code) in EC mode, SVC through EXECUTE (ILC 2), and the problem state kept in the old PSW.
	.include "tests/hercules/progs/hx.inc"
	l	1,k_pm
	spm	1			# cc 1, mask 2: both show in the BC old PSW
	svc	0x42
	svc	0
	la	1,0xFF
	ex	1,x_svc			# SVC X'FF' through EX: ILC 2
	lpsw	p_ec
ec1:	svc	0x81			# EC: code at 8A, ILC at 89
	PUTM	0x88,4
	ex	1,x_svc
	PUTM	0x88,4
	lpsw	p_ecprob		# EC problem state, key 0
ecp:	svc	7			# the EC old PSW shows the problem state
	RESUME	1f
	lpsw	p_bcprob		# privileged: code 2 at 8E
1:	PUTM	0x28,8
	PUTM	0x8C,4
	mvc	0x60(8),p_back		# (PSW key 0: low storage is writable)
	svc	8			# back to supervisor state
back:	mvc	0x60(8),p_svcstd
	DONE
	.balign	8
k_pm:	.long	0x12000000
x_svc:	svc	0x10
	.balign	8
p_ec:	.long	0x00080000, ec1
p_ecprob:.long	0x00090000, ecp
p_bcprob:.long	0x00000000, 0
p_back:	.long	0x00000000, back
p_svcstd:.long	0x00000000, hx_svc
