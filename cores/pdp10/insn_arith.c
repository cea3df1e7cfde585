/* Fixed-point arithmetic: ADD SUB IMUL MUL IDIV DIV (SRM 2.5). */
#include "pdp10.h"

/* Operand of the arithmetic class: modes 0, 2, 3 use C(E); mode 1 (immediate) uses 0,,E. */
static uint64_t operand(pdp10_cpu *c, unsigned mode, uint32_t e)
{
    return mode == 1 ? e : pdp10_read(c, e);
}

/* Store: modes 0/1 to AC, 2 to E, 3 to both (memory first, so a protection violation leaves
 * the AC untouched). */
static void store(pdp10_cpu *c, unsigned mode, unsigned ac, uint32_t e, uint64_t v)
{
    if (mode >= 2)
        pdp10_write(c, e, v);
    if (mode != 2)
        c->ac[ac] = v & PDP10_WORD;
}

/* 270-273 ADD ADDI ADDM ADDB - Add (SRM 2.5) */
static void op_add(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e)
{
    unsigned mode = op & 3;
    uint64_t m = operand(c, mode, e);
    if (mode >= 2)
        pdp10_check_write(c, e);
    store(c, mode, ac, e, pdp10_add(c, c->ac[ac], m));
}

/* 274-277 SUB SUBI SUBM SUBB - Subtract (SRM 2.5) */
static void op_sub(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e)
{
    unsigned mode = op & 3;
    uint64_t m = operand(c, mode, e);
    if (mode >= 2)
        pdp10_check_write(c, e);
    store(c, mode, ac, e, pdp10_sub(c, c->ac[ac], m));
}

/* Signed 72-bit product of two 36-bit words. */
static __int128 product(uint64_t a, uint64_t b)
{
    return (__int128)pdp10_sval(a) * (__int128)pdp10_sval(b);
}

/* 220-223 IMUL IMULI IMULM IMULB - Integer Multiply (SRM 2.5): the low half of the product
 * with the product's sign; AROV when the product does not fit in one word.  The KA10 takes an
 * AC of -2^35 as +2^35 here too (see MUL; DAKAL tests it). */
static void op_imul(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e)
{
    unsigned mode = op & 3;
    uint64_t m = operand(c, mode, e);
    if (mode >= 2)
        pdp10_check_write(c, e);
    __int128 p = c->ac[ac] == PDP10_SIGN ? ((__int128)1 << 35) * pdp10_sval(m) : product(c->ac[ac], m);
    bool neg = p < 0;
    unsigned __int128 mag = neg ? (unsigned __int128)(-p) : (unsigned __int128)p;
    if (p < -(__int128)PDP10_SIGN || p > (__int128)PDP10_MAG)
        pdp10_set_flags(c, PDP10_AROV);
    /* sign from the full product, magnitude bits from its two's-complement low part */
    uint64_t low = (uint64_t)(neg ? (unsigned __int128)0 - mag : mag) & PDP10_MAG;
    store(c, mode, ac, e, (neg ? PDP10_SIGN : 0) | low);
}

/* 224-227 MUL MULI MULM MULB - Multiply (SRM 2.5): 70-bit product in AC, AC+1 with the sign
 * in bit 0 of both; AROV only for (-2^35)^2.  MULM stores the high word only.  KA10 quirk
 * (Processor Reference Manual, MUL: "In the KA10, an AC operand of -2^35 is treated as though
 * it were +2^35, producing the incorrect sign in the product"); DAKAK and DAKAL test it. */
static void op_mul(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e)
{
    unsigned mode = op & 3;
    uint64_t m = operand(c, mode, e);
    if (mode >= 2)
        pdp10_check_write(c, e);
    uint64_t a = c->ac[ac];
    __int128 p = a == PDP10_SIGN ? ((__int128)1 << 35) * pdp10_sval(m) : product(a, m);
    if (a == PDP10_SIGN && m == PDP10_SIGN)
        pdp10_set_flags(c, PDP10_AROV);
    unsigned __int128 u = (unsigned __int128)p;
    uint64_t hi = (uint64_t)(u >> 35) & PDP10_WORD;
    uint64_t lo = ((uint64_t)u & PDP10_MAG) | (hi & PDP10_SIGN);
    if (mode >= 2)
        pdp10_write(c, e, hi);
    if (mode != 2) {
        c->ac[ac] = hi;
        c->ac[(ac + 1) & 017] = lo;
    }
}

/* No divide: AROV and DCK, operands untouched (SRM 2.5). */
static void no_divide(pdp10_cpu *c)
{
    pdp10_set_flags(c, PDP10_AROV | PDP10_DCK);
}

/* 230-233 IDIV IDIVI IDIVM IDIVB - Integer Divide (SRM 2.5): quotient to AC, remainder (sign
 * of the dividend) to AC+1; IDIVM stores the quotient only. */
static void op_idiv(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e)
{
    unsigned mode = op & 3;
    uint64_t m = operand(c, mode, e);
    if (mode >= 2)
        pdp10_check_write(c, e);
    int64_t d = pdp10_sval(m), n = pdp10_sval(c->ac[ac]);
    if (d == 0 || (n == -(int64_t)PDP10_SIGN && d == -1)) {
        no_divide(c);
        return;
    }
    int64_t q = n / d, r = n % d;
    if (mode >= 2)
        pdp10_write(c, e, pdp10_word(q));
    if (mode != 2) {
        c->ac[ac] = pdp10_word(q);
        c->ac[(ac + 1) & 017] = pdp10_word(r);
    }
}

/* 234-237 DIV DIVI DIVM DIVB - Divide (SRM 2.5): the 70-bit dividend in AC, AC+1 (bit 0 of AC+1
 * ignored); no divide when the quotient's magnitude would not fit in 35 bits. */
static void op_div(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e)
{
    unsigned mode = op & 3;
    uint64_t m = operand(c, mode, e);
    if (mode >= 2)
        pdp10_check_write(c, e);
    __int128 n = (__int128)pdp10_sval(c->ac[ac]) * ((__int128)1 << 35) +
                 (__int128)(c->ac[(ac + 1) & 017] & PDP10_MAG);
    int64_t d = pdp10_sval(m);
    unsigned __int128 nm = n < 0 ? (unsigned __int128)(-n) : (unsigned __int128)n;
    unsigned __int128 dm = d < 0 ? (unsigned __int128)(-(__int128)d) : (unsigned __int128)d;
    if (dm == 0 || nm >= (dm << 35)) {
        no_divide(c);
        return;
    }
    __int128 q = n / d, r = n % d;
    if (mode >= 2)
        pdp10_write(c, e, (uint64_t)q & PDP10_WORD);
    if (mode != 2) {
        c->ac[ac] = (uint64_t)q & PDP10_WORD;
        c->ac[(ac + 1) & 017] = (uint64_t)r & PDP10_WORD;
    }
}

const pdp10_insn_def pdp10_insns_arith[] = {
    {0220, 1, "IMUL", WB_PG_INNOCUOUS, op_imul}, {0221, 1, "IMULI", WB_PG_INNOCUOUS, op_imul},
    {0222, 1, "IMULM", WB_PG_INNOCUOUS, op_imul}, {0223, 1, "IMULB", WB_PG_INNOCUOUS, op_imul},
    {0224, 1, "MUL", WB_PG_INNOCUOUS, op_mul},   {0225, 1, "MULI", WB_PG_INNOCUOUS, op_mul},
    {0226, 1, "MULM", WB_PG_INNOCUOUS, op_mul},  {0227, 1, "MULB", WB_PG_INNOCUOUS, op_mul},
    {0230, 1, "IDIV", WB_PG_INNOCUOUS, op_idiv}, {0231, 1, "IDIVI", WB_PG_INNOCUOUS, op_idiv},
    {0232, 1, "IDIVM", WB_PG_INNOCUOUS, op_idiv}, {0233, 1, "IDIVB", WB_PG_INNOCUOUS, op_idiv},
    {0234, 1, "DIV", WB_PG_INNOCUOUS, op_div},   {0235, 1, "DIVI", WB_PG_INNOCUOUS, op_div},
    {0236, 1, "DIVM", WB_PG_INNOCUOUS, op_div},  {0237, 1, "DIVB", WB_PG_INNOCUOUS, op_div},
    {0270, 1, "ADD", WB_PG_INNOCUOUS, op_add},   {0271, 1, "ADDI", WB_PG_INNOCUOUS, op_add},
    {0272, 1, "ADDM", WB_PG_INNOCUOUS, op_add},  {0273, 1, "ADDB", WB_PG_INNOCUOUS, op_add},
    {0274, 1, "SUB", WB_PG_INNOCUOUS, op_sub},   {0275, 1, "SUBI", WB_PG_INNOCUOUS, op_sub},
    {0276, 1, "SUBM", WB_PG_INNOCUOUS, op_sub},  {0277, 1, "SUBB", WB_PG_INNOCUOUS, op_sub},
    {0, 0, NULL, WB_PG_INNOCUOUS, NULL},
};
