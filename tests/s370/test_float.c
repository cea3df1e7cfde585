/* S/370 hexadecimal floating point (PoO chapter 9): results, condition codes, exceptions.
 *
 * Every expected bit pattern below is worked out by hand from the manual's rules; the comment
 * on a row shows the digit arithmetic.  Notation: fractions are written as hex digit strings
 * with the radix point on the left, "g" marks the guard digit, "ch" the characteristic.
 * Each row runs one instruction at X'400' with the condition code preset to 3 (no floating-point
 * instruction sets 3, so 3 after the run means "unchanged"); RX operands are at X'800'. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>
#include "tests/support/s370t.h"

#define NOPGM (-1)
#define SPEC S370_PGM_SPECIFICATION
#define EOVF S370_PGM_EXPONENT_OVERFLOW
#define EUNF S370_PGM_EXPONENT_UNDERFLOW
#define SIGN S370_PGM_SIGNIFICANCE
#define FDIV S370_PGM_FLOAT_DIVIDE
#define PM_U S370_PM_EXPUNDER   /* program-mask bit 2 */
#define PM_S S370_PM_SIGNIF     /* program-mask bit 1 */
#define OPND 0x800u

typedef struct {
    const char *what;
    uint16_t ins[2];          /* RR: ins[1] == 0; RX: ins[1] = X'0800' (X2 = B2 = 0) */
    unsigned pm;              /* program mask during the instruction */
    uint64_t in[4], mem;      /* FPR 0, 2, 4, 6 and the doubleword at X'800' before ... */
    uint64_t out[4], mem_out; /* ... and after */
    unsigned cc;              /* condition code after (3: unchanged) */
    int pgm;                  /* program interruption code, NOPGM when none */
} fcase;

/* Run the instruction at X'400' once with program mask pm and condition code cc0. */
static int run1(s370_cpu *c, unsigned pm, unsigned cc0)
{
    s370t_set8(c, S370_PSA_PGM_OLD, 0);
    c->m.ops->start(&c->m, true, 0x400);
    c->pmask = (uint8_t)pm;
    c->cc = (uint8_t)cc0;
    wb_run(&c->m, 1);
    return s370t_pgm_code(c);
}

/* The condition code the instruction left: in the program old PSW after an interruption. */
static unsigned cc_after(s370_cpu *c)
{
    if (s370t_pgm_code(c) >= 0)
        return (unsigned)(s370t_get8(c, S370_PSA_PGM_OLD) >> 28) & 3;
    return c->cc;
}

static void run_table(const fcase *t, size_t n)
{
    s370_cpu *c = s370t_new(65536);
    int bad = 0;
    for (size_t i = 0; i < n; i++) {
        const fcase *k = &t[i];
        s370t_code(c, 0x400, k->ins, k->ins[1] ? 2 : 1);
        s370t_set8(c, OPND, k->mem);
        memcpy(c->fpr, k->in, sizeof c->fpr);
        int pgm = run1(c, k->pm, 3);
        unsigned cc = cc_after(c);
        uint64_t mem = s370t_get8(c, OPND);
        if (memcmp(c->fpr, k->out, sizeof c->fpr) || mem != k->mem_out || cc != k->cc || pgm != k->pgm) {
            print_message("FAIL %s\n  got  %016llX %016llX %016llX %016llX mem %016llX cc %u pgm %d\n"
                          "  want %016llX %016llX %016llX %016llX mem %016llX cc %u pgm %d\n", k->what,
                          (unsigned long long)c->fpr[0], (unsigned long long)c->fpr[1],
                          (unsigned long long)c->fpr[2], (unsigned long long)c->fpr[3],
                          (unsigned long long)mem, cc, pgm,
                          (unsigned long long)k->out[0], (unsigned long long)k->out[1],
                          (unsigned long long)k->out[2], (unsigned long long)k->out[3],
                          (unsigned long long)k->mem_out, k->cc, k->pgm);
            bad++;
        }
    }
    s370t_free(c);
    assert_int_equal(bad, 0);
}

#define RUN(t) run_table(t, sizeof t / sizeof t[0])

/* ------------------------------------------------------------------------------------------ */

static void load_and_store(void **state)
{
    (void)state;
    static const fcase t[] = {
        {"LER 0,2 replaces the high half only", {0x3802}, 0,
         {0xAAAAAAAABBBBBBBBull, 0x4112345689ABCDEFull}, 0,
         {0x41123456BBBBBBBBull, 0x4112345689ABCDEFull}, 0, 3, NOPGM},
        {"LDR 4,6", {0x2846}, 0,
         {0, 0, 0x1111111111111111ull, 0xC1123456789ABCDEull}, 0,
         {0, 0, 0xC1123456789ABCDEull, 0xC1123456789ABCDEull}, 0, 3, NOPGM},
        {"LE 2 keeps the low half", {0x7820, 0x0800}, 0,
         {0, 0x0000000055555555ull}, 0xC110000099999999ull,
         {0, 0xC110000055555555ull}, 0xC110000099999999ull, 3, NOPGM},
        {"LD 6", {0x6860, 0x0800}, 0,
         {0}, 0x4212345678ABCDEFull,
         {0, 0, 0, 0x4212345678ABCDEFull}, 0x4212345678ABCDEFull, 3, NOPGM},
        {"STE 4 stores the high half only", {0x7040, 0x0800}, 0,
         {0, 0, 0x41ABCDEF12345678ull}, 0x1111111122222222ull,
         {0, 0, 0x41ABCDEF12345678ull}, 0x41ABCDEF22222222ull, 3, NOPGM},
        {"STD 0", {0x6000, 0x0800}, 0,
         {0x4212345678ABCDEFull}, 0,
         {0x4212345678ABCDEFull}, 0x4212345678ABCDEFull, 3, NOPGM},
        {"LER 1,0: odd R1", {0x3810}, 0,
         {0x4110000000000000ull}, 0, {0x4110000000000000ull}, 0, 3, SPEC},
        {"LDR 0,8: R2 above 6", {0x2808}, 0,
         {0x4110000000000000ull}, 0, {0x4110000000000000ull}, 0, 3, SPEC},
        {"LDR 0,15", {0x280F}, 0, {1}, 0, {1}, 0, 3, SPEC},
        {"LE 3", {0x7830, 0x0800}, 0, {0}, 0x4110000000000000ull,
         {0}, 0x4110000000000000ull, 3, SPEC},
        {"LD 10", {0x68A0, 0x0800}, 0, {0}, 0x4110000000000000ull,
         {0}, 0x4110000000000000ull, 3, SPEC},
        {"STD 7 stores nothing", {0x6070, 0x0800}, 0, {1, 2, 3, 4}, 0x5555555555555555ull,
         {1, 2, 3, 4}, 0x5555555555555555ull, 3, SPEC},
        {"STE 5 stores nothing", {0x7050, 0x0800}, 0, {1, 2, 3, 4}, 0x5555555555555555ull,
         {1, 2, 3, 4}, 0x5555555555555555ull, 3, SPEC},
    };
    RUN(t);
}

/* The byte-oriented-operand facility: floating-point storage operands need no alignment;
 * access exceptions cover the whole operand. */
static void storage_operands(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    static const uint8_t bytes[] = {0x00, 0x41, 0x12, 0x34, 0x56, 0x78, 0x9A, 0xBC, 0xDE};
    s370t_put(c, OPND, bytes, sizeof bytes);

    S370T_CODE(c, 0x400, 0x7800, 0x0801);                 /* LE 0,X'801' */
    c->fpr[0] = 0x99999999AAAAAAAAull;
    assert_int_equal(run1(c, 0, 3), NOPGM);
    assert_int_equal(c->fpr[0], 0x41123456AAAAAAAAull);

    S370T_CODE(c, 0x400, 0x6820, 0x0801);                 /* LD 2,X'801' */
    assert_int_equal(run1(c, 0, 3), NOPGM);
    assert_int_equal(c->fpr[1], 0x41123456789ABCDEull);

    S370T_CODE(c, 0x400, 0x7040, 0x0903);                 /* STE 4,X'903' */
    c->fpr[2] = 0xC2ABCDEF00000000ull;
    assert_int_equal(run1(c, 0, 3), NOPGM);
    assert_int_equal(s370t_get4(c, 0x903), 0xC2ABCDEFu);

    /* X2 = 1 with R1 = X'FFFC': a short operand fits below 64K, a long one does not. */
    c->gr[1] = 0xFFFC;
    s370t_set4(c, 0xFFFC, 0x42100000);
    S370T_CODE(c, 0x400, 0x7801, 0x0000);                 /* LE 0,0(1) */
    c->fpr[0] = 0;
    assert_int_equal(run1(c, 0, 3), NOPGM);
    assert_int_equal(c->fpr[0], 0x4210000000000000ull);
    S370T_CODE(c, 0x400, 0x6821, 0x0000);                 /* LD 2,0(1) */
    c->fpr[1] = 0x1234;
    assert_int_equal(run1(c, 0, 3), S370_PGM_ADDRESSING);
    assert_int_equal(c->fpr[1], 0x1234);
    S370T_CODE(c, 0x400, 0x6A01, 0x0000);                 /* AD 0,0(1) */
    assert_int_equal(run1(c, 0, 3), S370_PGM_ADDRESSING);
    assert_int_equal(c->fpr[0], 0x4210000000000000ull);
    s370t_free(c);
}

static void store_protection(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    S370T_CODE(c, 0x400, 0x6000, 0x0800);                 /* STD 0,X'800' */
    c->keys[OPND / S370_KEYBLOCK] = 0x20;                 /* block key 2 */
    c->fpr[0] = 0x4110000000000000ull;
    s370t_set8(c, S370_PSA_PGM_OLD, 0);
    c->m.ops->start(&c->m, true, 0x400);
    c->pkey = 1;
    wb_run(&c->m, 1);
    assert_int_equal(s370t_pgm_code(c), S370_PGM_PROTECTION);
    assert_int_equal(s370t_get8(c, OPND), 0);
    s370t_free(c);
}

static void sign_control(void **state)
{
    (void)state;
    static const fcase t[] = {
        {"LTER 0,2 minus", {0x3202}, 0, {0, 0xC110000012345678ull}, 0,
         {0xC110000000000000ull, 0xC110000012345678ull}, 0, 1, NOPGM},
        {"LTER 0,0 plus, test only", {0x3200}, 0, {0x4110000077777777ull}, 0,
         {0x4110000077777777ull}, 0, 2, NOPGM},
        {"LTER: zero fraction with minus sign is cc 0, low half not tested", {0x3202}, 0,
         {0x00000000FFFFFFFFull, 0x8000000000000001ull}, 0,
         {0x80000000FFFFFFFFull, 0x8000000000000001ull}, 0, 0, NOPGM},
        {"LTDR: the low half is fraction", {0x2202}, 0, {0, 0x8000000000000001ull}, 0,
         {0x8000000000000001ull, 0x8000000000000001ull}, 0, 1, NOPGM},
        {"LTDR: characteristic alone is zero", {0x2244}, 0, {0, 0, 0x4100000000000000ull}, 0,
         {0, 0, 0x4100000000000000ull}, 0, 0, NOPGM},
        {"LCER 0,2", {0x3302}, 0, {0x00000000DEADBEEFull, 0x4110000012345678ull}, 0,
         {0xC1100000DEADBEEFull, 0x4110000012345678ull}, 0, 1, NOPGM},
        {"LCER of true zero gives minus zero", {0x3302}, 0, {0, 0}, 0,
         {0x8000000000000000ull, 0}, 0, 0, NOPGM},
        {"LCDR 2,4", {0x2324}, 0, {0, 0, 0xC212345678ABCDEFull}, 0,
         {0, 0x4212345678ABCDEFull, 0xC212345678ABCDEFull}, 0, 2, NOPGM},
        {"LNER 0,2", {0x3102}, 0, {0, 0x4110000000000000ull}, 0,
         {0xC110000000000000ull, 0x4110000000000000ull}, 0, 1, NOPGM},
        {"LNER of a zero fraction", {0x3102}, 0, {0, 0x4000000000000000ull}, 0,
         {0xC000000000000000ull, 0x4000000000000000ull}, 0, 0, NOPGM},
        {"LNDR 0,0 already minus", {0x2100}, 0, {0xC100000000000001ull}, 0,
         {0xC100000000000001ull}, 0, 1, NOPGM},
        {"LPER 0,2", {0x3002}, 0, {0, 0xC110000000000000ull}, 0,
         {0x4110000000000000ull, 0xC110000000000000ull}, 0, 2, NOPGM},
        {"LPER of a zero fraction", {0x3002}, 0, {0, 0x8500000000000000ull}, 0,
         {0x0500000000000000ull, 0x8500000000000000ull}, 0, 0, NOPGM},
        {"LPDR 6,0", {0x2060}, 0, {0xC100000000000001ull}, 0,
         {0xC100000000000001ull, 0, 0, 0x4100000000000001ull}, 0, 2, NOPGM},
        {"LCER 1,2", {0x3312}, 0, {1, 2}, 0, {1, 2}, 0, 3, SPEC},
        {"LPDR 0,9", {0x2009}, 0, {1, 2}, 0, {1, 2}, 0, 3, SPEC},
        {"LTDR 14,0", {0x22E0}, 0, {1, 2}, 0, {1, 2}, 0, 3, SPEC},
        {"LNER 0,3", {0x3103}, 0, {1, 2}, 0, {1, 2}, 0, 3, SPEC},
    };
    RUN(t);
}

static void halve(void **state)
{
    (void)state;
    static const fcase t[] = {
        /* .3 / 2 = .18: leading digit >= 2, a plain one-bit shift */
        {"HER 0,2", {0x3402}, 0, {0x123456789ABCDEF0ull, 0x41300000FFFFFFFFull}, 0,
         {0x411800009ABCDEF0ull, 0x41300000FFFFFFFFull}, 0, 3, NOPGM},
        /* .1 / 2 = .08 -> normalized .8, ch 41-1 */
        {"HER postnormalizes", {0x3400}, 0, {0x4110000000000000ull}, 0,
         {0x4080000000000000ull}, 0, 3, NOPGM},
        /* .123457 / 2 = .091A2B8 (the low bit went to the guard digit) -> .91A2B8, ch 40 */
        {"HER keeps the low bit through the guard digit", {0x3400}, 0, {0x4112345700000000ull}, 0,
         {0x4091A2B800000000ull}, 0, 3, NOPGM},
        /* .FFFFFF / 2 = .7FFFFF|8 -> truncated */
        {"HER truncates", {0x3400}, 0, {0x41FFFFFF00000000ull}, 0,
         {0x417FFFFF00000000ull}, 0, 3, NOPGM},
        /* .000001 * 16 = 16**-5; half = .8 * 16**-5, ch 40-5 = 3B */
        {"HER of an unnormalized operand", {0x3400}, 0, {0x4100000100000000ull}, 0,
         {0x3B80000000000000ull}, 0, 3, NOPGM},
        {"HER negative", {0x3400}, 0, {0xC130000000000000ull}, 0,
         {0xC118000000000000ull}, 0, 3, NOPGM},
        {"HER zero fraction gives a true zero", {0x3402}, 0, {0x0000000011111111ull, 0xC500000000000000ull}, 0,
         {0x0000000011111111ull, 0xC500000000000000ull}, 0, 3, NOPGM},
        /* .1 * 16**-64 / 2 = .8 * 16**-65: underflow */
        {"HER underflow, mask off: true zero", {0x3400}, 0, {0x0010000000000000ull}, 0,
         {0}, 0, 3, NOPGM},
        {"HER underflow, mask on: ch + 128", {0x3400}, PM_U, {0x0010000000000000ull}, 0,
         {0x7F80000000000000ull}, 0, 3, EUNF},
        /* 16**-14 * 16 / 2 = .8 * 16**-13, ch 40-13 = 33 */
        {"HDR 0,2", {0x2402}, 0, {0, 0x4100000000000001ull}, 0,
         {0x3380000000000000ull, 0x4100000000000001ull}, 0, 3, NOPGM},
        {"HDR truncates the last bit", {0x2400}, 0, {0x4230000000000001ull}, 0,
         {0x4218000000000000ull}, 0, 3, NOPGM},
        {"HDR zero", {0x2400}, PM_U | PM_S, {0x8000000000000000ull}, 0, {0}, 0, 3, NOPGM},
        {"HER 0,1", {0x3401}, 0, {1, 2}, 0, {1, 2}, 0, 3, SPEC},
        {"HDR 5,0", {0x2450}, 0, {1, 2}, 0, {1, 2}, 0, 3, SPEC},
    };
    RUN(t);
}

static void load_rounded(void **state)
{
    (void)state;
    static const fcase t[] = {
        /* +1 in bit 32: 123456|8... -> 123457 */
        {"LRER 0,2 rounds up", {0x3502}, 0, {0x1111111122222222ull, 0x4112345680000000ull}, 0,
         {0x4112345722222222ull, 0x4112345680000000ull}, 0, 3, NOPGM},
        {"LRER 0,2 rounds down", {0x3502}, 0, {0, 0x411234567FFFFFFFull}, 0,
         {0x4112345600000000ull, 0x411234567FFFFFFFull}, 0, 3, NOPGM},
        /* FFFFFF|8 + 1 = 1000000 -> .100000, ch 42; the sign is kept */
        {"LRER carry out of the fraction", {0x3502}, 0, {0, 0xC1FFFFFF80000000ull}, 0,
         {0xC210000000000000ull, 0xC1FFFFFF80000000ull}, 0, 3, NOPGM},
        {"LRER does not normalize", {0x3502}, 0, {0, 0x4100000080000000ull}, 0,
         {0x4100000100000000ull, 0x4100000080000000ull}, 0, 3, NOPGM},
        /* ch 7F + 1 = 128 -> 0, fraction .100000 */
        {"LRER exponent overflow", {0x3502}, 0, {0, 0x7FFFFFFF80000000ull}, 0,
         {0x0010000000000000ull, 0x7FFFFFFF80000000ull}, 0, 3, EOVF},
        /* +1 in bit 72: the leftmost bit of the low-order fraction; its characteristic ignored */
        {"LRDR 0,4 rounds up", {0x2504}, 0, {0, 0, 0x4112345678ABCDEFull, 0x3E80000000000000ull}, 0,
         {0x4112345678ABCDF0ull, 0, 0x4112345678ABCDEFull, 0x3E80000000000000ull}, 0, 3, NOPGM},
        {"LRDR 0,4 rounds down", {0x2504}, 0, {0, 0, 0x4112345678ABCDEFull, 0x337FFFFFFFFFFFFFull}, 0,
         {0x4112345678ABCDEFull, 0, 0x4112345678ABCDEFull, 0x337FFFFFFFFFFFFFull}, 0, 3, NOPGM},
        {"LRDR 2,0 carry, into the pair's own low register", {0x2520}, 0,
         {0xC1FFFFFFFFFFFFFFull, 0x0080000000000000ull}, 0,
         {0xC1FFFFFFFFFFFFFFull, 0xC210000000000000ull}, 0, 3, NOPGM},
        {"LRDR exponent overflow", {0x2504}, 0, {0, 0, 0x7FFFFFFFFFFFFFFFull, 0x0080000000000000ull}, 0,
         {0x0010000000000000ull, 0, 0x7FFFFFFFFFFFFFFFull, 0x0080000000000000ull}, 0, 3, EOVF},
        {"LRDR 0,2: R2 not 0 or 4", {0x2502}, 0, {1, 2, 3, 4}, 0, {1, 2, 3, 4}, 0, 3, SPEC},
        {"LRDR 1,4", {0x2514}, 0, {1, 2, 3, 4}, 0, {1, 2, 3, 4}, 0, 3, SPEC},
        {"LRER 0,3", {0x3503}, 0, {1, 2, 3, 4}, 0, {1, 2, 3, 4}, 0, 3, SPEC},
    };
    RUN(t);
}

static void add_short(void **state)
{
    (void)state;
    static const fcase t[] = {
        {"AER 0,2: low halves ignored and kept", {0x3A02}, 0,
         {0x41100000DEADBEEFull, 0x4120000012345678ull}, 0,
         {0x41300000DEADBEEFull, 0x4120000012345678ull}, 0, 2, NOPGM},
        /* .8 + .8 = 1.0: carry, shift right, ch 42 */
        {"AER carry", {0x3A02}, 0, {0x4180000000000000ull, 0x4180000000000000ull}, 0,
         {0x4210000000000000ull, 0x4180000000000000ull}, 0, 2, NOPGM},
        /* .100000g0 + .001234g5 = .101234g5 -> guard digit dropped */
        {"AER aligns with one guard digit", {0x3A02}, 0, {0x4110000000000000ull, 0x3F12345600000000ull}, 0,
         {0x4110123400000000ull, 0x3F12345600000000ull}, 0, 2, NOPGM},
        /* .100000g0 - .0FFFFFgF = .000000g1 -> normalized .100000, ch 41-6 */
        {"SER: the guard digit is normalized in", {0x3B02}, 0, {0x4110000000000000ull, 0x40FFFFFF00000000ull}, 0,
         {0x3B10000000000000ull, 0x40FFFFFF00000000ull}, 0, 2, NOPGM},
        /* .000000g1 after a 6-digit shift -> .100000, ch 47-6 */
        {"AER: only the guard digit survives the shift", {0x3A02}, 0, {0x4700000000000000ull, 0x4112345600000000ull}, 0,
         {0x4110000000000000ull, 0x4112345600000000ull}, 0, 2, NOPGM},
        {"AER unlike signs", {0x3A02}, 0, {0x4110000000000000ull, 0xC120000000000000ull}, 0,
         {0xC110000000000000ull, 0xC120000000000000ull}, 0, 1, NOPGM},
        {"AER of a zero-fraction operand", {0x3A02}, 0, {0x8000000000000000ull, 0x4110000000000000ull}, 0,
         {0x4110000000000000ull, 0x4110000000000000ull}, 0, 2, NOPGM},
        /* 10 - 1 = F: .100000g0 - .010000g0 = .0F0000g0 -> .F00000, ch 41 */
        {"SER normalizes one digit", {0x3B02}, 0, {0x4210000000000000ull, 0x4110000000000000ull}, 0,
         {0x41F0000000000000ull, 0x4110000000000000ull}, 0, 2, NOPGM},
        {"SER zero, significance mask off: true zero", {0x3B02}, 0, {0x4110000055555555ull, 0x4110000000000000ull}, 0,
         {0x0000000055555555ull, 0x4110000000000000ull}, 0, 0, NOPGM},
        {"SER zero, significance mask on: ch kept, plus", {0x3B02}, PM_S,
         {0x4110000055555555ull, 0x4110000000000000ull}, 0,
         {0x4100000055555555ull, 0x4110000000000000ull}, 0, 0, SIGN},
        {"AER zero of unlike signs, mask on: plus", {0x3A02}, PM_S, {0xC210000000000000ull, 0x4210000000000000ull}, 0,
         {0x4200000000000000ull, 0x4210000000000000ull}, 0, 0, SIGN},
        /* .000000g1 is not zero: no significance for the normalized add */
        {"AER: a guard-digit-only sum is significant", {0x3A02}, PM_S, {0x4100000100000000ull, 0xC000000F00000000ull}, 0,
         {0x3B10000000000000ull, 0xC000000F00000000ull}, 0, 2, NOPGM},
        /* .F00000 + .F00000 = 1.E00000 -> .1E0000, ch 80 -> 00 */
        {"AER exponent overflow", {0x3A02}, 0, {0x7FF0000000000000ull, 0x7FF0000000000000ull}, 0,
         {0x001E000000000000ull, 0x7FF0000000000000ull}, 0, 2, EOVF},
        {"AER exponent overflow, negative", {0x3A02}, PM_U | PM_S, {0xFFF0000000000000ull, 0xFFF0000000000000ull}, 0,
         {0x801E000000000000ull, 0xFFF0000000000000ull}, 0, 1, EOVF},
        /* .1 - .08 = .08 -> .8, ch -1 */
        {"SER exponent underflow, mask off", {0x3B02}, PM_S, {0x0010000000000000ull, 0x0008000000000000ull}, 0,
         {0, 0x0008000000000000ull}, 0, 0, NOPGM},
        {"SER exponent underflow, mask on: ch -1 + 128", {0x3B02}, PM_U, {0x0010000000000000ull, 0x0008000000000000ull}, 0,
         {0x7F80000000000000ull, 0x0008000000000000ull}, 0, 2, EUNF},
        {"SER exponent underflow, mask on, negative", {0x3B02}, PM_U, {0x8010000000000000ull, 0x8008000000000000ull}, 0,
         {0xFF80000000000000ull, 0x8008000000000000ull}, 0, 1, EUNF},
        {"AE 0", {0x7A00, 0x0800}, 0, {0x4110000000000000ull}, 0x41200000FFFFFFFFull,
         {0x4130000000000000ull}, 0x41200000FFFFFFFFull, 2, NOPGM},
        {"SE 4", {0x7B40, 0x0800}, 0, {0, 0, 0x4110000000000000ull}, 0x4120000000000000ull,
         {0, 0, 0xC110000000000000ull}, 0x4120000000000000ull, 1, NOPGM},
        {"AER 0,1", {0x3A01}, 0, {1, 2}, 0, {1, 2}, 0, 3, SPEC},
        {"SER 0,7", {0x3B07}, 0, {1, 2}, 0, {1, 2}, 0, 3, SPEC},
        {"AE 1", {0x7A10, 0x0800}, 0, {1, 2}, 0, {1, 2}, 0, 3, SPEC},
        {"SE 9", {0x7B90, 0x0800}, 0, {1, 2}, 0, {1, 2}, 0, 3, SPEC},
    };
    RUN(t);
}

static void add_long(void **state)
{
    (void)state;
    static const fcase t[] = {
        /* .10000000000000g0 + .0012345678ABCDgE (F lost) -> .1012345678ABCD */
        {"ADR 0,2 with guard digit", {0x2A02}, 0, {0x4110000000000000ull, 0x3F12345678ABCDEFull}, 0,
         {0x411012345678ABCDull, 0x3F12345678ABCDEFull}, 0, 2, NOPGM},
        /* .10000000000000g0 - .0FFFFFFFFFFFFFgF = .00000000000000g1 -> ch 41-14 */
        {"SDR guard digit normalized in", {0x2B02}, 0, {0x4110000000000000ull, 0x40FFFFFFFFFFFFFFull}, 0,
         {0x3310000000000000ull, 0x40FFFFFFFFFFFFFFull}, 0, 2, NOPGM},
        {"ADR zero, mask off", {0x2A02}, 0, {0xC110000000000000ull, 0x4110000000000000ull}, 0,
         {0, 0x4110000000000000ull}, 0, 0, NOPGM},
        {"ADR zero, mask on", {0x2A02}, PM_S, {0xC110000000000000ull, 0x4110000000000000ull}, 0,
         {0x4100000000000000ull, 0x4110000000000000ull}, 0, 0, SIGN},
        {"ADR exponent overflow", {0x2A02}, 0, {0x7FF0000000000000ull, 0x7FF0000000000000ull}, 0,
         {0x001E000000000000ull, 0x7FF0000000000000ull}, 0, 2, EOVF},
        {"SDR exponent underflow, mask on", {0x2B02}, PM_U, {0x0010000000000000ull, 0x0008000000000000ull}, 0,
         {0x7F80000000000000ull, 0x0008000000000000ull}, 0, 2, EUNF},
        {"SDR exponent underflow, mask off", {0x2B02}, 0, {0x0010000000000000ull, 0x0008000000000000ull}, 0,
         {0, 0x0008000000000000ull}, 0, 0, NOPGM},
        {"AD 0", {0x6A00, 0x0800}, 0, {0x4110000000000000ull}, 0x4110000000000000ull,
         {0x4120000000000000ull}, 0x4110000000000000ull, 2, NOPGM},
        {"SD 4", {0x6B40, 0x0800}, 0, {0, 0, 0x4110000000000000ull}, 0x4120000000000000ull,
         {0, 0, 0xC110000000000000ull}, 0x4120000000000000ull, 1, NOPGM},
        {"ADR 3,0", {0x2A30}, 0, {1, 2}, 0, {1, 2}, 0, 3, SPEC},
        {"AD 5", {0x6A50, 0x0800}, 0, {1, 2}, 0, {1, 2}, 0, 3, SPEC},
        {"SDR 0,11", {0x2B0B}, 0, {1, 2}, 0, {1, 2}, 0, 3, SPEC},
    };
    RUN(t);
}

static void add_unnormalized(void **state)
{
    (void)state;
    static const fcase t[] = {
        {"AUR 0,2 with guard digit", {0x3E02}, 0, {0x4110000000000000ull, 0x3F12345600000000ull}, 0,
         {0x4110123400000000ull, 0x3F12345600000000ull}, 0, 2, NOPGM},
        /* .100000g0 - .0FFFFFg0 = .000001g0: leading zeros stay */
        {"SUR keeps leading zeros", {0x3F02}, 0, {0x4110000000000000ull, 0x410FFFFF00000000ull}, 0,
         {0x4100000100000000ull, 0x410FFFFF00000000ull}, 0, 2, NOPGM},
        /* ch 44: .000010g0 + .000100g0 = .000110 */
        {"AU: characteristic of the larger operand", {0x7E00, 0x0800}, 0, {0x4400001000000000ull}, 0x4110000000000000ull,
         {0x4400011000000000ull}, 0x4110000000000000ull, 2, NOPGM},
        {"AUR carry", {0x3E02}, 0, {0x4180000000000000ull, 0x4180000000000000ull}, 0,
         {0x4210000000000000ull, 0x4180000000000000ull}, 0, 2, NOPGM},
        {"AUR exponent overflow", {0x3E02}, 0, {0x7F80000000000000ull, 0x7F80000000000000ull}, 0,
         {0x0010000000000000ull, 0x7F80000000000000ull}, 0, 2, EOVF},
        /* .000001g0 - .000000gF = .000000g1: the truncated fraction is zero */
        {"AUR: guard digit alone is no significance, mask off", {0x3E02}, 0,
         {0x4100000100000000ull, 0xC000000F00000000ull}, 0,
         {0, 0xC000000F00000000ull}, 0, 0, NOPGM},
        {"AUR: guard digit alone is no significance, mask on", {0x3E02}, PM_S,
         {0x4100000100000000ull, 0xC000000F00000000ull}, 0,
         {0x4100000000000000ull, 0xC000000F00000000ull}, 0, 0, SIGN},
        {"SUR: no exponent underflow", {0x3F02}, PM_U, {0x0010000000000000ull, 0x0008000000000000ull}, 0,
         {0x0008000000000000ull, 0x0008000000000000ull}, 0, 2, NOPGM},
        /* ...0Fg0 - ...00gF = ...0Eg1 -> ...0E */
        {"AWR truncates the guard digit", {0x2E02}, 0, {0x410000000000000Full, 0xC00000000000000Full}, 0,
         {0x410000000000000Eull, 0xC00000000000000Full}, 0, 2, NOPGM},
        {"SWR zero, mask off", {0x2F02}, 0, {0x4110000000000000ull, 0x4110000000000000ull}, 0,
         {0, 0x4110000000000000ull}, 0, 0, NOPGM},
        /* ch 42: ...01g0 + ...01g0 (shifted from ch 41: ...00g1|0 -> ...001g0) */
        {"AW 0", {0x6E00, 0x0800}, 0, {0x4200000000000001ull}, 0x4100000000000010ull,
         {0x4200000000000002ull}, 0x4100000000000010ull, 2, NOPGM},
        {"SW 0", {0x6F00, 0x0800}, 0, {0x4100000000000001ull}, 0x4100000000000002ull,
         {0xC100000000000001ull}, 0x4100000000000002ull, 1, NOPGM},
        {"SU 2", {0x7F20, 0x0800}, 0, {0, 0x4100000500000000ull}, 0x4100000300000000ull,
         {0, 0x4100000200000000ull}, 0x4100000300000000ull, 2, NOPGM},
        {"AUR 0,5", {0x3E05}, 0, {1, 2}, 0, {1, 2}, 0, 3, SPEC},
        {"SWR 12,0", {0x2FC0}, 0, {1, 2}, 0, {1, 2}, 0, 3, SPEC},
        {"AW 13", {0x6ED0, 0x0800}, 0, {1, 2}, 0, {1, 2}, 0, 3, SPEC},
        {"SU 1", {0x7F10, 0x0800}, 0, {1, 2}, 0, {1, 2}, 0, 3, SPEC},
    };
    RUN(t);
}

static void add_extended(void **state)
{
    (void)state;
    static const fcase t[] = {
        /* digit 1 (ch 41) + digit 1 of ch 32, shifted 15 -> digit 16; digit 28 from op1 */
        {"AXR 0,4", {0x3604}, 0,
         {0x4110000000000000ull, 0x3300000000000001ull, 0x3210000000000000ull, 0}, 0,
         {0x4110000000000000ull, 0x3301000000000001ull, 0x3210000000000000ull, 0}, 0, 2, NOPGM},
        /* 28 F's + ...1 = 1.000...: carry, ch 42, low part ch 42-0E = 34; op2's low ch ignored */
        {"AXR carry", {0x3604}, 0,
         {0x41FFFFFFFFFFFFFFull, 0x33FFFFFFFFFFFFFFull, 0x4100000000000000ull, 0x0000000000000001ull}, 0,
         {0x4210000000000000ull, 0x3400000000000000ull, 0x4100000000000000ull, 0x0000000000000001ull}, 0, 2, NOPGM},
        {"AXR sets the low-order characteristic", {0x3604}, 0,
         {0x4112345678ABCDEFull, 0}, 0,
         {0x4112345678ABCDEFull, 0x3300000000000000ull}, 0, 2, NOPGM},
        /* .00...012 (digits 27, 28) -> shift 26 digits: ch 41-1A = 27, low 27-0E = 19 */
        {"AXR normalizes across the halves", {0x3604}, 0,
         {0x4100000000000000ull, 0x3300000000000012ull}, 0,
         {0x2712000000000000ull, 0x1900000000000000ull}, 0, 2, NOPGM},
        {"SXR 0,4 negative result, sign in both parts", {0x3704}, 0,
         {0x4110000000000000ull, 0, 0x4120000000000000ull, 0}, 0,
         {0xC110000000000000ull, 0xB300000000000000ull, 0x4120000000000000ull, 0}, 0, 1, NOPGM},
        {"SXR zero, mask off: both parts true zero", {0x3700}, 0,
         {0x4112345678ABCDEFull, 0x3312345678ABCDEFull}, 0, {0, 0}, 0, 0, NOPGM},
        {"SXR zero, mask on: ch kept", {0x3700}, PM_S,
         {0x4112345678ABCDEFull, 0x3312345678ABCDEFull}, 0,
         {0x4100000000000000ull, 0x3300000000000000ull}, 0, 0, SIGN},
        /* .1 - .08 -> .8, ch -1: + 128 = 7F, low 7F-0E = 71 */
        {"SXR exponent underflow, mask on", {0x3704}, PM_U,
         {0x0010000000000000ull, 0, 0x0008000000000000ull, 0}, 0,
         {0x7F80000000000000ull, 0x7100000000000000ull, 0x0008000000000000ull, 0}, 0, 2, EUNF},
        {"SXR exponent underflow, mask off", {0x3704}, 0,
         {0x0010000000000000ull, 0, 0x0008000000000000ull, 0}, 0,
         {0, 0, 0x0008000000000000ull, 0}, 0, 0, NOPGM},
        /* ch 80 -> 00; the low part keeps its correct ch 80-0E = 72 */
        {"AXR exponent overflow", {0x3604}, 0,
         {0x7FF0000000000000ull, 0, 0x7FF0000000000000ull, 0}, 0,
         {0x001E000000000000ull, 0x7200000000000000ull, 0x7FF0000000000000ull, 0}, 0, 2, EOVF},
        {"AXR 2,4", {0x3624}, 0, {1, 2, 3, 4}, 0, {1, 2, 3, 4}, 0, 3, SPEC},
        {"AXR 0,6", {0x3606}, 0, {1, 2, 3, 4}, 0, {1, 2, 3, 4}, 0, 3, SPEC},
        {"SXR 4,2", {0x3742}, 0, {1, 2, 3, 4}, 0, {1, 2, 3, 4}, 0, 3, SPEC},
        {"SXR 8,0", {0x3780}, 0, {1, 2, 3, 4}, 0, {1, 2, 3, 4}, 0, 3, SPEC},
    };
    RUN(t);
}

static void compare(void **state)
{
    (void)state;
    static const fcase t[] = {
        {"CER low", {0x3902}, 0, {0x4110000000000000ull, 0x4120000000000000ull}, 0,
         {0x4110000000000000ull, 0x4120000000000000ull}, 0, 1, NOPGM},
        {"CER high", {0x3902}, 0, {0x4120000000000000ull, 0x4110000000000000ull}, 0,
         {0x4120000000000000ull, 0x4110000000000000ull}, 0, 2, NOPGM},
        {"CER equal", {0x3902}, 0, {0x4120000000000000ull, 0x4120000000000000ull}, 0,
         {0x4120000000000000ull, 0x4120000000000000ull}, 0, 0, NOPGM},
        {"CER characteristics", {0x3902}, 0, {0x4110000000000000ull, 0x4010000000000000ull}, 0,
         {0x4110000000000000ull, 0x4010000000000000ull}, 0, 2, NOPGM},
        {"CER signs", {0x3902}, 0, {0xC110000000000000ull, 0x4110000000000000ull}, 0,
         {0xC110000000000000ull, 0x4110000000000000ull}, 0, 1, NOPGM},
        {"CER both negative", {0x3902}, 0, {0xC120000000000000ull, 0xC110000000000000ull}, 0,
         {0xC120000000000000ull, 0xC110000000000000ull}, 0, 1, NOPGM},
        {"CER zero fractions equal whatever sign and ch", {0x3902}, 0, {0, 0xC500000000000000ull}, 0,
         {0, 0xC500000000000000ull}, 0, 0, NOPGM},
        /* .001234 * 16 = .1234 / 16 */
        {"CER unnormalized equal", {0x3902}, 0, {0x4100123400000000ull, 0x3F12340000000000ull}, 0,
         {0x4100123400000000ull, 0x3F12340000000000ull}, 0, 0, NOPGM},
        {"CER ignores the low halves", {0x3902}, 0, {0x4110000000000001ull, 0x4110000000000000ull}, 0,
         {0x4110000000000001ull, 0x4110000000000000ull}, 0, 0, NOPGM},
        {"CDR sees them", {0x2902}, 0, {0x4110000000000001ull, 0x4110000000000000ull}, 0,
         {0x4110000000000001ull, 0x4110000000000000ull}, 0, 2, NOPGM},
        /* PoO example: 43 zero vs 35 123456789ABCDE shifted 14 digits leaves guard digit 1 */
        {"CDR guard digit decides", {0x2946}, 0, {0, 0, 0x4300000000000000ull, 0x35123456789ABCDEull}, 0,
         {0, 0, 0x4300000000000000ull, 0x35123456789ABCDEull}, 0, 1, NOPGM},
        {"CDR shifted beyond the guard digit: equal", {0x2946}, 0, {0, 0, 0x4300000000000000ull, 0x34123456789ABCDEull}, 0,
         {0, 0, 0x4300000000000000ull, 0x34123456789ABCDEull}, 0, 0, NOPGM},
        {"CER no exception at the extremes", {0x3902}, PM_U | PM_S, {0x7FFFFFFF00000000ull, 0xFFFFFFFF00000000ull}, 0,
         {0x7FFFFFFF00000000ull, 0xFFFFFFFF00000000ull}, 0, 2, NOPGM},
        {"CE 2", {0x7920, 0x0800}, 0, {0, 0x4120000000000000ull}, 0x4120000100000000ull,
         {0, 0x4120000000000000ull}, 0x4120000100000000ull, 1, NOPGM},
        {"CD 0", {0x6900, 0x0800}, 0, {0x4120000000000001ull}, 0x4120000000000000ull,
         {0x4120000000000001ull}, 0x4120000000000000ull, 2, NOPGM},
        {"CER 1,0", {0x3910}, 0, {1, 2}, 0, {1, 2}, 0, 3, SPEC},
        {"CDR 0,7", {0x2907}, 0, {1, 2}, 0, {1, 2}, 0, 3, SPEC},
        {"CD 3", {0x6930, 0x0800}, 0, {1, 2}, 0, {1, 2}, 0, 3, SPEC},
        {"CE 15", {0x79F0, 0x0800}, 0, {1, 2}, 0, {1, 2}, 0, 3, SPEC},
    };
    RUN(t);
}

static void multiply(void **state)
{
    (void)state;
    static const fcase t[] = {
        /* 2 * 3: .2 * .3 = .06 -> .6, ch 41+41-40-1; the product is long */
        {"MER 0,2 long product", {0x3C02}, 0, {0x41200000FFFFFFFFull, 0x4130000012345678ull}, 0,
         {0x4160000000000000ull, 0x4130000012345678ull}, 0, 3, NOPGM},
        /* FFFFFF**2 = FFFFFE000001: all 12 digits kept, two zero digits appended */
        {"MER keeps every product digit", {0x3C02}, 0, {0x41FFFFFF00000000ull, 0x41FFFFFF00000000ull}, 0,
         {0x42FFFFFE00000100ull, 0x41FFFFFF00000000ull}, 0, 3, NOPGM},
        /* 43000100 prenormalizes to 40100000: .1/16 * 2 = .2/16 */
        {"MER prenormalizes", {0x3C02}, 0, {0x4300010000000000ull, 0x4120000000000000ull}, 0,
         {0x4020000000000000ull, 0x4120000000000000ull}, 0, 3, NOPGM},
        {"ME 0 by a zero fraction: true zero", {0x7C00, 0x0800}, PM_U, {0x4110000000000000ull}, 0x8000000000000000ull,
         {0}, 0x8000000000000000ull, 3, NOPGM},
        {"ME 0 signs", {0x7C00, 0x0800}, 0, {0xC120000000000000ull}, 0x41300000FFFFFFFFull,
         {0xC160000000000000ull}, 0x41300000FFFFFFFFull, 3, NOPGM},
        /* ch 7F+7F-40 = BE, -1 for .01 -> BD - 80 = 3D */
        {"MER exponent overflow", {0x3C02}, 0, {0x7F10000000000000ull, 0x7F10000000000000ull}, 0,
         {0x3D10000000000000ull, 0x7F10000000000000ull}, 0, 3, EOVF},
        /* ch 1+1-40-1 = -3F */
        {"MER exponent underflow, mask off", {0x3C02}, 0, {0x0110000000000000ull, 0x0110000000000000ull}, 0,
         {0, 0x0110000000000000ull}, 0, 3, NOPGM},
        {"MER exponent underflow, mask on", {0x3C02}, PM_U, {0x0110000000000000ull, 0x0110000000000000ull}, 0,
         {0x4110000000000000ull, 0x0110000000000000ull}, 0, 3, EUNF},
        /* (16**14-1)**2 = FFFFFFFFFFFFFE 00000000000001: truncated */
        {"MDR truncates", {0x2C02}, 0, {0x41FFFFFFFFFFFFFFull, 0x41FFFFFFFFFFFFFFull}, 0,
         {0x42FFFFFFFFFFFFFEull, 0x41FFFFFFFFFFFFFFull}, 0, 3, NOPGM},
        /* .10000000000001 * .1 = .01000000000000|1: the postnormalizing shift brings the guard
         * digit in, so multiplying by 1 is exact */
        {"MDR guard digit", {0x2C02}, 0, {0x4110000000000001ull, 0x4110000000000000ull}, 0,
         {0x4110000000000001ull, 0x4110000000000000ull}, 0, 3, NOPGM},
        {"MDR by a zero fraction", {0x2C02}, 0, {0x4110000000000000ull, 0x7F00000000000000ull}, 0,
         {0, 0x7F00000000000000ull}, 0, 3, NOPGM},
        {"MD 0", {0x6C00, 0x0800}, 0, {0x4120000000000000ull}, 0xC130000000000000ull,
         {0xC160000000000000ull}, 0xC130000000000000ull, 3, NOPGM},
        {"MER 0,3", {0x3C03}, 0, {1, 2}, 0, {1, 2}, 0, 3, SPEC},
        {"MDR 9,0", {0x2C90}, 0, {1, 2}, 0, {1, 2}, 0, 3, SPEC},
        {"ME 1", {0x7C10, 0x0800}, 0, {1, 2}, 0, {1, 2}, 0, 3, SPEC},
        {"MD 7", {0x6C70, 0x0800}, 0, {1, 2}, 0, {1, 2}, 0, 3, SPEC},
    };
    RUN(t);
}

static void multiply_extended(void **state)
{
    (void)state;
    static const fcase t[] = {
        /* exact 28-digit product FFFFFFFFFFFFFE 00000000000001; low ch 42-0E */
        {"MXDR 0,2 exact", {0x2702}, 0, {0x41FFFFFFFFFFFFFFull, 0x41FFFFFFFFFFFFFFull}, 0,
         {0x42FFFFFFFFFFFFFEull, 0x3400000000000001ull}, 0, 3, NOPGM},
        /* .2 * .3 = .06 -> .6, ch 41; negative in both parts */
        {"MXD 4", {0x6740, 0x0800}, 0, {0, 0, 0x4120000000000000ull, 0x1234}, 0xC130000000000000ull,
         {0, 0, 0xC160000000000000ull, 0xB300000000000000ull}, 0xC130000000000000ull, 3, NOPGM},
        {"MXD by zero", {0x6700, 0x0800}, 0, {0x4120000000000000ull, 0x1234}, 0x4100000000000000ull,
         {0, 0}, 0x4100000000000000ull, 3, NOPGM},
        /* 1 * x = x; the low part gets ch 41-0E = 33 whatever it had */
        {"MXR 0,4 by one", {0x2604}, 0,
         {0x4110000000000000ull, 0, 0x4112345678ABCDEFull, 0x00FEDCBA98765432ull}, 0,
         {0x4112345678ABCDEFull, 0x33FEDCBA98765432ull, 0x4112345678ABCDEFull, 0x00FEDCBA98765432ull}, 0, 3, NOPGM},
        /* (16**28-1)**2 / 16**56 = .FFF...FE 000...01: truncated to 28 digits */
        {"MXR truncates", {0x2604}, 0,
         {0x41FFFFFFFFFFFFFFull, 0x33FFFFFFFFFFFFFFull, 0x41FFFFFFFFFFFFFFull, 0x33FFFFFFFFFFFFFFull}, 0,
         {0x42FFFFFFFFFFFFFFull, 0x34FFFFFFFFFFFFFEull, 0x41FFFFFFFFFFFFFFull, 0x33FFFFFFFFFFFFFFull}, 0, 3, NOPGM},
        /* op1 = digit 15 only: 16**-15 * 16 = 16**-14 = .1 * 16**-13 -> ch 40-0D = 33, low 25 */
        {"MXR prenormalizes from the low part", {0x2604}, 0,
         {0x4100000000000000ull, 0x0010000000000000ull, 0x4110000000000000ull, 0}, 0,
         {0x3310000000000000ull, 0x2500000000000000ull, 0x4110000000000000ull, 0}, 0, 3, NOPGM},
        /* ch 0+0-40-1 = -41 -> + 80 = 3F, low 31 */
        {"MXR exponent underflow, mask on", {0x2604}, PM_U,
         {0x0010000000000000ull, 0, 0x0010000000000000ull, 0}, 0,
         {0x3F10000000000000ull, 0x3100000000000000ull, 0x0010000000000000ull, 0}, 0, 3, EUNF},
        {"MXR exponent underflow, mask off", {0x2604}, 0,
         {0x0010000000000000ull, 5, 0x0010000000000000ull, 0}, 0,
         {0, 0, 0x0010000000000000ull, 0}, 0, 3, NOPGM},
        /* ch 7F+7F-40-1 = BD -> 3D, low 2F */
        {"MXR exponent overflow", {0x2604}, 0,
         {0x7F10000000000000ull, 0, 0x7F10000000000000ull, 0}, 0,
         {0x3D10000000000000ull, 0x2F00000000000000ull, 0x7F10000000000000ull, 0}, 0, 3, EOVF},
        {"MXR by a zero fraction (low-order ch ignored)", {0x2604}, 0,
         {0x4110000000000000ull, 7, 0x4500000000000000ull, 0x0900000000000000ull}, 0,
         {0, 0, 0x4500000000000000ull, 0x0900000000000000ull}, 0, 3, NOPGM},
        {"MXR 2,0", {0x2620}, 0, {1, 2, 3, 4}, 0, {1, 2, 3, 4}, 0, 3, SPEC},
        {"MXR 0,6", {0x2606}, 0, {1, 2, 3, 4}, 0, {1, 2, 3, 4}, 0, 3, SPEC},
        {"MXDR 2,0: R1 not 0 or 4", {0x2720}, 0, {1, 2, 3, 4}, 0, {1, 2, 3, 4}, 0, 3, SPEC},
        {"MXDR 0,1", {0x2701}, 0, {1, 2, 3, 4}, 0, {1, 2, 3, 4}, 0, 3, SPEC},
        {"MXD 6", {0x6760, 0x0800}, 0, {1, 2, 3, 4}, 0, {1, 2, 3, 4}, 0, 3, SPEC},
    };
    RUN(t);
}

static void divide(void **state)
{
    (void)state;
    static const fcase t[] = {
        /* .6 >= .2: dividend shifted right, ch 41-41+40+1; .06/.2 = .3 */
        {"DER 0,2", {0x3D02}, 0, {0x41600000DEADBEEFull, 0x4120000000000000ull}, 0,
         {0x41300000DEADBEEFull, 0x4120000000000000ull}, 0, 3, NOPGM},
        /* 1/3 = .555555|5...: truncated */
        {"DER truncates", {0x3D02}, 0, {0x4110000000000000ull, 0x4130000000000000ull}, 0,
         {0x4055555500000000ull, 0x4130000000000000ull}, 0, 3, NOPGM},
        {"DER 2/3 is not rounded", {0x3D02}, 0, {0x4120000000000000ull, 0x4130000000000000ull}, 0,
         {0x40AAAAAA00000000ull, 0x4130000000000000ull}, 0, 3, NOPGM},
        /* 43000600 prenormalizes to 40600000: .6/16 / 2 = .3/16 */
        {"DER prenormalizes", {0x3D02}, 0, {0x4300060000000000ull, 0x4120000000000000ull}, 0,
         {0x4030000000000000ull, 0x4120000000000000ull}, 0, 3, NOPGM},
        {"DER signs", {0x3D02}, 0, {0xC160000000000000ull, 0x4120000000000000ull}, 0,
         {0xC130000000000000ull, 0x4120000000000000ull}, 0, 3, NOPGM},
        {"DER zero dividend: true zero", {0x3D02}, 0, {0x8000000011111111ull, 0x4120000000000000ull}, 0,
         {0x0000000011111111ull, 0x4120000000000000ull}, 0, 3, NOPGM},
        {"DER by a zero fraction: suppressed", {0x3D02}, 0, {0x4160000000000000ull, 0x4100000000000000ull}, 0,
         {0x4160000000000000ull, 0x4100000000000000ull}, 0, 3, FDIV},
        {"DER zero by zero", {0x3D02}, 0, {0, 0}, 0, {0, 0}, 0, 3, FDIV},
        /* ch 7F-01+40 = BE, +1 for .1 >= .1 -> BF - 80 = 3F */
        {"DER exponent overflow", {0x3D02}, 0, {0x7F10000000000000ull, 0x0110000000000000ull}, 0,
         {0x3F10000000000000ull, 0x0110000000000000ull}, 0, 3, EOVF},
        /* ch 01-7F+40 = -3E; .1/.2 = .8 */
        {"DER exponent underflow, mask off", {0x3D02}, 0, {0x0110000000000000ull, 0x7F20000000000000ull}, 0,
         {0, 0x7F20000000000000ull}, 0, 3, NOPGM},
        {"DER exponent underflow, mask on", {0x3D02}, PM_U, {0x0110000000000000ull, 0x7F20000000000000ull}, 0,
         {0x4280000000000000ull, 0x7F20000000000000ull}, 0, 3, EUNF},
        {"DDR truncates", {0x2D02}, 0, {0x4110000000000000ull, 0x4130000000000000ull}, 0,
         {0x4055555555555555ull, 0x4130000000000000ull}, 0, 3, NOPGM},
        {"DDR by a zero fraction", {0x2D02}, 0, {0x4110000000000000ull, 0x8000000000000000ull}, 0,
         {0x4110000000000000ull, 0x8000000000000000ull}, 0, 3, FDIV},
        {"DE 0", {0x7D00, 0x0800}, 0, {0x4160000000000000ull}, 0x41200000FFFFFFFFull,
         {0x4130000000000000ull}, 0x41200000FFFFFFFFull, 3, NOPGM},
        {"DE by zero", {0x7D00, 0x0800}, 0, {0x4160000000000000ull}, 0x00000000FFFFFFFFull,
         {0x4160000000000000ull}, 0x00000000FFFFFFFFull, 3, FDIV},
        {"DD 0", {0x6D00, 0x0800}, 0, {0x4160000000000000ull}, 0x4120000000000000ull,
         {0x4130000000000000ull}, 0x4120000000000000ull, 3, NOPGM},
        {"DD by zero", {0x6D00, 0x0800}, 0, {0x4160000000000000ull}, 0x5500000000000000ull,
         {0x4160000000000000ull}, 0x5500000000000000ull, 3, FDIV},
        {"DER 0,9", {0x3D09}, 0, {1, 2}, 0, {1, 2}, 0, 3, SPEC},
        {"DDR 1,0", {0x2D10}, 0, {1, 2}, 0, {1, 2}, 0, 3, SPEC},
        {"DE 3", {0x7D30, 0x0800}, 0, {1, 2}, 0, {1, 2}, 0, 3, SPEC},
        {"DD 11", {0x6DB0, 0x0800}, 0, {1, 2}, 0, {1, 2}, 0, 3, SPEC},
    };
    RUN(t);
}

/* Exponent overflow and the other arithmetic exceptions complete the instruction: the old PSW
 * points past it, with its length; floating-point divide suppresses it, with the same PSW. */
static void exception_old_psw(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    S370T_CODE(c, 0x400, 0x7A00, 0x0800);                 /* AE 0,X'800' */
    s370t_set8(c, OPND, 0x7FF0000000000000ull);
    c->fpr[0] = 0x7FF0000000000000ull;
    assert_int_equal(run1(c, 0, 0), EOVF);
    uint64_t old = s370t_get8(c, S370_PSA_PGM_OLD);
    assert_int_equal(old & 0xFFFFFF, 0x404);
    assert_int_equal((old >> 30) & 3, 2);                 /* ILC 2: four bytes */
    assert_int_equal((old >> 28) & 3, 2);                 /* cc of the stored result */
    assert_int_equal(c->fpr[0], 0x001E000000000000ull);
    assert_int_equal(c->ia, S370T_PGM_STOP);

    S370T_CODE(c, 0x400, 0x3D02);                         /* DER 0,2 by zero */
    c->fpr[1] = 0;
    assert_int_equal(run1(c, 0, 1), FDIV);
    old = s370t_get8(c, S370_PSA_PGM_OLD);
    assert_int_equal(old & 0xFFFFFF, 0x402);
    assert_int_equal((old >> 30) & 3, 1);
    assert_int_equal((old >> 28) & 3, 1);                 /* unchanged */
    s370t_free(c);
}

/* Guest code: SPM sets the exponent-underflow mask, then SE underflows; EX supplies the R2
 * field of an AER, and the branch on its condition code is not taken. */
static void guest_programs(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    S370T_CODE(c, 0x400,
               0x5810, 0x0700,          /* L   1,X'700'   R1 = X'02000000' */
               0x0410,                  /* SPM 1          program mask 2 */
               0x7800, 0x0800,          /* LE  0,X'800'   .1 * 16**-64 */
               0x7B00, 0x0804);         /* SE  0,X'804'   - .08 * 16**-64 */
    s370t_set4(c, 0x700, 0x02000000);
    s370t_set8(c, OPND, 0x0010000000080000ull);
    c->fpr[0] = 0x1234567876543210ull;
    wb_exit e = s370t_run(c, 0x400, 10);
    assert_int_equal(e.kind, WB_EXIT_HALT);
    assert_int_equal(s370t_pgm_code(c), EUNF);
    uint64_t old = s370t_get8(c, S370_PSA_PGM_OLD);
    assert_int_equal(old & 0xFFFFFF, 0x40E);
    assert_int_equal((old >> 28) & 3, 2);
    assert_int_equal((old >> 24) & 15, 2);
    assert_int_equal(c->fpr[0], 0x7F80000076543210ull);

    s370t_set8(c, S370_PSA_PGM_OLD, 0);
    S370T_CODE(c, 0x400,
               0x4120, 0x0002,          /* LA  2,2 */
               0x4420, 0x0500,          /* EX  2,X'500'   AER 0,0 becomes AER 0,2 */
               0x4780, 0x0410,          /* BC  8,X'410'   not taken: cc 2 */
               0x0000,                  /* operation exception: the expected stop */
               0x0000, 0x0000);         /* X'410': the wrong stop */
    S370T_CODE(c, 0x500, 0x3A00);
    c->fpr[0] = 0x4110000000000000ull;
    c->fpr[1] = 0x4120000000000000ull;
    e = s370t_run(c, 0x400, 10);
    assert_int_equal(e.kind, WB_EXIT_HALT);
    assert_int_equal(s370t_pgm_code(c), S370_PGM_OPERATION);
    assert_int_equal(s370t_get8(c, S370_PSA_PGM_OLD) & 0xFFFFFF, 0x40E);
    assert_int_equal(c->fpr[0], 0x4130000000000000ull);
    s370t_free(c);
}

static void opcode_table(void **state)
{
    (void)state;
    static const struct { uint8_t op; const char *mn; } ops[] = {
        {0x20, "LPDR"}, {0x21, "LNDR"}, {0x22, "LTDR"}, {0x23, "LCDR"}, {0x24, "HDR"}, {0x25, "LRDR"},
        {0x26, "MXR"}, {0x27, "MXDR"}, {0x28, "LDR"}, {0x29, "CDR"}, {0x2A, "ADR"}, {0x2B, "SDR"},
        {0x2C, "MDR"}, {0x2D, "DDR"}, {0x2E, "AWR"}, {0x2F, "SWR"},
        {0x30, "LPER"}, {0x31, "LNER"}, {0x32, "LTER"}, {0x33, "LCER"}, {0x34, "HER"}, {0x35, "LRER"},
        {0x36, "AXR"}, {0x37, "SXR"}, {0x38, "LER"}, {0x39, "CER"}, {0x3A, "AER"}, {0x3B, "SER"},
        {0x3C, "MER"}, {0x3D, "DER"}, {0x3E, "AUR"}, {0x3F, "SUR"},
        {0x60, "STD"}, {0x67, "MXD"}, {0x68, "LD"}, {0x69, "CD"}, {0x6A, "AD"}, {0x6B, "SD"},
        {0x6C, "MD"}, {0x6D, "DD"}, {0x6E, "AW"}, {0x6F, "SW"},
        {0x70, "STE"}, {0x78, "LE"}, {0x79, "CE"}, {0x7A, "AE"}, {0x7B, "SE"}, {0x7C, "ME"},
        {0x7D, "DE"}, {0x7E, "AU"}, {0x7F, "SU"},
    };
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++) {
        uint8_t ins[4] = {ops[i].op, 0, 0, 0};
        const s370_insn_def *d = s370_lookup(ins);
        assert_non_null(d);
        assert_string_equal(d->mnemonic, ops[i].mn);
        assert_int_equal(d->fmt, ops[i].op < 0x40 ? S370_RR : S370_RX);
        assert_int_equal(d->pg, WB_PG_INNOCUOUS);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(load_and_store),
        cmocka_unit_test(storage_operands),
        cmocka_unit_test(store_protection),
        cmocka_unit_test(sign_control),
        cmocka_unit_test(halve),
        cmocka_unit_test(load_rounded),
        cmocka_unit_test(add_short),
        cmocka_unit_test(add_long),
        cmocka_unit_test(add_unnormalized),
        cmocka_unit_test(add_extended),
        cmocka_unit_test(compare),
        cmocka_unit_test(multiply),
        cmocka_unit_test(multiply_extended),
        cmocka_unit_test(divide),
        cmocka_unit_test(exception_old_psw),
        cmocka_unit_test(guest_programs),
        cmocka_unit_test(opcode_table),
    };
    return cmocka_run_group_tests_name("s370 float", tests, NULL, NULL);
}
