/* Boolean functions, logical tests, shifts and rotates, JFFO (SRM 2.7, 2.8). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include "tests/pdp10/pdp10t.h"

#define I pdp10t_ins

static void boolean(void **s)
{
    (void)s;
    pdp10_cpu *c = pdp10t_new(16384);
    const uint64_t a = 0707070000777, m = 0770077007700;
    static const struct { unsigned fn; uint64_t r; } t[] = {
        {0, 0},                 {1, 0700070000700},     {2, 0070007007000},    {3, 0770077007700},
        {4, 0007000000077},     {5, 0707070000777},     {6, 0077007007077},    {7, 0777077007777},
        {8, 0000700770000},     {9, 0700770770700},     {10, 0070707777000},   {11, 0770777777700},
        {12, 0007700770077},    {13, 0707770770777},    {14, 0077707777077},   {15, 0777777777777},
    };
    for (unsigned i = 0; i < 16; i++) {
        c->ac[1] = a;
        pdp10t_put(c, 02000, m);
        pdp10t_one(c, I(0400 + 4 * t[i].fn, 1, 0, 0, 02000));
        assert_int_equal(c->ac[1], t[i].r);
    }
    c->ac[1] = 0777777000000;
    pdp10t_one(c, I(0405, 1, 0, 0, 0707070));         /* ANDI: 0,,E */
    assert_int_equal(c->ac[1], 0);
    c->ac[2] = 0123;
    pdp10t_put(c, 02001, 0456);
    pdp10t_one(c, I(0436, 2, 0, 0, 02001));           /* IORM */
    assert_int_equal(pdp10t_get(c, 02001), 0577);
    assert_int_equal(c->ac[2], 0123);
    pdp10t_one(c, I(0477, 3, 0, 0, 02001));           /* SETOB */
    assert_int_equal(c->ac[3], 0777777777777);
    assert_int_equal(pdp10t_get(c, 02001), 0777777777777);
    pdp10t_one(c, I(0402, 0, 0, 0, 02001));           /* SETZM */
    assert_int_equal(pdp10t_get(c, 02001), 0);
    pdp10t_free(c);
}

static void tests_and_skips(void **s)
{
    (void)s;
    pdp10_cpu *c = pdp10t_new(16384);
    c->ac[1] = 0000010000000;
    pdp10t_one(c, I(0603, 1, 0, 0, 010));             /* TLNE 1,10: bit set, no skip */
    assert_int_equal(c->pc, 01001);
    pdp10t_one(c, I(0607, 1, 0, 0, 010));             /* TLNN: skips */
    assert_int_equal(c->pc, 01002);
    c->ac[1] = 0777;
    pdp10t_one(c, I(0622, 1, 0, 0, 0070));            /* TRZE 1,70: bits set: no skip, cleared */
    assert_int_equal(c->pc, 01001);
    assert_int_equal(c->ac[1], 0707);
    pdp10t_one(c, I(0622, 1, 0, 0, 0070));            /* now zero: skips */
    assert_int_equal(c->pc, 01002);
    pdp10t_put(c, 02000, 0000005000001);
    pdp10t_one(c, I(0655, 1, 0, 0, 02000));           /* TSCA 1,2000: mask swapped, complement, skip */
    assert_int_equal(c->pc, 01002);
    assert_int_equal(c->ac[1], 0000001000702);
    pdp10t_one(c, I(0670, 2, 0, 0, 02000));           /* TDO 2,2000 */
    assert_int_equal(c->ac[2], 0000005000001);
    pdp10t_free(c);
}

static void shifts(void **s)
{
    (void)s;
    pdp10_cpu *c = pdp10t_new(16384);
    c->ac[1] = 1;
    pdp10t_one(c, I(0240, 1, 0, 0, 3));               /* ASH 1,3 */
    assert_int_equal(c->ac[1], 010);
    assert_int_equal(c->flags, 0);
    c->ac[1] = 0200000000000;
    pdp10t_one(c, I(0240, 1, 0, 0, 1));               /* ASH into the sign: AROV, sign kept */
    assert_int_equal(c->ac[1], 0);
    assert_int_equal(c->flags, PDP10_AROV);
    c->flags = 0;
    c->ac[1] = 0777777777770;                          /* -8 */
    pdp10t_one(c, I(0240, 1, 0, 0, 0777776));         /* ASH 1,-2 */
    assert_int_equal(c->ac[1], 0777777777776);
    c->ac[1] = 0777777777777;
    pdp10t_one(c, I(0240, 1, 0, 0, 35));              /* -1 left 35 (decimal): -2^35, no AROV */
    assert_int_equal(c->ac[1], 0400000000000);
    assert_int_equal(c->flags, 0);
    c->ac[2] = 0400000000001;
    pdp10t_one(c, I(0241, 2, 0, 0, 1));               /* ROT 2,1 */
    assert_int_equal(c->ac[2], 3);
    pdp10t_one(c, I(0241, 2, 0, 0, 0777777));         /* ROT 2,-1 */
    assert_int_equal(c->ac[2], 0400000000001);
    c->ac[3] = 0777777777777;
    pdp10t_one(c, I(0242, 3, 0, 0, 0777775));         /* LSH 3,-3 */
    assert_int_equal(c->ac[3], 0077777777777);
    c->ac[4] = 0;
    c->ac[5] = 0400000000000;
    pdp10t_one(c, I(0246, 4, 0, 0, 1));               /* LSHC 4,1 */
    assert_int_equal(c->ac[4], 1);
    assert_int_equal(c->ac[5], 0);
    c->ac[4] = 0400000000000;
    c->ac[5] = 1;
    pdp10t_one(c, I(0245, 4, 0, 0, 1));               /* ROTC 4,1 */
    assert_int_equal(c->ac[4], 0);
    assert_int_equal(c->ac[5], 3);
    c->ac[6] = 0;
    c->ac[7] = 0200000000000;
    pdp10t_one(c, I(0244, 6, 0, 0, 1));               /* ASHC 6,1: bit 1 of AC+1 moves into AC */
    assert_int_equal(c->ac[6], 1);
    assert_int_equal(c->ac[7], 0);
    c->ac[6] = 0777777777777;
    c->ac[7] = 0777777777776;                          /* -2 over 70 bits */
    pdp10t_one(c, I(0244, 6, 0, 0, 0777777));         /* ASHC 6,-1: -1 */
    assert_int_equal(c->ac[6], 0777777777777);
    assert_int_equal(c->ac[7], 0777777777777);
    assert_int_equal(c->flags, 0);
    pdp10t_free(c);
}

static void jffo(void **s)
{
    (void)s;
    pdp10_cpu *c = pdp10t_new(16384);
    pdp10t_halt_at(c, 03000);
    c->ac[1] = 0000100000000;                          /* bit 11 */
    pdp10t_one(c, I(0243, 1, 0, 0, 03000));
    assert_int_equal(c->ac[2], 11);
    assert_int_equal(c->pc, 03000);
    c->ac[1] = 0;
    c->ac[2] = 0777;
    pdp10t_one(c, I(0243, 1, 0, 0, 03000));           /* zero: no jump, AC+1 cleared */
    assert_int_equal(c->ac[2], 0);
    assert_int_equal(c->pc, 01001);
    pdp10t_free(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(boolean), cmocka_unit_test(tests_and_skips), cmocka_unit_test(shifts),
        cmocka_unit_test(jffo),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
