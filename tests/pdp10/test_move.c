/* Full-word and half-word transfers, EXCH, BLT (SRM 2.3, 2.4).  Expected values by hand. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include "tests/pdp10/pdp10t.h"

#define I pdp10t_ins

static void move_modes(void **s)
{
    (void)s;
    pdp10_cpu *c = pdp10t_new(16384);
    pdp10t_put(c, 02000, 0123456654321);
    pdp10t_one(c, I(0200, 1, 0, 0, 02000));           /* MOVE 1,2000 */
    assert_int_equal(c->ac[1], 0123456654321);
    assert_int_equal(c->pc, 01001);   /* stopped at the HALT after it */
    pdp10t_one(c, I(0201, 2, 0, 0, 0777777));         /* MOVEI 2,777777: 0,,E */
    assert_int_equal(c->ac[2], 0777777);
    c->ac[3] = 0707070707070;
    pdp10t_one(c, I(0202, 3, 0, 0, 02001));           /* MOVEM 3,2001 */
    assert_int_equal(pdp10t_get(c, 02001), 0707070707070);
    c->ac[0] = 5;
    pdp10t_one(c, I(0203, 0, 0, 0, 02000));           /* MOVES 0,2000: AC 0 is not loaded */
    assert_int_equal(c->ac[0], 5);
    pdp10t_one(c, I(0203, 4, 0, 0, 02000));           /* MOVES 4,2000 */
    assert_int_equal(c->ac[4], 0123456654321);
    pdp10t_one(c, I(0204, 5, 0, 0, 02000));           /* MOVS 5,2000 */
    assert_int_equal(c->ac[5], 0654321123456);
    pdp10t_one(c, I(0205, 5, 0, 0, 000012));          /* MOVSI 5,12 */
    assert_int_equal(c->ac[5], 0000012000000);
    assert_int_equal(c->flags, 0);
    pdp10t_free(c);
}

static void movn_movm_flags(void **s)
{
    (void)s;
    pdp10_cpu *c = pdp10t_new(16384);
    pdp10t_put(c, 02000, 5);
    pdp10t_one(c, I(0210, 1, 0, 0, 02000));           /* MOVN 1,2000 */
    assert_int_equal(c->ac[1], 0777777777773);
    assert_int_equal(c->flags, 0);
    pdp10t_one(c, I(0211, 1, 0, 0, 0));               /* MOVNI 1,0: negating zero sets CRY0 CRY1 */
    assert_int_equal(c->ac[1], 0);
    assert_int_equal(c->flags, PDP10_CRY0 | PDP10_CRY1);
    c->flags = 0;
    pdp10t_put(c, 02000, 0400000000000);
    pdp10t_one(c, I(0210, 1, 0, 0, 02000));           /* MOVN of -2^35: AROV CRY1 */
    assert_int_equal(c->ac[1], 0400000000000);
    assert_int_equal(c->flags, PDP10_AROV | PDP10_CRY1);
    c->flags = 0;
    pdp10t_put(c, 02000, 0777777777776);
    pdp10t_one(c, I(0214, 2, 0, 0, 02000));           /* MOVM 2,2000 (-2) */
    assert_int_equal(c->ac[2], 2);
    pdp10t_one(c, I(0214, 2, 0, 0, 01000));           /* MOVM of a positive word: unchanged */
    assert_int_equal(c->ac[2], I(0214, 2, 0, 0, 01000));
    c->ac[3] = 0777777777777;
    pdp10t_one(c, I(0216, 3, 0, 0, 02001));           /* MOVMM 3,2001 */
    assert_int_equal(pdp10t_get(c, 02001), 1);
    assert_int_equal(c->flags, 0);
    pdp10t_free(c);
}

static void halfwords(void **s)
{
    (void)s;
    pdp10_cpu *c = pdp10t_new(16384);
    pdp10t_put(c, 02000, 0400001700002);
    c->ac[1] = 0111111222222;
    pdp10t_one(c, I(0500, 1, 0, 0, 02000));           /* HLL 1,2000: left to left, right kept */
    assert_int_equal(c->ac[1], 0400001222222);
    pdp10t_one(c, I(0504, 1, 0, 0, 02000));           /* HRL 1,2000 */
    assert_int_equal(c->ac[1], 0700002222222);
    pdp10t_one(c, I(0550, 1, 0, 0, 02000));           /* HRRZ 1,2000 */
    assert_int_equal(c->ac[1], 0000000700002);
    pdp10t_one(c, I(0554, 1, 0, 0, 02000));           /* HLRZ 1,2000 */
    assert_int_equal(c->ac[1], 0000000400001);
    pdp10t_one(c, I(0574, 1, 0, 0, 02000));           /* HLRE: sign of 400001 extends */
    assert_int_equal(c->ac[1], 0777777400001);
    pdp10t_one(c, I(0570, 1, 0, 0, 02000));           /* HRRE: 700002 is negative too */
    assert_int_equal(c->ac[1], 0777777700002);
    pdp10t_one(c, I(0525, 1, 0, 0, 000123));          /* HRLOI 1,123 */
    assert_int_equal(c->ac[1], 0000123777777);
    pdp10t_one(c, I(0561, 1, 0, 0, 000123));          /* HRROI 1,123 */
    assert_int_equal(c->ac[1], 0777777000123);
    pdp10t_one(c, I(0511, 1, 0, 0, 000123));          /* HLLZI: left half of 0,,123 */
    assert_int_equal(c->ac[1], 0);
    c->ac[2] = 0000005000006;
    pdp10t_one(c, I(0542, 2, 0, 0, 02000));           /* HRRM 2,2000 */
    assert_int_equal(pdp10t_get(c, 02000), 0400001000006);
    pdp10t_one(c, I(0533, 3, 0, 0, 02000));           /* HLLES 3,2000: self, AC 3 gets it */
    assert_int_equal(pdp10t_get(c, 02000), 0400001777777);
    assert_int_equal(c->ac[3], 0400001777777);
    pdp10t_free(c);
}

static void exch_blt(void **s)
{
    (void)s;
    pdp10_cpu *c = pdp10t_new(16384);
    c->ac[1] = 1;
    pdp10t_put(c, 02000, 2);
    pdp10t_one(c, I(0250, 1, 0, 0, 02000));           /* EXCH */
    assert_int_equal(c->ac[1], 2);
    assert_int_equal(pdp10t_get(c, 02000), 1);
    for (uint32_t i = 0; i < 4; i++)
        pdp10t_put(c, 03000 + i, 0100 + i);
    c->ac[5] = pdp10t_xwd(03000, 04000);
    pdp10t_one(c, I(0251, 5, 0, 0, 04003));           /* BLT 5,4003: four words */
    for (uint32_t i = 0; i < 4; i++)
        assert_int_equal(pdp10t_get(c, 04000 + i), 0100 + i);
    assert_int_equal(pdp10t_get(c, 04004), 0);
    assert_int_equal(c->ac[5], pdp10t_xwd(03003, 04003));   /* KA10: points at the last word */
    c->ac[1] = pdp10t_xwd(1, 1);
    pdp10t_one(c, I(0251, 1, 0, 0, 1));               /* BLT 1,1 leaves 1,,1 on the KA10 (DAKAA) */
    assert_int_equal(c->ac[1], pdp10t_xwd(1, 1));
    pdp10t_free(c);
}

static void indexing_and_indirection(void **s)
{
    (void)s;
    pdp10_cpu *c = pdp10t_new(16384);
    c->ac[7] = pdp10t_xwd(5, 0100);
    pdp10t_put(c, 02100, 042);
    pdp10t_one(c, I(0200, 1, 0, 7, 02000));           /* MOVE 1,2000(7): E = 2100 */
    assert_int_equal(c->ac[1], 042);
    pdp10t_put(c, 02200, I(0, 0, 1, 0, 02201));        /* @2201 */
    pdp10t_put(c, 02201, I(0, 0, 0, 7, 02300));        /* 2300(7) = 2400 */
    pdp10t_put(c, 02400, 0777);
    pdp10t_one(c, I(0200, 2, 1, 0, 02200));           /* MOVE 2,@2200 */
    assert_int_equal(c->ac[2], 0777);
    c->ac[3] = 0777777;
    pdp10t_one(c, I(0201, 4, 0, 3, 2));                /* MOVEI 4,2(3): E wraps to 1 */
    assert_int_equal(c->ac[4], 1);
    pdp10t_free(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(move_modes), cmocka_unit_test(movn_movm_flags), cmocka_unit_test(halfwords),
        cmocka_unit_test(exch_blt),   cmocka_unit_test(indexing_and_indirection),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
