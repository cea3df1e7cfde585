/* The S/370 core's own mechanisms: PSW formats, interruptions, wait/halt, budget, time. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include "tests/support/s370t.h"
#include <stdlib.h>

static void psw_bc_roundtrip(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    uint64_t psw = 0xFE3712344A000400ull;   /* masks, key 3, BC, M W P, code, ILC 1 (2 bytes), cc 0, pm A */
    s370_psw_set(c, psw);
    assert_int_equal(c->pkey, 3);
    assert_false(c->ec);
    assert_true(c->problem);
    assert_true(c->wait);
    assert_int_equal(c->pmask, 0xA);
    assert_int_equal(c->ia, 0x400);
    c->ilc = 2;
    assert_int_equal(s370_psw_value(c), psw);
    s370t_free(c);
}

static void psw_ec_invalid_bits_specification(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    uint8_t good[8] = {0x07, 0x08, 0x20, 0x00, 0x00, 0x00, 0x10, 0x00};   /* EC, cc 2 */
    assert_int_equal(s370_psw_load(c, good), 0);
    assert_true(c->ec);
    assert_int_equal(c->cc, 2);
    assert_int_equal(s370_psw_value(c), 0x0708200000001000ull);
    uint8_t bad[8] = {0x07, 0x08, 0x00, 0x00, 0x01, 0x00, 0x10, 0x00};     /* bit 39 set */
    assert_int_equal(s370_psw_load(c, bad), S370_PGM_SPECIFICATION);
    s370t_free(c);
}

static void unassigned_opcode_is_operation_exception(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    S370T_CODE(c, 0x400, 0x0000);           /* opcode 00 is never assigned */
    wb_exit e = s370t_run(c, 0x400, 10);
    assert_int_equal(e.kind, WB_EXIT_HALT);
    assert_int_equal(s370t_pgm_code(c), S370_PGM_OPERATION);
    /* BC old PSW: ILC 1 (2 bytes), IA past the instruction */
    uint64_t old = s370t_get8(c, S370_PSA_PGM_OLD);
    assert_int_equal((old >> 30) & 3, 1);
    assert_int_equal(old & 0xFFFFFF, 0x402);
    assert_int_equal(c->ia, S370T_PGM_STOP);
    s370t_free(c);
}

static void odd_instruction_address_is_specification(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    c->m.ops->start(&c->m, true, 0x400);
    c->ia = 0x401;
    wb_exit e = wb_run(&c->m, 5);
    assert_int_equal(e.kind, WB_EXIT_HALT);
    assert_int_equal(s370t_pgm_code(c), S370_PGM_SPECIFICATION);
    s370t_free(c);
}

static void trap_to_host_returns_exit_without_psw_swap(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    c->m.trap_to_host = true;
    S370T_CODE(c, 0x400, 0x0000);
    wb_exit e = s370t_run(c, 0x400, 10);
    assert_int_equal(e.kind, WB_EXIT_TRAP);
    assert_int_equal(e.trap.kind, WB_TRAP_PROGRAM);
    assert_int_equal(e.trap.code, S370_PGM_OPERATION);
    assert_int_equal(e.trap.addr, 0x400);
    assert_int_equal(e.trap.ilen, 2);
    assert_int_equal(s370t_get8(c, S370_PSA_PGM_OLD), 0);   /* nothing stored */
    assert_int_equal(c->ia, 0x402);
    s370t_free(c);
}

static void budget_exit_and_wait_halt(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    c->m.ops->start(&c->m, true, 0x400);
    s370_psw_set(c, 0x0002000000000400ull);   /* disabled wait */
    wb_exit e = wb_run(&c->m, 100);
    assert_int_equal(e.kind, WB_EXIT_HALT);
    /* enabled wait with all external subclasses masked and no I/O: never ends -> wait exit */
    s370_psw_set(c, 0x0102000000000400ull);
    c->cr[0] = 0;
    e = wb_run(&c->m, 100);
    assert_int_equal(e.kind, WB_EXIT_WAIT);
    s370t_free(c);
}

static void interval_timer_interrupts_deterministically(void **state)
{
    (void)state;
    uint64_t seen[2];
    for (int run = 0; run < 2; run++) {
        s370_cpu *c = s370t_new(65536);
        s370t_set4(c, S370_PSA_ITIMER, 0x00000200);   /* two ticks of bit 23 */
        /* enabled wait for the external interruption: interval timer mask is on after reset */
        c->m.ops->start(&c->m, true, 0x400);
        s370_psw_set(c, 0x0102000000000400ull);
        wb_exit e = wb_run(&c->m, 100);
        assert_int_equal(e.kind, WB_EXIT_HALT);        /* ext new PSW is a disabled wait */
        assert_int_equal(c->ia, S370T_EXT_STOP);
        assert_int_equal((s370t_get8(c, S370_PSA_EXT_OLD) >> 32) & 0xFFFF, S370_EXT_INTERVAL_TIMER);
        assert_true((int32_t)s370t_get4(c, S370_PSA_ITIMER) < 0);
        seen[run] = c->clock;
        s370t_free(c);
    }
    assert_int_equal(seen[0], seen[1]);
    assert_int_equal(seen[0], 10000);   /* third tick of 1/300 s: 3 * 3333.3 us */
}

static void tod_advances_one_microsecond_per_instruction(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    S370T_CODE(c, 0x400, 0x0700, 0x0700, 0x0700, 0x0700);   /* BCR 0,0 = no-op, if defined */
    uint64_t t0 = s370_tod(c);
    c->clock += 4;
    assert_int_equal(s370_tod(c) - t0, 4u << 12);
    s370_set_tod(c, 0x1234000000000000ull);
    assert_int_equal(s370_tod(c), 0x1234000000000000ull);
    s370_set_cpu_timer(c, 4096 * 10);
    c->clock += 11;
    s370_timers_update(c);
    assert_true(c->pending & S370_PEND_CPT);
    s370t_free(c);
}

/* The comparator's next event is computed from the TOD as it stands: an epoch set just below zero
 * (a monitor keeping a guest's TOD) must not make the event look due now. */
static void comparator_event_with_wrapped_epoch(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    c->clock = 100;
    s370_set_tod(c, 50u << 12);                   /* tod_base = (50 - 100) << 12: wraps */
    s370_set_clock_comp(c, UINT64_MAX);           /* never */
    assert_true(s370_next_timer_event(c) > c->clock);
    s370_set_clock_comp(c, (60u << 12) + 5);      /* exceeded after 11 more microseconds */
    assert_int_equal(s370_next_timer_event(c), 111);   /* the interval timer ticks later, at 3333 */
    s370t_free(c);
}

static void save_restore_roundtrip(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    c->gr[5] = 0x12345678;
    c->mem[0x1000] = 0xAB;
    c->keys[1] = 0x30;
    size_t n = c->m.ops->state_size(&c->m);
    void *buf = malloc(n);
    c->m.ops->save(&c->m, buf);
    uint8_t d1[32], d2[32];
    wb_digest(&c->m, d1);
    c->gr[5] = 0;
    c->mem[0x1000] = 0;
    c->keys[1] = 0;
    c->m.ops->restore(&c->m, buf);
    wb_digest(&c->m, d2);
    assert_memory_equal(d1, d2, 32);
    assert_int_equal(c->gr[5], 0x12345678);
    assert_int_equal(c->keys[1], 0x30);
    free(buf);
    s370t_free(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(psw_bc_roundtrip),
        cmocka_unit_test(psw_ec_invalid_bits_specification),
        cmocka_unit_test(unassigned_opcode_is_operation_exception),
        cmocka_unit_test(odd_instruction_address_is_specification),
        cmocka_unit_test(trap_to_host_returns_exit_without_psw_swap),
        cmocka_unit_test(budget_exit_and_wait_halt),
        cmocka_unit_test(interval_timer_interrupts_deterministically),
        cmocka_unit_test(tod_advances_one_microsecond_per_instruction),
        cmocka_unit_test(comparator_event_with_wrapped_epoch),
        cmocka_unit_test(save_restore_roundtrip),
    };
    return cmocka_run_group_tests_name("s370 core", tests, NULL, NULL);
}
