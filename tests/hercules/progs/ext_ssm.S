# An external interruption that is already pending is taken as soon as an instruction enables it:
# after SSM (BC), after STOSM (EC), after LPSW of an enabled PSW; the old PSW points at the
# instruction that follows.  The clock comparator at 0 makes the condition pending from the start.
	.include "tests/hercules/progs/hx.inc"
	lctl	0,0,k_ckc
	sckc	k_zero
	sr	1,1			# (time for the condition to be seen)
	ssm	k_ext			# interruption right after the SSM
	la	1,1			# the old PSW points here; the handler resumes with masks off
	lpsw	p_ec
ec1:	stosm	w_sm,0x01		# EC: after STOSM
	la	1,2
	lpsw	p_bcen			# enabled by LPSW itself: before the first instruction at bc1
bc1:	la	1,3
	sckc	k_max
	lctl	0,0,k_reset
	DONE
	.balign	8
p_ec:	.long	0x00080000, ec1
p_bcen:	.long	0x01000000, bc1		# BC, external mask on, not waiting
k_zero:	.long	0, 0
k_max:	.long	0xFFFFFFFF, 0xFFFFFFFF
k_ckc:	.long	0x00000800
k_reset:.long	0x000000E0
w_sm:	.long	0
k_ext:	.byte	0x01
