/* The KA10 monitors (monitors/pdp10/): hybrid equivalence at depths 1-4, trap-and-emulate's failure
 * at the JRST 1 it never sees (Popek & Goldberg), confinement of a guest that tries to escape, the
 * counters, and the composition of relocation registers. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "monitors/pdp10/vmm.h"
#include "tests/support/sessiont.h"

static const char *guest(const char *name)
{
    static char rel[128];
    snprintf(rel, sizeof rel, "guests/pdp10/%s.img", name);
    return sessiont_image(rel);
}

static bool console_has(const wb_session *s, const char *text)
{
    size_t n = strlen(text);
    for (size_t i = 0; i + n <= s->console.len; i++)
        if (memcmp(s->console.out + i, text, n) == 0)
            return true;
    return false;
}

static uint64_t word_of(const wb_check_step *st)
{
    uint64_t w = 0;
    for (int i = 0; i < 5; i++)
        w = w << 8 | st->insn[i];
    return w;
}

static void check_guest(const char *name, const char *strategy, unsigned nest, wb_session *s, wb_check_result *r)
{
    wb_run_config cfg;
    sessiont_config(&cfg, "pdp10", guest(name), strategy, nest);
    cfg.max_insns = 2000000;
    sessiont_check(s, &cfg, r);
}

/* Theorem 3: the hybrid monitor is equivalent at every depth, confines the guest and runs every
 * innocuous user-mode instruction directly. */
static void test_hybrid_minios_depths(void **state)
{
    (void)state;
    for (unsigned n = 1; n <= 4; n++) {
        wb_session s;
        wb_check_result r;
        check_guest("minios", "hybrid", n, &s, &r);
        assert_int_equal(s.exit.kind, WB_EXIT_HALT);
        assert_true(r.equivalence);
        assert_true(r.resource_control);
        assert_true(r.efficiency);
        assert_true(console_has(&s, "A4"));
        assert_true(console_has(&s, "B4"));
        assert_true(console_has(&s, "jobs done, exits 02"));
        wb_counters *c = &s.m->counters;
        assert_int_equal(c->direct + c->trapped + c->interpreted, c->insns);
        /* the jobs' loops dominate and run in user mode: most instructions run directly */
        assert_true(r.direct_share > 0.5);
        wb_session_close(&s);
    }
}

static void test_hybrid_detector_depths(void **state)
{
    (void)state;
    for (unsigned n = 1; n <= 4; n++) {
        wb_session s;
        wb_check_result r;
        check_guest("detector", "hybrid", n, &s, &r);
        assert_true(r.equivalence);
        assert_true(r.resource_control);
        assert_true(console_has(&s, "1 JSR PC-word flags 000000"));
        assert_true(console_has(&s, "2 CONO in user mode trapped"));
        assert_true(console_has(&s, "verdict: bare machine"));
        wb_session_close(&s);
    }
}

/* Forced trap-and-emulate: the executive's JRST 1 runs in real user mode as a plain jump; the first
 * divergence is the next instruction, which the bare machine runs in user mode and the monitor as
 * executive; the instruction before it is that JRST 1 (opcode 254, AC 1). */
static void test_trap_fails_at_jrst1(void **state)
{
    (void)state;
    wb_session s;
    wb_check_result r;
    check_guest("minios", "trap", 1, &s, &r);
    assert_false(r.equivalence);
    assert_true(r.has_divergence);
    assert_false(r.div_bare.supervisor);
    assert_true(r.div_vm.supervisor);
    assert_true(r.div_vm.direct);
    assert_int_equal(r.div_bare.addr, 0400);          /* JOB: the user program's first word */
    assert_int_equal(r.div_vm.addr, 0400);            /* the same address, unrelocated */
    assert_true(r.div_prev.valid);
    assert_int_equal(word_of(&r.div_prev) >> 23, 0254u << 4 | 1);   /* JRST 1, */
    assert_true(r.div_prev.supervisor);
    assert_int_equal(r.div_prev.count + 1, r.div_bare.count);
    /* the monitor itself stays protected */
    assert_true(r.resource_control);
    wb_session_close(&s);
}

/* The detector sees through trap-and-emulate (the JSR's PC word carries USER, the CONO goes
 * through), but not through the hybrid monitor (above). */
static void test_trap_detected(void **state)
{
    (void)state;
    wb_session s;
    wb_check_result r;
    check_guest("detector", "trap", 1, &s, &r);
    assert_false(r.equivalence);
    assert_true(r.resource_control);
    assert_true(console_has(&s, "1 JSR PC-word flags 010000"));
    assert_true(console_has(&s, "NOT trapped"));
    assert_true(console_has(&s, "verdict: VIRTUALIZED"));
    wb_session_close(&s);
}

/* A guest that never enters user mode is handled correctly by trap-and-emulate too. */
static void test_trap_hello(void **state)
{
    (void)state;
    for (unsigned n = 1; n <= 2; n++) {
        wb_session s;
        wb_check_result r;
        check_guest("hello", "trap", n, &s, &r);
        assert_true(r.equivalence);
        assert_true(r.resource_control);
        assert_true(s.m->counters.direct > 0);
        assert_true(s.m->counters.trapped > 0);
        assert_int_equal(s.m->counters.interpreted, 0);
        wb_session_close(&s);
    }
}

/* The escaper fails inside the VM exactly as on the bare machine; storage outside its segment (the
 * canary) and every monitor's own storage are unchanged. */
static void test_escaper_confined(void **state)
{
    (void)state;
    for (unsigned n = 1; n <= 4; n++) {
        wb_session s;
        wb_check_result r;
        check_guest("escaper", "hybrid", n, &s, &r);
        assert_true(r.equivalence);
        assert_true(r.resource_control);
        assert_true(console_has(&s, "PPPU700 U700 U700 U254 U254 P"));
        assert_true(console_has(&s, "contained, canary intact, violations 011"));
        uint64_t canary = 0;
        assert_int_equal(s.m->ops->read(s.m, 030000, &canary, 1), WB_OK);
        assert_int_equal(canary, 0525252525252ull);
        /* the words just past the job's segment were never written */
        uint64_t past = 1;
        assert_int_equal(s.m->ops->read(s.m, 022000, &past, 1), WB_OK);
        assert_int_equal(past, 0);
        wb_session_close(&s);
    }
}

/* Counters: MUUOs and protection violations leave the host and are reflected; the monitor loads the
 * host's relocation (a privileged operation); one level up, those are privileged operations the
 * level-1 VM receives. */
static void test_counters(void **state)
{
    (void)state;
    wb_session s;
    wb_check_result r;
    check_guest("minios", "hybrid", 2, &s, &r);
    wb_vm *inner = (wb_vm *)s.levels[2];
    wb_vm *outer = (wb_vm *)s.levels[1];
    /* 2 jobs x 5 lines x 4 TYPEs + 2 EXITs = 42 MUUOs, each trapped and reflected */
    assert_int_equal(inner->stats.exits[WB_TRAP_SYSCALL], 42);
    assert_int_equal(inner->m.counters.trapped, 42);
    assert_int_equal(inner->m.counters.reflections, 42);
    assert_true(inner->stats.host_ops > 0);
    assert_int_equal(outer->stats.privops_received, inner->stats.host_ops);
    assert_true(inner->m.counters.interpreted > 0);
    assert_true(inner->m.counters.direct > inner->m.counters.interpreted);
    wb_session_close(&s);

    check_guest("escaper", "hybrid", 1, &s, &r);
    wb_vm *vm = (wb_vm *)s.levels[1];
    /* MOVEM 2000, MOVE 400000, MOVEM 10000, BLT past 1777 */
    assert_int_equal(vm->stats.exits[WB_TRAP_MMU], 4);
    /* DATAO, CONO, CONO, HALT, JRST 10: in-out and HALT/JEN without User-IOT */
    assert_int_equal(vm->stats.exits[WB_TRAP_PRIV], 5);
    assert_int_equal(vm->stats.exits[WB_TRAP_SYSCALL], 1);   /* EXIT */
    wb_session_close(&s);
}

/* Composition of relocation (SRM 2.14): DATAO APR word = Pl<<28 | Ph<<19 | hwp<<18 | Rl<<10 | Rh<<1
 * in 1K units. */
static void test_compose(void **state)
{
    (void)state;
    pdp10_cpu v;
    memset(&v, 0, sizeof v);
    uint64_t w;
    /* executive mode: the whole 64K partition at 10000 */
    assert_true(pdp10_vmm_compose(&v, 010000, 0200000, false, &w));
    assert_int_equal(w, (077ull << 28) | (004ull << 10));
    /* a 2K low segment at 20000 in the guest: at 30000 on the host */
    v.pl = 03777;
    v.rl = 020000;
    v.ph = 01777;
    assert_true(pdp10_vmm_compose(&v, 010000, 0200000, true, &w));
    assert_int_equal(w, (001ull << 28) | (014ull << 10));
    /* a high segment 400000-401777 at guest 40000, write-protected */
    v.ph = 0401777;
    v.rh = (040000u - 0400000u) & 0777777u;
    v.hwp = true;
    assert_true(pdp10_vmm_compose(&v, 010000, 0200000, true, &w));
    /* guest Rh = 40000 - 400000 = 440000 (mod 2^18); host Rh = 440000 + 10000 = 450000 = 224 K */
    assert_int_equal(w, (001ull << 28) | (0200ull << 19) | (1ull << 18) | (014ull << 10) | (0224ull << 1));
    /* a low segment reaching past the guest's 64K: not expressible, interpret */
    v.ph = 01777;
    v.hwp = false;
    v.rl = 0170000;
    v.pl = 017777;
    assert_false(pdp10_vmm_compose(&v, 010000, 0200000, true, &w));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_hybrid_minios_depths), cmocka_unit_test(test_hybrid_detector_depths),
        cmocka_unit_test(test_trap_fails_at_jrst1),  cmocka_unit_test(test_trap_detected),
        cmocka_unit_test(test_trap_hello),           cmocka_unit_test(test_escaper_confined),
        cmocka_unit_test(test_counters),             cmocka_unit_test(test_compose),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
