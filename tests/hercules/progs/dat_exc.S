# Translation exceptions: page invalid and page-table length (page translation, 11, nullified),
# segment invalid and segment-table length (segment translation, 10), the translation-exception
# address at 90, an invalid page-size code in CR0 (translation specification, 12, through LRA with
# DAT off: with DAT on every instruction fetch would fail, with a model-dependent ILC); LRA
# condition codes 1 and 2 with the entry addresses, and 3.  (Not compared: R1 after LRA's cc 3,
# which Hercules sets to the would-be entry address; PTE bits 13-14, which Hercules takes as
# extended real address bits.)
	.include "tests/hercules/progs/hx.inc"
	lctl	0,1,k_cr01
	ptlb
	lpsw	p_dat
d1:	l	2,k_v5000		# page 5 invalid
	RESUME	1f
	l	3,0x10(2)		# page translation, nullified: the old PSW points at the L
1:	l	2,k_v11000		# beyond the one-entry page table of segment 1
	RESUME	2f
	mvc	0(4,2),k_zero		# page translation on a store
2:	l	2,k_v20000		# segment 2 invalid
	RESUME	3f
	l	3,0x20(2)		# segment translation
3:	l	2,k_v100000		# segment 16: beyond the segment table
	RESUME	4f
	l	3,0(2)			# segment translation
4:	l	2,k_v5000
	lra	4,0x10(2)		# page invalid: cc 2, R4 = PTE address
	PUTCC
	PUT	4
	l	2,k_v20000
	lra	5,0(2)			# segment invalid: cc 1, R5 = STE address
	PUTCC
	PUT	5
	l	2,k_v100000
	lra	6,0(2)			# segment-table length: cc 3
	PUTCC
	l	2,k_v11000
	lra	7,0(2)			# page-table length: cc 3
	PUTCC
	sr	6,6			# (R1 after cc 3 is not compared)
	sr	7,7
	lpsw	p_bc			# DAT off
bc1:	lctl	0,0,k_cr0bad		# page-size code 00: invalid
	l	2,k_v5000
	RESUME	5f
	lra	9,0(2)			# translation specification, ILC 2
5:	lctl	0,0,k_cr0bad2		# segment-size code 01: invalid
	RESUME	6f
	lra	9,0(2)
6:	lctl	0,0,k_cr01
	la	2,0x10
	lra	9,0(2)			# LRA with DAT off in BC mode: cc 0
	PUTCC
	PUT	9
	DONE
	.balign	8
p_dat:	.long	0x04080000, d1
p_bc:	.long	0x00000000, bc1
k_cr01:	.long	0x00800000, 0x00003000
k_cr0bad:.long	0x00000000
k_cr0bad2:.long	0x00880000
k_v5000:.long	0x5000
k_v11000:.long	0x11000
k_v20000:.long	0x20000
k_v100000:.long	0x100000
k_zero:	.long	0
	.org	0x3000
	.long	0xF0003100
	.long	0x00003140
	.fill	14, 4, 0x00000001
	.org	0x3100
	.short	0x0000, 0x0010, 0x0020, 0x0030, 0x0040
	.short	0x0008			# page 5 invalid
	.short	0x0008, 0x0008, 0x0008, 0x0008, 0x0008, 0x0008, 0x0008, 0x0008, 0x0008, 0x0008
	.org	0x3140
	.short	0x0050
