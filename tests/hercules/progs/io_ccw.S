# More channel programs on the reader: a control NO-OP chained to a TRANSFER IN CHANNEL (which
# may not be the first CCW: Hercules 3.13 accepts that, the PoO makes it a program check), the
# skip flag (a card read without storing data), a CAW protection key that does not match the data
# area's storage key (protection check in the CSW; its count is unpredictable and cleared).
	.include "tests/hercules/progs/hx.inc"
	l	2,k_buf
	la	1,0x30
	ssk	1,2			# data area 2000 gets key 3
	mvc	0x48(4),k_caw1		# ccw1: TIC to ccw2
	sio	0x00C
	PUTCC
	lpsw	p_wait1
c1:	PUTM	0x40,8
	mvc	0x48(4),k_caw2		# skip: the second card is read but not stored
	sio	0x00C
	PUTCC
	lpsw	p_wait2
c2:	PUTM	0x40,8
	mvc	0x48(4),k_caw3		# key 5 in the CAW against key 3 storage
	sio	0x00C
	PUTCC
	lpsw	p_wait3
c3:	xc	0x46(2),0x46		# the count after a protection check is unpredictable (PoO):
	l	3,k_log3		# cleared in the CSW and in its log entry
	xc	14(2,3),14(3)
	PUTM	0x40,8
	mvc	0(16,11),0(2)		# card 1 under key 3
	mvc	16(16,11),0x100(2)	# nothing stored by the skipped read
	mvc	32(16,11),0x200(2)	# nothing stored under the wrong key
	la	11,48(11)
	la	1,0
	ssk	1,2
	DONE
	.balign	8
p_wait1:.long	0x80020000, c1
p_wait2:.long	0x80020000, c2
p_wait3:.long	0x80020000, c3
k_buf:	.long	0x2000
k_log3:	.long	0x1120			# the third interruption's log entry
k_caw1:	.long	0x30000000 + ccw1	# key 3
k_caw2:	.long	0x30000000 + ccw3
k_caw3:	.long	0x50000000 + ccw4	# key 5
	.balign	8
ccw1:	.long	0x03000000		# NO-OP (control), command chained: a TIC may not come first
	.long	0x60000001
ccw1t:	.long	0x08000000 + ccw2	# TIC
	.long	0
ccw2:	.long	0x02002000		# READ card 1 into 2000, SLI
	.long	0x20000050
ccw3:	.long	0x02002100		# READ card 2 with skip: no data stored
	.long	0x30000050
ccw4:	.long	0x02002200		# READ card 3 into key 3 storage with key 5
	.long	0x20000050
