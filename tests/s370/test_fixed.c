/* S/370 fixed-point instructions (PoO chapter 7): results, condition codes, exceptions.
 * Every expected value below is worked out by hand from the PoO's definition of the
 * instruction (two's-complement arithmetic on 32/64 bits), not taken from the code. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>
#include "tests/support/s370t.h"

#define ORG 0x400u     /* code */
#define DATA 0x800u    /* storage operand */
#define SAME (-1)      /* "condition code unchanged" */

/* BC-mode PSW at ORG with the given CC and program mask. */
#define BC_PSW(cc, pm) ((uint64_t)(cc) << 28 | (uint64_t)(pm) << 24 | ORG)




/* One instruction of up to two halfwords at ORG.  R1 = gr[1] (r1), R2 = gr[2] (b), and the
 * word at DATA = b, so the RR and RX forms see the same second operand; halfword forms see the
 * leftmost half of b. */
struct case1 {
    uint16_t hw0, hw1;
    uint32_t r1, b;
    uint32_t want;
    int cc;                 /* SAME: must stay as it was */
};

static void run_cases(const struct case1 *t, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        s370_cpu *c = s370t_new(65536);
        uint16_t code[2] = {t[i].hw0, t[i].hw1};
        s370t_code(c, ORG, code, 2);
        c->gr[1] = t[i].r1;
        c->gr[2] = t[i].b;
        s370t_set4(c, DATA, t[i].b);
        /* start with a CC that differs from the one expected, so a forgotten setting shows */
        int cc0 = t[i].cc == SAME ? 2 : (t[i].cc + 1) & 3;
        wb_exit e = s370t_run_psw(c, BC_PSW(cc0, 0), 1);
        if (e.kind != WB_EXIT_BUDGET || c->gr[1] != t[i].want)
            print_error("case %zu: insn %04x %04x r1 %08x b %08x -> %08x\n", i, t[i].hw0, t[i].hw1, t[i].r1,
                        t[i].b, c->gr[1]);
        s370t_expect_ok(c, e);
        assert_int_equal(c->gr[1], t[i].want);
        assert_int_equal(c->cc, t[i].cc == SAME ? 2 : t[i].cc);
        assert_int_equal(c->ia, ORG + (t[i].hw0 >> 8 < 0x40 ? 2 : 4));
        s370t_free(c);
    }
}

#define RUN(tab) run_cases(tab, sizeof tab / sizeof tab[0])

static void add_and_subtract(void **state)
{
    (void)state;
    static const struct case1 t[] = {
        /* AR 1,2 and A 1,DATA */
        {0x1A12, 0, 1, 2, 3, 2},
        {0x1A12, 0, 0xFFFFFFFB, 2, 0xFFFFFFFD, 1},            /* -5 + 2 = -3 */
        {0x1A12, 0, 0xFFFFFFFF, 1, 0, 0},
        {0x1A12, 0, 0x7FFFFFFF, 1, 0x80000000, 3},            /* overflow, result kept */
        {0x1A12, 0, 0x80000000, 0x80000000, 0, 3},            /* -2^31 + -2^31 */
        {0x5A10, DATA, 0x80000000, 0xFFFFFFFF, 0x7FFFFFFF, 3},
        {0x5A10, DATA, 100, 0xFFFFFF9C, 0, 0},               /* 100 + -100 */
        /* AH 1,DATA: halfword is the left half of b, sign-extended */
        {0x4A10, DATA, 0, 0x80000000, 0xFFFF8000, 1},
        {0x4A10, DATA, 0x7FFFFFFF, 0x00010000, 0x80000000, 3},
        {0x4A10, DATA, 0x10, 0xFFFF0000, 0xF, 2},
        /* ALR 1,2 and AL 1,DATA */
        {0x1E12, 0, 0, 0, 0, 0},
        {0x1E12, 0, 1, 1, 2, 1},
        {0x1E12, 0, 0xFFFFFFFF, 1, 0, 2},                     /* zero with carry */
        {0x5E10, DATA, 0xFFFFFFFF, 2, 1, 3},                  /* nonzero with carry */
        {0x5E10, DATA, 0x80000000, 0x80000000, 0, 2},
        /* SR 1,2 and S 1,DATA */
        {0x1B12, 0, 5, 7, 0xFFFFFFFE, 1},
        {0x1B12, 0, 7, 5, 2, 2},
        {0x1B12, 0, 5, 5, 0, 0},
        {0x1B12, 0, 0x80000000, 1, 0x7FFFFFFF, 3},
        {0x5B10, DATA, 0x7FFFFFFF, 0xFFFFFFFF, 0x80000000, 3},
        {0x5B10, DATA, 0, 0x80000000, 0x80000000, 3},        /* 0 - -2^31 = 2^31 */
        {0x5B10, DATA, 0xFFFFFFFF, 0x80000000, 0x7FFFFFFF, 2}, /* -1 - -2^31 fits */
        /* SH 1,DATA */
        {0x4B10, DATA, 0, 0x00010000, 0xFFFFFFFF, 1},
        {0x4B10, DATA, 0x80000000, 0x00010000, 0x7FFFFFFF, 3},
        {0x4B10, DATA, 5, 0xFFFE0000, 7, 2},                  /* 5 - -2 */
        /* SLR 1,2 and SL 1,DATA: a + ~b + 1, so a zero difference always has a carry */
        {0x1F12, 0, 5, 5, 0, 2},
        {0x1F12, 0, 0, 0, 0, 2},
        {0x1F12, 0, 5, 3, 2, 3},
        {0x5F10, DATA, 3, 5, 0xFFFFFFFE, 1},
        {0x5F10, DATA, 0, 1, 0xFFFFFFFF, 1},
    };
    RUN(t);
}

static void loads_and_compares(void **state)
{
    (void)state;
    static const struct case1 t[] = {
        /* LR 1,2: CC unchanged */
        {0x1812, 0, 0xDEADBEEF, 0x12345678, 0x12345678, SAME},
        /* LTR 1,2 */
        {0x1212, 0, 0xDEADBEEF, 0, 0, 0},
        {0x1212, 0, 0, 0x80000000, 0x80000000, 1},
        {0x1212, 0, 0, 0x7FFFFFFF, 0x7FFFFFFF, 2},
        /* LCR 1,2 */
        {0x1312, 0, 0, 5, 0xFFFFFFFB, 1},
        {0x1312, 0, 0, 0xFFFFFFFB, 5, 2},
        {0x1312, 0, 7, 0, 0, 0},
        {0x1312, 0, 0, 0x7FFFFFFF, 0x80000001, 1},
        {0x1312, 0, 0, 0x80000000, 0x80000000, 3},            /* no positive counterpart */
        /* LNR 1,2 */
        {0x1112, 0, 0, 5, 0xFFFFFFFB, 1},
        {0x1112, 0, 0, 0xFFFFFFFB, 0xFFFFFFFB, 1},
        {0x1112, 0, 7, 0, 0, 0},
        {0x1112, 0, 0, 0x80000000, 0x80000000, 1},
        /* LPR 1,2 */
        {0x1012, 0, 0, 0xFFFFFFFB, 5, 2},
        {0x1012, 0, 0, 5, 5, 2},
        {0x1012, 0, 7, 0, 0, 0},
        {0x1012, 0, 0, 0x80000000, 0x80000000, 3},
        /* L 1,DATA and LH 1,DATA: CC unchanged */
        {0x5810, DATA, 0, 0x89ABCDEF, 0x89ABCDEF, SAME},
        {0x4810, DATA, 0, 0x80010000, 0xFFFF8001, SAME},
        {0x4810, DATA, 0xFFFFFFFF, 0x7FFF0000, 0x00007FFF, SAME},
        /* CR 1,2 / C 1,DATA / CH 1,DATA: signed; R1 unchanged */
        {0x1912, 0, 1, 2, 1, 1},
        {0x1912, 0, 2, 1, 2, 2},
        {0x1912, 0, 5, 5, 5, 0},
        {0x5910, DATA, 0xFFFFFFFF, 1, 0xFFFFFFFF, 1},
        {0x5910, DATA, 0x7FFFFFFF, 0x80000000, 0x7FFFFFFF, 2},
        {0x4910, DATA, 0xFFFFFFFF, 0xFFFF0000, 0xFFFFFFFF, 0},  /* -1 vs -1 */
        {0x4910, DATA, 0x00008000, 0x80000000, 0x00008000, 2},  /* 32768 vs -32768 */
        {0x4910, DATA, 0xFFFF0000, 0x80000000, 0xFFFF0000, 1},  /* -65536 vs -32768 */
        /* LA 1,0(2): the address, bits 0-7 zero, CC unchanged */
        {0x4112, 0x0000, 0, 0xFF123456, 0x00123456, SAME},
    };
    RUN(t);
}

/* LA 1,X'123'(2,3): index + base + displacement wrapped to 24 bits. */
static void load_address_sums_and_wraps(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    S370T_CODE(c, ORG, 0x4112, 0x3123, 0x4100, 0x0FFF);   /* LA 1,X'123'(2,3); LA 0,X'FFF' */
    c->gr[2] = 0xFF000010;
    c->gr[3] = 0x00FFFF00;
    s370t_expect_ok(c, s370t_run_psw(c, BC_PSW(0, 0), 2));
    assert_int_equal(c->gr[1], 0x00000033);   /* 0xFF000010 + 0xFFFF00 + 0x123 = 0x1_00000033 */
    assert_int_equal(c->gr[0], 0x00000FFF);   /* X2 = B2 = 0: no register takes part */
    s370t_free(c);
}

/* Overflow with the fixed-point-overflow mask on: result stored, CC 3, interruption code 8. */
static void overflow_interrupts_when_masked_on(void **state)
{
    (void)state;
    static const struct {
        uint16_t hw0, hw1;
        uint32_t r1, b, want;
    } t[] = {
        {0x1A12, 0, 0x7FFFFFFF, 1, 0x80000000},          /* AR */
        {0x5A10, DATA, 0x80000000, 0x80000000, 0},        /* A */
        {0x4A10, DATA, 0x7FFFFFFF, 0x00010000, 0x80000000}, /* AH */
        {0x1B12, 0, 0x80000000, 1, 0x7FFFFFFF},          /* SR */
        {0x5B10, DATA, 0, 0x80000000, 0x80000000},        /* S */
        {0x4B10, DATA, 0x80000000, 0x00010000, 0x7FFFFFFF}, /* SH */
        {0x1312, 0, 0, 0x80000000, 0x80000000},          /* LCR */
        {0x1012, 0, 0, 0x80000000, 0x80000000},          /* LPR */
        {0x8B10, 0x0001, 0x40000000, 0, 0x00000000},      /* SLA 1,1 */
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        s370_cpu *c = s370t_new(65536);
        uint16_t code[2] = {t[i].hw0, t[i].hw1};
        s370t_code(c, ORG, code, 2);
        c->gr[1] = t[i].r1;
        c->gr[2] = t[i].b;
        s370t_set4(c, DATA, t[i].b);
        unsigned len = t[i].hw0 >> 8 < 0x40 ? 2 : 4;
        wb_exit e = s370t_run_psw(c, BC_PSW(0, S370_PM_FIXED), 1);
        s370t_expect_pgm(c, e, S370_PGM_FIXED_OVERFLOW, len, 3, ORG + len);
        assert_int_equal(c->gr[1], t[i].want);
        s370t_free(c);
    }
}

/* The mask bit does nothing without an overflow; logical carries are never overflows. */
static void no_interrupt_without_overflow(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    S370T_CODE(c, ORG, 0x1A12, 0x1E13);   /* AR 1,2; ALR 1,3 */
    c->gr[1] = 1;
    c->gr[2] = 2;
    c->gr[3] = 0xFFFFFFFF;
    s370t_expect_ok(c, s370t_run_psw(c, BC_PSW(0, 0xF), 2));
    assert_int_equal(c->gr[1], 2);   /* 3 + 0xFFFFFFFF = 2 with carry */
    assert_int_equal(c->cc, 3);
    s370t_free(c);
}

static void load_store_multiple_wrap(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    /* STM 14,1,DATA stores R14 R15 R0 R1; LM 14,1,DATA+16 loads four words back */
    S370T_CODE(c, ORG, 0x90E1, DATA, 0x98E1, DATA + 16);
    c->gr[14] = 0xE0E0E0E0;
    c->gr[15] = 0xF0F0F0F0;
    c->gr[0] = 0x00000001;
    c->gr[1] = 0x11111111;
    c->gr[2] = 0x22222222;
    s370t_set4(c, DATA + 16, 0xA);
    s370t_set4(c, DATA + 20, 0xB);
    s370t_set4(c, DATA + 24, 0xC);
    s370t_set4(c, DATA + 28, 0xD);
    s370t_set4(c, DATA + 32, 0x99999999);
    s370t_expect_ok(c, s370t_run_psw(c, BC_PSW(1, 0), 2));
    assert_int_equal(s370t_get4(c, DATA), 0xE0E0E0E0);
    assert_int_equal(s370t_get4(c, DATA + 4), 0xF0F0F0F0);
    assert_int_equal(s370t_get4(c, DATA + 8), 0x00000001);
    assert_int_equal(s370t_get4(c, DATA + 12), 0x11111111);
    assert_int_equal(c->gr[14], 0xA);
    assert_int_equal(c->gr[15], 0xB);
    assert_int_equal(c->gr[0], 0xC);
    assert_int_equal(c->gr[1], 0xD);
    assert_int_equal(c->gr[2], 0x22222222);   /* outside the range */
    assert_int_equal(c->cc, 1);
    s370t_free(c);
}

/* LM/STM 5,5 move one register; LM over the end of storage changes no register. */
static void load_store_multiple_single_and_addressing(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    S370T_CODE(c, ORG, 0x9055, DATA, 0x9866, DATA);   /* STM 5,5,DATA; LM 6,6,DATA */
    c->gr[5] = 0x55555555;
    s370t_set4(c, DATA + 4, 0x12345678);
    s370t_expect_ok(c, s370t_run_psw(c, BC_PSW(0, 0), 2));
    assert_int_equal(c->gr[6], 0x55555555);
    assert_int_equal(s370t_get4(c, DATA + 4), 0x12345678);   /* one word only */

    /* LM 0,15,X'FFF0'(7) with R7 = 0xF000: 64 bytes from 0xFFF0 reach past 64K */
    S370T_CODE(c, ORG, 0x980F, 0x7FF0);
    for (unsigned i = 0; i < 16; i++)
        c->gr[i] = 0x100 + i;
    c->gr[7] = 0xF000;
    wb_exit e = s370t_run_psw(c, BC_PSW(0, 0), 1);
    s370t_expect_pgm(c, e, S370_PGM_ADDRESSING, 4, -1, ORG + 4);
    for (unsigned i = 0; i < 16; i++)
        assert_int_equal(c->gr[i], i == 7 ? 0xF000 : 0x100 + i);

    /* STM 0,15 at the same place: nothing stored below 64K either */
    S370T_CODE(c, ORG, 0x900F, 0x7FF0);
    s370t_set4(c, 0xFFF0, 0xCAFEF00D);
    e = s370t_run_psw(c, BC_PSW(0, 0), 1);
    s370t_expect_pgm(c, e, S370_PGM_ADDRESSING, 4, -1, ORG + 4);
    assert_int_equal(s370t_get4(c, 0xFFF0), 0xCAFEF00D);
    s370t_free(c);
}

/* Key-controlled protection: STM whose second half lies in a block of another key stores
 * nothing; CS to a store-protected word is refused even when the comparison fails. */
static void protection(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    const uint64_t key1 = 0x0010000000000000ull | ORG;   /* BC PSW, key 1 */
    c->keys[0x0800 / S370_KEYBLOCK] = 0x10;             /* 0x0800-0x0FFF: key 1 */
    c->keys[0x1000 / S370_KEYBLOCK] = 0x20;             /* 0x1000-0x17FF: key 2 */
    S370T_CODE(c, ORG, 0x9003, 0x0FF8);                 /* STM 0,3,X'FF8': 0xFF8-0x1007 */
    for (unsigned i = 0; i < 4; i++)
        c->gr[i] = 0x01010101u * (i + 1);
    s370t_set8(c, 0xFF8, 0);
    s370t_expect_pgm(c, s370t_run_psw(c, key1, 1), S370_PGM_PROTECTION, 4, 0, ORG + 4);
    assert_int_equal(s370t_get8(c, 0xFF8), 0);
    S370T_CODE(c, ORG, 0x9001, 0x0FF8);                 /* STM 0,1,X'FF8' stays in key 1 */
    s370t_expect_ok(c, s370t_run_psw(c, key1, 1));
    assert_int_equal(s370t_get8(c, 0xFF8), 0x0101010102020202ull);

    S370T_CODE(c, ORG, 0xBA13, 0x7000);                 /* CS 1,3,0(7) = X'1000' (key 2, fetchable) */
    c->gr[7] = 0x1000;
    s370t_set4(c, 0x1000, 5);
    c->gr[1] = 6;
    s370t_expect_pgm(c, s370t_run_psw(c, key1, 1), S370_PGM_PROTECTION, 4, 0, ORG + 4);
    assert_int_equal(c->gr[1], 6);
    S370T_CODE(c, ORG, 0x5810, 0x7000);                 /* but L 1,0(7) from there is allowed */
    s370t_expect_ok(c, s370t_run_psw(c, key1, 1));
    assert_int_equal(c->gr[1], 5);
    s370t_free(c);
}

static void store_and_store_halfword(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    S370T_CODE(c, ORG, 0x5010, DATA + 1, 0x4010, DATA + 8);   /* ST 1,DATA+1; STH 1,DATA+8 */
    c->gr[1] = 0x89ABCDEF;
    s370t_set4(c, DATA, 0);
    s370t_set4(c, DATA + 4, 0);
    s370t_set4(c, DATA + 8, 0x11223344);
    s370t_expect_ok(c, s370t_run_psw(c, BC_PSW(2, 0), 2));
    assert_int_equal(s370t_get4(c, DATA), 0x0089ABCD);       /* unaligned store is fine */
    assert_int_equal(s370t_get4(c, DATA + 4), 0xEF000000);
    assert_int_equal(s370t_get4(c, DATA + 8), 0xCDEF3344);   /* bits 16-31 */
    assert_int_equal(c->cc, 2);
    s370t_free(c);
}

static void multiply(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    /* MR 2,4: R3 * R4 -> R2:R3 */
    S370T_CODE(c, ORG, 0x1C24);
    c->gr[3] = 0x10000;
    c->gr[4] = 0x10000;
    s370t_expect_ok(c, s370t_run_psw(c, BC_PSW(1, 0), 1));
    assert_int_equal(c->gr[2], 1);           /* 2^32 */
    assert_int_equal(c->gr[3], 0);
    assert_int_equal(c->cc, 1);              /* unchanged */

    c->gr[2] = 0x12345678;                   /* the even register's old value plays no part */
    c->gr[3] = 0xFFFFFFFD;                   /* -3 */
    c->gr[4] = 7;
    s370t_expect_ok(c, s370t_run_psw(c, BC_PSW(0, 0), 1));
    assert_int_equal(c->gr[2], 0xFFFFFFFF);  /* -21 */
    assert_int_equal(c->gr[3], 0xFFFFFFEB);

    /* M 2,DATA: (-2^31) * (-2^31) = 2^62 */
    S370T_CODE(c, ORG, 0x5C20, DATA);
    c->gr[3] = 0x80000000;
    s370t_set4(c, DATA, 0x80000000);
    s370t_expect_ok(c, s370t_run_psw(c, BC_PSW(0, 0), 1));
    assert_int_equal(c->gr[2], 0x40000000);
    assert_int_equal(c->gr[3], 0);

    /* MR 14,15: the pair 14-15, multiplicand in R15 */
    S370T_CODE(c, ORG, 0x1CEF);
    c->gr[15] = 6;
    s370t_expect_ok(c, s370t_run_psw(c, BC_PSW(0, 0), 1));
    assert_int_equal(c->gr[14], 0);
    assert_int_equal(c->gr[15], 36);
    s370t_free(c);
}

static void multiply_halfword(void **state)
{
    (void)state;
    static const struct case1 t[] = {
        {0x4C10, DATA, 0x00010000, 0x80000000, 0x80000000, SAME},  /* 65536 * -32768 = -2^31 */
        {0x4C10, DATA, 0x40000000, 0x00040000, 0x00000000, SAME},  /* 2^32: high bits lost */
        {0x4C10, DATA, 3, 0xFFFE0000, 0xFFFFFFFA, SAME},           /* 3 * -2 */
        {0x4C10, DATA, 0x7FFFFFFF, 0x00020000, 0xFFFFFFFE, SAME},  /* (2^31-1)*2: no exception */
    };
    RUN(t);
}

static void multiply_odd_register_is_specification(void **state)
{
    (void)state;
    static const uint16_t insns[][2] = {{0x1C34, 0}, {0x5C30, DATA}};   /* MR 3,4; M 3,DATA */
    for (size_t i = 0; i < 2; i++) {
        s370_cpu *c = s370t_new(65536);
        s370t_code(c, ORG, insns[i], 2);
        c->gr[3] = 5;
        c->gr[4] = 6;
        c->gr[2] = 0x2222;
        s370t_set4(c, DATA, 6);
        unsigned len = i ? 4 : 2;
        s370t_expect_pgm(c, s370t_run_psw(c, BC_PSW(1, 0), 1), S370_PGM_SPECIFICATION, len, 1, ORG + len);
        assert_int_equal(c->gr[3], 5);
        assert_int_equal(c->gr[4], 6);
        assert_int_equal(c->gr[2], 0x2222);
        s370t_free(c);
    }
}

/* DR 2,4: R2:R3 / R4 -> remainder R2, quotient R3. */
struct divcase {
    uint32_t hi, lo, d;
    uint32_t rem, quo;
    bool exc;
};

static void run_divide(uint16_t hw0, uint16_t hw1, const struct divcase *t, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        s370_cpu *c = s370t_new(65536);
        uint16_t code[2] = {hw0, hw1};
        s370t_code(c, ORG, code, 2);
        c->gr[2] = t[i].hi;
        c->gr[3] = t[i].lo;
        c->gr[4] = t[i].d;
        s370t_set4(c, DATA, t[i].d);
        unsigned len = hw0 >> 8 < 0x40 ? 2 : 4;
        wb_exit e = s370t_run_psw(c, BC_PSW(2, 0), 1);
        if (t[i].exc) {
            s370t_expect_pgm(c, e, S370_PGM_FIXED_DIVIDE, len, 2, ORG + len);
            assert_int_equal(c->gr[2], t[i].hi);   /* suppressed: dividend unchanged */
            assert_int_equal(c->gr[3], t[i].lo);
        } else {
            s370t_expect_ok(c, e);
            assert_int_equal(c->gr[2], t[i].rem);
            assert_int_equal(c->gr[3], t[i].quo);
            assert_int_equal(c->cc, 2);
        }
        s370t_free(c);
    }
}

static void divide(void **state)
{
    (void)state;
    static const struct divcase t[] = {
        {0, 100, 7, 2, 14, false},
        {0xFFFFFFFF, 0xFFFFFF9C, 7, 0xFFFFFFFE, 0xFFFFFFF2, false},   /* -100/7: r -2, q -14 */
        {0, 100, 0xFFFFFFF9, 2, 0xFFFFFFF2, false},                   /* 100/-7: r 2, q -14 */
        {0xFFFFFFFF, 0xFFFFFF9C, 0xFFFFFFF9, 0xFFFFFFFE, 14, false},  /* -100/-7 */
        {0xFFFFFFFF, 0x80000000, 1, 0, 0x80000000, false},            /* -2^31/1 fits */
        {0x00000001, 0x00000000, 2, 0, 0x80000000, true},             /* 2^32/2 = 2^31 too big */
        {0xFFFFFFFF, 0x00000000, 2, 0, 0x80000000, false},            /* -2^32/2 = -2^31 fits */
        {0, 0x80000000, 1, 0, 0, true},                               /* 2^31/1 */
        {0, 0x80000000, 0xFFFFFFFF, 0, 0x80000000, false},            /* 2^31/-1 = -2^31 */
        {0x80000000, 0, 0xFFFFFFFF, 0, 0, true},                      /* -2^63/-1 */
        {0, 12345, 0, 0, 0, true},                                    /* by zero */
        {0x7FFFFFFF, 0xFFFFFFFF, 0x80000000, 0, 0, true},              /* (2^63-1)/-2^31 */
        {0, 5, 0x80000000, 5, 0, false},                              /* 5/-2^31: q 0, r 5 */
        {0xFFFFFFFF, 0xFFFFFFFB, 3, 0xFFFFFFFE, 0xFFFFFFFF, false},   /* -5/3: q -1, r -2 */
    };
    run_divide(0x1D24, 0, t, sizeof t / sizeof t[0]);       /* DR 2,4 */
    run_divide(0x5D20, DATA, t, sizeof t / sizeof t[0]);    /* D 2,DATA */
}

static void divide_odd_register_is_specification(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    S370T_CODE(c, ORG, 0x1D34);   /* DR 3,4 */
    c->gr[3] = 100;
    c->gr[4] = 0;                 /* specification is found before the divide exception */
    s370t_expect_pgm(c, s370t_run_psw(c, BC_PSW(0, 0), 1), S370_PGM_SPECIFICATION, 2, 0, ORG + 2);
    assert_int_equal(c->gr[3], 100);
    S370T_CODE(c, ORG, 0x5DF0, DATA);   /* D 15,DATA */
    s370t_set4(c, DATA, 1);
    s370t_expect_pgm(c, s370t_run_psw(c, BC_PSW(0, 0), 1), S370_PGM_SPECIFICATION, 4, 0, ORG + 4);
    s370t_free(c);
}

/* CVB 1,DATA with the doubleword at DATA. */
static wb_exit cvb(s370_cpu *c, uint64_t packed)
{
    S370T_CODE(c, ORG, 0x4F10, DATA);
    s370t_set8(c, DATA, packed);
    c->gr[1] = 0xDEADBEEF;
    return s370t_run_psw(c, BC_PSW(1, 0), 1);
}

static void convert_to_binary(void **state)
{
    (void)state;
    static const struct {
        uint64_t p;
        uint32_t want;
    } t[] = {
        {0x000000000012345Cull, 12345},
        {0x000000000012345Full, 12345},
        {0x000000000012345Aull, 12345},
        {0x000000000012345Eull, 12345},
        {0x000000000000001Dull, 0xFFFFFFFF},
        {0x000000000000005Bull, 0xFFFFFFFB},
        {0x000000000000000Cull, 0},
        {0x000000000000000Dull, 0},                  /* minus zero is zero */
        {0x000002147483647Cull, 0x7FFFFFFF},
        {0x000002147483648Dull, 0x80000000},
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        s370_cpu *c = s370t_new(65536);
        s370t_expect_ok(c, cvb(c, t[i].p));
        assert_int_equal(c->gr[1], t[i].want);
        assert_int_equal(c->cc, 1);
        s370t_free(c);
    }
}

/* Outside the 32-bit range: the rightmost 32 bits are stored, then fixed-point divide, whatever
 * the program mask says. */
static void convert_to_binary_too_large(void **state)
{
    (void)state;
    static const struct {
        uint64_t p;
        uint32_t low32;
    } t[] = {
        {0x000002147483648Cull, 0x80000000},          /* +2^31 */
        {0x000002147483649Dull, 0x7FFFFFFF},          /* -(2^31+1) */
        {0x000004294967296Cull, 0x00000000},          /* 2^32 */
        {0x999999999999999Cull, 0xA4C67FFF},          /* 10^15-1 = 0x38D7E_A4C67FFF */
        {0x999999999999999Dull, 0x5B398001},          /* its two's complement */
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        s370_cpu *c = s370t_new(65536);
        s370t_expect_pgm(c, cvb(c, t[i].p), S370_PGM_FIXED_DIVIDE, 4, 1, ORG + 4);
        assert_int_equal(c->gr[1], t[i].low32);
        s370t_free(c);
    }
}

static void convert_to_binary_data_exception(void **state)
{
    (void)state;
    static const uint64_t bad[] = {
        0x0000000000000012ull,   /* sign 2 */
        0x0000000000000019ull,   /* sign 9 */
        0x00000000000A000Cull,   /* digit A */
        0xF00000000000000Cull,   /* leftmost digit F */
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        s370_cpu *c = s370t_new(65536);
        s370t_expect_pgm(c, cvb(c, bad[i]), S370_PGM_DATA, 4, 1, ORG + 4);
        assert_int_equal(c->gr[1], 0xDEADBEEF);
        s370t_free(c);
    }
}

static void convert_to_decimal(void **state)
{
    (void)state;
    static const struct {
        uint32_t v;
        uint64_t p;
    } t[] = {
        {12345, 0x000000000012345Cull},
        {0xFFFFFFFF, 0x000000000000001Dull},
        {0, 0x000000000000000Cull},
        {0x7FFFFFFF, 0x000002147483647Cull},
        {0x80000000, 0x000002147483648Dull},
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        s370_cpu *c = s370t_new(65536);
        S370T_CODE(c, ORG, 0x4E10, DATA + 3);   /* CVD 1,DATA+3: no alignment needed */
        s370t_set8(c, DATA + 3, 0xFFFFFFFFFFFFFFFFull);
        c->gr[1] = t[i].v;
        s370t_expect_ok(c, s370t_run_psw(c, BC_PSW(3, 0), 1));
        assert_int_equal(s370t_get8(c, DATA + 3), t[i].p);
        assert_int_equal(c->cc, 3);
        s370t_free(c);
    }
}

static void convert_addressing(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    S370T_CODE(c, ORG, 0x4E17, 0x0FFC);   /* CVD 1,X'FFC'(7), R7 = 0xF000: 0xFFFC..0x10003 */
    c->gr[7] = 0xF000;
    s370t_set4(c, 0xFFFC, 0x01020304);
    s370t_expect_pgm(c, s370t_run_psw(c, BC_PSW(0, 0), 1), S370_PGM_ADDRESSING, 4, 0, ORG + 4);
    assert_int_equal(s370t_get4(c, 0xFFFC), 0x01020304);   /* nothing stored */
    s370t_free(c);
}

/* Shifts: SLA/SRA 1,n and SLDA/SRDA 2,n, n in the displacement (only its low 6 bits count). */
static void shift_single(void **state)
{
    (void)state;
    static const struct case1 t[] = {
        {0x8B10, 0x0004, 1, 0, 16, 2},
        {0x8B10, 0x0043, 1, 0, 8, 2},                         /* X'43' & 63 = 3 */
        {0x8B10, 0x0001, 0xC0000000, 0, 0x80000000, 1},       /* bits 0-1 alike: no overflow */
        {0x8B10, 0x0001, 0x80000000, 0, 0x80000000, 3},       /* a zero leaves: overflow */
        {0x8B10, 0x0001, 0x40000000, 0, 0x00000000, 3},
        {0x8B10, 0x001F, 0xFFFFFFFF, 0, 0x80000000, 1},       /* -1 * 2^31 fits */
        {0x8B10, 0x0020, 0xFFFFFFFF, 0, 0x80000000, 3},       /* -1 * 2^32 does not */
        {0x8B10, 0x003F, 0, 0, 0, 0},
        {0x8B10, 0x0010, 0xFFFF8001, 0, 0x80010000, 1},       /* -32767 * 65536 */
        {0x8B10, 0x0000, 0xFFFFFFFF, 0, 0xFFFFFFFF, 1},       /* zero shift: a sign test */
        {0x8B10, 0x0008, 0x00FFFFFF, 0, 0x7FFFFF00, 3},       /* bit 1 leaves as a one */
        {0x8A10, 0x0004, 0xFFFFFF00, 0, 0xFFFFFFF0, 1},
        {0x8A10, 0x0004, 0x00000100, 0, 0x00000010, 2},
        {0x8A10, 0x0028, 0x7FFFFFFF, 0, 0, 0},                /* 40 places */
        {0x8A10, 0x003F, 0x80000000, 0, 0xFFFFFFFF, 1},
        {0x8A10, 0x0001, 0x00000001, 0, 0, 0},
    };
    RUN(t);
}

/* Shift amount taken from B2 + D2. */
static void shift_amount_from_base_register(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    S370T_CODE(c, ORG, 0x8B13, 0x2002);   /* SLA 1,2(2) -- R3 field ignored */
    c->gr[1] = 1;
    c->gr[2] = 0x00FFFFC1;   /* + 2 = 0xFFFFC3: low six bits 3 */
    s370t_expect_ok(c, s370t_run_psw(c, BC_PSW(0, 0), 1));
    assert_int_equal(c->gr[1], 8);
    s370t_free(c);
}

struct dcase {
    uint16_t hw1;
    uint32_t hi, lo, whi, wlo;
    int cc;
};

static void run_double(uint16_t hw0, const struct dcase *t, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        s370_cpu *c = s370t_new(65536);
        uint16_t code[2] = {hw0, t[i].hw1};
        s370t_code(c, ORG, code, 2);
        c->gr[2] = t[i].hi;
        c->gr[3] = t[i].lo;
        wb_exit e = s370t_run_psw(c, BC_PSW((t[i].cc + 1) & 3, 0), 1);
        s370t_expect_ok(c, e);
        assert_int_equal(c->gr[2], t[i].whi);
        assert_int_equal(c->gr[3], t[i].wlo);
        assert_int_equal(c->cc, t[i].cc);
        s370t_free(c);
    }
}

static void shift_double_arithmetic(void **state)
{
    (void)state;
    static const struct dcase slda[] = {
        {0x0020, 0, 1, 1, 0, 2},
        {0x0020, 0, 0x80000000, 0, 0, 3},                 /* 2^31 * 2^32 = 2^63: overflow */
        {0x003F, 0xFFFFFFFF, 0xFFFFFFFF, 0x80000000, 0, 1}, /* -1 * 2^63 fits */
        {0x0001, 0x3FFFFFFF, 0xFFFFFFFF, 0x7FFFFFFF, 0xFFFFFFFE, 2},
        {0x0001, 0x40000000, 0, 0, 0, 3},
        {0x0000, 0, 0, 0, 0, 0},
    };
    run_double(0x8F20, slda, sizeof slda / sizeof slda[0]);   /* SLDA 2,n */
    static const struct dcase srda[] = {
        {0x0020, 0xFFFFFFFF, 0, 0xFFFFFFFF, 0xFFFFFFFF, 1},
        {0x0001, 1, 0, 0, 0x80000000, 2},
        {0x003F, 0x7FFFFFFF, 0xFFFFFFFF, 0, 0, 0},
        {0x003F, 0x80000000, 0, 0xFFFFFFFF, 0xFFFFFFFF, 1},
        {0x0004, 0x80000000, 0x0000000F, 0xF8000000, 0x00000000, 1},
    };
    run_double(0x8E20, srda, sizeof srda / sizeof srda[0]);   /* SRDA 2,n */
}

static void shift_double_odd_register_is_specification(void **state)
{
    (void)state;
    static const uint16_t ops[] = {0x8F30, 0x8E30};   /* SLDA 3 / SRDA 3 */
    for (size_t i = 0; i < 2; i++) {
        s370_cpu *c = s370t_new(65536);
        uint16_t code[2] = {ops[i], 0x0001};
        s370t_code(c, ORG, code, 2);
        c->gr[3] = 0x40000000;
        c->gr[4] = 0x12345678;
        s370t_expect_pgm(c, s370t_run_psw(c, BC_PSW(2, S370_PM_FIXED), 1), S370_PGM_SPECIFICATION, 4, 2, ORG + 4);
        assert_int_equal(c->gr[3], 0x40000000);
        assert_int_equal(c->gr[4], 0x12345678);
        s370t_free(c);
    }
}

static void shift_double_overflow_interrupts(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    S370T_CODE(c, ORG, 0x8F20, 0x0001);   /* SLDA 2,1 */
    c->gr[2] = 0x40000000;
    c->gr[3] = 1;
    s370t_expect_pgm(c, s370t_run_psw(c, BC_PSW(0, S370_PM_FIXED), 1), S370_PGM_FIXED_OVERFLOW, 4, 3, ORG + 4);
    assert_int_equal(c->gr[2], 0);
    assert_int_equal(c->gr[3], 2);
    s370t_free(c);
}

static void compare_and_swap(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    S370T_CODE(c, ORG, 0xBA13, DATA);   /* CS 1,3,DATA */
    s370t_set4(c, DATA, 5);
    c->gr[1] = 5;
    c->gr[3] = 9;
    s370t_expect_ok(c, s370t_run_psw(c, BC_PSW(2, 0), 1));
    assert_int_equal(c->cc, 0);
    assert_int_equal(s370t_get4(c, DATA), 9);
    assert_int_equal(c->gr[1], 5);
    /* now unequal: storage (9) goes to R1, storage unchanged */
    c->gr[3] = 77;
    s370t_expect_ok(c, s370t_run_psw(c, BC_PSW(2, 0), 1));
    assert_int_equal(c->cc, 1);
    assert_int_equal(c->gr[1], 9);
    assert_int_equal(s370t_get4(c, DATA), 9);
    s370t_free(c);
}

static void compare_and_swap_alignment(void **state)
{
    (void)state;
    static const uint16_t d[] = {DATA + 2, DATA + 1, DATA + 3};
    for (size_t i = 0; i < 3; i++) {
        s370_cpu *c = s370t_new(65536);
        uint16_t code[2] = {0xBA13, d[i]};
        s370t_code(c, ORG, code, 2);
        s370t_set8(c, DATA, 0);
        c->gr[1] = 0;
        c->gr[3] = 0xFFFFFFFF;
        s370t_expect_pgm(c, s370t_run_psw(c, BC_PSW(2, 0), 1), S370_PGM_SPECIFICATION, 4, 2, ORG + 4);
        assert_int_equal(s370t_get8(c, DATA), 0);
        s370t_free(c);
    }
}

static void compare_double_and_swap(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    S370T_CODE(c, ORG, 0xBB24, DATA);   /* CDS 2,4,DATA */
    s370t_set8(c, DATA, 0x0000000100000002ull);
    c->gr[2] = 1;
    c->gr[3] = 2;
    c->gr[4] = 7;
    c->gr[5] = 8;
    s370t_expect_ok(c, s370t_run_psw(c, BC_PSW(3, 0), 1));
    assert_int_equal(c->cc, 0);
    assert_int_equal(s370t_get8(c, DATA), 0x0000000700000008ull);
    /* second word differs: the whole doubleword goes to R2:R3 */
    c->gr[2] = 7;
    c->gr[3] = 9;
    s370t_expect_ok(c, s370t_run_psw(c, BC_PSW(3, 0), 1));
    assert_int_equal(c->cc, 1);
    assert_int_equal(c->gr[2], 7);
    assert_int_equal(c->gr[3], 8);
    assert_int_equal(s370t_get8(c, DATA), 0x0000000700000008ull);
    s370t_free(c);
}

static void compare_double_and_swap_specification(void **state)
{
    (void)state;
    static const uint16_t code[][2] = {
        {0xBB34, DATA},       /* odd R1 */
        {0xBB25, DATA},       /* odd R3 */
        {0xBB24, DATA + 4},   /* word- but not doubleword-aligned */
    };
    for (size_t i = 0; i < 3; i++) {
        s370_cpu *c = s370t_new(65536);
        s370t_code(c, ORG, code[i], 2);
        s370t_set8(c, DATA, 0);
        s370t_set8(c, DATA + 8, 0);
        for (unsigned r = 2; r < 7; r++)
            c->gr[r] = 0;   /* operands would compare equal */
        c->gr[5] = 0xFF;
        s370t_expect_pgm(c, s370t_run_psw(c, BC_PSW(1, 0), 1), S370_PGM_SPECIFICATION, 4, 1, ORG + 4);
        assert_int_equal(s370t_get8(c, DATA), 0);
        assert_int_equal(s370t_get8(c, DATA + 8), 0);
        s370t_free(c);
    }
}

/* Every instruction of the group is in the table, with its format and the innocuous class. */
static void table_rows(void **state)
{
    (void)state;
    static const struct {
        uint8_t op;
        const char *mn;
        s370_fmt fmt;
    } want[] = {
        {0x18, "LR", S370_RR}, {0x12, "LTR", S370_RR}, {0x13, "LCR", S370_RR}, {0x11, "LNR", S370_RR},
        {0x10, "LPR", S370_RR}, {0x58, "L", S370_RX}, {0x48, "LH", S370_RX}, {0x98, "LM", S370_RS},
        {0x50, "ST", S370_RX}, {0x40, "STH", S370_RX}, {0x90, "STM", S370_RS}, {0x1A, "AR", S370_RR},
        {0x5A, "A", S370_RX}, {0x4A, "AH", S370_RX}, {0x1E, "ALR", S370_RR}, {0x5E, "AL", S370_RX},
        {0x1B, "SR", S370_RR}, {0x5B, "S", S370_RX}, {0x4B, "SH", S370_RX}, {0x1F, "SLR", S370_RR},
        {0x5F, "SL", S370_RX}, {0x1C, "MR", S370_RR}, {0x5C, "M", S370_RX}, {0x4C, "MH", S370_RX},
        {0x1D, "DR", S370_RR}, {0x5D, "D", S370_RX}, {0x19, "CR", S370_RR}, {0x59, "C", S370_RX},
        {0x49, "CH", S370_RX}, {0x4F, "CVB", S370_RX}, {0x4E, "CVD", S370_RX}, {0x41, "LA", S370_RX},
        {0x8B, "SLA", S370_RS}, {0x8A, "SRA", S370_RS}, {0x8F, "SLDA", S370_RS}, {0x8E, "SRDA", S370_RS},
        {0xBA, "CS", S370_RS}, {0xBB, "CDS", S370_RS},
    };
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        uint8_t ins[6] = {want[i].op};
        const s370_insn_def *d = s370_lookup(ins);
        assert_non_null(d);
        assert_string_equal(d->mnemonic, want[i].mn);
        assert_int_equal(d->fmt, want[i].fmt);
        assert_int_equal(d->pg, WB_PG_INNOCUOUS);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(add_and_subtract),
        cmocka_unit_test(loads_and_compares),
        cmocka_unit_test(load_address_sums_and_wraps),
        cmocka_unit_test(overflow_interrupts_when_masked_on),
        cmocka_unit_test(no_interrupt_without_overflow),
        cmocka_unit_test(load_store_multiple_wrap),
        cmocka_unit_test(load_store_multiple_single_and_addressing),
        cmocka_unit_test(protection),
        cmocka_unit_test(store_and_store_halfword),
        cmocka_unit_test(multiply),
        cmocka_unit_test(multiply_halfword),
        cmocka_unit_test(multiply_odd_register_is_specification),
        cmocka_unit_test(divide),
        cmocka_unit_test(divide_odd_register_is_specification),
        cmocka_unit_test(convert_to_binary),
        cmocka_unit_test(convert_to_binary_too_large),
        cmocka_unit_test(convert_to_binary_data_exception),
        cmocka_unit_test(convert_to_decimal),
        cmocka_unit_test(convert_addressing),
        cmocka_unit_test(shift_single),
        cmocka_unit_test(shift_amount_from_base_register),
        cmocka_unit_test(shift_double_arithmetic),
        cmocka_unit_test(shift_double_odd_register_is_specification),
        cmocka_unit_test(shift_double_overflow_interrupts),
        cmocka_unit_test(compare_and_swap),
        cmocka_unit_test(compare_and_swap_alignment),
        cmocka_unit_test(compare_double_and_swap),
        cmocka_unit_test(compare_double_and_swap_specification),
        cmocka_unit_test(table_rows),
    };
    return cmocka_run_group_tests_name("s370 fixed-point", tests, NULL, NULL);
}
