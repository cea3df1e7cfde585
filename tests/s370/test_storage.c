/* S/370 storage-to-storage instructions: MVC MVN MVZ NC OC XC CLC TR TRT ED EDMK PACK UNPK
 * MVO MVCL CLCL.  Expected values are worked out by hand from the PoO descriptions (several
 * are the PoO's own Appendix A examples). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include "tests/support/s370t.h"

#define CODE_AT 0x400u
#define BYTES(...) ((const uint8_t[]){__VA_ARGS__})
#define PUT(c, a, ...) s370t_put((c), (a), BYTES(__VA_ARGS__), sizeof BYTES(__VA_ARGS__))
#define EXPECT(c, a, ...) assert_memory_equal((c)->mem + (a), BYTES(__VA_ARGS__), sizeof BYTES(__VA_ARGS__))

/* Run the single instruction at CODE_AT with the given PSW key and condition code; returns
 * the program interruption code, or -1 when none occurred. */
static int exec1(s370_cpu *c, unsigned key, unsigned cc)
{
    s370t_set8(c, S370_PSA_PGM_OLD, 0);    /* so a stale interruption is not seen */
    c->m.ops->start(&c->m, true, CODE_AT);
    c->pkey = (uint8_t)key;
    c->cc = (uint8_t)cc;
    wb_run(&c->m, 1);
    return s370t_pgm_code(c);
}

static int run(s370_cpu *c) { return exec1(c, 0, 0); }

/* ---------- MVC ---------- */

static void mvc_moves_and_keeps_cc(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    PUT(c, 0x600, 0xC1, 0xC2, 0xC3, 0xC4, 0xC5);
    PUT(c, 0x700, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11);
    S370T_CODE(c, CODE_AT, 0xD204, 0x0700, 0x0600);       /* MVC X'700'(5),X'600' */
    assert_int_equal(exec1(c, 0, 2), -1);
    EXPECT(c, 0x700, 0xC1, 0xC2, 0xC3, 0xC4, 0xC5, 0x11);
    assert_int_equal(c->cc, 2);
    assert_int_equal(c->ia, CODE_AT + 6);
    s370t_free(c);
}

static void mvc_overlap_propagates_byte(void **state)
{
    (void)state;
    /* PoO Appendix A: MVC 1(8,11),0(11) spreads the byte at 358 through 359-360. */
    s370_cpu *c = s370t_new(65536);
    PUT(c, 0x358, 0x00, 0xF1, 0xF2, 0xF3, 0xF4, 0xF5, 0xF6, 0xF7, 0xF8, 0xEE);
    c->gr[11] = 0x358;
    S370T_CODE(c, CODE_AT, 0xD207, 0xB001, 0xB000);
    assert_int_equal(run(c), -1);
    EXPECT(c, 0x358, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xEE);
    /* Full length: MVC 1(256,5),0(5) */
    c->mem[0x800] = 0xA7;
    c->mem[0x901] = 0x3C;
    c->gr[5] = 0x800;
    S370T_CODE(c, CODE_AT, 0xD2FF, 0x5001, 0x5000);
    assert_int_equal(run(c), -1);
    for (unsigned i = 0x800; i <= 0x900; i++)
        assert_int_equal(c->mem[i], 0xA7);
    assert_int_equal(c->mem[0x901], 0x3C);
    s370t_free(c);
}

static void mvc_operands_wrap_at_16m(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(16u << 20);
    PUT(c, 0x600, 0x01, 0x02, 0x03, 0x04);
    c->gr[4] = 0xFFFFFE;
    S370T_CODE(c, CODE_AT, 0xD203, 0x4000, 0x0600);       /* MVC 0(4,4),X'600' */
    assert_int_equal(run(c), -1);
    assert_int_equal(c->mem[0xFFFFFE], 0x01);
    assert_int_equal(c->mem[0xFFFFFF], 0x02);
    assert_int_equal(c->mem[0x000000], 0x03);
    assert_int_equal(c->mem[0x000001], 0x04);
    s370t_free(c);
}

static void mvc_protection_changes_nothing(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    c->keys[0x2000 / 2048] = 0x20;      /* matches PSW key 2 */
    c->keys[0x2800 / 2048] = 0x30;      /* does not */
    for (unsigned i = 0; i < 16; i++)
        c->mem[0x600 + i] = (uint8_t)(0x40 + i);
    S370T_CODE(c, CODE_AT, 0xD20F, 0x7000, 0x0600);       /* MVC 0(16,7),X'600' */
    c->gr[7] = 0x27F8;
    assert_int_equal(exec1(c, 2, 0), S370_PGM_PROTECTION);
    for (unsigned i = 0; i < 16; i++)
        assert_int_equal(c->mem[0x27F8 + i], 0);
    /* the same move entirely inside the key-2 block works */
    c->gr[7] = 0x2100;
    assert_int_equal(exec1(c, 2, 0), -1);
    assert_int_equal(c->mem[0x2100 + 15], 0x4F);
    s370t_free(c);
}

static void mvc_addressing_on_source_changes_nothing(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    c->gr[3] = 0xFFF8;                  /* 16 bytes from here run past the 64K of storage */
    S370T_CODE(c, CODE_AT, 0xD20F, 0x0700, 0x3000);
    assert_int_equal(run(c), S370_PGM_ADDRESSING);
    for (unsigned i = 0; i < 16; i++)
        assert_int_equal(c->mem[0x700 + i], 0);
    s370t_free(c);
}

/* ---------- MVN, MVZ ---------- */

static void mvn_moves_numerics(void **state)
{
    (void)state;
    /* PoO Appendix A: MVN 1(4,15),0(14) with R15 -> F0..F8 at 7040, R14 -> C0..C8 at 7090 */
    s370_cpu *c = s370t_new(65536);
    PUT(c, 0x7040, 0xF0, 0xF1, 0xF2, 0xF3, 0xF4, 0xF5, 0xF6, 0xF7, 0xF8);
    PUT(c, 0x7090, 0xC0, 0xC1, 0xC2, 0xC3, 0xC4, 0xC5, 0xC6, 0xC7, 0xC8);
    c->gr[14] = 0x7090;
    c->gr[15] = 0x7040;
    S370T_CODE(c, CODE_AT, 0xD103, 0xF001, 0xE000);
    assert_int_equal(run(c), -1);
    EXPECT(c, 0x7040, 0xF0, 0xF0, 0xF1, 0xF2, 0xF3, 0xF5, 0xF6, 0xF7, 0xF8);
    s370t_free(c);
}

static void mvz_moves_zones(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    PUT(c, 0x600, 0x12, 0x34, 0x56);
    PUT(c, 0x700, 0xAB, 0xCD, 0xEF);
    S370T_CODE(c, CODE_AT, 0xD301, 0x0600, 0x0700);       /* MVZ X'600'(2),X'700' */
    assert_int_equal(run(c), -1);
    EXPECT(c, 0x600, 0xA2, 0xC4, 0x56);
    s370t_free(c);
}

/* ---------- NC, OC, XC ---------- */

static void nc_oc_results_and_cc(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    PUT(c, 0x600, 0xF0, 0x0F, 0xFF);
    PUT(c, 0x700, 0x3C, 0x3C, 0x00);
    S370T_CODE(c, CODE_AT, 0xD402, 0x0600, 0x0700);       /* NC X'600'(3),X'700' */
    assert_int_equal(run(c), -1);
    EXPECT(c, 0x600, 0x30, 0x0C, 0x00);
    assert_int_equal(c->cc, 1);
    PUT(c, 0x600, 0xC0, 0x03);
    PUT(c, 0x700, 0x3F, 0xFC);
    S370T_CODE(c, CODE_AT, 0xD401, 0x0600, 0x0700);
    assert_int_equal(exec1(c, 0, 3), -1);
    EXPECT(c, 0x600, 0x00, 0x00);
    assert_int_equal(c->cc, 0);
    PUT(c, 0x600, 0x12, 0x00);
    PUT(c, 0x700, 0x01, 0x80);
    S370T_CODE(c, CODE_AT, 0xD601, 0x0600, 0x0700);       /* OC */
    assert_int_equal(run(c), -1);
    EXPECT(c, 0x600, 0x13, 0x80);
    assert_int_equal(c->cc, 1);
    PUT(c, 0x600, 0x00, 0x00);
    PUT(c, 0x700, 0x00, 0x00);
    assert_int_equal(exec1(c, 0, 2), -1);
    assert_int_equal(c->cc, 0);
    s370t_free(c);
}

static void xc_clears_itself_and_overlaps_bytewise(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    PUT(c, 0x600, 0x5A, 0xA5, 0xFF, 0x77);
    S370T_CODE(c, CODE_AT, 0xD703, 0x0600, 0x0600);       /* XC X'600'(4),X'600' */
    assert_int_equal(exec1(c, 0, 1), -1);
    EXPECT(c, 0x600, 0, 0, 0, 0);
    assert_int_equal(c->cc, 0);
    /* XC 1(3),0: each byte is XORed with the already-updated byte to its left:
     * 02^01=03, 04^03=07, 08^07=0F */
    PUT(c, 0x600, 0x01, 0x02, 0x04, 0x08);
    S370T_CODE(c, CODE_AT, 0xD702, 0x0601, 0x0600);
    assert_int_equal(run(c), -1);
    EXPECT(c, 0x600, 0x01, 0x03, 0x07, 0x0F);
    assert_int_equal(c->cc, 1);
    s370t_free(c);
}

static void oc_overlap_propagates(void **state)
{
    (void)state;
    /* OC 1(3),0 on 80 01 02 04: 01|80=81, 02|81=83, 04|83=87 */
    s370_cpu *c = s370t_new(65536);
    PUT(c, 0x600, 0x80, 0x01, 0x02, 0x04);
    S370T_CODE(c, CODE_AT, 0xD602, 0x0601, 0x0600);
    assert_int_equal(run(c), -1);
    EXPECT(c, 0x600, 0x80, 0x81, 0x83, 0x87);
    s370t_free(c);
}

static void nc_protection_changes_nothing(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    c->keys[0x1000 / 2048] = 0x50;
    PUT(c, 0x17FE, 0xFF, 0xFF, 0xFF, 0xFF);     /* crosses into the block at 0x1800 (key 0) */
    S370T_CODE(c, CODE_AT, 0xD403, 0x8000, 0x0700);       /* NC 0(4,8),X'700' */
    c->gr[8] = 0x17FE;
    assert_int_equal(exec1(c, 5, 0), S370_PGM_PROTECTION);
    EXPECT(c, 0x17FE, 0xFF, 0xFF, 0xFF, 0xFF);
    s370t_free(c);
}

/* ---------- CLC ---------- */

static void clc_condition_codes(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    /* PoO Appendix A: JOHNSON,A.B. vs JOHNSON,A.C. -> first operand low */
    PUT(c, 0x600, 0xD1, 0xD6, 0xC8, 0xD5, 0xE2, 0xD6, 0xD5, 0x6B, 0xC1, 0x4B, 0xC2, 0x4B);
    PUT(c, 0x700, 0xD1, 0xD6, 0xC8, 0xD5, 0xE2, 0xD6, 0xD5, 0x6B, 0xC1, 0x4B, 0xC3, 0x4B);
    S370T_CODE(c, CODE_AT, 0xD50B, 0x0600, 0x0700);
    assert_int_equal(run(c), -1);
    assert_int_equal(c->cc, 1);
    S370T_CODE(c, CODE_AT, 0xD50B, 0x0700, 0x0600);       /* reversed: high */
    assert_int_equal(run(c), -1);
    assert_int_equal(c->cc, 2);
    S370T_CODE(c, CODE_AT, 0xD509, 0x0700, 0x0600);       /* first 10 bytes equal */
    assert_int_equal(exec1(c, 0, 3), -1);
    assert_int_equal(c->cc, 0);
    /* unsigned: X'80' is higher than X'7F' */
    PUT(c, 0x800, 0x80);
    PUT(c, 0x900, 0x7F);
    S370T_CODE(c, CODE_AT, 0xD500, 0x0800, 0x0900);
    assert_int_equal(run(c), -1);
    assert_int_equal(c->cc, 2);
    s370t_free(c);
}

static void clc_addressing(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    c->gr[2] = 0xFFFC;                 /* equal zero bytes up to the end of storage, then beyond */
    S370T_CODE(c, CODE_AT, 0xD507, 0x2000, 0x0600);
    assert_int_equal(run(c), S370_PGM_ADDRESSING);
    s370t_free(c);
}

/* ---------- TR, TRT ---------- */

static void tr_translates(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    for (unsigned i = 0; i < 256; i++)
        c->mem[0x1000 + i] = (uint8_t)~i;
    PUT(c, 0x600, 0x00, 0x01, 0x41, 0xFF, 0x99);
    S370T_CODE(c, CODE_AT, 0xDC03, 0x0600, 0x9000);       /* TR X'600'(4),0(9) */
    c->gr[9] = 0x1000;
    assert_int_equal(exec1(c, 0, 1), -1);
    EXPECT(c, 0x600, 0xFF, 0xFE, 0xBE, 0x00, 0x99);
    assert_int_equal(c->cc, 1);
    s370t_free(c);
}

static void tr_overlapping_table_sees_stored_bytes(void **state)
{
    (void)state;
    /* Table and argument at 0x600: argument 0 is 01 -> table[1] = 00 is stored at 0x600;
     * argument 1 is 00 -> table[0], which is now 00. */
    s370_cpu *c = s370t_new(65536);
    PUT(c, 0x600, 0x01, 0x00);
    S370T_CODE(c, CODE_AT, 0xDC01, 0x0600, 0x0600);
    assert_int_equal(run(c), -1);
    EXPECT(c, 0x600, 0x00, 0x00);
    s370t_free(c);
}

static void tr_access_only_for_needed_function_bytes(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    c->gr[9] = 0xFF80;                  /* table: only its first 128 bytes exist */
    c->mem[0xFF80 + 0x10] = 0x77;
    PUT(c, 0x600, 0x10, 0x10);
    S370T_CODE(c, CODE_AT, 0xDC01, 0x0600, 0x9000);
    assert_int_equal(run(c), -1);
    EXPECT(c, 0x600, 0x77, 0x77);
    /* an argument reaching past the end of storage: addressing, nothing translated */
    PUT(c, 0x600, 0x10, 0xA0);
    assert_int_equal(run(c), S370_PGM_ADDRESSING);
    EXPECT(c, 0x600, 0x10, 0xA0);
    s370t_free(c);
}

static void trt_finds_function_byte(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    c->mem[0x1000 + 0x40] = 0x04;
    c->mem[0x1000 + 0x5E] = 0x08;
    PUT(c, 0x600, 0xC1, 0xC2, 0x40, 0xC3, 0x5E, 0xC4);
    c->gr[9] = 0x1000;
    c->gr[1] = 0xAA000000;
    c->gr[2] = 0x12345600;
    S370T_CODE(c, CODE_AT, 0xDD05, 0x0600, 0x9000);       /* TRT X'600'(6),0(9) */
    assert_int_equal(run(c), -1);
    assert_int_equal(c->cc, 1);
    assert_int_equal(c->gr[1], 0xAA000602);
    assert_int_equal(c->gr[2], 0x12345604);
    s370t_free(c);
}

static void trt_last_byte_cc2_and_none_cc0(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    c->mem[0x1000 + 0x5E] = 0x08;
    PUT(c, 0x600, 0xC1, 0xC2, 0x5E);
    c->gr[9] = 0x1000;
    c->gr[1] = 0x11111111;
    c->gr[2] = 0x22222222;
    S370T_CODE(c, CODE_AT, 0xDD02, 0x0600, 0x9000);
    assert_int_equal(run(c), -1);
    assert_int_equal(c->cc, 2);
    assert_int_equal(c->gr[1], 0x11000602);
    assert_int_equal(c->gr[2], 0x22222208);
    c->gr[1] = 0x11111111;
    c->gr[2] = 0x22222222;
    S370T_CODE(c, CODE_AT, 0xDD01, 0x0600, 0x9000);       /* only C1 C2: all zero */
    assert_int_equal(exec1(c, 0, 3), -1);
    assert_int_equal(c->cc, 0);
    assert_int_equal(c->gr[1], 0x11111111);
    assert_int_equal(c->gr[2], 0x22222222);
    s370t_free(c);
}

static void trt_stops_before_inaccessible_bytes(void **state)
{
    (void)state;
    /* The first argument byte selects a nonzero function byte; the rest of the first
     * operand lies beyond storage and is never examined. */
    s370_cpu *c = s370t_new(65536);
    c->mem[0x1000 + 0x5E] = 0x01;
    c->mem[0xFFFF] = 0x5E;
    c->gr[4] = 0xFFFF;
    c->gr[9] = 0x1000;
    S370T_CODE(c, CODE_AT, 0xDD07, 0x4000, 0x9000);
    assert_int_equal(run(c), -1);
    assert_int_equal(c->cc, 1);
    assert_int_equal(c->gr[1] & 0xFFFFFF, 0xFFFF);
    /* with a zero function byte the scan continues and reaches the missing storage */
    c->mem[0x1000 + 0x5E] = 0x00;
    assert_int_equal(run(c), S370_PGM_ADDRESSING);
    s370t_free(c);
}

/* ---------- ED, EDMK ---------- */

/* PoO Appendix A pattern: fill blank, d d , d s d . d d blank C R */
static void put_pattern(s370_cpu *c, uint32_t a)
{
    PUT(c, a, 0x40, 0x20, 0x20, 0x6B, 0x20, 0x21, 0x20, 0x4B, 0x20, 0x20, 0x40, 0xC3, 0xD9);
}

static void ed_positive_amount(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    put_pattern(c, 0x600);
    PUT(c, 0x700, 0x02, 0x57, 0x42, 0x6C);
    S370T_CODE(c, CODE_AT, 0xDE0C, 0x0600, 0x0700);       /* ED X'600'(13),X'700' */
    assert_int_equal(run(c), -1);
    /* "  2,574.26   ": leading zero suppressed, plus sign turns significance off */
    EXPECT(c, 0x600, 0x40, 0x40, 0xF2, 0x6B, 0xF5, 0xF7, 0xF4, 0x4B, 0xF2, 0xF6, 0x40, 0x40, 0x40);
    assert_int_equal(c->cc, 2);
    s370t_free(c);
}

static void ed_negative_amount_keeps_cr(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    put_pattern(c, 0x600);
    PUT(c, 0x700, 0x02, 0x57, 0x42, 0x6D);
    S370T_CODE(c, CODE_AT, 0xDE0C, 0x0600, 0x0700);
    assert_int_equal(run(c), -1);
    EXPECT(c, 0x600, 0x40, 0x40, 0xF2, 0x6B, 0xF5, 0xF7, 0xF4, 0x4B, 0xF2, 0xF6, 0x40, 0xC3, 0xD9);
    assert_int_equal(c->cc, 1);
    s370t_free(c);
}

static void ed_zero_field_with_significance_starter(void **state)
{
    (void)state;
    /* pattern: fill, d s d . d d  with source 00 00 0C: the starter's own digit gets the fill
     * byte, every later digit is significant; the source is zero: CC 0 */
    s370_cpu *c = s370t_new(65536);
    PUT(c, 0x600, 0x40, 0x20, 0x21, 0x20, 0x4B, 0x20, 0x20);
    PUT(c, 0x700, 0x00, 0x00, 0x0C);
    S370T_CODE(c, CODE_AT, 0xDE06, 0x0600, 0x0700);
    assert_int_equal(exec1(c, 0, 2), -1);
    EXPECT(c, 0x600, 0x40, 0x40, 0x40, 0xF0, 0x4B, 0xF0, 0xF0);
    assert_int_equal(c->cc, 0);
    s370t_free(c);
}

static void ed_field_separator_and_asterisk_fill(void **state)
{
    (void)state;
    /* Two fields: * d d d | sep | d s d, source 01 2C 00 0D.  Field 1: 0 1 2 (+), field 2:
     * 0 0 0 (-).  The CC describes only the last field, which is zero. */
    s370_cpu *c = s370t_new(65536);
    PUT(c, 0x600, 0x5C, 0x20, 0x20, 0x20, 0x22, 0x20, 0x21, 0x20);
    PUT(c, 0x700, 0x01, 0x2C, 0x00, 0x0D);
    S370T_CODE(c, CODE_AT, 0xDE07, 0x0600, 0x0700);
    assert_int_equal(run(c), -1);
    EXPECT(c, 0x600, 0x5C, 0x5C, 0xF1, 0xF2, 0x5C, 0x5C, 0x5C, 0xF0);
    assert_int_equal(c->cc, 0);
    s370t_free(c);
}

static void ed_fill_byte_can_be_digit_selector(void **state)
{
    (void)state;
    /* pattern 20 20 20, source 01 2F: the fill byte is X'20' and also selects digit 0 */
    s370_cpu *c = s370t_new(65536);
    PUT(c, 0x600, 0x20, 0x20, 0x20);
    PUT(c, 0x700, 0x01, 0x2F);
    S370T_CODE(c, CODE_AT, 0xDE02, 0x0600, 0x0700);
    assert_int_equal(run(c), -1);
    EXPECT(c, 0x600, 0x20, 0xF1, 0xF2);
    assert_int_equal(c->cc, 2);
    s370t_free(c);
}

static void ed_minus_sign_leaves_significance_on(void **state)
{
    (void)state;
    /* d d - with source 1D 00: sign D after digit 1 keeps significance; the message byte '-'
     * (X'60') therefore survives, and the following 20 takes the next byte's left digit */
    s370_cpu *c = s370t_new(65536);
    PUT(c, 0x600, 0x40, 0x20, 0x60, 0x20);
    PUT(c, 0x700, 0x1D, 0x00);
    S370T_CODE(c, CODE_AT, 0xDE03, 0x0600, 0x0700);
    assert_int_equal(run(c), -1);
    EXPECT(c, 0x600, 0x40, 0xF1, 0x60, 0xF0);
    assert_int_equal(c->cc, 1);
    s370t_free(c);
}

static void ed_invalid_digit_is_data_exception(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    PUT(c, 0x600, 0x40, 0x20, 0x20, 0x20);
    PUT(c, 0x700, 0x01, 0xA2);                 /* left digit A in the second byte */
    S370T_CODE(c, CODE_AT, 0xDE03, 0x0600, 0x0700);
    assert_int_equal(run(c), S370_PGM_DATA);
    EXPECT(c, 0x600, 0x40, 0x20, 0x20, 0x20);
    s370t_free(c);
}

static void ed_protection_changes_nothing(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    c->keys[0x1000 / 2048] = 0x60;
    PUT(c, 0x1000, 0x40, 0x20, 0x20);
    PUT(c, 0x700, 0x12, 0x3C);
    S370T_CODE(c, CODE_AT, 0xDE02, 0x5000, 0x0700);
    c->gr[5] = 0x1000;
    assert_int_equal(exec1(c, 7, 0), S370_PGM_PROTECTION);
    EXPECT(c, 0x1000, 0x40, 0x20, 0x20);
    s370t_free(c);
}

static void edmk_marks_first_significant_digit(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    put_pattern(c, 0x600);
    PUT(c, 0x700, 0x02, 0x57, 0x42, 0x6D);
    c->gr[1] = 0x5A000000;
    S370T_CODE(c, CODE_AT, 0xDF0C, 0x0600, 0x0700);
    assert_int_equal(run(c), -1);
    EXPECT(c, 0x600, 0x40, 0x40, 0xF2, 0x6B, 0xF5, 0xF7, 0xF4, 0x4B, 0xF2, 0xF6, 0x40, 0xC3, 0xD9);
    assert_int_equal(c->gr[1], 0x5A000602);    /* the '2': first significant result byte */
    assert_int_equal(c->cc, 1);
    s370t_free(c);
}

static void edmk_forced_significance_leaves_r1(void **state)
{
    (void)state;
    /* pattern 40 21 20 20, source 00 1C: the starter forces significance before the digit 1
     * is reached, so GR1 is not changed */
    s370_cpu *c = s370t_new(65536);
    PUT(c, 0x600, 0x40, 0x21, 0x20, 0x20);
    PUT(c, 0x700, 0x00, 0x1C);
    c->gr[1] = 0x12345678;
    S370T_CODE(c, CODE_AT, 0xDF03, 0x0600, 0x0700);
    assert_int_equal(run(c), -1);
    EXPECT(c, 0x600, 0x40, 0x40, 0xF0, 0xF1);
    assert_int_equal(c->gr[1], 0x12345678);
    assert_int_equal(c->cc, 2);
    s370t_free(c);
}

/* ---------- PACK, UNPK, MVO ---------- */

static void pack_lengths(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    PUT(c, 0x700, 0xF1, 0xF2, 0xF3, 0xF4, 0xC5);
    S370T_CODE(c, CODE_AT, 0xF224, 0x0600, 0x0700);       /* PACK X'600'(3),X'700'(5) */
    assert_int_equal(exec1(c, 0, 1), -1);
    EXPECT(c, 0x600, 0x12, 0x34, 0x5C);
    assert_int_equal(c->cc, 1);
    S370T_CODE(c, CODE_AT, 0xF234, 0x0800, 0x0700);       /* 4-byte result: zero on the left */
    PUT(c, 0x800, 0xEE, 0xEE, 0xEE, 0xEE);
    assert_int_equal(run(c), -1);
    EXPECT(c, 0x800, 0x00, 0x12, 0x34, 0x5C);
    S370T_CODE(c, CODE_AT, 0xF214, 0x0900, 0x0700);       /* 2-byte result: leftmost digits lost */
    assert_int_equal(run(c), -1);
    EXPECT(c, 0x900, 0x34, 0x5C);
    s370t_free(c);
}

static void pack_in_place(void **state)
{
    (void)state;
    /* PACK 0(4),0(4) on F1 F2 F3 F4: each result byte stored right after its source bytes
     * were fetched gives 00 01 23 4F */
    s370_cpu *c = s370t_new(65536);
    PUT(c, 0x600, 0xF1, 0xF2, 0xF3, 0xF4);
    S370T_CODE(c, CODE_AT, 0xF233, 0x0600, 0x0600);
    assert_int_equal(run(c), -1);
    EXPECT(c, 0x600, 0x00, 0x01, 0x23, 0x4F);
    s370t_free(c);
}

static void unpk_lengths(void **state)
{
    (void)state;
    /* PoO Appendix A: UNPK 0(5,12),1(3,13) on 12 34 5D gives F1 F2 F3 F4 D5 */
    s370_cpu *c = s370t_new(65536);
    PUT(c, 0x2501, 0x12, 0x34, 0x5D);
    c->gr[12] = 0x1000;
    c->gr[13] = 0x2500;
    S370T_CODE(c, CODE_AT, 0xF342, 0xC000, 0xD001);
    assert_int_equal(run(c), -1);
    EXPECT(c, 0x1000, 0xF1, 0xF2, 0xF3, 0xF4, 0xD5);
    S370T_CODE(c, CODE_AT, 0xF362, 0xC100, 0xD001);       /* 7 bytes: F0 fill on the left */
    assert_int_equal(run(c), -1);
    EXPECT(c, 0x1100, 0xF0, 0xF0, 0xF1, 0xF2, 0xF3, 0xF4, 0xD5);
    S370T_CODE(c, CODE_AT, 0xF322, 0xC200, 0xD001);       /* 3 bytes: leftmost digits lost */
    assert_int_equal(run(c), -1);
    EXPECT(c, 0x1200, 0xF3, 0xF4, 0xD5);
    s370t_free(c);
}

static void mvo_shifts_left_one_digit(void **state)
{
    (void)state;
    /* PoO Appendix A: MVO of 12 34 56 into 77 88 99 0C gives 01 23 45 6C */
    s370_cpu *c = s370t_new(65536);
    PUT(c, 0x600, 0x77, 0x88, 0x99, 0x0C);
    PUT(c, 0x700, 0x12, 0x34, 0x56);
    S370T_CODE(c, CODE_AT, 0xF132, 0x0600, 0x0700);
    assert_int_equal(run(c), -1);
    EXPECT(c, 0x600, 0x01, 0x23, 0x45, 0x6C);
    /* first operand too short: 2 bytes keep only 4 5 6 and the sign */
    PUT(c, 0x800, 0x99, 0x0D);
    S370T_CODE(c, CODE_AT, 0xF112, 0x0800, 0x0700);
    assert_int_equal(run(c), -1);
    EXPECT(c, 0x800, 0x45, 0x6D);
    s370t_free(c);
}

static void pack_unpk_access_exception_changes_nothing(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    c->gr[6] = 0xFFFE;                 /* 4 bytes from here run past the end of storage */
    PUT(c, 0xFFFE, 0x11, 0x22);
    PUT(c, 0x700, 0xF1, 0xF2);
    S370T_CODE(c, CODE_AT, 0xF331, 0x6000, 0x0700);       /* UNPK 0(4,6),X'700'(2) */
    assert_int_equal(run(c), S370_PGM_ADDRESSING);
    EXPECT(c, 0xFFFE, 0x11, 0x22);
    S370T_CODE(c, CODE_AT, 0xF231, 0x6000, 0x0700);       /* PACK */
    assert_int_equal(run(c), S370_PGM_ADDRESSING);
    EXPECT(c, 0xFFFE, 0x11, 0x22);
    S370T_CODE(c, CODE_AT, 0xF131, 0x6000, 0x0700);       /* MVO */
    assert_int_equal(run(c), S370_PGM_ADDRESSING);
    EXPECT(c, 0xFFFE, 0x11, 0x22);
    s370t_free(c);
}

/* ---------- MVCL ---------- */

static void mvcl_pads_and_updates_registers(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    PUT(c, 0x2000, 0xC1, 0xC2, 0xC3, 0xC4, 0xC5);
    c->gr[2] = 0x1000;
    c->gr[3] = 8;
    c->gr[4] = 0x2000;
    c->gr[5] = 0x40000004;               /* pad blank, 4 bytes */
    S370T_CODE(c, CODE_AT, 0x0E24);
    assert_int_equal(run(c), -1);
    EXPECT(c, 0x1000, 0xC1, 0xC2, 0xC3, 0xC4, 0x40, 0x40, 0x40, 0x40, 0x00);
    assert_int_equal(c->cc, 2);           /* first operand longer */
    assert_int_equal(c->gr[2], 0x1008);
    assert_int_equal(c->gr[3], 0);
    assert_int_equal(c->gr[4], 0x2004);
    assert_int_equal(c->gr[5], 0x40000000);
    assert_int_equal(c->ia, CODE_AT + 2);
    s370t_free(c);
}

static void mvcl_condition_codes_from_lengths(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    PUT(c, 0x2000, 0xC1, 0xC2, 0xC3, 0xC4);
    c->gr[2] = 0x1000;
    c->gr[3] = 2;
    c->gr[4] = 0x2000;
    c->gr[5] = 4;
    S370T_CODE(c, CODE_AT, 0x0E24);
    assert_int_equal(run(c), -1);
    assert_int_equal(c->cc, 1);
    EXPECT(c, 0x1000, 0xC1, 0xC2, 0x00);
    assert_int_equal(c->gr[4], 0x2002);
    assert_int_equal(c->gr[5], 2);
    c->gr[2] = 0x1100;
    c->gr[3] = 3;
    c->gr[4] = 0x2000;
    c->gr[5] = 3;
    assert_int_equal(exec1(c, 0, 2), -1);
    assert_int_equal(c->cc, 0);
    EXPECT(c, 0x1100, 0xC1, 0xC2, 0xC3, 0x00);
    /* first length zero: nothing moved, no access even to an address outside storage */
    c->gr[2] = 0xFFFFF0;
    c->gr[3] = 0;
    c->gr[4] = 0x2000;
    c->gr[5] = 3;
    assert_int_equal(run(c), -1);
    assert_int_equal(c->cc, 1);
    assert_int_equal(c->gr[5], 3);
    s370t_free(c);
}

static void mvcl_addresses_lose_high_byte(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    c->gr[2] = 0xAB001000;
    c->gr[3] = 1;
    c->gr[4] = 0xCD002000;
    c->gr[5] = 1;
    S370T_CODE(c, CODE_AT, 0x0E24);
    assert_int_equal(run(c), -1);
    assert_int_equal(c->gr[2], 0x1001);
    assert_int_equal(c->gr[4], 0x2001);
    s370t_free(c);
}

static void mvcl_clears_across_blocks_with_pad(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    c->mem[0x1F00 + 0x1300] = 0x55;
    c->gr[6] = 0x1F00;
    c->gr[7] = 0x1300;                   /* crosses two 2K boundaries */
    c->gr[8] = 0;
    c->gr[9] = 0xAA000000;               /* second operand empty, pad AA */
    S370T_CODE(c, CODE_AT, 0x0E68);
    assert_int_equal(run(c), -1);
    for (unsigned i = 0; i < 0x1300; i++)
        assert_int_equal(c->mem[0x1F00 + i], 0xAA);
    assert_int_equal(c->mem[0x1F00 + 0x1300], 0x55);
    assert_int_equal(c->cc, 2);
    assert_int_equal(c->gr[6], 0x3200);
    s370t_free(c);
}

static void mvcl_destructive_overlap_cc3(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    PUT(c, 0x2000, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08);
    /* first operand starts one byte into the participating second operand */
    c->gr[2] = 0x2001;
    c->gr[3] = 4;
    c->gr[4] = 0x2000;
    c->gr[5] = 4;
    S370T_CODE(c, CODE_AT, 0x0E24);
    assert_int_equal(run(c), -1);
    assert_int_equal(c->cc, 3);
    EXPECT(c, 0x2000, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08);
    assert_int_equal(c->gr[2], 0x2001);
    assert_int_equal(c->gr[3], 4);
    assert_int_equal(c->gr[4], 0x2000);
    assert_int_equal(c->gr[5], 4);
    /* only the bytes that participate count: with a 3-byte first operand the second operand's
     * bytes 2000-2002 participate, and 2003 is not among them */
    c->gr[2] = 0x2003;
    c->gr[3] = 3;
    c->gr[4] = 0x2000;
    c->gr[5] = 8;
    assert_int_equal(run(c), -1);
    assert_int_equal(c->cc, 1);
    EXPECT(c, 0x2000, 0x01, 0x02, 0x03, 0x01, 0x02, 0x03, 0x07, 0x08);
    /* ...but with the longer first operand they do */
    c->gr[2] = 0x2003;
    c->gr[3] = 8;
    c->gr[4] = 0x2000;
    c->gr[5] = 4;
    assert_int_equal(run(c), -1);
    assert_int_equal(c->cc, 3);
    s370t_free(c);
}

static void mvcl_overlap_to_the_left_moves(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    PUT(c, 0x2000, 0x01, 0x02, 0x03, 0x04, 0x05);
    c->gr[2] = 0x1FFF;                   /* one byte to the left of the source */
    c->gr[3] = 5;
    c->gr[4] = 0x2000;
    c->gr[5] = 5;
    S370T_CODE(c, CODE_AT, 0x0E24);
    assert_int_equal(run(c), -1);
    assert_int_equal(c->cc, 0);
    EXPECT(c, 0x1FFF, 0x01, 0x02, 0x03, 0x04, 0x05, 0x05);
    /* same location for both: no destructive overlap */
    c->gr[2] = 0x2000;
    c->gr[3] = 5;
    c->gr[4] = 0x2000;
    c->gr[5] = 5;
    assert_int_equal(run(c), -1);
    assert_int_equal(c->cc, 0);
    s370t_free(c);
}

static void mvcl_overlap_wrapping_at_16m(void **state)
{
    (void)state;
    /* the second operand wraps from FFFFFF to 0: location 0 is to the right of FFFFFF */
    s370_cpu *c = s370t_new(16u << 20);
    c->gr[2] = 0x000000;
    c->gr[3] = 4;
    c->gr[4] = 0xFFFFFE;
    c->gr[5] = 4;
    S370T_CODE(c, CODE_AT, 0x0E24);
    assert_int_equal(run(c), -1);
    assert_int_equal(c->cc, 3);
    /* first operand at FFFFFE, second at 0: first is to the left, movement is done */
    c->mem[0] = 0x11;
    c->mem[1] = 0x22;
    c->gr[2] = 0xFFFFFE;
    c->gr[3] = 2;
    c->gr[4] = 0x000000;
    c->gr[5] = 2;
    assert_int_equal(run(c), -1);
    assert_int_equal(c->cc, 0);
    assert_int_equal(c->mem[0xFFFFFE], 0x11);
    assert_int_equal(c->mem[0xFFFFFF], 0x22);
    assert_int_equal(c->gr[2], 0);
    s370t_free(c);
}

static void mvcl_odd_register_is_specification(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    c->gr[3] = 1;
    c->gr[5] = 1;
    S370T_CODE(c, CODE_AT, 0x0E34);
    assert_int_equal(run(c), S370_PGM_SPECIFICATION);
    S370T_CODE(c, CODE_AT, 0x0E25);
    assert_int_equal(run(c), S370_PGM_SPECIFICATION);
    S370T_CODE(c, CODE_AT, 0x0F25);      /* CLCL too */
    assert_int_equal(run(c), S370_PGM_SPECIFICATION);
    s370t_free(c);
}

static void mvcl_protection_stops_at_protected_block(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    c->keys[0x2000 / 2048] = 0x30;
    c->keys[0x2800 / 2048] = 0x40;
    for (unsigned i = 0; i < 0x20; i++)
        c->mem[0x600 + i] = 0x99;
    c->gr[2] = 0x27F0;
    c->gr[3] = 0x20;
    c->gr[4] = 0x600;
    c->gr[5] = 0x20;
    S370T_CODE(c, CODE_AT, 0x0E24);
    assert_int_equal(exec1(c, 3, 0), S370_PGM_PROTECTION);
    for (unsigned i = 0; i < 0x10; i++)
        assert_int_equal(c->mem[0x2800 + i], 0);
    /* interruptible: the registers describe what is left (the block up to 2800 was moved) */
    assert_int_equal(c->gr[2], 0x2800);
    assert_int_equal(c->gr[3], 0x10);
    assert_int_equal(c->gr[4], 0x610);
    assert_int_equal(c->gr[5], 0x10);
    assert_int_equal(c->mem[0x27FF], 0x99);
    s370t_free(c);
}

/* ---------- CLCL ---------- */

static void clcl_equal_with_padding(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    PUT(c, 0x600, 0xC1, 0xC2, 0x40, 0x40);
    PUT(c, 0x700, 0xC1, 0xC2);
    c->gr[2] = 0x600;
    c->gr[3] = 4;
    c->gr[4] = 0x700;
    c->gr[5] = 0x40000002;
    S370T_CODE(c, CODE_AT, 0x0F24);
    assert_int_equal(exec1(c, 0, 3), -1);
    assert_int_equal(c->cc, 0);
    assert_int_equal(c->gr[2], 0x604);
    assert_int_equal(c->gr[3], 0);
    assert_int_equal(c->gr[4], 0x702);
    assert_int_equal(c->gr[5], 0x40000000);
    s370t_free(c);
}

static void clcl_unequal_points_at_byte(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    PUT(c, 0x600, 0xC1, 0xC2, 0xC3, 0xC5);
    PUT(c, 0x700, 0xC1, 0xC2, 0xC4, 0xC5);
    c->gr[2] = 0x600;
    c->gr[3] = 4;
    c->gr[4] = 0x700;
    c->gr[5] = 4;
    S370T_CODE(c, CODE_AT, 0x0F24);
    assert_int_equal(run(c), -1);
    assert_int_equal(c->cc, 1);
    assert_int_equal(c->gr[2], 0x602);
    assert_int_equal(c->gr[3], 2);
    assert_int_equal(c->gr[4], 0x702);
    assert_int_equal(c->gr[5], 2);
    /* inequality against the padding byte: first operand high */
    PUT(c, 0x800, 0xC1, 0xC2, 0x41);
    c->gr[2] = 0x800;
    c->gr[3] = 3;
    c->gr[4] = 0x700;
    c->gr[5] = 0x40000002;
    assert_int_equal(run(c), -1);
    assert_int_equal(c->cc, 2);
    assert_int_equal(c->gr[2], 0x802);
    assert_int_equal(c->gr[3], 1);
    assert_int_equal(c->gr[4], 0x702);
    assert_int_equal(c->gr[5], 0x40000000);
    s370t_free(c);
}

static void clcl_both_empty_equal(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    c->gr[2] = 0xFFFFF0;                 /* never referenced */
    c->gr[3] = 0;
    c->gr[4] = 0xFFFFF0;
    c->gr[5] = 0x12000000;
    S370T_CODE(c, CODE_AT, 0x0F24);
    assert_int_equal(exec1(c, 0, 2), -1);
    assert_int_equal(c->cc, 0);
    s370t_free(c);
}

static void clcl_addressing_exception(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    c->gr[2] = 0xFFFE;                   /* equal zeros up to the end of storage */
    c->gr[3] = 4;
    c->gr[4] = 0x700;
    c->gr[5] = 4;
    S370T_CODE(c, CODE_AT, 0x0F24);
    assert_int_equal(run(c), S370_PGM_ADDRESSING);
    s370t_free(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(mvc_moves_and_keeps_cc),
        cmocka_unit_test(mvc_overlap_propagates_byte),
        cmocka_unit_test(mvc_operands_wrap_at_16m),
        cmocka_unit_test(mvc_protection_changes_nothing),
        cmocka_unit_test(mvc_addressing_on_source_changes_nothing),
        cmocka_unit_test(mvn_moves_numerics),
        cmocka_unit_test(mvz_moves_zones),
        cmocka_unit_test(nc_oc_results_and_cc),
        cmocka_unit_test(xc_clears_itself_and_overlaps_bytewise),
        cmocka_unit_test(oc_overlap_propagates),
        cmocka_unit_test(nc_protection_changes_nothing),
        cmocka_unit_test(clc_condition_codes),
        cmocka_unit_test(clc_addressing),
        cmocka_unit_test(tr_translates),
        cmocka_unit_test(tr_overlapping_table_sees_stored_bytes),
        cmocka_unit_test(tr_access_only_for_needed_function_bytes),
        cmocka_unit_test(trt_finds_function_byte),
        cmocka_unit_test(trt_last_byte_cc2_and_none_cc0),
        cmocka_unit_test(trt_stops_before_inaccessible_bytes),
        cmocka_unit_test(ed_positive_amount),
        cmocka_unit_test(ed_negative_amount_keeps_cr),
        cmocka_unit_test(ed_zero_field_with_significance_starter),
        cmocka_unit_test(ed_field_separator_and_asterisk_fill),
        cmocka_unit_test(ed_fill_byte_can_be_digit_selector),
        cmocka_unit_test(ed_minus_sign_leaves_significance_on),
        cmocka_unit_test(ed_invalid_digit_is_data_exception),
        cmocka_unit_test(ed_protection_changes_nothing),
        cmocka_unit_test(edmk_marks_first_significant_digit),
        cmocka_unit_test(edmk_forced_significance_leaves_r1),
        cmocka_unit_test(pack_lengths),
        cmocka_unit_test(pack_in_place),
        cmocka_unit_test(unpk_lengths),
        cmocka_unit_test(mvo_shifts_left_one_digit),
        cmocka_unit_test(pack_unpk_access_exception_changes_nothing),
        cmocka_unit_test(mvcl_pads_and_updates_registers),
        cmocka_unit_test(mvcl_condition_codes_from_lengths),
        cmocka_unit_test(mvcl_addresses_lose_high_byte),
        cmocka_unit_test(mvcl_clears_across_blocks_with_pad),
        cmocka_unit_test(mvcl_destructive_overlap_cc3),
        cmocka_unit_test(mvcl_overlap_to_the_left_moves),
        cmocka_unit_test(mvcl_overlap_wrapping_at_16m),
        cmocka_unit_test(mvcl_odd_register_is_specification),
        cmocka_unit_test(mvcl_protection_stops_at_protected_block),
        cmocka_unit_test(clcl_equal_with_padding),
        cmocka_unit_test(clcl_unequal_points_at_byte),
        cmocka_unit_test(clcl_both_empty_equal),
        cmocka_unit_test(clcl_addressing_exception),
    };
    return cmocka_run_group_tests_name("s370 storage-to-storage", tests, NULL, NULL);
}
