/* Byte manipulation: IBP ILDB LDB IDPB DPB (SRM 2.8).
 *
 * Byte pointer:   0    5 6   11 12 13 14 17 18          35
 *                +------+------+--+--+-----+--------------+
 *                |  P   |  S   |  |I |  X  |      Y       |
 *                +------+------+--+--+-----+--------------+
 * P = bits to the right of the byte, S = byte size. */
#include "pdp10.h"

/* Increment the pointer at E (SRM 2.8): P - S; when that goes negative, Y + 1 and P = 36 - S.
 * The KA10 adds the 1 to the whole word, so Y = 777777 carries into the left half (DAKAM). */
static void increment(pdp10_cpu *c, uint32_t e)
{
    uint64_t bp = pdp10_read(c, e);
    int p = (int)((bp >> 30) & 077), s = (int)((bp >> 24) & 077);
    p -= s;
    if (p < 0) {
        p = (36 - s) & 077;
        bp = (bp + 1) & PDP10_WORD;
    }
    bp = (bp & ~((uint64_t)077 << 30)) | ((uint64_t)p << 30);
    pdp10_write(c, e, bp);
}

/* The byte's word address (the pointer's I, X, Y) and its position. */
static uint32_t byte_addr(pdp10_cpu *c, uint32_t e, int *p, int *s)
{
    uint64_t bp = pdp10_read(c, e);
    *p = (int)((bp >> 30) & 077);
    *s = (int)((bp >> 24) & 077);
    return pdp10_ea(c, bp & 037777777);
}

static uint64_t byte_mask(int p, int s)
{
    if (p >= 36)
        return 0;
    uint64_t m = s >= 36 ? PDP10_WORD : ((uint64_t)1 << s) - 1;
    return (m << p) & PDP10_WORD;
}

static void load(pdp10_cpu *c, unsigned ac, uint32_t e)
{
    int p, s;
    uint32_t a = byte_addr(c, e, &p, &s);
    uint64_t w = pdp10_read(c, a);
    uint64_t m = byte_mask(p, s);
    c->ac[ac] = p >= 36 ? 0 : (w & m) >> p;
}

static void deposit(pdp10_cpu *c, unsigned ac, uint32_t e)
{
    int p, s;
    uint32_t a = byte_addr(c, e, &p, &s);
    uint64_t w = pdp10_read(c, a);
    uint64_t m = byte_mask(p, s);
    uint64_t b = p >= 36 ? 0 : (c->ac[ac] << p) & m;
    pdp10_write(c, a, (w & ~m) | b);
}

/* The increment of ILDB/IDPB is the instruction's first part; BIS (first part done) keeps an
 * interrupted instruction from incrementing twice when it is restarted (SRM 2.8). */
static void first_part(pdp10_cpu *c, uint32_t e)
{
    if (!(c->flags & PDP10_BIS)) {
        increment(c, e);
        c->flags |= PDP10_BIS;
    }
}

/* 133 IBP - Increment Byte Pointer */
static void op_ibp(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e)
{
    (void)op;
    (void)ac;
    increment(c, e);
}

/* 134 ILDB - Increment Pointer and Load Byte */
static void op_ildb(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e)
{
    (void)op;
    first_part(c, e);
    load(c, ac, e);
    c->flags &= ~(uint32_t)PDP10_BIS;
}

/* 135 LDB - Load Byte */
static void op_ldb(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e)
{
    (void)op;
    load(c, ac, e);
}

/* 136 IDPB - Increment Pointer and Deposit Byte */
static void op_idpb(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e)
{
    (void)op;
    first_part(c, e);
    deposit(c, ac, e);
    c->flags &= ~(uint32_t)PDP10_BIS;
}

/* 137 DPB - Deposit Byte */
static void op_dpb(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e)
{
    (void)op;
    deposit(c, ac, e);
}

const pdp10_insn_def pdp10_insns_byte[] = {
    {0133, 1, "IBP", WB_PG_INNOCUOUS, op_ibp},   {0134, 1, "ILDB", WB_PG_INNOCUOUS, op_ildb},
    {0135, 1, "LDB", WB_PG_INNOCUOUS, op_ldb},   {0136, 1, "IDPB", WB_PG_INNOCUOUS, op_idpb},
    {0137, 1, "DPB", WB_PG_INNOCUOUS, op_dpb},
    {0, 0, NULL, WB_PG_INNOCUOUS, NULL},
};
