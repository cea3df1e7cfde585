/* Load, store, atomic and alternate-space instructions (V8 B.1-B.9). */
#include "sparc/sparc.h"

/* Effective address, alignment, and for the alternate forms the privilege and i=0 checks
 * (privileged_instruction has priority over illegal_instruction, V8 Table 7-1). */
static uint32_t ea(sparc_cpu *c, uint32_t i, unsigned align, bool alt, int *asi)
{
    *asi = -1;
    if (alt) {
        sparc_priv(c);
        if (F_I(i))
            sparc_trap(c, TT_ILLEGAL);
        *asi = (int)F_ASI(i);
    }
    uint32_t a = sparc_get(c, F_RS1(i)) + sparc_op2(c, i);
    if (a & (align - 1))
        sparc_trap(c, TT_ALIGN);
    return a;
}

static bool is_alt(uint32_t i) { return (i >> 19 & 0x10) != 0; }

static void load(sparc_cpu *c, uint32_t i, unsigned size, bool sgn)
{
    int asi;
    uint32_t a = ea(c, i, size, is_alt(i), &asi);
    uint32_t v = sparc_load(c, asi, a, size);
    if (sgn && size < 4 && (v >> (size * 8 - 1) & 1))
        v |= ~((1u << size * 8) - 1);
    sparc_set(c, F_RD(i), v);
}

static void store(sparc_cpu *c, uint32_t i, unsigned size)
{
    int asi;
    uint32_t a = ea(c, i, size, is_alt(i), &asi);
    sparc_store(c, asi, a, size, sparc_get(c, F_RD(i)));
}

/* LD, LDA - Load word (V8 B.1) */
static void op_ld(sparc_cpu *c, uint32_t i) { load(c, i, 4, false); }
/* LDUB, LDUBA - Load unsigned byte (V8 B.1) */
static void op_ldub(sparc_cpu *c, uint32_t i) { load(c, i, 1, false); }
/* LDUH, LDUHA - Load unsigned halfword (V8 B.1) */
static void op_lduh(sparc_cpu *c, uint32_t i) { load(c, i, 2, false); }
/* LDSB, LDSBA - Load signed byte (V8 B.1) */
static void op_ldsb(sparc_cpu *c, uint32_t i) { load(c, i, 1, true); }
/* LDSH, LDSHA - Load signed halfword (V8 B.1) */
static void op_ldsh(sparc_cpu *c, uint32_t i) { load(c, i, 2, true); }
/* ST, STA - Store word (V8 B.4) */
static void op_st(sparc_cpu *c, uint32_t i) { store(c, i, 4); }
/* STB, STBA - Store byte (V8 B.4) */
static void op_stb(sparc_cpu *c, uint32_t i) { store(c, i, 1); }
/* STH, STHA - Store halfword (V8 B.4) */
static void op_sth(sparc_cpu *c, uint32_t i) { store(c, i, 2); }

/* LDD, LDDA - Load doubleword (V8 B.1): odd rd is illegal; both words are read before any register
 * changes, so a fault leaves the registers intact */
static void op_ldd(sparc_cpu *c, uint32_t i)
{
    int asi;
    if (F_RD(i) & 1)
        sparc_trap(c, TT_ILLEGAL);
    uint32_t a = ea(c, i, 8, is_alt(i), &asi);
    uint32_t hi = sparc_load(c, asi, a, 4), lo = sparc_load(c, asi, a + 4, 4);
    sparc_set(c, F_RD(i), hi);
    sparc_set(c, F_RD(i) + 1, lo);
}

/* STD, STDA - Store doubleword (V8 B.4) */
static void op_std(sparc_cpu *c, uint32_t i)
{
    int asi;
    if (F_RD(i) & 1)
        sparc_trap(c, TT_ILLEGAL);
    uint32_t a = ea(c, i, 8, is_alt(i), &asi);
    sparc_store(c, asi, a, 4, sparc_get(c, F_RD(i)));
    sparc_store(c, asi, a + 4, 4, sparc_get(c, F_RD(i) + 1));
}

/* LDSTUB, LDSTUBA - Atomic load-store unsigned byte (V8 B.7): the byte becomes 0xFF */
static void op_ldstub(sparc_cpu *c, uint32_t i)
{
    int asi;
    uint32_t a = ea(c, i, 1, is_alt(i), &asi);
    uint32_t v = sparc_load(c, asi, a, 1);
    sparc_store(c, asi, a, 1, 0xFF);
    sparc_set(c, F_RD(i), v);
}

/* SWAP, SWAPA - Swap register with memory (V8 B.8) */
static void op_swap(sparc_cpu *c, uint32_t i)
{
    int asi;
    uint32_t a = ea(c, i, 4, is_alt(i), &asi);
    uint32_t v = sparc_load(c, asi, a, 4);
    sparc_store(c, asi, a, 4, sparc_get(c, F_RD(i)));
    sparc_set(c, F_RD(i), v);
}

/* ---- floating-point loads and stores (V8 B.2, B.5): fp_disabled first ---- */

static uint32_t fea(sparc_cpu *c, uint32_t i, unsigned align)
{
    int asi;
    sparc_fp_check(c);
    return ea(c, i, align, false, &asi);
}

/* LDF - Load floating-point register (V8 B.2) */
static void op_ldf(sparc_cpu *c, uint32_t i)
{
    uint32_t a = fea(c, i, 4);
    c->f[F_RD(i)] = sparc_load(c, -1, a, 4);
}

/* LDDF - Load double floating-point (V8 B.2): an odd rd is rounded down (V8 leaves it undefined) */
static void op_lddf(sparc_cpu *c, uint32_t i)
{
    uint32_t a = fea(c, i, 8);
    uint32_t hi = sparc_load(c, -1, a, 4), lo = sparc_load(c, -1, a + 4, 4);
    c->f[F_RD(i) & 30] = hi;
    c->f[(F_RD(i) & 30) + 1] = lo;
}

/* LDFSR - Load floating-point state register (V8 B.2): ver, ftt and qne are not writable */
static void op_ldfsr(sparc_cpu *c, uint32_t i)
{
    uint32_t a = fea(c, i, 4);
    uint32_t v = sparc_load(c, -1, a, 4);
    c->fsr = (v & ~(FSR_VER | FSR_FTT | FSR_QNE | 0x30301000u)) | (c->fsr & (FSR_VER | FSR_FTT | FSR_QNE));
}

/* STF - Store floating-point register (V8 B.5) */
static void op_stf(sparc_cpu *c, uint32_t i)
{
    uint32_t a = fea(c, i, 4);
    sparc_store(c, -1, a, 4, c->f[F_RD(i)]);
}

/* STDF - Store double floating-point (V8 B.5) */
static void op_stdf(sparc_cpu *c, uint32_t i)
{
    uint32_t a = fea(c, i, 8);
    sparc_store(c, -1, a, 4, c->f[F_RD(i) & 30]);
    sparc_store(c, -1, a + 4, 4, c->f[(F_RD(i) & 30) + 1]);
}

/* STFSR - Store floating-point state register (V8 B.5): ftt is cleared after the store */
static void op_stfsr(sparc_cpu *c, uint32_t i)
{
    uint32_t a = fea(c, i, 4);
    sparc_store(c, -1, a, 4, c->fsr);
    c->fsr &= ~FSR_FTT;
}

/* STDFQ - Store double floating-point queue (V8 B.5): privileged; the queue is always empty here,
 * so it is an fp_exception with ftt = sequence_error */
static void op_stdfq(sparc_cpu *c, uint32_t i)
{
    (void)i;
    sparc_priv(c);
    sparc_fp_check(c);
    c->fsr = (c->fsr & ~FSR_FTT) | FTT_SEQUENCE << FSR_FTT_SHIFT;
    sparc_trap(c, TT_FP_EXCEPTION);
}

/* LDC, LDDC, LDCSR, STC, STDC, STCSR, STDCQ - Coprocessor loads/stores (V8 B.3/B.6): cp_disabled */
static void op_cpmem(sparc_cpu *c, uint32_t i) { (void)i; sparc_trap(c, TT_CP_DISABLED); }

const sparc_insn_def sparc_insns_mem[] = {
    {SK_OP3(0x00), "LD", WB_PG_INNOCUOUS, op_ld},         {SK_OP3(0x01), "LDUB", WB_PG_INNOCUOUS, op_ldub},
    {SK_OP3(0x02), "LDUH", WB_PG_INNOCUOUS, op_lduh},     {SK_OP3(0x03), "LDD", WB_PG_INNOCUOUS, op_ldd},
    {SK_OP3(0x04), "ST", WB_PG_INNOCUOUS, op_st},         {SK_OP3(0x05), "STB", WB_PG_INNOCUOUS, op_stb},
    {SK_OP3(0x06), "STH", WB_PG_INNOCUOUS, op_sth},       {SK_OP3(0x07), "STD", WB_PG_INNOCUOUS, op_std},
    {SK_OP3(0x09), "LDSB", WB_PG_INNOCUOUS, op_ldsb},     {SK_OP3(0x0A), "LDSH", WB_PG_INNOCUOUS, op_ldsh},
    {SK_OP3(0x0D), "LDSTUB", WB_PG_INNOCUOUS, op_ldstub}, {SK_OP3(0x0F), "SWAP", WB_PG_INNOCUOUS, op_swap},
    {SK_OP3(0x10), "LDA", WB_PG_PRIVILEGED, op_ld},       {SK_OP3(0x11), "LDUBA", WB_PG_PRIVILEGED, op_ldub},
    {SK_OP3(0x12), "LDUHA", WB_PG_PRIVILEGED, op_lduh},   {SK_OP3(0x13), "LDDA", WB_PG_PRIVILEGED, op_ldd},
    {SK_OP3(0x14), "STA", WB_PG_PRIVILEGED, op_st},       {SK_OP3(0x15), "STBA", WB_PG_PRIVILEGED, op_stb},
    {SK_OP3(0x16), "STHA", WB_PG_PRIVILEGED, op_sth},     {SK_OP3(0x17), "STDA", WB_PG_PRIVILEGED, op_std},
    {SK_OP3(0x19), "LDSBA", WB_PG_PRIVILEGED, op_ldsb},   {SK_OP3(0x1A), "LDSHA", WB_PG_PRIVILEGED, op_ldsh},
    {SK_OP3(0x1D), "LDSTUBA", WB_PG_PRIVILEGED, op_ldstub}, {SK_OP3(0x1F), "SWAPA", WB_PG_PRIVILEGED, op_swap},
    {SK_OP3(0x20), "LDF", WB_PG_INNOCUOUS, op_ldf},       {SK_OP3(0x21), "LDFSR", WB_PG_INNOCUOUS, op_ldfsr},
    {SK_OP3(0x23), "LDDF", WB_PG_INNOCUOUS, op_lddf},     {SK_OP3(0x24), "STF", WB_PG_INNOCUOUS, op_stf},
    {SK_OP3(0x25), "STFSR", WB_PG_INNOCUOUS, op_stfsr},   {SK_OP3(0x26), "STDFQ", WB_PG_PRIVILEGED, op_stdfq},
    {SK_OP3(0x27), "STDF", WB_PG_INNOCUOUS, op_stdf},
    {SK_OP3(0x30), "LDC", WB_PG_INNOCUOUS, op_cpmem},     {SK_OP3(0x31), "LDCSR", WB_PG_INNOCUOUS, op_cpmem},
    {SK_OP3(0x33), "LDDC", WB_PG_INNOCUOUS, op_cpmem},    {SK_OP3(0x34), "STC", WB_PG_INNOCUOUS, op_cpmem},
    {SK_OP3(0x35), "STCSR", WB_PG_INNOCUOUS, op_cpmem},   {SK_OP3(0x36), "STDCQ", WB_PG_INNOCUOUS, op_cpmem},
    {SK_OP3(0x37), "STDC", WB_PG_INNOCUOUS, op_cpmem},
    {0, NULL, WB_PG_INNOCUOUS, NULL},
};
