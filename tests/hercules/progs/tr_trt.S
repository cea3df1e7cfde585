# TRANSLATE and TRANSLATE AND TEST: table lookups, TRT condition codes 0/1/2 and the R1/R2 results
# (R1 bits 8-31 only, R2 bits 24-31 only).
	.include "tests/hercules/progs/hx.inc"
	mvc	w_1(8),t_data
	tr	w_1(8),t_tab		# translate through the table (X'F0'-X'F9' -> X'00'-X'09', others 0xEE)
	PUTM	w_1,8
	l	1,k_ones
	l	2,k_ones
	trt	t_data(8),t_stop	# stops at the first '+' (X'4E'): cc 1
	PUTCC
	PUT	1
	PUT	2
	l	1,k_ones
	l	2,k_ones
	trt	t_digits(4),t_stop	# no nonzero function byte: cc 0, registers unchanged
	PUTCC
	PUT	1
	PUT	2
	sr	1,1
	sr	2,2
	trt	t_last(4),t_stop	# the stop byte is the last one: cc 2
	PUTCC
	PUT	1
	PUT	2
	mvc	w_2(4),t_digits
	tr	w_2(4),w_2		# the table overlaps the operand
	PUTM	w_2,4
	DONE
	.balign	4
k_ones:	.long	0xFFFFFFFF
t_data:	.byte	0xF1, 0xF2, 0x4E, 0xF3, 0x60, 0xF4, 0xC1, 0xF9
t_digits:.byte	0xF0, 0xF1, 0xF2, 0xF3
t_last:	.byte	0xF0, 0xF1, 0xF2, 0x60
w_1:	.long	0, 0
w_2:	.long	0
	.org	0x800
t_tab:	.fill	0xF0, 1, 0xEE
	.byte	0, 1, 2, 3, 4, 5, 6, 7, 8, 9
	.fill	6, 1, 0xEE
t_stop:	.fill	0x4E, 1, 0
	.byte	0x0A			# '+'
	.fill	0x11, 1, 0
	.byte	0x0B			# '-'
	.fill	0x9F, 1, 0
