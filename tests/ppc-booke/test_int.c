/* Integer instructions: results, CR0, XER[SO OV CA], expected values worked out by hand from the
 * Book E definitions. */
#include "bt.h"
#include <stdio.h>

static void arith(uint32_t insn, uint32_t a, uint32_t b, uint32_t xer_in, uint32_t want, uint32_t want_cr,
                  uint32_t want_xer)
{
    bt_ctx t;
    bt_new(&t);
    BT_PROG(&t, insn);
    bt_set(&t, "r4", a);
    bt_set(&t, "r5", b);
    bt_set(&t, "xer", xer_in);
    bt_run(&t, 1);
    assert_int_equal(bt_get(&t, "r3"), want);
    assert_int_equal(bt_get(&t, "cr"), want_cr);
    assert_int_equal(bt_get(&t, "xer"), want_xer);
    assert_int_equal(bt_get(&t, "pc"), BT_CODE + 4);
    bt_free(&t);
}

static void add_forms(void **s)
{
    (void)s;
    /* addo. 0x7fffffff + 1: signed overflow -> OV, SO; CR0 = LT (negative result) | SO */
    arith(bt_XO(3, 4, 5, 1, 266, 1), 0x7FFFFFFF, 1, 0, 0x80000000u, 0x90000000u, 0xC0000000u);
    /* add (no o, no .) leaves XER and CR alone */
    arith(bt_XO(3, 4, 5, 0, 266, 0), 0x7FFFFFFF, 1, 0x20000000u, 0x80000000u, 0, 0x20000000u);
    /* addc 0xffffffff + 1 = 0 carry out */
    arith(bt_XO(3, 4, 5, 0, 10, 0), 0xFFFFFFFF, 1, 0, 0, 0, 0x20000000u);
    /* adde with CA in: 1 + 2 + 1 = 4, no carry out */
    arith(bt_XO(3, 4, 5, 0, 138, 0), 1, 2, 0x20000000u, 4, 0, 0);
    /* addo. with SO already set and no overflow: OV cleared, SO sticks, CR0 = GT|SO */
    arith(bt_XO(3, 4, 5, 1, 266, 1), 1, 1, 0xC0000000u, 2, 0x50000000u, 0x80000000u);
    /* addze: 0xffffffff + CA(1) = 0, CA out */
    arith(bt_XO(3, 4, 0, 0, 202, 1), 0xFFFFFFFF, 0, 0x20000000u, 0, 0x20000000u, 0x20000000u);
    /* addme: 0 + 0xffffffff + 0 = 0xffffffff, no carry */
    arith(bt_XO(3, 4, 0, 0, 234, 0), 0, 0, 0, 0xFFFFFFFFu, 0, 0);
}

static void sub_forms(void **s)
{
    (void)s;
    /* subf rD = rB - rA: 5 - 7 = -2; subfc: borrow -> CA = 0 */
    arith(bt_XO(3, 4, 5, 0, 40, 0), 7, 5, 0, 0xFFFFFFFEu, 0, 0);
    arith(bt_XO(3, 4, 5, 0, 8, 0), 7, 5, 0x20000000u, 0xFFFFFFFEu, 0, 0);
    /* subfc 7 - 5... rB - rA with rA=5 rB=7: 2, no borrow -> CA = 1 */
    arith(bt_XO(3, 4, 5, 0, 8, 0), 5, 7, 0, 2, 0, 0x20000000u);
    /* subfo. 0x80000000 - 1 overflows */
    arith(bt_XO(3, 4, 5, 1, 40, 1), 1, 0x80000000u, 0, 0x7FFFFFFFu, 0x50000000u, 0xC0000000u);
    /* nego of 0x80000000 overflows, result 0x80000000 */
    arith(bt_XO(3, 4, 0, 1, 104, 0), 0x80000000u, 0, 0, 0x80000000u, 0, 0xC0000000u);
    /* subfe: ~1 + 3 + CA(0) = 1, carry out */
    arith(bt_XO(3, 4, 5, 0, 136, 0), 1, 3, 0, 1, 0, 0x20000000u);
}

static void mul_div(void **s)
{
    (void)s;
    /* mullwo 0x10000 * 0x10000 = 2^32: low word 0, overflow */
    arith(bt_XO(3, 4, 5, 1, 235, 0), 0x10000, 0x10000, 0, 0, 0, 0xC0000000u);
    /* mulhw -1 * 1: high word of -1 is 0xffffffff; mulhwu: 0 */
    arith(bt_XO(3, 4, 5, 0, 75, 0), 0xFFFFFFFFu, 1, 0, 0xFFFFFFFFu, 0, 0);
    arith(bt_XO(3, 4, 5, 0, 11, 0), 0xFFFFFFFFu, 1, 0, 0, 0, 0);
    /* divw -7 / 2 = -3 (truncating); divwu 7/2 = 3 */
    arith(bt_XO(3, 4, 5, 0, 491, 0), 0xFFFFFFF9u, 2, 0, 0xFFFFFFFDu, 0, 0);
    arith(bt_XO(3, 4, 5, 0, 459, 1), 7, 2, 0, 3, 0x40000000u, 0);
    /* divwo by zero sets OV and SO (rD undefined: not checked) */
    bt_ctx t;
    bt_new(&t);
    BT_PROG(&t, bt_XO(3, 4, 5, 1, 491, 0), bt_XO(3, 4, 5, 1, 491, 0));
    bt_set(&t, "r4", 5);
    bt_set(&t, "r5", 0);
    bt_run(&t, 1);
    assert_int_equal(bt_get(&t, "xer"), 0xC0000000u);
    bt_set(&t, "r4", 0x80000000u);
    bt_set(&t, "r5", 0xFFFFFFFFu);
    bt_set(&t, "xer", 0);
    bt_run(&t, 1);
    assert_int_equal(bt_get(&t, "xer"), 0xC0000000u);
    bt_free(&t);
    /* mulli 3 * -5 = -15 */
    arith(bt_D(7, 3, 4, (uint32_t)-5), 3, 0, 0, 0xFFFFFFF1u, 0, 0);
}

static void immediates(void **s)
{
    (void)s;
    /* addi with rA = 0 uses the value 0, not r0 */
    bt_ctx t;
    bt_new(&t);
    BT_PROG(&t, bt_D(14, 3, 0, 0x8000), bt_D(15, 6, 0, 0x8000), bt_D(12, 7, 5, 1), bt_D(13, 8, 5, 0),
            bt_D(8, 9, 5, 0));
    bt_set(&t, "r0", 0x1000);
    bt_set(&t, "r5", 0xFFFFFFFF);
    bt_run(&t, 5);
    assert_int_equal(bt_get(&t, "r3"), 0xFFFF8000u);        /* sign-extended */
    assert_int_equal(bt_get(&t, "r6"), 0x80000000u);        /* addis */
    assert_int_equal(bt_get(&t, "r7"), 0);                  /* addic: -1 + 1 carries */
    assert_int_equal(bt_get(&t, "r8"), 0xFFFFFFFFu);        /* addic. -1 + 0: no carry, CR0 LT */
    assert_int_equal(bt_get(&t, "cr"), 0x80000000u);
    /* subfic computes ~rA + imm + 1 = 0 + 0 + 1 = 1 with no carry out */
    assert_int_equal(bt_get(&t, "r9"), 1);
    assert_int_equal(bt_get(&t, "xer") & 0x20000000u, 0);
    bt_free(&t);
}

static void compare(void **s)
{
    (void)s;
    /* cmp cr3, r4, r5 (signed) -1 < 1 -> LT; cmpl cr5 (unsigned) 0xffffffff > 1 -> GT; SO copied */
    bt_ctx t;
    bt_new(&t);
    BT_PROG(&t, bt_X(31, 3 << 2, 4, 5, 0, 0), bt_X(31, 5 << 2, 4, 5, 32, 0), bt_D(11, 7 << 2, 4, (uint32_t)-1),
            bt_D(10, 0, 5, 1));
    bt_set(&t, "r4", 0xFFFFFFFFu);
    bt_set(&t, "r5", 1);
    bt_set(&t, "xer", 0x80000000u);
    bt_run(&t, 4);
    /* cr0 = EQ|SO (cmpli 1,1), cr3 = LT|SO, cr5 = GT|SO, cr7 = EQ|SO (cmpi -1,-1) */
    assert_int_equal(bt_get(&t, "cr"), 0x30090503u);
    bt_free(&t);
}

static void logical_rotate(void **s)
{
    (void)s;
    bt_ctx t;
    bt_new(&t);
    BT_PROG(&t, bt_X(31, 4, 3, 5, 444, 1),                   /* or. r3,r4,r5 */
            bt_X(31, 4, 6, 0, 26, 0),                         /* cntlzw r6,r4 */
            bt_X(31, 0, 7, 0, 26, 1),                         /* cntlzw. r7,r0 (r0 = 0) -> 32, GT */
            bt_M(21, 4, 8, 8, 28, 3, 0),                      /* rlwinm r8,r4,8,28,3 (wrapping mask) */
            bt_M(20, 4, 9, 16, 0, 15, 0),                     /* rlwimi r9,r4,16,0,15 */
            bt_X(31, 4, 10, 0, 954, 0),                       /* extsb r10,r4 */
            bt_X(31, 4, 11, 31, 824, 0),                      /* srawi r11,r4,31 */
            bt_X(31, 4, 12, 5, 536, 0));                      /* srw r12,r4,r5 (r5 = 32) -> 0 */
    bt_set(&t, "r4", 0x00F0F0F0u);
    bt_set(&t, "r5", 0x20);
    bt_set(&t, "r9", 0x11111111u);
    bt_run(&t, 8);
    assert_int_equal(bt_get(&t, "r3"), 0x00F0F0F0u);
    assert_int_equal(bt_get(&t, "r6"), 8);
    assert_int_equal(bt_get(&t, "r7"), 32);
    assert_int_equal(bt_get(&t, "cr") >> 28, 4);             /* GT from cntlzw. (32 > 0) */
    assert_int_equal(bt_get(&t, "r8"), 0xF0000000u | 0x0);   /* rotl 8 = 0xF0F0F000; mask 0xF000000F */
    assert_int_equal(bt_get(&t, "r9"), 0xF0F01111u);
    assert_int_equal(bt_get(&t, "r10"), 0xFFFFFFF0u);
    assert_int_equal(bt_get(&t, "r11"), 0);
    assert_int_equal(bt_get(&t, "r12"), 0);
    bt_free(&t);
    /* sraw r3,r4,r5: -15 >> 2 = -4, and one bits (01) shifted out of a negative value set CA */
    bt_new(&t);
    BT_PROG(&t, bt_X(31, 4, 3, 5, 792, 0));
    bt_set(&t, "r4", 0xFFFFFFF1u);
    bt_set(&t, "r5", 2);
    bt_run(&t, 1);
    assert_int_equal(bt_get(&t, "r3"), 0xFFFFFFFCu);
    assert_int_equal(bt_get(&t, "xer"), 0x20000000u);
    bt_free(&t);
}

static void trap(void **s)
{
    (void)s;
    /* tw 4 (equal) traps: program interrupt, ESR[PTR], SRR0 = the tw */
    bt_ctx t;
    bt_new(&t);
    BT_PROG(&t, bt_X(31, 2, 4, 5, 4, 0), bt_X(31, 4, 4, 5, 4, 0));
    bt_set(&t, "r4", 3);
    bt_set(&t, "r5", 3);
    bt_run(&t, 1);
    assert_int_equal(bt_get(&t, "pc"), BT_CODE + 4);         /* tw LTU: not taken */
    bt_run(&t, 1);
    assert_int_equal(bt_get(&t, "pc"), BT_VEC(6));
    assert_int_equal(bt_get(&t, "srr0"), BT_CODE + 4);
    assert_int_equal(bt_get(&t, "esr"), 0x02000000u);
    bt_free(&t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(add_forms), cmocka_unit_test(sub_forms),      cmocka_unit_test(mul_div),
        cmocka_unit_test(immediates), cmocka_unit_test(compare),       cmocka_unit_test(logical_rotate),
        cmocka_unit_test(trap),
    };
    return cmocka_run_group_tests_name("ppc-booke integer", tests, NULL, NULL);
}
