/* Control transfer and window instructions (V8 B.21-B.27): delayed transfers, annulment, traps. */
#include "sparc/sparc.h"

static uint32_t disp22(uint32_t i) { return (uint32_t)((int32_t)(i << 10) >> 8); }

/* Bicc - Branch on integer condition codes (V8 B.21): a=1 annuls the delay instruction when the
 * branch is not taken, and always for BA */
static void op_bicc(sparc_cpu *c, uint32_t i)
{
    unsigned cond = i >> 25 & 15;
    bool a = (i >> 29) & 1;
    bool taken = sparc_icc(c->psr, cond);
    if (taken)
        c->next_npc = c->insn_pc + disp22(i);
    if (a && (!taken || cond == 8))
        c->annul = true;
}

/* CALL - Call and link (V8 B.24): %o7 gets the CALL's own address */
static void op_call(sparc_cpu *c, uint32_t i)
{
    sparc_set(c, 15, c->insn_pc);
    c->next_npc = c->insn_pc + (i << 2);
}

/* JMPL - Jump and link (V8 B.25) */
static void op_jmpl(sparc_cpu *c, uint32_t i)
{
    uint32_t t = sparc_get(c, F_RS1(i)) + sparc_op2(c, i);
    if (t & 3)
        sparc_trap(c, TT_ALIGN);
    sparc_set(c, F_RD(i), c->insn_pc);
    c->next_npc = t;
}

/* RETT - Return from trap (V8 B.26): ET=1 -> illegal (S=1) or privileged (S=0); the other traps
 * happen with ET=0 and so enter error mode */
static void op_rett(sparc_cpu *c, uint32_t i)
{
    bool s = sparc_super(c);
    if (c->psr & PSR_ET)
        sparc_trap(c, s ? TT_ILLEGAL : TT_PRIV);
    if (!s)
        sparc_trap(c, TT_PRIV);
    unsigned ncwp = ((c->psr & PSR_CWP) + 1) % SPARC_NWINDOWS;
    if (c->wim >> ncwp & 1)
        sparc_trap(c, TT_WUNDERFLOW);
    uint32_t t = sparc_get(c, F_RS1(i)) + sparc_op2(c, i);
    if (t & 3)
        sparc_trap(c, TT_ALIGN);
    uint32_t ps = c->psr & PSR_PS;
    c->psr = (c->psr & ~(PSR_CWP | PSR_S)) | ncwp | PSR_ET | (ps ? PSR_S : 0);
    c->next_npc = t;
}

/* Ticc - Trap on integer condition codes (V8 B.27): tt = 128 + ((rs1 + rs2/imm7) mod 128) */
static void op_ticc(sparc_cpu *c, uint32_t i)
{
    if (!sparc_icc(c->psr, i >> 25 & 15))
        return;
    uint32_t n = sparc_get(c, F_RS1(i)) + (F_I(i) ? (i & 0x7F) : sparc_get(c, F_RS2(i)));
    sparc_trap(c, TT_TICC + (n & 0x7F));
}

/* SAVE - Save caller's window (V8 B.22): operands from the old window, result into the new one */
static void op_save(sparc_cpu *c, uint32_t i)
{
    uint32_t r = sparc_get(c, F_RS1(i)) + sparc_op2(c, i);
    unsigned ncwp = ((c->psr & PSR_CWP) + SPARC_NWINDOWS - 1) % SPARC_NWINDOWS;
    if (c->wim >> ncwp & 1)
        sparc_trap(c, TT_WOVERFLOW);
    c->psr = (c->psr & ~PSR_CWP) | ncwp;
    sparc_set(c, F_RD(i), r);
}

/* RESTORE - Restore caller's window (V8 B.22) */
static void op_restore(sparc_cpu *c, uint32_t i)
{
    uint32_t r = sparc_get(c, F_RS1(i)) + sparc_op2(c, i);
    unsigned ncwp = ((c->psr & PSR_CWP) + 1) % SPARC_NWINDOWS;
    if (c->wim >> ncwp & 1)
        sparc_trap(c, TT_WUNDERFLOW);
    c->psr = (c->psr & ~PSR_CWP) | ncwp;
    sparc_set(c, F_RD(i), r);
}

/* FLUSH - Flush instruction memory (V8 B.32): instructions are never cached here */
static void op_flush(sparc_cpu *c, uint32_t i) { (void)c; (void)i; }

/* CBccc, CPop1, CPop2 - Coprocessor operations (V8 B.29/B.30): no coprocessor, cp_disabled */
static void op_cp(sparc_cpu *c, uint32_t i) { (void)i; sparc_trap(c, TT_CP_DISABLED); }

/* UNIMP - Unimplemented (V8 B.31): illegal_instruction */
static void op_unimp(sparc_cpu *c, uint32_t i) { (void)i; sparc_trap(c, TT_ILLEGAL); }

const sparc_insn_def sparc_insns_ctl[] = {
    {SK_OP0(2), "BICC", WB_PG_INNOCUOUS, op_bicc},
    {SK_CALL, "CALL", WB_PG_INNOCUOUS, op_call},
    {SK_OP2(0x38), "JMPL", WB_PG_INNOCUOUS, op_jmpl},
    {SK_OP2(0x39), "RETT", WB_PG_PRIVILEGED, op_rett},
    {SK_OP2(0x3A), "TICC", WB_PG_INNOCUOUS, op_ticc},
    /* SAVE/RESTORE depend on WIM only through the window traps, the same in both modes and under any
     * relocation: innocuous in P&G's terms (vmwb classify sparc agrees). */
    {SK_OP2(0x3C), "SAVE", WB_PG_INNOCUOUS, op_save},
    {SK_OP2(0x3D), "RESTORE", WB_PG_INNOCUOUS, op_restore},
    {SK_OP2(0x3B), "FLUSH", WB_PG_INNOCUOUS, op_flush},
    {SK_OP0(7), "CBCCC", WB_PG_INNOCUOUS, op_cp},
    {SK_OP2(0x36), "CPOP1", WB_PG_INNOCUOUS, op_cp},
    {SK_OP2(0x37), "CPOP2", WB_PG_INNOCUOUS, op_cp},
    {SK_OP0(0), "UNIMP", WB_PG_INNOCUOUS, op_unimp},
    {0, NULL, WB_PG_INNOCUOUS, NULL},
};
