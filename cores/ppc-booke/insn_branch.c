/* Branches, condition-register instructions and System Call (BookE 3.3.12-3.3.14 "Branch and
 * Condition Register Instructions", "System Linkage"). */
#include "booke.h"

/* BO decoding: 0x10 ignore the condition, 0x08 the value it must have, 0x04 leave CTR alone,
 * 0x02 branch when the decremented CTR is zero (else when non-zero). */
static bool bo_taken(ppc_cpu *c, unsigned bo, unsigned bi, bool may_decrement)
{
    bool ctr_ok = true;
    if (!(bo & 4) && may_decrement) {
        c->ctr--;
        ctr_ok = (c->ctr != 0) != ((bo & 2) != 0);
    }
    bool cond_ok = (bo & 0x10) || (((c->cr >> (31 - bi)) & 1) == ((bo >> 3) & 1));
    return ctr_ok && cond_ok;
}

/* 18 b - Branch [I] (AA bit 30 absolute, LK bit 31 link) */
static void op_b(ppc_cpu *c, uint32_t i)
{
    uint32_t li = i & 0x03FFFFFCu;
    if (li & 0x02000000u)
        li |= 0xFC000000u;
    uint32_t target = (i & 2) ? li : c->cia + li;
    if (i & 1)
        c->lr = c->cia + 4;
    c->pc = target;
}
/* 16 bc - Branch Conditional [B] */
static void op_bc(ppc_cpu *c, uint32_t i)
{
    uint32_t bd = i & 0xFFFCu;
    if (bd & 0x8000u)
        bd |= 0xFFFF0000u;
    bool t = bo_taken(c, ppc_rt(i), ppc_ra(i), true);
    if (i & 1)
        c->lr = c->cia + 4;
    if (t)
        c->pc = (i & 2) ? bd : c->cia + bd;
}
/* 19/16 bclr - Branch Conditional to Link Register [XL] */
static void op_bclr(ppc_cpu *c, uint32_t i)
{
    uint32_t target = c->lr & ~3u;
    bool t = bo_taken(c, ppc_rt(i), ppc_ra(i), true);
    if (i & 1)
        c->lr = c->cia + 4;
    if (t)
        c->pc = target;
}
/* 19/528 bcctr - Branch Conditional to Count Register [XL]: BO[2]=0 is an invalid form */
static void op_bcctr(ppc_cpu *c, uint32_t i)
{
    if (!(ppc_rt(i) & 4))
        ppc_illegal(c, i);
    uint32_t target = c->ctr & ~3u;
    bool t = bo_taken(c, ppc_rt(i), ppc_ra(i), false);
    if (i & 1)
        c->lr = c->cia + 4;
    if (t)
        c->pc = target;
}

/* ---- CR logical: crbD = bits 6:10, crbA 11:15, crbB 16:20 ---- */
static void crop(ppc_cpu *c, uint32_t i, unsigned fn)
{
    unsigned a = (c->cr >> (31 - ppc_ra(i))) & 1, b = (c->cr >> (31 - ppc_rb(i))) & 1, r;
    switch (fn) {
    case 0: r = a & b; break;
    case 1: r = a & !b; break;
    case 2: r = !(a & b); break;
    case 3: r = !(a | b); break;
    case 4: r = a | b; break;
    case 5: r = a | !b; break;
    case 6: r = a ^ b; break;
    default: r = !(a ^ b); break;
    }
    uint32_t bit = 1u << (31 - ppc_rt(i));
    c->cr = r ? c->cr | bit : c->cr & ~bit;
}
/* 19/257 crand - Condition Register AND [XL] */
static void op_crand(ppc_cpu *c, uint32_t i) { crop(c, i, 0); }
/* 19/129 crandc - Condition Register AND with Complement [XL] */
static void op_crandc(ppc_cpu *c, uint32_t i) { crop(c, i, 1); }
/* 19/225 crnand - Condition Register NAND [XL] */
static void op_crnand(ppc_cpu *c, uint32_t i) { crop(c, i, 2); }
/* 19/33 crnor - Condition Register NOR [XL] */
static void op_crnor(ppc_cpu *c, uint32_t i) { crop(c, i, 3); }
/* 19/449 cror - Condition Register OR [XL] */
static void op_cror(ppc_cpu *c, uint32_t i) { crop(c, i, 4); }
/* 19/417 crorc - Condition Register OR with Complement [XL] */
static void op_crorc(ppc_cpu *c, uint32_t i) { crop(c, i, 5); }
/* 19/193 crxor - Condition Register XOR [XL] */
static void op_crxor(ppc_cpu *c, uint32_t i) { crop(c, i, 6); }
/* 19/289 creqv - Condition Register Equivalent [XL] */
static void op_creqv(ppc_cpu *c, uint32_t i) { crop(c, i, 7); }
/* 19/0 mcrf - Move Condition Register Field [XL] */
static void op_mcrf(ppc_cpu *c, uint32_t i)
{
    ppc_set_crf(c, (i >> 23) & 7, (c->cr >> (28 - 4 * ((i >> 18) & 7))) & 15);
}
/* 31/19 mfcr - Move From Condition Register [X] */
static void op_mfcr(ppc_cpu *c, uint32_t i) { c->gpr[ppc_rt(i)] = c->cr; }
/* 31/144 mtcrf - Move To Condition Register Fields [XFX] (FXM bits 12:19) */
static void op_mtcrf(ppc_cpu *c, uint32_t i)
{
    unsigned fxm = (i >> 12) & 0xFF;
    uint32_t m = 0;
    for (unsigned f = 0; f < 8; f++)
        if (fxm & (0x80u >> f))
            m |= 0xF0000000u >> (4 * f);
    c->cr = (c->cr & ~m) | (c->gpr[ppc_rt(i)] & m);
}
/* 31/512 mcrxr - Move to Condition Register from XER [X]: XER[SO OV CA] -> CR field, then cleared */
static void op_mcrxr(ppc_cpu *c, uint32_t i)
{
    ppc_set_crf(c, (i >> 23) & 7, c->xer >> 28);
    c->xer &= ~(XER_SO | XER_OV | XER_CA);
}
/* 17 sc - System Call [SC]: SRR0 = the next instruction */
static void op_sc(ppc_cpu *c, uint32_t i)
{
    (void)i;
    ppc_interrupt(c, IVOR_SYSCALL, c->cia + 4, 0, false, 0, false, WB_TRAP_SYSCALL);
}

#define I WB_PG_INNOCUOUS
const ppc_insn_def ppc_insns_branch[] = {
    {18, 0, 0, "b", I, op_b},            {16, 0, 0, "bc", I, op_bc},           {19, 16, 0, "bclr", I, op_bclr},
    {19, 528, 0, "bcctr", I, op_bcctr},  {19, 257, 0, "crand", I, op_crand},   {19, 129, 0, "crandc", I, op_crandc},
    {19, 225, 0, "crnand", I, op_crnand}, {19, 33, 0, "crnor", I, op_crnor},   {19, 449, 0, "cror", I, op_cror},
    {19, 417, 0, "crorc", I, op_crorc},  {19, 193, 0, "crxor", I, op_crxor},   {19, 289, 0, "creqv", I, op_creqv},
    {19, 0, 0, "mcrf", I, op_mcrf},      {31, 19, 0, "mfcr", I, op_mfcr},      {31, 144, 0, "mtcrf", I, op_mtcrf},
    {31, 512, 0, "mcrxr", I, op_mcrxr},  {17, 0, 0, "sc", I, op_sc},
    {0, 0, 0, NULL, I, NULL},
};
