# Channel I/O to the card reader at 00C: CAW at 48, a READ CCW with SLI, SIO's condition code,
# the I/O interruption from an enabled wait (BC: device address in the old PSW), the CSW at 40
# (CCW address + 8, channel end and device end, residual count), and the card's EBCDIC text.
	.include "tests/hercules/progs/hx.inc"
	mvc	0x48(4),k_caw
	sio	0x00C
	PUTCC
	lpsw	p_wait			# channel 0 enabled, wait
c1:	PUTM	0x40,8			# the CSW
	tio	0x00C			# device free again: cc 0
	PUTCC
	la	11,80(11)		# the card went to 1020..106F
	DONE
	.balign	8
p_wait:	.long	0x80020000, c1
k_caw:	.long	ccw1			# key 0
	.balign	8
ccw1:	.byte	0x02, 0x00, 0x10, 0x20	# READ into 1020
	.byte	0x20, 0x00, 0x00, 0x50	# SLI, 80 bytes
