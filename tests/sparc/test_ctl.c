/* SPARC control transfer, windows and traps (V8 chapter 7, B.21-B.27). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include "tests/sparc/sparct.h"

enum { ADD = 0x00, SUBCC = 0x14, JMPL = 0x38, RETT = 0x39, TICC = 0x3A, SAVE = 0x3C, RESTORE = 0x3D, WRPSR = 0x31 };
enum { BA = 8, BN = 0, BE = 1, BNE = 9 };

static void taken_branch_executes_delay_slot(void **s)
{
    (void)s;
    sparc_cpu *c = st_new();
    ST_RUN(c, 3, BICC(0, BA, 3), F3I(2, G1, ADD, G0, 1), F3I(2, G2, ADD, G0, 2), F3I(2, G3, ADD, G0, 3));
    assert_int_equal(sparc_get(c, G1), 1);   /* delay slot */
    assert_int_equal(sparc_get(c, G2), 0);   /* jumped over */
    assert_int_equal(sparc_get(c, G3), 3);
    wb_destroy(&c->m);
}

static void annul_bit_rules(void **s)
{
    (void)s;
    sparc_cpu *c = st_new();
    /* BA,a: delay annulled; target at +2 */
    ST_RUN(c, 2, BICC(1, BA, 2), F3I(2, G1, ADD, G0, 1), F3I(2, G2, ADD, G0, 2));
    assert_int_equal(sparc_get(c, G1), 0);
    assert_int_equal(sparc_get(c, G2), 2);
    assert_int_equal(c->pc, ST_CODE + 12);
    /* untaken BNE,a (Z=1): delay annulled, falls through */
    c->psr |= PSR_Z;
    ST_RUN(c, 2, BICC(1, BNE, 10), F3I(2, G3, ADD, G0, 3), F3I(2, G4, ADD, G0, 4));
    assert_int_equal(sparc_get(c, G3), 0);
    assert_int_equal(sparc_get(c, G4), 4);
    /* taken BE,a: delay executed */
    ST_RUN(c, 3, BICC(1, BE, 3), F3I(2, G5, ADD, G0, 5), F3I(2, G6, ADD, G0, 6), F3I(2, G7, ADD, G0, 7));
    assert_int_equal(sparc_get(c, G5), 5);
    assert_int_equal(sparc_get(c, G6), 0);
    assert_int_equal(sparc_get(c, G7), 7);
    wb_destroy(&c->m);
}

static void conditions_follow_icc(void **s)
{
    (void)s;
    /* cond 2 BLE: Z or (N xor V); cond 14 BPOS: not N; cond 4 BLEU: C or Z; cond 12 BGU: not (C or Z) */
    assert_true(sparc_icc(PSR_N, 2));
    assert_false(sparc_icc(PSR_N | PSR_V, 2));
    assert_true(sparc_icc(0, 14));
    assert_false(sparc_icc(PSR_N, 14));
    assert_true(sparc_icc(0, 12));
    assert_false(sparc_icc(PSR_Z, 12));
    assert_true(sparc_icc(PSR_C, 4));
    assert_false(sparc_icc(0, 4));
    assert_true(sparc_icc(0, 8));
    assert_false(sparc_icc(PSR_ICC, 0));
}

static void call_and_jmpl_link_their_own_address(void **s)
{
    (void)s;
    sparc_cpu *c = st_new();
    ST_RUN(c, 2, CALL(4), NOP);
    assert_int_equal(sparc_get(c, O7), ST_CODE);
    assert_int_equal(c->pc, ST_CODE + 16);
    sparc_set(c, G1, ST_CODE + 0x40);
    ST_RUN(c, 2, F3I(2, G2, JMPL, G1, 8), NOP);
    assert_int_equal(sparc_get(c, G2), ST_CODE);
    assert_int_equal(c->pc, ST_CODE + 0x48);
    wb_destroy(&c->m);
}

static void jmpl_misaligned_traps_without_link(void **s)
{
    (void)s;
    sparc_cpu *c = st_new();
    c->m.trap_to_host = true;
    sparc_set(c, G1, ST_CODE + 0x42);
    sparc_set(c, G2, 1234);
    wb_exit e = ST_RUN(c, 1, F3I(2, G2, JMPL, G1, 0));
    assert_int_equal(e.kind, WB_EXIT_TRAP);
    assert_int_equal(e.trap.code, TT_ALIGN);
    assert_int_equal(sparc_get(c, G2), 1234);
    wb_destroy(&c->m);
}

static void save_restore_rotate_windows(void **s)
{
    (void)s;
    sparc_cpu *c = st_new();
    c->psr = (c->psr & ~PSR_CWP) | 3;
    c->wim = 0;
    sparc_set(c, O0, 10);
    sparc_set(c, L0, 20);
    ST_RUN(c, 1, F3(2, L3, SAVE, O0, L0));   /* new l3 = 30 */
    assert_int_equal(c->psr & PSR_CWP, 2);
    assert_int_equal(sparc_get(c, L3), 30);
    assert_int_equal(sparc_get(c, I0), 10);  /* outs became ins */
    ST_RUN(c, 1, F3I(2, O5, RESTORE, L3, 1));
    assert_int_equal(c->psr & PSR_CWP, 3);
    assert_int_equal(sparc_get(c, O5), 31);
    assert_int_equal(sparc_get(c, L0), 20);
    wb_destroy(&c->m);
}

static void save_into_invalid_window_overflows(void **s)
{
    (void)s;
    sparc_cpu *c = st_new();
    c->m.trap_to_host = true;
    c->psr &= ~PSR_CWP;          /* CWP 0: SAVE goes to 7 */
    c->wim = 1u << 7;
    wb_exit e = ST_RUN(c, 1, F3(2, G0, SAVE, G0, G0));
    assert_int_equal(e.trap.code, TT_WOVERFLOW);
    c->wim = 1u << 1;
    e = ST_RUN(c, 1, F3(2, G0, RESTORE, G0, G0));
    assert_int_equal(e.trap.code, TT_WUNDERFLOW);
    assert_int_equal(c->psr & PSR_CWP, 0);
    wb_destroy(&c->m);
}

static void trap_vectors_through_tbr(void **s)
{
    (void)s;
    sparc_cpu *c = st_new();
    c->tbr = 0x40010000u;
    c->psr = PSR_IMPL_VER | PSR_ET | 2;       /* user, traps on, CWP 2 */
    c->wim = 0;
    st_put(c, 0x40010900u, NOP);
    /* the trapping instruction does not complete: the one step of budget runs the vector's NOP */
    wb_exit e = ST_RUN(c, 1, F3I(2, 8, TICC, G0, 0x10));   /* ta 0x10 */
    assert_int_equal(e.kind, WB_EXIT_BUDGET);
    assert_int_equal(c->tbr, 0x40010000u | (0x90u << 4));
    assert_int_equal(c->pc, 0x40010904u);
    assert_int_equal(c->npc, 0x40010908u);
    assert_int_equal(c->psr & PSR_CWP, 1);
    assert_true(c->psr & PSR_S);
    assert_false(c->psr & PSR_PS);
    assert_false(c->psr & PSR_ET);
    assert_int_equal(sparc_get(c, L1), ST_CODE);
    assert_int_equal(sparc_get(c, L2), ST_CODE + 4);
    wb_destroy(&c->m);
}

static void ticc_number_is_rs1_plus_imm_mod_128(void **s)
{
    (void)s;
    sparc_cpu *c = st_new();
    c->m.trap_to_host = true;
    sparc_set(c, G1, 120);
    wb_exit e = ST_RUN(c, 1, F3I(2, 8, TICC, G1, 10));
    assert_int_equal(e.kind, WB_EXIT_TRAP);
    assert_int_equal(e.trap.kind, WB_TRAP_SYSCALL);
    assert_int_equal(e.trap.code, 0x80 + 2);
    c->psr |= PSR_Z;
    e = ST_RUN(c, 1, F3I(2, 9, TICC, G0, 5));   /* tne: not taken */
    assert_int_equal(e.kind, WB_EXIT_BUDGET);
    wb_destroy(&c->m);
}

static void trap_with_et_zero_is_error_mode(void **s)
{
    (void)s;
    sparc_cpu *c = st_new();
    c->psr &= ~PSR_ET;
    wb_exit e = ST_RUN(c, 5, F3I(2, 8, TICC, G0, 0));
    assert_int_equal(e.kind, WB_EXIT_HALT);
    assert_int_equal(e.trap.code, 0x80);
    assert_int_equal(c->pc, ST_CODE);
    e = wb_run(&c->m, 5);    /* stays halted */
    assert_int_equal(e.kind, WB_EXIT_HALT);
    wb_destroy(&c->m);
}

static void rett_rules(void **s)
{
    (void)s;
    sparc_cpu *c = st_new();
    c->m.trap_to_host = true;
    /* ET=1, S=1: illegal; ET=1, S=0: privileged */
    c->psr = PSR_IMPL_VER | PSR_S | PSR_ET;
    wb_exit e = ST_RUN(c, 1, F3I(2, 0, RETT, G1, 0));
    assert_int_equal(e.trap.code, TT_ILLEGAL);
    c->psr = PSR_IMPL_VER | PSR_ET;
    e = ST_RUN(c, 1, F3I(2, 0, RETT, G1, 0));
    assert_int_equal(e.trap.code, TT_PRIV);
    assert_int_equal(e.trap.kind, WB_TRAP_PRIV);
    /* ET=0, S=1: returns to the target, S = PS, ET = 1, CWP + 1 */
    c->m.trap_to_host = false;
    c->psr = PSR_IMPL_VER | PSR_S | 4;   /* PS = 0 */
    c->wim = 0;
    sparc_set(c, L1, ST_CODE + 0x100);
    e = ST_RUN(c, 2, F3I(2, G0, JMPL, L1, 0), F3I(2, 0, RETT, L1, 4));
    assert_int_equal(c->pc, ST_CODE + 0x100);
    assert_int_equal(c->npc, ST_CODE + 0x104);
    assert_int_equal(c->psr & (PSR_S | PSR_ET | PSR_CWP), PSR_ET | 5);
    /* ET=0 and the target window invalid: window_underflow in error mode */
    c->psr = PSR_IMPL_VER | PSR_S | 4;
    c->wim = 1u << 5;
    e = ST_RUN(c, 1, F3I(2, 0, RETT, G0, 0x100));
    assert_int_equal(e.kind, WB_EXIT_HALT);
    assert_int_equal(e.trap.code, TT_WUNDERFLOW);
    wb_destroy(&c->m);
}

static void interrupt_taken_above_pil(void **s)
{
    (void)s;
    sparc_cpu *c = st_new();
    c->tbr = 0x40010000u;
    c->psr = PSR_IMPL_VER | PSR_S | PSR_ET | (5u << 8) | 3;   /* PIL 5 */
    c->irq_mask = 0xFFFE;
    c->irq_force = 1u << 5;          /* level 5: not above PIL */
    wb_exit e = ST_RUN(c, 1, NOP);
    assert_int_equal(c->pc, ST_CODE + 4);
    c->irq_force = 1u << 6;
    e = wb_run(&c->m, 1);
    (void)e;
    assert_int_equal(c->tbr & 0xFF0, 0x16u << 4);
    assert_int_equal(sparc_get(c, L1), ST_CODE + 4);   /* resumes the interrupted instruction */
    assert_int_equal(c->irq_force, 0);                /* acknowledged */
    wb_destroy(&c->m);
}

static void trap_to_host_keeps_state(void **s)
{
    (void)s;
    sparc_cpu *c = st_new();
    c->m.trap_to_host = true;
    c->psr = PSR_IMPL_VER | PSR_ET | 2;     /* user */
    uint32_t psr = c->psr;
    wb_exit e = ST_RUN(c, 1, F3(2, G1, 0x29, G0, G0));   /* rdpsr in user mode */
    assert_int_equal(e.kind, WB_EXIT_TRAP);
    assert_int_equal(e.trap.kind, WB_TRAP_PRIV);
    assert_int_equal(e.trap.code, TT_PRIV);
    assert_int_equal(e.trap.ilen, 4);
    assert_int_equal(c->psr, psr);
    assert_int_equal(c->pc, ST_CODE);
    assert_int_equal(c->npc, ST_CODE + 4);
    wb_destroy(&c->m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(taken_branch_executes_delay_slot),
        cmocka_unit_test(annul_bit_rules),
        cmocka_unit_test(conditions_follow_icc),
        cmocka_unit_test(call_and_jmpl_link_their_own_address),
        cmocka_unit_test(jmpl_misaligned_traps_without_link),
        cmocka_unit_test(save_restore_rotate_windows),
        cmocka_unit_test(save_into_invalid_window_overflows),
        cmocka_unit_test(trap_vectors_through_tbr),
        cmocka_unit_test(ticc_number_is_rs1_plus_imm_mod_128),
        cmocka_unit_test(trap_with_et_zero_is_error_mode),
        cmocka_unit_test(rett_rules),
        cmocka_unit_test(interrupt_taken_above_pil),
        cmocka_unit_test(trap_to_host_keeps_state),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
