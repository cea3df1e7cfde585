/* The bundled S/370 guests, run in-process as vmwb runs them: loaded from their ELF images,
 * started IPL-style (the PSW at location 0), run to their disabled wait.  The expectations come
 * from the guests' own design (guests/s370/hello.S, minios.S): the text they print, the system
 * calls they make, the order of each task's lines. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include "common/loader.h"
#include "s370/s370.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    wb_console con;
    s370_cpu *c;
    wb_exit exit;
} run_result;

static void guest_path(char *out, size_t n, const char *name)
{
    const char *build = getenv("BUILD");
    snprintf(out, n, "%s/guests/s370/%s.elf", build && *build ? build : "build", name);
}

static void run_guest(run_result *r, const char *name, uint64_t budget)
{
    char path[512], err[256];
    guest_path(path, sizeof path, name);
    wb_console_init(&r->con);
    wb_core_config cfg = {.console = &r->con};
    r->c = (s370_cpu *)s370_create(&cfg, err, sizeof err);
    assert_non_null(r->c);
    wb_load_info li;
    if (wb_load_file(&r->c->m, path, false, 0, &li, err, sizeof err) != WB_OK)
        fail_msg("%s", err);
    assert_int_equal(r->c->m.ops->start(&r->c->m, false, 0), WB_OK);
    r->exit = wb_run(&r->c->m, budget);
}

static void free_result(run_result *r)
{
    wb_destroy(&r->c->m);
    wb_console_free(&r->con);
}

static void hello_prints_and_halts(void **state)
{
    (void)state;
    run_result r;
    run_guest(&r, "hello", 10000);
    assert_int_equal(r.exit.kind, WB_EXIT_HALT);
    assert_string_equal(r.con.out, "HELLO FROM SYSTEM/370\n");
    /* the final PSW: disabled wait at address 0 (not the refusal or program-check stops) */
    uint64_t psw = s370_psw_value(r.c);
    assert_true(r.c->wait);
    assert_int_equal(psw >> 56, 0);
    assert_int_equal(psw & 0xFFFFFF, 0);
    assert_int_equal(r.c->m.counters.traps[WB_TRAP_IO], 1);
    assert_int_equal(r.c->m.counters.traps[WB_TRAP_PROGRAM], 0);
    free_result(&r);
}

/* Index of line within text, or -1. */
static int line_index(const char *text, const char *line)
{
    int i = 0;
    for (const char *p = text; *p; i++) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        if (len == strlen(line) && memcmp(p, line, len) == 0)
            return i;
        if (!nl)
            break;
        p = nl + 1;
    }
    return -1;
}

static void minios_runs_two_tasks_to_the_end(void **state)
{
    (void)state;
    run_result r;
    run_guest(&r, "minios", 2000000);
    assert_int_equal(r.exit.kind, WB_EXIT_HALT);
    assert_true(r.c->wait);
    assert_int_equal(s370_psw_value(r.c) & 0xFFFFFF, 0);   /* the normal end, not 0xBAD/0xF00 */
    const char *out = r.con.out;
    assert_non_null(out);
    assert_int_equal(line_index(out, "MINIOS SUPERVISOR WITH TWO TASKS"), 0);
    /* 1 banner + 4 lines of task A + 3 of task B + the last line */
    assert_int_equal(line_index(out, "MINIOS ALL TASKS ENDED"), 8);
    int a[4], b[3];
    char name[16];
    for (int i = 0; i < 4; i++) {
        snprintf(name, sizeof name, "TASK A %d", i + 1);
        a[i] = line_index(out, name);
        assert_true(a[i] > 0);
        if (i)
            assert_true(a[i] > a[i - 1]);
    }
    for (int i = 0; i < 3; i++) {
        snprintf(name, sizeof name, "TASK B %d", i + 1);
        b[i] = line_index(out, name);
        assert_true(b[i] > 0);
        if (i)
            assert_true(b[i] > b[i - 1]);
    }
    /* the tasks interleave: B has printed before A's last line, A before B's last */
    assert_true(b[0] < a[3]);
    assert_true(a[0] < b[2]);
    /* task A: 4 writes + exit; task B: 3 writes + 3 yields + exit */
    assert_int_equal(r.c->m.counters.traps[WB_TRAP_SYSCALL], 12);
    /* the interval timer preempted task A's long computations */
    assert_true(r.c->m.counters.traps[WB_TRAP_EXTERNAL] >= 2);
    /* one I/O interruption per line written */
    assert_int_equal(r.c->m.counters.traps[WB_TRAP_IO], 9);
    assert_int_equal(r.c->m.counters.traps[WB_TRAP_PROGRAM], 0);
    /* each task stored only into its own block: keys 2 and 3 as the supervisor set them */
    assert_int_equal(r.c->keys[0x1000 / S370_KEYBLOCK] & 0xF0, 0x20);
    assert_int_equal(r.c->keys[0x1800 / S370_KEYBLOCK] & 0xF0, 0x30);
    free_result(&r);
}

static void minios_is_deterministic(void **state)
{
    (void)state;
    run_result r1, r2;
    uint8_t d1[32], d2[32];
    run_guest(&r1, "minios", 2000000);
    run_guest(&r2, "minios", 2000000);
    assert_int_equal(r1.exit.kind, WB_EXIT_HALT);
    assert_int_equal(r2.exit.kind, WB_EXIT_HALT);
    assert_string_equal(r1.con.out, r2.con.out);
    assert_int_equal(r1.c->m.counters.insns, r2.c->m.counters.insns);
    assert_int_equal(r1.c->clock, r2.c->clock);
    wb_digest(&r1.c->m, d1);
    wb_digest(&r2.c->m, d2);
    assert_memory_equal(d1, d2, 32);
    free_result(&r1);
    free_result(&r2);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(hello_prints_and_halts),
        cmocka_unit_test(minios_runs_two_tasks_to_the_end),
        cmocka_unit_test(minios_is_deterministic),
    };
    return cmocka_run_group_tests_name("s370 guests", tests, NULL, NULL);
}
