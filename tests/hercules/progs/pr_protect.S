# Key-controlled protection: stores into a block of another key (code 4, nothing stored), fetch
# protection, key 0 and matching keys allowed, an MVC whose destination runs into a protected
# block (no byte stored), protection in problem state.  (Not instruction fetch: the ILC stored
# then is model-dependent, PoO "ILC on Instruction Fetch Exceptions".)
	.include "tests/hercules/progs/hx.inc"
	l	2,k_b1			# 2000: key 3
	l	3,k_b2			# 2800: key 5, fetch protected
	la	1,0x30
	ssk	1,2
	la	1,0x58
	ssk	1,3
	l	4,k_pat
	st	4,0(2)			# key 0 stores anywhere
	st	4,0(3)
	spka	0x30			# PSW key 3
	st	4,4(2)			# matching key: allowed
	RESUME	1f
	st	4,4(3)			# key 5 block: protection
1:	RESUME	2f
	l	5,0(3)			# fetch protected: protection
2:	l	6,0(2)			# key 3 block, no fetch protection
	RESUME	3f
	mvc	0x7FC(8,2),k_pat8	# 2000+7FC..2803: the last 4 bytes are in the key 5 block
3:	spka	0x50			# PSW key 5
	l	7,0(3)			# now allowed
	RESUME	4f
	st	7,8(2)			# key 3 block, key 5: protection
4:	l	8,0(2)			# key 3 block is not fetch protected
	spka	0x00
	PUT	5
	PUT	6
	PUT	7
	PUT	8
	mvc	0(16,11),0(2)
	mvc	16(8,11),0x7F8(2)
	mvc	24(8,11),0(3)
	la	11,32(11)
# Problem state with key 3: stores into key 0 storage are protected too.
	mvc	0x60(8),p_svc
	lpsw	p_prob
prob:	RESUME	5f
	st	4,w_1			# key 0 storage
5:	st	4,8(2)			# its own key
	svc	1
sup:	mvc	0x60(8),p_svcstd
	mvc	0(4,11),w_1
	mvc	4(4,11),8(2)
	la	11,8(11)
	spka	0
	la	1,0
	ssk	1,2			# keys back to 0
	ssk	1,3
	DONE
	.balign	8
p_prob:	.long	0x00310000, prob	# key 3, problem state
p_svc:	.long	0x00000000, sup
p_svcstd:.long	0x00000000, hx_svc
k_b1:	.long	0x2000
k_b2:	.long	0x2800
k_pat:	.long	0xA5A5A5A5
k_pat8:	.long	0x11223344, 0x55667788
w_1:	.long	0
