/* S/370 instruction group: hexadecimal floating point (PoO chapter 9, "Floating-Point
 * Instructions").
 *
 * Number formats (bit 0 = most significant):
 *
 *   short     0 1       7 8                      31
 *            +-+---------+------------------------+
 *            |S|  char   | fraction, 6 hex digits |      high half of an FPR; the low half
 *            +-+---------+------------------------+      is ignored as a source, kept as a target
 *   long      0 1       7 8                                                    63
 *            +-+---------+-----------------------------------------------------+
 *            |S|  char   | fraction, 14 hex digits                             |
 *            +-+---------+-----------------------------------------------------+
 *   extended  FPR pair 0/2 or 4/6: the high-order part (FPR 0 or 4) is a long number holding the
 *             sign, the characteristic and fraction digits 1-14; the low-order part (FPR 2 or 6)
 *             holds digits 15-28.  Its own sign and characteristic are ignored in operands; in
 *             results they are the result sign and the characteristic less 14, modulo 128.
 *
 *   value = fraction (radix point left of digit 1) * 16 ** (char - 64)   (excess-64 exponent)
 *
 * A true zero has fraction, characteristic and sign all zero.  Everything here is done on integer
 * fractions with the exact digit-level truncation the manual prescribes (one guard digit in add,
 * subtract and compare; prenormalized operands and a truncated result in multiply and divide),
 * never in host floating point, so results are bit-exact.
 *
 * Exceptions (PoO "Floating-Point Arithmetic Exceptions"): exponent overflow (C) always interrupts,
 * the result characteristic being 128 less than the correct one; exponent underflow (D)
 * interrupts only when program-mask bit 2 is one (characteristic 128 greater), else the result is
 * a true zero; significance (E) -- a zero sum fraction -- interrupts only when program-mask bit 1
 * is one (the intermediate characteristic is kept), else the result is a true zero; floating-point
 * divide (F) suppresses the operation.  C, D and E complete the operation: the result and the
 * condition code are set before the interruption.
 */
#include "s370.h"

__extension__ typedef unsigned __int128 u128;

/* An unpacked operand or result.  ch is the characteristic as an int so that it may leave
 * 0..127 while a result is formed; f holds the fraction digits of the format as an integer. */
typedef struct {
    unsigned neg;
    int ch;
    u128 f;
} hfp;

enum { SHORT_DIGITS = 6, LONG_DIGITS = 14, EXT_DIGITS = 28 };

#define M24 0x00FFFFFFu
#define M56 0x00FFFFFFFFFFFFFFull

static const hfp true_zero = {0, 0, 0};

/* ---------- registers ---------- */

/* FPR index of an R field: only 0, 2, 4 and 6 designate floating-point registers. */
static unsigned fr(s370_cpu *c, unsigned r)
{
    if ((r & 1) || r > 6)
        s370_program_check(c, S370_PGM_SPECIFICATION);
    return r >> 1;
}

/* FPR index of the high-order part of an extended operand: pairs 0/2 and 4/6 only. */
static unsigned xr(s370_cpu *c, unsigned r)
{
    if (r != 0 && r != 4)
        s370_program_check(c, S370_PGM_SPECIFICATION);
    return r >> 1;
}

static uint32_t get_short(const s370_cpu *c, unsigned i) { return (uint32_t)(c->fpr[i] >> 32); }

/* Short results replace the high half only (PoO "Floating-Point Data Format"). */
static void put_short(s370_cpu *c, unsigned i, uint32_t v)
{
    c->fpr[i] = (uint64_t)v << 32 | (c->fpr[i] & 0xFFFFFFFFu);
}

/* ---------- packing ---------- */

static hfp unpack_short(uint32_t w) { return (hfp){w >> 31, (int)(w >> 24 & 0x7F), w & M24}; }
static hfp unpack_long(uint64_t d) { return (hfp){(unsigned)(d >> 63), (int)(d >> 56 & 0x7F), d & M56}; }

static hfp unpack_ext(const s370_cpu *c, unsigned i)
{
    hfp x = unpack_long(c->fpr[i]);
    x.f = x.f << 56 | (c->fpr[i + 1] & M56);   /* low-order sign and characteristic ignored */
    return x;
}

static uint32_t pack_short(hfp x)
{
    return (uint32_t)x.neg << 31 | (uint32_t)(x.ch & 0x7F) << 24 | ((uint32_t)x.f & M24);
}

static uint64_t pack_long(hfp x)
{
    return (uint64_t)x.neg << 63 | (uint64_t)(x.ch & 0x7F) << 56 | ((uint64_t)x.f & M56);
}

/* The low-order part of an extended result carries the result sign and a characteristic 14 less
 * than the high-order one, modulo 128 -- also for the zero fraction left by a significance
 * interruption -- except that a result made a true zero makes both parts true zero. */
static void put_ext(s370_cpu *c, unsigned i, hfp x, bool made_zero)
{
    hfp hi = {x.neg, x.ch, x.f >> 56}, lo = {x.neg, x.ch - 14, x.f & M56};
    c->fpr[i] = pack_long(hi);
    c->fpr[i + 1] = made_zero ? 0 : pack_long(lo);
}

/* A result equal to a true zero is one the operation made so, unless a significance
 * interruption kept its intermediate characteristic (which may happen to be zero). */
static bool is_made_zero(hfp x, uint16_t pgm)
{
    return pgm != S370_PGM_SIGNIFICANCE && !x.neg && !x.ch && !x.f;
}

static uint8_t cc_of(hfp x) { return x.f == 0 ? 0 : x.neg ? 1 : 2; }

/* ---------- common steps ---------- */

/* Shift a nonzero fraction of `digits` digits left until its leftmost digit is nonzero. */
static void normalize(hfp *x, int digits)
{
    if (x->f == 0)
        return;
    while ((x->f >> (4 * (digits - 1))) == 0) {
        x->f <<= 4;
        x->ch--;
    }
}

/* Range of a result with a nonzero fraction: returns the program interruption code to raise once
 * the result is stored, or 0.  Overflow always interrupts with the characteristic 128 too small;
 * underflow interrupts (characteristic 128 too large) only under program-mask bit 2, otherwise
 * the result becomes a true zero. */
static uint16_t fix_range(const s370_cpu *c, hfp *x)
{
    if (x->ch > 127) {
        x->ch -= 128;
        return S370_PGM_EXPONENT_OVERFLOW;
    }
    if (x->ch < 0) {
        if (c->pmask & S370_PM_EXPUNDER) {
            x->ch += 128;
            return S370_PGM_EXPONENT_UNDERFLOW;
        }
        *x = true_zero;
    }
    return 0;
}

static void raise_if(s370_cpu *c, uint16_t code)
{
    if (code)
        s370_program_check(c, code);
}

/* ---------- add, subtract, compare ---------- */

/* Intermediate sum of a and b (PoO ADD NORMALIZED): the fraction with the smaller characteristic
 * is shifted right one digit per unit of difference, keeping one guard digit and losing what
 * falls off beyond it; the fractions are added algebraically; a carry shifts the sum right one
 * digit and raises the characteristic.  The result fraction has digits+1 digits (the last one
 * the guard digit) and the characteristic of the larger operand (+1 on carry). */
static hfp add_raw(hfp a, hfp b, int digits)
{
    if (a.ch < b.ch) {
        hfp t = a;
        a = b;
        b = t;
    }
    unsigned shift = (unsigned)(a.ch - b.ch);
    u128 fa = a.f << 4, fb = b.f << 4;
    fb = shift > (unsigned)digits ? 0 : fb >> (4 * shift);
    hfp s = {a.neg, a.ch, 0};
    if (a.neg == b.neg)
        s.f = fa + fb;
    else if (fa >= fb)
        s.f = fa - fb;
    else {
        s.f = fb - fa;
        s.neg = b.neg;
    }
    if (s.f >> (4 * (digits + 1))) {
        s.f >>= 4;
        s.ch++;
    }
    return s;
}

/* ADD NORMALIZED / ADD UNNORMALIZED (and SUBTRACT with b's sign inverted).  Normalized: a zero
 * intermediate sum including the guard digit is a zero result; the sum is normalized with the
 * guard digit taking part, then truncated.  Unnormalized: the sum is truncated as it stands and
 * the guard digit does not count towards a nonzero result (PoO ADD UNNORMALIZED). */
static uint16_t hfp_add(const s370_cpu *c, hfp *r, hfp a, hfp b, int digits, bool norm)
{
    hfp s = add_raw(a, b, digits);
    if (norm)
        normalize(&s, digits + 1);
    s.f >>= 4;                       /* drop the guard digit */
    if (s.f == 0) {
        /* The sign of a zero sum is plus.  With the significance mask on, the intermediate
         * characteristic stays and the interruption follows; otherwise a true zero. */
        s.neg = 0;
        if (c->pmask & S370_PM_SIGNIF) {
            *r = s;
            return S370_PGM_SIGNIFICANCE;
        }
        *r = true_zero;
        return 0;
    }
    *r = s;
    return fix_range(c, r);
}

static hfp negate(hfp x)
{
    x.neg ^= 1;
    return x;
}

/* COMPARE: the condition code of a normalized subtraction, guard digit included; nothing is
 * stored and no arithmetic exception is possible. */
static uint8_t hfp_compare(hfp a, hfp b, int digits)
{
    return cc_of(add_raw(a, negate(b), digits));
}

/* ---------- multiply ---------- */

/* The 224-bit product of two 112-bit fractions, as high and low 112-bit halves. */
static u128 mul_112(u128 a, u128 b, u128 *lo)
{
    const u128 m56 = M56, m112 = ((u128)1 << 112) - 1;
    u128 ah = a >> 56, al = a & m56, bh = b >> 56, bl = b & m56;
    u128 mid = ah * bl + al * bh;                      /* < 2^113 */
    u128 low = al * bl + ((mid & m56) << 56);          /* < 2^113 */
    u128 high = ah * bh + (mid >> 56) + (low >> 112);  /* < 2^112: the product is < 2^224 */
    *lo = low & m112;
    return high;
}

/* MULTIPLY (PoO): the operands are prenormalized; the intermediate product is the exact product
 * of the fractions, with characteristic ca + cb - 64; one leading zero digit is removed by a left
 * shift that brings in the next (guard) digit; the fraction is then truncated to out digits.  A
 * zero operand fraction gives a true zero with no exception.  in: operand digits (6, 14 or 28). */
static uint16_t hfp_mul(const s370_cpu *c, hfp *r, hfp a, hfp b, int in, int out)
{
    if (a.f == 0 || b.f == 0) {
        *r = true_zero;
        return 0;
    }
    normalize(&a, in);
    normalize(&b, in);
    hfp p = {a.neg ^ b.neg, a.ch + b.ch - 64, 0};
    if (in == EXT_DIGITS) {
        u128 lo, hi = mul_112(a.f, b.f, &lo);
        if ((hi >> 108) == 0) {
            hi = hi << 4 | lo >> 108;
            p.ch--;
        }
        p.f = hi & (((u128)1 << 112) - 1);
    } else {
        u128 prod = a.f * b.f;                         /* 2*in digits, exact */
        if ((prod >> (8 * in - 4)) == 0) {
            prod <<= 4;
            p.ch--;
        }
        p.f = out >= 2 * in ? prod << (4 * (out - 2 * in)) : prod >> (4 * (2 * in - out));
    }
    *r = p;
    return fix_range(c, r);
}

/* ---------- divide ---------- */

/* DIVIDE (PoO) for a nonzero divisor: the operands are prenormalized; the quotient characteristic
 * is ca - cb + 64; when the dividend fraction is not less than the divisor's it is shifted right
 * one digit first (characteristic + 1), so the quotient needs no postnormalization; the quotient
 * is truncated.  A zero dividend fraction gives a true zero with no exception. */
static uint16_t hfp_div(const s370_cpu *c, hfp *r, hfp a, hfp b, int digits)
{
    if (a.f == 0) {
        *r = true_zero;
        return 0;
    }
    normalize(&a, digits);
    normalize(&b, digits);
    hfp q = {a.neg ^ b.neg, a.ch - b.ch + 64, 0};
    if (a.f >= b.f) {
        q.ch++;
        q.f = (a.f << (4 * digits - 4)) / b.f;
    } else {
        q.f = (a.f << (4 * digits)) / b.f;
    }
    *r = q;
    return fix_range(c, r);
}

/* ---------- shared bodies of the handlers ---------- */

static void add_short(s370_cpu *c, unsigned r1, uint32_t op2, bool sub, bool norm)
{
    hfp r, b = unpack_short(op2);
    uint16_t pgm = hfp_add(c, &r, unpack_short(get_short(c, r1)), sub ? negate(b) : b,
                           SHORT_DIGITS, norm);
    put_short(c, r1, pack_short(r));
    c->cc = cc_of(r);
    raise_if(c, pgm);
}

static void add_long(s370_cpu *c, unsigned r1, uint64_t op2, bool sub, bool norm)
{
    hfp r, b = unpack_long(op2);
    uint16_t pgm = hfp_add(c, &r, unpack_long(c->fpr[r1]), sub ? negate(b) : b, LONG_DIGITS, norm);
    c->fpr[r1] = pack_long(r);
    c->cc = cc_of(r);
    raise_if(c, pgm);
}

static void add_ext(s370_cpu *c, const uint8_t *ins, bool sub)
{
    unsigned r1 = xr(c, s370_r1(ins)), r2 = xr(c, s370_r2(ins));
    hfp r, b = unpack_ext(c, r2);
    uint16_t pgm = hfp_add(c, &r, unpack_ext(c, r1), sub ? negate(b) : b, EXT_DIGITS, true);
    put_ext(c, r1, r, is_made_zero(r, pgm));
    c->cc = cc_of(r);
    raise_if(c, pgm);
}

/* Short multiplier and multiplicand, long product (MER, ME). */
static void mul_short(s370_cpu *c, unsigned r1, uint32_t op2)
{
    hfp r;
    uint16_t pgm = hfp_mul(c, &r, unpack_short(get_short(c, r1)), unpack_short(op2),
                           SHORT_DIGITS, LONG_DIGITS);
    c->fpr[r1] = pack_long(r);
    raise_if(c, pgm);
}

static void mul_long(s370_cpu *c, unsigned r1, uint64_t op2)
{
    hfp r;
    uint16_t pgm = hfp_mul(c, &r, unpack_long(c->fpr[r1]), unpack_long(op2), LONG_DIGITS, LONG_DIGITS);
    c->fpr[r1] = pack_long(r);
    raise_if(c, pgm);
}

/* Long multiplier and multiplicand, extended product (MXDR, MXD): the multiplicand is the long
 * number in the high-order register of the result pair. */
static void mul_long_ext(s370_cpu *c, unsigned r1, uint64_t op2)
{
    hfp r;
    uint16_t pgm = hfp_mul(c, &r, unpack_long(c->fpr[r1]), unpack_long(op2), LONG_DIGITS, EXT_DIGITS);
    put_ext(c, r1, r, is_made_zero(r, pgm));
    raise_if(c, pgm);
}

static void div_short(s370_cpu *c, unsigned r1, uint32_t op2)
{
    hfp r, b = unpack_short(op2);
    if (b.f == 0)       /* also for a zero dividend: the operation is suppressed */
        s370_program_check(c, S370_PGM_FLOAT_DIVIDE);
    uint16_t pgm = hfp_div(c, &r, unpack_short(get_short(c, r1)), b, SHORT_DIGITS);
    put_short(c, r1, pack_short(r));
    raise_if(c, pgm);
}

static void div_long(s370_cpu *c, unsigned r1, uint64_t op2)
{
    hfp r, b = unpack_long(op2);
    if (b.f == 0)
        s370_program_check(c, S370_PGM_FLOAT_DIVIDE);
    uint16_t pgm = hfp_div(c, &r, unpack_long(c->fpr[r1]), b, LONG_DIGITS);
    c->fpr[r1] = pack_long(r);
    raise_if(c, pgm);
}

/* HALVE is a divide by 2 (PoO programming note): prenormalization, the right shift of one bit
 * into the guard digit and postnormalization give exactly the truncated quotient. */
static uint32_t halve_short(s370_cpu *c, uint32_t w, uint16_t *pgm)
{
    static const hfp two = {0, 0x41, 0x200000};
    hfp r;
    *pgm = hfp_div(c, &r, unpack_short(w), two, SHORT_DIGITS);
    return pack_short(r);
}

static uint64_t halve_long(s370_cpu *c, uint64_t v, uint16_t *pgm)
{
    static const hfp two = {0, 0x41, 0x20000000000000ull};
    hfp r;
    *pgm = hfp_div(c, &r, unpack_long(v), two, LONG_DIGITS);
    return pack_long(r);
}

/* LOAD ROUNDED: add one in the leftmost bit that is dropped, propagate the carry as if the
 * fraction were positive; a carry out of the fraction shifts it right one digit and raises the
 * characteristic (exponent overflow possible).  No normalization; the sign is kept. */
static uint16_t round_to(hfp *x, int drop_bits, int digits)
{
    x->f = (x->f + ((u128)1 << (drop_bits - 1))) >> drop_bits;
    if (x->f >> (4 * digits)) {
        x->f >>= 4;
        x->ch++;
    }
    if (x->ch > 127) {
        x->ch -= 128;
        return S370_PGM_EXPONENT_OVERFLOW;
    }
    return 0;
}

/* ---------- handlers: loads and stores ---------- */

/* 38 LER - Load [RR, short] (PoO ch. 9 LOAD) */
static void op_ler(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1 = fr(c, s370_r1(ins)), r2 = fr(c, s370_r2(ins));
    put_short(c, r1, get_short(c, r2));
}

/* 28 LDR - Load [RR, long] (PoO ch. 9 LOAD) */
static void op_ldr(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1 = fr(c, s370_r1(ins)), r2 = fr(c, s370_r2(ins));
    c->fpr[r1] = c->fpr[r2];
}

/* 78 LE - Load [RX, short] (PoO ch. 9 LOAD) */
static void op_le(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1 = fr(c, s370_r1(ins));
    put_short(c, r1, s370_fetch4(c, s370_rx_addr(c, ins)));
}

/* 68 LD - Load [RX, long] (PoO ch. 9 LOAD) */
static void op_ld(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1 = fr(c, s370_r1(ins));
    c->fpr[r1] = s370_fetch8(c, s370_rx_addr(c, ins));
}

/* 70 STE - Store [RX, short] (PoO ch. 9 STORE) */
static void op_ste(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1 = fr(c, s370_r1(ins));
    s370_store4(c, s370_rx_addr(c, ins), get_short(c, r1));
}

/* 60 STD - Store [RX, long] (PoO ch. 9 STORE) */
static void op_std(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1 = fr(c, s370_r1(ins));
    s370_store8(c, s370_rx_addr(c, ins), c->fpr[r1]);
}

/* ---------- handlers: sign control (PoO LOAD AND TEST / COMPLEMENT / NEGATIVE / POSITIVE) ----------
 * The operand is moved with its sign bit kept, inverted, set or cleared, even for a zero
 * fraction; the condition code tests the fraction and the resulting sign. */

enum { SIGN_KEEP, SIGN_INVERT, SIGN_SET, SIGN_CLEAR };

static uint32_t sign_op32(uint32_t w, int how)
{
    switch (how) {
    case SIGN_INVERT: return w ^ 0x80000000u;
    case SIGN_SET: return w | 0x80000000u;
    case SIGN_CLEAR: return w & 0x7FFFFFFFu;
    default: return w;
    }
}

static void sign_short(s370_cpu *c, const uint8_t *ins, int how)
{
    unsigned r1 = fr(c, s370_r1(ins)), r2 = fr(c, s370_r2(ins));
    uint32_t w = sign_op32(get_short(c, r2), how);
    put_short(c, r1, w);
    c->cc = cc_of(unpack_short(w));
}

static void sign_long(s370_cpu *c, const uint8_t *ins, int how)
{
    unsigned r1 = fr(c, s370_r1(ins)), r2 = fr(c, s370_r2(ins));
    uint64_t v = c->fpr[r2];
    uint32_t hi = sign_op32((uint32_t)(v >> 32), how);
    v = (uint64_t)hi << 32 | (v & 0xFFFFFFFFu);
    c->fpr[r1] = v;
    c->cc = cc_of(unpack_long(v));
}

/* 32 LTER - Load and Test [RR, short] (PoO ch. 9 LOAD AND TEST) */
static void op_lter(s370_cpu *c, const uint8_t *ins) { sign_short(c, ins, SIGN_KEEP); }
/* 22 LTDR - Load and Test [RR, long] (PoO ch. 9 LOAD AND TEST) */
static void op_ltdr(s370_cpu *c, const uint8_t *ins) { sign_long(c, ins, SIGN_KEEP); }
/* 33 LCER - Load Complement [RR, short] (PoO ch. 9 LOAD COMPLEMENT) */
static void op_lcer(s370_cpu *c, const uint8_t *ins) { sign_short(c, ins, SIGN_INVERT); }
/* 23 LCDR - Load Complement [RR, long] (PoO ch. 9 LOAD COMPLEMENT) */
static void op_lcdr(s370_cpu *c, const uint8_t *ins) { sign_long(c, ins, SIGN_INVERT); }
/* 31 LNER - Load Negative [RR, short] (PoO ch. 9 LOAD NEGATIVE) */
static void op_lner(s370_cpu *c, const uint8_t *ins) { sign_short(c, ins, SIGN_SET); }
/* 21 LNDR - Load Negative [RR, long] (PoO ch. 9 LOAD NEGATIVE) */
static void op_lndr(s370_cpu *c, const uint8_t *ins) { sign_long(c, ins, SIGN_SET); }
/* 30 LPER - Load Positive [RR, short] (PoO ch. 9 LOAD POSITIVE) */
static void op_lper(s370_cpu *c, const uint8_t *ins) { sign_short(c, ins, SIGN_CLEAR); }
/* 20 LPDR - Load Positive [RR, long] (PoO ch. 9 LOAD POSITIVE) */
static void op_lpdr(s370_cpu *c, const uint8_t *ins) { sign_long(c, ins, SIGN_CLEAR); }

/* ---------- handlers: halve and load rounded ---------- */

/* 34 HER - Halve [RR, short] (PoO ch. 9 HALVE) */
static void op_her(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1 = fr(c, s370_r1(ins)), r2 = fr(c, s370_r2(ins));
    uint16_t pgm;
    put_short(c, r1, halve_short(c, get_short(c, r2), &pgm));
    raise_if(c, pgm);
}

/* 24 HDR - Halve [RR, long] (PoO ch. 9 HALVE) */
static void op_hdr(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1 = fr(c, s370_r1(ins)), r2 = fr(c, s370_r2(ins));
    uint16_t pgm;
    c->fpr[r1] = halve_long(c, c->fpr[r2], &pgm);
    raise_if(c, pgm);
}

/* 35 LRER - Load Rounded [RR, long to short] (PoO ch. 9 LOAD ROUNDED) */
static void op_lrer(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1 = fr(c, s370_r1(ins)), r2 = fr(c, s370_r2(ins));
    hfp x = unpack_long(c->fpr[r2]);
    uint16_t pgm = round_to(&x, 32, SHORT_DIGITS);      /* +1 in bit 32 of the long operand */
    put_short(c, r1, pack_short(x));
    raise_if(c, pgm);
}

/* 25 LRDR - Load Rounded [RR, extended to long] (PoO ch. 9 LOAD ROUNDED) */
static void op_lrdr(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1 = fr(c, s370_r1(ins)), r2 = xr(c, s370_r2(ins));
    hfp x = unpack_ext(c, r2);
    uint16_t pgm = round_to(&x, 56, LONG_DIGITS);       /* +1 in bit 72 of the extended operand */
    c->fpr[r1] = pack_long(x);
    raise_if(c, pgm);
}

/* ---------- handlers: add and subtract ---------- */

/* 3A AER - Add Normalized [RR, short] (PoO ch. 9 ADD NORMALIZED) */
static void op_aer(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1 = fr(c, s370_r1(ins)), r2 = fr(c, s370_r2(ins));
    add_short(c, r1, get_short(c, r2), false, true);
}

/* 7A AE - Add Normalized [RX, short] (PoO ch. 9 ADD NORMALIZED) */
static void op_ae(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1 = fr(c, s370_r1(ins));
    add_short(c, r1, s370_fetch4(c, s370_rx_addr(c, ins)), false, true);
}

/* 2A ADR - Add Normalized [RR, long] (PoO ch. 9 ADD NORMALIZED) */
static void op_adr(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1 = fr(c, s370_r1(ins)), r2 = fr(c, s370_r2(ins));
    add_long(c, r1, c->fpr[r2], false, true);
}

/* 6A AD - Add Normalized [RX, long] (PoO ch. 9 ADD NORMALIZED) */
static void op_ad(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1 = fr(c, s370_r1(ins));
    add_long(c, r1, s370_fetch8(c, s370_rx_addr(c, ins)), false, true);
}

/* 36 AXR - Add Normalized [RR, extended] (PoO ch. 9 ADD NORMALIZED) */
static void op_axr(s370_cpu *c, const uint8_t *ins) { add_ext(c, ins, false); }

/* 3B SER - Subtract Normalized [RR, short] (PoO ch. 9 SUBTRACT NORMALIZED) */
static void op_ser(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1 = fr(c, s370_r1(ins)), r2 = fr(c, s370_r2(ins));
    add_short(c, r1, get_short(c, r2), true, true);
}

/* 7B SE - Subtract Normalized [RX, short] (PoO ch. 9 SUBTRACT NORMALIZED) */
static void op_se(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1 = fr(c, s370_r1(ins));
    add_short(c, r1, s370_fetch4(c, s370_rx_addr(c, ins)), true, true);
}

/* 2B SDR - Subtract Normalized [RR, long] (PoO ch. 9 SUBTRACT NORMALIZED) */
static void op_sdr(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1 = fr(c, s370_r1(ins)), r2 = fr(c, s370_r2(ins));
    add_long(c, r1, c->fpr[r2], true, true);
}

/* 6B SD - Subtract Normalized [RX, long] (PoO ch. 9 SUBTRACT NORMALIZED) */
static void op_sd(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1 = fr(c, s370_r1(ins));
    add_long(c, r1, s370_fetch8(c, s370_rx_addr(c, ins)), true, true);
}

/* 37 SXR - Subtract Normalized [RR, extended] (PoO ch. 9 SUBTRACT NORMALIZED) */
static void op_sxr(s370_cpu *c, const uint8_t *ins) { add_ext(c, ins, true); }

/* 3E AUR - Add Unnormalized [RR, short] (PoO ch. 9 ADD UNNORMALIZED) */
static void op_aur(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1 = fr(c, s370_r1(ins)), r2 = fr(c, s370_r2(ins));
    add_short(c, r1, get_short(c, r2), false, false);
}

/* 7E AU - Add Unnormalized [RX, short] (PoO ch. 9 ADD UNNORMALIZED) */
static void op_au(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1 = fr(c, s370_r1(ins));
    add_short(c, r1, s370_fetch4(c, s370_rx_addr(c, ins)), false, false);
}

/* 2E AWR - Add Unnormalized [RR, long] (PoO ch. 9 ADD UNNORMALIZED) */
static void op_awr(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1 = fr(c, s370_r1(ins)), r2 = fr(c, s370_r2(ins));
    add_long(c, r1, c->fpr[r2], false, false);
}

/* 6E AW - Add Unnormalized [RX, long] (PoO ch. 9 ADD UNNORMALIZED) */
static void op_aw(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1 = fr(c, s370_r1(ins));
    add_long(c, r1, s370_fetch8(c, s370_rx_addr(c, ins)), false, false);
}

/* 3F SUR - Subtract Unnormalized [RR, short] (PoO ch. 9 SUBTRACT UNNORMALIZED) */
static void op_sur(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1 = fr(c, s370_r1(ins)), r2 = fr(c, s370_r2(ins));
    add_short(c, r1, get_short(c, r2), true, false);
}

/* 7F SU - Subtract Unnormalized [RX, short] (PoO ch. 9 SUBTRACT UNNORMALIZED) */
static void op_su(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1 = fr(c, s370_r1(ins));
    add_short(c, r1, s370_fetch4(c, s370_rx_addr(c, ins)), true, false);
}

/* 2F SWR - Subtract Unnormalized [RR, long] (PoO ch. 9 SUBTRACT UNNORMALIZED) */
static void op_swr(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1 = fr(c, s370_r1(ins)), r2 = fr(c, s370_r2(ins));
    add_long(c, r1, c->fpr[r2], true, false);
}

/* 6F SW - Subtract Unnormalized [RX, long] (PoO ch. 9 SUBTRACT UNNORMALIZED) */
static void op_sw(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1 = fr(c, s370_r1(ins));
    add_long(c, r1, s370_fetch8(c, s370_rx_addr(c, ins)), true, false);
}

/* ---------- handlers: compare ---------- */

/* 39 CER - Compare [RR, short] (PoO ch. 9 COMPARE) */
static void op_cer(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1 = fr(c, s370_r1(ins)), r2 = fr(c, s370_r2(ins));
    c->cc = hfp_compare(unpack_short(get_short(c, r1)), unpack_short(get_short(c, r2)), SHORT_DIGITS);
}

/* 79 CE - Compare [RX, short] (PoO ch. 9 COMPARE) */
static void op_ce(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1 = fr(c, s370_r1(ins));
    uint32_t op2 = s370_fetch4(c, s370_rx_addr(c, ins));
    c->cc = hfp_compare(unpack_short(get_short(c, r1)), unpack_short(op2), SHORT_DIGITS);
}

/* 29 CDR - Compare [RR, long] (PoO ch. 9 COMPARE) */
static void op_cdr(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1 = fr(c, s370_r1(ins)), r2 = fr(c, s370_r2(ins));
    c->cc = hfp_compare(unpack_long(c->fpr[r1]), unpack_long(c->fpr[r2]), LONG_DIGITS);
}

/* 69 CD - Compare [RX, long] (PoO ch. 9 COMPARE) */
static void op_cd(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1 = fr(c, s370_r1(ins));
    uint64_t op2 = s370_fetch8(c, s370_rx_addr(c, ins));
    c->cc = hfp_compare(unpack_long(c->fpr[r1]), unpack_long(op2), LONG_DIGITS);
}

/* ---------- handlers: multiply ---------- */

/* 3C MER - Multiply [RR, short operands, long product] (PoO ch. 9 MULTIPLY) */
static void op_mer(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1 = fr(c, s370_r1(ins)), r2 = fr(c, s370_r2(ins));
    mul_short(c, r1, get_short(c, r2));
}

/* 7C ME - Multiply [RX, short operands, long product] (PoO ch. 9 MULTIPLY) */
static void op_me(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1 = fr(c, s370_r1(ins));
    mul_short(c, r1, s370_fetch4(c, s370_rx_addr(c, ins)));
}

/* 2C MDR - Multiply [RR, long] (PoO ch. 9 MULTIPLY) */
static void op_mdr(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1 = fr(c, s370_r1(ins)), r2 = fr(c, s370_r2(ins));
    mul_long(c, r1, c->fpr[r2]);
}

/* 6C MD - Multiply [RX, long] (PoO ch. 9 MULTIPLY) */
static void op_md(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1 = fr(c, s370_r1(ins));
    mul_long(c, r1, s370_fetch8(c, s370_rx_addr(c, ins)));
}

/* 27 MXDR - Multiply [RR, long operands, extended product] (PoO ch. 9 MULTIPLY) */
static void op_mxdr(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1 = xr(c, s370_r1(ins)), r2 = fr(c, s370_r2(ins));
    mul_long_ext(c, r1, c->fpr[r2]);
}

/* 67 MXD - Multiply [RX, long operands, extended product] (PoO ch. 9 MULTIPLY) */
static void op_mxd(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1 = xr(c, s370_r1(ins));
    mul_long_ext(c, r1, s370_fetch8(c, s370_rx_addr(c, ins)));
}

/* 26 MXR - Multiply [RR, extended] (PoO ch. 9 MULTIPLY) */
static void op_mxr(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1 = xr(c, s370_r1(ins)), r2 = xr(c, s370_r2(ins));
    hfp r;
    uint16_t pgm = hfp_mul(c, &r, unpack_ext(c, r1), unpack_ext(c, r2), EXT_DIGITS, EXT_DIGITS);
    put_ext(c, r1, r, is_made_zero(r, pgm));
    raise_if(c, pgm);
}

/* ---------- handlers: divide ---------- */

/* 3D DER - Divide [RR, short] (PoO ch. 9 DIVIDE) */
static void op_der(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1 = fr(c, s370_r1(ins)), r2 = fr(c, s370_r2(ins));
    div_short(c, r1, get_short(c, r2));
}

/* 7D DE - Divide [RX, short] (PoO ch. 9 DIVIDE) */
static void op_de(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1 = fr(c, s370_r1(ins));
    div_short(c, r1, s370_fetch4(c, s370_rx_addr(c, ins)));
}

/* 2D DDR - Divide [RR, long] (PoO ch. 9 DIVIDE) */
static void op_ddr(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1 = fr(c, s370_r1(ins)), r2 = fr(c, s370_r2(ins));
    div_long(c, r1, c->fpr[r2]);
}

/* 6D DD - Divide [RX, long] (PoO ch. 9 DIVIDE) */
static void op_dd(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1 = fr(c, s370_r1(ins));
    div_long(c, r1, s370_fetch8(c, s370_rx_addr(c, ins)));
}

const s370_insn_def s370_insns_float[] = {
    {0x20, "LPDR", S370_RR, WB_PG_INNOCUOUS, op_lpdr},
    {0x21, "LNDR", S370_RR, WB_PG_INNOCUOUS, op_lndr},
    {0x22, "LTDR", S370_RR, WB_PG_INNOCUOUS, op_ltdr},
    {0x23, "LCDR", S370_RR, WB_PG_INNOCUOUS, op_lcdr},
    {0x24, "HDR", S370_RR, WB_PG_INNOCUOUS, op_hdr},
    {0x25, "LRDR", S370_RR, WB_PG_INNOCUOUS, op_lrdr},
    {0x26, "MXR", S370_RR, WB_PG_INNOCUOUS, op_mxr},
    {0x27, "MXDR", S370_RR, WB_PG_INNOCUOUS, op_mxdr},
    {0x28, "LDR", S370_RR, WB_PG_INNOCUOUS, op_ldr},
    {0x29, "CDR", S370_RR, WB_PG_INNOCUOUS, op_cdr},
    {0x2A, "ADR", S370_RR, WB_PG_INNOCUOUS, op_adr},
    {0x2B, "SDR", S370_RR, WB_PG_INNOCUOUS, op_sdr},
    {0x2C, "MDR", S370_RR, WB_PG_INNOCUOUS, op_mdr},
    {0x2D, "DDR", S370_RR, WB_PG_INNOCUOUS, op_ddr},
    {0x2E, "AWR", S370_RR, WB_PG_INNOCUOUS, op_awr},
    {0x2F, "SWR", S370_RR, WB_PG_INNOCUOUS, op_swr},
    {0x30, "LPER", S370_RR, WB_PG_INNOCUOUS, op_lper},
    {0x31, "LNER", S370_RR, WB_PG_INNOCUOUS, op_lner},
    {0x32, "LTER", S370_RR, WB_PG_INNOCUOUS, op_lter},
    {0x33, "LCER", S370_RR, WB_PG_INNOCUOUS, op_lcer},
    {0x34, "HER", S370_RR, WB_PG_INNOCUOUS, op_her},
    {0x35, "LRER", S370_RR, WB_PG_INNOCUOUS, op_lrer},
    {0x36, "AXR", S370_RR, WB_PG_INNOCUOUS, op_axr},
    {0x37, "SXR", S370_RR, WB_PG_INNOCUOUS, op_sxr},
    {0x38, "LER", S370_RR, WB_PG_INNOCUOUS, op_ler},
    {0x39, "CER", S370_RR, WB_PG_INNOCUOUS, op_cer},
    {0x3A, "AER", S370_RR, WB_PG_INNOCUOUS, op_aer},
    {0x3B, "SER", S370_RR, WB_PG_INNOCUOUS, op_ser},
    {0x3C, "MER", S370_RR, WB_PG_INNOCUOUS, op_mer},
    {0x3D, "DER", S370_RR, WB_PG_INNOCUOUS, op_der},
    {0x3E, "AUR", S370_RR, WB_PG_INNOCUOUS, op_aur},
    {0x3F, "SUR", S370_RR, WB_PG_INNOCUOUS, op_sur},
    {0x60, "STD", S370_RX, WB_PG_INNOCUOUS, op_std},
    {0x67, "MXD", S370_RX, WB_PG_INNOCUOUS, op_mxd},
    {0x68, "LD", S370_RX, WB_PG_INNOCUOUS, op_ld},
    {0x69, "CD", S370_RX, WB_PG_INNOCUOUS, op_cd},
    {0x6A, "AD", S370_RX, WB_PG_INNOCUOUS, op_ad},
    {0x6B, "SD", S370_RX, WB_PG_INNOCUOUS, op_sd},
    {0x6C, "MD", S370_RX, WB_PG_INNOCUOUS, op_md},
    {0x6D, "DD", S370_RX, WB_PG_INNOCUOUS, op_dd},
    {0x6E, "AW", S370_RX, WB_PG_INNOCUOUS, op_aw},
    {0x6F, "SW", S370_RX, WB_PG_INNOCUOUS, op_sw},
    {0x70, "STE", S370_RX, WB_PG_INNOCUOUS, op_ste},
    {0x78, "LE", S370_RX, WB_PG_INNOCUOUS, op_le},
    {0x79, "CE", S370_RX, WB_PG_INNOCUOUS, op_ce},
    {0x7A, "AE", S370_RX, WB_PG_INNOCUOUS, op_ae},
    {0x7B, "SE", S370_RX, WB_PG_INNOCUOUS, op_se},
    {0x7C, "ME", S370_RX, WB_PG_INNOCUOUS, op_me},
    {0x7D, "DE", S370_RX, WB_PG_INNOCUOUS, op_de},
    {0x7E, "AU", S370_RX, WB_PG_INNOCUOUS, op_au},
    {0x7F, "SU", S370_RX, WB_PG_INNOCUOUS, op_su},
    {0, NULL, S370_RR, WB_PG_INNOCUOUS, NULL},
};
