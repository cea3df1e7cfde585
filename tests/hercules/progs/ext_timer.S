# External interruptions from the clock comparator (code 1004) and the CPU timer (code 1005),
# taken from enabled waits so that no result depends on elapsed time: BC mode (code in the old
# PSW), EC mode (CPU address and code at 84-87), the CR0 subclass masks, and which of the two comes
# first when both are pending.
	.include "tests/hercules/progs/hx.inc"
	lctl	0,0,k_ckc		# clock-comparator subclass only
	sckc	k_zero			# TOD > 0: pending at once
	lpsw	p_wait1			# BC enabled wait
c1:	sckc	k_max			# no longer pending
	lctl	0,0,k_cpt		# CPU-timer subclass only
	spt	k_neg			# negative: pending
	lpsw	p_wait2			# EC enabled wait
c2:	PUTM	0x84,4
	spt	k_big			# positive again
	lctl	0,0,k_both
	sckc	k_zero
	spt	k_neg
	lpsw	p_wait3			# both pending: the higher priority first
c3:	sckc	k_max			# (the comparator's condition goes away, the timer's stays)
	lpsw	p_wait4
c4:	spt	k_big
	lctl	0,0,k_none		# subclasses off: a pending condition is not taken
	sckc	k_zero
	ssm	k_ext
	ssm	k_off
	sckc	k_max
	lctl	0,0,k_reset
	DONE
	.balign	8
p_wait1:.long	0x01020000, c1
p_wait2:.long	0x010A0000, c2
p_wait3:.long	0x01020000, c3
p_wait4:.long	0x01020000, c4
k_zero:	.long	0, 0
k_max:	.long	0xFFFFFFFF, 0xFFFFFFFF
k_neg:	.long	0xFFFFFFFF, 0xFFFFF000
k_big:	.long	0x7FFFFFFF, 0xFFFFF000
k_ckc:	.long	0x00000800
k_cpt:	.long	0x00000400
k_both:	.long	0x00000C00
k_none:	.long	0x00000000
k_reset:.long	0x000000E0
k_ext:	.byte	0x01
k_off:	.byte	0x00
