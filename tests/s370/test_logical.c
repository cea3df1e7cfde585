/* S/370 logical instructions (PoO chapter 7): AND/OR/XOR, compare logical, TM, IC/ICM/STC/STCM,
 * MVI, logical shifts, TS, SPM.  Expected values are worked out by hand from the PoO. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include "tests/support/s370t.h"

#define ORG 0x400u
#define DATA 0x800u
#define OUTSIDE 0xFFFFu   /* last byte of 64K storage: one past it is an addressing exception */

#define BC_PSW(cc, pm) ((uint64_t)(cc) << 28 | (uint64_t)(pm) << 24 | ORG)




/* R1 op R2 / R1 op word at DATA; second operand b in both. */
struct rcase {
    uint16_t hw0, hw1;
    uint32_t a, b, want;
    int cc;
};

static void run_rcases(const struct rcase *t, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        s370_cpu *c = s370t_new(65536);
        uint16_t code[2] = {t[i].hw0, t[i].hw1};
        s370t_code(c, ORG, code, 2);
        c->gr[1] = t[i].a;
        c->gr[2] = t[i].b;
        s370t_set4(c, DATA, t[i].b);
        s370t_expect_ok(c, s370t_run_psw(c, BC_PSW((t[i].cc + 1) & 3, 0), 1));
        if (c->gr[1] != t[i].want || c->cc != t[i].cc)
            print_error("case %zu (%04x): got %08x cc %d\n", i, t[i].hw0, c->gr[1], c->cc);
        assert_int_equal(c->gr[1], t[i].want);
        assert_int_equal(c->cc, t[i].cc);
        assert_int_equal(s370t_get4(c, DATA), t[i].b);   /* storage operand never changes */
        s370t_free(c);
    }
}

static void and_or_xor_registers_and_storage(void **state)
{
    (void)state;
    static const struct rcase t[] = {
        {0x1412, 0, 0xF0F0F0F0, 0x0FF00FF0, 0x00F000F0, 1},   /* NR */
        {0x1412, 0, 0x000000F0, 0x0000000F, 0, 0},
        {0x5410, DATA, 0xFFFFFFFF, 0x80000001, 0x80000001, 1}, /* N */
        {0x5410, DATA, 0x12345678, 0, 0, 0},
        {0x1612, 0, 0xF0000000, 0x0000000F, 0xF000000F, 1},   /* OR */
        {0x1612, 0, 0, 0, 0, 0},
        {0x5610, DATA, 0x00FF0000, 0x0000FF00, 0x00FFFF00, 1}, /* O */
        {0x1712, 0, 0xFF00FF00, 0x0F0F0F0F, 0xF00FF00F, 1},   /* XR */
        {0x1712, 0, 0xA5A5A5A5, 0xA5A5A5A5, 0, 0},
        {0x5710, DATA, 0xFFFFFFFF, 0x00000001, 0xFFFFFFFE, 1}, /* X */
        {0x5710, DATA, 0x5A5A5A5A, 0x5A5A5A5A, 0, 0},
    };
    run_rcases(t, sizeof t / sizeof t[0]);
}

static void xr_same_register_clears(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    S370T_CODE(c, ORG, 0x1733);   /* XR 3,3 */
    c->gr[3] = 0xDEADBEEF;
    s370t_expect_ok(c, s370t_run_psw(c, BC_PSW(1, 0), 1));
    assert_int_equal(c->gr[3], 0);
    assert_int_equal(c->cc, 0);
    s370t_free(c);
}

/* NI/OI/XI/MVI DATA,i: (storage byte, immediate) -> byte, CC. */
static void immediate_forms(void **state)
{
    (void)state;
    static const struct {
        uint8_t op, mem, imm, want;
        int cc;
    } t[] = {
        {0x94, 0xF3, 0x0F, 0x03, 1}, {0x94, 0xF0, 0x0F, 0x00, 0},   /* NI */
        {0x96, 0x10, 0x01, 0x11, 1}, {0x96, 0x00, 0x00, 0x00, 0},   /* OI */
        {0x97, 0xFF, 0xFF, 0x00, 0}, {0x97, 0xF0, 0xFF, 0x0F, 1},   /* XI */
        {0x92, 0x00, 0xAB, 0xAB, -1},                               /* MVI: CC unchanged */
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        s370_cpu *c = s370t_new(65536);
        uint16_t code[2] = {(uint16_t)(t[i].op << 8 | t[i].imm), DATA + 1};
        s370t_code(c, ORG, code, 2);
        s370t_set4(c, DATA, 0x11000022u | (uint32_t)t[i].mem << 16);
        int cc0 = t[i].cc < 0 ? 3 : (t[i].cc + 1) & 3;
        s370t_expect_ok(c, s370t_run_psw(c, BC_PSW(cc0, 0), 1));
        assert_int_equal(s370t_get4(c, DATA), 0x11000022u | (uint32_t)t[i].want << 16);   /* neighbours intact */
        assert_int_equal(c->cc, t[i].cc < 0 ? 3 : t[i].cc);
        s370t_free(c);
    }
}

static void immediate_forms_addressing(void **state)
{
    (void)state;
    static const uint8_t ops[] = {0x94, 0x96, 0x97, 0x92, 0x95, 0x91, 0x93};   /* NI OI XI MVI CLI TM TS */
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++) {
        s370_cpu *c = s370t_new(65536);
        /* op X'FF',1(7) with R7 = 0xFFFF: address 0x10000, beyond 64K */
        uint16_t code[2] = {(uint16_t)(ops[i] << 8 | 0xFF), 0x7001};
        s370t_code(c, ORG, code, 2);
        c->gr[7] = OUTSIDE;
        s370t_expect_pgm(c, s370t_run_psw(c, BC_PSW(2, 0), 1), S370_PGM_ADDRESSING, 4, 2, ORG + 4);
        s370t_free(c);
    }
}

/* NI/OI/XI/MVI/TS on a byte of another key (fetch allowed, store not): protection, byte
 * unchanged, CC unchanged; TM and CLI only fetch and work. */
static void immediate_forms_protection(void **state)
{
    (void)state;
    static const uint8_t stores[] = {0x94, 0x96, 0x97, 0x92, 0x93};
    const uint64_t key1 = 0x0010000000000000ull | 2ull << 28 | ORG;   /* key 1, CC 2 */
    for (size_t i = 0; i < sizeof stores / sizeof stores[0]; i++) {
        s370_cpu *c = s370t_new(65536);
        c->keys[0x1000 / S370_KEYBLOCK] = 0x20;
        uint16_t code[2] = {(uint16_t)(stores[i] << 8 | 0x0F), 0x7000};   /* op 0(7),X'0F' */
        s370t_code(c, ORG, code, 2);
        c->gr[7] = 0x1000;
        c->mem[0x1000] = 0x5A;
        s370t_expect_pgm(c, s370t_run_psw(c, key1, 1), S370_PGM_PROTECTION, 4, 2, ORG + 4);
        assert_int_equal(c->mem[0x1000], 0x5A);
        s370t_free(c);
    }
    s370_cpu *c = s370t_new(65536);
    c->keys[0x1000 / S370_KEYBLOCK] = 0x20;
    c->mem[0x1000] = 0x5A;
    S370T_CODE(c, ORG, 0x910F, 0x7000, 0x955A, 0x7000);   /* TM 0(7),X'0F'; CLI 0(7),X'5A' */
    c->gr[7] = 0x1000;
    s370t_expect_ok(c, s370t_run_psw(c, key1, 1));
    assert_int_equal(c->cc, 1);                           /* 0x5A & 0x0F = 0x0A: mixed */
    s370t_expect_ok(c, s370t_run_psw(c, key1, 2));
    assert_int_equal(c->cc, 0);
    s370t_free(c);
}

static void compare_logical(void **state)
{
    (void)state;
    static const struct rcase t[] = {
        {0x1512, 0, 1, 0xFFFFFFFF, 1, 1},            /* CLR: unsigned, so 1 is low */
        {0x1512, 0, 0x80000000, 0x7FFFFFFF, 0x80000000, 2},
        {0x1512, 0, 42, 42, 42, 0},
        {0x5510, DATA, 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFF, 2},   /* CL */
        {0x5510, DATA, 0, 1, 0, 1},
        {0x5510, DATA, 0x01020304, 0x01020304, 0x01020304, 0},
    };
    run_rcases(t, sizeof t / sizeof t[0]);
}

static void compare_logical_immediate(void **state)
{
    (void)state;
    static const struct {
        uint8_t mem, imm;
        int cc;
    } t[] = {
        {0x80, 0x7F, 2},   /* storage is the first operand */
        {0x7F, 0x80, 1},
        {0xC1, 0xC1, 0},
    };
    for (size_t i = 0; i < 3; i++) {
        s370_cpu *c = s370t_new(65536);
        uint16_t code[2] = {(uint16_t)(0x9500 | t[i].imm), DATA};
        s370t_code(c, ORG, code, 2);
        c->mem[DATA] = t[i].mem;
        s370t_expect_ok(c, s370t_run_psw(c, BC_PSW(3, 0), 1));
        assert_int_equal(c->cc, t[i].cc);
        assert_int_equal(c->mem[DATA], t[i].mem);
        s370t_free(c);
    }
}

/* CLM 1,m,DATA with R1 = 0x11223344 */
static void compare_logical_under_mask(void **state)
{
    (void)state;
    static const struct {
        uint8_t m;
        uint8_t mem[4];
        int cc;
    } t[] = {
        {0x5, {0x22, 0x44, 0x00, 0x00}, 0},   /* bytes 1 and 3: 22 44 */
        {0x5, {0x22, 0x45, 0x00, 0x00}, 1},
        {0x5, {0x21, 0xFF, 0x00, 0x00}, 2},   /* decided at the first byte */
        {0xF, {0x11, 0x22, 0x33, 0x44}, 0},
        {0xF, {0x11, 0x22, 0x33, 0x45}, 1},
        {0x8, {0x10, 0xFF, 0xFF, 0xFF}, 2},   /* one byte: 11 > 10 */
        {0x1, {0x44, 0x00, 0x00, 0x00}, 0},
        {0x0, {0xFF, 0xFF, 0xFF, 0xFF}, 0},   /* mask zero: CC 0 */
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        s370_cpu *c = s370t_new(65536);
        uint16_t code[2] = {(uint16_t)(0xBD10 | t[i].m), DATA};
        s370t_code(c, ORG, code, 2);
        s370t_put(c, DATA, t[i].mem, 4);
        c->gr[1] = 0x11223344;
        s370t_expect_ok(c, s370t_run_psw(c, BC_PSW(3, 0), 1));
        if (c->cc != t[i].cc)
            print_error("CLM case %zu: cc %d\n", i, c->cc);
        assert_int_equal(c->cc, t[i].cc);
        assert_int_equal(c->gr[1], 0x11223344);
        s370t_free(c);
    }
}

/* Mask zero still recognizes access exceptions for one byte (PoO, CLM and ICM); with a mask the
 * operand is exactly as long as the number of ones. */
static void under_mask_access_exceptions(void **state)
{
    (void)state;
    static const uint16_t ops[] = {0xBD10, 0xBF10, 0xBE10};   /* CLM, ICM, STCM with R1 = 1 */
    for (size_t i = 0; i < 3; i++) {
        /* mask zero at 0x10000: addressing */
        s370_cpu *c = s370t_new(65536);
        uint16_t code[2] = {ops[i], 0x7001};   /* op 1,0,1(7) */
        s370t_code(c, ORG, code, 2);
        c->gr[7] = OUTSIDE;
        c->gr[1] = 0x12345678;
        s370t_expect_pgm(c, s370t_run_psw(c, BC_PSW(1, 0), 1), S370_PGM_ADDRESSING, 4, 1, ORG + 4);
        assert_int_equal(c->gr[1], 0x12345678);

        /* mask 0001 at the last byte of storage: one byte, fine */
        uint16_t code2[2] = {(uint16_t)(ops[i] | 1), 0x7000};
        s370t_code(c, ORG, code2, 2);
        c->mem[OUTSIDE] = 0x78;
        s370t_expect_ok(c, s370t_run_psw(c, BC_PSW(1, 0), 1));

        /* mask 0011 there: the second byte is outside */
        uint16_t code3[2] = {(uint16_t)(ops[i] | 3), 0x7000};
        s370t_code(c, ORG, code3, 2);
        s370t_expect_pgm(c, s370t_run_psw(c, BC_PSW(1, 0), 1), S370_PGM_ADDRESSING, 4, 1, ORG + 4);
        assert_int_equal(c->gr[1], 0x12345678);
        assert_int_equal(c->mem[OUTSIDE], 0x78);
        s370t_free(c);
    }
}

/* TM DATA,mask with the byte 0xA5 = 1010 0101 */
static void test_under_mask(void **state)
{
    (void)state;
    static const struct {
        uint8_t m;
        int cc;
    } t[] = {
        {0x81, 3},   /* selected bits 1,1 */
        {0x82, 1},   /* 1,0: mixed */
        {0x5A, 0},   /* all selected zero */
        {0x00, 0},   /* mask zero */
        {0xA5, 3},
        {0xFF, 1},
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        s370_cpu *c = s370t_new(65536);
        uint16_t code[2] = {(uint16_t)(0x9100 | t[i].m), DATA};
        s370t_code(c, ORG, code, 2);
        c->mem[DATA] = 0xA5;
        s370t_expect_ok(c, s370t_run_psw(c, BC_PSW(2, 0), 1));
        assert_int_equal(c->cc, t[i].cc);
        assert_int_equal(c->mem[DATA], 0xA5);
        s370t_free(c);
    }
}

static void set_r1_pattern(s370_cpu *c) { c->gr[1] = 0x11223344; }

static void insert_and_store_character(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    S370T_CODE(c, ORG, 0x4310, DATA, 0x4220, DATA + 5);   /* IC 1,DATA; STC 2,DATA+5 */
    c->gr[1] = 0x11223344;
    c->gr[2] = 0xAABBCCDD;
    s370t_set8(c, DATA, 0xAB00000000000000ull);
    s370t_expect_ok(c, s370t_run_psw(c, BC_PSW(3, 0), 2));
    assert_int_equal(c->gr[1], 0x112233AB);
    assert_int_equal(s370t_get8(c, DATA), 0xAB00000000DD0000ull);
    assert_int_equal(c->cc, 3);
    s370t_free(c);
}

/* ICM r,m,DATA */
static void insert_characters_under_mask(void **state)
{
    (void)state;
    static const struct {
        uint8_t m;
        uint32_t before;
        uint8_t mem[4];
        uint32_t after;
        int cc;
    } t[] = {
        {0x7, 0x12345678, {0xFE, 0xDC, 0xBA, 0x00}, 0x12FEDCBA, 1},   /* leftmost inserted bit 1 */
        {0x9, 0x12345678, {0x00, 0x34, 0xFF, 0xFF}, 0x00345634, 2},   /* nonzero, leftmost 0 */
        {0xF, 0xFFFFFFFF, {0x00, 0x00, 0x00, 0x00}, 0x00000000, 0},
        {0x2, 0x00000000, {0x80, 0x00, 0x00, 0x00}, 0x00008000, 1},
        {0x1, 0xFFFFFF00, {0x00, 0x00, 0x00, 0x00}, 0xFFFFFF00, 0},   /* zero inserted, rest 1s */
        {0xA, 0x00000000, {0x01, 0x02, 0x00, 0x00}, 0x01000200, 2},
        {0x0, 0x12345678, {0xFF, 0xFF, 0xFF, 0xFF}, 0x12345678, 0},   /* mask zero */
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        s370_cpu *c = s370t_new(65536);
        uint16_t code[2] = {(uint16_t)(0xBF60 | t[i].m), DATA};
        s370t_code(c, ORG, code, 2);
        s370t_put(c, DATA, t[i].mem, 4);
        c->gr[6] = t[i].before;
        s370t_expect_ok(c, s370t_run_psw(c, BC_PSW(3, 0), 1));
        assert_int_equal(c->gr[6], t[i].after);
        assert_int_equal(c->cc, t[i].cc);
        s370t_free(c);
    }
}

/* STCM 1,m,DATA with R1 = 0x11223344 over storage of 0xEE bytes */
static void store_characters_under_mask(void **state)
{
    (void)state;
    static const struct {
        uint8_t m;
        uint32_t want;
    } t[] = {
        {0xA, 0x1133EEEE}, {0xF, 0x11223344}, {0x1, 0x44EEEEEE}, {0x7, 0x223344EE}, {0x0, 0xEEEEEEEE},
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        s370_cpu *c = s370t_new(65536);
        uint16_t code[2] = {(uint16_t)(0xBE10 | t[i].m), DATA};
        s370t_code(c, ORG, code, 2);
        s370t_set4(c, DATA, 0xEEEEEEEE);
        set_r1_pattern(c);
        s370t_expect_ok(c, s370t_run_psw(c, BC_PSW(2, 0), 1));
        assert_int_equal(s370t_get4(c, DATA), t[i].want);
        assert_int_equal(c->cc, 2);
        s370t_free(c);
    }
}

/* Shifts with R1 = 1 (single) or 2 (double); amount in the displacement, low 6 bits. */
static void logical_shifts(void **state)
{
    (void)state;
    static const struct {
        uint16_t hw0, d;
        uint32_t hi, lo, whi, wlo;
    } t[] = {
        {0x8910, 1, 0x80000001, 0, 0x00000002, 0},      /* SLL */
        {0x8910, 32, 0xFFFFFFFF, 0, 0, 0},
        {0x8910, 0x41, 0x40000000, 0, 0x80000000, 0},   /* 0x41 & 63 = 1 */
        {0x8810, 31, 0x80000000, 0, 0x00000001, 0},     /* SRL */
        {0x8810, 63, 0xFFFFFFFF, 0, 0, 0},
        {0x8810, 4, 0xF000000F, 0, 0x0F000000, 0},
        {0x8D20, 1, 0x00000001, 0x80000000, 0x00000003, 0x00000000},   /* SLDL */
        {0x8D20, 63, 0x00000000, 0x00000001, 0x80000000, 0x00000000},
        {0x8D20, 32, 0x12345678, 0x9ABCDEF0, 0x9ABCDEF0, 0x00000000},
        {0x8C20, 63, 0x80000000, 0x00000000, 0x00000000, 0x00000001},   /* SRDL */
        {0x8C20, 4, 0x80000000, 0x0000000F, 0x08000000, 0x00000000},
        {0x8C20, 0, 0x80000000, 0x0000000F, 0x80000000, 0x0000000F},
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        s370_cpu *c = s370t_new(65536);
        uint16_t code[2] = {t[i].hw0, t[i].d};
        s370t_code(c, ORG, code, 2);
        bool dbl = (t[i].hw0 >> 8) >= 0x8C;
        c->gr[dbl ? 2 : 1] = t[i].hi;
        if (dbl)
            c->gr[3] = t[i].lo;
        s370t_expect_ok(c, s370t_run_psw(c, BC_PSW(1, 0), 1));
        assert_int_equal(c->gr[dbl ? 2 : 1], t[i].whi);
        if (dbl)
            assert_int_equal(c->gr[3], t[i].wlo);
        assert_int_equal(c->cc, 1);   /* logical shifts leave the CC alone */
        s370t_free(c);
    }
}

static void double_logical_shift_odd_register(void **state)
{
    (void)state;
    static const uint16_t ops[] = {0x8D30, 0x8C30};   /* SLDL 3 / SRDL 3 */
    for (size_t i = 0; i < 2; i++) {
        s370_cpu *c = s370t_new(65536);
        uint16_t code[2] = {ops[i], 4};
        s370t_code(c, ORG, code, 2);
        c->gr[3] = 0x0F0F0F0F;
        c->gr[4] = 0xF0F0F0F0;
        s370t_expect_pgm(c, s370t_run_psw(c, BC_PSW(0, 0), 1), S370_PGM_SPECIFICATION, 4, 0, ORG + 4);
        assert_int_equal(c->gr[3], 0x0F0F0F0F);
        assert_int_equal(c->gr[4], 0xF0F0F0F0);
        s370t_free(c);
    }
}

static void test_and_set(void **state)
{
    (void)state;
    static const struct {
        uint8_t before;
        int cc;
    } t[] = {{0x00, 0}, {0x7F, 0}, {0x80, 1}, {0xFF, 1}, {0x01, 0}};
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        s370_cpu *c = s370t_new(65536);
        S370T_CODE(c, ORG, 0x9300, DATA + 1);   /* TS DATA+1 */
        s370t_set4(c, DATA, 0x11000022u | (uint32_t)t[i].before << 16);
        s370t_expect_ok(c, s370t_run_psw(c, BC_PSW(t[i].cc ^ 1, 0), 1));
        assert_int_equal(c->cc, t[i].cc);
        assert_int_equal(s370t_get4(c, DATA), 0x11FF0022);
        s370t_free(c);
    }
}

/* SPM: CC and program mask from bits 2-7 of R1; works the same in EC mode. */
static void set_program_mask(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    S370T_CODE(c, ORG, 0x041F);   /* SPM 1 (R2 field ignored) */
    c->gr[1] = 0x2B123456;        /* 00 10 1011 */
    s370t_expect_ok(c, s370t_run_psw(c, BC_PSW(0, 0), 1));
    assert_int_equal(c->cc, 2);
    assert_int_equal(c->pmask, 0xB);
    assert_int_equal(s370_psw_value(c) >> 24 & 0xFF, 0x6B);   /* BC bits 32-39: ILC 01, CC 10, mask 1011 */

    c->gr[1] = 0xD9FFFFFF;        /* 11 01 1001: bits 0-1 ignored */
    s370t_expect_ok(c, s370t_run_psw(c, 0x0008000000000000ull | 3ull << 44 | 0xFull << 40 | ORG, 1));
    assert_int_equal(c->cc, 1);
    assert_int_equal(c->pmask, 9);
    assert_int_equal(s370_psw_value(c) >> 40 & 0xFF, 0x19);   /* EC bits 16-23: 00 01 1001 */
    s370t_free(c);
}

/* The mask SPM sets takes effect for the next instruction: AR overflow now interrupts. */
static void set_program_mask_enables_overflow(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    S370T_CODE(c, ORG, 0x0410, 0x1A23);   /* SPM 1; AR 2,3 */
    c->gr[1] = 0x08000000;                /* CC 0, mask 1000 */
    c->gr[2] = 0x7FFFFFFF;
    c->gr[3] = 1;
    s370t_expect_pgm(c, s370t_run_psw(c, BC_PSW(0, 0), 3), S370_PGM_FIXED_OVERFLOW, 2, 3, ORG + 4);
    assert_int_equal(s370t_get8(c, S370_PSA_PGM_OLD) >> 24 & 0xF, 8);   /* mask in the old PSW */
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
        {0x14, "NR", S370_RR}, {0x54, "N", S370_RX}, {0x94, "NI", S370_SI}, {0x16, "OR", S370_RR},
        {0x56, "O", S370_RX}, {0x96, "OI", S370_SI}, {0x17, "XR", S370_RR}, {0x57, "X", S370_RX},
        {0x97, "XI", S370_SI}, {0x15, "CLR", S370_RR}, {0x55, "CL", S370_RX}, {0x95, "CLI", S370_SI},
        {0xBD, "CLM", S370_RS}, {0x91, "TM", S370_SI}, {0x43, "IC", S370_RX}, {0x42, "STC", S370_RX},
        {0xBF, "ICM", S370_RS}, {0xBE, "STCM", S370_RS}, {0x92, "MVI", S370_SI}, {0x89, "SLL", S370_RS},
        {0x88, "SRL", S370_RS}, {0x8D, "SLDL", S370_RS}, {0x8C, "SRDL", S370_RS}, {0x93, "TS", S370_S},
        {0x04, "SPM", S370_RR},
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
        cmocka_unit_test(and_or_xor_registers_and_storage),
        cmocka_unit_test(xr_same_register_clears),
        cmocka_unit_test(immediate_forms),
        cmocka_unit_test(immediate_forms_addressing),
        cmocka_unit_test(immediate_forms_protection),
        cmocka_unit_test(compare_logical),
        cmocka_unit_test(compare_logical_immediate),
        cmocka_unit_test(compare_logical_under_mask),
        cmocka_unit_test(under_mask_access_exceptions),
        cmocka_unit_test(test_under_mask),
        cmocka_unit_test(insert_and_store_character),
        cmocka_unit_test(insert_characters_under_mask),
        cmocka_unit_test(store_characters_under_mask),
        cmocka_unit_test(logical_shifts),
        cmocka_unit_test(double_logical_shift_odd_register),
        cmocka_unit_test(test_and_set),
        cmocka_unit_test(set_program_mask),
        cmocka_unit_test(set_program_mask_enables_overflow),
        cmocka_unit_test(table_rows),
    };
    return cmocka_run_group_tests_name("s370 logical", tests, NULL, NULL);
}
