/* S/370 dynamic address translation (PoO chapter 3): both page sizes, both segment sizes, the
 * translation exceptions with their codes and translation-exception address, the TLB, LRA.
 *
 * Table formats from the PoO, written out by hand here:
 *   CR0 bits 8-12: 01000 2K/64K, 01010 2K/1M, 10000 4K/64K, 10010 4K/1M
 *   CR1: STL in bits 0-7, segment-table origin in bits 8-25
 *   STE: PTL bits 0-3, page-table origin bits 8-28, invalid bit 31
 *   PTE (halfword): 4K: PFRA bits 0-11, invalid bit 12; 2K: PFRA bits 0-12, invalid bit 13 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>
#include "tests/support/s370t.h"

#define STORAGE 0x40000u
#define CR0_TF(code) ((uint32_t)(code) << 19)   /* the 5-bit code in CR0 bits 8-12 */
enum { TF_2K_64K = 0x08, TF_2K_1M = 0x0A, TF_4K_64K = 0x10, TF_4K_1M = 0x12 };
#define STO 0x10000u                            /* segment table (real) */
#define PT0 0x11000u                            /* page table of segment 0 */
#define EC_DAT 0x0408000000000000ull            /* EC, DAT on (bit 5), key 0, supervisor */

static uint32_t ste(unsigned ptl, uint32_t pto, bool invalid) { return (uint32_t)ptl << 28 | pto | (invalid ? 1u : 0u); }
static uint16_t pte4k(uint32_t frame, bool invalid) { return (uint16_t)((frame >> 8) | (invalid ? 0x0008 : 0)); }
static uint16_t pte2k(uint32_t frame, bool invalid) { return (uint16_t)((frame >> 8) | (invalid ? 0x0004 : 0)); }
static void put2(s370_cpu *c, uint32_t a, uint16_t v) { s370_put16(c->mem + a, v); }

/* 4K pages, 64K segments; a 16-entry segment table (STL 0) whose segment 0 is identity-mapped
 * through a full page table, segments 1-15 invalid. */
static s370_cpu *setup_4k_64k(void)
{
    s370_cpu *c = s370t_new(STORAGE);
    c->cr[0] = (c->cr[0] & ~CR0_TF(0x1F)) | CR0_TF(TF_4K_64K);
    c->cr[1] = 0x00000000u | STO;
    s370t_set4(c, STO, ste(15, PT0, false));
    for (unsigned s = 1; s < 16; s++)
        s370t_set4(c, STO + 4 * s, ste(15, 0, true));
    for (unsigned p = 0; p < 16; p++)
        put2(c, PT0 + 2 * p, pte4k(p << 12, false));
    return c;
}

static unsigned xlate(s370_cpu *c, uint32_t v, uint32_t *r)
{
    return s370_translate(c, v, S370_ACC_FETCH, r);
}


/* ---------------------------------------------------------------- the four formats */

static void translate_4k_pages_64k_segments(void **state)
{
    (void)state;
    s370_cpu *c = setup_4k_64k();
    s370t_set4(c, STO + 4 * 2, ste(15, 0x12000, false));   /* segment 2 */
    put2(c, 0x12000 + 2 * 3, pte4k(0x35000, false));        /* page 3 of segment 2 */
    uint32_t r = 0;
    assert_int_equal(xlate(c, 0x023ABC, &r), 0);
    assert_int_equal(r, 0x35ABC);
    assert_int_equal(xlate(c, 0x000456, &r), 0);            /* identity segment 0 */
    assert_int_equal(r, 0x000456);
    /* table references set the reference bit of the blocks holding the entries */
    assert_true(c->keys[STO / 2048] & S370_KEY_REF);
    assert_true(c->keys[0x12000 / 2048] & S370_KEY_REF);
    s370t_free(c);
}

static void translate_2k_pages_64k_segments(void **state)
{
    (void)state;
    s370_cpu *c = setup_4k_64k();
    c->cr[0] = (c->cr[0] & ~CR0_TF(0x1F)) | CR0_TF(TF_2K_64K);
    s370t_set4(c, STO + 4 * 2, ste(15, 0x12000, false));
    /* 0x023C00: page index = bits 16-20 = 7, byte index 0x400 */
    put2(c, 0x12000 + 2 * 7, pte2k(0x36800, false));
    uint32_t r = 0;
    assert_int_equal(xlate(c, 0x023C00, &r), 0);
    assert_int_equal(r, 0x36C00);
    s370t_free(c);
}

static void translate_4k_pages_1m_segments(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(STORAGE);
    c->cr[0] = CR0_TF(TF_4K_1M);
    c->cr[1] = STO;
    s370t_set4(c, STO + 4 * 3, ste(4, 0x12000, false));     /* segment 3; page index 0x45 needs PTL >= 4 */
    put2(c, 0x12000 + 2 * 0x45, pte4k(0x2A000, false));
    uint32_t r = 0;
    assert_int_equal(xlate(c, 0x345678, &r), 0);
    assert_int_equal(r, 0x2A678);
    s370t_free(c);
}

static void translate_2k_pages_1m_segments(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(STORAGE);
    c->cr[0] = CR0_TF(TF_2K_1M);
    c->cr[1] = STO;
    s370t_set4(c, STO + 4 * 3, ste(4, 0x12000, false));
    /* 0x345E78: page index = bits 12-20 = 0x8B, byte index 0x678 */
    put2(c, 0x12000 + 2 * 0x8B, pte2k(0x2B800, false));
    uint32_t r = 0;
    assert_int_equal(xlate(c, 0x345E78, &r), 0);
    assert_int_equal(r, 0x2BE78);
    s370t_free(c);
}

static void pte_bit_15_is_ignored(void **state)
{
    (void)state;
    s370_cpu *c = setup_4k_64k();
    put2(c, PT0 + 2 * 5, (uint16_t)(pte4k(0x20000, false) | 1));
    uint32_t r = 0;
    assert_int_equal(xlate(c, 0x005010, &r), 0);
    assert_int_equal(r, 0x20010);
    s370t_free(c);
}

/* ---------------------------------------------------------------- exceptions (direct) */

static void segment_invalid_is_segment_translation(void **state)
{
    (void)state;
    s370_cpu *c = setup_4k_64k();
    uint32_t r = 0x777;
    assert_int_equal(xlate(c, 0x052345, &r), S370_PGM_SEGMENT_TRANSLATION);
    assert_int_equal(c->tea, 0x052000);     /* segment and page index; byte index zero */
    assert_int_equal(r, 0x777);
    s370t_free(c);
}

static void segment_table_length_violation(void **state)
{
    (void)state;
    s370_cpu *c = setup_4k_64k();           /* STL 0: segments 0-15 only */
    uint32_t r = 0;
    assert_int_equal(xlate(c, 0x100000, &r), S370_PGM_SEGMENT_TRANSLATION);
    assert_int_equal(c->tea, 0x100000);
    c->cr[1] = 0x01000000u | STO;            /* STL 1: 32 segments */
    s370t_set4(c, STO + 4 * 16, ste(15, PT0, false));
    s370_tlb_purge(c);
    assert_int_equal(xlate(c, 0x100123, &r), 0);
    assert_int_equal(r, 0x000123);
    s370t_free(c);
}

static void page_invalid_is_page_translation(void **state)
{
    (void)state;
    s370_cpu *c = setup_4k_64k();
    put2(c, PT0 + 2 * 9, pte4k(0x9000, true));
    uint32_t r = 0;
    assert_int_equal(xlate(c, 0x009FFF, &r), S370_PGM_PAGE_TRANSLATION);
    assert_int_equal(c->tea, 0x009000);
    s370t_free(c);
}

static void page_invalid_2k_tea_is_2k_page_address(void **state)
{
    (void)state;
    s370_cpu *c = setup_4k_64k();
    c->cr[0] = (c->cr[0] & ~CR0_TF(0x1F)) | CR0_TF(TF_2K_64K);
    put2(c, PT0 + 2 * 3, pte2k(0x1800, true));   /* page 3 = 0x1800-0x1FFF */
    uint32_t r = 0;
    assert_int_equal(xlate(c, 0x001ABC, &r), S370_PGM_PAGE_TRANSLATION);
    assert_int_equal(c->tea, 0x001800);
    s370t_free(c);
}

static void page_table_length_violation(void **state)
{
    (void)state;
    s370_cpu *c = setup_4k_64k();
    s370t_set4(c, STO, ste(3, PT0, false));   /* pages 0-3 of segment 0 */
    uint32_t r = 0;
    assert_int_equal(xlate(c, 0x003000, &r), 0);
    assert_int_equal(xlate(c, 0x004000, &r), S370_PGM_PAGE_TRANSLATION);
    assert_int_equal(c->tea, 0x004000);
    s370t_free(c);
}

static void page_table_length_1m_segments_uses_top_four_index_bits(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(STORAGE);
    c->cr[0] = CR0_TF(TF_4K_1M);
    c->cr[1] = STO;
    s370t_set4(c, STO, ste(0, 0x12000, false));   /* PTL 0: page index 0x00-0x0F only */
    put2(c, 0x12000 + 2 * 0x0F, pte4k(0x30000, false));
    uint32_t r = 0;
    assert_int_equal(xlate(c, 0x00F000, &r), 0);
    assert_int_equal(r, 0x30000);
    assert_int_equal(xlate(c, 0x010000, &r), S370_PGM_PAGE_TRANSLATION);
    s370t_free(c);
}

static void invalid_translation_format_is_specification(void **state)
{
    (void)state;
    static const uint32_t bad[] = {0x00, 0x18, 0x04, 0x14, 0x09, 0x11, 0x13, 0x0C, 0x1F};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        s370_cpu *c = setup_4k_64k();
        c->cr[0] = (c->cr[0] & ~CR0_TF(0x1F)) | CR0_TF(bad[i]);
        uint32_t r = 0;
        if (xlate(c, 0x000100, &r) != S370_PGM_TRANSLATION_SPEC)
            fail_msg("CR0 code %02x accepted", bad[i]);
        s370t_free(c);
    }
}

static void ste_and_pte_format_errors_are_specification(void **state)
{
    (void)state;
    uint32_t r = 0;
    s370_cpu *c = setup_4k_64k();
    s370t_set4(c, STO, ste(15, PT0, false) | 0x01000000u);    /* STE bit 7 */
    assert_int_equal(xlate(c, 0x000100, &r), S370_PGM_TRANSLATION_SPEC);
    s370t_set4(c, STO, ste(15, PT0, false) | 0x00000002u);    /* STE bit 30 */
    assert_int_equal(xlate(c, 0x000100, &r), S370_PGM_TRANSLATION_SPEC);
    s370t_set4(c, STO, ste(15, PT0, true) | 0x0F000006u);     /* invalid entry: bits not looked at */
    assert_int_equal(xlate(c, 0x000100, &r), S370_PGM_SEGMENT_TRANSLATION);
    s370t_set4(c, STO, ste(15, PT0, false));
    put2(c, PT0, (uint16_t)(pte4k(0, false) | 0x0004));       /* 4K PTE bit 13 */
    assert_int_equal(xlate(c, 0x000100, &r), S370_PGM_TRANSLATION_SPEC);
    put2(c, PT0, (uint16_t)(pte4k(0, false) | 0x0002));       /* 4K PTE bit 14 */
    assert_int_equal(xlate(c, 0x000100, &r), S370_PGM_TRANSLATION_SPEC);
    put2(c, PT0, (uint16_t)(pte4k(0, true) | 0x0006));        /* invalid PTE: page translation first */
    assert_int_equal(xlate(c, 0x000100, &r), S370_PGM_PAGE_TRANSLATION);
    c->cr[0] = (c->cr[0] & ~CR0_TF(0x1F)) | CR0_TF(TF_2K_64K);
    put2(c, PT0, (uint16_t)(pte2k(0, false) | 0x0002));       /* 2K PTE bit 14 */
    assert_int_equal(xlate(c, 0x000100, &r), S370_PGM_TRANSLATION_SPEC);
    s370t_free(c);
}


static void table_entries_are_real_addresses_subject_to_prefixing(void **state)
{
    (void)state;
    s370_cpu *c = setup_4k_64k();
    /* Segment table at real 0: with prefix 0x20000 it is read from absolute 0x20000. */
    c->prefix = 0x20000;
    c->cr[1] = 0;
    s370t_set4(c, 0x20000, ste(15, PT0, false));
    s370t_set4(c, 0x00000, ste(15, 0, true));
    uint32_t r = 0;
    assert_int_equal(xlate(c, 0x003210, &r), 0);
    assert_int_equal(r, 0x003210);
    s370t_free(c);
}

/* ---------------------------------------------------------------- running with DAT on */

static void instruction_and_operand_are_translated(void **state)
{
    (void)state;
    s370_cpu *c = setup_4k_64k();
    put2(c, PT0 + 2 * 5, pte4k(0x9000, false));   /* code page: virtual 0x5000 -> real 0x9000 */
    put2(c, PT0 + 2 * 7, pte4k(0xC000, false));   /* data page: virtual 0x7000 -> real 0xC000 */
    S370T_CODE(c, 0x9000, 0xB205, 0x7008);        /* STCK 8(7) */
    c->gr[7] = 0x7000;
    wb_exit e = s370t_run_psw(c, EC_DAT | 0x5000, 1);
    assert_int_equal(e.kind, WB_EXIT_BUDGET);
    assert_int_equal(s370t_pgm_code(c), -1);
    assert_int_equal(c->ia, 0x5004);
    assert_int_equal(s370t_get8(c, 0xC008), 0x1000ull);
    assert_int_equal(s370t_get8(c, 0x7008), 0);
    s370t_free(c);
}

static void dat_off_in_ec_mode_uses_real_addresses(void **state)
{
    (void)state;
    s370_cpu *c = setup_4k_64k();
    put2(c, PT0 + 2 * 7, pte4k(0xC000, false));
    S370T_CODE(c, 0x400, 0xB205, 0x7008);
    c->gr[7] = 0x7000;
    s370t_run_psw(c, 0x0008000000000400ull, 1);         /* EC, bit 5 off */
    assert_int_equal(s370t_get8(c, 0x7008), 0x1000ull);
    assert_int_equal(s370t_get8(c, 0xC008), 0);
    s370t_free(c);
}

static void operand_page_fault_nullifies_and_stores_tea(void **state)
{
    (void)state;
    s370_cpu *c = setup_4k_64k();
    put2(c, PT0 + 2 * 7, pte4k(0xC000, true));
    S370T_CODE(c, 0x400, 0xB205, 0x7ABC);         /* STCK X'ABC'(7) */
    c->gr[7] = 0x7000;
    wb_exit e = s370t_run_psw(c, EC_DAT | 0x400, 5);
    assert_int_equal(e.kind, WB_EXIT_HALT);
    assert_int_equal(s370t_pgm_code(c), S370_PGM_PAGE_TRANSLATION);
    assert_int_equal(s370t_get8(c, S370_PSA_PGM_OLD) & 0xFFFFFF, 0x400);   /* nullified */
    assert_int_equal(s370t_get4(c, S370_PSA_TEA), 0x007000);
    s370t_free(c);
}

static void operand_segment_fault_stores_code_0x10(void **state)
{
    (void)state;
    s370_cpu *c = setup_4k_64k();
    S370T_CODE(c, 0x400, 0xB205, 0x7008);
    c->gr[7] = 0x0A3000;                          /* segment 10: invalid */
    s370t_run_psw(c, EC_DAT | 0x400, 5);
    assert_int_equal(s370t_pgm_code(c), S370_PGM_SEGMENT_TRANSLATION);
    assert_int_equal(s370t_get8(c, S370_PSA_PGM_OLD) & 0xFFFFFF, 0x400);
    assert_int_equal(s370t_get4(c, S370_PSA_TEA), 0x0A3000);
    s370t_free(c);
}

static void instruction_page_fault_stores_instruction_page(void **state)
{
    (void)state;
    s370_cpu *c = setup_4k_64k();
    put2(c, PT0 + 2 * 6, pte4k(0x6000, true));
    wb_exit e = s370t_run_psw(c, EC_DAT | 0x6010, 5);
    assert_int_equal(e.kind, WB_EXIT_HALT);
    assert_int_equal(s370t_pgm_code(c), S370_PGM_PAGE_TRANSLATION);
    assert_int_equal(s370t_get8(c, S370_PSA_PGM_OLD) & 0xFFFFFF, 0x6010);
    assert_int_equal(s370t_get4(c, S370_PSA_TEA), 0x006000);
    s370t_free(c);
}

static void translation_specification_suppresses(void **state)
{
    (void)state;
    s370_cpu *c = setup_4k_64k();
    s370t_set4(c, STO + 4, ste(15, 0x12000, false) | 0x00000004u);   /* segment 1: STE bit 29 */
    S370T_CODE(c, 0x400, 0xB205, 0x7008);
    c->gr[7] = 0x010000;
    s370t_run_psw(c, EC_DAT | 0x400, 5);
    assert_int_equal(s370t_pgm_code(c), S370_PGM_TRANSLATION_SPEC);
    /* suppression: the old PSW points past the instruction, the ILC gives its length */
    assert_int_equal(s370t_get8(c, S370_PSA_PGM_OLD) & 0xFFFFFF, 0x404);
    assert_int_equal(s370t_get4(c, S370_PSA_PGM_CODE) >> 16, 4);
    s370t_free(c);
}

static void page_table_outside_storage_is_addressing(void **state)
{
    (void)state;
    s370_cpu *c = setup_4k_64k();
    s370t_set4(c, STO + 4, ste(15, 0x00F00000u, false));   /* segment 1's page table at 15M */
    S370T_CODE(c, 0x400, 0xB205, 0x7008);
    c->gr[7] = 0x010000;
    s370t_run_psw(c, EC_DAT | 0x400, 5);
    assert_int_equal(s370t_pgm_code(c), S370_PGM_ADDRESSING);
    /* suppression: the old PSW points past the instruction */
    assert_int_equal(s370t_get8(c, S370_PSA_PGM_OLD) & 0xFFFFFF, 0x404);
    s370t_free(c);
}

static void segment_table_outside_storage_is_addressing_on_instruction_fetch(void **state)
{
    (void)state;
    s370_cpu *c = setup_4k_64k();
    c->cr[1] = 0x00800000u;                 /* segment table at 8M, storage is 256K */
    wb_exit e = s370t_run_psw(c, EC_DAT | 0x400, 5);
    assert_int_equal(e.kind, WB_EXIT_HALT);
    assert_int_equal(s370t_pgm_code(c), S370_PGM_ADDRESSING);
    s370t_free(c);
}

static void trap_to_host_reports_translation_exception_address(void **state)
{
    (void)state;
    s370_cpu *c = setup_4k_64k();
    c->m.trap_to_host = true;
    put2(c, PT0 + 2 * 7, pte4k(0xC000, true));
    S370T_CODE(c, 0x400, 0xB205, 0x7ABC);
    c->gr[7] = 0x7000;
    wb_exit e = s370t_run_psw(c, EC_DAT | 0x400, 5);
    assert_int_equal(e.kind, WB_EXIT_TRAP);
    assert_int_equal(e.trap.kind, WB_TRAP_MMU);
    assert_int_equal(e.trap.code, S370_PGM_PAGE_TRANSLATION);
    assert_int_equal(e.trap.fault, 0x007000);
    assert_int_equal(c->ia, 0x400);
    s370t_free(c);
}

static void protection_applies_to_the_real_frame_key(void **state)
{
    (void)state;
    s370_cpu *c = setup_4k_64k();
    put2(c, PT0 + 2 * 7, pte4k(0xC000, false));
    c->keys[0xC000 / 2048] = 0x50;                /* real frame key 5 */
    S370T_CODE(c, 0x400, 0xB205, 0x7008);
    c->gr[7] = 0x7000;
    s370t_run_psw(c, EC_DAT | 0x0030000000000000ull | 0x400, 5);   /* PSW key 3 */
    assert_int_equal(s370t_pgm_code(c), S370_PGM_PROTECTION);
    assert_int_equal(s370t_get8(c, 0xC008), 0);
    s370t_free(c);
}

/* An ordinary store straddling two 2K pages mapped to unrelated frames. */
static void st_across_2k_pages_splits_between_frames(void **state)
{
    (void)state;
    s370_cpu *c = setup_4k_64k();
    c->cr[0] = (c->cr[0] & ~CR0_TF(0x1F)) | CR0_TF(TF_2K_64K);
    for (unsigned p = 0; p < 32; p++)
        put2(c, PT0 + 2 * p, pte2k(p << 11, false));
    put2(c, PT0 + 2 * 2, pte2k(0x9000, false));   /* virtual 0x1000-0x17FF */
    put2(c, PT0 + 2 * 3, pte2k(0x5800, false));   /* virtual 0x1800-0x1FFF */
    c->gr[1] = 0xA1B2C3D4;
    c->gr[5] = 0x1000;
    S370T_CODE(c, 0x400, 0x5010, 0x57FE);          /* ST 1,X'7FE'(5) */
    s370t_run_psw(c, EC_DAT | 0x400, 1);
    assert_int_equal(s370t_pgm_code(c), -1);
    assert_int_equal(c->mem[0x97FE], 0xA1);
    assert_int_equal(c->mem[0x97FF], 0xB2);
    assert_int_equal(c->mem[0x5800], 0xC3);
    assert_int_equal(c->mem[0x5801], 0xD4);
    s370t_free(c);
}

static void st_across_into_invalid_page_stores_nothing(void **state)
{
    (void)state;
    s370_cpu *c = setup_4k_64k();
    c->cr[0] = (c->cr[0] & ~CR0_TF(0x1F)) | CR0_TF(TF_2K_64K);
    for (unsigned p = 0; p < 32; p++)
        put2(c, PT0 + 2 * p, pte2k(p << 11, false));
    put2(c, PT0 + 2 * 2, pte2k(0x9000, false));
    put2(c, PT0 + 2 * 3, pte2k(0x5800, true));
    c->gr[1] = 0xA1B2C3D4;
    c->gr[5] = 0x1000;
    S370T_CODE(c, 0x400, 0x5010, 0x57FE);
    s370t_run_psw(c, EC_DAT | 0x400, 5);
    assert_int_equal(s370t_pgm_code(c), S370_PGM_PAGE_TRANSLATION);
    assert_int_equal(s370t_get4(c, S370_PSA_TEA), 0x001800);
    assert_int_equal(c->mem[0x97FE], 0);
    assert_int_equal(s370t_get8(c, S370_PSA_PGM_OLD) & 0xFFFFFF, 0x400);
    s370t_free(c);
}

static void load_through_1m_segment(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(STORAGE);
    c->cr[0] = CR0_TF(TF_4K_1M);
    c->cr[1] = STO;
    /* segment 0: identity for the first 16 pages (PTL 0); segment 5: page 0x23 -> 0x2F000 */
    s370t_set4(c, STO, ste(0, PT0, false));
    for (unsigned p = 0; p < 16; p++)
        put2(c, PT0 + 2 * p, pte4k(p << 12, false));
    s370t_set4(c, STO + 4 * 5, ste(2, 0x12000, false));
    put2(c, 0x12000 + 2 * 0x23, pte4k(0x2F000, false));
    s370t_set4(c, 0x2F444, 0x0BADCAFE);
    c->gr[5] = 0x523000;
    S370T_CODE(c, 0x400, 0x5830, 0x5444);          /* L 3,X'444'(5) */
    s370t_run_psw(c, EC_DAT | 0x400, 1);
    assert_int_equal(s370t_pgm_code(c), -1);
    assert_int_equal(c->gr[3], 0x0BADCAFE);
    s370t_free(c);
}

/* ---------------------------------------------------------------- TLB */

static void tlb_keeps_old_translation_until_ptlb(void **state)
{
    (void)state;
    s370_cpu *c = setup_4k_64k();
    put2(c, PT0 + 2 * 7, pte4k(0xC000, false));
    /* STCK 8(7) at 0x400; PTLB; STCK 8(7) */
    S370T_CODE(c, 0x400, 0xB205, 0x7008, 0xB20D, 0x0000, 0xB205, 0x7008);
    c->gr[7] = 0x7000;
    s370t_run_psw(c, EC_DAT | 0x400, 1);
    assert_int_equal(s370t_get8(c, 0xC008), 0x1000ull);
    put2(c, PT0 + 2 * 7, pte4k(0xD000, false));   /* remap without purging */
    s370t_run_psw(c, EC_DAT | 0x400, 1);
    assert_int_equal(s370t_get8(c, 0xC008), 0x2000ull);   /* old translation still used */
    assert_int_equal(s370t_get8(c, 0xD008), 0);
    s370t_run_psw(c, EC_DAT | 0x400, 3);                 /* STCK, PTLB, STCK */
    assert_int_equal(s370t_get8(c, 0xC008), 0x3000ull);
    assert_int_equal(s370t_get8(c, 0xD008), 0x5000ull);
    s370t_free(c);
}

static void tlb_keeps_invalidated_page_until_ptlb(void **state)
{
    (void)state;
    s370_cpu *c = setup_4k_64k();
    put2(c, PT0 + 2 * 7, pte4k(0xC000, false));
    S370T_CODE(c, 0x400, 0xB205, 0x7008, 0xB20D, 0x0000, 0xB205, 0x7008);
    c->gr[7] = 0x7000;
    s370t_run_psw(c, EC_DAT | 0x400, 1);
    put2(c, PT0 + 2 * 7, pte4k(0xC000, true));    /* invalidate without purging */
    s370t_run_psw(c, EC_DAT | 0x400, 1);
    assert_int_equal(s370t_pgm_code(c), -1);
    s370t_run_psw(c, EC_DAT | 0x400, 5);                 /* STCK, PTLB, STCK -> page fault */
    assert_int_equal(s370t_pgm_code(c), S370_PGM_PAGE_TRANSLATION);
    assert_int_equal(s370t_get8(c, S370_PSA_PGM_OLD) & 0xFFFFFF, 0x408);
    s370t_free(c);
}

static void lctl_cr1_change_purges_same_value_does_not(void **state)
{
    (void)state;
    s370_cpu *c = setup_4k_64k();
    put2(c, PT0 + 2 * 7, pte4k(0xC000, false));
    s370t_set4(c, 0x300, STO);                    /* CR1 as now */
    s370t_set4(c, 0x304, 0x01000000u | STO);      /* STL 1: a different CR1 value */
    /* 0x400 STCK 8(7) | 0x404 LCTL 1,1,0x300 | 0x408 STCK 8(7) | 0x40C LCTL 1,1,0x304 | 0x410 STCK */
    S370T_CODE(c, 0x400, 0xB205, 0x7008, 0xB711, 0x0300, 0xB205, 0x7008, 0xB711, 0x0304, 0xB205, 0x7008);
    s370t_set4(c, STO + 64, ste(15, 0, true));    /* entries 16-31 for the longer table */
    c->gr[7] = 0x7000;
    s370t_run_psw(c, EC_DAT | 0x400, 1);
    put2(c, PT0 + 2 * 7, pte4k(0xD000, false));
    c->m.ops->start(&c->m, true, 0x404);
    s370_psw_set(c, EC_DAT | 0x404);
    wb_run(&c->m, 2);                             /* LCTL same value, STCK: old mapping */
    assert_int_equal(s370t_get8(c, 0xD008), 0);
    assert_int_equal(s370t_get8(c, 0xC008), 0x3000ull);
    wb_run(&c->m, 2);                             /* LCTL new value, STCK: new mapping */
    assert_int_equal(s370t_get8(c, 0xD008), 0x5000ull);
    s370t_free(c);
}

static void set_reg_of_cr1_purges(void **state)
{
    (void)state;
    s370_cpu *c = setup_4k_64k();
    s370_psw_set(c, EC_DAT);
    uint32_t r = 0;
    assert_int_equal(xlate(c, 0x7008, &r), 0);
    assert_int_equal(r, 0x7008);
    put2(c, PT0 + 2 * 7, pte4k(0xC000, false));
    assert_int_equal(xlate(c, 0x7008, &r), 0);
    assert_int_equal(r, 0x7008);                  /* cached */
    unsigned cr1 = 0;
    while (strcmp(c->m.regs[cr1].name, "cr1") != 0)
        cr1++;
    c->m.ops->set_reg(&c->m, cr1, STO);           /* same value: the interface purges anyway */
    assert_int_equal(xlate(c, 0x7008, &r), 0);
    assert_int_equal(r, 0xC008);
    s370t_free(c);
}

/* ---------------------------------------------------------------- LRA */

static void lra_cc0_real_address_in_bc_mode(void **state)
{
    (void)state;
    s370_cpu *c = setup_4k_64k();
    s370t_set4(c, STO + 4 * 2, ste(15, 0x12000, false));
    put2(c, 0x12000 + 2 * 3, pte4k(0x35000, false));
    c->gr[2] = 0x023ABC;
    c->gr[1] = 0xFFFFFFFF;
    S370T_CODE(c, 0x400, 0xB110, 0x2000);         /* LRA 1,0(2) */
    s370t_run(c, 0x400, 1);                       /* BC mode, DAT off: LRA translates anyway */
    assert_int_equal(c->cc, 0);
    assert_int_equal(c->gr[1], 0x00035ABC);
    s370t_free(c);
}

static void lra_cc1_segment_entry_address(void **state)
{
    (void)state;
    s370_cpu *c = setup_4k_64k();
    c->gr[2] = 0x05ABCD;
    S370T_CODE(c, 0x400, 0xB110, 0x2000);
    s370t_run(c, 0x400, 1);
    assert_int_equal(c->cc, 1);
    assert_int_equal(c->gr[1], STO + 4 * 5);
    s370t_free(c);
}

static void lra_cc2_page_entry_address(void **state)
{
    (void)state;
    s370_cpu *c = setup_4k_64k();
    put2(c, PT0 + 2 * 9, pte4k(0x9000, true));
    c->gr[2] = 0x009ABC;
    S370T_CODE(c, 0x400, 0xB110, 0x2000);
    s370t_run(c, 0x400, 1);
    assert_int_equal(c->cc, 2);
    assert_int_equal(c->gr[1], PT0 + 2 * 9);
    s370t_free(c);
}

/* CC 3: R1 receives the address the entry would have had beyond the table (Hercules' S/370
 * behaviour, the oracle; the PoO text for this case was not at hand). */
static void lra_cc3_length_violations(void **state)
{
    (void)state;
    s370_cpu *c = setup_4k_64k();
    s370t_set4(c, STO, ste(3, PT0, false));
    c->gr[1] = 0x11111111;
    c->gr[2] = 0x100000;                          /* segment 16: beyond STL 0 */
    c->gr[3] = 0x005000;                          /* page 5: beyond PTL 3 */
    c->gr[4] = 0x22222222;
    S370T_CODE(c, 0x400, 0xB110, 0x2000, 0xB140, 0x3000);
    s370t_run(c, 0x400, 1);
    assert_int_equal(c->cc, 3);
    assert_int_equal(c->gr[1], STO + 4 * 16);
    c->m.ops->start(&c->m, true, 0x404);
    wb_run(&c->m, 1);
    assert_int_equal(c->cc, 3);
    assert_int_equal(c->gr[4], PT0 + 2 * 5);
    s370t_free(c);
}

static void lra_bypasses_the_tlb(void **state)
{
    (void)state;
    s370_cpu *c = setup_4k_64k();
    s370_psw_set(c, EC_DAT);
    uint32_t r = 0;
    assert_int_equal(xlate(c, 0x7000, &r), 0);    /* TLB now maps 0x7000 -> 0x7000 */
    put2(c, PT0 + 2 * 7, pte4k(0xC000, false));
    c->gr[2] = 0x7123;
    S370T_CODE(c, 0x400, 0xB110, 0x2000);
    s370t_run(c, 0x400, 1);
    assert_int_equal(c->gr[1], 0xC123);
    assert_int_equal(xlate(c, 0x7000, &r), 0);
    assert_int_equal(r, 0x7000);                  /* ... and leaves the TLB alone */
    s370t_free(c);
}

static void lra_translation_specification_and_addressing(void **state)
{
    (void)state;
    s370_cpu *c = setup_4k_64k();
    c->cr[0] &= ~CR0_TF(0x1F);                    /* code 00000 */
    c->gr[2] = 0x1000;
    S370T_CODE(c, 0x400, 0xB110, 0x2000);
    s370t_run(c, 0x400, 5);
    assert_int_equal(s370t_pgm_code(c), S370_PGM_TRANSLATION_SPEC);
    s370t_free(c);

    c = setup_4k_64k();
    c->cr[1] = 0x00F00000u;
    c->gr[2] = 0x1000;
    S370T_CODE(c, 0x400, 0xB110, 0x2000);
    s370t_run(c, 0x400, 5);
    assert_int_equal(s370t_pgm_code(c), S370_PGM_ADDRESSING);
    s370t_free(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(translate_4k_pages_64k_segments),
        cmocka_unit_test(translate_2k_pages_64k_segments),
        cmocka_unit_test(translate_4k_pages_1m_segments),
        cmocka_unit_test(translate_2k_pages_1m_segments),
        cmocka_unit_test(pte_bit_15_is_ignored),
        cmocka_unit_test(segment_invalid_is_segment_translation),
        cmocka_unit_test(segment_table_length_violation),
        cmocka_unit_test(page_invalid_is_page_translation),
        cmocka_unit_test(page_invalid_2k_tea_is_2k_page_address),
        cmocka_unit_test(page_table_length_violation),
        cmocka_unit_test(page_table_length_1m_segments_uses_top_four_index_bits),
        cmocka_unit_test(invalid_translation_format_is_specification),
        cmocka_unit_test(ste_and_pte_format_errors_are_specification),
        cmocka_unit_test(table_entries_are_real_addresses_subject_to_prefixing),
        cmocka_unit_test(instruction_and_operand_are_translated),
        cmocka_unit_test(dat_off_in_ec_mode_uses_real_addresses),
        cmocka_unit_test(operand_page_fault_nullifies_and_stores_tea),
        cmocka_unit_test(operand_segment_fault_stores_code_0x10),
        cmocka_unit_test(instruction_page_fault_stores_instruction_page),
        cmocka_unit_test(translation_specification_suppresses),
        cmocka_unit_test(page_table_outside_storage_is_addressing),
        cmocka_unit_test(segment_table_outside_storage_is_addressing_on_instruction_fetch),
        cmocka_unit_test(trap_to_host_reports_translation_exception_address),
        cmocka_unit_test(protection_applies_to_the_real_frame_key),
        cmocka_unit_test(st_across_2k_pages_splits_between_frames),
        cmocka_unit_test(st_across_into_invalid_page_stores_nothing),
        cmocka_unit_test(load_through_1m_segment),
        cmocka_unit_test(tlb_keeps_old_translation_until_ptlb),
        cmocka_unit_test(tlb_keeps_invalidated_page_until_ptlb),
        cmocka_unit_test(lctl_cr1_change_purges_same_value_does_not),
        cmocka_unit_test(set_reg_of_cr1_purges),
        cmocka_unit_test(lra_cc0_real_address_in_bc_mode),
        cmocka_unit_test(lra_cc1_segment_entry_address),
        cmocka_unit_test(lra_cc2_page_entry_address),
        cmocka_unit_test(lra_cc3_length_violations),
        cmocka_unit_test(lra_bypasses_the_tlb),
        cmocka_unit_test(lra_translation_specification_and_addressing),
    };
    return cmocka_run_group_tests_name("s370 dat", tests, NULL, NULL);
}
