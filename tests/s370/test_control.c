/* S/370 control instructions (PoO chapter 10) and key-controlled protection (PoO chapter 3).
 *
 * Expected values are derived from the PoO by hand: instruction formats, PSW bit positions,
 * low-storage locations.  Programs run from 0x400; an interruption lands in the disabled-wait new
 * PSWs that s370t_new() installs, so a run halts where the interruption happened. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>
#include "tests/support/s370t.h"

#define CODE 0x400u
/* PSWs, built from the PoO bit layout: byte 0 system mask, byte 1 key|EC|M|W|P. */
#define BC_PROBLEM 0x0001000000000000ull   /* BC, key 0, problem state */
#define EC_SUPER   0x0008000000000000ull   /* EC, key 0, supervisor, disabled */
#define DISABLED_WAIT_BC 0x0002000000000000ull


/* BC program old PSW: interruption code (bits 16-31), ILC in halfwords (bits 32-33), IA. */
static unsigned bc_old_ilc(s370_cpu *c) { return (unsigned)(s370t_get8(c, S370_PSA_PGM_OLD) >> 30) & 3; }
static uint32_t old_ia(s370_cpu *c) { return (uint32_t)s370t_get8(c, S370_PSA_PGM_OLD) & 0xFFFFFF; }

/* ---------------------------------------------------------------- privileged-operation path */

static void privileged_instructions_trap_in_problem_state(void **state)
{
    (void)state;
    static const struct { const char *name; uint16_t hw[2]; unsigned len; } ops[] = {
        {"SSK", {0x0812}, 2},          {"ISK", {0x0912}, 2},          {"SSM", {0x8000, 0x0300}, 4},
        {"LPSW", {0x8200, 0x0300}, 4}, {"DIAG", {0x8300, 0x0000}, 4}, {"STNSM", {0xACFF, 0x0300}, 4},
        {"STOSM", {0xAD00, 0x0300}, 4}, {"SIGP", {0xAE12, 0x0001}, 4}, {"LRA", {0xB110, 0x0300}, 4},
        {"STCTL", {0xB600, 0x0300}, 4}, {"LCTL", {0xB700, 0x0300}, 4}, {"STIDP", {0xB202, 0x0300}, 4},
        {"SCK", {0xB204, 0x0300}, 4},  {"SCKC", {0xB206, 0x0300}, 4}, {"STCKC", {0xB207, 0x0300}, 4},
        {"SPT", {0xB208, 0x0300}, 4},  {"STPT", {0xB209, 0x0300}, 4}, {"SPKA", {0xB20A, 0x0000}, 4},
        {"IPK", {0xB20B, 0x0000}, 4},  {"PTLB", {0xB20D, 0x0000}, 4}, {"RRB", {0xB213, 0x0300}, 4},
    };
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++) {
        s370_cpu *c = s370t_new(65536);
        s370t_code(c, CODE, ops[i].hw, ops[i].len / 2);
        uint8_t before[64];
        memcpy(before, c->mem + 0x300, sizeof before);
        wb_exit e = s370t_run_psw(c, BC_PROBLEM | CODE, 5);
        assert_int_equal(e.kind, WB_EXIT_HALT);
        if (s370t_pgm_code(c) != S370_PGM_PRIVILEGED)
            fail_msg("%s: program code %d", ops[i].name, s370t_pgm_code(c));
        assert_int_equal(bc_old_ilc(c), ops[i].len / 2);
        assert_int_equal(old_ia(c), CODE + ops[i].len);
        /* suppressed: nothing stored at the operand area */
        assert_memory_equal(before, c->mem + 0x300, sizeof before);
        s370t_free(c);
    }
}

static void privileged_trap_exits_to_host_as_priv(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    c->m.trap_to_host = true;
    S370T_CODE(c, CODE, 0xB20D, 0x0000);   /* PTLB */
    wb_exit e = s370t_run_psw(c, BC_PROBLEM | CODE, 5);
    assert_int_equal(e.kind, WB_EXIT_TRAP);
    assert_int_equal(e.trap.kind, WB_TRAP_PRIV);
    assert_int_equal(e.trap.code, S370_PGM_PRIVILEGED);
    assert_int_equal(e.trap.addr, CODE);
    assert_int_equal(e.trap.ilen, 4);
    s370t_free(c);
}

/* ---------------------------------------------------------------- SSM, STNSM, STOSM */

static void ssm_sets_system_mask_from_storage(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    c->mem[0x300] = 0x7E;
    S370T_CODE(c, CODE, 0x8000, 0x0300);   /* SSM 0x300 */
    wb_exit e = s370t_run(c, CODE, 1);
    assert_int_equal(e.kind, WB_EXIT_BUDGET);
    assert_int_equal(c->sysmask, 0x7E);
    assert_int_equal(c->ia, CODE + 4);
    s370t_free(c);
}

static void ssm_suppression_is_special_operation(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    c->mem[0x300] = 0xFF;
    c->cr[0] |= 0x40000000u;               /* CR0 bit 1: SSM suppression */
    S370T_CODE(c, CODE, 0x8000, 0x0300);
    s370t_run(c, CODE, 5);
    assert_int_equal(s370t_pgm_code(c), S370_PGM_SPECIAL_OPERATION);
    assert_int_equal((s370t_get8(c, S370_PSA_PGM_OLD) >> 56) & 0xFF, 0);   /* mask unchanged */
    assert_int_equal(bc_old_ilc(c), 2);
    s370t_free(c);
}

static void ssm_ec_invalid_bits_give_early_specification(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    c->mem[0x300] = 0x20;                  /* PSW bit 2: must be zero in EC mode */
    S370T_CODE(c, CODE, 0x8000, 0x0300);
    s370t_run_psw(c, EC_SUPER | CODE, 5);
    assert_int_equal(s370t_pgm_code(c), S370_PGM_SPECIFICATION);
    uint64_t old = s370t_get8(c, S370_PSA_PGM_OLD);
    assert_int_equal(old >> 56, 0x20);     /* the new (invalid) mask was loaded */
    assert_int_equal(old & 0xFFFFFF, CODE + 4);
    assert_int_equal(s370t_get4(c, S370_PSA_PGM_CODE) >> 16, 4);   /* ILC 2 in bits 5-6 of 0x8D */
    s370t_free(c);
}

static void stnsm_stores_then_ands(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    S370T_CODE(c, CODE, 0xAC0F, 0x0300);   /* STNSM 0x300,X'0F' */
    c->m.ops->start(&c->m, true, CODE);
    s370_psw_set(c, 0xFF00000000000000ull | CODE);
    wb_run(&c->m, 1);
    assert_int_equal(c->mem[0x300], 0xFF);
    assert_int_equal(c->sysmask, 0x0F);
    s370t_free(c);
}

static void stosm_stores_then_ors(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    S370T_CODE(c, CODE, 0xAD03, 0x0300);   /* STOSM 0x300,X'03' */
    c->m.ops->start(&c->m, true, CODE);
    s370_psw_set(c, 0x4000000000000000ull | CODE);
    wb_run(&c->m, 1);
    assert_int_equal(c->mem[0x300], 0x40);
    assert_int_equal(c->sysmask, 0x43);
    s370t_free(c);
}

static void stosm_ec_invalid_bit_stores_then_specification(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    S370T_CODE(c, CODE, 0xAD80, 0x0300);   /* STOSM 0x300,X'80': PSW bit 0 in EC mode */
    s370t_run_psw(c, EC_SUPER | CODE, 5);
    assert_int_equal(s370t_pgm_code(c), S370_PGM_SPECIFICATION);
    assert_int_equal(c->mem[0x300], 0x00);   /* the old mask was stored (operation completed) */
    assert_int_equal(s370t_get8(c, S370_PSA_PGM_OLD) >> 56, 0x80);
    assert_int_equal(s370t_get4(c, S370_PSA_PGM_CODE) >> 16, 4);
    s370t_free(c);
}

static void stnsm_store_protected_is_suppressed(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    c->keys[0] = 0x50;                      /* block 0 (holds 0x300) has key 5 */
    S370T_CODE(c, CODE, 0xAC00, 0x0300);
    s370t_run_psw(c, 0xFF30000000000000ull | CODE, 5);   /* PSW key 3 */
    assert_int_equal(s370t_pgm_code(c), S370_PGM_PROTECTION);
    assert_int_equal(s370t_get8(c, S370_PSA_PGM_OLD) >> 56, 0xFF);   /* mask unchanged */
    s370t_free(c);
}

/* ---------------------------------------------------------------- LPSW */

static void lpsw_loads_bc_psw(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    s370t_set8(c, 0x300, 0x0051000025000800ull);   /* key 5, problem, cc 2, pm 5, IA 0x800 */
    S370T_CODE(c, CODE, 0x8200, 0x0300);
    wb_exit e = s370t_run(c, CODE, 1);
    assert_int_equal(e.kind, WB_EXIT_BUDGET);
    assert_int_equal(c->pkey, 5);
    assert_true(c->problem);
    assert_int_equal(c->cc, 2);
    assert_int_equal(c->pmask, 5);
    assert_int_equal(c->ia, 0x800);
    s370t_free(c);
}

static void lpsw_disabled_wait_halts(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    s370t_set8(c, 0x300, DISABLED_WAIT_BC | 0x000800);
    S370T_CODE(c, CODE, 0x8200, 0x0300);
    wb_exit e = s370t_run(c, CODE, 10);
    assert_int_equal(e.kind, WB_EXIT_HALT);
    assert_int_equal(s370t_pgm_code(c), -1);
    assert_true(c->wait);
    s370t_free(c);
}

static void lpsw_unaligned_is_specification(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    S370T_CODE(c, CODE, 0x8200, 0x0304);
    s370t_run(c, CODE, 5);
    assert_int_equal(s370t_pgm_code(c), S370_PGM_SPECIFICATION);
    assert_int_equal(bc_old_ilc(c), 2);
    assert_int_equal(old_ia(c), CODE + 4);
    s370t_free(c);
}

static void lpsw_invalid_ec_psw_early_exception_ilc0(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    uint64_t bad = 0x2008000000000800ull;   /* EC, PSW bit 2 set (must be zero) */
    s370t_set8(c, 0x300, bad);
    S370T_CODE(c, CODE, 0x8200, 0x0300);
    s370t_run(c, CODE, 5);
    assert_int_equal(s370t_pgm_code(c), S370_PGM_SPECIFICATION);
    /* The old PSW is the new PSW as loaded (EC: no code in the PSW itself); ILC 0. */
    assert_int_equal(s370t_get8(c, S370_PSA_PGM_OLD), bad);
    assert_int_equal(s370t_get4(c, S370_PSA_PGM_CODE), S370_PGM_SPECIFICATION);   /* ILC 0, code 6 */
    s370t_free(c);
}

/* ---------------------------------------------------------------- DIAGNOSE */

typedef struct { int calls; uint32_t code; unsigned r1, r3; } diag_seen;

static bool diag_recorder(s370_cpu *c, uint32_t code, unsigned r1, unsigned r3, void *ctx)
{
    diag_seen *s = ctx;
    s->calls++;
    s->code = code;
    s->r1 = r1;
    s->r3 = r3;
    c->gr[r3] = 0xD1A6;
    return true;
}

static void diagnose_without_hook_is_noop(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    S370T_CODE(c, CODE, 0x8312, 0x0008);
    c->m.ops->start(&c->m, true, CODE);
    c->cc = 3;
    wb_exit e = wb_run(&c->m, 1);
    assert_int_equal(e.kind, WB_EXIT_BUDGET);
    assert_int_equal(c->cc, 3);
    assert_int_equal(c->ia, CODE + 4);
    assert_int_equal(s370t_pgm_code(c), -1);
    s370t_free(c);
}

static void diagnose_calls_hook(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    diag_seen s = {0, 0, 0, 0};
    c->diag_hook = diag_recorder;
    c->diag_ctx = &s;
    c->gr[5] = 0x100;
    S370T_CODE(c, CODE, 0x8312, 0x5008);   /* DIAG 1,2,8(5) */
    s370t_run(c, CODE, 1);
    assert_int_equal(s.calls, 1);
    assert_int_equal(s.code, 0x108);
    assert_int_equal(s.r1, 1);
    assert_int_equal(s.r3, 2);
    assert_int_equal(c->gr[2], 0xD1A6);
    s370t_free(c);
}

/* ---------------------------------------------------------------- SSK, ISK, RRB */

static void ssk_sets_key_of_2k_block(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    c->gr[1] = 0xFFFFFF5F;                 /* bits 24-30 = 0101 1 11: key 5, F, R, C; bit 31 ignored */
    c->gr[2] = 0xAB001800;                 /* block at 0x1800 (bits 0-7 ignored) */
    S370T_CODE(c, CODE, 0x0812);
    s370t_run(c, CODE, 1);
    assert_int_equal(c->keys[3], 0x5E);
    assert_int_equal(c->keys[2], 0);
    assert_int_equal(c->keys[4], 0);
    s370t_free(c);
}

static void ssk_low_bits_is_specification(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    c->gr[1] = 0x50;
    c->gr[2] = 0x1808;
    S370T_CODE(c, CODE, 0x0812);
    s370t_run(c, CODE, 5);
    assert_int_equal(s370t_pgm_code(c), S370_PGM_SPECIFICATION);
    assert_int_equal(c->keys[3], 0);
    s370t_free(c);
}

static void ssk_outside_storage_is_addressing(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    c->gr[1] = 0x50;
    c->gr[2] = 0x10000;                    /* first byte past 64K */
    S370T_CODE(c, CODE, 0x0812);
    s370t_run(c, CODE, 5);
    assert_int_equal(s370t_pgm_code(c), S370_PGM_ADDRESSING);
    s370t_free(c);
}

static void ssk_real_address_is_prefixed(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    c->prefix = 0x8000;
    /* the program/other new PSWs must exist in the new prefix area too */
    memcpy(c->mem + 0x8000, c->mem, 0x100);
    c->gr[1] = 0x70;
    c->gr[2] = 0x0800;                     /* real 0x800 is absolute 0x8800 */
    S370T_CODE(c, CODE, 0x0812);
    memcpy(c->mem + 0x8000 + CODE, c->mem + CODE, 2);   /* real CODE is absolute 0x8400 */
    s370t_run(c, CODE, 1);
    assert_int_equal(c->keys[0x8800 / 2048], 0x70);
    assert_int_equal(c->keys[1], 0);
    s370t_free(c);
}

static void isk_inserts_7_bits_in_ec_5_bits_in_bc(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    c->keys[3] = 0x5E;                     /* key 5, F, R, C */
    c->gr[2] = 0x1800;
    c->gr[1] = 0x12345601;
    S370T_CODE(c, CODE, 0x0912);
    s370t_run(c, CODE, 1);                 /* BC mode: ACC and F only, bits 29-31 zero */
    assert_int_equal(c->gr[1], 0x12345658);
    c->gr[1] = 0x12345601;
    s370t_run_psw(c, EC_SUPER | CODE, 1);        /* EC mode: all seven bits, bit 31 zero */
    assert_int_equal(c->gr[1], 0x1234565E);
    s370t_free(c);
}

static void isk_low_bits_is_specification(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    c->gr[2] = 0x1801;
    S370T_CODE(c, CODE, 0x0912);
    s370t_run(c, CODE, 5);
    assert_int_equal(s370t_pgm_code(c), S370_PGM_SPECIFICATION);
    s370t_free(c);
}

static void rrb_sets_cc_from_r_and_c_and_clears_r(void **state)
{
    (void)state;
    static const struct { uint8_t key, cc; } cases[] = {{0x50, 0}, {0x52, 1}, {0x54, 2}, {0x56, 3}};
    for (size_t i = 0; i < 4; i++) {
        s370_cpu *c = s370t_new(65536);
        c->keys[5] = cases[i].key;
        S370T_CODE(c, CODE, 0xB213, 0x3000);             /* RRB 0(3) */
        c->gr[3] = 0x2C00;                                 /* inside block 5 */
        s370t_run(c, CODE, 1);
        assert_int_equal(c->cc, cases[i].cc);
        assert_int_equal(c->keys[5], cases[i].key & ~0x04);
        s370t_free(c);
    }
}

static void rrb_outside_storage_is_addressing(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    c->gr[3] = 0x20000;
    S370T_CODE(c, CODE, 0xB213, 0x3000);
    s370t_run(c, CODE, 5);
    assert_int_equal(s370t_pgm_code(c), S370_PGM_ADDRESSING);
    s370t_free(c);
}

/* ---------------------------------------------------------------- SPKA, IPK */

static void spka_sets_key_from_address_bits_24_27(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    c->gr[4] = 0xFFFFF0;
    S370T_CODE(c, CODE, 0xB20A, 0x40A5);   /* SPKA X'0A5'(4): address 0x000095 -> key 9 */
    s370t_run(c, CODE, 1);
    assert_int_equal(c->pkey, 9);
    s370t_free(c);
}

static void ipk_inserts_key_into_gr2(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    c->gr[2] = 0xAABBCCDD;
    S370T_CODE(c, CODE, 0xB20B, 0x0000);
    s370t_run_psw(c, 0x00C0000000000000ull | CODE, 1);   /* key 12 */
    assert_int_equal(c->gr[2], 0xAABBCCC0);
    s370t_free(c);
}

static void spka_privileged_even_with_cr3_mask(void **state)
{
    (void)state;
    /* DAS not installed: the PSW-key mask in CR3 does not make SPKA legal in the problem state. */
    s370_cpu *c = s370t_new(65536);
    c->cr[3] = 0xFFFF0000u;
    S370T_CODE(c, CODE, 0xB20A, 0x0000);
    s370t_run_psw(c, BC_PROBLEM | CODE, 5);
    assert_int_equal(s370t_pgm_code(c), S370_PGM_PRIVILEGED);
    s370t_free(c);
}

/* ---------------------------------------------------------------- LCTL, STCTL */

static void lctl_loads_range_with_wraparound(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    s370t_set4(c, 0x300, 0x11111111);
    s370t_set4(c, 0x304, 0x22222222);
    s370t_set4(c, 0x308, 0x000000E0);
    s370t_set4(c, 0x30C, 0x44444440);
    S370T_CODE(c, CODE, 0xB7E1, 0x0300);   /* LCTL 14,1,0x300 */
    c->cr[2] = 0xABCD;
    s370t_run(c, CODE, 1);
    assert_int_equal(c->cr[14], 0x11111111);
    assert_int_equal(c->cr[15], 0x22222222);
    assert_int_equal(c->cr[0], 0x000000E0);
    assert_int_equal(c->cr[1], 0x44444440);
    assert_int_equal(c->cr[2], 0xABCD);
    s370t_free(c);
}

static void stctl_stores_range(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    S370T_CODE(c, CODE, 0xB6F0, 0x0300);   /* STCTL 15,0,0x300 */
    c->m.ops->start(&c->m, true, CODE);
    c->cr[15] = 0xCAFEF00D;
    c->cr[0] = 0x12345678;
    wb_run(&c->m, 1);
    assert_int_equal(s370t_get4(c, 0x300), 0xCAFEF00D);
    assert_int_equal(s370t_get4(c, 0x304), 0x12345678);
    assert_int_equal(s370t_get4(c, 0x308), 0);
    s370t_free(c);
}

static void lctl_stctl_unaligned_is_specification(void **state)
{
    (void)state;
    uint16_t ops[2][2] = {{0xB700, 0x0302}, {0xB600, 0x0302}};
    for (int i = 0; i < 2; i++) {
        s370_cpu *c = s370t_new(65536);
        s370t_code(c, CODE, ops[i], 2);
        s370t_run(c, CODE, 5);
        assert_int_equal(s370t_pgm_code(c), S370_PGM_SPECIFICATION);
        assert_int_equal(bc_old_ilc(c), 2);
        s370t_free(c);
    }
}

static void lctl_fetch_protected_is_suppressed(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    c->keys[0x1000 / 2048] = 0x58;         /* key 5 with fetch protection */
    s370t_set4(c, 0x1000, 0xFFFFFFFF);
    c->gr[5] = 0x1000;
    S370T_CODE(c, CODE, 0xB700, 0x5000);   /* LCTL 0,0,0(5) */
    s370t_run_psw(c, 0x0030000000000000ull | CODE, 5);   /* key 3 */
    assert_int_equal(s370t_pgm_code(c), S370_PGM_PROTECTION);
    assert_int_equal(c->cr[0], 0x000000E0u);       /* reset value untouched */
    s370t_free(c);
}

static void lctl_enables_pending_external_subclass(void **state)
{
    (void)state;
    /* Clock comparator already passed but its subclass mask (CR0 bit 20) is off: LCTL turning it
     * on must let the interruption in right after the instruction. */
    s370_cpu *c = s370t_new(65536);
    s370t_set4(c, 0x300, 0x00000800);
    S370T_CODE(c, CODE, 0xB700, 0x0300);
    c->m.ops->start(&c->m, true, CODE);
    s370_psw_set(c, 0x0100000000000000ull | CODE);   /* BC, external mask on */
    s370_set_clock_comp(c, 0);
    wb_exit e = wb_run(&c->m, 10);
    assert_int_equal(e.kind, WB_EXIT_HALT);
    assert_int_equal(c->ia, S370T_EXT_STOP);
    assert_int_equal((s370t_get8(c, S370_PSA_EXT_OLD) >> 32) & 0xFFFF, S370_EXT_CLOCK_COMPARATOR);
    assert_int_equal(s370t_get8(c, S370_PSA_EXT_OLD) & 0xFFFFFF, CODE + 4);
    s370t_free(c);
}

/* ---------------------------------------------------------------- STIDP */

static void stidp_stores_cpu_id(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    S370T_CODE(c, CODE, 0xB202, 0x0300);
    s370t_run(c, CODE, 1);
    uint64_t id = s370t_get8(c, 0x300);
    assert_int_equal(id >> 56, 0x00);                  /* version code */
    assert_int_equal((id >> 16) & 0xFFFF, 0x3168);     /* model number, four digits */
    assert_int_equal((id >> 32) & 0xFFFFFF, 0x000370); /* CPU identification number */
    s370t_free(c);
}

static void stidp_unaligned_is_specification(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    S370T_CODE(c, CODE, 0xB202, 0x0304);
    s370t_run(c, CODE, 5);
    assert_int_equal(s370t_pgm_code(c), S370_PGM_SPECIFICATION);
    s370t_free(c);
}

/* ---------------------------------------------------------------- clocks and timers */

static void sck_then_stck_counts_one_microsecond_per_instruction(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    s370t_set8(c, 0x300, 0x9A00000000000FFFull);   /* bits 52-63 are below the resolution */
    S370T_CODE(c, CODE, 0xB204, 0x0300, 0xB205, 0x0308, 0xB205, 0x0310);
    c->m.ops->start(&c->m, true, CODE);
    c->cc = 3;
    wb_run(&c->m, 3);
    /* STCK one instruction after SCK: +1 us = +1 in bit 51 = +0x1000. */
    assert_int_equal(s370t_get8(c, 0x308), 0x9A00000000001000ull);
    assert_int_equal(s370t_get8(c, 0x310), 0x9A00000000002000ull);
    assert_int_equal(c->cc, 0);
    s370t_free(c);
}

static void stck_works_in_problem_state_and_is_unaligned_ok(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    S370T_CODE(c, CODE, 0xB205, 0x0301);
    c->m.ops->start(&c->m, true, CODE);
    s370_set_tod(c, 0x1234567800000000ull);
    s370_psw_set(c, BC_PROBLEM | 0x0000000030000000ull | CODE);   /* cc 3 */
    wb_run(&c->m, 1);
    assert_int_equal(s370t_pgm_code(c), -1);
    assert_int_equal(c->cc, 0);
    assert_int_equal(s370_be64(c->mem + 0x301), 0x1234567800001000ull);
    s370t_free(c);
}

static void stck_store_protection_in_problem_state(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    c->keys[0x2000 / 2048] = 0x40;
    c->gr[5] = 0x2000;
    S370T_CODE(c, CODE, 0xB205, 0x5000);   /* STCK 0(5) */
    s370t_run_psw(c, 0x0031000000000000ull | CODE, 5);   /* key 3, problem */
    assert_int_equal(s370t_pgm_code(c), S370_PGM_PROTECTION);
    assert_int_equal(s370t_get8(c, 0x2000), 0);
    s370t_free(c);
}

static void sckc_stckc_and_comparator_interruption(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    s370t_set8(c, 0x300, 0x0000000000005FFFull);
    /* SCKC 0x300; STCKC 0x308; then an enabled wait for the comparator */
    S370T_CODE(c, CODE, 0xB206, 0x0300, 0xB207, 0x0308, 0x8200, 0x0310);
    s370t_set8(c, 0x310, 0x0102000000000000ull | 0x600);   /* BC, ext mask, wait */
    c->cr[0] |= 0x00000800u;                               /* clock comparator subclass */
    c->m.ops->start(&c->m, true, CODE);
    s370_set_tod(c, 0);
    wb_run(&c->m, 20);
    assert_int_equal(s370t_get8(c, 0x308), 0x5000ull);     /* bits 52-63 dropped */
    assert_int_equal(c->ia, S370T_EXT_STOP);
    assert_int_equal((s370t_get8(c, S370_PSA_EXT_OLD) >> 32) & 0xFFFF, S370_EXT_CLOCK_COMPARATOR);
    /* TOD exceeds 0x5000 first at clock 6 (TOD = clock << 12). */
    assert_int_equal(c->clock, 6);
    s370t_free(c);
}

static void spt_stpt_and_cpu_timer_interruption(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    s370t_set8(c, 0x300, 0x0000000000003000ull);   /* 3 us */
    S370T_CODE(c, CODE, 0xB208, 0x0300, 0xB209, 0x0308, 0x8200, 0x0310);
    s370t_set8(c, 0x310, 0x0102000000000000ull | 0x600);
    c->cr[0] |= 0x00000400u;                       /* CPU timer subclass */
    c->m.ops->start(&c->m, true, CODE);
    wb_run(&c->m, 20);
    assert_int_equal(s370t_get8(c, 0x308), 0x2000ull);   /* one instruction later */
    assert_int_equal(c->ia, S370T_EXT_STOP);
    assert_int_equal((s370t_get8(c, S370_PSA_EXT_OLD) >> 32) & 0xFFFF, S370_EXT_CPU_TIMER);
    s370t_free(c);
}

static void spt_most_negative_value_is_safe(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    s370t_set8(c, 0x300, 0x8000000000000000ull);
    S370T_CODE(c, CODE, 0xB208, 0x0300, 0xB209, 0x0308);
    s370t_run(c, CODE, 2);
    /* one microsecond later the 64-bit timer has wrapped through the most negative value */
    assert_int_equal(s370t_get8(c, 0x308), 0x7FFFFFFFFFFFF000ull);
    s370t_free(c);
}

static void clock_operands_must_be_doubleword_aligned(void **state)
{
    (void)state;
    static const uint16_t ops[] = {0xB204, 0xB206, 0xB207, 0xB208, 0xB209};
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++) {
        s370_cpu *c = s370t_new(65536);
        uint16_t hw[2] = {ops[i], 0x0304};
        s370t_code(c, CODE, hw, 2);
        s370t_run(c, CODE, 5);
        assert_int_equal(s370t_pgm_code(c), S370_PGM_SPECIFICATION);
        s370t_free(c);
    }
}

/* ---------------------------------------------------------------- MONITOR CALL */

static void mc_masked_class_is_noop(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    c->cr[8] = 0x0000BFFF;                 /* every class but 1 */
    S370T_CODE(c, CODE, 0xAF01, 0x0123);
    s370t_run_psw(c, BC_PROBLEM | CODE, 1);
    assert_int_equal(s370t_pgm_code(c), -1);
    assert_int_equal(c->ia, CODE + 4);
    s370t_free(c);
}

static void mc_enabled_class_is_monitor_event(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    c->cr[8] = 0x00000010;                 /* bit 27: class 11 */
    c->gr[7] = 0x00AB0000;
    S370T_CODE(c, CODE, 0xAF0B, 0x7123);   /* MC X'123'(7),11 */
    s370t_run_psw(c, BC_PROBLEM | CODE, 5);
    assert_int_equal(s370t_pgm_code(c), S370_PGM_MONITOR_EVENT);
    assert_int_equal(old_ia(c), CODE + 4);   /* completed */
    assert_int_equal(bc_old_ilc(c), 2);
    assert_int_equal(s370t_get4(c, 0x94) >> 16, 11);       /* class at 148-149 */
    assert_int_equal(s370t_get4(c, 0x9C), 0x00AB0123);     /* code at 156-159 */
    s370t_free(c);
}

static void mc_nonzero_bits_8_11_is_specification(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    S370T_CODE(c, CODE, 0xAF10, 0x0000);
    s370t_run(c, CODE, 5);
    assert_int_equal(s370t_pgm_code(c), S370_PGM_SPECIFICATION);
    s370t_free(c);
}

/* ---------------------------------------------------------------- SIGNAL PROCESSOR */

static void sigp_other_cpu_not_operational(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    c->gr[3] = 1;
    c->gr[2] = 0x5555;
    S370T_CODE(c, CODE, 0xAE23, 0x0001);   /* SIGP 2,3,sense */
    s370t_run(c, CODE, 1);
    assert_int_equal(c->cc, 3);
    assert_int_equal(c->gr[2], 0x5555);
    s370t_free(c);
}

static void sigp_sense_self_accepted(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    c->gr[3] = 0xFFFF0000;                 /* bits 0-15 are not part of the CPU address */
    c->gr[2] = 0x5555;
    S370T_CODE(c, CODE, 0xAE23, 0x0001);
    c->m.ops->start(&c->m, true, CODE);
    c->cc = 2;
    wb_run(&c->m, 1);
    assert_int_equal(c->cc, 0);
    assert_int_equal(c->gr[2], 0x5555);
    s370t_free(c);
}

static void sigp_invalid_order_and_incorrect_state(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    S370T_CODE(c, CODE, 0xAE23, 0x00FF, 0xAE43, 0x000D);
    s370t_run(c, CODE, 2);
    assert_int_equal(c->gr[2], 0x00000080);   /* invalid order */
    assert_int_equal(c->gr[4], 0x00000200);   /* set prefix: CPU not stopped */
    assert_int_equal(c->cc, 1);
    s370t_free(c);
}

static void sigp_external_call_to_self_interrupts(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    c->cr[0] |= 0x00002000u;               /* CR0 bit 18: external call */
    S370T_CODE(c, CODE, 0xAE23, 0x0002);
    s370t_run_psw(c, 0x0100000000000000ull | CODE, 5);
    assert_int_equal(c->ia, S370T_EXT_STOP);
    assert_int_equal((s370t_get8(c, S370_PSA_EXT_OLD) >> 32) & 0xFFFF, S370_EXT_EXTERNAL_CALL);
    assert_int_equal(s370t_get8(c, S370_PSA_EXT_OLD) & 0xFFFFFF, CODE + 4);
    s370t_free(c);
}

static void sigp_emergency_signal_waits_for_subclass_mask(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    /* mask off: the signal stays pending; LCTL enabling bit 17 lets it in */
    s370t_set4(c, 0x300, 0x00004000u);
    S370T_CODE(c, CODE, 0xAE23, 0x0003, 0xB700, 0x0300);
    s370t_run_psw(c, 0x0100000000000000ull | CODE, 5);
    assert_int_equal(c->ia, S370T_EXT_STOP);
    assert_int_equal((s370t_get8(c, S370_PSA_EXT_OLD) >> 32) & 0xFFFF, S370_EXT_EMERGENCY_SIGNAL);
    assert_int_equal(s370t_get8(c, S370_PSA_EXT_OLD) & 0xFFFFFF, CODE + 8);
    s370t_free(c);
}

static void sigp_stop_and_store_status_halts(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    c->gr[9] = 0x99999999;
    c->cr[0] = 0x000000E0;
    S370T_CODE(c, CODE, 0xAE23, 0x0009);
    wb_exit e = s370t_run(c, CODE, 10);
    assert_int_equal(e.kind, WB_EXIT_HALT);
    assert_int_equal(s370t_get4(c, 0x180 + 4 * 9), 0x99999999);   /* GR9 at 384 + 36 */
    assert_int_equal(s370t_get4(c, 0x1C0), 0x000000E0);           /* CR0 at 448 */
    assert_int_equal(s370t_get8(c, 0x100) & 0xFFFFFF, CODE + 4);  /* current PSW at 256 */
    assert_int_equal(c->steps, 1);
    s370t_free(c);
}

/* ---------------------------------------------------------------- key-controlled protection */

static void key0_overrides_store_and_fetch_protection(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    c->keys[0x2000 / 2048] = 0x58;         /* key 5, fetch-protected */
    s370t_set4(c, 0x2000, 0x000000C0);
    c->gr[5] = 0x2000;
    S370T_CODE(c, CODE, 0xB205, 0x5008, 0xB700, 0x5000);   /* STCK 8(5); LCTL 0,0,0(5) */
    s370t_run(c, CODE, 2);                 /* PSW key 0 */
    assert_int_equal(s370t_pgm_code(c), -1);
    assert_int_equal(s370t_get8(c, 0x2008), 0x1000ull);   /* TOD at clock 1 */
    assert_int_equal(c->cr[0], 0x000000C0);
    assert_int_equal(c->keys[4] & 0x06, 0x06);            /* reference and change recorded */
    s370t_free(c);
}

static void matching_key_stores_and_unprotected_fetch_allowed(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    c->keys[0x2000 / 2048] = 0x30;         /* key 3, no fetch protection */
    c->keys[0x2800 / 2048] = 0x50;         /* key 5, no fetch protection */
    s370t_set4(c, 0x2800, 0x000000A0);
    c->gr[5] = 0x2000;
    S370T_CODE(c, CODE, 0xB205, 0x5000, 0xB700, 0x5800);   /* STCK 0(5); LCTL 0,0,X'800'(5) */
    s370t_run_psw(c, 0x0030000000000000ull | CODE, 2);           /* key 3 */
    assert_int_equal(s370t_pgm_code(c), -1);
    assert_int_equal(s370t_get8(c, 0x2000), 0x1000ull);
    assert_int_equal(c->cr[0], 0x000000A0);
    s370t_free(c);
}

static void fetch_protected_instruction_is_protection(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    c->keys[0x3000 / 2048] = 0x58;         /* code block: key 5, fetch-protected */
    S370T_CODE(c, 0x3000, 0xB205, 0x0300);
    s370t_run_psw(c, 0x0030000000003000ull, 5);  /* key 3 */
    assert_int_equal(s370t_pgm_code(c), S370_PGM_PROTECTION);
    assert_int_equal(s370t_get8(c, 0x300), 0);   /* nothing executed */
    s370t_free(c);
}

/* Protection through ordinary instructions: ST (50), L (58), MVC (D2). */
static void st_into_other_key_is_protection_and_suppressed(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    c->keys[0x2000 / 2048] = 0x50;         /* key 5, store-protected against key 3 */
    c->gr[1] = 0xDEADBEEF;
    c->gr[5] = 0x2000;
    S370T_CODE(c, CODE, 0x5010, 0x5000);   /* ST 1,0(5) */
    s370t_run_psw(c, 0x0031000000000000ull | CODE, 5);   /* key 3, problem state */
    assert_int_equal(s370t_pgm_code(c), S370_PGM_PROTECTION);
    assert_int_equal(s370t_get4(c, 0x2000), 0);
    assert_int_equal(old_ia(c), CODE + 4);
    s370t_free(c);
}

static void l_fetch_protection_needs_the_f_bit(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    c->keys[0x2000 / 2048] = 0x50;         /* key 5, not fetch-protected */
    c->keys[0x2800 / 2048] = 0x58;         /* key 5, fetch-protected */
    s370t_set4(c, 0x2000, 0x12345678);
    s370t_set4(c, 0x2800, 0x9ABCDEF0);
    c->gr[5] = 0x2000;
    S370T_CODE(c, CODE, 0x5820, 0x5000, 0x5830, 0x5800);   /* L 2,0(5); L 3,X'800'(5) */
    s370t_run_psw(c, 0x0031000000000000ull | CODE, 5);
    assert_int_equal(c->gr[2], 0x12345678);
    assert_int_equal(s370t_pgm_code(c), S370_PGM_PROTECTION);
    assert_int_equal(c->gr[3], 0);
    assert_int_equal(old_ia(c), CODE + 8);
    s370t_free(c);
}

static void mvc_key0_moves_across_protected_blocks(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    c->keys[0x2000 / 2048] = 0x58;
    c->keys[0x2800 / 2048] = 0x68;
    memcpy(c->mem + 0x2000, "PROTECTED", 9);
    c->gr[5] = 0x2000;
    S370T_CODE(c, CODE, 0xD208, 0x5800, 0x5000);   /* MVC X'800'(9,5),0(5) */
    s370t_run(c, CODE, 1);                          /* key 0 */
    assert_int_equal(s370t_pgm_code(c), -1);
    assert_memory_equal(c->mem + 0x2800, "PROTECTED", 9);
    s370t_free(c);
}

/* ---------------------------------------------------------------- table rows */

static void control_rows_declare_pg_classes(void **state)
{
    (void)state;
    static const struct { uint32_t op; wb_pg_class pg; } want[] = {
        {0x08, WB_PG_PRIVILEGED},   {0x09, WB_PG_PRIVILEGED},   {0x80, WB_PG_PRIVILEGED},
        {0x82, WB_PG_PRIVILEGED},   {0x83, WB_PG_PRIVILEGED},   {0xAC, WB_PG_PRIVILEGED},
        {0xAD, WB_PG_PRIVILEGED},   {0xAE, WB_PG_PRIVILEGED},   {0xAF, WB_PG_INNOCUOUS},
        {0xB1, WB_PG_PRIVILEGED},   {0xB6, WB_PG_PRIVILEGED},   {0xB7, WB_PG_PRIVILEGED},
        {0xB202, WB_PG_PRIVILEGED}, {0xB204, WB_PG_PRIVILEGED}, {0xB205, WB_PG_INNOCUOUS},
        {0xB206, WB_PG_PRIVILEGED}, {0xB207, WB_PG_PRIVILEGED}, {0xB208, WB_PG_PRIVILEGED},
        {0xB209, WB_PG_PRIVILEGED}, {0xB20A, WB_PG_PRIVILEGED}, {0xB20B, WB_PG_PRIVILEGED},
        {0xB20D, WB_PG_PRIVILEGED}, {0xB213, WB_PG_PRIVILEGED},
    };
    const wb_insn_info *info = s370_insn_infos();
    unsigned n = s370_insn_count();
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        bool found = false;
        for (unsigned j = 0; j < n; j++)
            if (info[j].opcode == want[i].op) {
                assert_int_equal(info[j].pg, want[i].pg);
                found = true;
            }
        if (!found)
            fail_msg("opcode %x missing from the table", want[i].op);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(privileged_instructions_trap_in_problem_state),
        cmocka_unit_test(privileged_trap_exits_to_host_as_priv),
        cmocka_unit_test(ssm_sets_system_mask_from_storage),
        cmocka_unit_test(ssm_suppression_is_special_operation),
        cmocka_unit_test(ssm_ec_invalid_bits_give_early_specification),
        cmocka_unit_test(stnsm_stores_then_ands),
        cmocka_unit_test(stosm_stores_then_ors),
        cmocka_unit_test(stosm_ec_invalid_bit_stores_then_specification),
        cmocka_unit_test(stnsm_store_protected_is_suppressed),
        cmocka_unit_test(lpsw_loads_bc_psw),
        cmocka_unit_test(lpsw_disabled_wait_halts),
        cmocka_unit_test(lpsw_unaligned_is_specification),
        cmocka_unit_test(lpsw_invalid_ec_psw_early_exception_ilc0),
        cmocka_unit_test(diagnose_without_hook_is_noop),
        cmocka_unit_test(diagnose_calls_hook),
        cmocka_unit_test(ssk_sets_key_of_2k_block),
        cmocka_unit_test(ssk_low_bits_is_specification),
        cmocka_unit_test(ssk_outside_storage_is_addressing),
        cmocka_unit_test(ssk_real_address_is_prefixed),
        cmocka_unit_test(isk_inserts_7_bits_in_ec_5_bits_in_bc),
        cmocka_unit_test(isk_low_bits_is_specification),
        cmocka_unit_test(rrb_sets_cc_from_r_and_c_and_clears_r),
        cmocka_unit_test(rrb_outside_storage_is_addressing),
        cmocka_unit_test(spka_sets_key_from_address_bits_24_27),
        cmocka_unit_test(ipk_inserts_key_into_gr2),
        cmocka_unit_test(spka_privileged_even_with_cr3_mask),
        cmocka_unit_test(lctl_loads_range_with_wraparound),
        cmocka_unit_test(stctl_stores_range),
        cmocka_unit_test(lctl_stctl_unaligned_is_specification),
        cmocka_unit_test(lctl_fetch_protected_is_suppressed),
        cmocka_unit_test(lctl_enables_pending_external_subclass),
        cmocka_unit_test(stidp_stores_cpu_id),
        cmocka_unit_test(stidp_unaligned_is_specification),
        cmocka_unit_test(sck_then_stck_counts_one_microsecond_per_instruction),
        cmocka_unit_test(stck_works_in_problem_state_and_is_unaligned_ok),
        cmocka_unit_test(stck_store_protection_in_problem_state),
        cmocka_unit_test(sckc_stckc_and_comparator_interruption),
        cmocka_unit_test(spt_stpt_and_cpu_timer_interruption),
        cmocka_unit_test(spt_most_negative_value_is_safe),
        cmocka_unit_test(clock_operands_must_be_doubleword_aligned),
        cmocka_unit_test(mc_masked_class_is_noop),
        cmocka_unit_test(mc_enabled_class_is_monitor_event),
        cmocka_unit_test(mc_nonzero_bits_8_11_is_specification),
        cmocka_unit_test(sigp_other_cpu_not_operational),
        cmocka_unit_test(sigp_sense_self_accepted),
        cmocka_unit_test(sigp_invalid_order_and_incorrect_state),
        cmocka_unit_test(sigp_external_call_to_self_interrupts),
        cmocka_unit_test(sigp_emergency_signal_waits_for_subclass_mask),
        cmocka_unit_test(sigp_stop_and_store_status_halts),
        cmocka_unit_test(key0_overrides_store_and_fetch_protection),
        cmocka_unit_test(matching_key_stores_and_unprotected_fetch_allowed),
        cmocka_unit_test(fetch_protected_instruction_is_protection),
        cmocka_unit_test(st_into_other_key_is_protection_and_suppressed),
        cmocka_unit_test(l_fetch_protection_needs_the_f_bit),
        cmocka_unit_test(mvc_key0_moves_across_protected_blocks),
        cmocka_unit_test(control_rows_declare_pg_classes),
    };
    return cmocka_run_group_tests_name("s370 control", tests, NULL, NULL);
}
