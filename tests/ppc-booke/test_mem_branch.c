/* Loads, stores, byte reversal, multiple/string transfers, the little-endian page attribute, and
 * branches / CR instructions.  Expected values worked out by hand from Book E. */
#include "bt.h"

#define LI(rt, v) bt_D(14, rt, 0, v)

static void loads_and_stores(void **s)
{
    (void)s;
    bt_ctx t;
    bt_new(&t);
    bt_w32(&t, 0x3000, 0x8081F2F3u);
    bt_set(&t, "r4", 0x3000);
    bt_set(&t, "r5", 2);
    BT_PROG(&t, bt_D(32, 3, 4, 0) /* lwz */, bt_D(42, 6, 4, 0) /* lha */, bt_D(40, 7, 4, 2) /* lhz */,
            bt_D(34, 8, 4, 1) /* lbz */, bt_X(31, 9, 4, 5, 534, 0) /* lwbrx r9,r4,r5: bytes F2 F3 00 00 */,
            bt_X(31, 10, 4, 0, 790, 0) /* lhbrx */, bt_D(37, 3, 4, 8) /* stwu r3,8(r4) */,
            bt_X(31, 3, 0, 4, 662, 0) /* stwbrx r3,0,r4 (r4 now 0x3008) */, bt_D(45, 3, 4, 6) /* sthu */);
    bt_run(&t, 9);
    assert_int_equal(bt_get(&t, "r3"), 0x8081F2F3u);
    assert_int_equal(bt_get(&t, "r6"), 0xFFFF8081u);
    assert_int_equal(bt_get(&t, "r7"), 0xF2F3);
    assert_int_equal(bt_get(&t, "r8"), 0x81);
    assert_int_equal(bt_get(&t, "r9"), 0x0000F3F2u);
    assert_int_equal(bt_get(&t, "r10"), 0x8180);
    assert_int_equal(bt_r32(&t, 0x3008), 0xF3F28180u);         /* stwu then stwbrx over it */
    assert_int_equal(bt_get(&t, "r4"), 0x300E);                /* sthu: updated EA */
    assert_int_equal(bt_r32(&t, 0x300C), 0x0000F2F3u);
    bt_free(&t);
}

static void multiple_and_string(void **s)
{
    (void)s;
    bt_ctx t;
    bt_new(&t);
    for (unsigned i = 0; i < 4; i++)
        bt_w32(&t, 0x3000 + 4 * i, 0x11111111u * (i + 1));
    bt_set(&t, "r4", 0x3000);
    bt_set(&t, "r3", 0xAAAA);
    bt_set(&t, "xer", 6);                                      /* string byte count */
    BT_PROG(&t, bt_D(46, 29, 4, 4) /* lmw r29,4(r4) */, bt_D(47, 29, 4, 0x20) /* stmw r29,0x20(r4) */,
            bt_X(31, 5, 4, 5, 597, 0) /* lswi r5,r4,5 */, bt_X(31, 7, 4, 0, 533, 0) /* lswx r7,r4,r0 */,
            bt_X(31, 3, 4, 0, 661, 0) /* stswx r3 -> 6 bytes at 0x3000 */);
    bt_run(&t, 5);
    assert_int_equal(bt_get(&t, "r29"), 0x22222222u);
    assert_int_equal(bt_get(&t, "r31"), 0x44444444u);
    assert_int_equal(bt_r32(&t, 0x3028), 0x44444444u);
    assert_int_equal(bt_get(&t, "r5"), 0x11111111u);
    assert_int_equal(bt_get(&t, "r6"), 0x22000000u);           /* fifth byte, left-justified, rest zero */
    assert_int_equal(bt_get(&t, "r7"), 0x11111111u);
    assert_int_equal(bt_get(&t, "r8"), 0x22220000u);
    assert_int_equal(bt_r32(&t, 0x3000), 0x0000AAAAu);         /* r3, then two bytes of r4 */
    assert_int_equal(bt_r32(&t, 0x3004), 0x00002222u);         /* r4 = 0x00003000: its first two bytes */
    bt_free(&t);
}

static void little_endian_page(void **s)
{
    (void)s;
    bt_ctx t;
    bt_new(&t);
    /* entry 2: EA 0x40000000 -> RA 0x3000, 4K, E (little-endian) + all permissions */
    bt_set(&t, "r4", 2);
    bt_set(&t, "r5", 0x40000000u | 0x200 | 0x10);
    bt_set(&t, "r6", 0x3000);
    bt_set(&t, "r7", 0x80 | 0x3F);
    bt_set(&t, "r8", 0x40000000u);
    bt_w32(&t, 0x3000, 0x11223344u);
    BT_PROG(&t, bt_X(31, 6, 4, 1, 978, 0), bt_X(31, 7, 4, 2, 978, 0), bt_X(31, 5, 4, 0, 978, 0),
            bt_D(32, 9, 8, 0), bt_D(44, 9, 8, 4) /* sth */);
    bt_run(&t, 5);
    assert_int_equal(bt_get(&t, "r9"), 0x44332211u);
    assert_int_equal(bt_r32(&t, 0x3004), 0x11220000u);         /* low halfword 0x2211 stored LE: 11 22 */
    bt_free(&t);
}

static void branches(void **s)
{
    (void)s;
    bt_ctx t;
    bt_new(&t);
    /* 0: li r3,3; 4: mtctr r3; 8: addi r4,r4,1; c: bdnz 8; 10: bl 0x20; 14: b 0x30 ... 20: blr */
    BT_PROG(&t, LI(3, 3), MTSPR(9, 3), bt_D(14, 4, 4, 1), 0x4200FFFCu, 0x48000011u, 0x4800001Cu, NOP, NOP,
            0x4E800020u);
    bt_run(&t, 2 + 3 * 2);                                     /* three iterations of addi/bdnz */
    assert_int_equal(bt_get(&t, "r4"), 3);
    assert_int_equal(bt_get(&t, "ctr"), 0);
    assert_int_equal(bt_get(&t, "pc"), BT_CODE + 0x10);
    bt_run(&t, 1);
    assert_int_equal(bt_get(&t, "pc"), BT_CODE + 0x20);
    assert_int_equal(bt_get(&t, "lr"), BT_CODE + 0x14);
    bt_run(&t, 2);                                             /* blr, then b +0x1c */
    assert_int_equal(bt_get(&t, "pc"), BT_CODE + 0x30);
    bt_free(&t);
    /* bc 12,2 (beq) taken / not taken; bcctrl links */
    bt_new(&t);
    bt_set(&t, "cr", 0x20000000u);
    bt_set(&t, "ctr", 0x2000);
    BT_PROG(&t, 0x41820008u /* beq +8 */, NOP, 0x4C820421u /* bnectrl: not taken (EQ set) */, 0x4E800421u /* bctrl */);
    bt_run(&t, 2);
    assert_int_equal(bt_get(&t, "pc"), BT_CODE + 12);
    assert_int_equal(bt_get(&t, "lr"), BT_CODE + 12);          /* LK links even when not taken */
    bt_run(&t, 1);
    assert_int_equal(bt_get(&t, "pc"), 0x2000);
    assert_int_equal(bt_get(&t, "lr"), BT_CODE + 16);
    bt_free(&t);
}

static void cr_instructions(void **s)
{
    (void)s;
    bt_ctx t;
    bt_new(&t);
    bt_set(&t, "cr", 0x80000000u);
    bt_set(&t, "xer", 0xE0000000u);
    bt_set(&t, "r5", 0x0F0F0F0Fu);
    BT_PROG(&t, bt_X(19, 31, 0, 0, 449, 0) /* cror 31,0,0 */, bt_X(19, 1, 0, 31, 193, 0) /* crxor 1,0,31 */,
            bt_X(19, 7 << 2, 0 << 2, 0, 0, 0) /* mcrf 7,0 */, bt_X(31, 6 << 2, 0, 0, 512, 0) /* mcrxr 6 */,
            (31u << 26) | (5u << 21) | (0x03u << 12) | (144u << 1) /* mtcrf 0x03,r5 */);
    bt_run(&t, 2);
    assert_int_equal(bt_get(&t, "cr"), 0x80000001u);
    bt_run(&t, 1);
    assert_int_equal(bt_get(&t, "cr"), 0x80000008u);
    bt_run(&t, 1);
    assert_int_equal(bt_get(&t, "cr"), 0x800000E8u);
    assert_int_equal(bt_get(&t, "xer"), 0);
    bt_run(&t, 1);
    assert_int_equal(bt_get(&t, "cr"), 0x8000000Fu);          /* fields 6, 7 of 0x0F0F0F0F */
    bt_free(&t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(loads_and_stores), cmocka_unit_test(multiple_and_string),
        cmocka_unit_test(little_endian_page), cmocka_unit_test(branches), cmocka_unit_test(cr_instructions),
    };
    return cmocka_run_group_tests_name("ppc-booke memory and branch", tests, NULL, NULL);
}
