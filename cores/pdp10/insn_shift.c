/* Shifts and rotates, single and combined, and JFFO (SRM 2.8). */
#include "pdp10.h"

/* The shift count is E as a signed 9-bit number: bit 18 is the sign, bits 28-35 the rest. */
static int count(uint32_t e)
{
    int v = (int)(((e & 0400000) ? 0400u : 0u) | (e & 0377));
    return v >= 0400 ? v - 01000 : v;
}

/* Arithmetic left shift of a signed value held in `bits` magnitude bits plus sign: true when
 * a bit different from the sign is shifted out (SRM: AROV). */
static bool ash_overflow(__int128 v, int n, int bits)
{
    if (v == 0)
        return false;
    if (n > bits)
        return true;
    __int128 top = v >> (bits - n);   /* the bits that pass through bit 1 */
    return top != 0 && top != -1;
}

/* 240 ASH - Arithmetic Shift (SRM 2.8) */
static void op_ash(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e)
{
    (void)op;
    int n = count(e);
    uint64_t a = c->ac[ac];
    int64_t v = pdp10_sval(a);
    uint64_t r;
    if (n > 0) {
        if (ash_overflow(v, n, 35))
            pdp10_set_flags(c, PDP10_AROV);
        r = (a & PDP10_SIGN) | (n >= 36 ? 0 : ((a << n) & PDP10_MAG));
    } else if (n < 0) {
        int m = -n > 35 ? 35 : -n;
        r = pdp10_word(v >> m);
    } else {
        r = a;
    }
    c->ac[ac] = r;
}

/* 241 ROT - Rotate (SRM 2.8) */
static void op_rot(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e)
{
    (void)op;
    int n = count(e) % 36;
    if (n < 0)
        n += 36;
    uint64_t a = c->ac[ac];
    if (n)
        a = ((a << n) | (a >> (36 - n))) & PDP10_WORD;
    c->ac[ac] = a;
}

/* 242 LSH - Logical Shift (SRM 2.8) */
static void op_lsh(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e)
{
    (void)op;
    int n = count(e);
    uint64_t a = c->ac[ac];
    if (n >= 36 || n <= -36)
        a = 0;
    else if (n > 0)
        a = (a << n) & PDP10_WORD;
    else if (n < 0)
        a >>= -n;
    c->ac[ac] = a;
}

/* 243 JFFO - Jump if Find First One (SRM 2.8): AC+1 gets the number of leading zeros. */
static void op_jffo(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e)
{
    (void)op;
    uint64_t a = c->ac[ac];
    unsigned n = 0;
    if (a) {
        while (!(a & (PDP10_SIGN >> n)))
            n++;
    }
    c->ac[(ac + 1) & 017] = n;
    if (a)
        pdp10_jump(c, e);
}

/* The pair AC, AC+1 as a 72-bit quantity. */
static unsigned __int128 pair(pdp10_cpu *c, unsigned ac)
{
    return ((unsigned __int128)c->ac[ac] << 36) | c->ac[(ac + 1) & 017];
}

static void set_pair(pdp10_cpu *c, unsigned ac, unsigned __int128 v)
{
    c->ac[ac] = (uint64_t)(v >> 36) & PDP10_WORD;
    c->ac[(ac + 1) & 017] = (uint64_t)v & PDP10_WORD;
}

#define MASK72 ((((unsigned __int128)1) << 72) - 1)

/* 244 ASHC - Arithmetic Shift Combined (SRM 2.8): a 70-bit magnitude (AC bits 1-35, AC+1 bits
 * 1-35) with the sign of AC; AC+1 bit 0 is ignored and set to the sign. */
static void op_ashc(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e)
{
    (void)op;
    int n = count(e);
    if (n == 0)
        return;
    uint64_t hi = c->ac[ac], lo = c->ac[(ac + 1) & 017];
    bool neg = (hi & PDP10_SIGN) != 0;
    /* signed 71-bit value */
    __int128 v = (__int128)pdp10_sval(hi) * ((__int128)1 << 35) + (__int128)(lo & PDP10_MAG);
    __int128 r;
    if (n > 0) {
        if (ash_overflow(v, n, 70))
            pdp10_set_flags(c, PDP10_AROV);
        unsigned __int128 mag70 = (((unsigned __int128)1) << 70) - 1;
        unsigned __int128 u = n >= 71 ? 0 : (((unsigned __int128)v << n) & mag70);
        r = (__int128)u;
    } else {
        int m = -n > 70 ? 70 : -n;
        r = v >> m;   /* arithmetic: sign fills */
    }
    unsigned __int128 u = (unsigned __int128)r;
    uint64_t nh = ((uint64_t)(u >> 35) & PDP10_MAG) | (neg ? PDP10_SIGN : 0);
    uint64_t nl = ((uint64_t)u & PDP10_MAG) | (neg ? PDP10_SIGN : 0);
    c->ac[ac] = nh;
    c->ac[(ac + 1) & 017] = nl;
}

/* 245 ROTC - Rotate Combined (SRM 2.8) */
static void op_rotc(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e)
{
    (void)op;
    int n = count(e) % 72;
    if (n < 0)
        n += 72;
    unsigned __int128 v = pair(c, ac);
    if (n)
        v = ((v << n) | (v >> (72 - n))) & MASK72;
    set_pair(c, ac, v);
}

/* 246 LSHC - Logical Shift Combined (SRM 2.8) */
static void op_lshc(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e)
{
    (void)op;
    int n = count(e);
    unsigned __int128 v = pair(c, ac);
    if (n >= 72 || n <= -72)
        v = 0;
    else if (n > 0)
        v = (v << n) & MASK72;
    else if (n < 0)
        v >>= -n;
    set_pair(c, ac, v);
}

const pdp10_insn_def pdp10_insns_shift[] = {
    {0240, 1, "ASH", WB_PG_INNOCUOUS, op_ash},   {0241, 1, "ROT", WB_PG_INNOCUOUS, op_rot},
    {0242, 1, "LSH", WB_PG_INNOCUOUS, op_lsh},   {0243, 1, "JFFO", WB_PG_INNOCUOUS, op_jffo},
    {0244, 1, "ASHC", WB_PG_INNOCUOUS, op_ashc}, {0245, 1, "ROTC", WB_PG_INNOCUOUS, op_rotc},
    {0246, 1, "LSHC", WB_PG_INNOCUOUS, op_lshc},
    {0, 0, NULL, WB_PG_INNOCUOUS, NULL},
};
