# EXECUTE: the target's second byte ORed with R1 bits 24-31 (MVC length, CLI immediate, register
# fields), R1 = 0 leaves it alone, EX of EX (execute exception 3), odd target (specification),
# EX of SVC (the SVC old PSW shows EX's ILC), EX of a branch.
	.include "tests/hercules/progs/hx.inc"
	la	1,7
	ex	1,x_mvc			# MVC 0(8,11),t_src
	la	11,8(11)
	la	1,2
	ex	1,x_mvc			# 3 bytes
	la	11,4(11)
	sr	1,1
	ex	0,x_mvc			# R1 = 0: length 1 as assembled
	la	11,4(11)
	la	2,0xC3
	ex	2,x_cli			# CLI t_src+2,0xC3: equal
	PUTCC
	la	2,0x01
	ex	2,x_cli			# CLI against 0x01: high
	PUTCC
	la	6,1f
	la	3,0x56
	l	5,k_five
	ex	3,x_lr			# LR 0,0 becomes LR 5,6
	PUT	5
	la	4,0xF0
	ex	4,x_bcr			# BCR 0,6 becomes BCR 15,6
	PUTCC				# skipped
1:	RESUME	2f
	ex	0,x_ex			# EX of EX: execute exception
2:	RESUME	3f
	ex	0,x_odd			# odd target address: specification
3:	la	1,0x17
	ex	1,x_svc			# SVC 0 becomes SVC X'17'
	l	1,k_tmask
	ex	1,x_tm			# TM with the mask from R1
	PUTCC
	DONE
	.balign	4
k_five:	.long	5
k_tmask:.long	0xFFFFFF0F
t_src:	.byte	0xC1, 0xC2, 0xC3, 0xC4, 0xC5, 0xC6, 0xC7, 0xC8
x_mvc:	mvc	0(1,11),t_src
x_cli:	cli	t_src+2,0
x_lr:	lr	0,0
x_bcr:	bcr	0,6
x_ex:	ex	0,x_lr
x_svc:	svc	0
x_tm:	tm	t_src,0
	.byte	0
x_odd:	.byte	0x18, 0x00
