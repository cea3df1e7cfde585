/* The S/370 trap-and-emulate monitor: Popek-Goldberg's three properties measured on guests that
 * exercise every interpreter routine, every interruption class, the guest's own DAT (shadow tables),
 * channel programs, escape attempts, and nesting to depth 8.  Expected guest results are derived
 * from the guest programs' own logic (their comments), never from a monitored run. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>
#include "monitors/vm.h"
#include "tests/support/sessiont.h"

static uint32_t word(wb_session *s, uint64_t addr)
{
    uint8_t b[4];
    assert_int_equal(s->m->ops->read(s->m, addr, b, 4), WB_OK);
    return (uint32_t)b[0] << 24 | (uint32_t)b[1] << 16 | (uint32_t)b[2] << 8 | b[3];
}

/* Run image bare and under `monitor` at `nest` with --check; assert all three properties. */
static void check_passes(const char *image, const char *monitor, unsigned nest, wb_check_result *r, wb_session *s)
{
    wb_run_config cfg;
    sessiont_config(&cfg, "s370", image, monitor, nest);
    sessiont_check(s, &cfg, r);
    if (!r->equivalence)
        fail_msg("%s under %s at depth %u: not equivalent (exit %d console %d state %d; divergence at %llu)", image,
                 monitor, nest, r->exit_equal, r->console_equal, r->state_equal,
                 (unsigned long long)r->div_bare.count);
    assert_true(r->resource_control);
    assert_int_equal(s->exit.kind, WB_EXIT_HALT);
}

static void tasks_bare_does_what_it_says(void **state)
{
    (void)state;
    wb_run_config cfg;
    wb_session s;
    sessiont_config(&cfg, "s370", sessiont_image("tests/monitors/progs/tasks.elf"), "none", 0);
    sessiont_run(&s, &cfg);
    assert_int_equal(s.exit.kind, WB_EXIT_HALT);
    assert_int_equal(word(&s, 0x1000), 400);        /* 2 passes x 200 SVC 1 */
    assert_int_equal(word(&s, 0x1004), 2 * 20100);  /* 2 x (200 + 199 + ... + 1) */
    assert_int_equal(word(&s, 0x1008), 2);          /* SSM in problem state: privileged operation */
    assert_int_equal(word(&s, 0x100c), 2);          /* once per pass */
    assert_true(word(&s, 0x1010) > 0);              /* CPU-timer interruptions happened */
    assert_int_equal(word(&s, 0x1014), 0x1005);     /* ... with the CPU-timer code */
    wb_session_close(&s);
}

static void tasks_trap_equivalent_at_depths_1_to_8(void **state)
{
    (void)state;
    uint64_t l0[9] = {0};
    for (unsigned n = 1; n <= 8; n++) {
        wb_check_result r;
        wb_session s;
        check_passes(sessiont_image("tests/monitors/progs/tasks.elf"), "trap", n, &r, &s);
        assert_true(r.efficiency);
        wb_vm *inner = (wb_vm *)s.m;
        assert_true(s.m->counters.trapped > 0);                     /* LPSW, SPT, ... emulated */
        assert_true(s.m->counters.reflections >= 400 + 2);          /* SVCs and program checks */
        assert_true(inner->stats.exits[WB_TRAP_SYSCALL] >= 400);
        assert_true(r.direct_share > 0.8);
        l0[n] = wb_session_level0_exits(&s);
        wb_session_close(&s);
    }
    /* a nested guest's exits cost more exits at level 0 */
    assert_true(l0[2] > l0[1]);
}

static void every_privileged_instruction_in_both_states(void **state)
{
    (void)state;
    for (unsigned n = 1; n <= 3; n += 2) {
        wb_check_result r;
        wb_session s;
        check_passes(sessiont_image("tests/monitors/progs/privops.elf"), "trap", n, &r, &s);
        assert_true(r.efficiency);
        /* supervisor state: STIDP's model, ISK of SSK's key, IPK of SPKA's key */
        assert_int_equal(word(&s, 0x1004), 0x31680000);
        assert_int_equal(word(&s, 0x1008) & 0xFE, 0x30);
        assert_int_equal(word(&s, 0x100c) & 0xF0, 0x50);
        /* problem state: each of the 18 gives a privileged-operation exception, logged in order */
        for (unsigned k = 0; k < 18; k++) {
            assert_int_equal(word(&s, 0x1200 + 16 * k) & 0x00010000, 0x00010000);   /* P bit */
            assert_int_equal(word(&s, 0x1208 + 16 * k) >> 16, 0x0002);
        }
        /* STCK is not privileged: it only meets key protection (key 3 storing into key-0 storage) */
        assert_int_equal(word(&s, 0x1208 + 16 * 18) >> 16, 0x0004);
        assert_int_equal(word(&s, 0x1200 + 16 * 19), 0);
        wb_session_close(&s);
    }
}

static void guest_dat_uses_shadow_tables(void **state)
{
    (void)state;
    for (unsigned n = 1; n <= 2; n++) {
        wb_check_result r;
        wb_session s;
        check_passes(sessiont_image("tests/monitors/progs/dat.elf"), "trap", n, &r, &s);
        char buf[9] = {0};
        static const struct {
            uint32_t addr;
            const char *text;
        } pages[] = {{0x3000, "PAGE3000"}, {0x4000, "PAGE4000"}, {0x5000, "PAGE5000"}, {0x7000, "PAGE7000"}};
        for (size_t k = 0; k < 4; k++) {
            s.m->ops->read(s.m, pages[k].addr, buf, 8);
            assert_string_equal(buf, pages[k].text);
        }
        assert_int_equal(word(&s, 0x1100), 0x00100000);   /* segment-translation exception reflected */
        assert_int_equal(word(&s, 0x1104), 0x00110000);   /* with its translation-exception address */
        assert_int_equal(word(&s, 0x1044), 0x400);        /* LRA */
        assert_int_equal(word(&s, 0x104c), 0x3000);
        wb_vm *inner = (wb_vm *)s.m;
        assert_true(inner->stats.shadow_faults > 0);
        assert_true(inner->stats.shadow_flushes >= 2);    /* PTLB, then the new CR0/CR1 */
        wb_session_close(&s);
    }
}

static void hybrid_and_emulate_are_equivalent(void **state)
{
    (void)state;
    wb_check_result r;
    wb_session s;
    check_passes(sessiont_image("tests/monitors/progs/tasks.elf"), "hybrid", 1, &r, &s);
    assert_true(r.efficiency);                    /* virtual user mode ran directly */
    assert_true(s.m->counters.interpreted > 0);   /* virtual supervisor mode was interpreted */
    wb_session_close(&s);
    check_passes(sessiont_image("tests/monitors/progs/tasks.elf"), "emulate", 2, &r, &s);
    assert_true(r.efficiency_na);                 /* emulation gives up efficiency by design: not applicable */
    assert_int_equal(s.m->counters.direct, 0);
    wb_session_close(&s);
}

static void bundled_guests_at_every_depth(void **state)
{
    (void)state;
    static const char *const guests[] = {"guests/s370/hello.elf", "guests/s370/minios.elf", "guests/s370/escaper.elf"};
    for (size_t g = 0; g < 3; g++)
        for (unsigned n = 1; n <= 8; n++) {
            wb_check_result r;
            wb_session s;
            check_passes(sessiont_image(guests[g]), "trap", n, &r, &s);
            assert_true(r.efficiency);
            assert_true(s.console.len > 0);
            if (g == 0)   /* the channel program ran on the virtual console: CCWs relocated */
                assert_string_equal(s.console.out, "HELLO FROM SYSTEM/370\n");
            if (g == 2)
                assert_string_equal(s.console.out, "ESCAPER ALL 7 ATTEMPTS CONFINED\n");
            if (g == 1)
                assert_true(((wb_vm *)s.m)->stats.exits[WB_TRAP_PRIV] > 0);
            wb_session_close(&s);
        }
}

static void minios_io_interruptions_reflected(void **state)
{
    (void)state;
    wb_check_result r;
    wb_session s;
    check_passes(sessiont_image("guests/s370/minios.elf"), "trap", 1, &r, &s);
    assert_true(s.m->counters.traps[WB_TRAP_IO] > 0);        /* I/O interruptions delivered to the guest */
    assert_true(s.m->counters.traps[WB_TRAP_EXTERNAL] > 0);  /* interval-timer interruptions */
    assert_non_null(strstr(s.console.out, "MINIOS ALL TASKS ENDED"));
    wb_session_close(&s);
}

/* Nested trap-and-emulate runs a compute-bound guest directly at every level: nothing interpreted
 * anywhere (a level whose virtual timers mispredicted the next event would interpret instead). */
static void nesting_keeps_every_level_direct(void **state)
{
    (void)state;
    wb_check_result r;
    wb_session s;
    check_passes(sessiont_image("tests/monitors/progs/compute.elf"), "trap", 4, &r, &s);
    assert_true(r.efficiency);
    for (unsigned i = 1; i <= 4; i++) {
        wb_vm *vm = (wb_vm *)s.levels[i];
        assert_int_equal(vm->m.counters.interpreted, 0);
        assert_true(vm->m.counters.direct >= 4500000);
    }
    wb_session_close(&s);
}

static void allocator_refuses_what_does_not_fit(void **state)
{
    (void)state;
    char err[256];
    wb_core_config cfg = {.storage = 1u << 20};
    wb_machine *core = wb_core_create("s370", &cfg, err, sizeof err);
    assert_non_null(core);
    wb_monitor *mon = wb_monitor_create(core, err, sizeof err);
    assert_non_null(mon);
    wb_core_config vc = {0};
    assert_null(wb_vm_create(mon, WB_STRATEGY_TRAP, 1u << 20, &vc, err, sizeof err));
    assert_non_null(strstr(err, "does not fit"));
    wb_machine *a = wb_vm_create(mon, WB_STRATEGY_TRAP, 256u << 10, &vc, err, sizeof err);
    wb_machine *b = wb_vm_create(mon, WB_STRATEGY_TRAP, 256u << 10, &vc, err, sizeof err);
    assert_non_null(a);
    assert_non_null(b);
    /* siblings get disjoint partitions */
    assert_true(((wb_vm *)b)->mon_base >= ((wb_vm *)a)->base + ((wb_vm *)a)->size);
    wb_destroy(a);
    wb_destroy(b);
    wb_monitor_destroy(mon);
    wb_destroy(core);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(tasks_bare_does_what_it_says),
        cmocka_unit_test(tasks_trap_equivalent_at_depths_1_to_8),
        cmocka_unit_test(every_privileged_instruction_in_both_states),
        cmocka_unit_test(guest_dat_uses_shadow_tables),
        cmocka_unit_test(hybrid_and_emulate_are_equivalent),
        cmocka_unit_test(bundled_guests_at_every_depth),
        cmocka_unit_test(minios_io_interruptions_reflected),
        cmocka_unit_test(nesting_keeps_every_level_direct),
        cmocka_unit_test(allocator_refuses_what_does_not_fit),
    };
    return cmocka_run_group_tests_name("s370 monitor", tests, NULL, NULL);
}
