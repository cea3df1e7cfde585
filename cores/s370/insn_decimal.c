/* S/370 instruction group: decimal arithmetic (PoO chapter 8, "Decimal Instructions").
 *
 * Packed-decimal operands: two digits per byte, the rightmost four bits the sign.  Digit
 * codes 0-9 are valid; sign codes A C E F are plus, B D minus (C and D are the preferred
 * codes every result carries); anything else is a data exception.  Operands are 1..16
 * bytes, so up to 31 digits.  Each operand is fetched whole, the first operand is checked
 * for store access, and only then are the codes checked and the result computed, so access
 * and data exceptions (and specification and decimal-divide) leave storage unchanged; a
 * decimal overflow completes the operation and then interrupts when the program mask lets it.
 * Fetching both operands before storing also gives the architected result for operands that
 * overlap with their rightmost bytes coinciding (AP X,X). */
#include "s370.h"
#include <string.h>

/* Working digits: 31 per operand; SRP's left shift by 31 needs 62. */
#define NDIG 64

typedef struct {
    uint8_t d[NDIG];   /* d[0] is the least significant digit */
    bool neg;
} dnum;

/* ---------- operand access ---------- */

static inline uint32_t ss_addr1(const s370_cpu *c, const uint8_t *i) { return s370_ea(c, 0, s370_b(i + 2), s370_d(i + 2)); }
static inline unsigned ss_len1(const uint8_t *i) { return (unsigned)(i[1] >> 4) + 1; }
static inline unsigned ss_len2(const uint8_t *i) { return (unsigned)(i[1] & 15) + 1; }

/* Decode a packed field; false when a digit or the sign code is invalid. */
static bool dec_decode(const uint8_t *raw, unsigned len, dnum *x)
{
    memset(x, 0, sizeof *x);
    unsigned sign = raw[len - 1] & 0x0F;
    if (sign < 0x0A)
        return false;
    x->neg = sign == 0x0B || sign == 0x0D;
    unsigned k = 0;
    for (unsigned i = len; i-- > 0;) {
        unsigned hi = raw[i] >> 4, lo = raw[i] & 0x0F;
        if (i != len - 1) {
            if (lo > 9)
                return false;
            x->d[k++] = (uint8_t)lo;
        }
        if (hi > 9)
            return false;
        x->d[k++] = (uint8_t)hi;
    }
    return true;
}

/* Encode the low 2*len-1 digits of x with the preferred sign into raw[0..len). */
static void dec_encode(const dnum *x, uint8_t *raw, unsigned len)
{
    unsigned k = 0;
    for (unsigned i = len; i-- > 0;) {
        uint8_t lo;
        if (i == len - 1)
            lo = x->neg ? 0x0D : 0x0C;
        else
            lo = x->d[k++];
        raw[i] = (uint8_t)(x->d[k++] << 4 | lo);
    }
}

/* Fetch an operand and decode it, raising the data exception when invalid. */
static void dec_fetch(s370_cpu *c, uint32_t addr, unsigned len, dnum *x, bool *valid)
{
    uint8_t raw[16];
    s370_fetchc(c, raw, addr, len);
    if (!dec_decode(raw, len, x))
        *valid = false;
}

static void dec_store(s370_cpu *c, uint32_t addr, unsigned len, const dnum *x)
{
    uint8_t raw[16];
    dec_encode(x, raw, len);
    s370_storec(c, addr, raw, len);
}

/* ---------- magnitude arithmetic ---------- */

static bool mag_zero(const dnum *a)
{
    for (unsigned i = 0; i < NDIG; i++)
        if (a->d[i])
            return false;
    return true;
}

static int mag_cmp(const dnum *a, const dnum *b)
{
    for (unsigned i = NDIG; i-- > 0;)
        if (a->d[i] != b->d[i])
            return a->d[i] < b->d[i] ? -1 : 1;
    return 0;
}

static void mag_add(dnum *r, const dnum *a, const dnum *b)
{
    unsigned carry = 0;
    for (unsigned i = 0; i < NDIG; i++) {
        unsigned s = a->d[i] + b->d[i] + carry;
        carry = s >= 10;
        r->d[i] = (uint8_t)(carry ? s - 10 : s);
    }
}

/* r = a - b, requires |a| >= |b|. */
static void mag_sub(dnum *r, const dnum *a, const dnum *b)
{
    unsigned borrow = 0;
    for (unsigned i = 0; i < NDIG; i++) {
        unsigned sub = b->d[i] + borrow;
        borrow = a->d[i] < sub;
        r->d[i] = (uint8_t)(borrow ? a->d[i] + 10 - sub : a->d[i] - sub);
    }
}

/* Algebraic sum; the sign of a zero sum is left as computed (the caller decides). */
static void dec_add(dnum *r, const dnum *a, const dnum *b)
{
    dnum t;
    if (a->neg == b->neg) {
        mag_add(&t, a, b);
        t.neg = a->neg;
    } else if (mag_cmp(a, b) >= 0) {
        mag_sub(&t, a, b);
        t.neg = a->neg;
    } else {
        mag_sub(&t, b, a);
        t.neg = b->neg;
    }
    *r = t;
}

/* Drop the digits that do not fit in ndig; true when any of them was nonzero. */
static bool dec_truncate(dnum *x, unsigned ndig)
{
    bool lost = false;
    for (unsigned i = ndig; i < NDIG; i++) {
        lost |= x->d[i] != 0;
        x->d[i] = 0;
    }
    return lost;
}

static uint64_t mag_value(const dnum *a, unsigned ndig)
{
    uint64_t v = 0;
    for (unsigned i = ndig; i-- > 0;)
        v = v * 10 + a->d[i];
    return v;
}

/* ---------- result with overflow ---------- */

/* Store an arithmetic result of AP, SP, ZAP or SRP into a len-byte field: CC 0/1/2 by value,
 * or CC 3 on overflow, when the truncated result keeps the sign of the true result (even a
 * zero one) and the decimal-overflow exception follows if the program mask bit is on.
 * In the absence of overflow a zero result is positive. */
static void dec_result(s370_cpu *c, uint32_t addr, unsigned len, dnum *r)
{
    if (mag_zero(r))
        r->neg = false;
    bool overflow = dec_truncate(r, 2 * len - 1);
    dec_store(c, addr, len, r);
    if (overflow) {
        c->cc = 3;
        if (c->pmask & S370_PM_DECIMAL)
            s370_program_check(c, S370_PGM_DECIMAL_OVERFLOW);
        return;
    }
    c->cc = mag_zero(r) ? 0 : r->neg ? 1 : 2;
}

/* Both operands fetched and op 1 checked for store, then validity: the common prologue. */
static void dec_two(s370_cpu *c, const uint8_t *ins, dnum *a, dnum *b, bool store1)
{
    bool valid = true;
    uint32_t a1 = ss_addr1(c, ins);
    dec_fetch(c, a1, ss_len1(ins), a, &valid);
    dec_fetch(c, s370_ss_addr2(c, ins), ss_len2(ins), b, &valid);
    if (store1)
        s370_validate(c, a1, ss_len1(ins), S370_ACC_STORE, c->pkey);
    if (!valid)
        s370_program_check(c, S370_PGM_DATA);
}

/* FA AP - Add Decimal [SS] (PoO ch. 8, "ADD DECIMAL") */
static void op_ap(s370_cpu *c, const uint8_t *ins)
{
    dnum a, b;
    dec_two(c, ins, &a, &b, true);
    dec_add(&a, &a, &b);
    dec_result(c, ss_addr1(c, ins), ss_len1(ins), &a);
}

/* FB SP - Subtract Decimal [SS] (PoO ch. 8, "SUBTRACT DECIMAL") */
static void op_sp(s370_cpu *c, const uint8_t *ins)
{
    dnum a, b;
    dec_two(c, ins, &a, &b, true);
    b.neg = !b.neg;
    dec_add(&a, &a, &b);
    dec_result(c, ss_addr1(c, ins), ss_len1(ins), &a);
}

/* F8 ZAP - Zero and Add [SS] (PoO ch. 8, "ZERO AND ADD")
 * Only the second operand is checked for validity; the first is not fetched. */
static void op_zap(s370_cpu *c, const uint8_t *ins)
{
    dnum b;
    bool valid = true;
    uint32_t a1 = ss_addr1(c, ins);
    dec_fetch(c, s370_ss_addr2(c, ins), ss_len2(ins), &b, &valid);
    s370_validate(c, a1, ss_len1(ins), S370_ACC_STORE, c->pkey);
    if (!valid)
        s370_program_check(c, S370_PGM_DATA);
    dec_result(c, a1, ss_len1(ins), &b);
}

/* F9 CP - Compare Decimal [SS] (PoO ch. 8, "COMPARE DECIMAL")
 * CC 0 equal (+0 equals -0), 1 first operand low, 2 first operand high. */
static void op_cp(s370_cpu *c, const uint8_t *ins)
{
    dnum a, b;
    dec_two(c, ins, &a, &b, false);
    b.neg = !b.neg;
    dec_add(&a, &a, &b);
    c->cc = mag_zero(&a) ? 0 : a.neg ? 1 : 2;
}

/* MP and DP: the second operand at most 8 bytes and shorter than the first. */
static void mul_div_spec(s370_cpu *c, const uint8_t *ins)
{
    unsigned l1 = ss_len1(ins), l2 = ss_len2(ins);
    if (l2 > 8 || l2 >= l1)
        s370_program_check(c, S370_PGM_SPECIFICATION);
}

/* FC MP - Multiply Decimal [SS] (PoO ch. 8, "MULTIPLY DECIMAL")
 * The multiplicand must have at least as many bytes of leftmost zeros as the multiplier
 * has bytes (data exception otherwise), so the product always fits.  The product's sign
 * follows the rules of algebra even when it is zero.  CC unchanged. */
static void op_mp(s370_cpu *c, const uint8_t *ins)
{
    mul_div_spec(c, ins);
    unsigned l1 = ss_len1(ins), l2 = ss_len2(ins);
    dnum a, b;
    dec_two(c, ins, &a, &b, true);
    for (unsigned i = 2 * l1 - 1 - 2 * l2; i < 2 * l1 - 1; i++)
        if (a.d[i])
            s370_program_check(c, S370_PGM_DATA);
    /* Multiplier <= 15 digits: digit * m + carry stays below 10^16, well inside 64 bits. */
    uint64_t m = mag_value(&b, 2 * l2 - 1), carry = 0;
    dnum p;
    memset(&p, 0, sizeof p);
    for (unsigned i = 0; i < NDIG; i++) {
        uint64_t v = a.d[i] * m + carry;
        p.d[i] = (uint8_t)(v % 10);
        carry = v / 10;
    }
    p.neg = a.neg != b.neg;
    dec_store(c, ss_addr1(c, ins), l1, &p);
}

/* FD DP - Divide Decimal [SS] (PoO ch. 8, "DIVIDE DECIMAL")
 * Quotient in the leftmost L1-L2 bytes (sign by the rules of algebra), remainder in the
 * rightmost L2 bytes (sign of the dividend), both signs applying even to zero values.
 * Decimal divide exception, operation suppressed, when the divisor is zero or the quotient
 * does not fit in 2*(L1-L2)-1 digits (the PoO's trial comparison of the divisor against the
 * dividend's leftmost digits amounts to the same).  CC unchanged. */
static void op_dp(s370_cpu *c, const uint8_t *ins)
{
    mul_div_spec(c, ins);
    unsigned l1 = ss_len1(ins), l2 = ss_len2(ins);
    dnum a, b;
    dec_two(c, ins, &a, &b, true);
    uint64_t dv = mag_value(&b, 2 * l2 - 1);
    if (dv == 0)
        s370_program_check(c, S370_PGM_DECIMAL_DIVIDE);
    /* Long division; the remainder stays below the divisor (< 10^15) so rem*10+9 fits. */
    dnum q;
    memset(&q, 0, sizeof q);
    uint64_t rem = 0;
    for (unsigned i = 2 * l1 - 1; i-- > 0;) {
        rem = rem * 10 + a.d[i];
        q.d[i] = (uint8_t)(rem / dv);
        rem %= dv;
    }
    if (dec_truncate(&q, 2 * (l1 - l2) - 1))
        s370_program_check(c, S370_PGM_DECIMAL_DIVIDE);
    q.neg = a.neg != b.neg;
    dnum r;
    memset(&r, 0, sizeof r);
    for (unsigned i = 0; rem; i++, rem /= 10)
        r.d[i] = (uint8_t)(rem % 10);
    r.neg = a.neg;
    uint8_t raw[16];
    dec_encode(&q, raw, l1 - l2);
    dec_encode(&r, raw + (l1 - l2), l2);
    s370_storec(c, ss_addr1(c, ins), raw, l1);
}

/* F0 SRP - Shift and Round Decimal [SS] (PoO ch. 8, "SHIFT AND ROUND DECIMAL")
 * Bits 26-31 of the second-operand address are a signed shift: 0..31 left, 32..63 right by
 * 64-n.  A right shift first adds the rounding digit I3 to the leftmost digit shifted out.
 * The rounding digit must be a valid digit even when unused (data exception). */
static void op_srp(s370_cpu *c, const uint8_t *ins)
{
    unsigned l1 = ss_len1(ins), i3 = ins[1] & 0x0F;
    uint32_t a1 = ss_addr1(c, ins);
    unsigned shift = s370_ss_addr2(c, ins) & 0x3F;
    dnum a;
    bool valid = true;
    dec_fetch(c, a1, l1, &a, &valid);
    s370_validate(c, a1, l1, S370_ACC_STORE, c->pkey);
    if (!valid || i3 > 9)
        s370_program_check(c, S370_PGM_DATA);
    dnum r;
    memset(&r, 0, sizeof r);
    r.neg = a.neg;
    if (shift < 32) {
        for (unsigned i = 0; i + shift < NDIG; i++)
            r.d[i + shift] = a.d[i];
    } else {
        unsigned n = 64 - shift;   /* 1..32 */
        unsigned carry = i3;
        for (unsigned i = n - 1; i < NDIG && carry; i++) {
            unsigned s = a.d[i] + carry;
            carry = s >= 10;
            a.d[i] = (uint8_t)(carry ? s - 10 : s);
        }
        for (unsigned i = n; i < NDIG; i++)
            r.d[i - n] = a.d[i];
    }
    dec_result(c, a1, l1, &r);
}

const s370_insn_def s370_insns_decimal[] = {
    {0xF0, "SRP", S370_SS, WB_PG_INNOCUOUS, op_srp},
    {0xF8, "ZAP", S370_SS, WB_PG_INNOCUOUS, op_zap},
    {0xF9, "CP", S370_SS, WB_PG_INNOCUOUS, op_cp},
    {0xFA, "AP", S370_SS, WB_PG_INNOCUOUS, op_ap},
    {0xFB, "SP", S370_SS, WB_PG_INNOCUOUS, op_sp},
    {0xFC, "MP", S370_SS, WB_PG_INNOCUOUS, op_mp},
    {0xFD, "DP", S370_SS, WB_PG_INNOCUOUS, op_dp},
    {0, NULL, S370_RR, WB_PG_INNOCUOUS, NULL},
};
