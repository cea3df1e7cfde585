# DAT with 2K pages and 1M segments: page-table entries with 13-bit frame addresses, LRA, a store
# through the tables, a page-translation exception in problem state with a nonzero key, and the
# storage keys (per 2K block) checked through translated addresses.
	.include "tests/hercules/progs/hx.inc"
	lctl	0,1,k_cr01		# CR0: 2K pages (01), 1M segments (10)
	ptlb
	lpsw	p_dat
d1:	l	2,k_v1800		# page 3 -> real 5800
	mvc	0(8,2),k_pat
	lra	3,0x7F(2)
	PUTCC
	PUT	3
	l	2,k_v2000		# page 4 -> real 4000
	lra	4,0(2)
	PUTCC
	PUT	4
	l	2,k_v2800		# page 5 invalid
	lra	5,0(2)
	PUTCC
	PUT	5
	l	2,k_v1F800		# page 63: inside the 128-entry table, invalid
	lra	6,0(2)
	PUTCC
	PUT	6
	l	2,k_v100000		# segment 1 invalid
	lra	7,0(2)
	PUTCC
	PUT	7
	la	1,0x50			# key 5 on real 5800 (virtual 1800)
	l	2,k_r5800
	ssk	1,2
	mvc	0x60(8),p_svc
	lpsw	p_prob			# problem state, key 5, DAT on
prob:	l	2,k_v1800
	st	2,0x10(2)		# key 5 block: allowed
	RESUME	1f
	st	2,0x800(2)		# virtual 2000 -> real 4000, key 0: protection
1:	l	2,k_v2800
	RESUME	2f
	l	3,0(2)			# page invalid in problem state
2:	svc	5
sup:	mvc	0x60(8),p_svcstd
	lpsw	p_bc
bc1:	l	2,k_r5800
	mvc	0(24,11),0(2)
	la	11,24(11)
	la	1,0
	ssk	1,2
	DONE
	.balign	8
p_dat:	.long	0x04080000, d1
p_prob:	.long	0x04590000, prob	# EC, DAT, key 5, problem state
p_bc:	.long	0x00000000, bc1
p_svc:	.long	0x00000000, sup
p_svcstd:.long	0x00000000, hx_svc
k_cr01:	.long	0x00500000, 0x00003000	# bit 9 (2K) and bit 11 (1M)
k_v1800:.long	0x1800
k_v2000:.long	0x2000
k_v2800:.long	0x2800
k_v1F800:.long	0x1F800
k_v100000:.long	0x100000
k_r5800:.long	0x5800
k_pat:	.long	0x11111111, 0x22222222
	.org	0x3000
	.long	0x30003100		# PTL 3: 4/16 of 512 entries = 128
	.fill	15, 4, 0x00000001
	.org	0x3100
	.short	0x0000, 0x0008, 0x0010	# pages 0-2: identity (frame address in bits 0-12)
	.short	0x0058			# page 3 -> 5800
	.short	0x0040			# page 4 -> 4000
	.short	0x0004			# page 5 invalid (bit 13)
	.rept	122
	.short	0x0004
	.endr
