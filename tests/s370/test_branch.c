/* S/370 branching, EXECUTE and SUPERVISOR CALL (PoO chapter 7).  Expected values are worked
 * out by hand from the PoO (link-information layout, branch conditions, EX rules). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include "tests/support/s370t.h"

#define ORG 0x400u
#define TGT 0x800u   /* EX targets and branch targets */

#define BC_PSW(cc, pm) ((uint64_t)(cc) << 28 | (uint64_t)(pm) << 24 | ORG)
#define EC_PSW(cc, pm) (0x0008000000000000ull | (uint64_t)(cc) << 44 | (uint64_t)(pm) << 40 | ORG)




/* ---------------------------------------------------------------- BAL, BALR, BAS, BASR */

/* Link information: ILC(2) CC(2) mask(4) then the updated address (PoO "Branch and Link"). */
static void balr_link_information_bc_mode(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    S370T_CODE(c, ORG, 0x05EF);   /* BALR 14,15 */
    c->gr[15] = 0xAB001000;       /* bits 0-7 are not part of the address */
    s370t_expect_ok(c, s370t_run_psw(c, BC_PSW(2, 0xA), 1));
    assert_int_equal(c->gr[14], 0x6A000402);   /* 01 10 1010 | 000402 */
    assert_int_equal(c->ia, 0x001000);
    assert_int_equal(c->cc, 2);
    s370t_free(c);
}

static void balr_r2_zero_links_without_branching(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    S370T_CODE(c, ORG, 0x05E0);   /* BALR 14,0 */
    c->gr[0] = 0x1000;
    s370t_expect_ok(c, s370t_run_psw(c, BC_PSW(1, 0), 1));
    assert_int_equal(c->gr[14], 0x50000402);   /* 01 01 0000 */
    assert_int_equal(c->ia, 0x402);
    s370t_free(c);
}

static void balr_same_register_uses_old_contents(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    S370T_CODE(c, ORG, 0x05FF);   /* BALR 15,15 */
    c->gr[15] = 0x00001000;
    s370t_expect_ok(c, s370t_run_psw(c, BC_PSW(0, 0), 1));
    assert_int_equal(c->ia, 0x1000);
    assert_int_equal(c->gr[15], 0x40000402);
    s370t_free(c);
}

/* The link format is the same in EC mode (PoO: "do not depend on whether the PSW specifies the
 * BC or EC mode"). */
static void bal_link_information_bc_and_ec(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    S370T_CODE(c, ORG, 0x45E0, TGT);   /* BAL 14,TGT */
    s370t_expect_ok(c, s370t_run_psw(c, BC_PSW(1, 5), 1));
    assert_int_equal(c->gr[14], 0x95000404);   /* 10 01 0101 */
    assert_int_equal(c->ia, TGT);
    c->gr[14] = 0;
    s370t_expect_ok(c, s370t_run_psw(c, EC_PSW(1, 5), 1));
    assert_true(c->ec);
    assert_int_equal(c->gr[14], 0x95000404);
    assert_int_equal(c->ia, TGT);
    S370T_CODE(c, ORG, 0x05E0);                /* BALR 14,0 in EC mode */
    s370t_expect_ok(c, s370t_run_psw(c, EC_PSW(3, 0xC), 1));
    assert_int_equal(c->gr[14], 0x7C000402);   /* 01 11 1100 */
    s370t_free(c);
}

/* BAL X2/B2 = R1: the branch address is computed before R1 is replaced. */
static void bal_address_before_link(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    S370T_CODE(c, ORG, 0x45EE, 0x0010);   /* BAL 14,16(14) */
    c->gr[14] = 0x900;
    s370t_expect_ok(c, s370t_run_psw(c, BC_PSW(0, 0), 1));
    assert_int_equal(c->ia, 0x910);
    assert_int_equal(c->gr[14], 0x80000404);
    s370t_free(c);
}

static void bas_and_basr_save_address_only(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    S370T_CODE(c, ORG, 0x0DEF);   /* BASR 14,15 */
    c->gr[15] = 0xFF000A00;
    s370t_expect_ok(c, s370t_run_psw(c, BC_PSW(3, 0xF), 1));
    assert_int_equal(c->gr[14], 0x00000402);
    assert_int_equal(c->ia, 0xA00);

    S370T_CODE(c, ORG, 0x4DE0, TGT);   /* BAS 14,TGT */
    s370t_expect_ok(c, s370t_run_psw(c, BC_PSW(3, 0xF), 1));
    assert_int_equal(c->gr[14], 0x00000404);
    assert_int_equal(c->ia, TGT);

    S370T_CODE(c, ORG, 0x0DE0);   /* BASR 14,0: save, no branch */
    c->gr[0] = TGT;
    s370t_expect_ok(c, s370t_run_psw(c, EC_PSW(1, 1), 1));
    assert_int_equal(c->gr[14], 0x00000402);
    assert_int_equal(c->ia, 0x402);
    s370t_free(c);
}

/* ---------------------------------------------------------------- BC, BCR */

static void branch_on_condition_every_mask_and_cc(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    for (unsigned cc = 0; cc < 4; cc++)
        for (unsigned m = 0; m < 16; m++) {
            /* mask bits 8, 4, 2, 1 select CC 0, 1, 2, 3 (PoO "Branch on Condition") */
            bool taken = (m & (8u >> cc)) != 0;
            uint16_t bc[2] = {(uint16_t)(0x4700 | m << 4), TGT};
            s370t_code(c, ORG, bc, 2);
            s370t_expect_ok(c, s370t_run_psw(c, BC_PSW(cc, 0), 1));
            assert_int_equal(c->ia, taken ? TGT : ORG + 4);
            assert_int_equal(c->cc, cc);

            uint16_t bcr[1] = {(uint16_t)(0x0703 | m << 4)};   /* BCR m,3 */
            s370t_code(c, ORG, bcr, 1);
            c->gr[3] = 0x5A000A00;
            s370t_expect_ok(c, s370t_run_psw(c, BC_PSW(cc, 0), 1));
            assert_int_equal(c->ia, taken ? 0xA00 : ORG + 2);
        }
    s370t_free(c);
}

/* BCR M,0 never branches; BCR 15,0 (serialization) is a no-op on one CPU. */
static void bcr_r2_zero_does_not_branch(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    S370T_CODE(c, ORG, 0x07F0, 0x0780);   /* BCR 15,0; BCR 8,0 */
    c->gr[0] = TGT;
    s370t_expect_ok(c, s370t_run_psw(c, BC_PSW(0, 0), 2));
    assert_int_equal(c->ia, ORG + 4);
    assert_int_equal(c->gr[0], TGT);
    s370t_free(c);
}

/* ---------------------------------------------------------------- BCT, BCTR, BXH, BXLE */

/* Registers 1-3 in and out, and where execution continues. */
struct bcase {
    uint16_t hw0, hw1;
    uint32_t in[3], out[3];
    uint32_t ia;
};

static void run_bcases(const struct bcase *t, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        s370_cpu *c = s370t_new(65536);
        uint16_t code[2] = {t[i].hw0, t[i].hw1};
        s370t_code(c, ORG, code, 2);
        for (unsigned r = 0; r < 3; r++)
            c->gr[r + 1] = t[i].in[r];
        c->gr[0] = 0x0BAD0BAD;
        s370t_expect_ok(c, s370t_run_psw(c, BC_PSW(2, 0), 1));
        if (c->ia != t[i].ia)
            print_error("case %zu (%04x %04x): ia %06x\n", i, t[i].hw0, t[i].hw1, c->ia);
        assert_int_equal(c->ia, t[i].ia);
        for (unsigned r = 0; r < 3; r++)
            assert_int_equal(c->gr[r + 1], t[i].out[r]);
        assert_int_equal(c->gr[0], 0x0BAD0BAD);
        assert_int_equal(c->cc, 2);
        s370t_free(c);
    }
}

static void branch_on_count(void **state)
{
    (void)state;
    static const struct bcase t[] = {
        /* BCT 1,TGT */
        {0x4610, TGT, {2, 0, 0}, {1, 0, 0}, TGT},
        {0x4610, TGT, {1, 0, 0}, {0, 0, 0}, ORG + 4},
        {0x4610, TGT, {0, 0, 0}, {0xFFFFFFFF, 0, 0}, TGT},
        {0x4610, TGT, {0x80000000, 0, 0}, {0x7FFFFFFF, 0, 0}, TGT},   /* wrap, no overflow */
        /* BCT 1,0(1): address from R1 before the count */
        {0x4610, 0x1000, {0x900, 0, 0}, {0x8FF, 0, 0}, 0x900},
        /* BCTR 1,2 */
        {0x0612, 0, {2, TGT, 0}, {1, TGT, 0}, TGT},
        {0x0612, 0, {1, TGT, 0}, {0, TGT, 0}, ORG + 2},
        /* BCTR 1,0: counts, never branches */
        {0x0610, 0, {5, 0, 0}, {4, 0, 0}, ORG + 2},
        {0x0610, 0, {0, 0, 0}, {0xFFFFFFFF, 0, 0}, ORG + 2},
        /* BCTR 1,1: branch address is R1 before the count */
        {0x0611, 0, {0x900, 0, 0}, {0x8FF, 0, 0}, 0x900},
    };
    run_bcases(t, sizeof t / sizeof t[0]);
}

static void branch_on_index(void **state)
{
    (void)state;
    static const struct bcase t[] = {
        /* BXH 1,2,TGT: R1 index, R2 increment, R3 comparand */
        {0x8612, TGT, {0, 4, 8}, {4, 4, 8}, ORG + 4},
        {0x8612, TGT, {4, 4, 8}, {8, 4, 8}, ORG + 4},                       /* equal is not high */
        {0x8612, TGT, {8, 4, 8}, {12, 4, 8}, TGT},
        {0x8612, TGT, {10, 0xFFFFFFFF, 0}, {9, 0xFFFFFFFF, 0}, TGT},
        {0x8612, TGT, {1, 0xFFFFFFFF, 0xFFFFFFFF}, {0, 0xFFFFFFFF, 0xFFFFFFFF}, TGT},   /* 0 > -1 */
        {0x8612, TGT, {0x7FFFFFFF, 1, 0}, {0x80000000, 1, 0}, ORG + 4},     /* overflow ignored */
        /* BXLE 1,2,TGT */
        {0x8712, TGT, {4, 4, 8}, {8, 4, 8}, TGT},
        {0x8712, TGT, {8, 4, 8}, {12, 4, 8}, ORG + 4},
        {0x8712, TGT, {0x7FFFFFFF, 1, 0}, {0x80000000, 1, 0}, TGT},
        {0x8712, TGT, {0, 0xFFFFFFFF, 0xFFFFFFFE}, {0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFE}, ORG + 4},
        /* BXH 1,3,TGT: odd R3 is both increment and comparand */
        {0x8613, TGT, {1, 0, 5}, {6, 0, 5}, TGT},
        {0x8613, TGT, {0, 0, 5}, {5, 0, 5}, ORG + 4},
        /* BXLE 3,3,TGT: R1 = R3 = comparand; the old value is compared */
        {0x8733, TGT, {0, 0, 5}, {0, 0, 10}, ORG + 4},                      /* 10 <= 5? */
        {0x8733, TGT, {0, 0, 0xFFFFFFFB}, {0, 0, 0xFFFFFFF6}, TGT},         /* -10 <= -5 */
        /* BXLE 3,2,TGT: R1 is the comparand register R3 */
        {0x8732, TGT, {0, 1, 10}, {0, 1, 11}, ORG + 4},                     /* 11 <= 10? */
        {0x8732, TGT, {0, 0, 10}, {0, 0, 10}, TGT},                         /* 10 <= 10 */
        /* BXH 2,2,TGT: R1 = R3 even: increment R2, comparand R3 */
        {0x8622, TGT, {0, 3, 5}, {0, 6, 5}, TGT},
        {0x8622, TGT, {0, 2, 5}, {0, 4, 5}, ORG + 4},
        /* BXH 1,2,0(1): branch address from R1 before the update */
        {0x8612, 0x1000, {0x900, 0x100, 0}, {0xA00, 0x100, 0}, 0x900},
    };
    run_bcases(t, sizeof t / sizeof t[0]);
}

/* ---------------------------------------------------------------- EX */

static void ex_ors_r1_into_second_byte(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    S370T_CODE(c, ORG, 0x4410, TGT);   /* EX 1,TGT */
    S370T_CODE(c, TGT, 0x1800);        /* LR 0,0 -> LR 1,2 with X'12' */
    c->gr[1] = 0xFFFFFF12;             /* only bits 24-31 take part */
    c->gr[2] = 0xABC;
    s370t_expect_ok(c, s370t_run_psw(c, BC_PSW(1, 0), 1));
    assert_int_equal(c->gr[1], 0xABC);
    assert_int_equal(c->ia, ORG + 4);
    assert_int_equal(s370t_get4(c, TGT) >> 16, 0x1800);   /* the target in storage is unchanged */
    assert_false(c->in_exec);
    s370t_free(c);
}

static void ex_r1_zero_does_not_or(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    S370T_CODE(c, ORG, 0x4400, TGT);   /* EX 0,TGT */
    S370T_CODE(c, TGT, 0x1834);        /* LR 3,4 (ORed with X'FF' it would be LR 15,15) */
    c->gr[0] = 0xFF;
    c->gr[3] = 1;
    c->gr[4] = 0x444;
    s370t_expect_ok(c, s370t_run_psw(c, BC_PSW(0, 0), 1));
    assert_int_equal(c->gr[3], 0x444);
    s370t_free(c);
}

/* Target that sets the CC: EX x,CLI with the immediate supplied by the register. */
static void ex_supplies_immediate(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    S370T_CODE(c, ORG, 0x4450, TGT);     /* EX 5,TGT */
    S370T_CODE(c, TGT, 0x9500, 0x0900);  /* CLI X'900',0 */
    c->mem[0x900] = 0x42;
    c->gr[5] = 0x42;
    s370t_expect_ok(c, s370t_run_psw(c, BC_PSW(3, 0), 1));
    assert_int_equal(c->cc, 0);
    c->gr[5] = 0x43;
    s370t_expect_ok(c, s370t_run_psw(c, BC_PSW(3, 0), 1));
    assert_int_equal(c->cc, 1);
    s370t_free(c);
}

/* BALR/BAL under EX: the link has EX's ILC (2) and the address after EX. */
static void ex_of_branch_and_link(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    S370T_CODE(c, ORG, 0x4410, TGT);   /* EX 1,TGT */
    S370T_CODE(c, TGT, 0x0500);        /* BALR 0,0 -> BALR 14,15 */
    c->gr[1] = 0xEF;
    c->gr[15] = 0x1000;
    s370t_expect_ok(c, s370t_run_psw(c, BC_PSW(0, 0), 1));
    assert_int_equal(c->gr[14], 0x80000404);   /* 10 00 0000 */
    assert_int_equal(c->ia, 0x1000);

    S370T_CODE(c, TGT, 0x4500, 0x0900);   /* BAL 0,X'900' -> BAL 14,X'900' */
    c->gr[1] = 0xE0;
    s370t_expect_ok(c, s370t_run_psw(c, BC_PSW(1, 2), 1));
    assert_int_equal(c->gr[14], 0x92000404);   /* 10 01 0010 */
    assert_int_equal(c->ia, 0x900);
    s370t_free(c);
}

/* A target that straddles a 2K block boundary is fetched halfword by halfword. */
static void ex_target_across_block_boundary(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    S370T_CODE(c, ORG, 0x4400, 0x07FE);    /* EX 0,X'7FE' */
    S370T_CODE(c, 0x7FE, 0x45E0, 0x0900);  /* BAL 14,X'900' across 0x800 */
    s370t_expect_ok(c, s370t_run_psw(c, BC_PSW(0, 0), 1));
    assert_int_equal(c->ia, 0x900);
    assert_int_equal(c->gr[14], 0x80000404);
    s370t_free(c);
}

static void ex_odd_address_is_specification(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    S370T_CODE(c, ORG, 0x4400, TGT + 1);   /* EX 0,TGT+1 */
    s370t_expect_pgm(c, s370t_run_psw(c, BC_PSW(2, 0), 1), S370_PGM_SPECIFICATION, 4, 2, ORG + 4);
    /* odd and outside storage: still specification, no access exception for an odd address */
    S370T_CODE(c, ORG, 0x4407, 0x0001);    /* EX 0,1(7) */
    c->gr[7] = 0x20000;
    s370t_expect_pgm(c, s370t_run_psw(c, BC_PSW(2, 0), 1), S370_PGM_SPECIFICATION, 4, 2, ORG + 4);
    s370t_free(c);
}

static void ex_target_outside_storage_is_addressing(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    S370T_CODE(c, ORG, 0x4407, 0x0000);    /* EX 0,0(7) */
    c->gr[7] = 0x10000;
    s370t_expect_pgm(c, s370t_run_psw(c, BC_PSW(0, 0), 1), S370_PGM_ADDRESSING, 4, 0, ORG + 4);
    /* a four-byte target whose second halfword lies outside */
    S370T_CODE(c, 0xFFFE, 0x45E0);
    c->gr[7] = 0xFFFE;
    c->gr[14] = 0x14;
    s370t_expect_pgm(c, s370t_run_psw(c, BC_PSW(0, 0), 1), S370_PGM_ADDRESSING, 4, 0, ORG + 4);
    assert_int_equal(c->gr[14], 0x14);
    s370t_free(c);
}

static void ex_of_ex_is_execute_exception(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    S370T_CODE(c, ORG, 0x4400, TGT);       /* EX 0,TGT */
    S370T_CODE(c, TGT, 0x4400, 0x0900);    /* EX 0,X'900' */
    S370T_CODE(c, 0x900, 0x1812);          /* never reached */
    c->gr[1] = 7;
    s370t_expect_pgm(c, s370t_run_psw(c, BC_PSW(1, 0), 1), S370_PGM_EXECUTE, 4, 1, ORG + 4);
    assert_int_equal(c->gr[1], 7);
    assert_false(c->in_exec);
    s370t_free(c);
}

/* An exception of the target reports EX's ILC (4) and the address after EX. */
static void ex_target_exception_reports_ex(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    S370T_CODE(c, ORG, 0x4400, TGT);   /* EX 0,TGT */
    S370T_CODE(c, TGT, 0x0000);        /* unassigned opcode */
    s370t_expect_pgm(c, s370t_run_psw(c, BC_PSW(0, 0), 1), S370_PGM_OPERATION, 4, 0, ORG + 4);
    assert_true(c->in_exec);   /* the exception arose in the target: visible until the next fetch */

    S370T_CODE(c, TGT, 0x1A12);        /* AR 1,2 overflowing, mask on */
    c->gr[1] = 0x7FFFFFFF;
    c->gr[2] = 1;
    s370t_expect_pgm(c, s370t_run_psw(c, BC_PSW(0, S370_PM_FIXED), 1), S370_PGM_FIXED_OVERFLOW, 4, 3, ORG + 4);
    assert_int_equal(c->gr[1], 0x80000000);
    assert_true(c->in_exec);   /* the exception arose in the target: visible until the next fetch */

    /* and the machine goes on normally afterwards: a second EX works */
    S370T_CODE(c, TGT, 0x1834);        /* LR 3,4 */
    c->gr[4] = 99;
    s370t_expect_ok(c, s370t_run_psw(c, BC_PSW(0, 0), 1));
    assert_int_equal(c->gr[3], 99);
    s370t_free(c);
}

/* With trap_to_host, an exception of the target is reported at EX's address with EX's length,
 * and the PSW is left past EX. */
static void ex_target_trap_to_host(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    c->m.trap_to_host = true;
    S370T_CODE(c, ORG, 0x4400, TGT);   /* EX 0,TGT */
    S370T_CODE(c, TGT, 0x0000);
    wb_exit e = s370t_run_psw(c, BC_PSW(0, 0), 5);
    assert_int_equal(e.kind, WB_EXIT_TRAP);
    assert_int_equal(e.trap.code, S370_PGM_OPERATION);
    assert_int_equal(e.trap.addr, ORG);
    assert_int_equal(e.trap.ilen, 4);
    assert_int_equal(c->ia, ORG + 4);
    assert_true(c->in_exec);   /* the exception arose in the target: visible until the next fetch */
    s370t_free(c);
}

/* EX in a loop, as programs use it: MVI-style targets with a register-supplied byte. */
static void ex_in_a_loop(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    /* 400 EX 1,TGT ; 404 LA 1,1(1) ; 408 BCT 2,X'400' ; target: MVI X'900',0 */
    S370T_CODE(c, ORG, 0x4410, TGT, 0x4111, 0x0001, 0x4620, 0x0400);
    S370T_CODE(c, TGT, 0x9200, 0x0900);
    c->gr[1] = 0x10;
    c->gr[2] = 3;
    s370t_expect_ok(c, s370t_run_psw(c, BC_PSW(0, 0), 9));
    assert_int_equal(c->mem[0x900], 0x12);   /* the third pass stored X'12' */
    assert_int_equal(c->gr[1], 0x13);
    assert_int_equal(c->gr[2], 0);
    assert_int_equal(c->ia, 0x40C);
    s370t_free(c);
}

/* ---------------------------------------------------------------- SVC */

static void svc_bc_mode(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    S370T_CODE(c, ORG, 0x0A12);   /* SVC 18 */
    s370t_run_psw(c, BC_PSW(2, 3), 1);
    assert_int_equal(c->ia, S370T_SVC_STOP);
    /* code 0x0012, ILC 01, CC 10, mask 0011, IA 000402 */
    assert_int_equal(s370t_get8(c, S370_PSA_SVC_OLD), 0x0000001263000402ull);
    assert_int_equal(s370t_pgm_code(c), -1);
    s370t_free(c);
}

static void svc_ec_mode(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    S370T_CODE(c, ORG, 0x0AAB);   /* SVC 171 */
    s370t_run_psw(c, EC_PSW(1, 0), 1);
    assert_int_equal(c->ia, S370T_SVC_STOP);
    assert_int_equal(s370t_get8(c, S370_PSA_SVC_OLD), 0x0008100000000402ull);
    assert_int_equal(s370t_get4(c, S370_PSA_SVC_CODE), 0x000200AB);   /* ILC 2 bytes, code */
    s370t_free(c);
}

static void svc_under_ex(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    S370T_CODE(c, ORG, 0x4410, TGT);   /* EX 1,TGT */
    S370T_CODE(c, TGT, 0x0A00);        /* SVC 0 -> SVC X'7F' */
    c->gr[1] = 0x7F;
    s370t_run_psw(c, BC_PSW(0, 0), 1);
    assert_int_equal(c->ia, S370T_SVC_STOP);
    /* code 0x007F, ILC 10 (EX's), IA after EX */
    assert_int_equal(s370t_get8(c, S370_PSA_SVC_OLD), 0x0000007F80000404ull);
    assert_false(c->in_exec);
    s370t_free(c);
}

static void table_rows(void **state)
{
    (void)state;
    static const struct {
        uint8_t op;
        const char *mn;
        s370_fmt fmt;
    } want[] = {
        {0x05, "BALR", S370_RR}, {0x45, "BAL", S370_RX}, {0x0D, "BASR", S370_RR}, {0x4D, "BAS", S370_RX},
        {0x06, "BCTR", S370_RR}, {0x46, "BCT", S370_RX}, {0x07, "BCR", S370_RR}, {0x47, "BC", S370_RX},
        {0x86, "BXH", S370_RS}, {0x87, "BXLE", S370_RS}, {0x44, "EX", S370_RX}, {0x0A, "SVC", S370_RR},
    };
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        uint8_t ins[6] = {want[i].op};
        const s370_insn_def *d = s370_lookup(ins);
        assert_non_null(d);
        assert_string_equal(d->mnemonic, want[i].mn);
        assert_int_equal(d->fmt, want[i].fmt);
        assert_int_equal(d->pg, WB_PG_INNOCUOUS);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(balr_link_information_bc_mode),
        cmocka_unit_test(balr_r2_zero_links_without_branching),
        cmocka_unit_test(balr_same_register_uses_old_contents),
        cmocka_unit_test(bal_link_information_bc_and_ec),
        cmocka_unit_test(bal_address_before_link),
        cmocka_unit_test(bas_and_basr_save_address_only),
        cmocka_unit_test(branch_on_condition_every_mask_and_cc),
        cmocka_unit_test(bcr_r2_zero_does_not_branch),
        cmocka_unit_test(branch_on_count),
        cmocka_unit_test(branch_on_index),
        cmocka_unit_test(ex_ors_r1_into_second_byte),
        cmocka_unit_test(ex_r1_zero_does_not_or),
        cmocka_unit_test(ex_supplies_immediate),
        cmocka_unit_test(ex_of_branch_and_link),
        cmocka_unit_test(ex_target_across_block_boundary),
        cmocka_unit_test(ex_odd_address_is_specification),
        cmocka_unit_test(ex_target_outside_storage_is_addressing),
        cmocka_unit_test(ex_of_ex_is_execute_exception),
        cmocka_unit_test(ex_target_exception_reports_ex),
        cmocka_unit_test(ex_target_trap_to_host),
        cmocka_unit_test(ex_in_a_loop),
        cmocka_unit_test(svc_bc_mode),
        cmocka_unit_test(svc_ec_mode),
        cmocka_unit_test(svc_under_ex),
        cmocka_unit_test(table_rows),
    };
    return cmocka_run_group_tests_name("s370 branch", tests, NULL, NULL);
}
