# MOVE LONG and COMPARE LOGICAL LONG: padding, condition codes from the lengths, destructive
# overlap (cc 3, nothing moved), register updates, zero lengths, odd-register specification.
	.include "tests/hercules/progs/hx.inc"
	l	2,k_a2			# 2000: destination, 300 bytes
	l	3,k_300
	l	4,k_src			# source 100 bytes, pad X'5C'
	l	5,k_pad100
	mvcl	2,4			# cc 2: first operand longer
	PUTCC
	stm	2,5,0(11)
	la	11,16(11)
	l	2,k_a2
	mvc	0(8,11),0(2)		# start, the end of the source part, the padding
	mvc	8(8,11),96(2)
	mvc	16(8,11),292(2)
	la	11,24(11)
	l	2,k_a3			# 3000: destination 40 bytes from a 60-byte source
	la	3,40
	l	4,k_src
	la	5,60
	mvcl	2,4			# cc 1: first operand shorter
	PUTCC
	stm	2,5,0(11)
	la	11,16(11)
	l	2,k_a3
	mvc	0(8,11),0(2)
	mvc	8(8,11),36(2)		# 40 bytes moved, then what was there
	la	11,16(11)
	l	2,k_srcp		# destination overlaps the source to the right: destructive
	la	3,40
	l	4,k_src
	la	5,40
	mvcl	2,4			# cc 3, no movement
	PUTCC
	stm	2,5,0(11)
	la	11,16(11)
	sr	3,3
	mvcl	2,4			# zero first length: cc by lengths (0 vs 40 -> 1)
	PUTCC
	l	2,k_a3
	la	3,8
	l	4,k_src
	la	5,8
	mvcl	2,4			# equal lengths: cc 0
	PUTCC
	stm	2,5,0(11)
	la	11,16(11)
	RESUME	1f
	.short	0x0E35			# MVCL 3,5: odd registers, specification
1:
# CLCL
	l	2,k_src
	la	3,20
	l	4,k_src
	la	5,20
	clcl	2,4			# equal
	PUTCC
	stm	2,5,0(11)
	la	11,16(11)
	l	2,k_blank		# "AB" followed by blanks vs "AB" with pad X'40'
	la	3,8
	l	4,k_blank
	l	5,k_padab		# length 2, pad 40
	clcl	2,4			# equal through the padding
	PUTCC
	stm	2,5,0(11)
	la	11,16(11)
	l	2,k_blank
	la	3,12			# the 12th byte is X'00' < pad X'40': low
	l	4,k_blank
	l	5,k_padab
	clcl	2,4
	PUTCC
	stm	2,5,0(11)
	la	11,16(11)
	l	2,k_src
	la	3,20
	l	4,k_src2
	la	5,20
	clcl	2,4			# differ at byte 5: high or low, registers point at it
	PUTCC
	stm	2,5,0(11)
	la	11,16(11)
	sr	3,3
	sr	5,5
	clcl	2,4			# both lengths zero: equal
	PUTCC
	DONE
	.balign	4
k_a2:	.long	0x2000
k_a3:	.long	0x3000
k_300:	.long	300
k_src:	.long	src
k_srcp:	.long	src+10
k_src2:	.long	src2
k_pad100:.long	0x5C000064
k_blank:.long	blank
k_padab:.long	0x40000002
	.org	0x900
src:	.irp	i,0,1,2,3,4,5,6,7,8,9
	.byte	0x10+\i, 0x20+\i, 0x30+\i, 0x40+\i, 0x50+\i, 0x60+\i, 0x70+\i, 0x80+\i, 0x90+\i, 0xA0+\i
	.endr
src2:	.byte	0x10, 0x20, 0x30, 0x40, 0x50, 0x5F
blank:	.byte	0xC1, 0xC2, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0x00
