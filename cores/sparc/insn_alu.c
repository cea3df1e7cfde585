/* Integer arithmetic, logical, shift, tagged, multiply and divide instructions (V8 B.11-B.19). */
#include "sparc/sparc.h"

static void set_icc(sparc_cpu *c, uint32_t r, bool v, bool cy)
{
    uint32_t f = (r & 0x80000000u ? PSR_N : 0) | (r == 0 ? PSR_Z : 0) | (v ? PSR_V : 0) | (cy ? PSR_C : 0);
    c->psr = (c->psr & ~PSR_ICC) | f;
}

static uint32_t add_cc(sparc_cpu *c, uint32_t a, uint32_t b, uint32_t cin, bool tag)
{
    uint32_t r = a + b + cin;
    bool v = ((~(a ^ b) & (a ^ r)) >> 31) != 0;
    bool cy = ((uint64_t)a + b + cin) >> 32 != 0;
    set_icc(c, r, v || (tag && ((a | b) & 3)), cy);
    return r;
}

static uint32_t sub_cc(sparc_cpu *c, uint32_t a, uint32_t b, uint32_t cin, bool tag)
{
    uint32_t r = a - b - cin;
    bool v = (((a ^ b) & (a ^ r)) >> 31) != 0;
    bool cy = (uint64_t)a < (uint64_t)b + cin;
    set_icc(c, r, v || (tag && ((a | b) & 3)), cy);
    return r;
}

#define OPS uint32_t a = sparc_get(c, F_RS1(i)), b = sparc_op2(c, i)
#define CARRY ((c->psr & PSR_C) ? 1u : 0u)

/* ADD - Add (V8 B.11) */
static void op_add(sparc_cpu *c, uint32_t i) { OPS; sparc_set(c, F_RD(i), a + b); }
/* ADDcc - Add and modify icc (V8 B.11) */
static void op_addcc(sparc_cpu *c, uint32_t i) { OPS; sparc_set(c, F_RD(i), add_cc(c, a, b, 0, false)); }
/* ADDX - Add with carry (V8 B.11) */
static void op_addx(sparc_cpu *c, uint32_t i) { OPS; sparc_set(c, F_RD(i), a + b + CARRY); }
/* ADDXcc - Add with carry and modify icc (V8 B.11) */
static void op_addxcc(sparc_cpu *c, uint32_t i) { OPS; sparc_set(c, F_RD(i), add_cc(c, a, b, CARRY, false)); }
/* SUB - Subtract (V8 B.13) */
static void op_sub(sparc_cpu *c, uint32_t i) { OPS; sparc_set(c, F_RD(i), a - b); }
/* SUBcc - Subtract and modify icc (V8 B.13) */
static void op_subcc(sparc_cpu *c, uint32_t i) { OPS; sparc_set(c, F_RD(i), sub_cc(c, a, b, 0, false)); }
/* SUBX - Subtract with carry (V8 B.13) */
static void op_subx(sparc_cpu *c, uint32_t i) { OPS; sparc_set(c, F_RD(i), a - b - CARRY); }
/* SUBXcc - Subtract with carry and modify icc (V8 B.13) */
static void op_subxcc(sparc_cpu *c, uint32_t i) { OPS; sparc_set(c, F_RD(i), sub_cc(c, a, b, CARRY, false)); }

/* TADDcc - Tagged add and modify icc (V8 B.12) */
static void op_taddcc(sparc_cpu *c, uint32_t i) { OPS; sparc_set(c, F_RD(i), add_cc(c, a, b, 0, true)); }
/* TSUBcc - Tagged subtract and modify icc (V8 B.14) */
static void op_tsubcc(sparc_cpu *c, uint32_t i) { OPS; sparc_set(c, F_RD(i), sub_cc(c, a, b, 0, true)); }

/* TADDccTV - Tagged add, modify icc and trap on overflow (V8 B.12): no state changes on the trap */
static void op_taddcctv(sparc_cpu *c, uint32_t i)
{
    OPS;
    uint32_t r = a + b;
    if ((~(a ^ b) & (a ^ r)) >> 31 || ((a | b) & 3))
        sparc_trap(c, TT_TAG_OVERFLOW);
    sparc_set(c, F_RD(i), add_cc(c, a, b, 0, true));
}

/* TSUBccTV - Tagged subtract, modify icc and trap on overflow (V8 B.14) */
static void op_tsubcctv(sparc_cpu *c, uint32_t i)
{
    OPS;
    uint32_t r = a - b;
    if (((a ^ b) & (a ^ r)) >> 31 || ((a | b) & 3))
        sparc_trap(c, TT_TAG_OVERFLOW);
    sparc_set(c, F_RD(i), sub_cc(c, a, b, 0, true));
}

#define LOGIC(name, expr)                                                     \
    static void op_##name(sparc_cpu *c, uint32_t i) { OPS; sparc_set(c, F_RD(i), (expr)); } \
    static void op_##name##cc(sparc_cpu *c, uint32_t i)                       \
    {                                                                         \
        OPS;                                                                  \
        uint32_t r = (expr);                                                  \
        set_icc(c, r, false, false);                                          \
        sparc_set(c, F_RD(i), r);                                             \
    }
/* AND, ANDcc, ANDN, ANDNcc, OR, ORcc, ORN, ORNcc, XOR, XORcc, XNOR, XNORcc - Logical (V8 B.10) */
LOGIC(and, a & b)
LOGIC(andn, a & ~b)
LOGIC(or, a | b)
LOGIC(orn, a | ~b)
LOGIC(xor, a ^ b)
LOGIC(xnor, ~(a ^ b))

/* SLL - Shift left logical (V8 B.10): the count is the low 5 bits */
static void op_sll(sparc_cpu *c, uint32_t i) { OPS; sparc_set(c, F_RD(i), a << (b & 31)); }
/* SRL - Shift right logical (V8 B.10) */
static void op_srl(sparc_cpu *c, uint32_t i) { OPS; sparc_set(c, F_RD(i), a >> (b & 31)); }
/* SRA - Shift right arithmetic (V8 B.10) */
static void op_sra(sparc_cpu *c, uint32_t i)
{
    OPS;
    unsigned n = b & 31;
    uint32_t r = a >> n;
    if ((a & 0x80000000u) && n)
        r |= ~(0xFFFFFFFFu >> n);
    sparc_set(c, F_RD(i), r);
}

/* MULScc - Multiply step and modify icc (V8 B.17) */
static void op_mulscc(sparc_cpu *c, uint32_t i)
{
    OPS;
    bool nv = ((c->psr & PSR_N) != 0) != ((c->psr & PSR_V) != 0);
    uint32_t op1 = (nv ? 0x80000000u : 0) | a >> 1;
    uint32_t op2 = (c->y & 1) ? b : 0;
    uint32_t r = add_cc(c, op1, op2, 0, false);
    c->y = (a & 1) << 31 | c->y >> 1;
    sparc_set(c, F_RD(i), r);
}

static void mul(sparc_cpu *c, uint32_t i, bool sgn, bool cc)
{
    OPS;
    uint64_t p = sgn ? (uint64_t)((int64_t)(int32_t)a * (int64_t)(int32_t)b) : (uint64_t)a * b;
    c->y = (uint32_t)(p >> 32);
    if (cc)
        set_icc(c, (uint32_t)p, false, false);
    sparc_set(c, F_RD(i), (uint32_t)p);
}
/* UMUL - Unsigned integer multiply (V8 B.18): Y gets the high word */
static void op_umul(sparc_cpu *c, uint32_t i) { mul(c, i, false, false); }
/* SMUL - Signed integer multiply (V8 B.18) */
static void op_smul(sparc_cpu *c, uint32_t i) { mul(c, i, true, false); }
/* UMULcc - Unsigned multiply and modify icc (V8 B.18): V and C cleared */
static void op_umulcc(sparc_cpu *c, uint32_t i) { mul(c, i, false, true); }
/* SMULcc - Signed multiply and modify icc (V8 B.18) */
static void op_smulcc(sparc_cpu *c, uint32_t i) { mul(c, i, true, true); }

/* Divide (Y:rs1) by operand 2 with the V8 B.19 overflow rules: an unrepresentable quotient
 * becomes the largest value of the right sign, and V is set. */
static void divide(sparc_cpu *c, uint32_t i, bool sgn, bool cc)
{
    OPS;
    if (b == 0)
        sparc_trap(c, TT_DIV_ZERO);
    uint64_t dividend = (uint64_t)c->y << 32 | a;
    uint32_t r;
    bool v = false;
    if (!sgn) {
        uint64_t q = dividend / b;
        if (q > 0xFFFFFFFFu) {
            q = 0xFFFFFFFFu;
            v = true;
        }
        r = (uint32_t)q;
    } else {
        int64_t sd = (int64_t)dividend, sb = (int32_t)b;
        int64_t q;
        if (sd == INT64_MIN && sb == -1)
            q = INT64_MAX;   /* avoids host UB; saturates below anyway */
        else
            q = sd / sb;
        if (q > INT32_MAX) {
            q = INT32_MAX;
            v = true;
        } else if (q < INT32_MIN) {
            q = INT32_MIN;
            v = true;
        }
        r = (uint32_t)(int32_t)q;
    }
    if (cc)
        set_icc(c, r, v, false);
    sparc_set(c, F_RD(i), r);
}
/* UDIV - Unsigned integer divide (V8 B.19) */
static void op_udiv(sparc_cpu *c, uint32_t i) { divide(c, i, false, false); }
/* SDIV - Signed integer divide (V8 B.19) */
static void op_sdiv(sparc_cpu *c, uint32_t i) { divide(c, i, true, false); }
/* UDIVcc - Unsigned divide and modify icc (V8 B.19) */
static void op_udivcc(sparc_cpu *c, uint32_t i) { divide(c, i, false, true); }
/* SDIVcc - Signed divide and modify icc (V8 B.19) */
static void op_sdivcc(sparc_cpu *c, uint32_t i) { divide(c, i, true, true); }

/* SETHI - Set high 22 bits (V8 B.20); SETHI 0,%g0 is NOP */
static void op_sethi(sparc_cpu *c, uint32_t i) { sparc_set(c, F_RD(i), i << 10); }

const sparc_insn_def sparc_insns_alu[] = {
    {SK_OP2(0x00), "ADD", WB_PG_INNOCUOUS, op_add},         {SK_OP2(0x10), "ADDCC", WB_PG_INNOCUOUS, op_addcc},
    {SK_OP2(0x08), "ADDX", WB_PG_INNOCUOUS, op_addx},       {SK_OP2(0x18), "ADDXCC", WB_PG_INNOCUOUS, op_addxcc},
    {SK_OP2(0x04), "SUB", WB_PG_INNOCUOUS, op_sub},         {SK_OP2(0x14), "SUBCC", WB_PG_INNOCUOUS, op_subcc},
    {SK_OP2(0x0C), "SUBX", WB_PG_INNOCUOUS, op_subx},       {SK_OP2(0x1C), "SUBXCC", WB_PG_INNOCUOUS, op_subxcc},
    {SK_OP2(0x20), "TADDCC", WB_PG_INNOCUOUS, op_taddcc},   {SK_OP2(0x21), "TSUBCC", WB_PG_INNOCUOUS, op_tsubcc},
    {SK_OP2(0x22), "TADDCCTV", WB_PG_INNOCUOUS, op_taddcctv}, {SK_OP2(0x23), "TSUBCCTV", WB_PG_INNOCUOUS, op_tsubcctv},
    {SK_OP2(0x01), "AND", WB_PG_INNOCUOUS, op_and},         {SK_OP2(0x11), "ANDCC", WB_PG_INNOCUOUS, op_andcc},
    {SK_OP2(0x05), "ANDN", WB_PG_INNOCUOUS, op_andn},       {SK_OP2(0x15), "ANDNCC", WB_PG_INNOCUOUS, op_andncc},
    {SK_OP2(0x02), "OR", WB_PG_INNOCUOUS, op_or},           {SK_OP2(0x12), "ORCC", WB_PG_INNOCUOUS, op_orcc},
    {SK_OP2(0x06), "ORN", WB_PG_INNOCUOUS, op_orn},         {SK_OP2(0x16), "ORNCC", WB_PG_INNOCUOUS, op_orncc},
    {SK_OP2(0x03), "XOR", WB_PG_INNOCUOUS, op_xor},         {SK_OP2(0x13), "XORCC", WB_PG_INNOCUOUS, op_xorcc},
    {SK_OP2(0x07), "XNOR", WB_PG_INNOCUOUS, op_xnor},       {SK_OP2(0x17), "XNORCC", WB_PG_INNOCUOUS, op_xnorcc},
    {SK_OP2(0x25), "SLL", WB_PG_INNOCUOUS, op_sll},         {SK_OP2(0x26), "SRL", WB_PG_INNOCUOUS, op_srl},
    {SK_OP2(0x27), "SRA", WB_PG_INNOCUOUS, op_sra},         {SK_OP2(0x24), "MULSCC", WB_PG_INNOCUOUS, op_mulscc},
    {SK_OP2(0x0A), "UMUL", WB_PG_INNOCUOUS, op_umul},       {SK_OP2(0x0B), "SMUL", WB_PG_INNOCUOUS, op_smul},
    {SK_OP2(0x1A), "UMULCC", WB_PG_INNOCUOUS, op_umulcc},   {SK_OP2(0x1B), "SMULCC", WB_PG_INNOCUOUS, op_smulcc},
    {SK_OP2(0x0E), "UDIV", WB_PG_INNOCUOUS, op_udiv},       {SK_OP2(0x0F), "SDIV", WB_PG_INNOCUOUS, op_sdiv},
    {SK_OP2(0x1E), "UDIVCC", WB_PG_INNOCUOUS, op_udivcc},   {SK_OP2(0x1F), "SDIVCC", WB_PG_INNOCUOUS, op_sdivcc},
    {SK_OP0(4), "SETHI", WB_PG_INNOCUOUS, op_sethi},
    {0, NULL, WB_PG_INNOCUOUS, NULL},
};
