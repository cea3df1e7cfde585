# Long hexadecimal floating point: LD LDR LTDR LCDR LNDR LPDR AD ADR SD SDR AW AWR SW SWR MD MDR
# DD DDR HDR CD CDR STD; guard digit in addition, truncation of products and quotients.
	.include "tests/hercules/progs/hx.inc"
	ld	0,d_one
	ad	0,d_third
	std	0,0(11)
	la	11,8(11)
	ld	2,d_third
	mdr	2,2			# 1/9
	std	2,0(11)
	la	11,8(11)
	ld	4,d_one
	dd	4,d_three		# 1/3 truncated
	std	4,0(11)
	la	11,8(11)
	ld	6,d_pi
	ddr	6,4			# pi / (1/3)
	std	6,0(11)
	la	11,8(11)
	ld	0,d_one
	sd	0,d_tiny		# 1 - 16**-14: the guard digit matters
	PUTCC
	std	0,0(11)
	la	11,8(11)
	ld	0,d_one
	aw	0,d_tiny		# unnormalized add
	std	0,0(11)
	la	11,8(11)
	ld	2,d_pi
	sw	2,d_pi			# unnormalized zero: cc 0
	PUTCC
	std	2,0(11)
	la	11,8(11)
	ld	2,d_big
	awr	2,2
	std	2,0(11)
	la	11,8(11)
	ld	2,d_pi
	swr	2,0
	std	2,0(11)
	la	11,8(11)
	ld	4,d_pi
	md	4,d_pi
	std	4,0(11)
	la	11,8(11)
	ld	4,d_mpi
	hdr	6,4
	std	6,0(11)
	la	11,8(11)
	lpdr	0,4
	PUTCC
	lndr	2,4
	PUTCC
	lcdr	6,4
	PUTCC
	ltdr	6,6
	PUTCC
	ld	0,d_third
	cd	0,d_pi			# low
	PUTCC
	cdr	0,0
	PUTCC
	cd	0,d_mpi			# high
	PUTCC
	ld	0,d_one
	sdr	0,0			# true zero
	PUTCC
	ldr	2,6
	adr	2,2
	std	2,0(11)
	la	11,8(11)
	DONE
	.balign	8
d_one:	.long	0x41100000, 0x00000000
d_three:.long	0x41300000, 0x00000000
d_third:.long	0x40555555, 0x55555555
d_pi:	.long	0x413243F6, 0xA8885A30
d_mpi:	.long	0xC13243F6, 0xA8885A30
d_tiny:	.long	0x33100000, 0x00000000
d_big:	.long	0x7F123456, 0x789ABCDE
