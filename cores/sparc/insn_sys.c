/* State register instructions (V8 B.28, B.29).  WR* take effect immediately: V8 allows up to three
 * delay instructions, and software must not rely on any particular number, so zero is within the
 * manual's latitude. */
#include "sparc/sparc.h"

/* RDY, RDASR, STBAR - Read Y / ancillary state register (V8 B.28); rs1=15 rd=0 is STBAR */
static void op_rdasr(sparc_cpu *c, uint32_t i)
{
    unsigned r = F_RS1(i);
    if (r == 0)
        sparc_set(c, F_RD(i), c->y);
    else if (r == 15 && F_RD(i) == 0)
        return;   /* STBAR: stores are never reordered here */
    else if (r == 17)
        sparc_set(c, F_RD(i), 0x100u | (SPARC_NWINDOWS - 1));   /* LEON3 %asr17: V8 mul/div, NWIN-1 */
    else
        sparc_trap(c, TT_ILLEGAL);
}

/* RDPSR - Read processor state register (V8 B.28), privileged */
static void op_rdpsr(sparc_cpu *c, uint32_t i) { sparc_priv(c); sparc_set(c, F_RD(i), c->psr); }
/* RDWIM - Read window invalid mask (V8 B.28), privileged */
static void op_rdwim(sparc_cpu *c, uint32_t i) { sparc_priv(c); sparc_set(c, F_RD(i), c->wim); }
/* RDTBR - Read trap base register (V8 B.28), privileged */
static void op_rdtbr(sparc_cpu *c, uint32_t i) { sparc_priv(c); sparc_set(c, F_RD(i), c->tbr); }

static uint32_t wval(sparc_cpu *c, uint32_t i) { return sparc_get(c, F_RS1(i)) ^ sparc_op2(c, i); }

/* WRY, WRASR - Write Y / ancillary state register (V8 B.29): the value is rs1 XOR operand 2 */
static void op_wrasr(sparc_cpu *c, uint32_t i)
{
    if (F_RD(i) == 0)
        c->y = wval(c, i);
    else if (F_RD(i) == 17)
        return;   /* LEON3 %asr17: nothing writable is modelled */
    else
        sparc_trap(c, TT_ILLEGAL);
}

/* WRPSR - Write processor state register (V8 B.29): CWP >= NWINDOWS is illegal_instruction */
static void op_wrpsr(sparc_cpu *c, uint32_t i)
{
    sparc_priv(c);
    uint32_t v = wval(c, i);
    if ((v & PSR_CWP) >= SPARC_NWINDOWS)
        sparc_trap(c, TT_ILLEGAL);
    sparc_set_psr(c, v);
}

/* WRWIM - Write window invalid mask (V8 B.29): bits for missing windows read as zero */
static void op_wrwim(sparc_cpu *c, uint32_t i)
{
    sparc_priv(c);
    c->wim = wval(c, i) & ((1u << SPARC_NWINDOWS) - 1);
}

/* WRTBR - Write trap base register (V8 B.29): only TBA (bits 31:12) is writable */
static void op_wrtbr(sparc_cpu *c, uint32_t i)
{
    sparc_priv(c);
    c->tbr = (wval(c, i) & 0xFFFFF000u) | (c->tbr & 0xFF0u);
}

const sparc_insn_def sparc_insns_sys[] = {
    {SK_OP2(0x28), "RDY", WB_PG_INNOCUOUS, op_rdasr},
    {SK_OP2(0x29), "RDPSR", WB_PG_PRIVILEGED, op_rdpsr},
    {SK_OP2(0x2A), "RDWIM", WB_PG_PRIVILEGED, op_rdwim},
    {SK_OP2(0x2B), "RDTBR", WB_PG_PRIVILEGED, op_rdtbr},
    {SK_OP2(0x30), "WRY", WB_PG_INNOCUOUS, op_wrasr},
    {SK_OP2(0x31), "WRPSR", WB_PG_PRIVILEGED, op_wrpsr},
    {SK_OP2(0x32), "WRWIM", WB_PG_PRIVILEGED, op_wrwim},
    {SK_OP2(0x33), "WRTBR", WB_PG_PRIVILEGED, op_wrtbr},
    {0, NULL, WB_PG_INNOCUOUS, NULL},
};
