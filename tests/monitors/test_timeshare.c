/* Many VMs under one monitor (issue 8): the dispatcher (monitors/timeshare.c) on a scripted machine, and
 * whole configurations (frontends/common/multi.c) whose every guest must end exactly as it does alone on
 * a bare machine of its size -- same exit, same console text, same state digest -- while the monitor's
 * own storage stays untouched.  The reference is always a solo bare run, never a monitored one. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include "frontends/common/multi.h"
#include "common/sha256.h"
#include "monitors/vm.h"
#include "tests/support/sessiont.h"

/* ---------- the dispatcher on a scripted machine ---------- */

/* A machine that runs `work` instructions, then ends with `last`. */
typedef struct {
    wb_machine m;
    uint64_t work;
    wb_exit_kind last;
    char log[256];     /* shared: one letter per slice, in dispatch order */
    char *shared;
} fake;

static wb_exit fake_run(wb_machine *m, uint64_t budget)
{
    fake *f = (fake *)m;
    wb_exit e;
    memset(&e, 0, sizeof e);
    uint64_t left = f->work - m->counters.insns;
    uint64_t n = budget < left ? budget : left;
    m->counters.insns += n;
    size_t l = strlen(f->shared);
    f->shared[l] = f->log[0];
    f->shared[l + 1] = 0;
    e.kind = m->counters.insns < f->work ? WB_EXIT_BUDGET : f->last;
    return e;
}

static const wb_machine_ops fake_ops = {.run = fake_run};

static void fake_init(fake *f, char name, uint64_t work, wb_exit_kind last, char *shared)
{
    memset(f, 0, sizeof *f);
    f->m.ops = &fake_ops;
    f->work = work;
    f->last = last;
    f->log[0] = name;
    f->shared = shared;
}

static void round_robin_retires_halted_and_waiting(void **state)
{
    (void)state;
    char order[256] = "";
    fake a, b, c;
    fake_init(&a, 'a', 250, WB_EXIT_HALT, order);   /* 3 slices of 100 */
    fake_init(&b, 'b', 100, WB_EXIT_WAIT, order);   /* 1 slice, then waits for good */
    fake_init(&c, 'c', 500, WB_EXIT_HALT, order);   /* 5 slices */
    wb_timeshare ts;
    wb_ts_init(&ts, 100, 0);
    assert_true(wb_ts_add(&ts, &a.m));
    assert_true(wb_ts_add(&ts, &b.m));
    assert_true(wb_ts_add(&ts, &c.m));
    wb_ts_run(&ts);
    assert_string_equal(order, "abcacaccc");
    assert_int_equal(ts.vms[0].state, WB_TS_HALTED);
    assert_int_equal(ts.vms[1].state, WB_TS_WAITING);
    assert_int_equal(ts.vms[2].state, WB_TS_HALTED);
    assert_int_equal(ts.dispatches, 9);
    assert_int_equal(ts.switches, 6);            /* the last two slices of c need no switch */
    assert_int_equal(ts.real_insns, 850);
    assert_int_equal(ts.vms[1].finished_at, 200); /* a's 100 + b's 100 */
    assert_true(wb_ts_share(&ts, 2) > 0.588 && wb_ts_share(&ts, 2) < 0.589);   /* 500 / 850 */
    assert_int_equal(wb_ts_runnable(&ts), 0);
    assert_false(wb_ts_dispatch(&ts));
}

static void budget_stops_a_vm_that_never_ends(void **state)
{
    (void)state;
    char order[256] = "";
    fake a, b;
    fake_init(&a, 'a', 1000000, WB_EXIT_HALT, order);
    fake_init(&b, 'b', 30, WB_EXIT_HALT, order);
    wb_timeshare ts;
    wb_ts_init(&ts, 40, 100);   /* each VM may spend 100 instructions */
    wb_ts_add(&ts, &a.m);
    wb_ts_add(&ts, &b.m);
    wb_ts_run(&ts);
    assert_string_equal(order, "abaa");          /* 40 + 40 + the 20 left */
    assert_int_equal(ts.vms[0].state, WB_TS_FAILED);
    assert_int_equal(ts.vms[0].exit.kind, WB_EXIT_BUDGET);
    assert_int_equal(ts.vms[0].insns, 100);
    assert_int_equal(ts.vms[1].state, WB_TS_HALTED);
}

/* ---------- configurations ---------- */

static void add_vm(wb_run_config *c, int n, const char *guest, const char *storage, unsigned nest, int host)
{
    char err[256], sec[16], v[16];
    snprintf(sec, sizeof sec, "vm.%d", n);
    assert_true(wb_config_set(c, sec, "guest", guest, err, sizeof err));
    if (storage)
        assert_true(wb_config_set(c, sec, "storage", storage, err, sizeof err));
    if (nest) {
        snprintf(v, sizeof v, "%u", nest);
        assert_true(wb_config_set(c, sec, "nest", v, err, sizeof err));
    }
    if (host) {
        snprintf(v, sizeof v, "%d", host);
        assert_true(wb_config_set(c, sec, "host", v, err, sizeof err));
    }
}

static void base_config(wb_run_config *c, const char *core, const char *monitor, uint64_t quantum)
{
    wb_config_defaults(c);
    snprintf(c->core, sizeof c->core, "%s", core);
    snprintf(c->monitor, sizeof c->monitor, "%s", monitor);
    c->quantum = quantum;
}

/* Every guest VM of an opened and run configuration ends as its solo bare run does. */
static void assert_each_as_solo_bare(wb_multi *mu)
{
    assert_true(wb_multi_host_unchanged(mu));
    for (unsigned i = 0; i < mu->n; i++) {
        wb_multi_vm *x = &mu->vms[i];
        if (x->ts_index < 0)
            continue;
        wb_run_config bc;
        wb_config_defaults(&bc);
        snprintf(bc.core, sizeof bc.core, "%s", mu->core->name);
        snprintf(bc.guest, sizeof bc.guest, "%s", x->spec.guest);
        bc.storage = x->spec.storage;
        wb_session bare;
        sessiont_run(&bare, &bc);
        assert_int_equal(bare.exit.kind, WB_EXIT_HALT);
        assert_int_equal(x->s.exit.kind, WB_EXIT_HALT);
        assert_int_equal(mu->ts.vms[x->ts_index].state, WB_TS_HALTED);
        assert_int_equal(x->s.console.len, bare.console.len);
        assert_memory_equal(x->s.console.out, bare.console.out, bare.console.len);
        uint8_t d1[32], d2[32];
        wb_digest(bare.m, d1);
        wb_digest(x->s.m, d2);
        if (memcmp(d1, d2, 32) != 0)
            fail_msg("vm.%d (%s, depth %u) differs from its solo bare run", x->spec.number, x->spec.guest,
                     x->s.depth);
        wb_session_close(&bare);
    }
}

static wb_multi *open_run(const wb_run_config *c)
{
    wb_multi *mu = malloc(sizeof *mu);
    assert_non_null(mu);
    char err[1024];
    if (!wb_multi_open(mu, c, err, sizeof err))
        fail_msg("open: %s", err);
    wb_multi_run(mu);
    return mu;
}

static void close_free(wb_multi *mu)
{
    wb_multi_close(mu);
    free(mu);
}

static void four_minios_and_escaper_trap(void **state)
{
    (void)state;
    wb_run_config c;
    base_config(&c, "s370", "trap", 1000);
    for (int n = 1; n <= 4; n++)
        add_vm(&c, n, "minios", "256K", 0, 0);
    add_vm(&c, 5, "escaper", "256K", 0, 0);
    wb_multi *mu = open_run(&c);
    assert_each_as_solo_bare(mu);
    /* time-sliced, not run one after another */
    for (unsigned i = 0; i < 4; i++)
        assert_true(mu->ts.vms[i].slices > 10);
    assert_true(mu->ts.switches > 40);
    /* four identical guests get identical shares; the escaper stops early */
    assert_true(wb_ts_share(&mu->ts, 0) == wb_ts_share(&mu->ts, 3));
    assert_true(wb_ts_share(&mu->ts, 4) < 0.01);
    /* disjoint partitions, in order */
    for (unsigned i = 1; i < 5; i++) {
        wb_vm *p = (wb_vm *)mu->vms[i - 1].s.levels[1], *q = (wb_vm *)mu->vms[i].s.levels[1];
        assert_true(p->base + p->size <= q->mon_base);
    }
    close_free(mu);
}

/* VM 3 nested two deep; VM 6 runs a monitor of its own that time-shares VMs 7 and 8 at level 2. */
static void nested_config(wb_run_config *c, uint64_t quantum)
{
    base_config(c, "s370", "trap", quantum);
    add_vm(c, 1, "minios", "256K", 0, 0);
    add_vm(c, 2, "minios", "256K", 0, 0);
    add_vm(c, 3, "minios", "256K", 2, 0);
    add_vm(c, 4, "minios", "256K", 0, 0);
    add_vm(c, 5, "escaper", "256K", 0, 0);
    add_vm(c, 6, "none", NULL, 0, 0);
    add_vm(c, 7, "minios", "128K", 0, 6);
    add_vm(c, 8, "escaper", "128K", 0, 6);
}

static void nested_among_siblings(void **state)
{
    (void)state;
    wb_run_config c;
    nested_config(&c, 1000);
    wb_multi *mu = open_run(&c);
    assert_each_as_solo_bare(mu);
    assert_int_equal(mu->vms[2].s.depth, 2);
    assert_int_equal(mu->vms[6].s.depth, 2);
    assert_ptr_equal(mu->vms[6].s.levels[1], mu->vms[5].s.levels[1]);   /* VM 7 lives inside VM 6 */
    assert_int_equal(mu->vms[5].ts_index, -1);                          /* VM 6 only hosts */
    close_free(mu);
}

/* The dispatch sequence (who ran, how many instructions) as a digest. */
static void run_recorded(const wb_run_config *c, uint8_t seq[32], uint8_t states[WB_MAX_VMS][32], uint64_t *sw)
{
    wb_multi *mu = malloc(sizeof *mu);
    assert_non_null(mu);
    char err[1024];
    if (!wb_multi_open(mu, c, err, sizeof err))
        fail_msg("open: %s", err);
    wb_sha256 h;
    wb_sha256_init(&h);
    uint64_t prev[WB_TS_MAX] = {0};
    while (wb_ts_dispatch(&mu->ts)) {
        int i = mu->ts.last;
        uint64_t rec[2] = {(uint64_t)i, mu->ts.vms[i].insns - prev[i]};
        prev[i] = mu->ts.vms[i].insns;
        wb_sha256_update(&h, rec, sizeof rec);
    }
    wb_sha256_final(&h, seq);
    for (unsigned i = 0; i < mu->n; i++)
        if (mu->vms[i].ts_index >= 0)
            wb_digest(mu->vms[i].s.m, states[i]);
    *sw = mu->ts.switches;
    close_free(mu);
}

static void same_configuration_same_interleaving(void **state)
{
    (void)state;
    wb_run_config c;
    nested_config(&c, 777);
    uint8_t s1[32], s2[32], st1[WB_MAX_VMS][32] = {{0}}, st2[WB_MAX_VMS][32] = {{0}};
    uint64_t w1, w2;
    run_recorded(&c, s1, st1, &w1);
    run_recorded(&c, s2, st2, &w2);
    assert_memory_equal(s1, s2, 32);
    assert_memory_equal(st1, st2, sizeof st1);
    assert_int_equal(w1, w2);
    assert_true(w1 > 100);
}

static void expect_refusal(const wb_run_config *c, const char *a, const char *b)
{
    wb_multi *mu = malloc(sizeof *mu);
    assert_non_null(mu);
    char err[1024];
    assert_false(wb_multi_open(mu, c, err, sizeof err));
    free(mu);
    if (!strstr(err, a) || !strstr(err, b))
        fail_msg("message '%s' lacks '%s' or '%s'", err, a, b);
}

static void allocator_refuses_what_does_not_fit(void **state)
{
    (void)state;
    wb_run_config c;
    /* a real machine of 512K cannot hold two 256K guests with their tables */
    base_config(&c, "s370", "trap", 1000);
    c.storage = 512 * 1024;
    add_vm(&c, 1, "minios", "256K", 0, 0);
    add_vm(&c, 2, "minios", "256K", 0, 0);
    expect_refusal(&c, "vm.2", "does not fit");
    /* seventeen 1M guests need more than the S/370's 16M */
    base_config(&c, "s370", "trap", 1000);
    for (int n = 1; n <= 17; n++)
        add_vm(&c, n, "minios", NULL, 0, 0);
    expect_refusal(&c, "the real machine for 17 VMs needs", "range");
    /* a hosting VM too small for what it hosts */
    base_config(&c, "s370", "trap", 1000);
    add_vm(&c, 1, "none", "128K", 0, 0);
    add_vm(&c, 2, "minios", "128K", 0, 1);
    expect_refusal(&c, "vm.2 (level 2)", "does not fit");
    /* configuration mistakes are named */
    base_config(&c, "s370", "trap", 1000);
    add_vm(&c, 1, "minios", NULL, 0, 3);
    expect_refusal(&c, "vm.1", "names no [vm.3]");
    base_config(&c, "s370", "trap", 1000);
    add_vm(&c, 1, "none", NULL, 0, 0);
    expect_refusal(&c, "vm.1", "no guest");
    base_config(&c, "s370", "trap", 1000);
    add_vm(&c, 1, "minios", NULL, 0, 0);
    char err[256];
    assert_true(wb_config_set(&c, "vm.1", "core", "m68000", err, sizeof err));
    expect_refusal(&c, "vm.1", "share its core");
}

static void sixteen_vms(void **state)
{
    (void)state;
    wb_run_config c;
    base_config(&c, "s370", "trap", 500);
    for (int n = 1; n <= 15; n++)
        add_vm(&c, n, "minios", "64K", 0, 0);
    add_vm(&c, 16, "escaper", "64K", 0, 0);
    wb_multi *mu = open_run(&c);
    assert_int_equal(mu->ts.n, 16);
    assert_each_as_solo_bare(mu);
    for (unsigned i = 1; i < 15; i++)
        assert_true(wb_ts_share(&mu->ts, i) == wb_ts_share(&mu->ts, 0));
    close_free(mu);
}

static void pdp10_hybrid_siblings(void **state)
{
    (void)state;
    wb_run_config c;
    base_config(&c, "pdp10", "hybrid", 500);
    add_vm(&c, 1, "minios", "32K", 0, 0);
    add_vm(&c, 2, "escaper", "32K", 0, 0);
    add_vm(&c, 3, "minios", "32K", 0, 0);
    wb_multi *mu = open_run(&c);
    assert_true(mu->ts.switches > 50);
    assert_each_as_solo_bare(mu);
    close_free(mu);
}

static void m68k_siblings_every_strategy(void **state)
{
    (void)state;
    static const char *const strat[] = {"trap", "hybrid", "scan", "emulate"};
    wb_run_config c;
    base_config(&c, "m68000", "trap", 37);
    for (int n = 1; n <= 4; n++) {
        char err[256], sec[16];
        add_vm(&c, n, n % 2 ? "minios" : "escaper", NULL, 0, 0);
        snprintf(sec, sizeof sec, "vm.%d", n);
        assert_true(wb_config_set(&c, sec, "monitor", strat[n - 1], err, sizeof err));
    }
    wb_multi *mu = open_run(&c);
    assert_true(mu->ts.switches > 100);
    assert_each_as_solo_bare(mu);
    close_free(mu);
}

/* SPARC: the paging guest runs with its MMU on (shadow tables) beside the others */
static void sparc_trap_siblings(void **state)
{
    (void)state;
    wb_run_config c;
    base_config(&c, "sparc", "trap", 97);
    add_vm(&c, 1, "minios", NULL, 0, 0);
    add_vm(&c, 2, "escaper", NULL, 0, 0);
    add_vm(&c, 3, "paging", NULL, 0, 0);
    add_vm(&c, 4, "minios", NULL, 0, 0);
    wb_multi *mu = open_run(&c);
    assert_true(mu->ts.switches > 1000);   /* the two minios alternate to the end */
    assert_each_as_solo_bare(mu);
    close_free(mu);
}

/* Book E: siblings share the host's TLB; each VM puts its own shadow entries back (and drops the
 * sibling's) when it is dispatched after another */
static void booke_trap_siblings(void **state)
{
    (void)state;
    wb_run_config c;
    base_config(&c, "ppc-booke", "trap", 97);
    add_vm(&c, 1, "minios", NULL, 0, 0);
    add_vm(&c, 2, "escaper", NULL, 0, 0);
    add_vm(&c, 3, "minios", NULL, 0, 0);
    add_vm(&c, 4, "detector", NULL, 0, 0);
    wb_multi *mu = open_run(&c);
    assert_true(mu->ts.switches > 100);
    assert_each_as_solo_bare(mu);
    close_free(mu);
}

static void vm_flag_and_keys_parse(void **state)
{
    (void)state;
    wb_run_config c;
    wb_config_defaults(&c);
    char err[256];
    assert_true(wb_config_add_vm(&c, "s370:minios", err, sizeof err));
    assert_true(wb_config_add_vm(&c, "s370:escaper:hybrid:3", err, sizeof err));
    assert_int_equal(c.nvms, 2);
    assert_int_equal(c.vms[1].number, 2);
    assert_string_equal(c.vms[1].guest, "escaper");
    assert_string_equal(c.vms[1].monitor, "hybrid");
    assert_int_equal(c.vms[1].nest, 3);
    assert_false(wb_config_add_vm(&c, "s370", err, sizeof err));
    assert_non_null(strstr(err, "CORE:GUEST"));
    assert_false(wb_config_add_vm(&c, "s370:minios:bogus", err, sizeof err));
    assert_non_null(strstr(err, "bogus"));
    assert_true(wb_config_set_arg(&c, "vm.7.storage=64K", err, sizeof err));
    assert_int_equal(c.vms[2].number, 7);
    assert_int_equal(c.vms[2].storage, 65536);
    assert_false(wb_config_set(&c, "vm.0", "guest", "minios", err, sizeof err));
    assert_false(wb_config_set(&c, "vm.1", "colour", "red", err, sizeof err));
    assert_non_null(strstr(err, "vm.1.colour"));
    assert_false(wb_config_set(&c, "vm.1", "host", "1", err, sizeof err));
    assert_true(wb_config_set(&c, "run", "quantum", "123", err, sizeof err));
    assert_int_equal(c.quantum, 123);
}

/* ---------- the command line ---------- */

static int sh(char *out, size_t outlen, const char *cmd)
{
    const char *vmwb = getenv("VMWB");
    char full[2048];
    snprintf(full, sizeof full, "%s %s 2>&1", vmwb ? vmwb : "./vmwb", cmd);
    FILE *p = popen(full, "r");
    assert_non_null(p);
    size_t n = fread(out, 1, outlen - 1, p);
    out[n] = 0;
    int st = pclose(p);
    return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

static unsigned count(const char *hay, const char *needle)
{
    unsigned n = 0;
    for (const char *p = strstr(hay, needle); p; p = strstr(p + 1, needle))
        n++;
    return n;
}

static void cli_demo_and_vm_flag(void **state)
{
    (void)state;
    static char out[1 << 20];
    /* the bundled demo: 7 guests and one hosting VM, all halt, monitor untouched */
    assert_int_equal(sh(out, sizeof out, "run demos/timesharing-s370.ini --json -"), 0);
    assert_non_null(strstr(out, "\"monitor\": \"timeshare\""));
    assert_non_null(strstr(out, "\"monitor_storage_unchanged\": true"));
    assert_int_equal(count(out, "\"vm\": "), 8);
    assert_int_equal(count(out, "\"state\": \"halted\""), 7);
    assert_int_equal(count(out, "\"state\": \"hosting\""), 1);
    assert_int_equal(count(out, "\"share\": "), 7);
    /* --vm, repeatable; consoles under headers */
    assert_int_equal(sh(out, sizeof out, "run --vm s370:minios:trap:2 --vm s370:escaper --quantum 500 --console -"), 0);
    assert_non_null(strstr(out, "==== vm.1 (minios) ====\nMINIOS SUPERVISOR"));
    assert_non_null(strstr(out, "==== vm.2 (escaper) ====\nESCAPER ALL 7 ATTEMPTS CONFINED"));
    /* the SDL console, headless: one pane per guest VM of the same file, each ends as its solo run */
    assert_int_equal(sh(out, sizeof out, "console demos/timesharing-s370.ini --frames 100 --stats"), 0);
    assert_int_equal(count(out, "42649 instructions, halted: disabled wait"), 5);   /* the five minios */
    assert_non_null(strstr(out, "pane 8: s370, trap, nest 2: 85 instructions, halted"));
    /* usage errors exit 2 with the reason */
    assert_int_equal(sh(out, sizeof out, "run --vm s370"), 2);
    assert_non_null(strstr(out, "CORE:GUEST"));
    assert_int_equal(sh(out, sizeof out, "run --storage 300K --vm s370:minios --vm s370:minios"), 2);
    assert_non_null(strstr(out, "does not fit"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(round_robin_retires_halted_and_waiting),
        cmocka_unit_test(budget_stops_a_vm_that_never_ends),
        cmocka_unit_test(four_minios_and_escaper_trap),
        cmocka_unit_test(nested_among_siblings),
        cmocka_unit_test(same_configuration_same_interleaving),
        cmocka_unit_test(allocator_refuses_what_does_not_fit),
        cmocka_unit_test(sixteen_vms),
        cmocka_unit_test(pdp10_hybrid_siblings),
        cmocka_unit_test(m68k_siblings_every_strategy),
        cmocka_unit_test(sparc_trap_siblings),
        cmocka_unit_test(booke_trap_siblings),
        cmocka_unit_test(vm_flag_and_keys_parse),
        cmocka_unit_test(cli_demo_and_vm_flag),
    };
    char guests[1024];
    snprintf(guests, sizeof guests, "%s", sessiont_image("guests"));   /* $BUILD/guests */
    setenv("VMWB_GUESTS", guests, 1);
    return cmocka_run_group_tests(tests, NULL, NULL);
}
