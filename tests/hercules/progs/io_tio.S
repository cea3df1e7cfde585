# I/O instructions without data transfer: TIO and SIO to a device that does not exist (cc 3),
# TCH on an existing and a missing channel, TIO on an idle device, TIO on a device with status
# pending (cc 1, CSW stored, the interruption cleared), SIOF to the printer, and the
# privileged-operation check in problem state.  (Not tested: errors found while the channel
# starts an operation - invalid CCW address or command - which the PoO reports through SIO's
# cc 1 and Hercules 3.13 through a later interruption; HIO on an idle device, where Hercules
# leaves an interruption with an all-zero CSW.)
	.include "tests/hercules/progs/hx.inc"
	tio	0x0FF			# no device: cc 3
	PUTCC
	sio	0x0FF
	PUTCC
	tio	0x5FF			# channel 5 does not exist: cc 3
	PUTCC
	tch	0x000			# channel 0 available: cc 0
	PUTCC
	tch	0x500			# channel 5 not operational: cc 3
	PUTCC
	tio	0x00C			# reader available: cc 0
	PUTCC
	mvc	0x48(4),k_caw_read
	sio	0x00C
1:	tio	0x00C			# busy (cc 2) until the card is read, then the
	bc	2,1b			# pending status is cleared and stored: cc 1
	PUTCC
	PUTM	0x40,8
	tio	0x00C			# nothing pending now: cc 0
	PUTCC
	mvc	0x48(4),k_caw_print
	siof	0x00E			# SIOF: a print line
	PUTCC
	lpsw	p_wait1
c1:	PUTM	0x40,8
	mvc	0x60(8),p_svc
	lpsw	p_prob
prob:	RESUME	1f
	sio	0x00C			# privileged
1:	RESUME	2f
	tio	0x00C
2:	svc	6
sup:	mvc	0x60(8),p_svcstd
	DONE
	.balign	8
p_wait1:.long	0x80020000, c1
p_prob:	.long	0x00010000, prob
p_svc:	.long	0x00000000, sup
p_svcstd:.long	0x00000000, hx_svc
k_caw_read:.long	ccw_read
k_caw_print:.long	ccw_print
	.balign	8
ccw_read:.byte	0x02, 0x00, 0x20, 0x00
	.byte	0x20, 0x00, 0x00, 0x50
ccw_print:.long	0x09000000 + msg	# WRITE, space 1 after
	.byte	0x20, 0x00, 0x00, 0x0A
msg:	.byte	0xC8, 0xC5, 0xD9, 0xC3, 0xE4, 0xD3, 0xC5, 0xE2, 0x40, 0xF1
