# PSW control: SSM, STNSM, STOSM in BC and EC mode, LPSW between BC and EC mode, problem state
# (privileged operations give code 2, SVC brings the program back), SSM suppression (code 13).
	.include "tests/hercules/progs/hx.inc"
	sr	0,0
	st	0,w_cr0
	lctl	0,0,w_cr0		# no external subclass: no timer interruption can come
	stnsm	0(11),0xFF		# system mask 00
	ssm	k_sm			# channel 0-5 masks, I/O and external on (nothing pending)
	stosm	1(11),0x00		# stores FF... then OR 00
	stnsm	2(11),0x01		# AND: keeps only the external mask
	stnsm	3(11),0x00		# stores 01, all off
	la	11,4(11)
	balr	1,0
	PUT	1
	lpsw	p_ec			# to EC mode, key 0, disabled, cc 2 mask 3
ec1:	balr	1,0			# BALR in EC mode: ILC, cc, mask too
	PUT	1
	stosm	0(11),0x03		# I/O and external masks (CR2 channel masks)
	stnsm	1(11),0xFE		# external off again
	stnsm	2(11),0x00
	la	11,4(11)
	stnsm	w_psw,0xFF		# no change: the EC PSW stays as loaded
	lpsw	p_bc			# back to BC mode
bc1:	balr	1,0
	PUT	1
# Problem state: privileged instructions give code 2; SVC comes back through our own SVC PSW.
	mvc	0x60(8),p_svc
	lpsw	p_prob
prob:	balr	1,0
	PUT	1
	RESUME	1f
	ssm	k_sm			# privileged: code 2
1:	RESUME	2f
	lpsw	p_bc			# privileged
2:	RESUME	3f
	stnsm	w_psw,0xFF
3:	svc	9			# back to supervisor state at sup
sup:	mvc	0(8,11),0x20		# SVC old PSW: problem state, code 9
	la	11,8(11)
	mvc	0x60(8),p_svcstd	# the frame's SVC handler again
# SSM suppression: CR0 bit 1 makes SSM a special-operation exception.
	l	0,k_cr0ssm
	st	0,w_cr0
	lctl	0,0,w_cr0
	RESUME	4f
	ssm	k_sm
4:	stnsm	0(11),0x00		# the mask did not change
	la	11,4(11)
	DONE
	.balign	8
p_ec:	.long	0x00082300, ec1		# EC, cc 2, mask 3
p_bc:	.long	0x00000000, bc1
p_prob:	.long	0x00010000, prob	# BC, problem state
p_svc:	.long	0x00000000, sup
p_svcstd:.long	0x00000000, hx_svc
w_cr0:	.long	0
w_psw:	.long	0
k_cr0ssm:.long	0x40000000
k_sm:	.byte	0xFF
