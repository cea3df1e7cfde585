/* Integer arithmetic, logical, compare, rotate and shift instructions, and the trap instructions
 * (BookE 3.3 "Fixed-Point Instructions").  Carries and overflows are computed in 64-bit unsigned
 * arithmetic so that no signed overflow happens on the host. */
#include "booke.h"

#define GPR(n) c->gpr[n]

static inline void set_ca(ppc_cpu *c, bool ca) { c->xer = ca ? c->xer | XER_CA : c->xer & ~XER_CA; }
static inline void set_ov(ppc_cpu *c, bool ov) { c->xer = ov ? c->xer | XER_OV | XER_SO : c->xer & ~XER_OV; }
static inline uint32_t ra0(ppc_cpu *c, uint32_t i) { return ppc_ra(i) ? GPR(ppc_ra(i)) : 0; }

/* a + b + cin with CA and OV (the generic adder all add/subtract forms use) */
static uint32_t adder(ppc_cpu *c, uint32_t i, uint32_t a, uint32_t b, unsigned cin, bool setca)
{
    uint64_t s = (uint64_t)a + b + cin;
    uint32_t r = (uint32_t)s;
    if (setca)
        set_ca(c, s >> 32);
    if (ppc_oe(i))
        set_ov(c, ((a ^ r) & (b ^ r)) >> 31);
    if (ppc_rc(i))
        ppc_cr0(c, r);
    return r;
}

static inline unsigned ca(const ppc_cpu *c) { return (c->xer & XER_CA) ? 1 : 0; }

/* 31/266 add - Add [XO] */
static void op_add(ppc_cpu *c, uint32_t i) { GPR(ppc_rt(i)) = adder(c, i, GPR(ppc_ra(i)), GPR(ppc_rb(i)), 0, false); }
/* 31/10 addc - Add Carrying [XO] */
static void op_addc(ppc_cpu *c, uint32_t i) { GPR(ppc_rt(i)) = adder(c, i, GPR(ppc_ra(i)), GPR(ppc_rb(i)), 0, true); }
/* 31/138 adde - Add Extended [XO] */
static void op_adde(ppc_cpu *c, uint32_t i) { GPR(ppc_rt(i)) = adder(c, i, GPR(ppc_ra(i)), GPR(ppc_rb(i)), ca(c), true); }
/* 31/234 addme - Add to Minus One Extended [XO] */
static void op_addme(ppc_cpu *c, uint32_t i) { GPR(ppc_rt(i)) = adder(c, i, GPR(ppc_ra(i)), 0xFFFFFFFFu, ca(c), true); }
/* 31/202 addze - Add to Zero Extended [XO] */
static void op_addze(ppc_cpu *c, uint32_t i) { GPR(ppc_rt(i)) = adder(c, i, GPR(ppc_ra(i)), 0, ca(c), true); }
/* 31/40 subf - Subtract From [XO]: ~a + b + 1 */
static void op_subf(ppc_cpu *c, uint32_t i) { GPR(ppc_rt(i)) = adder(c, i, ~GPR(ppc_ra(i)), GPR(ppc_rb(i)), 1, false); }
/* 31/8 subfc - Subtract From Carrying [XO] */
static void op_subfc(ppc_cpu *c, uint32_t i) { GPR(ppc_rt(i)) = adder(c, i, ~GPR(ppc_ra(i)), GPR(ppc_rb(i)), 1, true); }
/* 31/136 subfe - Subtract From Extended [XO] */
static void op_subfe(ppc_cpu *c, uint32_t i) { GPR(ppc_rt(i)) = adder(c, i, ~GPR(ppc_ra(i)), GPR(ppc_rb(i)), ca(c), true); }
/* 31/232 subfme - Subtract From Minus One Extended [XO] */
static void op_subfme(ppc_cpu *c, uint32_t i) { GPR(ppc_rt(i)) = adder(c, i, ~GPR(ppc_ra(i)), 0xFFFFFFFFu, ca(c), true); }
/* 31/200 subfze - Subtract From Zero Extended [XO] */
static void op_subfze(ppc_cpu *c, uint32_t i) { GPR(ppc_rt(i)) = adder(c, i, ~GPR(ppc_ra(i)), 0, ca(c), true); }
/* 31/104 neg - Negate [XO] */
static void op_neg(ppc_cpu *c, uint32_t i) { GPR(ppc_rt(i)) = adder(c, i, ~GPR(ppc_ra(i)), 0, 1, false); }

/* 14 addi - Add Immediate [D] (rA=0 means the value 0) */
static void op_addi(ppc_cpu *c, uint32_t i) { GPR(ppc_rt(i)) = ra0(c, i) + (uint32_t)ppc_simm(i); }
/* 15 addis - Add Immediate Shifted [D] */
static void op_addis(ppc_cpu *c, uint32_t i) { GPR(ppc_rt(i)) = ra0(c, i) + (ppc_uimm(i) << 16); }
/* 12 addic - Add Immediate Carrying [D] */
static void op_addic(ppc_cpu *c, uint32_t i)
{
    uint64_t s = (uint64_t)GPR(ppc_ra(i)) + (uint32_t)ppc_simm(i);
    set_ca(c, s >> 32);
    GPR(ppc_rt(i)) = (uint32_t)s;
}
/* 13 addic. - Add Immediate Carrying and Record [D] */
static void op_addic_(ppc_cpu *c, uint32_t i)
{
    op_addic(c, i);
    ppc_cr0(c, GPR(ppc_rt(i)));
}
/* 8 subfic - Subtract From Immediate Carrying [D] */
static void op_subfic(ppc_cpu *c, uint32_t i)
{
    uint64_t s = (uint64_t)(uint32_t)~GPR(ppc_ra(i)) + (uint32_t)ppc_simm(i) + 1;
    set_ca(c, s >> 32);
    GPR(ppc_rt(i)) = (uint32_t)s;
}
/* 7 mulli - Multiply Low Immediate [D] */
static void op_mulli(ppc_cpu *c, uint32_t i)
{
    GPR(ppc_rt(i)) = (uint32_t)((uint64_t)GPR(ppc_ra(i)) * (uint64_t)(int64_t)ppc_simm(i));
}
/* 31/235 mullw - Multiply Low Word [XO] */
static void op_mullw(ppc_cpu *c, uint32_t i)
{
    int64_t p = (int64_t)(int32_t)GPR(ppc_ra(i)) * (int32_t)GPR(ppc_rb(i));
    uint32_t r = (uint32_t)(uint64_t)p;
    if (ppc_oe(i))
        set_ov(c, p != (int64_t)(int32_t)r);
    GPR(ppc_rt(i)) = r;
    if (ppc_rc(i))
        ppc_cr0(c, r);
}
/* 31/75 mulhw - Multiply High Word [XO] */
static void op_mulhw(ppc_cpu *c, uint32_t i)
{
    int64_t p = (int64_t)(int32_t)GPR(ppc_ra(i)) * (int32_t)GPR(ppc_rb(i));
    uint32_t r = (uint32_t)((uint64_t)p >> 32);
    GPR(ppc_rt(i)) = r;
    if (ppc_rc(i))
        ppc_cr0(c, r);
}
/* 31/11 mulhwu - Multiply High Word Unsigned [XO] */
static void op_mulhwu(ppc_cpu *c, uint32_t i)
{
    uint32_t r = (uint32_t)(((uint64_t)GPR(ppc_ra(i)) * GPR(ppc_rb(i))) >> 32);
    GPR(ppc_rt(i)) = r;
    if (ppc_rc(i))
        ppc_cr0(c, r);
}
/* 31/491 divw - Divide Word [XO]: x/0 and 0x80000000/-1 give an undefined rT (0 here) and OV */
static void op_divw(ppc_cpu *c, uint32_t i)
{
    int32_t a = (int32_t)GPR(ppc_ra(i)), b = (int32_t)GPR(ppc_rb(i));
    bool bad = b == 0 || (a == INT32_MIN && b == -1);
    uint32_t r = bad ? 0 : (uint32_t)(a / b);
    if (ppc_oe(i))
        set_ov(c, bad);
    GPR(ppc_rt(i)) = r;
    if (ppc_rc(i))
        ppc_cr0(c, r);
}
/* 31/459 divwu - Divide Word Unsigned [XO] */
static void op_divwu(ppc_cpu *c, uint32_t i)
{
    uint32_t a = GPR(ppc_ra(i)), b = GPR(ppc_rb(i));
    uint32_t r = b ? a / b : 0;
    if (ppc_oe(i))
        set_ov(c, b == 0);
    GPR(ppc_rt(i)) = r;
    if (ppc_rc(i))
        ppc_cr0(c, r);
}

/* ---- compare (BookE "Fixed-Point Compare Instructions"): crfD = bits 6:8, L (bit 10) must be 0 ---- */
static void compare(ppc_cpu *c, uint32_t i, bool sign, uint32_t a, uint32_t b)
{
    unsigned v;
    if (sign)
        v = (int32_t)a < (int32_t)b ? 8 : (int32_t)a > (int32_t)b ? 4 : 2;
    else
        v = a < b ? 8 : a > b ? 4 : 2;
    ppc_set_crf(c, (i >> 23) & 7, v | (c->xer >> 31));
}
/* 11 cmpi - Compare Immediate [D] */
static void op_cmpi(ppc_cpu *c, uint32_t i) { compare(c, i, true, GPR(ppc_ra(i)), (uint32_t)ppc_simm(i)); }
/* 10 cmpli - Compare Logical Immediate [D] */
static void op_cmpli(ppc_cpu *c, uint32_t i) { compare(c, i, false, GPR(ppc_ra(i)), ppc_uimm(i)); }
/* 31/0 cmp - Compare [X] */
static void op_cmp(ppc_cpu *c, uint32_t i) { compare(c, i, true, GPR(ppc_ra(i)), GPR(ppc_rb(i))); }
/* 31/32 cmpl - Compare Logical [X] */
static void op_cmpl(ppc_cpu *c, uint32_t i) { compare(c, i, false, GPR(ppc_ra(i)), GPR(ppc_rb(i))); }

/* ---- logical: the result goes to rA from rS (bits 6:10) ---- */
static inline void logres(ppc_cpu *c, uint32_t i, uint32_t r, bool rec)
{
    GPR(ppc_ra(i)) = r;
    if (rec)
        ppc_cr0(c, r);
}
#define RS GPR(ppc_rt(i))
#define RB GPR(ppc_rb(i))
/* 24 ori - OR Immediate [D] */
static void op_ori(ppc_cpu *c, uint32_t i) { logres(c, i, RS | ppc_uimm(i), false); }
/* 25 oris - OR Immediate Shifted [D] */
static void op_oris(ppc_cpu *c, uint32_t i) { logres(c, i, RS | ppc_uimm(i) << 16, false); }
/* 26 xori - XOR Immediate [D] */
static void op_xori(ppc_cpu *c, uint32_t i) { logres(c, i, RS ^ ppc_uimm(i), false); }
/* 27 xoris - XOR Immediate Shifted [D] */
static void op_xoris(ppc_cpu *c, uint32_t i) { logres(c, i, RS ^ ppc_uimm(i) << 16, false); }
/* 28 andi. - AND Immediate [D] (always records) */
static void op_andi_(ppc_cpu *c, uint32_t i) { logres(c, i, RS & ppc_uimm(i), true); }
/* 29 andis. - AND Immediate Shifted [D] */
static void op_andis_(ppc_cpu *c, uint32_t i) { logres(c, i, RS & ppc_uimm(i) << 16, true); }
/* 31/28 and - AND [X] */
static void op_and(ppc_cpu *c, uint32_t i) { logres(c, i, RS & RB, ppc_rc(i)); }
/* 31/60 andc - AND with Complement [X] */
static void op_andc(ppc_cpu *c, uint32_t i) { logres(c, i, RS & ~RB, ppc_rc(i)); }
/* 31/444 or - OR [X] */
static void op_or(ppc_cpu *c, uint32_t i) { logres(c, i, RS | RB, ppc_rc(i)); }
/* 31/412 orc - OR with Complement [X] */
static void op_orc(ppc_cpu *c, uint32_t i) { logres(c, i, RS | ~RB, ppc_rc(i)); }
/* 31/316 xor - XOR [X] */
static void op_xor(ppc_cpu *c, uint32_t i) { logres(c, i, RS ^ RB, ppc_rc(i)); }
/* 31/476 nand - NAND [X] */
static void op_nand(ppc_cpu *c, uint32_t i) { logres(c, i, ~(RS & RB), ppc_rc(i)); }
/* 31/124 nor - NOR [X] */
static void op_nor(ppc_cpu *c, uint32_t i) { logres(c, i, ~(RS | RB), ppc_rc(i)); }
/* 31/284 eqv - Equivalent [X] */
static void op_eqv(ppc_cpu *c, uint32_t i) { logres(c, i, ~(RS ^ RB), ppc_rc(i)); }
/* 31/954 extsb - Extend Sign Byte [X] */
static void op_extsb(ppc_cpu *c, uint32_t i) { logres(c, i, (uint32_t)(int32_t)(int8_t)RS, ppc_rc(i)); }
/* 31/922 extsh - Extend Sign Halfword [X] */
static void op_extsh(ppc_cpu *c, uint32_t i) { logres(c, i, (uint32_t)(int32_t)(int16_t)RS, ppc_rc(i)); }
/* 31/26 cntlzw - Count Leading Zeros Word [X] */
static void op_cntlzw(ppc_cpu *c, uint32_t i)
{
    uint32_t v = RS, n = 0;
    while (n < 32 && !(v & 0x80000000u)) {
        v <<= 1;
        n++;
    }
    logres(c, i, n, ppc_rc(i));
}

/* ---- rotate and shift (BookE "Fixed-Point Rotate and Shift Instructions") ---- */
static inline uint32_t rotl(uint32_t v, unsigned n) { n &= 31; return n ? v << n | v >> (32 - n) : v; }
/* MASK(mb, me): ones from bit mb to bit me (big-endian numbering), wrapping when mb > me */
static uint32_t mask(unsigned mb, unsigned me)
{
    uint32_t a = 0xFFFFFFFFu >> mb, b = 0xFFFFFFFFu << (31 - me);
    return mb <= me ? a & b : a | b;
}
static inline unsigned sh_f(uint32_t i) { return (i >> 11) & 31; }
static inline unsigned mb_f(uint32_t i) { return (i >> 6) & 31; }
static inline unsigned me_f(uint32_t i) { return (i >> 1) & 31; }
/* 21 rlwinm - Rotate Left Word Immediate then AND with Mask [M] */
static void op_rlwinm(ppc_cpu *c, uint32_t i) { logres(c, i, rotl(RS, sh_f(i)) & mask(mb_f(i), me_f(i)), ppc_rc(i)); }
/* 23 rlwnm - Rotate Left Word then AND with Mask [M] */
static void op_rlwnm(ppc_cpu *c, uint32_t i) { logres(c, i, rotl(RS, RB & 31) & mask(mb_f(i), me_f(i)), ppc_rc(i)); }
/* 20 rlwimi - Rotate Left Word Immediate then Mask Insert [M] */
static void op_rlwimi(ppc_cpu *c, uint32_t i)
{
    uint32_t m = mask(mb_f(i), me_f(i));
    logres(c, i, (rotl(RS, sh_f(i)) & m) | (GPR(ppc_ra(i)) & ~m), ppc_rc(i));
}
/* 31/24 slw - Shift Left Word [X]: shift counts 32..63 give 0 */
static void op_slw(ppc_cpu *c, uint32_t i) { uint32_t n = RB & 63; logres(c, i, n > 31 ? 0 : RS << n, ppc_rc(i)); }
/* 31/536 srw - Shift Right Word [X] */
static void op_srw(ppc_cpu *c, uint32_t i) { uint32_t n = RB & 63; logres(c, i, n > 31 ? 0 : RS >> n, ppc_rc(i)); }
/* algebraic right shift; CA = negative source with one bits shifted out */
static void sra(ppc_cpu *c, uint32_t i, unsigned n)
{
    uint32_t s = RS, r;
    bool neg = s >> 31, out;
    if (n > 31) {
        r = neg ? 0xFFFFFFFFu : 0;
        out = s != 0;
    } else {
        r = n ? (s >> n) | (neg ? ~(0xFFFFFFFFu >> n) : 0) : s;
        out = n && (s & ((1u << n) - 1));
    }
    set_ca(c, neg && out);
    logres(c, i, r, ppc_rc(i));
}
/* 31/792 sraw - Shift Right Algebraic Word [X] */
static void op_sraw(ppc_cpu *c, uint32_t i) { sra(c, i, RB & 63); }
/* 31/824 srawi - Shift Right Algebraic Word Immediate [X] */
static void op_srawi(ppc_cpu *c, uint32_t i) { sra(c, i, sh_f(i)); }

/* ---- trap (BookE "Fixed-Point Trap Instructions"): TO bits lt gt eq ltu gtu ---- */
static void trap_if(ppc_cpu *c, uint32_t i, uint32_t a, uint32_t b)
{
    unsigned to = ppc_rt(i);
    bool t = ((to & 16) && (int32_t)a < (int32_t)b) || ((to & 8) && (int32_t)a > (int32_t)b) ||
             ((to & 4) && a == b) || ((to & 2) && a < b) || ((to & 1) && a > b);
    if (t)
        ppc_program(c, ESR_PTR);
}
/* 31/4 tw - Trap Word [X] */
static void op_tw(ppc_cpu *c, uint32_t i) { trap_if(c, i, GPR(ppc_ra(i)), RB); }
/* 3 twi - Trap Word Immediate [D] */
static void op_twi(ppc_cpu *c, uint32_t i) { trap_if(c, i, GPR(ppc_ra(i)), (uint32_t)ppc_simm(i)); }

#define I WB_PG_INNOCUOUS
const ppc_insn_def ppc_insns_int[] = {
    {31, 266, PPC_F_OE, "add", I, op_add},       {31, 10, PPC_F_OE, "addc", I, op_addc},
    {31, 138, PPC_F_OE, "adde", I, op_adde},     {31, 234, PPC_F_OE, "addme", I, op_addme},
    {31, 202, PPC_F_OE, "addze", I, op_addze},   {31, 40, PPC_F_OE, "subf", I, op_subf},
    {31, 8, PPC_F_OE, "subfc", I, op_subfc},     {31, 136, PPC_F_OE, "subfe", I, op_subfe},
    {31, 232, PPC_F_OE, "subfme", I, op_subfme}, {31, 200, PPC_F_OE, "subfze", I, op_subfze},
    {31, 104, PPC_F_OE, "neg", I, op_neg},       {14, 0, 0, "addi", I, op_addi},
    {15, 0, 0, "addis", I, op_addis},            {12, 0, 0, "addic", I, op_addic},
    {13, 0, 0, "addic.", I, op_addic_},          {8, 0, 0, "subfic", I, op_subfic},
    {7, 0, 0, "mulli", I, op_mulli},             {31, 235, PPC_F_OE, "mullw", I, op_mullw},
    {31, 75, 0, "mulhw", I, op_mulhw},           {31, 11, 0, "mulhwu", I, op_mulhwu},
    {31, 491, PPC_F_OE, "divw", I, op_divw},     {31, 459, PPC_F_OE, "divwu", I, op_divwu},
    {11, 0, 0, "cmpi", I, op_cmpi},              {10, 0, 0, "cmpli", I, op_cmpli},
    {31, 0, 0, "cmp", I, op_cmp},                {31, 32, 0, "cmpl", I, op_cmpl},
    {24, 0, 0, "ori", I, op_ori},                {25, 0, 0, "oris", I, op_oris},
    {26, 0, 0, "xori", I, op_xori},              {27, 0, 0, "xoris", I, op_xoris},
    {28, 0, 0, "andi.", I, op_andi_},            {29, 0, 0, "andis.", I, op_andis_},
    {31, 28, 0, "and", I, op_and},               {31, 60, 0, "andc", I, op_andc},
    {31, 444, 0, "or", I, op_or},                {31, 412, 0, "orc", I, op_orc},
    {31, 316, 0, "xor", I, op_xor},              {31, 476, 0, "nand", I, op_nand},
    {31, 124, 0, "nor", I, op_nor},              {31, 284, 0, "eqv", I, op_eqv},
    {31, 954, 0, "extsb", I, op_extsb},          {31, 922, 0, "extsh", I, op_extsh},
    {31, 26, 0, "cntlzw", I, op_cntlzw},         {21, 0, 0, "rlwinm", I, op_rlwinm},
    {23, 0, 0, "rlwnm", I, op_rlwnm},            {20, 0, 0, "rlwimi", I, op_rlwimi},
    {31, 24, 0, "slw", I, op_slw},               {31, 536, 0, "srw", I, op_srw},
    {31, 792, 0, "sraw", I, op_sraw},            {31, 824, 0, "srawi", I, op_srawi},
    {31, 4, 0, "tw", I, op_tw},                  {3, 0, 0, "twi", I, op_twi},
    {0, 0, 0, NULL, I, NULL},
};
