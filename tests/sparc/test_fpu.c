/* SPARC FPU: fp_disabled, arithmetic, conversions, compares, FBfcc, FSR exceptions and traps,
 * unimplemented FPop (V8 4.4, B.22, B.33-B.38).  Bit patterns are IEEE 754 encodings by hand. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include "tests/sparc/sparct.h"

#define FP1 0x34
#define FP2 0x35
enum { F_ONE = 0x3F800000u, F_TWO = 0x40000000u, F_THREE = 0x40400000u, F_ZERO = 0 };

static sparc_cpu *fpnew(void)
{
    sparc_cpu *c = st_new();
    c->psr |= PSR_EF;
    c->m.trap_to_host = true;
    return c;
}

static void fp_disabled_when_ef_clear(void **s)
{
    (void)s;
    sparc_cpu *c = fpnew();
    c->psr &= ~PSR_EF;
    wb_exit e = ST_RUN(c, 1, FPOP(FP1, 0x41, 2, 0, 1));
    assert_int_equal(e.trap.code, TT_FP_DISABLED);
    sparc_set(c, L0, ST_DATA);
    e = ST_RUN(c, 1, F3I(3, 1, 0x20, L0, 0));   /* LDF */
    assert_int_equal(e.trap.code, TT_FP_DISABLED);
    e = ST_RUN(c, 1, FBFCC(0, 8, 4));
    assert_int_equal(e.trap.code, TT_FP_DISABLED);
    wb_destroy(&c->m);
}

static void single_arithmetic(void **s)
{
    (void)s;
    sparc_cpu *c = fpnew();
    c->f[0] = F_ONE;
    c->f[1] = F_TWO;
    ST_RUN(c, 4, FPOP(FP1, 0x41, 2, 0, 1), FPOP(FP1, 0x45, 3, 0, 1), FPOP(FP1, 0x49, 4, 1, 1), FPOP(FP1, 0x4D, 5, 0, 1));
    assert_int_equal(c->f[2], F_THREE);          /* 1 + 2 */
    assert_int_equal(c->f[3], 0xBF800000u);      /* 1 - 2 = -1 */
    assert_int_equal(c->f[4], 0x40800000u);      /* 2 * 2 = 4 */
    assert_int_equal(c->f[5], 0x3F000000u);      /* 1 / 2 */
    assert_int_equal(c->fsr & 31, 0);            /* exact */
    wb_destroy(&c->m);
}

static void double_arithmetic_and_sqrt(void **s)
{
    (void)s;
    sparc_cpu *c = fpnew();
    c->f[0] = 0x40100000u; c->f[1] = 0;          /* 4.0 */
    c->f[2] = 0x3FF00000u; c->f[3] = 0;          /* 1.0 */
    ST_RUN(c, 3, FPOP(FP1, 0x2A, 4, 0, 0), FPOP(FP1, 0x42, 6, 0, 2), FPOP(FP1, 0x4E, 8, 2, 0));
    assert_int_equal(c->f[4], 0x40000000u);      /* sqrt 4 = 2 */
    assert_int_equal(c->f[5], 0);
    assert_int_equal(c->f[6], 0x40140000u);      /* 5 */
    assert_int_equal(c->f[8], 0x3FD00000u);      /* 0.25 */
    wb_destroy(&c->m);
}

static void conversions_truncate_and_saturate(void **s)
{
    (void)s;
    sparc_cpu *c = fpnew();
    c->f[0] = 0xC0200000u;                       /* -2.5f */
    c->f[1] = 0x4F800000u;                       /* 2^32 as single: too big */
    c->f[2] = (uint32_t)-7;
    ST_RUN(c, 4, FPOP(FP1, 0xD1, 3, 0, 0), FPOP(FP1, 0xD1, 4, 0, 1), FPOP(FP1, 0xC4, 5, 0, 2), FPOP(FP1, 0xC9, 6, 0, 0));
    assert_int_equal(c->f[3], (uint32_t)-2);     /* toward zero */
    assert_int_equal(c->f[4], 0x7FFFFFFFu);      /* invalid, positive */
    assert_int_equal(c->f[5], 0xC0E00000u);      /* -7.0f */
    assert_int_equal(c->f[6], 0xC0040000u);      /* -2.5 as double */
    assert_int_equal(c->f[7], 0);
    assert_int_equal(c->fsr >> FSR_AEXC_SHIFT & 31, FEXC_NV | FEXC_NX);
    wb_destroy(&c->m);
}

static void compare_sets_fcc_and_fbfcc_branches(void **s)
{
    (void)s;
    sparc_cpu *c = fpnew();
    c->f[0] = F_ONE;
    c->f[1] = F_TWO;
    c->f[2] = 0x7FC00000u;                       /* quiet NaN */
    ST_RUN(c, 1, FPOP(FP2, 0x51, 0, 0, 1));
    assert_int_equal(c->fsr >> FSR_FCC_SHIFT & 3, 1);   /* less */
    ST_RUN(c, 1, FPOP(FP2, 0x51, 0, 1, 0));
    assert_int_equal(c->fsr >> FSR_FCC_SHIFT & 3, 2);   /* greater */
    ST_RUN(c, 1, FPOP(FP2, 0x51, 0, 0, 2));
    assert_int_equal(c->fsr >> FSR_FCC_SHIFT & 3, 3);   /* unordered, no exception for a quiet NaN */
    assert_int_equal(c->fsr & 31, 0);
    /* FBU (cond 7) taken, FBE (cond 9) not */
    ST_RUN(c, 2, FBFCC(0, 7, 4), NOP);
    assert_int_equal(c->pc, ST_CODE + 16);
    ST_RUN(c, 2, FBFCC(0, 9, 4), NOP);
    assert_int_equal(c->pc, ST_CODE + 8);
    ST_RUN(c, 1, FPOP(FP2, 0x55, 0, 0, 2));             /* FCMPEs: invalid on any NaN */
    assert_int_equal(c->fsr & 31, FEXC_NV);
    wb_destroy(&c->m);
}

static void enabled_exception_traps_and_keeps_destination(void **s)
{
    (void)s;
    sparc_cpu *c = fpnew();
    c->f[0] = F_ONE;
    c->f[1] = F_ZERO;
    c->f[2] = F_THREE;
    c->fsr = 1u << (FSR_TEM_SHIFT + 1);                  /* TEM.DZ */
    wb_exit e = ST_RUN(c, 1, FPOP(FP1, 0x4D, 2, 0, 1));
    assert_int_equal(e.trap.code, TT_FP_EXCEPTION);
    assert_int_equal(c->f[2], F_THREE);
    assert_int_equal(c->fsr >> FSR_FTT_SHIFT & 7, FTT_IEEE);
    assert_int_equal(c->fsr & 31, FEXC_DZ);
    assert_int_equal(c->fsr >> FSR_AEXC_SHIFT & 31, 0);  /* not accrued when trapping */
    c->fsr = 0;
    ST_RUN(c, 1, FPOP(FP1, 0x4D, 2, 0, 1));
    assert_int_equal(c->f[2], 0x7F800000u);              /* +infinity */
    assert_int_equal(c->fsr >> FSR_AEXC_SHIFT & 31, FEXC_DZ);
    ST_RUN(c, 1, FPOP(FP1, 0x4D, 3, 1, 1));              /* 0/0: default NaN */
    assert_int_equal(c->f[3], 0x7FFFFFFFu);
    wb_destroy(&c->m);
}

static void rounding_direction_from_fsr(void **s)
{
    (void)s;
    sparc_cpu *c = fpnew();
    c->f[0] = F_ONE;
    c->f[1] = F_THREE;
    c->fsr = 1u << FSR_RD_SHIFT;                         /* toward zero */
    ST_RUN(c, 1, FPOP(FP1, 0x4D, 2, 0, 1));
    assert_int_equal(c->f[2], 0x3EAAAAAAu);
    c->fsr = 2u << FSR_RD_SHIFT;                         /* toward +infinity */
    ST_RUN(c, 1, FPOP(FP1, 0x4D, 2, 0, 1));
    assert_int_equal(c->f[2], 0x3EAAAAABu);
    assert_int_equal(c->fsr & 31, FEXC_NX);
    wb_destroy(&c->m);
}

static void quad_is_unimplemented_fpop(void **s)
{
    (void)s;
    sparc_cpu *c = fpnew();
    wb_exit e = ST_RUN(c, 1, FPOP(FP1, 0x43, 4, 0, 8));   /* FADDq */
    assert_int_equal(e.trap.code, TT_FP_EXCEPTION);
    assert_int_equal(c->fsr >> FSR_FTT_SHIFT & 7, FTT_UNIMPLEMENTED);
    wb_destroy(&c->m);
}

static void fp_loads_stores_and_fsr(void **s)
{
    (void)s;
    sparc_cpu *c = fpnew();
    sparc_set(c, L0, ST_DATA);
    st_put(c, ST_DATA, 0x11111111u);
    st_put(c, ST_DATA + 4, 0x22222222u);
    st_put(c, ST_DATA + 8, 0xC0000C00u | FSR_FTT | FSR_VER);  /* RD=3, fcc=3; ftt/ver not writable */
    ST_RUN(c, 4, F3I(3, 2, 0x23, L0, 0), F3I(3, 0, 0x21, L0, 8), F3I(3, 2, 0x27, L0, 16), F3I(3, 0, 0x25, L0, 24));
    assert_int_equal(c->f[2], 0x11111111u);
    assert_int_equal(c->f[3], 0x22222222u);
    assert_int_equal(c->fsr, 0xC0000C00u);
    assert_int_equal(st_get(c, ST_DATA + 20), 0x22222222u);
    assert_int_equal(st_get(c, ST_DATA + 24), 0xC0000C00u);
    wb_exit e = ST_RUN(c, 1, F3I(3, 2, 0x23, L0, 4));   /* LDDF misaligned */
    assert_int_equal(e.trap.code, TT_ALIGN);
    wb_destroy(&c->m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(fp_disabled_when_ef_clear),
        cmocka_unit_test(single_arithmetic),
        cmocka_unit_test(double_arithmetic_and_sqrt),
        cmocka_unit_test(conversions_truncate_and_saturate),
        cmocka_unit_test(compare_sets_fcc_and_fbfcc_branches),
        cmocka_unit_test(enabled_exception_traps_and_keeps_destination),
        cmocka_unit_test(rounding_direction_from_fsr),
        cmocka_unit_test(quad_is_unimplemented_fpop),
        cmocka_unit_test(fp_loads_stores_and_fsr),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
