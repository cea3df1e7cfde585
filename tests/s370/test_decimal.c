/* S/370 decimal instructions: AP SP ZAP CP MP DP SRP.  Expected results are worked out by
 * hand from the PoO (DP and SRP use the PoO's own Appendix A examples). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include "tests/support/s370t.h"

#define CODE_AT 0x400u
#define BYTES(...) ((const uint8_t[]){__VA_ARGS__})
#define PUT(c, a, ...) s370t_put((c), (a), BYTES(__VA_ARGS__), sizeof BYTES(__VA_ARGS__))
#define EXPECT(c, a, ...) assert_memory_equal((c)->mem + (a), BYTES(__VA_ARGS__), sizeof BYTES(__VA_ARGS__))

/* Run the single instruction at CODE_AT with the given PSW key, program mask and condition
 * code; returns the program interruption code, or -1 when none occurred. */
static int exec1(s370_cpu *c, unsigned key, unsigned pmask, unsigned cc)
{
    s370t_set8(c, S370_PSA_PGM_OLD, 0);
    c->m.ops->start(&c->m, true, CODE_AT);
    c->pkey = (uint8_t)key;
    c->pmask = (uint8_t)pmask;
    c->cc = (uint8_t)cc;
    wb_run(&c->m, 1);
    return s370t_pgm_code(c);
}

static int run(s370_cpu *c) { return exec1(c, 0, 0, 0); }

/* Condition code and instruction address in the BC program old PSW. */
static unsigned old_cc(s370_cpu *c) { return (unsigned)(s370t_get8(c, S370_PSA_PGM_OLD) >> 28) & 3; }
static uint32_t old_ia(s370_cpu *c) { return (uint32_t)s370t_get8(c, S370_PSA_PGM_OLD) & 0xFFFFFF; }

/* ---------- AP ---------- */

static void ap_adds_with_signs(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    PUT(c, 0x600, 0x12, 0x34, 0x5C);      /* +12345 */
    PUT(c, 0x700, 0x05, 0x4D);            /* -54 */
    S370T_CODE(c, CODE_AT, 0xFA21, 0x0600, 0x0700);
    assert_int_equal(run(c), -1);
    EXPECT(c, 0x600, 0x12, 0x29, 0x1C);   /* +12291 */
    assert_int_equal(c->cc, 2);
    assert_int_equal(c->ia, CODE_AT + 6);
    s370t_free(c);
}

static void ap_accepts_all_sign_codes_gives_preferred(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    PUT(c, 0x600, 0x1A);                  /* +1 with sign A */
    PUT(c, 0x700, 0x2F);                  /* +2 with sign F */
    S370T_CODE(c, CODE_AT, 0xFA00, 0x0600, 0x0700);
    assert_int_equal(run(c), -1);
    EXPECT(c, 0x600, 0x3C);
    assert_int_equal(c->cc, 2);
    PUT(c, 0x600, 0x3B);                  /* -3 with sign B */
    PUT(c, 0x700, 0x1E);                  /* +1 with sign E */
    assert_int_equal(run(c), -1);
    EXPECT(c, 0x600, 0x2D);
    assert_int_equal(c->cc, 1);
    s370t_free(c);
}

static void ap_zero_sum_is_positive(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    PUT(c, 0x600, 0x00, 0x5C);
    PUT(c, 0x700, 0x5D);
    S370T_CODE(c, CODE_AT, 0xFA10, 0x0600, 0x0700);
    assert_int_equal(exec1(c, 0, 0, 2), -1);
    EXPECT(c, 0x600, 0x00, 0x0C);
    assert_int_equal(c->cc, 0);
    s370t_free(c);
}

static void ap_overflow_truncates_cc3(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    PUT(c, 0x600, 0x5D);                  /* -5 + -7 = -12: one digit fits */
    PUT(c, 0x700, 0x7D);
    S370T_CODE(c, CODE_AT, 0xFA00, 0x0600, 0x0700);
    assert_int_equal(run(c), -1);         /* decimal-overflow mask off: no interruption */
    EXPECT(c, 0x600, 0x2D);
    assert_int_equal(c->cc, 3);
    /* an overflowed zero keeps the sign of the true sum: -5 + -5 = -10 -> -0 */
    PUT(c, 0x600, 0x5D);
    PUT(c, 0x700, 0x5D);
    assert_int_equal(run(c), -1);
    EXPECT(c, 0x600, 0x0D);
    assert_int_equal(c->cc, 3);
    s370t_free(c);
}

static void ap_overflow_interrupts_when_masked_on(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    PUT(c, 0x600, 0x99, 0x9C);
    PUT(c, 0x700, 0x1C);
    S370T_CODE(c, CODE_AT, 0xFA10, 0x0600, 0x0700);
    assert_int_equal(exec1(c, 0, S370_PM_DECIMAL, 0), S370_PGM_DECIMAL_OVERFLOW);
    EXPECT(c, 0x600, 0x00, 0x0C);         /* completed: 1000 truncated to 000, positive */
    assert_int_equal(old_cc(c), 3);
    assert_int_equal(old_ia(c), CODE_AT + 6);
    /* other program-mask bits do not enable it */
    PUT(c, 0x600, 0x99, 0x9C);
    assert_int_equal(exec1(c, 0, S370_PM_FIXED | S370_PM_SIGNIF, 0), -1);
    assert_int_equal(c->cc, 3);
    s370t_free(c);
}

static void ap_field_added_to_itself(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    PUT(c, 0x600, 0x12, 0x3C);
    S370T_CODE(c, CODE_AT, 0xFA11, 0x0600, 0x0600);
    assert_int_equal(run(c), -1);
    EXPECT(c, 0x600, 0x24, 0x6C);
    s370t_free(c);
}

static void ap_invalid_codes_data_exception(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    PUT(c, 0x600, 0x1A, 0x2C);            /* digit A in the first operand */
    PUT(c, 0x700, 0x1C);
    S370T_CODE(c, CODE_AT, 0xFA10, 0x0600, 0x0700);
    assert_int_equal(run(c), S370_PGM_DATA);
    EXPECT(c, 0x600, 0x1A, 0x2C);
    PUT(c, 0x600, 0x01, 0x2C);
    PUT(c, 0x700, 0x12);                  /* sign code 2 in the second operand */
    assert_int_equal(run(c), S370_PGM_DATA);
    EXPECT(c, 0x600, 0x01, 0x2C);
    s370t_free(c);
}

static void ap_protection_and_addressing(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    c->keys[0x1000 / 2048] = 0x90;
    PUT(c, 0x1000, 0x00, 0x1C);
    PUT(c, 0x700, 0x1C);
    c->gr[4] = 0x1000;
    S370T_CODE(c, CODE_AT, 0xFA10, 0x4000, 0x0700);
    assert_int_equal(exec1(c, 2, 0, 0), S370_PGM_PROTECTION);
    EXPECT(c, 0x1000, 0x00, 0x1C);
    c->gr[4] = 0xFFFF;                    /* 2 bytes from FFFF: beyond 64K */
    assert_int_equal(run(c), S370_PGM_ADDRESSING);
    s370t_free(c);
}

/* ---------- SP ---------- */

static void sp_results(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    PUT(c, 0x600, 0x12, 0x3C);
    PUT(c, 0x700, 0x12, 0x3C);
    S370T_CODE(c, CODE_AT, 0xFB11, 0x0600, 0x0700);
    assert_int_equal(run(c), -1);
    EXPECT(c, 0x600, 0x00, 0x0C);
    assert_int_equal(c->cc, 0);
    PUT(c, 0x600, 0x5C);                  /* 5 - 7 = -2 */
    PUT(c, 0x700, 0x7C);
    S370T_CODE(c, CODE_AT, 0xFB00, 0x0600, 0x0700);
    assert_int_equal(run(c), -1);
    EXPECT(c, 0x600, 0x2D);
    assert_int_equal(c->cc, 1);
    PUT(c, 0x600, 0x0D);                  /* -0 - +0 = zero, made positive */
    PUT(c, 0x700, 0x0C);
    assert_int_equal(run(c), -1);
    EXPECT(c, 0x600, 0x0C);
    assert_int_equal(c->cc, 0);
    PUT(c, 0x600, 0x9C);                  /* 9 - (-1) = 10: overflow */
    PUT(c, 0x700, 0x1D);
    assert_int_equal(run(c), -1);
    EXPECT(c, 0x600, 0x0C);
    assert_int_equal(c->cc, 3);
    s370t_free(c);
}

/* ---------- ZAP ---------- */

static void zap_results(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    PUT(c, 0x600, 0xFF, 0xFF, 0xFF);      /* first operand not checked for validity */
    PUT(c, 0x700, 0x0D);                  /* -0 */
    S370T_CODE(c, CODE_AT, 0xF820, 0x0600, 0x0700);
    assert_int_equal(exec1(c, 0, 0, 1), -1);
    EXPECT(c, 0x600, 0x00, 0x00, 0x0C);   /* zero made positive */
    assert_int_equal(c->cc, 0);
    PUT(c, 0x700, 0x12, 0x3F);
    S370T_CODE(c, CODE_AT, 0xF821, 0x0600, 0x0700);
    assert_int_equal(run(c), -1);
    EXPECT(c, 0x600, 0x00, 0x12, 0x3C);
    assert_int_equal(c->cc, 2);
    PUT(c, 0x700, 0x12, 0x3D);
    S370T_CODE(c, CODE_AT, 0xF801, 0x0800, 0x0700);       /* 1-byte result: overflow */
    assert_int_equal(run(c), -1);
    EXPECT(c, 0x800, 0x3D);
    assert_int_equal(c->cc, 3);
    PUT(c, 0x700, 0x10, 0x0D);            /* -100 into one digit: zero with the minus sign */
    assert_int_equal(run(c), -1);
    EXPECT(c, 0x800, 0x0D);
    assert_int_equal(c->cc, 3);
    s370t_free(c);
}

static void zap_overlapping_right_shift(void **state)
{
    (void)state;
    /* the first operand's rightmost byte to the right of the second's: 12 3D at 600 widened
     * in place to 3 bytes starting at 600 */
    s370_cpu *c = s370t_new(65536);
    PUT(c, 0x600, 0x12, 0x3D, 0xEE);
    S370T_CODE(c, CODE_AT, 0xF821, 0x0600, 0x0600);
    assert_int_equal(run(c), -1);
    EXPECT(c, 0x600, 0x00, 0x12, 0x3D);
    assert_int_equal(c->cc, 1);
    s370t_free(c);
}

static void zap_invalid_second_operand(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    PUT(c, 0x600, 0x11, 0x1C);
    PUT(c, 0x700, 0x1F, 0x2C);            /* digit F */
    S370T_CODE(c, CODE_AT, 0xF811, 0x0600, 0x0700);
    assert_int_equal(run(c), S370_PGM_DATA);
    EXPECT(c, 0x600, 0x11, 0x1C);
    s370t_free(c);
}

/* ---------- CP ---------- */

static void cp_condition_codes(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    PUT(c, 0x600, 0x12, 0x3C);
    PUT(c, 0x700, 0x12, 0x4C);
    S370T_CODE(c, CODE_AT, 0xF911, 0x0600, 0x0700);
    assert_int_equal(run(c), -1);
    assert_int_equal(c->cc, 1);
    S370T_CODE(c, CODE_AT, 0xF911, 0x0700, 0x0600);
    assert_int_equal(run(c), -1);
    assert_int_equal(c->cc, 2);
    PUT(c, 0x800, 0x0C);                  /* +0 equals -0 */
    PUT(c, 0x900, 0x0D);
    S370T_CODE(c, CODE_AT, 0xF900, 0x0800, 0x0900);
    assert_int_equal(exec1(c, 0, 0, 3), -1);
    assert_int_equal(c->cc, 0);
    PUT(c, 0x800, 0x5D);                  /* -5 > -7 */
    PUT(c, 0x900, 0x7D);
    assert_int_equal(run(c), -1);
    assert_int_equal(c->cc, 2);
    PUT(c, 0xA00, 0x00, 0x01, 0x2C);      /* different lengths and sign codes, same value */
    PUT(c, 0xB00, 0x01, 0x2F);
    S370T_CODE(c, CODE_AT, 0xF921, 0x0A00, 0x0B00);
    assert_int_equal(run(c), -1);
    assert_int_equal(c->cc, 0);
    s370t_free(c);
}

static void cp_store_protected_field_and_data_exception(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    c->keys[0x1000 / 2048] = 0x40;        /* store-protected, not fetch-protected */
    PUT(c, 0x1000, 0x1C);
    PUT(c, 0x700, 0x1C);
    c->gr[4] = 0x1000;
    S370T_CODE(c, CODE_AT, 0xF900, 0x4000, 0x0700);
    assert_int_equal(exec1(c, 3, 0, 1), -1);   /* CP only fetches */
    assert_int_equal(c->cc, 0);
    PUT(c, 0x700, 0xC1);                  /* digit C */
    assert_int_equal(run(c), S370_PGM_DATA);
    s370t_free(c);
}

/* ---------- MP ---------- */

static void mp_product_and_cc_unchanged(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    PUT(c, 0x600, 0x00, 0x00, 0x12, 0x3C);        /* +123 */
    PUT(c, 0x700, 0x04, 0x5D);                    /* -45 */
    S370T_CODE(c, CODE_AT, 0xFC31, 0x0600, 0x0700);
    assert_int_equal(exec1(c, 0, 0, 2), -1);
    EXPECT(c, 0x600, 0x00, 0x05, 0x53, 0x5D);     /* -5535 */
    assert_int_equal(c->cc, 2);
    PUT(c, 0x600, 0x00, 0x00, 0x99, 0x9C);        /* 999 * 999 = 998001, largest that fits */
    PUT(c, 0x700, 0x99, 0x9C);
    assert_int_equal(run(c), -1);
    EXPECT(c, 0x600, 0x09, 0x98, 0x00, 0x1C);
    s370t_free(c);
}

static void mp_zero_product_keeps_algebraic_sign(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    PUT(c, 0x600, 0x00, 0x0C);
    PUT(c, 0x700, 0x5D);
    S370T_CODE(c, CODE_AT, 0xFC10, 0x0600, 0x0700);
    assert_int_equal(run(c), -1);
    EXPECT(c, 0x600, 0x00, 0x0D);
    s370t_free(c);
}

static void mp_multiplicand_needs_leading_zero_bytes(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    PUT(c, 0x600, 0x00, 0x01, 0x23, 0x4C);        /* only one leading zero byte, L2 = 2 */
    PUT(c, 0x700, 0x00, 0x1C);
    S370T_CODE(c, CODE_AT, 0xFC31, 0x0600, 0x0700);
    assert_int_equal(run(c), S370_PGM_DATA);
    EXPECT(c, 0x600, 0x00, 0x01, 0x23, 0x4C);
    s370t_free(c);
}

static void mp_length_specification(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    S370T_CODE(c, CODE_AT, 0xFCF8, 0x0600, 0x0700);   /* L2 = 9 bytes */
    assert_int_equal(run(c), S370_PGM_SPECIFICATION);
    S370T_CODE(c, CODE_AT, 0xFC11, 0x0600, 0x0700);   /* L2 = L1 */
    assert_int_equal(run(c), S370_PGM_SPECIFICATION);
    S370T_CODE(c, CODE_AT, 0xFC12, 0x0600, 0x0700);   /* L2 > L1 */
    assert_int_equal(run(c), S370_PGM_SPECIFICATION);
    /* specification is recognized before the operands are accessed */
    c->gr[4] = 0xFFFFF0;
    S370T_CODE(c, CODE_AT, 0xFC11, 0x4000, 0x4000);
    assert_int_equal(run(c), S370_PGM_SPECIFICATION);
    s370t_free(c);
}

/* ---------- DP ---------- */

static void dp_quotient_and_remainder(void **state)
{
    (void)state;
    /* PoO Appendix A: 01 23 45 67 8C / 32 1D -> quotient 38 46 0D, remainder 01 8C */
    s370_cpu *c = s370t_new(65536);
    PUT(c, 0x2000, 0x01, 0x23, 0x45, 0x67, 0x8C);
    PUT(c, 0x3000, 0x32, 0x1D);
    c->gr[12] = 0x2000;
    c->gr[13] = 0x3000;
    S370T_CODE(c, CODE_AT, 0xFD41, 0xC000, 0xD000);
    assert_int_equal(exec1(c, 0, 0, 1), -1);
    EXPECT(c, 0x2000, 0x38, 0x46, 0x0D, 0x01, 0x8C);
    assert_int_equal(c->cc, 1);
    s370t_free(c);
}

static void dp_quotient_too_large_is_divide_exception(void **state)
{
    (void)state;
    /* PoO Appendix A note: the same dividend over the one-byte divisor at 3001 (1D) */
    s370_cpu *c = s370t_new(65536);
    PUT(c, 0x2000, 0x01, 0x23, 0x45, 0x67, 0x8C);
    PUT(c, 0x3000, 0x32, 0x1D);
    c->gr[12] = 0x2000;
    c->gr[13] = 0x3000;
    S370T_CODE(c, CODE_AT, 0xFD40, 0xC000, 0xD001);
    assert_int_equal(run(c), S370_PGM_DECIMAL_DIVIDE);
    EXPECT(c, 0x2000, 0x01, 0x23, 0x45, 0x67, 0x8C);
    /* 999 / 9 = 111 fits in two bytes; 9999 / 9 = 1111 does not */
    PUT(c, 0x600, 0x00, 0x99, 0x9C);
    PUT(c, 0x700, 0x9C);
    S370T_CODE(c, CODE_AT, 0xFD20, 0x0600, 0x0700);
    assert_int_equal(run(c), -1);
    EXPECT(c, 0x600, 0x11, 0x1C, 0x0C);
    PUT(c, 0x600, 0x09, 0x99, 0x9C);
    assert_int_equal(run(c), S370_PGM_DECIMAL_DIVIDE);
    EXPECT(c, 0x600, 0x09, 0x99, 0x9C);
    s370t_free(c);
}

static void dp_zero_divisor(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    PUT(c, 0x600, 0x00, 0x00, 0x1C);
    PUT(c, 0x700, 0x0D);
    S370T_CODE(c, CODE_AT, 0xFD20, 0x0600, 0x0700);
    assert_int_equal(run(c), S370_PGM_DECIMAL_DIVIDE);
    EXPECT(c, 0x600, 0x00, 0x00, 0x1C);
    s370t_free(c);
}

static void dp_zero_quotient_signs(void **state)
{
    (void)state;
    /* -5 / +7: quotient 0 with the minus sign of the algebra, remainder -5 */
    s370_cpu *c = s370t_new(65536);
    PUT(c, 0x600, 0x00, 0x5D);
    PUT(c, 0x700, 0x7C);
    S370T_CODE(c, CODE_AT, 0xFD10, 0x0600, 0x0700);
    assert_int_equal(run(c), -1);
    EXPECT(c, 0x600, 0x0D, 0x5D);
    s370t_free(c);
}

static void dp_specification_and_data(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    S370T_CODE(c, CODE_AT, 0xFD11, 0x0600, 0x0700);
    assert_int_equal(run(c), S370_PGM_SPECIFICATION);
    S370T_CODE(c, CODE_AT, 0xFDF8, 0x0600, 0x0700);
    assert_int_equal(run(c), S370_PGM_SPECIFICATION);
    PUT(c, 0x600, 0x00, 0x00, 0x1C);
    PUT(c, 0x700, 0xA3);                  /* digit A */
    S370T_CODE(c, CODE_AT, 0xFD20, 0x0600, 0x0700);
    assert_int_equal(run(c), S370_PGM_DATA);
    EXPECT(c, 0x600, 0x00, 0x00, 0x1C);
    s370t_free(c);
}

/* ---------- SRP ---------- */

static void srp_left_shift(void **state)
{
    (void)state;
    /* PoO Appendix A: SRP FIELD1(6),3,0 */
    s370_cpu *c = s370t_new(65536);
    PUT(c, 0x600, 0x00, 0x01, 0x23, 0x45, 0x67, 0x8C);
    S370T_CODE(c, CODE_AT, 0xF050, 0x0600, 0x0003);
    assert_int_equal(run(c), -1);
    EXPECT(c, 0x600, 0x12, 0x34, 0x56, 0x78, 0x00, 0x0C);
    assert_int_equal(c->cc, 2);
    s370t_free(c);
}

static void srp_right_shift(void **state)
{
    (void)state;
    /* PoO Appendix A: SRP FIELD2(5),64-1,0 */
    s370_cpu *c = s370t_new(65536);
    PUT(c, 0x600, 0x01, 0x23, 0x45, 0x67, 0x8C);
    S370T_CODE(c, CODE_AT, 0xF040, 0x0600, 0x003F);
    assert_int_equal(run(c), -1);
    EXPECT(c, 0x600, 0x00, 0x12, 0x34, 0x56, 0x7C);
    assert_int_equal(c->cc, 2);
    /* the shift comes from bits 26-31 of the address: base register 7 + displacement */
    PUT(c, 0x600, 0x01, 0x23, 0x45, 0x67, 0x8C);
    c->gr[7] = 0x0001007F;
    S370T_CODE(c, CODE_AT, 0xF040, 0x0600, 0x7000);
    assert_int_equal(run(c), -1);
    EXPECT(c, 0x600, 0x00, 0x12, 0x34, 0x56, 0x7C);
    s370t_free(c);
}

static void srp_right_shift_and_round(void **state)
{
    (void)state;
    /* PoO Appendix A: SRP FIELD3(4),64-3,5 on 12 39 60 0D -> 00 01 24 0D */
    s370_cpu *c = s370t_new(65536);
    PUT(c, 0x600, 0x12, 0x39, 0x60, 0x0D);
    S370T_CODE(c, CODE_AT, 0xF035, 0x0600, 0x003D);
    assert_int_equal(run(c), -1);
    EXPECT(c, 0x600, 0x00, 0x01, 0x24, 0x0D);
    assert_int_equal(c->cc, 1);
    /* rounding carries through: 999 right 1 rounded by 5 = 100 */
    PUT(c, 0x700, 0x99, 0x9C);
    S370T_CODE(c, CODE_AT, 0xF015, 0x0700, 0x003F);
    assert_int_equal(run(c), -1);
    EXPECT(c, 0x700, 0x10, 0x0C);
    assert_int_equal(c->cc, 2);
    /* 32 places right: everything goes, the rounding digit meets an implied zero */
    PUT(c, 0x700, 0x99, 0x9C);
    S370T_CODE(c, CODE_AT, 0xF019, 0x0700, 0x0020);
    assert_int_equal(run(c), -1);
    EXPECT(c, 0x700, 0x00, 0x0C);
    assert_int_equal(c->cc, 0);
    s370t_free(c);
}

static void srp_zero_result_is_positive(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    PUT(c, 0x600, 0x12, 0x3D);
    S370T_CODE(c, CODE_AT, 0xF010, 0x0600, 0x003D);   /* right 3, no rounding */
    assert_int_equal(exec1(c, 0, 0, 1), -1);
    EXPECT(c, 0x600, 0x00, 0x0C);
    assert_int_equal(c->cc, 0);
    s370t_free(c);
}

static void srp_no_shift_prefers_sign(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    PUT(c, 0x600, 0x12, 0x3B);
    S370T_CODE(c, CODE_AT, 0xF010, 0x0600, 0x0000);
    assert_int_equal(run(c), -1);
    EXPECT(c, 0x600, 0x12, 0x3D);
    assert_int_equal(c->cc, 1);
    s370t_free(c);
}

static void srp_left_overflow(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    PUT(c, 0x600, 0x12, 0x3C);
    S370T_CODE(c, CODE_AT, 0xF010, 0x0600, 0x0001);
    assert_int_equal(run(c), -1);
    EXPECT(c, 0x600, 0x23, 0x0C);
    assert_int_equal(c->cc, 3);
    /* overflow to zero keeps the original sign */
    PUT(c, 0x600, 0x10, 0x0D);
    S370T_CODE(c, CODE_AT, 0xF010, 0x0600, 0x0003);
    assert_int_equal(run(c), -1);
    EXPECT(c, 0x600, 0x00, 0x0D);
    assert_int_equal(c->cc, 3);
    /* with the decimal-overflow mask on: completed, then the interruption */
    PUT(c, 0x600, 0x12, 0x3C);
    S370T_CODE(c, CODE_AT, 0xF010, 0x0600, 0x0001);
    assert_int_equal(exec1(c, 0, S370_PM_DECIMAL, 0), S370_PGM_DECIMAL_OVERFLOW);
    EXPECT(c, 0x600, 0x23, 0x0C);
    assert_int_equal(old_cc(c), 3);
    s370t_free(c);
}

static void srp_data_exceptions(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    PUT(c, 0x600, 0x12, 0x3C);
    S370T_CODE(c, CODE_AT, 0xF01A, 0x0600, 0x0000);   /* rounding digit A, even with no shift */
    assert_int_equal(run(c), S370_PGM_DATA);
    EXPECT(c, 0x600, 0x12, 0x3C);
    PUT(c, 0x600, 0x12, 0x39);                        /* sign 9 */
    S370T_CODE(c, CODE_AT, 0xF010, 0x0600, 0x0001);
    assert_int_equal(run(c), S370_PGM_DATA);
    EXPECT(c, 0x600, 0x12, 0x39);
    s370t_free(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(ap_adds_with_signs),
        cmocka_unit_test(ap_accepts_all_sign_codes_gives_preferred),
        cmocka_unit_test(ap_zero_sum_is_positive),
        cmocka_unit_test(ap_overflow_truncates_cc3),
        cmocka_unit_test(ap_overflow_interrupts_when_masked_on),
        cmocka_unit_test(ap_field_added_to_itself),
        cmocka_unit_test(ap_invalid_codes_data_exception),
        cmocka_unit_test(ap_protection_and_addressing),
        cmocka_unit_test(sp_results),
        cmocka_unit_test(zap_results),
        cmocka_unit_test(zap_overlapping_right_shift),
        cmocka_unit_test(zap_invalid_second_operand),
        cmocka_unit_test(cp_condition_codes),
        cmocka_unit_test(cp_store_protected_field_and_data_exception),
        cmocka_unit_test(mp_product_and_cc_unchanged),
        cmocka_unit_test(mp_zero_product_keeps_algebraic_sign),
        cmocka_unit_test(mp_multiplicand_needs_leading_zero_bytes),
        cmocka_unit_test(mp_length_specification),
        cmocka_unit_test(dp_quotient_and_remainder),
        cmocka_unit_test(dp_quotient_too_large_is_divide_exception),
        cmocka_unit_test(dp_zero_divisor),
        cmocka_unit_test(dp_zero_quotient_signs),
        cmocka_unit_test(dp_specification_and_data),
        cmocka_unit_test(srp_left_shift),
        cmocka_unit_test(srp_right_shift),
        cmocka_unit_test(srp_right_shift_and_round),
        cmocka_unit_test(srp_zero_result_is_positive),
        cmocka_unit_test(srp_no_shift_prefers_sign),
        cmocka_unit_test(srp_left_overflow),
        cmocka_unit_test(srp_data_exceptions),
    };
    return cmocka_run_group_tests_name("s370 decimal", tests, NULL, NULL);
}
