/* KA10 floating point (SRM 2.15).  Values by hand: 1.0 = 201400000000 (exponent 201, fraction
 * 1/2), 2.0 = 202400000000, 1.5 = 201600000000, 3.0 = 202600000000, -1.0 = 576400000000 (the
 * two's complement of 1.0). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include "tests/pdp10/pdp10t.h"

#define I pdp10t_ins
#define ONE 0201400000000ull
#define TWO 0202400000000ull
#define ONEHALF 0201600000000ull
#define THREE 0202600000000ull
#define MONE 0576400000000ull

static uint64_t op2(pdp10_cpu *c, unsigned op, uint64_t a, uint64_t m)
{
    c->ac[1] = a;
    pdp10t_put(c, 02000, m);
    pdp10t_one(c, I(op, 1, 0, 0, 02000));
    return c->ac[1];
}

static void add_sub(void **s)
{
    (void)s;
    pdp10_cpu *c = pdp10t_new(16384);
    assert_int_equal(op2(c, 0140, ONE, ONE), TWO);             /* FAD */
    assert_int_equal(op2(c, 0150, ONE, TWO), MONE);            /* FSB: 1 - 2 */
    assert_int_equal(op2(c, 0140, ONEHALF, ONEHALF), THREE);
    assert_int_equal(op2(c, 0140, ONE, MONE), 0);              /* exact zero is all zeros */
    assert_int_equal(op2(c, 0140, 0, ONE), ONE);
    assert_int_equal(c->flags, 0);
    /* 1.0 + 2^-27 (146400000000): half an LSB of the result */
    assert_int_equal(op2(c, 0140, ONE, 0146400000000), ONE);           /* FAD truncates */
    assert_int_equal(op2(c, 0144, ONE, 0146400000000), 0201400000001); /* FADR rounds up */
    /* -1.0 - 2^-27: truncating the two's-complement result moves away from zero */
    assert_int_equal(op2(c, 0140, MONE, pdp10_neg(0146400000000)), 0576377777777);
    /* FADL: the low word holds the rest, positive, exponent 27 smaller */
    c->ac[1] = ONE;
    pdp10t_put(c, 02000, 0146400000000);
    pdp10t_one(c, I(0141, 1, 0, 0, 02000));
    assert_int_equal(c->ac[1], ONE);
    assert_int_equal(c->ac[2], 0146400000000);
    /* FADRI: immediate operand E,,0 */
    c->ac[1] = ONE;
    pdp10t_one(c, I(0145, 1, 0, 0, 0201400));
    assert_int_equal(c->ac[1], TWO);
    /* FADM stores in memory only */
    c->ac[1] = ONE;
    pdp10t_put(c, 02000, ONE);
    pdp10t_one(c, I(0142, 1, 0, 0, 02000));
    assert_int_equal(pdp10t_get(c, 02000), TWO);
    assert_int_equal(c->ac[1], ONE);
    pdp10t_free(c);
}

static void mul_div(void **s)
{
    (void)s;
    pdp10_cpu *c = pdp10t_new(16384);
    assert_int_equal(op2(c, 0160, ONEHALF, TWO), THREE);       /* FMP */
    assert_int_equal(op2(c, 0160, MONE, THREE), pdp10_neg(THREE));
    assert_int_equal(op2(c, 0170, THREE, TWO), ONEHALF);       /* FDV */
    /* 1/3 = 2/3 * 2^-1: fraction 525252525 (binary 1010...), exponent 177; the 28th bit is 0 */
    assert_int_equal(op2(c, 0170, ONE, THREE), 0177525252525);
    assert_int_equal(op2(c, 0174, ONE, THREE), 0177525252525);
    assert_int_equal(op2(c, 0170, TWO, THREE), 0200525252525);
    /* 1/7 = 4/7 * 2^-2: fraction 444444444 (100 100 ...), exponent 176; the 28th bit is 1 */
    assert_int_equal(op2(c, 0170, ONE, 0203700000000), 0176444444444);   /* FDV truncates */
    assert_int_equal(op2(c, 0174, ONE, 0203700000000), 0176444444445);   /* FDVR rounds */
    assert_int_equal(op2(c, 0170, MONE, 0203700000000), pdp10_neg(0176444444444));
    assert_int_equal(c->flags, 0);
    /* division by zero: AROV FOV DCK, AC unchanged */
    assert_int_equal(op2(c, 0170, ONE, 0), ONE);
    assert_int_equal(c->flags, PDP10_AROV | PDP10_FOV | PDP10_DCK);
    pdp10t_free(c);
}

static void overflow_underflow(void **s)
{
    (void)s;
    pdp10_cpu *c = pdp10t_new(16384);
    op2(c, 0140, 0377400000000, 0377400000000);               /* exponent 400: overflow */
    assert_int_equal(c->flags, PDP10_AROV | PDP10_FOV);
    c->flags = 0;
    op2(c, 0160, 0001400000000, 0001400000000);               /* tiny * tiny: underflow */
    assert_int_equal(c->flags, PDP10_AROV | PDP10_FOV | PDP10_FXU);
    pdp10t_free(c);
}

static void fsc_ufa_dfn(void **s)
{
    (void)s;
    pdp10_cpu *c = pdp10t_new(16384);
    c->ac[1] = ONE;
    pdp10t_one(c, I(0132, 1, 0, 0, 2));               /* FSC 1,2: 4.0 */
    assert_int_equal(c->ac[1], 0203400000000);
    c->ac[1] = ONE;
    pdp10t_one(c, I(0132, 1, 0, 0, 0777777));         /* FSC 1,-1: 0.5 */
    assert_int_equal(c->ac[1], 0200400000000);
    c->ac[1] = 0201200000000;                          /* unnormalized 0.5 */
    pdp10t_one(c, I(0132, 1, 0, 0, 0));               /* FSC 0 normalizes */
    assert_int_equal(c->ac[1], 0200400000000);
    c->ac[1] = ONE;
    c->ac[2] = 0;
    pdp10t_put(c, 02000, ONE);
    pdp10t_one(c, I(0130, 1, 0, 0, 02000));           /* UFA: sum to AC+1, AC unchanged */
    assert_int_equal(c->ac[2], TWO);
    assert_int_equal(c->ac[1], ONE);
    pdp10t_put(c, 02000, 0201000000010);              /* UFA does not normalize */
    c->ac[1] = 0201000000001;
    pdp10t_one(c, I(0130, 1, 0, 0, 02000));
    assert_int_equal(c->ac[2], 0201000000011);
    c->ac[1] = ONE;
    pdp10t_put(c, 02000, 1);                           /* DFN: low fraction 1 */
    pdp10t_one(c, I(0131, 1, 0, 0, 02000));
    assert_int_equal(pdp10t_get(c, 02000), 0000777777777);
    assert_int_equal(c->ac[1], 0576377777777);
    c->ac[1] = ONE;
    pdp10t_put(c, 02000, 0);                           /* zero low fraction: +1 into the high word */
    pdp10t_one(c, I(0131, 1, 0, 0, 02000));
    assert_int_equal(c->ac[1], MONE);
    pdp10t_free(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(add_sub), cmocka_unit_test(mul_div), cmocka_unit_test(overflow_underflow),
        cmocka_unit_test(fsc_ufa_dfn),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
