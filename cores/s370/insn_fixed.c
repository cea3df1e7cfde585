/* S/370 instruction group: fixed-point arithmetic (PoO chapter 7, "General Instructions").
 *
 * Signed 32-bit operands are kept in uint32_t and every sum, difference and product is formed
 * in unsigned or 64-bit arithmetic, so no guest operand can cause signed-overflow UB on the host.
 * Fixed-point overflow: the result is stored and CC 3 set; a program interruption (code 8)
 * follows only when the fixed-point-overflow mask (PSW program-mask bit 0) is one. */
#include "s370.h"

#define SIGN32 0x80000000u
#define SIGN64 0x8000000000000000ull

/* CC for a signed result: 0 zero, 1 negative, 2 positive. */
static inline uint8_t cc_signed32(uint32_t v) { return v == 0 ? 0 : (v & SIGN32) ? 1 : 2; }
static inline uint8_t cc_signed64(uint64_t v) { return v == 0 ? 0 : (v & SIGN64) ? 1 : 2; }

/* Signed compare of two 32-bit patterns: CC 0 equal, 1 first low, 2 first high. */
static inline uint8_t cc_compare32(uint32_t a, uint32_t b)
{
    if (a == b)
        return 0;
    /* flipping the sign bit maps signed order onto unsigned order */
    return (a ^ SIGN32) < (b ^ SIGN32) ? 1 : 2;
}

static inline uint32_t sext16(uint16_t h) { return (uint32_t)(int32_t)(int16_t)h; }

/* Overflow: CC 3, then the program interruption when the mask allows it. */
static void fixed_overflow(s370_cpu *c)
{
    c->cc = 3;
    if (c->pmask & S370_PM_FIXED)
        s370_program_check(c, S370_PGM_FIXED_OVERFLOW);
}

/* Even register of an even-odd pair, else specification (PoO "Specification Exception"). */
static void need_even(s370_cpu *c, unsigned r)
{
    if (r & 1)
        s370_program_check(c, S370_PGM_SPECIFICATION);
}

static void add_signed(s370_cpu *c, unsigned r1, uint32_t b)
{
    uint32_t a = c->gr[r1], s = a + b;
    c->gr[r1] = s;
    if (((a ^ s) & (b ^ s)) & SIGN32)   /* both operands' signs differ from the sum's */
        fixed_overflow(c);
    else
        c->cc = cc_signed32(s);
}

static void sub_signed(s370_cpu *c, unsigned r1, uint32_t b)
{
    uint32_t a = c->gr[r1], d = a - b;
    c->gr[r1] = d;
    if (((a ^ b) & (a ^ d)) & SIGN32)   /* operands of unlike sign and result sign != a's */
        fixed_overflow(c);
    else
        c->cc = cc_signed32(d);
}

/* Logical add of a + b + carry_in: CC 0 zero/no carry, 1 nonzero/no carry, 2 zero/carry,
 * 3 nonzero/carry.  SUBTRACT LOGICAL is a + ~b + 1 (PoO), hence never CC 0. */
static void add_logical(s370_cpu *c, unsigned r1, uint32_t b, unsigned carry_in)
{
    uint64_t s = (uint64_t)c->gr[r1] + b + carry_in;
    c->gr[r1] = (uint32_t)s;
    c->cc = (uint8_t)(((uint32_t)s != 0) | (unsigned)(s >> 32) << 1);
}

/* ---------------------------------------------------------------- loads and stores */

/* 18 LR - Load Register [RR] (PoO 7, "Load") */
static void op_18(s370_cpu *c, const uint8_t *ins) { c->gr[s370_r1(ins)] = c->gr[s370_r2(ins)]; }

/* 12 LTR - Load and Test Register [RR] (PoO 7, "Load and Test") */
static void op_12(s370_cpu *c, const uint8_t *ins)
{
    uint32_t v = c->gr[s370_r2(ins)];
    c->gr[s370_r1(ins)] = v;
    c->cc = cc_signed32(v);
}

/* 13 LCR - Load Complement Register [RR] (PoO 7, "Load Complement") */
static void op_13(s370_cpu *c, const uint8_t *ins)
{
    uint32_t v = c->gr[s370_r2(ins)], r = 0u - v;
    c->gr[s370_r1(ins)] = r;
    if (v == SIGN32)   /* the maximum negative number has no positive complement */
        fixed_overflow(c);
    else
        c->cc = cc_signed32(r);
}

/* 11 LNR - Load Negative Register [RR] (PoO 7, "Load Negative") */
static void op_11(s370_cpu *c, const uint8_t *ins)
{
    uint32_t v = c->gr[s370_r2(ins)];
    uint32_t r = (v & SIGN32) ? v : 0u - v;   /* -|v|: cannot overflow */
    c->gr[s370_r1(ins)] = r;
    c->cc = r ? 1 : 0;
}

/* 10 LPR - Load Positive Register [RR] (PoO 7, "Load Positive") */
static void op_10(s370_cpu *c, const uint8_t *ins)
{
    uint32_t v = c->gr[s370_r2(ins)];
    uint32_t r = (v & SIGN32) ? 0u - v : v;
    c->gr[s370_r1(ins)] = r;
    if (v == SIGN32)
        fixed_overflow(c);
    else
        c->cc = r ? 2 : 0;
}

/* 58 L - Load [RX] (PoO 7, "Load") */
static void op_58(s370_cpu *c, const uint8_t *ins) { c->gr[s370_r1(ins)] = s370_fetch4(c, s370_rx_addr(c, ins)); }

/* 48 LH - Load Halfword [RX] (PoO 7, "Load Halfword"): sign-extended */
static void op_48(s370_cpu *c, const uint8_t *ins) { c->gr[s370_r1(ins)] = sext16(s370_fetch2(c, s370_rx_addr(c, ins))); }

/* Number of registers R1..R3 with wraparound from 15 to 0 (LM, STM). */
static inline unsigned reg_count(unsigned r1, unsigned r3) { return ((r3 - r1) & 15) + 1; }

/* 98 LM - Load Multiple [RS] (PoO 7, "Load Multiple") */
static void op_98(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1 = s370_r1(ins), n = reg_count(r1, s370_r2(ins));
    uint32_t a = s370_rs_addr(c, ins);
    /* Check the whole operand first so an access exception leaves every register unchanged
     * (and a page fault part-way through can be nullified cleanly). */
    s370_validate(c, a, 4 * n, S370_ACC_FETCH, c->pkey);
    for (unsigned i = 0; i < n; i++)
        c->gr[(r1 + i) & 15] = s370_fetch4(c, (a + 4 * i) & S370_AMASK);
}

/* 50 ST - Store [RX] (PoO 7, "Store") */
static void op_50(s370_cpu *c, const uint8_t *ins) { s370_store4(c, s370_rx_addr(c, ins), c->gr[s370_r1(ins)]); }

/* 40 STH - Store Halfword [RX] (PoO 7, "Store Halfword"): bits 16-31 */
static void op_40(s370_cpu *c, const uint8_t *ins) { s370_store2(c, s370_rx_addr(c, ins), (uint16_t)c->gr[s370_r1(ins)]); }

/* 90 STM - Store Multiple [RS] (PoO 7, "Store Multiple") */
static void op_90(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1 = s370_r1(ins), n = reg_count(r1, s370_r2(ins));
    uint32_t a = s370_rs_addr(c, ins);
    s370_validate(c, a, 4 * n, S370_ACC_STORE, c->pkey);   /* nothing stored unless all can be */
    for (unsigned i = 0; i < n; i++)
        s370_store4(c, (a + 4 * i) & S370_AMASK, c->gr[(r1 + i) & 15]);
}

/* ---------------------------------------------------------------- add and subtract */

/* 1A AR - Add Register [RR] (PoO 7, "Add") */
static void op_1a(s370_cpu *c, const uint8_t *ins) { add_signed(c, s370_r1(ins), c->gr[s370_r2(ins)]); }
/* 5A A - Add [RX] (PoO 7, "Add") */
static void op_5a(s370_cpu *c, const uint8_t *ins) { add_signed(c, s370_r1(ins), s370_fetch4(c, s370_rx_addr(c, ins))); }
/* 4A AH - Add Halfword [RX] (PoO 7, "Add Halfword") */
static void op_4a(s370_cpu *c, const uint8_t *ins) { add_signed(c, s370_r1(ins), sext16(s370_fetch2(c, s370_rx_addr(c, ins)))); }
/* 1E ALR - Add Logical Register [RR] (PoO 7, "Add Logical") */
static void op_1e(s370_cpu *c, const uint8_t *ins) { add_logical(c, s370_r1(ins), c->gr[s370_r2(ins)], 0); }
/* 5E AL - Add Logical [RX] (PoO 7, "Add Logical") */
static void op_5e(s370_cpu *c, const uint8_t *ins) { add_logical(c, s370_r1(ins), s370_fetch4(c, s370_rx_addr(c, ins)), 0); }
/* 1B SR - Subtract Register [RR] (PoO 7, "Subtract") */
static void op_1b(s370_cpu *c, const uint8_t *ins) { sub_signed(c, s370_r1(ins), c->gr[s370_r2(ins)]); }
/* 5B S - Subtract [RX] (PoO 7, "Subtract") */
static void op_5b(s370_cpu *c, const uint8_t *ins) { sub_signed(c, s370_r1(ins), s370_fetch4(c, s370_rx_addr(c, ins))); }
/* 4B SH - Subtract Halfword [RX] (PoO 7, "Subtract Halfword") */
static void op_4b(s370_cpu *c, const uint8_t *ins) { sub_signed(c, s370_r1(ins), sext16(s370_fetch2(c, s370_rx_addr(c, ins)))); }
/* 1F SLR - Subtract Logical Register [RR] (PoO 7, "Subtract Logical") */
static void op_1f(s370_cpu *c, const uint8_t *ins) { add_logical(c, s370_r1(ins), ~c->gr[s370_r2(ins)], 1); }
/* 5F SL - Subtract Logical [RX] (PoO 7, "Subtract Logical") */
static void op_5f(s370_cpu *c, const uint8_t *ins) { add_logical(c, s370_r1(ins), ~s370_fetch4(c, s370_rx_addr(c, ins)), 1); }

/* ---------------------------------------------------------------- multiply and divide */

/* R1:R1+1 <- R1+1 * m (64-bit signed product); CC unchanged, no overflow possible. */
static void multiply(s370_cpu *c, unsigned r1, uint32_t m)
{
    int64_t p = (int64_t)(int32_t)c->gr[r1 + 1] * (int32_t)m;   /* |p| <= 2^62: no overflow */
    uint64_t u = (uint64_t)p;
    c->gr[r1] = (uint32_t)(u >> 32);
    c->gr[r1 + 1] = (uint32_t)u;
}

/* 1C MR - Multiply Register [RR] (PoO 7, "Multiply") */
static void op_1c(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1 = s370_r1(ins);
    need_even(c, r1);
    multiply(c, r1, c->gr[s370_r2(ins)]);
}

/* 5C M - Multiply [RX] (PoO 7, "Multiply") */
static void op_5c(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1 = s370_r1(ins);
    need_even(c, r1);
    multiply(c, r1, s370_fetch4(c, s370_rx_addr(c, ins)));
}

/* 4C MH - Multiply Halfword [RX] (PoO 7, "Multiply Halfword"): the rightmost 32 bits of the
 * product replace R1; the leftmost bits are lost without an overflow indication. */
static void op_4c(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1 = s370_r1(ins);
    int64_t p = (int64_t)(int32_t)c->gr[r1] * (int16_t)s370_fetch2(c, s370_rx_addr(c, ins));
    c->gr[r1] = (uint32_t)(uint64_t)p;
}

/* R1:R1+1 / d -> remainder R1, quotient R1+1.  Quotient outside 32-bit signed range (including
 * d == 0): fixed-point divide, operation suppressed (PoO "Divide"). */
static void divide(s370_cpu *c, unsigned r1, uint32_t d)
{
    uint64_t n = (uint64_t)c->gr[r1] << 32 | c->gr[r1 + 1];
    bool nneg = (n & SIGN64) != 0, dneg = (d & SIGN32) != 0;
    uint64_t nmag = nneg ? 0 - n : n;           /* 2^63 for the maximum negative: fine unsigned */
    uint64_t dmag = dneg ? (uint64_t)(0u - d) : d;
    if (dmag == 0)
        s370_program_check(c, S370_PGM_FIXED_DIVIDE);
    uint64_t q = nmag / dmag, r = nmag % dmag;
    bool qneg = nneg != dneg;
    if (q > (qneg ? 0x80000000ull : 0x7FFFFFFFull))
        s370_program_check(c, S370_PGM_FIXED_DIVIDE);
    c->gr[r1] = (uint32_t)(nneg ? 0 - r : r);    /* remainder takes the dividend's sign */
    c->gr[r1 + 1] = (uint32_t)(qneg ? 0 - q : q);
}

/* 1D DR - Divide Register [RR] (PoO 7, "Divide") */
static void op_1d(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1 = s370_r1(ins);
    need_even(c, r1);
    divide(c, r1, c->gr[s370_r2(ins)]);
}

/* 5D D - Divide [RX] (PoO 7, "Divide") */
static void op_5d(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1 = s370_r1(ins);
    need_even(c, r1);
    divide(c, r1, s370_fetch4(c, s370_rx_addr(c, ins)));
}

/* ---------------------------------------------------------------- compare */

/* 19 CR - Compare Register [RR] (PoO 7, "Compare") */
static void op_19(s370_cpu *c, const uint8_t *ins) { c->cc = cc_compare32(c->gr[s370_r1(ins)], c->gr[s370_r2(ins)]); }
/* 59 C - Compare [RX] (PoO 7, "Compare") */
static void op_59(s370_cpu *c, const uint8_t *ins) { c->cc = cc_compare32(c->gr[s370_r1(ins)], s370_fetch4(c, s370_rx_addr(c, ins))); }
/* 49 CH - Compare Halfword [RX] (PoO 7, "Compare Halfword") */
static void op_49(s370_cpu *c, const uint8_t *ins) { c->cc = cc_compare32(c->gr[s370_r1(ins)], sext16(s370_fetch2(c, s370_rx_addr(c, ins)))); }

/* ---------------------------------------------------------------- conversion */

/* 4F CVB - Convert to Binary [RX] (PoO 7, "Convert to Binary"): eight bytes of packed decimal.
 * Invalid digit or sign: data exception, R1 unchanged.  Outside 32-bit signed range: the
 * rightmost 32 bits of the result are placed in R1 (operation completed), then fixed-point
 * divide - not subject to the program mask. */
static void op_4f(s370_cpu *c, const uint8_t *ins)
{
    uint64_t p = s370_fetch8(c, s370_rx_addr(c, ins));
    unsigned sign = (unsigned)(p & 15);
    if (sign < 10)
        s370_program_check(c, S370_PGM_DATA);
    uint64_t mag = 0;                  /* at most 15 digits: < 10^15 < 2^50 */
    for (int i = 15; i >= 1; i--) {
        unsigned dig = (unsigned)(p >> (4 * i)) & 15;
        if (dig > 9)
            s370_program_check(c, S370_PGM_DATA);
        mag = mag * 10 + dig;
    }
    bool neg = sign == 0xB || sign == 0xD;   /* A, C, E, F are plus */
    uint64_t v = neg ? 0 - mag : mag;
    c->gr[s370_r1(ins)] = (uint32_t)v;
    if (mag > (neg ? 0x80000000ull : 0x7FFFFFFFull))
        s370_program_check(c, S370_PGM_FIXED_DIVIDE);
}

/* 4E CVD - Convert to Decimal [RX] (PoO 7, "Convert to Decimal"): 15 digits, sign C or D. */
static void op_4e(s370_cpu *c, const uint8_t *ins)
{
    uint32_t v = c->gr[s370_r1(ins)];
    bool neg = (v & SIGN32) != 0;
    uint32_t mag = neg ? 0u - v : v;   /* 2^31 for the maximum negative: fine unsigned */
    uint64_t p = neg ? 0xD : 0xC;
    for (int i = 1; mag; i++, mag /= 10)
        p |= (uint64_t)(mag % 10) << (4 * i);
    s370_store8(c, s370_rx_addr(c, ins), p);
}

/* ---------------------------------------------------------------- load address */

/* 41 LA - Load Address [RX] (PoO 7, "Load Address"): 24-bit address, bits 0-7 set to zero */
static void op_41(s370_cpu *c, const uint8_t *ins) { c->gr[s370_r1(ins)] = s370_rx_addr(c, ins); }

/* ---------------------------------------------------------------- arithmetic shifts */

/* Shift amount: the rightmost six bits of the second-operand address. */
static inline unsigned shift_amount(const s370_cpu *c, const uint8_t *ins) { return s370_rs_addr(c, ins) & 63; }

/* 8B SLA - Shift Left Single [RS] (PoO 7, "Shift Left Single"): the 31 numeric bits shift,
 * the sign stays; overflow when a bit unlike the sign leaves bit position 1. */
static void op_8b(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1 = s370_r1(ins), n = shift_amount(c, ins);
    uint32_t v = c->gr[r1], sign = v & SIGN32, r;
    bool ovf;
    if (n < 32) {
        /* the bits that pass through position 1 are bits 1..n: with the sign, n+1 bits that
         * must all be equal */
        uint32_t top = ~0u << (31 - n);
        ovf = (v & top) != 0 && (v & top) != top;
        r = sign | ((v << n) & ~SIGN32);
    } else {
        /* all 31 numeric bits and at least one inserted zero leave: only zero survives */
        ovf = v != 0;
        r = sign;
    }
    c->gr[r1] = r;
    if (ovf)
        fixed_overflow(c);
    else
        c->cc = cc_signed32(r);
}

/* 8A SRA - Shift Right Single [RS] (PoO 7, "Shift Right Single"): sign propagates */
static void op_8a(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1 = s370_r1(ins), n = shift_amount(c, ins);
    uint32_t v = c->gr[r1], r;
    if (n > 31)
        n = 31;   /* 31 places already leave only copies of the sign */
    r = (v & SIGN32) ? ~(~v >> n) : v >> n;
    c->gr[r1] = r;
    c->cc = cc_signed32(r);
}

/* 8F SLDA - Shift Left Double [RS] (PoO 7, "Shift Left Double"): R1 even; 63 numeric bits */
static void op_8f(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1 = s370_r1(ins), n = shift_amount(c, ins);   /* n <= 63 */
    need_even(c, r1);
    uint64_t v = (uint64_t)c->gr[r1] << 32 | c->gr[r1 + 1];
    uint64_t top = ~0ull << (63 - n);
    bool ovf = (v & top) != 0 && (v & top) != top;
    uint64_t r = (v & SIGN64) | ((v << n) & ~SIGN64);
    c->gr[r1] = (uint32_t)(r >> 32);
    c->gr[r1 + 1] = (uint32_t)r;
    if (ovf)
        fixed_overflow(c);
    else
        c->cc = cc_signed64(r);
}

/* 8E SRDA - Shift Right Double [RS] (PoO 7, "Shift Right Double"): R1 even */
static void op_8e(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1 = s370_r1(ins), n = shift_amount(c, ins);
    need_even(c, r1);
    uint64_t v = (uint64_t)c->gr[r1] << 32 | c->gr[r1 + 1];
    uint64_t r = (v & SIGN64) ? ~(~v >> n) : v >> n;
    c->gr[r1] = (uint32_t)(r >> 32);
    c->gr[r1 + 1] = (uint32_t)r;
    c->cc = cc_signed64(r);
}

/* ---------------------------------------------------------------- compare and swap */

/* BA CS - Compare and Swap [RS] (PoO 7, "Compare and Swap"): word-aligned second operand.
 * The operand is an interlocked update: store access is checked even when unequal. */
static void op_ba(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1 = s370_r1(ins), r3 = s370_r2(ins);
    uint32_t a = s370_rs_addr(c, ins);
    if (a & 3)
        s370_program_check(c, S370_PGM_SPECIFICATION);
    uint8_t *p = s370_maddr(c, a, S370_ACC_STORE, c->pkey);   /* aligned word: one 2K block */
    uint32_t cur = s370_be32(p);
    if (cur == c->gr[r1]) {
        s370_put32(p, c->gr[r3]);
        c->cc = 0;
    } else {
        c->gr[r1] = cur;
        c->cc = 1;
    }
}

/* BB CDS - Compare Double and Swap [RS] (PoO 7, "Compare Double and Swap"): R1 and R3 even,
 * doubleword-aligned second operand. */
static void op_bb(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1 = s370_r1(ins), r3 = s370_r2(ins);
    uint32_t a = s370_rs_addr(c, ins);
    if ((r1 & 1) || (r3 & 1) || (a & 7))
        s370_program_check(c, S370_PGM_SPECIFICATION);
    uint8_t *p = s370_maddr(c, a, S370_ACC_STORE, c->pkey);   /* aligned doubleword: one block */
    uint32_t hi = s370_be32(p), lo = s370_be32(p + 4);
    if (hi == c->gr[r1] && lo == c->gr[r1 + 1]) {
        s370_put32(p, c->gr[r3]);
        s370_put32(p + 4, c->gr[r3 + 1]);
        c->cc = 0;
    } else {
        c->gr[r1] = hi;
        c->gr[r1 + 1] = lo;
        c->cc = 1;
    }
}

const s370_insn_def s370_insns_fixed[] = {
    {0x18, "LR", S370_RR, WB_PG_INNOCUOUS, op_18},
    {0x12, "LTR", S370_RR, WB_PG_INNOCUOUS, op_12},
    {0x13, "LCR", S370_RR, WB_PG_INNOCUOUS, op_13},
    {0x11, "LNR", S370_RR, WB_PG_INNOCUOUS, op_11},
    {0x10, "LPR", S370_RR, WB_PG_INNOCUOUS, op_10},
    {0x58, "L", S370_RX, WB_PG_INNOCUOUS, op_58},
    {0x48, "LH", S370_RX, WB_PG_INNOCUOUS, op_48},
    {0x98, "LM", S370_RS, WB_PG_INNOCUOUS, op_98},
    {0x50, "ST", S370_RX, WB_PG_INNOCUOUS, op_50},
    {0x40, "STH", S370_RX, WB_PG_INNOCUOUS, op_40},
    {0x90, "STM", S370_RS, WB_PG_INNOCUOUS, op_90},
    {0x1A, "AR", S370_RR, WB_PG_INNOCUOUS, op_1a},
    {0x5A, "A", S370_RX, WB_PG_INNOCUOUS, op_5a},
    {0x4A, "AH", S370_RX, WB_PG_INNOCUOUS, op_4a},
    {0x1E, "ALR", S370_RR, WB_PG_INNOCUOUS, op_1e},
    {0x5E, "AL", S370_RX, WB_PG_INNOCUOUS, op_5e},
    {0x1B, "SR", S370_RR, WB_PG_INNOCUOUS, op_1b},
    {0x5B, "S", S370_RX, WB_PG_INNOCUOUS, op_5b},
    {0x4B, "SH", S370_RX, WB_PG_INNOCUOUS, op_4b},
    {0x1F, "SLR", S370_RR, WB_PG_INNOCUOUS, op_1f},
    {0x5F, "SL", S370_RX, WB_PG_INNOCUOUS, op_5f},
    {0x1C, "MR", S370_RR, WB_PG_INNOCUOUS, op_1c},
    {0x5C, "M", S370_RX, WB_PG_INNOCUOUS, op_5c},
    {0x4C, "MH", S370_RX, WB_PG_INNOCUOUS, op_4c},
    {0x1D, "DR", S370_RR, WB_PG_INNOCUOUS, op_1d},
    {0x5D, "D", S370_RX, WB_PG_INNOCUOUS, op_5d},
    {0x19, "CR", S370_RR, WB_PG_INNOCUOUS, op_19},
    {0x59, "C", S370_RX, WB_PG_INNOCUOUS, op_59},
    {0x49, "CH", S370_RX, WB_PG_INNOCUOUS, op_49},
    {0x4F, "CVB", S370_RX, WB_PG_INNOCUOUS, op_4f},
    {0x4E, "CVD", S370_RX, WB_PG_INNOCUOUS, op_4e},
    {0x41, "LA", S370_RX, WB_PG_INNOCUOUS, op_41},
    {0x8B, "SLA", S370_RS, WB_PG_INNOCUOUS, op_8b},
    {0x8A, "SRA", S370_RS, WB_PG_INNOCUOUS, op_8a},
    {0x8F, "SLDA", S370_RS, WB_PG_INNOCUOUS, op_8f},
    {0x8E, "SRDA", S370_RS, WB_PG_INNOCUOUS, op_8e},
    {0xBA, "CS", S370_RS, WB_PG_INNOCUOUS, op_ba},
    {0xBB, "CDS", S370_RS, WB_PG_INNOCUOUS, op_bb},
    {0, NULL, S370_RR, WB_PG_INNOCUOUS, NULL},
};
