# Channel programs on the reader: data chaining (one card split over two areas), command chaining
# (two cards in one SIO), incorrect length without SLI (chaining stops, the CSW says why), and the
# unit exception past the last card; every CSW is logged by the I/O handler.
	.include "tests/hercules/progs/hx.inc"
	mvc	0x48(4),k_caw1
	sio	0x00C
	PUTCC
	lpsw	p_wait1
c1:	PUTM	0x40,8
	mvc	0x48(4),k_caw2
	sio	0x00C
	PUTCC
	lpsw	p_wait2
c2:	PUTM	0x40,8
	mvc	0x48(4),k_caw3		# past the end of the deck
	sio	0x00C
	PUTCC
	lpsw	p_wait3
c3:	PUTM	0x40,8
	l	2,k_buf
	mvc	0(32,11),0(2)		# card 1, first area
	mvc	32(32,11),0x40(2)	# card 1, second area
	mvc	64(32,11),0x80(2)	# card 2 (40 bytes were read)
	mvc	96(16,11),0xC0(2)	# nothing: the chain stopped
	mvc	112(16,11),0x100(2)	# card 3
	la	11,128(11)
	DONE
	.balign	8
p_wait1:.long	0x80020000, c1
p_wait2:.long	0x80020000, c2
p_wait3:.long	0x80020000, c3
k_caw1:	.long	ccw1
k_caw2:	.long	ccw3
k_caw3:	.long	ccw5
k_buf:	.long	0x2000
	.balign	8
ccw1:	.byte	0x02, 0x00, 0x20, 0x00	# READ 30 bytes into 2000, data chained
	.byte	0x80, 0x00, 0x00, 0x1E
ccw2:	.byte	0x00, 0x00, 0x20, 0x40	# the other 50 into 2040 (command ignored: data chaining)
	.byte	0x00, 0x00, 0x00, 0x32
ccw3:	.byte	0x02, 0x00, 0x20, 0x80	# READ 40 of 80 bytes, no SLI, command chained
	.byte	0x40, 0x00, 0x00, 0x28
ccw4:	.byte	0x02, 0x00, 0x20, 0xC0	# not reached: incorrect length ends the chain
	.byte	0x20, 0x00, 0x00, 0x50
ccw5:	.byte	0x02, 0x00, 0x21, 0x00	# card 3
	.byte	0x60, 0x00, 0x00, 0x50	# command chained, SLI
ccw6:	.byte	0x02, 0x00, 0x21, 0x50	# no card 4: unit exception
	.byte	0x20, 0x00, 0x00, 0x50
