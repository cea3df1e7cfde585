/* Arithmetic tests and program control: CAI CAM JUMP SKIP AOS SOJ AOBJ, JSR JSP JSA JRA, PUSHJ
 * POPJ PUSH POP, XCT, JFCL, JRST variants, UUOs (SRM 2.6, 2.9-2.12). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include "tests/pdp10/pdp10t.h"

#define I pdp10t_ins

static void compares_and_skips(void **s)
{
    (void)s;
    pdp10_cpu *c = pdp10t_new(16384);
    c->ac[1] = 0777777777777;                          /* -1 */
    pdp10t_one(c, I(0301, 1, 0, 0, 0));               /* CAIL 1,0: -1 < 0 skips */
    assert_int_equal(c->pc, 01002);
    pdp10t_one(c, I(0307, 1, 0, 0, 0));               /* CAIG: no */
    assert_int_equal(c->pc, 01001);
    pdp10t_put(c, 02000, 0777777777777);
    pdp10t_one(c, I(0312, 1, 0, 0, 02000));           /* CAME */
    assert_int_equal(c->pc, 01002);
    pdp10t_one(c, I(0314, 1, 0, 0, 02000));           /* CAMA always */
    assert_int_equal(c->pc, 01002);
    pdp10t_halt_at(c, 03000);
    pdp10t_one(c, I(0321, 1, 0, 0, 03000));           /* JUMPL */
    assert_int_equal(c->pc, 03000);
    pdp10t_one(c, I(0322, 1, 0, 0, 03000));           /* JUMPE: no */
    assert_int_equal(c->pc, 01001);
    pdp10t_put(c, 02000, 5);
    pdp10t_one(c, I(0336, 2, 0, 0, 02000));           /* SKIPN 2,2000: skips and loads AC 2 */
    assert_int_equal(c->pc, 01002);
    assert_int_equal(c->ac[2], 5);
    c->ac[0] = 0123;
    pdp10t_one(c, I(0330, 0, 0, 0, 02000));           /* SKIP 0,: AC 0 is not loaded */
    assert_int_equal(c->ac[0], 0123);
    assert_int_equal(c->pc, 01001);
    pdp10t_free(c);
}

static void aos_soj_aobj(void **s)
{
    (void)s;
    pdp10_cpu *c = pdp10t_new(16384);
    pdp10t_put(c, 02000, 0377777777777);
    pdp10t_one(c, I(0350, 3, 0, 0, 02000));           /* AOS 3,2000: overflow flags, AC loaded */
    assert_int_equal(pdp10t_get(c, 02000), 0400000000000);
    assert_int_equal(c->ac[3], 0400000000000);
    assert_int_equal(c->flags, PDP10_AROV | PDP10_CRY1);
    c->flags = 0;
    pdp10t_put(c, 02000, 1);
    pdp10t_one(c, I(0372, 0, 0, 0, 02000));           /* SOSE: 0, skips */
    assert_int_equal(c->pc, 01002);
    assert_int_equal(c->flags, PDP10_CRY0 | PDP10_CRY1);
    c->flags = 0;
    pdp10t_halt_at(c, 03000);
    c->ac[4] = 2;
    pdp10t_one(c, I(0367, 4, 0, 0, 03000));           /* SOJG 4,3000: 1 > 0 jumps */
    assert_int_equal(c->ac[4], 1);
    assert_int_equal(c->pc, 03000);
    c->ac[5] = pdp10t_xwd(0777776, 0100);
    pdp10t_one(c, I(0253, 5, 0, 0, 03000));           /* AOBJN: -1,,101 still negative */
    assert_int_equal(c->ac[5], pdp10t_xwd(0777777, 0101));
    assert_int_equal(c->pc, 03000);
    pdp10t_one(c, I(0253, 5, 0, 0, 03000));           /* 0,,102: falls through */
    assert_int_equal(c->ac[5], pdp10t_xwd(0, 0102));
    assert_int_equal(c->pc, 01001);
    c->ac[5] = pdp10t_xwd(0, 0777777);
    pdp10t_one(c, I(0252, 5, 0, 0, 03000));           /* KA10: the right half carries into the left */
    assert_int_equal(c->ac[5], pdp10t_xwd(2, 0));
    assert_int_equal(c->pc, 03000);
    pdp10t_free(c);
}

static void subroutine_calls(void **s)
{
    (void)s;
    pdp10_cpu *c = pdp10t_new(16384);
    pdp10t_halt_at(c, 02001);
    c->flags = PDP10_AROV;
    pdp10t_one(c, I(0264, 0, 0, 0, 02000));           /* JSR 2000 */
    assert_int_equal(pdp10t_get(c, 02000), pdp10t_xwd(0400000, 01001));
    assert_int_equal(c->pc, 02001);
    pdp10t_halt_at(c, 03000);
    pdp10t_one(c, I(0265, 1, 0, 0, 03000));           /* JSP 1,3000 */
    assert_int_equal(c->ac[1], pdp10t_xwd(0400000, 01001));
    assert_int_equal(c->pc, 03000);
    c->ac[2] = 0555;
    pdp10t_one(c, I(0266, 2, 0, 0, 02000));           /* JSA 2,2000 */
    assert_int_equal(pdp10t_get(c, 02000), 0555);
    assert_int_equal(c->ac[2], pdp10t_xwd(02000, 01001));
    assert_int_equal(c->pc, 02001);
    pdp10t_one(c, I(0267, 2, 0, 0, 03000));           /* JRA 2,3000: AC from C(2000) */
    assert_int_equal(c->ac[2], 0555);
    assert_int_equal(c->pc, 03000);
    pdp10t_free(c);
}

static void pushdown(void **s)
{
    (void)s;
    pdp10_cpu *c = pdp10t_new(16384);
    c->flags = 0;
    pdp10t_halt_at(c, 03000);
    c->ac[017] = pdp10t_xwd(0777773, 0100);           /* -5,,100 */
    pdp10t_one(c, I(0260, 017, 0, 0, 03000));         /* PUSHJ 17,3000 */
    assert_int_equal(c->ac[017], pdp10t_xwd(0777774, 0101));
    assert_int_equal(pdp10t_get(c, 0101), pdp10t_xwd(0, 01001));
    assert_int_equal(c->pc, 03000);
    pdp10t_one(c, I(0263, 017, 0, 0, 0));             /* POPJ 17, */
    assert_int_equal(c->ac[017], pdp10t_xwd(0777773, 0100));
    assert_int_equal(c->pc, 01001);
    pdp10t_put(c, 02000, 0444);
    pdp10t_one(c, I(0261, 017, 0, 0, 02000));         /* PUSH 17,2000 */
    assert_int_equal(pdp10t_get(c, 0101), 0444);
    pdp10t_one(c, I(0262, 017, 0, 0, 02001));         /* POP 17,2001 */
    assert_int_equal(pdp10t_get(c, 02001), 0444);
    assert_int_equal(c->ac[017], pdp10t_xwd(0777773, 0100));
    assert_false(c->pdl_flag);
    c->ac[017] = pdp10t_xwd(0777777, 0200);
    pdp10t_one(c, I(0261, 017, 0, 0, 02000));         /* count runs out: pushdown overflow */
    assert_int_equal(c->ac[017], pdp10t_xwd(0, 0201));
    assert_true(c->pdl_flag);
    pdp10t_free(c);
}

static void xct_jfcl(void **s)
{
    (void)s;
    pdp10_cpu *c = pdp10t_new(16384);
    pdp10t_put(c, 02000, I(0201, 1, 0, 0, 5));          /* MOVEI 1,5 */
    pdp10t_one(c, I(0256, 0, 0, 0, 02000));           /* XCT 2000 */
    assert_int_equal(c->ac[1], 5);
    assert_int_equal(c->pc, 01001);
    pdp10t_put(c, 02000, I(0334, 0, 0, 0, 0));          /* SKIPA: skips relative to the XCT */
    pdp10t_one(c, I(0256, 0, 0, 0, 02000));
    assert_int_equal(c->pc, 01002);
    pdp10t_halt_at(c, 03000);
    c->flags = PDP10_AROV | PDP10_CRY0;
    pdp10t_one(c, I(0255, 010, 0, 0, 03000));         /* JOV: jumps, clears AROV only */
    assert_int_equal(c->pc, 03000);
    assert_int_equal(c->flags, PDP10_CRY0);
    pdp10t_one(c, I(0255, 001, 0, 0, 03000));         /* JFOV: no FOV, no jump */
    assert_int_equal(c->pc, 01001);
    pdp10t_free(c);
}

static void jrst_variants(void **s)
{
    (void)s;
    pdp10_cpu *c = pdp10t_new(16384);
    pdp10t_halt_at(c, 03000);
    /* JRSTF in executive mode restores every flag from the indirect word */
    pdp10t_put(c, 02000, pdp10t_xwd(0404000, 03000));  /* AROV USERIO,,3000 */
    pdp10t_one(c, I(0254, 2, 1, 0, 02000));           /* JRSTF @2000 */
    assert_int_equal(c->pc, 03000);
    assert_int_equal(c->flags, PDP10_AROV | PDP10_USERIO);
    /* JRST 1, enters user mode and never traps */
    c->flags = 0;
    pdp10t_put(c, 01000, I(0254, 1, 0, 0, 0100));       /* JRST 1,100 */
    pdp10t_halt_at(c, 0100);
    wb_exit e = pdp10t_run(c, 01000, 1);
    assert_int_equal(e.kind, WB_EXIT_BUDGET);
    assert_int_equal(c->pc, 0100);
    assert_true(c->flags & PDP10_USER);
    /* from user mode JRSTF cannot leave user mode; User-IOT can only be cleared */
    c->flags = PDP10_USER;
    pdp10t_put(c, 0101, I(0254, 2, 1, 0, 0102));        /* JRSTF @102 */
    pdp10t_put(c, 0102, pdp10t_xwd(0004000, 0100));     /* USERIO, USER clear,,100 */
    c->pc = 0101;
    e = wb_run(&c->m, 1);
    assert_int_equal(c->pc, 0100);
    assert_int_equal(c->flags, PDP10_USER);
    /* a HALT in executive mode ends the run with PC = E */
    c->flags = 0;
    e = pdp10t_one(c, I(0254, 4, 0, 0, 04000));
    assert_int_equal(e.kind, WB_EXIT_HALT);
    assert_int_equal(c->pc, 04000);
    pdp10t_free(c);
}

static void uuos(void **s)
{
    (void)s;
    pdp10_cpu *c = pdp10t_new(16384);
    /* LUUO in executive mode: instruction with E to 40, then 41 executed in place */
    pdp10t_put(c, 041, I(0264, 0, 0, 0, 03000));        /* JSR 3000 */
    pdp10t_halt_at(c, 03001);
    pdp10t_one(c, I(0012, 5, 0, 0, 0777));
    assert_int_equal(pdp10t_get(c, 040), I(0012, 5, 0, 0, 0777));
    assert_int_equal(pdp10t_get(c, 03000), pdp10t_xwd(0, 01001));
    assert_int_equal(c->pc, 03001);
    /* MUUO: the same through absolute 40/41 */
    c->ac[3] = 0100;
    pdp10t_one(c, I(0047, 2, 0, 3, 1));               /* CALLI-style MUUO with index */
    assert_int_equal(pdp10t_get(c, 040), I(0047, 2, 0, 0, 0101));
    assert_int_equal(c->m.counters.traps[WB_TRAP_SYSCALL], 1);
    /* KA10: the codes 100-127 trap through 60/61 */
    pdp10t_put(c, 061, I(0265, 0, 0, 0, 03001));        /* JSP 0,3001 */
    pdp10t_one(c, I(0110, 1, 0, 0, 02000));           /* (KI10 DFAD) */
    assert_int_equal(pdp10t_get(c, 060), I(0110, 1, 0, 0, 02000));
    assert_int_equal(c->pc, 03001);
    /* trap_to_host: a MUUO returns to the host with the state intact */
    c->m.trap_to_host = true;
    pdp10t_put(c, 040, 0);
    wb_exit e = pdp10t_one(c, I(0040, 1, 0, 0, 0123));
    assert_int_equal(e.kind, WB_EXIT_TRAP);
    assert_int_equal(e.trap.kind, WB_TRAP_SYSCALL);
    assert_int_equal(e.trap.code, PDP10_TRAP_MUUO);
    assert_int_equal(e.trap.addr, 01000);
    assert_int_equal(e.trap.fault, I(0040, 1, 0, 0, 0123));
    assert_int_equal(c->pc, 01000);
    assert_int_equal(pdp10t_get(c, 040), 0);
    pdp10t_free(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(compares_and_skips), cmocka_unit_test(aos_soj_aobj), cmocka_unit_test(subroutine_calls),
        cmocka_unit_test(pushdown),           cmocka_unit_test(xct_jfcl),     cmocka_unit_test(jrst_variants),
        cmocka_unit_test(uuos),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
