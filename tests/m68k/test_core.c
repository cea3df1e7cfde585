/* 68k instruction semantics worked out by hand from the PRM (the single-step suite covers the
 * whole set against an oracle; these document a few cases), and robustness: random
 * instruction streams must end in architected exceptions, never a host crash or hang. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "tests/m68k/m68kt.h"

static wb_exit run(m68k_cpu *c, uint64_t n) { return wb_run(&c->m, n); }

/* ADD.W D1,D0 with 0x7FFF + 0x0001: 0x8000, N and V set, C and X clear (PRM ADD). */
static void add_overflow_flags(void **state)
{
    (void)state;
    m68k_cpu *c = m68kt_new("m68000");
    M68KT_CODE_AT(c, M68KT_CODE, 0xD041, 0x4E40);     /* ADD.W D1,D0; TRAP #0 */
    c->d[0] = 0x12347FFF;
    c->d[1] = 0x00000001;
    run(c, 10);
    assert_int_equal(c->d[0], 0x12348000);
    assert_int_equal(m68kt_r16(c, M68KT_SSP - 6) & 0x1F, SR_N | SR_V);
    wb_destroy(&c->m);
}

/* DIVU.W #2,D0 with 0x00020000: quotient 0x10000 does not fit: V set, D0 unchanged. */
static void divu_overflow_keeps_operand(void **state)
{
    (void)state;
    m68k_cpu *c = m68kt_new("m68000");
    M68KT_CODE_AT(c, M68KT_CODE, 0x80FC, 0x0002, 0x4E40);
    c->d[0] = 0x00020000;
    run(c, 10);
    assert_int_equal(c->d[0], 0x00020000);
    assert_int_equal(m68kt_r16(c, M68KT_SSP - 6) & SR_V, SR_V);
    /* 7 / 2 = 3 remainder 1 */
    c->m.ops->start(&c->m, true, M68KT_CODE);
    c->a[7] = M68KT_SSP;
    c->d[0] = 7;
    run(c, 10);
    assert_int_equal(c->d[0], 0x00010003);
    wb_destroy(&c->m);
}

/* ABCD D1,D0: 0x19 + 0x28 + X(1) = decimal 48; SBCD: 0x45 - 0x17 = 0x28 (PRM ABCD, SBCD). */
static void bcd_arithmetic(void **state)
{
    (void)state;
    m68k_cpu *c = m68kt_new("m68000");
    M68KT_CODE_AT(c, M68KT_CODE, 0xC101, 0x8503, 0x4E40);   /* ABCD D1,D0; SBCD D3,D2; TRAP #0 */
    c->d[0] = 0x19;
    c->d[1] = 0x28;
    c->d[2] = 0x45;
    c->d[3] = 0x17;
    c->sr = 0x2710;                                   /* X set: added by ABCD */
    run(c, 10);
    assert_int_equal(c->d[0] & 0xFF, 0x48);
    assert_int_equal(c->d[2] & 0xFF, 0x28);
    assert_int_equal(m68kt_r16(c, M68KT_SSP - 6) & (SR_X | SR_C), 0);
    wb_destroy(&c->m);
}

/* MOVEM.L D0-D1/A0,-(A7) stores D0 at the lowest address and leaves A7 12 lower;
 * MOVEM.W (A7)+,D2-D3 sign-extends. */
static void movem_predecrement_and_extend(void **state)
{
    (void)state;
    m68k_cpu *c = m68kt_new("m68000");
    M68KT_CODE_AT(c, M68KT_CODE, 0x48E7, 0xC080,       /* MOVEM.L D0-D1/A0,-(A7) */
                  0x4C9F, 0x000C,                     /* MOVEM.W (A7)+,D2-D3 */
                  0x4E40);
    c->d[0] = 0x11112222;
    c->d[1] = 0x8000FFFF;
    c->a[0] = 0x0000ABCD;
    run(c, 1);
    assert_int_equal(c->a[7], M68KT_SSP - 12);
    assert_int_equal(m68kt_r32(c, M68KT_SSP - 12), 0x11112222);
    assert_int_equal(m68kt_r32(c, M68KT_SSP - 8), 0x8000FFFF);
    assert_int_equal(m68kt_r32(c, M68KT_SSP - 4), 0x0000ABCD);
    run(c, 10);
    assert_int_equal(c->d[2], 0x00001111);
    assert_int_equal(c->d[3], 0x00002222);
    wb_destroy(&c->m);
}

/* Shifts: ASL.B #1 of 0x40 overflows into the sign (V); ROXR.W #1 through X. */
static void shift_flags(void **state)
{
    (void)state;
    m68k_cpu *c = m68kt_new("m68000");
    M68KT_CODE_AT(c, M68KT_CODE, 0xE300, 0x4E40);     /* ASL.B #1,D0 */
    c->d[0] = 0x40;
    run(c, 10);
    assert_int_equal(c->d[0], 0x80);
    assert_int_equal(m68kt_r16(c, M68KT_SSP - 6) & 0x1F, SR_N | SR_V);
    wb_destroy(&c->m);

    c = m68kt_new("m68000");
    M68KT_CODE_AT(c, M68KT_CODE, 0xE251, 0x4E40);     /* ROXR.W #1,D1 */
    c->d[1] = 0x0001;
    c->sr = 0x2710;                                   /* X in: becomes bit 15 */
    run(c, 10);
    assert_int_equal(c->d[1], 0x8000);
    assert_int_equal(m68kt_r16(c, M68KT_SSP - 6) & 0x1F, SR_X | SR_N | SR_C);
    wb_destroy(&c->m);
}

/* Random memory, random vectors, random registers: every run must end with a defined exit,
 * whatever the instruction stream does (under ASan/UBSan in make check-asan). */
static void random_streams_are_safe(void **state)
{
    (void)state;
    uint32_t seed = 12345;
    const char *models[] = {"m68000", "m68010"};
    for (int round = 0; round < 32; round++) {
        m68k_cpu *c = m68kt_new(models[round & 1]);
        c->m.trap_to_host = (round & 2) != 0;
        for (uint32_t a = 0; a < 0x20000; a++) {
            seed = seed * 1103515245u + 12345u;
            c->mem[a] = (uint8_t)(seed >> 16);
        }
        if (round & 20) {  /* sane vectors: keep running through many exceptions */
            for (unsigned v = 2; v < 256; v++)
                m68kt_w32(c, 4 * v, 0x2000 + 2 * v);
        }
        if (round & 8) {   /* MMU on with a few random segments */
            for (unsigned i = 0; i < 8; i++) {
                seed = seed * 1103515245u + 12345u;
                c->seg[i] = (m68k_segment){seed & 0xFFFF00, (seed >> 8) & 0xFFFF, (seed >> 4) & 0xFFFF00,
                                           (uint16_t)(seed & 3)};
            }
            c->mmu_ctrl = 1;
        }
        for (int i = 0; i < 8; i++) {
            seed = seed * 1103515245u + 12345u;
            c->d[i] = seed;
            seed = seed * 1103515245u + 12345u;
            c->a[i] = i == 7 ? 0x7000 : seed;
        }
        for (int k = 0; k < 400; k++) {
            wb_exit e = run(c, 5000);
            assert_true(e.kind <= WB_EXIT_TRAP);
            if (e.kind == WB_EXIT_HALT || e.kind == WB_EXIT_WAIT || e.kind == WB_EXIT_TRAP) {
                seed = seed * 1103515245u + 12345u;
                c->m.ops->start(&c->m, true, (seed >> 8) & 0x1FFFE);
                if (seed & 1)
                    m68k_set_sr(c, (uint16_t)(seed >> 16));
            }
        }
        if (getenv("M68KT_VERBOSE"))
            printf("round %d: %llu instructions\n", round, (unsigned long long)c->m.counters.insns);
        assert_true(c->m.counters.insns > 0);
        wb_destroy(&c->m);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(add_overflow_flags),
        cmocka_unit_test(divu_overflow_keeps_operand),
        cmocka_unit_test(bcd_arithmetic),
        cmocka_unit_test(movem_predecrement_and_extend),
        cmocka_unit_test(shift_flags),
        cmocka_unit_test(random_streams_are_safe),
    };
    return cmocka_run_group_tests_name("m68k instructions", tests, NULL, NULL);
}
