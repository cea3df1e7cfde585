/* KA10 floating point: UFA DFN FSC and the FAD FSB FMP FDV families with their L, M, B, R, RI,
 * RM, RB forms (SRM 2.15).
 *
 * Format:  0  1      8 9                          35
 *         +--+--------+-----------------------------+
 *         |S |exponent|          fraction           |
 *         +--+--------+-----------------------------+
 * Exponent excess 200; a negative number is the two's complement of the whole word of its
 * magnitude.  A normalized fraction has magnitude in [1/2, 1).
 *
 * Arithmetic here is done exactly on signed integers wider than the hardware's, then reduced
 * to 27 bits the way the KA10 does it: truncation drops low-order bits of the two's-complement
 * result (so a negative result moves away from zero), rounding (the R forms) rounds the
 * magnitude half up.  FDV truncates the magnitude of the quotient. */
#include "pdp10.h"

#define FRAC 0777777777ull   /* bits 9-35 */

typedef struct {
    int e;       /* exponent, 0..0377 */
    int64_t f;   /* signed fraction in units of 2^-27 (|f| <= 2^27) */
} fnum;

static fnum unpack(uint64_t w)
{
    fnum r;
    if (w & PDP10_SIGN) {
        r.e = (int)(((w >> 27) & 0377) ^ 0377);
        r.f = (int64_t)(w & FRAC) - ((int64_t)1 << 27);
    } else {
        r.e = (int)((w >> 27) & 0377);
        r.f = (int64_t)(w & FRAC);
    }
    return r;
}

typedef enum { FLOOR, ROUND, TOWARD_ZERO } fround;

static __int128 i128abs(__int128 v) { return v < 0 ? -v : v; }
static __int128 pow2(int n) { return (__int128)1 << n; }

/* Exponent range check: overflow sets AROV FOV, underflow AROV FOV FXU (SRM 2.15). */
static void exp_flags(pdp10_cpu *c, int e)
{
    if (e > 0377)
        pdp10_set_flags(c, PDP10_AROV | PDP10_FOV);
    else if (e < 0)
        pdp10_set_flags(c, PDP10_AROV | PDP10_FOV | PDP10_FXU);
}

static uint64_t pack_word(int e, int64_t f)
{
    uint64_t w = ((uint64_t)(e & 0377) << 27) | (uint64_t)(f < 0 ? -f : f);
    return f < 0 ? pdp10_neg(w) : w;
}

/* Normalize the value s * 2^(e - 128 - k), reduce it to a 27-bit fraction and pack it.  With
 * low != NULL also produce the low-order word of a long result: the next 27 bits, positive,
 * with an exponent 27 smaller (zero when those bits are zero or that exponent underflows). */
static uint64_t fpack(pdp10_cpu *c, int e, __int128 s, int k, fround how, uint64_t *low)
{
    if (low)
        *low = 0;
    if (s == 0)
        return 0;
    while (i128abs(s) >= pow2(k)) {
        s >>= 1;
        e++;
    }
    while (i128abs(s) < pow2(k - 1)) {
        s *= 2;
        e--;
    }
    int sh = k - 27;
    __int128 f;
    if (how == FLOOR) {
        f = s >> sh;
    } else {
        __int128 m = i128abs(s);
        if (how == ROUND)
            m += pow2(sh - 1);
        m >>= sh;
        f = s < 0 ? -m : m;
    }
    if (i128abs(f) >= pow2(27)) {
        f >>= 1;
        e++;
        sh++;
    }
    exp_flags(c, e);
    if (low) {
        __int128 r = s - f * pow2(sh);          /* 0 <= r < 2^sh when truncating */
        __int128 lf = sh >= 27 ? r >> (sh - 27) : r * pow2(27 - sh);
        int le = e - 27;
        if (lf > 0 && le >= 0)
            *low = ((uint64_t)(le & 0377) << 27) | ((uint64_t)lf & FRAC);
    }
    return pack_word(e, (int64_t)f);
}

/* Operand of the family for mode (op & 7): 5 is immediate (E,,0). */
static uint64_t fl_operand(pdp10_cpu *c, unsigned mode, uint32_t e)
{
    if (mode == 5)
        return (uint64_t)e << 18;
    return pdp10_read(c, e);
}

/* Store by mode: 0/4/5 AC, 1 AC and AC+1 (long), 2/6 memory, 3/7 both. */
static void fl_store(pdp10_cpu *c, unsigned mode, unsigned ac, uint32_t e, uint64_t v, uint64_t low)
{
    switch (mode) {
    case 2: case 6:
        pdp10_write(c, e, v);
        break;
    case 3: case 7:
        pdp10_write(c, e, v);
        c->ac[ac] = v;
        break;
    case 1:
        c->ac[ac] = v;
        c->ac[(ac + 1) & 017] = low;
        break;
    default:
        c->ac[ac] = v;
        break;
    }
}

enum { KADD = 62 };   /* fraction bits carried through an addition */

/* Aligned sum of a and b as s * 2^(e - 128 - KADD). */
static __int128 fl_sum(uint64_t a, uint64_t b, int *e)
{
    fnum x = unpack(a), y = unpack(b);
    if (x.e < y.e) {
        fnum t = x;
        x = y;
        y = t;
    }
    __int128 sx = (__int128)x.f * pow2(KADD - 27), sy = (__int128)y.f * pow2(KADD - 27);
    int d = x.e - y.e;
    if (d >= 65)
        sy = 0;
    else if (d > 61)
        sy = sy < 0 ? -1 : 0;   /* shifted out entirely: only the sign is left */
    else
        sy >>= d;
    *e = x.e;
    return sx + sy;
}

static void fadd(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e, bool sub)
{
    unsigned mode = op & 7;
    uint64_t m = fl_operand(c, mode, e);
    if (mode == 2 || mode == 3 || mode == 6 || mode == 7)
        pdp10_check_write(c, e);
    if (sub)
        m = pdp10_neg(m);
    int ex;
    __int128 s = fl_sum(c->ac[ac], m, &ex);
    uint64_t low = 0;
    uint64_t r = fpack(c, ex, s, KADD, mode >= 4 ? ROUND : FLOOR, mode == 1 ? &low : NULL);
    fl_store(c, mode, ac, e, r, low);
}

/* 140-147 FAD FADL FADM FADB FADR FADRI FADRM FADRB - Floating Add (SRM 2.15) */
static void op_fad(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e)
{
    fadd(c, op, ac, e, false);
}

/* 150-157 FSB FSBL FSBM FSBB FSBR FSBRI FSBRM FSBRB - Floating Subtract (SRM 2.15) */
static void op_fsb(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e)
{
    fadd(c, op, ac, e, true);
}

/* 160-167 FMP FMPL FMPM FMPB FMPR FMPRI FMPRM FMPRB - Floating Multiply (SRM 2.15) */
static void op_fmp(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e)
{
    unsigned mode = op & 7;
    uint64_t m = fl_operand(c, mode, e);
    if (mode == 2 || mode == 3 || mode == 6 || mode == 7)
        pdp10_check_write(c, e);
    fnum x = unpack(c->ac[ac]), y = unpack(m);
    __int128 s = (__int128)x.f * y.f;   /* 54 fraction bits */
    uint64_t low = 0;
    uint64_t r = fpack(c, x.e + y.e - 0200, s, 54, mode >= 4 ? ROUND : FLOOR, mode == 1 ? &low : NULL);
    fl_store(c, mode, ac, e, r, low);
}

/* 170-177 FDV FDVL FDVM FDVB FDVR FDVRI FDVRM FDVRB - Floating Divide (SRM 2.15).  No divide
 * (AROV FOV DCK, nothing stored) when the divisor is zero or the dividend's fraction is at
 * least twice the divisor's.  FDVL divides AC, AC+1 and leaves the remainder in AC+1. */
static void op_fdv(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e)
{
    unsigned mode = op & 7;
    uint64_t m = fl_operand(c, mode, e);
    if (mode == 2 || mode == 3 || mode == 6 || mode == 7)
        pdp10_check_write(c, e);
    fnum x = unpack(c->ac[ac]), y = unpack(m);
    __int128 n = (__int128)x.f * pow2(27);   /* dividend, 54 fraction bits */
    if (mode == 1)
        n += (__int128)(c->ac[(ac + 1) & 017] & FRAC);
    __int128 nm = i128abs(n), dm = i128abs((__int128)y.f) * pow2(27);
    if (dm == 0 || nm >= 2 * dm) {
        pdp10_set_flags(c, PDP10_AROV | PDP10_FOV | PDP10_DCK);
        return;
    }
    if (nm == 0) {
        fl_store(c, mode, ac, e, 0, 0);
        return;
    }
    /* |q| = |n| / |d| with 56 fraction bits and a sticky bit for the rounding */
    __int128 q = (nm * pow2(56)) / dm;
    if ((nm * pow2(56)) % dm)
        q |= 1;
    bool neg = (n < 0) != (y.f < 0);
    int qe = x.e - y.e + 0200;
    uint64_t r = fpack(c, qe, neg ? -q : q, 56, mode >= 4 ? ROUND : TOWARD_ZERO, NULL);
    uint64_t rem = 0;
    if (mode == 1 && r) {
        /* remainder = dividend - quotient * divisor, with the dividend's sign */
        fnum qf = unpack(r);
        int t = qf.e + y.e - 0200 - x.e;   /* scale of q*d relative to the dividend */
        __int128 qd = (__int128)qf.f * y.f;
        __int128 rr = t >= 0 ? n - qd * pow2(t) : n - (qd >> -t);
        rem = fpack(c, x.e, rr, 54, FLOOR, NULL);
    }
    fl_store(c, mode, ac, e, r, rem);
}

/* 130 UFA - Unnormalized Floating Add (SRM 2.15): the sum, not normalized except for a carry
 * out of the fraction, goes to AC+1. */
static void op_ufa(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e)
{
    (void)op;
    uint64_t m = pdp10_read(c, e);
    int ex;
    __int128 s = fl_sum(c->ac[ac], m, &ex);
    if (i128abs(s) >= pow2(KADD)) {
        s >>= 1;
        ex++;
    }
    __int128 f = s >> (KADD - 27);
    if (i128abs(f) >= pow2(27)) {
        f >>= 1;
        ex++;
    }
    uint64_t r = 0;
    if (f != 0) {
        exp_flags(c, ex);
        r = pack_word(ex, (int64_t)f);
    }
    c->ac[(ac + 1) & 017] = r;
}

/* 131 DFN - Double Floating Negate (SRM 2.15): AC is the high word, E the low word; the low
 * fraction is negated (bits 0-8 kept), the high word complemented, plus one when the low
 * fraction is zero. */
static void op_dfn(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e)
{
    (void)op;
    uint64_t low = pdp10_read(c, e);
    uint64_t nl = (~(low & FRAC) + 1) & FRAC;
    uint64_t newlow = (low & ~FRAC & PDP10_WORD) | nl;
    uint64_t newhigh = (~c->ac[ac] + (nl == 0 ? 1 : 0)) & PDP10_WORD;
    pdp10_write(c, e, newlow);
    c->ac[ac] = newhigh;
}

/* 132 FSC - Floating Scale (SRM 2.15): E (a signed 9-bit count, like a shift's) is added to the
 * exponent of AC, and the result normalized. */
static void op_fsc(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e)
{
    (void)op;
    int n = (int)(((e & 0400000) ? 0400u : 0u) | (e & 0377));
    if (n >= 0400)
        n -= 01000;
    fnum x = unpack(c->ac[ac]);
    c->ac[ac] = x.f == 0 ? 0 : fpack(c, x.e + n, x.f, 27, FLOOR, NULL);
}

#define F8(op, n, f) {op, 1, n, WB_PG_INNOCUOUS, f}, {op + 1, 1, n "L", WB_PG_INNOCUOUS, f}, \
    {op + 2, 1, n "M", WB_PG_INNOCUOUS, f}, {op + 3, 1, n "B", WB_PG_INNOCUOUS, f}, \
    {op + 4, 1, n "R", WB_PG_INNOCUOUS, f}, {op + 5, 1, n "RI", WB_PG_INNOCUOUS, f}, \
    {op + 6, 1, n "RM", WB_PG_INNOCUOUS, f}, {op + 7, 1, n "RB", WB_PG_INNOCUOUS, f}

const pdp10_insn_def pdp10_insns_float[] = {
    {0130, 1, "UFA", WB_PG_INNOCUOUS, op_ufa},
    {0131, 1, "DFN", WB_PG_INNOCUOUS, op_dfn},
    {0132, 1, "FSC", WB_PG_INNOCUOUS, op_fsc},
    F8(0140, "FAD", op_fad), F8(0150, "FSB", op_fsb), F8(0160, "FMP", op_fmp), F8(0170, "FDV", op_fdv),
    {0, 0, NULL, WB_PG_INNOCUOUS, NULL},
};
