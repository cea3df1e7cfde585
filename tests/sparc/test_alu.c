/* SPARC integer unit: arithmetic, logical, shift, multiply/divide, tagged (V8 B.10-B.20).
 * Expected values are worked out by hand from the manual's definitions. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include "tests/sparc/sparct.h"

enum { ADD = 0x00, AND = 0x01, OR = 0x02, XOR = 0x03, SUB = 0x04, ANDN = 0x05, ORN = 0x06, XNOR = 0x07,
       ADDX = 0x08, UMUL = 0x0A, SMUL = 0x0B, SUBX = 0x0C, UDIV = 0x0E, SDIV = 0x0F, CC = 0x10,
       TADDCC = 0x20, TSUBCC = 0x21, TADDCCTV = 0x22, TSUBCCTV = 0x23, MULSCC = 0x24, SLL = 0x25, SRL = 0x26,
       SRA = 0x27, WRY = 0x30 };

static void addcc_overflow_sets_n_and_v(void **s)
{
    (void)s;
    sparc_cpu *c = st_new();
    sparc_set(c, G1, 0x7FFFFFFF);
    ST_RUN(c, 1, F3I(2, G2, ADD | CC, G1, 1));
    assert_int_equal(sparc_get(c, G2), 0x80000000u);
    assert_int_equal(ICC(c), 0xA);   /* N V */
    wb_destroy(&c->m);
}

static void addcc_carry_zero_overflow(void **s)
{
    (void)s;
    sparc_cpu *c = st_new();
    sparc_set(c, G1, 0x80000000u);
    ST_RUN(c, 1, F3(2, G2, ADD | CC, G1, G1));
    assert_int_equal(sparc_get(c, G2), 0);
    assert_int_equal(ICC(c), 0x7);   /* Z V C */
    wb_destroy(&c->m);
}

static void subcc_borrow_and_addx_subx_use_carry(void **s)
{
    (void)s;
    sparc_cpu *c = st_new();
    sparc_set(c, G1, 5);
    ST_RUN(c, 3, F3I(2, G2, SUB | CC, G0, 1),   /* 0 - 1: N C */
           F3I(2, G3, ADDX, G1, 10),              /* 5 + 10 + 1 */
           F3I(2, G4, SUBX, G1, 1));              /* 5 - 1 - 1 */
    assert_int_equal(sparc_get(c, G2), 0xFFFFFFFFu);
    assert_int_equal(ICC(c), 0x9);
    assert_int_equal(sparc_get(c, G3), 16);
    assert_int_equal(sparc_get(c, G4), 3);
    wb_destroy(&c->m);
}

static void subxcc_chain_computes_64bit_difference(void **s)
{
    (void)s;
    sparc_cpu *c = st_new();
    /* 0x00000001_00000000 - 1 = 0x00000000_FFFFFFFF */
    sparc_set(c, G1, 1);
    ST_RUN(c, 2, F3I(2, G3, SUB | CC, G0, 1), F3I(2, G2, SUBX | CC, G1, 0));
    assert_int_equal(sparc_get(c, G3), 0xFFFFFFFFu);
    assert_int_equal(sparc_get(c, G2), 0);
    assert_int_equal(ICC(c), 0x4);   /* Z only */
    wb_destroy(&c->m);
}

static void logical_ops_and_cc_clear_v_c(void **s)
{
    (void)s;
    sparc_cpu *c = st_new();
    sparc_set(c, G1, 0xF0F0A5A5u);
    sparc_set(c, G2, 0x0FF05A5Au);
    c->psr |= PSR_V | PSR_C;
    ST_RUN(c, 7, F3(2, G3, AND, G1, G2), F3(2, G4, ANDN, G1, G2), F3(2, G5, ORN, G1, G2),
           F3(2, G6, XNOR, G1, G2), F3(2, G7, XOR, G1, G2), F3(2, O0, OR, G1, G2), F3(2, O1, AND | CC, G1, G2));
    assert_int_equal(sparc_get(c, G3), 0x00F00000u);
    assert_int_equal(sparc_get(c, G4), 0xF000A5A5u);
    assert_int_equal(sparc_get(c, G5), 0xF0F0A5A5u | 0xF00FA5A5u);
    assert_int_equal(sparc_get(c, G6), 0x00FF0000u);   /* ~(FF00FFFF) */
    assert_int_equal(sparc_get(c, G7), 0xFF00FFFFu);
    assert_int_equal(sparc_get(c, O0), 0xFFF0FFFFu);
    assert_int_equal(ICC(c), 0x0);
    wb_destroy(&c->m);
}

static void shifts_use_low_five_bits(void **s)
{
    (void)s;
    sparc_cpu *c = st_new();
    sparc_set(c, G1, 0x80F00001u);
    sparc_set(c, G2, 33);
    ST_RUN(c, 4, F3(2, G3, SLL, G1, G2), F3I(2, G4, SRA, G1, 4), F3I(2, G5, SRL, G1, 4), F3I(2, G6, SRA, G1, 0));
    assert_int_equal(sparc_get(c, G3), 0x01E00002u);
    assert_int_equal(sparc_get(c, G4), 0xF80F0000u);
    assert_int_equal(sparc_get(c, G5), 0x080F0000u);
    assert_int_equal(sparc_get(c, G6), 0x80F00001u);
    wb_destroy(&c->m);
}

static void g0_is_always_zero(void **s)
{
    (void)s;
    sparc_cpu *c = st_new();
    ST_RUN(c, 2, F3I(2, G0, ADD, G0, 55), F3I(2, G1, ADD, G0, 1));
    assert_int_equal(sparc_get(c, G0), 0);
    assert_int_equal(sparc_get(c, G1), 1);
    wb_destroy(&c->m);
}

static void sethi_sets_high_22_bits(void **s)
{
    (void)s;
    sparc_cpu *c = st_new();
    sparc_set(c, G1, 0xFFFFFFFF);
    ST_RUN(c, 1, SETHI(G1, 0xDEADB000u));
    assert_int_equal(sparc_get(c, G1), 0xDEADB000u & ~0x3FFu);
    wb_destroy(&c->m);
}

static void umul_smul_put_high_word_in_y(void **s)
{
    (void)s;
    sparc_cpu *c = st_new();
    sparc_set(c, G1, 0xFFFFFFFEu);
    sparc_set(c, G2, 3);
    ST_RUN(c, 1, F3(2, G3, UMUL, G1, G2));
    assert_int_equal(sparc_get(c, G3), 0xFFFFFFFAu);   /* (2^32-2)*3 = 2*2^32 + (2^32-6) */
    assert_int_equal(c->y, 2);
    ST_RUN(c, 1, F3(2, G3, SMUL | CC, G1, G2));         /* -2 * 3 = -6 */
    assert_int_equal(sparc_get(c, G3), 0xFFFFFFFAu);
    assert_int_equal(c->y, 0xFFFFFFFFu);
    assert_int_equal(ICC(c), 0x8);
    wb_destroy(&c->m);
}

static void mulscc_32_steps_multiply(void **s)
{
    (void)s;
    sparc_cpu *c = st_new();
    uint32_t code[40], n = 0;
    code[n++] = F3(2, 0, WRY, G1, G0);          /* Y = multiplier */
    code[n++] = F3(2, G3, AND | CC, G0, G0);     /* clear N V; partial product 0 */
    for (int i = 0; i < 32; i++)
        code[n++] = F3(2, G3, MULSCC, G3, G2);
    code[n++] = F3(2, G3, MULSCC, G3, G0);
    sparc_set(c, G1, 123456789);
    sparc_set(c, G2, 987654);
    st_exec(c, code, n, n);
    uint64_t p = 123456789ull * 987654ull;    /* the unsigned product for positive operands */
    assert_int_equal(c->y, (uint32_t)p);
    assert_int_equal(sparc_get(c, G3), (uint32_t)(p >> 32));
    wb_destroy(&c->m);
}

static void udiv_overflow_saturates_with_v(void **s)
{
    (void)s;
    sparc_cpu *c = st_new();
    c->y = 1;   /* dividend 2^32 */
    ST_RUN(c, 1, F3I(2, G1, UDIV | CC, G0, 1));
    assert_int_equal(sparc_get(c, G1), 0xFFFFFFFFu);
    assert_int_equal(ICC(c), 0xA);   /* N V */
    c->y = 0;
    sparc_set(c, G2, 100);
    ST_RUN(c, 1, F3I(2, G1, UDIV | CC, G2, 7));
    assert_int_equal(sparc_get(c, G1), 14);
    assert_int_equal(ICC(c), 0);
    wb_destroy(&c->m);
}

static void sdiv_overflow_both_signs(void **s)
{
    (void)s;
    sparc_cpu *c = st_new();
    c->y = 1;   /* +2^32 / 1 */
    ST_RUN(c, 1, F3I(2, G1, SDIV | CC, G0, 1));
    assert_int_equal(sparc_get(c, G1), 0x7FFFFFFFu);
    assert_int_equal(ICC(c), 0x2);
    c->y = 0xFFFFFFFFu;   /* -2^31 / -1 */
    sparc_set(c, G2, 0x80000000u);
    ST_RUN(c, 1, F3I(2, G1, SDIV | CC, G2, -1));
    assert_int_equal(sparc_get(c, G1), 0x7FFFFFFFu);
    assert_int_equal(ICC(c), 0x2);
    c->y = 0xFFFFFFFFu;   /* -2^32 / 1 */
    ST_RUN(c, 1, F3I(2, G1, SDIV | CC, G0, 1));
    assert_int_equal(sparc_get(c, G1), 0x80000000u);
    assert_int_equal(ICC(c), 0xA);
    c->y = 0xFFFFFFFFu;   /* -7 / 2 = -3 (truncation) */
    sparc_set(c, G2, (uint32_t)-7);
    ST_RUN(c, 1, F3I(2, G1, SDIV, G2, 2));
    assert_int_equal(sparc_get(c, G1), (uint32_t)-3);
    wb_destroy(&c->m);
}

static void divide_by_zero_traps_without_writing(void **s)
{
    (void)s;
    sparc_cpu *c = st_new();
    c->m.trap_to_host = true;
    sparc_set(c, G1, 77);
    wb_exit e = ST_RUN(c, 1, F3(2, G1, UDIV, G1, G0));
    assert_int_equal(e.kind, WB_EXIT_TRAP);
    assert_int_equal(e.trap.code, TT_DIV_ZERO);
    assert_int_equal(e.trap.addr, ST_CODE);
    assert_int_equal(sparc_get(c, G1), 77);
    assert_int_equal(c->pc, ST_CODE);
    wb_destroy(&c->m);
}

static void tagged_add_sets_v_on_tag_bits(void **s)
{
    (void)s;
    sparc_cpu *c = st_new();
    sparc_set(c, G1, 4);
    sparc_set(c, G2, 5);
    ST_RUN(c, 1, F3(2, G3, TADDCC, G1, G2));
    assert_int_equal(sparc_get(c, G3), 9);
    assert_int_equal(ICC(c), 0x2);
    ST_RUN(c, 1, F3I(2, G3, TSUBCC, G1, 8));
    assert_int_equal(sparc_get(c, G3), (uint32_t)-4);
    assert_int_equal(ICC(c), 0x9);   /* N C, tags clean */
    wb_destroy(&c->m);
}

static void taddcctv_traps_and_changes_nothing(void **s)
{
    (void)s;
    sparc_cpu *c = st_new();
    c->m.trap_to_host = true;
    sparc_set(c, G1, 4);
    sparc_set(c, G2, 5);
    sparc_set(c, G3, 99);
    uint32_t psr = c->psr;
    wb_exit e = ST_RUN(c, 1, F3(2, G3, TADDCCTV, G1, G2));
    assert_int_equal(e.kind, WB_EXIT_TRAP);
    assert_int_equal(e.trap.code, TT_TAG_OVERFLOW);
    assert_int_equal(sparc_get(c, G3), 99);
    assert_int_equal(c->psr, psr);
    sparc_set(c, G1, 0x7FFFFFFCu);
    e = ST_RUN(c, 1, F3I(2, G3, TSUBCCTV, G1, -4));   /* arithmetic overflow, tags clean */
    assert_int_equal(e.trap.code, TT_TAG_OVERFLOW);
    e = ST_RUN(c, 1, F3I(2, G3, TADDCCTV, G1, 0));
    assert_int_equal(e.kind, WB_EXIT_BUDGET);
    assert_int_equal(sparc_get(c, G3), 0x7FFFFFFCu);
    wb_destroy(&c->m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(addcc_overflow_sets_n_and_v),
        cmocka_unit_test(addcc_carry_zero_overflow),
        cmocka_unit_test(subcc_borrow_and_addx_subx_use_carry),
        cmocka_unit_test(subxcc_chain_computes_64bit_difference),
        cmocka_unit_test(logical_ops_and_cc_clear_v_c),
        cmocka_unit_test(shifts_use_low_five_bits),
        cmocka_unit_test(g0_is_always_zero),
        cmocka_unit_test(sethi_sets_high_22_bits),
        cmocka_unit_test(umul_smul_put_high_word_in_y),
        cmocka_unit_test(mulscc_32_steps_multiply),
        cmocka_unit_test(udiv_overflow_saturates_with_v),
        cmocka_unit_test(sdiv_overflow_both_signs),
        cmocka_unit_test(divide_by_zero_traps_without_writing),
        cmocka_unit_test(tagged_add_sets_v_on_tag_bits),
        cmocka_unit_test(taddcctv_traps_and_changes_nothing),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
