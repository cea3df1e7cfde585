# I/O interruptions in EC mode: the I/O mask in PSW bit 6 with the channel masks in CR2, the
# device address at BA-BB; a channel masked off in CR2 keeps its status pending (TIO then finds
# it); a WRITE to the 3215 console at 009.
	.include "tests/hercules/progs/hx.inc"
	lpsw	p_ec			# EC mode, disabled
ec1:	lctl	2,2,k_cr2none		# every channel masked
	mvc	0x48(4),k_caw_con
	sio	0x009
	PUTCC
	stosm	w_sm,0x02		# I/O mask on: channel 0 is masked in CR2, nothing comes
1:	tio	0x009			# busy, then cc 1 with the CSW
	bc	2,1b
	PUTCC
	PUTM	0x40,8
	stnsm	w_sm,0xFD
	lctl	2,2,k_cr2ch0		# channel 0 enabled
	mvc	0x48(4),k_caw_rd
	sio	0x00C
	PUTCC
	lpsw	p_wait			# EC enabled wait
c1:	PUTM	0xB8,4			# device address at BA
	PUTM	0x40,8
	lctl	2,2,k_cr2all
	lpsw	p_bc
bc1:	DONE
	.balign	8
p_ec:	.long	0x00080000, ec1
p_wait:	.long	0x020A0000, c1		# EC, I/O mask, wait
p_bc:	.long	0x00000000, bc1
k_cr2none:.long	0x00000000
k_cr2ch0:.long	0x80000000
k_cr2all:.long	0xFFFFFFFF
k_caw_con:.long	ccw_con
k_caw_rd:.long	ccw_rd
w_sm:	.long	0
	.balign	8
ccw_con:.long	0x09000000 + msg	# WRITE with carriage return
	.long	0x20000005
ccw_rd:	.long	0x02001040		# READ card 1 into 1040
	.long	0x20000050
msg:	.byte	0xE5, 0xD4, 0xE6, 0xC2, 0x40	# "VMWB "
