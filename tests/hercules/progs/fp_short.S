# Short hexadecimal floating point: LE LER LTER LCER LNER LPER AE AER SE SER AU AUR SU SUR ME MER
# DE DER HER CE CER STE; normalization, carries, true zeros, condition codes; short operations leave
# the low half of the register alone.
	.include "tests/hercules/progs/hx.inc"
	ld	0,l_junk		# low halves that short operations must keep
	ld	2,l_junk
	ld	4,l_junk
	ld	6,l_junk
	le	0,s_one
	ae	0,s_two			# 3.0: cc 2
	PUTCC
	ste	0,0(11)
	la	11,4(11)
	ler	2,0
	se	2,s_three		# true zero: cc 0
	PUTCC
	ste	2,0(11)
	la	11,4(11)
	le	4,s_f
	aer	4,4			# 15 + 15: carry into a new hex digit
	ste	4,0(11)
	la	11,4(11)
	le	4,s_ten
	me	4,s_ten			# 100
	ste	4,0(11)
	la	11,4(11)
	le	6,s_100
	de	6,s_three		# 33.33..: truncated quotient
	ste	6,0(11)
	la	11,4(11)
	ler	2,6
	mer	2,6
	ste	2,0(11)
	la	11,4(11)
	le	2,s_one
	der	2,6			# 1/33.33
	ste	2,0(11)
	la	11,4(11)
	le	0,s_one
	au	0,s_small		# unnormalized add: no postnormalization
	PUTCC
	ste	0,0(11)
	la	11,4(11)
	le	0,s_one
	aur	0,0
	ste	0,0(11)
	la	11,4(11)
	le	0,s_one
	su	0,s_one			# unnormalized zero result keeps... cc 0
	PUTCC
	ste	0,0(11)
	la	11,4(11)
	le	0,s_unn			# unnormalized operand, normalized by AE
	ae	0,s_zero
	ste	0,0(11)
	la	11,4(11)
	le	2,s_three
	sur	2,6
	PUTCC
	ste	2,0(11)
	la	11,4(11)
	her	4,6			# halve
	ste	4,0(11)
	la	11,4(11)
	le	0,s_m15
	lper	2,0
	PUTCC
	lner	4,2
	PUTCC
	lcer	6,4
	PUTCC
	lter	0,0
	PUTCC
	lter	0,6
	PUTCC
	le	0,s_zero
	lcer	2,0			# complement of zero: sign flips, cc 0
	PUTCC
	ste	2,0(11)
	la	11,4(11)
	le	0,s_one
	ce	0,s_two			# low
	PUTCC
	ce	0,s_unone		# equal though unnormalized
	PUTCC
	le	2,s_m15
	cer	0,2			# high
	PUTCC
	ser	2,2			# -15 - -15: true zero
	PUTCC
	DONE
	.balign	8
l_junk:	.long	0x7EADBEEF, 0x12345678
s_zero:	.long	0x00000000
s_one:	.long	0x41100000
s_two:	.long	0x41200000
s_three:.long	0x41300000
s_f:	.long	0x41F00000
s_ten:	.long	0x41A00000
s_100:	.long	0x42640000
s_small:.long	0x3F100000		# 1/256: X'3F' exponent
s_unn:	.long	0x43000100		# unnormalized 1.0
s_unone:.long	0x42010000		# unnormalized 1.0
s_m15:	.long	0xC1F00000
