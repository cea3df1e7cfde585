/* Byte instructions IBP ILDB LDB IDPB DPB (SRM 2.8). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include "tests/pdp10/pdp10t.h"

#define I pdp10t_ins

static void ldb_dpb(void **s)
{
    (void)s;
    pdp10_cpu *c = pdp10t_new(16384);
    pdp10t_put(c, 02000, 0123456701234);
    pdp10t_put(c, 02001, pdp10t_xwd(0300600, 02000)); /* POINT 6,2000,11: P=24 S=6 */
    pdp10t_one(c, I(0135, 1, 0, 0, 02001));           /* LDB 1,2001: bits 6-11 */
    assert_int_equal(c->ac[1], 034);
    c->ac[1] = 077;
    pdp10t_one(c, I(0137, 1, 0, 0, 02001));           /* DPB 1,2001 */
    assert_int_equal(pdp10t_get(c, 02000), 0127756701234);
    assert_int_equal(pdp10t_get(c, 02001), pdp10t_xwd(0300600, 02000));   /* pointer unchanged */
    c->ac[7] = 1;                                      /* pointer through an index */
    pdp10t_put(c, 02001, pdp10t_xwd(0000607, 01777)); /* POINT 6,1777(7),35 */
    pdp10t_one(c, I(0135, 2, 0, 0, 02001));
    assert_int_equal(c->ac[2], 034);
    pdp10t_free(c);
}

static void ildb_idpb(void **s)
{
    (void)s;
    pdp10_cpu *c = pdp10t_new(16384);
    pdp10t_put(c, 02000, 0406050342000);   /* "ABCD": 101 102 103 104 in 7-bit bytes */
    pdp10t_put(c, 02001, 0);
    pdp10t_put(c, 02002, pdp10t_xwd(0440700, 02000)); /* POINT 7,2000 (before the first byte) */
    pdp10t_one(c, I(0134, 1, 0, 0, 02002));           /* ILDB */
    assert_int_equal(c->ac[1], 0101);                 /* 'A' = 101 */
    assert_int_equal(pdp10t_get(c, 02002), pdp10t_xwd(0350700, 02000));
    assert_false(c->flags & PDP10_BIS);
    pdp10t_put(c, 02002, pdp10t_xwd(0010700, 02000)); /* P = 1: the next byte is in the next word */
    c->ac[2] = 0123;
    pdp10t_one(c, I(0136, 2, 0, 0, 02002));           /* IDPB */
    assert_int_equal(pdp10t_get(c, 02002), pdp10t_xwd(0350700, 02001));
    assert_int_equal(pdp10t_get(c, 02001), 0123ull << 29);
    pdp10t_put(c, 02003, pdp10t_xwd(0000100, 0777777));
    pdp10t_one(c, I(0133, 0, 0, 0, 02003));           /* IBP: KA10 carries Y into the left half */
    assert_int_equal(pdp10t_get(c, 02003), pdp10t_xwd(0430101, 0));
    pdp10t_free(c);
}

static void ildb_first_part_done(void **s)
{
    (void)s;
    pdp10_cpu *c = pdp10t_new(16384);
    pdp10t_put(c, 02000, 0406050342000);
    pdp10t_put(c, 02002, pdp10t_xwd(0350700, 02000));
    c->flags = PDP10_BIS;                              /* resumed after an interrupt: no increment */
    pdp10t_one(c, I(0134, 1, 0, 0, 02002));
    assert_int_equal(c->ac[1], 0101);                 /* the byte the pointer already designates */
    assert_int_equal(pdp10t_get(c, 02002), pdp10t_xwd(0350700, 02000));
    assert_false(c->flags & PDP10_BIS);
    pdp10t_free(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(ldb_dpb), cmocka_unit_test(ildb_idpb), cmocka_unit_test(ildb_first_part_done),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
