/* SPARC loads, stores, atomics, alternate spaces, state registers (V8 B.1-B.9, B.28, B.29). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include "tests/sparc/sparct.h"

enum { LD = 0x00, LDUB = 0x01, LDUH = 0x02, LDD = 0x03, ST = 0x04, STB = 0x05, STH = 0x06, STD = 0x07,
       LDSB = 0x09, LDSH = 0x0A, LDSTUB = 0x0D, SWAP = 0x0F, LDA = 0x10, STA = 0x14, SWAPA = 0x1F,
       RDY = 0x28, RDPSR = 0x29, RDWIM = 0x2A, RDTBR = 0x2B, WRY = 0x30, WRPSR = 0x31, WRWIM = 0x32, WRTBR = 0x33 };

static sparc_cpu *setup(void)
{
    sparc_cpu *c = st_new();
    sparc_set(c, L0, ST_DATA);
    st_put(c, ST_DATA, 0x89ABCDEFu);
    st_put(c, ST_DATA + 4, 0x01234567u);
    return c;
}

static void loads_extend_by_size_and_sign(void **s)
{
    (void)s;
    sparc_cpu *c = setup();
    ST_RUN(c, 5, F3I(3, G1, LDUB, L0, 0), F3I(3, G2, LDSB, L0, 0), F3I(3, G3, LDUH, L0, 2), F3I(3, G4, LDSH, L0, 0),
           F3I(3, G5, LD, L0, 4));
    assert_int_equal(sparc_get(c, G1), 0x89);
    assert_int_equal(sparc_get(c, G2), 0xFFFFFF89u);
    assert_int_equal(sparc_get(c, G3), 0xCDEF);
    assert_int_equal(sparc_get(c, G4), 0xFFFF89ABu);
    assert_int_equal(sparc_get(c, G5), 0x01234567u);
    wb_destroy(&c->m);
}

static void stores_write_big_endian(void **s)
{
    (void)s;
    sparc_cpu *c = setup();
    sparc_set(c, G1, 0x11223344u);
    ST_RUN(c, 2, F3I(3, G1, STB, L0, 1), F3I(3, G1, STH, L0, 6));
    assert_int_equal(st_get(c, ST_DATA), 0x8944CDEFu);
    assert_int_equal(st_get(c, ST_DATA + 4), 0x01233344u);
    wb_destroy(&c->m);
}

static void ldd_std_pairs_and_odd_rd_illegal(void **s)
{
    (void)s;
    sparc_cpu *c = setup();
    ST_RUN(c, 1, F3I(3, G2, LDD, L0, 0));
    assert_int_equal(sparc_get(c, G2), 0x89ABCDEFu);
    assert_int_equal(sparc_get(c, G3), 0x01234567u);
    sparc_set(c, O0, 0xAAAAAAAAu);
    sparc_set(c, O1, 0x55555555u);
    ST_RUN(c, 1, F3I(3, O0, STD, L0, 8));
    assert_int_equal(st_get(c, ST_DATA + 8), 0xAAAAAAAAu);
    assert_int_equal(st_get(c, ST_DATA + 12), 0x55555555u);
    c->m.trap_to_host = true;
    wb_exit e = ST_RUN(c, 1, F3I(3, G3, LDD, L0, 0));
    assert_int_equal(e.trap.code, TT_ILLEGAL);
    wb_destroy(&c->m);
}

static void misaligned_access_traps_and_writes_nothing(void **s)
{
    (void)s;
    sparc_cpu *c = setup();
    c->m.trap_to_host = true;
    sparc_set(c, G1, 5);
    wb_exit e = ST_RUN(c, 1, F3I(3, G1, LD, L0, 2));
    assert_int_equal(e.trap.code, TT_ALIGN);
    assert_int_equal(sparc_get(c, G1), 5);
    e = ST_RUN(c, 1, F3I(3, G1, STH, L0, 1));
    assert_int_equal(e.trap.code, TT_ALIGN);
    assert_int_equal(st_get(c, ST_DATA), 0x89ABCDEFu);
    e = ST_RUN(c, 1, F3I(3, G2, LDD, L0, 4));
    assert_int_equal(e.trap.code, TT_ALIGN);
    wb_destroy(&c->m);
}

static void ldstub_and_swap_are_atomic_exchanges(void **s)
{
    (void)s;
    sparc_cpu *c = setup();
    sparc_set(c, G2, 0xCAFEF00Du);
    ST_RUN(c, 2, F3I(3, G1, LDSTUB, L0, 1), F3I(3, G2, SWAP, L0, 4));
    assert_int_equal(sparc_get(c, G1), 0xAB);
    assert_int_equal(st_get(c, ST_DATA), 0x89FFCDEFu);
    assert_int_equal(sparc_get(c, G2), 0x01234567u);
    assert_int_equal(st_get(c, ST_DATA + 4), 0xCAFEF00Du);
    wb_destroy(&c->m);
}

static void alternate_space_privileged_then_illegal(void **s)
{
    (void)s;
    sparc_cpu *c = setup();
    c->m.trap_to_host = true;
    ST_RUN(c, 1, F3A(3, G1, LDA, L0, 0x0B, G0));       /* supervisor: fine */
    assert_int_equal(sparc_get(c, G1), 0x89ABCDEFu);
    wb_exit e = ST_RUN(c, 1, F3I(3, G1, LDA, L0, 0));   /* i=1: illegal */
    assert_int_equal(e.trap.code, TT_ILLEGAL);
    c->psr &= ~PSR_S;
    e = ST_RUN(c, 1, F3I(3, G1, LDA, L0, 0));           /* user: privileged first */
    assert_int_equal(e.trap.code, TT_PRIV);
    e = ST_RUN(c, 1, F3A(3, G1, STA, L0, 0x0A, G0));    /* V8: even ASI 0x0A is privileged */
    assert_int_equal(e.trap.code, TT_PRIV);
    e = ST_RUN(c, 1, F3A(3, G1, SWAPA, L0, 0x0A, G0));
    assert_int_equal(e.trap.code, TT_PRIV);
    assert_int_equal(st_get(c, ST_DATA), 0x89ABCDEFu);
    wb_destroy(&c->m);
}

static void bus_error_outside_ram_and_io(void **s)
{
    (void)s;
    sparc_cpu *c = setup();
    c->m.trap_to_host = true;
    sparc_set(c, G1, 0x20000000u);
    wb_exit e = ST_RUN(c, 1, F3I(3, G2, LD, G1, 0));
    assert_int_equal(e.trap.code, TT_DACCESS_ERROR);
    c->pc = 0x30000000u;
    c->npc = c->pc + 4;
    e = wb_run(&c->m, 1);
    assert_int_equal(e.trap.code, TT_IACCESS_ERROR);
    wb_destroy(&c->m);
}

static void state_registers_privileged_in_user_mode(void **s)
{
    (void)s;
    sparc_cpu *c = setup();
    c->m.trap_to_host = true;
    c->psr &= ~PSR_S;
    static const unsigned op3[] = {RDPSR, RDWIM, RDTBR, WRPSR, WRWIM, WRTBR};
    for (unsigned i = 0; i < 6; i++) {
        wb_exit e = ST_RUN(c, 1, F3(2, G1, op3[i], G0, G0));
        assert_int_equal(e.trap.code, TT_PRIV);
    }
    wb_exit e = ST_RUN(c, 2, F3I(2, 0, WRY, G0, 0x123), F3(2, G1, RDY, G0, G0));
    assert_int_equal(e.kind, WB_EXIT_BUDGET);
    assert_int_equal(sparc_get(c, G1), 0x123);
    wb_destroy(&c->m);
}

static void wrpsr_xor_and_cwp_check(void **s)
{
    (void)s;
    sparc_cpu *c = setup();
    c->m.trap_to_host = true;
    sparc_set(c, G1, PSR_S | PSR_EF | 3);
    ST_RUN(c, 2, F3I(2, 0, WRPSR, G1, 0), F3(2, G2, RDPSR, G0, G0));
    assert_int_equal(sparc_get(c, G2), PSR_IMPL_VER | PSR_S | PSR_EF | 3);
    sparc_set(c, G1, PSR_S | 8);
    wb_exit e = ST_RUN(c, 1, F3I(2, 0, WRPSR, G1, 0));
    assert_int_equal(e.trap.code, TT_ILLEGAL);
    sparc_set(c, G1, 0x1FF);
    ST_RUN(c, 2, F3I(2, 0, WRWIM, G1, 0), F3(2, G3, RDWIM, G0, G0));
    assert_int_equal(sparc_get(c, G3), 0xFF);
    c->tbr = 0x00000830u;
    sparc_set(c, G1, 0x12345678u);
    ST_RUN(c, 2, F3I(2, 0, WRTBR, G1, 0), F3(2, G4, RDTBR, G0, G0));
    assert_int_equal(sparc_get(c, G4), 0x12345830u);
    wb_destroy(&c->m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(loads_extend_by_size_and_sign),
        cmocka_unit_test(stores_write_big_endian),
        cmocka_unit_test(ldd_std_pairs_and_odd_rd_illegal),
        cmocka_unit_test(misaligned_access_traps_and_writes_nothing),
        cmocka_unit_test(ldstub_and_swap_are_atomic_exchanges),
        cmocka_unit_test(alternate_space_privileged_then_illegal),
        cmocka_unit_test(bus_error_outside_ram_and_io),
        cmocka_unit_test(state_registers_privileged_in_user_mode),
        cmocka_unit_test(wrpsr_xor_and_cwp_check),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
