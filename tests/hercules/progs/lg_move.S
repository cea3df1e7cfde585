# Moves: MVC (including the one-byte overlap that propagates), MVI, MVN, MVZ, and a 256-byte MVC
# that crosses a 2K boundary.
	.include "tests/hercules/progs/hx.inc"
	mvc	0(16,11),t_src
	la	11,16(11)
	mvi	0(11),0x5C
	mvc	1(15,11),0(11)		# propagate the first byte
	la	11,16(11)
	mvc	0(16,11),t_src
	mvc	2(8,11),0(11)		# overlap by two: copies byte by byte
	la	11,16(11)
	mvc	0(16,11),t_src
	mvn	0(8,11),t_num
	la	11,16(11)
	mvc	0(16,11),t_src
	mvz	4(8,11),t_num
	la	11,16(11)
	mvc	0(16,11),t_src
	mvn	1(6,11),0(11)		# overlapping MVN
	la	11,16(11)
	l	2,k_buf
	mvc	0(256,2),t_src		# 700..7FF into 7F0..8EF: crosses 800
	mvc	0(32,11),0(2)
	mvc	32(32,11),224(2)
	la	11,64(11)
	mvc	0(1,11),t_num+5		# length 1
	la	11,4(11)
	DONE
	.balign	4
k_buf:	.long	0x7F0
t_num:	.byte	0xF1, 0x0A, 0xF3, 0x1B, 0xF5, 0x3C, 0xE7, 0x48
	.org	0x700
t_src:	.byte	0x01, 0x12, 0x23, 0x34, 0x45, 0x56, 0x67, 0x78, 0x89, 0x9A, 0xAB, 0xBC, 0xCD, 0xDE, 0xEF, 0xF0
	.rept	15
	.byte	0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, 0x99, 0xAA, 0xBB, 0xCC, 0xDD, 0xEE, 0xFF, 0x00
	.endr
