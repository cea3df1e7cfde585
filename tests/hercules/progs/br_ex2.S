# EXECUTE with an SVC target (the SVC old PSW carries EX's ILC, 2), a register-modified MVC length
# of 256, and the condition code set by TM and CLC targets.  (Not here: program interruptions in
# an EX target, where Hercules 3.13 stores the target's ILC instead of EX's 2 as the PoO requires;
# br_ex covers the execute exception itself.)
	.include "tests/hercules/progs/hx.inc"
	la	1,0xFF
	l	9,k_2000
	ex	1,x_mvc			# MVC with length 256
	mvc	0(4,11),252(9)
	la	11,4(11)
	la	1,0x20
	ex	1,x_svc			# SVC X'20': ILC 2
	la	1,0x80
	ex	1,x_tm			# TM with mask X'80' against X'C3': ones, cc 3
	PUTCC
	la	1,3
	ex	1,x_clc			# CLC of 4 bytes: low
	PUTCC
	DONE
	.balign	4
k_2000:	.long	0x2000
x_mvc:	mvc	0(1,9),0x700(0)
x_svc:	svc	0
x_tm:	tm	p_bad+1,0
x_clc:	clc	p_bad(1),p_hi
p_bad:	.byte	0x1A, 0xC3
p_hi:	.byte	0x1B, 0x00, 0x00, 0x00
	.org	0x700
	.fill	256, 1, 0x99
