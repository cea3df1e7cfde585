/* Fixed-point arithmetic: ADD SUB IMUL MUL IDIV DIV and their flags (SRM 2.5).  Expected values
 * worked out by hand. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include "tests/pdp10/pdp10t.h"

#define I pdp10t_ins

static void add_flags(void **s)
{
    (void)s;
    pdp10_cpu *c = pdp10t_new(16384);
    c->ac[1] = 0377777777777;
    pdp10t_one(c, I(0271, 1, 0, 0, 1));               /* ADDI 1,1: overflow into the sign */
    assert_int_equal(c->ac[1], 0400000000000);
    assert_int_equal(c->flags, PDP10_AROV | PDP10_CRY1);
    c->flags = 0;
    c->ac[1] = 0777777777777;
    pdp10t_one(c, I(0271, 1, 0, 0, 1));               /* -1 + 1: both carries, no overflow */
    assert_int_equal(c->ac[1], 0);
    assert_int_equal(c->flags, PDP10_CRY0 | PDP10_CRY1);
    c->flags = 0;
    c->ac[2] = 0400000000000;
    pdp10t_put(c, 02000, 0400000000000);
    pdp10t_one(c, I(0273, 2, 0, 0, 02000));           /* ADDB: -2^35 + -2^35 */
    assert_int_equal(c->ac[2], 0);
    assert_int_equal(pdp10t_get(c, 02000), 0);
    assert_int_equal(c->flags, PDP10_AROV | PDP10_CRY0);
    c->flags = 0;
    c->ac[3] = 7;
    pdp10t_put(c, 02001, 5);
    pdp10t_one(c, I(0272, 3, 0, 0, 02001));           /* ADDM: memory only */
    assert_int_equal(pdp10t_get(c, 02001), 12);
    assert_int_equal(c->ac[3], 7);
    assert_int_equal(c->flags, 0);
    pdp10t_free(c);
}

static void sub_flags(void **s)
{
    (void)s;
    pdp10_cpu *c = pdp10t_new(16384);
    c->ac[1] = 0;
    pdp10t_one(c, I(0275, 1, 0, 0, 1));               /* SUBI 1,1: 0 - 1 */
    assert_int_equal(c->ac[1], 0777777777777);
    assert_int_equal(c->flags, 0);
    c->ac[1] = 0400000000000;
    pdp10t_one(c, I(0275, 1, 0, 0, 1));               /* -2^35 - 1: overflow */
    assert_int_equal(c->ac[1], 0377777777777);
    assert_int_equal(c->flags, PDP10_AROV | PDP10_CRY0);
    c->flags = 0;
    c->ac[1] = 5;
    pdp10t_one(c, I(0275, 1, 0, 0, 3));               /* 5 - 3: carries out of both */
    assert_int_equal(c->ac[1], 2);
    assert_int_equal(c->flags, PDP10_CRY0 | PDP10_CRY1);
    pdp10t_free(c);
}

static void imul_mul(void **s)
{
    (void)s;
    pdp10_cpu *c = pdp10t_new(16384);
    c->ac[1] = 3;
    pdp10t_put(c, 02000, 0777777777773);               /* -5 */
    pdp10t_one(c, I(0220, 1, 0, 0, 02000));           /* IMUL 1,2000 */
    assert_int_equal(c->ac[1], 0777777777761);        /* -15 */
    assert_int_equal(c->flags, 0);
    c->ac[1] = 01000000;
    pdp10t_one(c, I(0221, 1, 0, 0, 01000000 & 0777777));   /* IMULI by 0: 0 */
    assert_int_equal(c->ac[1], 0);
    c->ac[1] = 01000000;                               /* 2^18 * 2^18 = 2^36: overflow */
    pdp10t_put(c, 02000, 01000000);
    pdp10t_one(c, I(0220, 1, 0, 0, 02000));
    assert_int_equal(c->ac[1], 0);
    assert_int_equal(c->flags, PDP10_AROV);
    c->flags = 0;
    c->ac[4] = 3;
    pdp10t_one(c, I(0225, 4, 0, 0, 5));               /* MULI 4,5: AC 0, AC+1 15 */
    assert_int_equal(c->ac[4], 0);
    assert_int_equal(c->ac[5], 017);
    c->ac[4] = 0777777777775;                          /* -3 * 5 = -15 over 71 bits */
    pdp10t_one(c, I(0225, 4, 0, 0, 5));
    assert_int_equal(c->ac[4], 0777777777777);
    assert_int_equal(c->ac[5], 0777777777761);        /* sign copied into bit 0 */
    c->ac[4] = 0400000000000;                          /* KA10: AC -2^35 taken as +2^35 */
    pdp10t_one(c, I(0225, 4, 0, 0, 1));
    assert_int_equal(c->ac[4], 1);
    assert_int_equal(c->ac[5], 0);
    assert_int_equal(c->flags, 0);
    c->ac[4] = 0400000000000;
    pdp10t_put(c, 02000, 0400000000000);
    pdp10t_one(c, I(0224, 4, 0, 0, 02000));           /* (-2^35)^2: AROV */
    assert_int_equal(c->flags, PDP10_AROV);
    pdp10t_free(c);
}

static void idiv_div(void **s)
{
    (void)s;
    pdp10_cpu *c = pdp10t_new(16384);
    c->ac[1] = 17;
    pdp10t_one(c, I(0231, 1, 0, 0, 5));               /* IDIVI 1,5: 17/5 (decimal) */
    assert_int_equal(c->ac[1], 3);
    assert_int_equal(c->ac[2], 2);
    c->ac[1] = pdp10_word(-17);
    pdp10t_one(c, I(0231, 1, 0, 0, 5));               /* remainder takes the dividend's sign */
    assert_int_equal(c->ac[1], 0777777777775);
    assert_int_equal(c->ac[2], 0777777777776);
    assert_int_equal(c->flags, 0);
    c->ac[1] = 9;
    c->ac[2] = 4;
    pdp10t_one(c, I(0231, 1, 0, 0, 0));               /* divide by zero: no divide, no change */
    assert_int_equal(c->ac[1], 9);
    assert_int_equal(c->ac[2], 4);
    assert_int_equal(c->flags, PDP10_AROV | PDP10_DCK);
    c->flags = 0;
    c->ac[3] = 1;
    c->ac[4] = 0;                                      /* dividend 2^35 */
    pdp10t_one(c, I(0235, 3, 0, 0, 2));               /* DIVI 3,2 */
    assert_int_equal(c->ac[3], 0200000000000);
    assert_int_equal(c->ac[4], 0);
    c->ac[3] = 5;
    c->ac[4] = 0;
    pdp10t_one(c, I(0235, 3, 0, 0, 5));               /* high part >= divisor: no divide */
    assert_int_equal(c->ac[3], 5);
    assert_int_equal(c->flags, PDP10_AROV | PDP10_DCK);
    pdp10t_free(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(add_flags), cmocka_unit_test(sub_flags), cmocka_unit_test(imul_mul),
        cmocka_unit_test(idiv_div),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
