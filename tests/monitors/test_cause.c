/* --check names the instruction that breaks equivalence when the wrong strategy is forced: the first
 * instruction after which a program-visible register or the mode differs between the bare and the
 * monitored run.  Popek and Goldberg's two examples: the PDP-10's JRST 1 and the 68000's MOVE from SR. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>
#include "tests/support/sessiont.h"

static void run_check(const char *core, const char *guest, const char *monitor, wb_check_result *r)
{
    wb_run_config cfg;
    wb_session s;
    sessiont_config(&cfg, core, "", monitor, 1);
    cfg.nloads = 0;
    snprintf(cfg.guest, sizeof cfg.guest, "%s", guest);
    sessiont_check(&s, &cfg, r);
    wb_session_close(&s);
}

static void pdp10_trap_fails_at_jrst_1(void **state)
{
    (void)state;
    wb_check_result r;
    run_check("pdp10", "minios", "trap", &r);
    assert_false(r.equivalence);
    assert_true(r.cause.valid);
    /* the instruction word: opcode 254 (JRST) with AC field 1, in the image's byte order */
    uint64_t w = 0;
    for (unsigned i = 0; i < r.cause.ilen && i < 8; i++)
        w = w << 8 | r.cause.insn[i];
    assert_int_equal((w >> 27) & 0777, 0254);
    assert_int_equal((w >> 23) & 017, 1);
    assert_true(r.cause.supervisor);   /* executed in (virtual) executive mode */
    run_check("pdp10", "minios", "hybrid", &r);
    assert_true(r.equivalence);
    assert_false(r.cause.valid);
}

static void m68000_trap_fails_at_move_from_sr(void **state)
{
    (void)state;
    wb_check_result r;
    run_check("m68000", "detector", "trap", &r);
    assert_false(r.equivalence);
    assert_true(r.cause.valid);
    /* MOVE from SR: 0100 0000 11 <ea> (PRM) */
    assert_int_equal(r.cause.insn[0], 0x40);
    assert_int_equal(r.cause.insn[1] & 0xC0, 0xC0);
    run_check("m68000", "detector", "emulate", &r);
    assert_true(r.equivalence);
    assert_true(r.efficiency_na);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(pdp10_trap_fails_at_jrst_1),
        cmocka_unit_test(m68000_trap_fails_at_move_from_sr),
    };
    return cmocka_run_group_tests_name("check: cause of a divergence", tests, NULL, NULL);
}
