/* SPARC Reference MMU (V8 Appendix H): table walk at every level, ACC checks, R/M bits, fault
 * status and address, probes, registers in ASI 0x19 (LEON3 placement). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include "tests/sparc/sparct.h"

#define CTX 0x40010000u   /* context table */
#define L1T 0x40010400u
#define L2T 0x40010800u
#define L3T 0x40010900u
#define PAGE 0x40020000u
#define PTD(pa) (((pa) >> 4) | 1u)
#define PTE(pa, acc) (((pa) >> 4) | (acc) << 2 | 2u)

static sparc_cpu *mmu_new(void)
{
    sparc_cpu *c = st_new();
    c->m.trap_to_host = true;
    st_put(c, CTX, PTD(L1T));
    st_put(c, L1T + 0x40 * 4, PTE(0x40000000u, 3));   /* 16M: RAM 1:1, RWX */
    st_put(c, L1T + 0x10 * 4, PTD(L2T));
    st_put(c, L2T, PTD(L3T));
    st_put(c, L3T + 0, PTE(PAGE, 1));                  /* 0x10000000: RW */
    st_put(c, L3T + 4, PTE(PAGE, 0));                  /* 0x10001000: RO */
    st_put(c, L3T + 12, PTE(PAGE, 6));                 /* 0x10003000: supervisor RX */
    c->mmu_ctp = CTX >> 4;
    c->mmu_ctx = 0;
    c->mmu_ctrl = MMU_CTRL_E;
    return c;
}

static void three_level_walk_and_reference_modify_bits(void **s)
{
    (void)s;
    sparc_cpu *c = mmu_new();
    bool ok;
    assert_int_equal(sparc_translate(c, 0x10000123u, ACC_LOAD, true, &ok), PAGE + 0x123);
    assert_int_equal(st_get(c, L3T) & 0x60, 0x20);             /* R */
    assert_int_equal(sparc_translate(c, 0x10000124u, ACC_STORE, true, &ok), PAGE + 0x124);
    assert_int_equal(st_get(c, L3T) & 0x60, 0x60);             /* R M */
    assert_int_equal(sparc_translate(c, 0x40abcdefu, ACC_FETCH, false, &ok), 0x40abcdefu);   /* level 1 */
    wb_destroy(&c->m);
}

static void loads_and_stores_go_through_translation(void **s)
{
    (void)s;
    sparc_cpu *c = mmu_new();
    sparc_set(c, G1, 0x10000000u);
    sparc_set(c, G2, 0xABCD1234u);
    wb_exit e = ST_RUN(c, 2, F3I(3, G2, 0x04, G1, 8), F3I(3, G3, 0x00, G1, 8));
    assert_int_equal(e.kind, WB_EXIT_BUDGET);
    assert_int_equal(st_get(c, PAGE + 8), 0xABCD1234u);
    assert_int_equal(sparc_get(c, G3), 0xABCD1234u);
    wb_destroy(&c->m);
}

static void protection_fault_sets_fsr_and_far(void **s)
{
    (void)s;
    sparc_cpu *c = mmu_new();
    sparc_set(c, G1, 0x10001000u);
    wb_exit e = ST_RUN(c, 1, F3I(3, G2, 0x04, G1, 0x10));
    assert_int_equal(e.kind, WB_EXIT_TRAP);
    assert_int_equal(e.trap.kind, WB_TRAP_MMU);
    assert_int_equal(e.trap.code, TT_DACCESS);
    assert_int_equal(e.trap.fault, 0x10001010u);
    /* L=3, AT=5 (store supervisor data), FT=2 (protection), FAV */
    assert_int_equal(c->mmu_fsr, 3u << 8 | 5u << 5 | 2u << 2 | 2u);
    assert_int_equal(c->mmu_far, 0x10001010u);   /* V8: the full address (QEMU keeps the page only) */
    assert_int_equal(st_get(c, PAGE + 0x10), 0);
    /* reading FSR through ASI 0x19 clears it */
    sparc_set(c, G3, 0x300);
    c->m.trap_to_host = true;
    ST_RUN(c, 2, F3A(3, G4, 0x10, G3, 0x19, G0), F3A(3, G5, 0x10, G3, 0x19, G0));
    assert_int_equal(sparc_get(c, G4), 3u << 8 | 5u << 5 | 2u << 2 | 2u);
    assert_int_equal(sparc_get(c, G5), 0);
    wb_destroy(&c->m);
}

static void invalid_entry_and_privilege_faults(void **s)
{
    (void)s;
    sparc_cpu *c = mmu_new();
    sparc_set(c, G1, 0x10002000u);
    wb_exit e = ST_RUN(c, 1, F3I(3, G2, 0x00, G1, 0));
    assert_int_equal(e.trap.code, TT_DACCESS);
    assert_int_equal(c->mmu_fsr >> 2 & 7, 1);        /* invalid address error */
    assert_int_equal(c->mmu_fsr >> 8 & 3, 3);
    c->mmu_fsr = 0;
    sparc_set(c, G1, 0x20000000u);                   /* level-1 entry 0x20 is invalid */
    e = ST_RUN(c, 1, F3I(3, G2, 0x00, G1, 0));
    assert_int_equal(c->mmu_fsr >> 8 & 3, 1);
    c->mmu_fsr = 0;
    /* user read of ACC 6 is a privilege violation (FT=3) */
    c->psr &= ~PSR_S;
    sparc_set(c, G1, 0x10003000u);
    e = ST_RUN(c, 1, F3I(3, G2, 0x00, G1, 0));
    assert_int_equal(e.trap.code, TT_DACCESS);
    assert_int_equal(c->mmu_fsr >> 2 & 7, 3);
    assert_int_equal(c->mmu_fsr >> 5 & 7, 0);        /* load user data */
    wb_destroy(&c->m);
}

static void instruction_fetch_fault(void **s)
{
    (void)s;
    sparc_cpu *c = mmu_new();
    c->pc = 0x10001000u;   /* RO page: not executable */
    c->npc = c->pc + 4;
    wb_exit e = wb_run(&c->m, 1);
    assert_int_equal(e.trap.code, TT_IACCESS);
    assert_int_equal(c->mmu_fsr >> 5 & 7, 3);        /* AT: supervisor instruction */
    wb_destroy(&c->m);
}

static void probe_returns_entries(void **s)
{
    (void)s;
    sparc_cpu *c = mmu_new();
    assert_int_equal(sparc_mmu_probe(c, 0x10000000u | 4u << 8), PTE(PAGE, 1));
    assert_int_equal(sparc_mmu_probe(c, 0x10002000u | 4u << 8), 0);
    assert_int_equal(sparc_mmu_probe(c, 0x10000000u | 1u << 8), PTD(L3T));   /* segment: the level-2 entry */
    assert_int_equal(sparc_mmu_probe(c, 0x40000000u | 0u << 8), PTE(0x40000000u, 3));
    wb_destroy(&c->m);
}

static void registers_in_asi_0x19(void **s)
{
    (void)s;
    sparc_cpu *c = st_new();
    sparc_mmu_reg_write(c, 0x100, 0x12345677u);
    sparc_mmu_reg_write(c, 0x200, 0x1FF);
    sparc_mmu_reg_write(c, 0x000, 0xFFFFFFFFu);
    assert_int_equal(sparc_mmu_reg_read(c, 0x100), 0x12345674u);
    assert_int_equal(sparc_mmu_reg_read(c, 0x200), 0xFF);
    assert_int_equal(sparc_mmu_reg_read(c, 0x000) & 0xFF, 0x83);
    wb_destroy(&c->m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(three_level_walk_and_reference_modify_bits),
        cmocka_unit_test(loads_and_stores_go_through_translation),
        cmocka_unit_test(protection_fault_sets_fsr_and_far),
        cmocka_unit_test(invalid_entry_and_privilege_faults),
        cmocka_unit_test(instruction_fetch_fault),
        cmocka_unit_test(probe_returns_entries),
        cmocka_unit_test(registers_in_asi_0x19),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
