/* Dynamic address translation (PoO chapter 3, "Storage": "Dynamic Address Translation").
 *
 * Translation format, control register 0 bits 8-12 (TF):
 *     01000  2K pages, 64K segments     10000  4K pages, 64K segments
 *     01010  2K pages,  1M segments     10010  4K pages,  1M segments
 * any other code is a translation-specification exception on every translation attempt.
 *
 * Control register 1:   0      7 8                      25 26  31
 *                      +--------+-------------------------+------+
 *                      |  STL   |  segment-table origin   |//////|
 *                      +--------+-------------------------+------+
 * STL is the table length in units of 64 bytes (16 entries) minus one; it is compared with the
 * leftmost four bits of the segment index (only 64K segments can exceed a 16-entry table).
 *
 * Segment-table entry (4 bytes):  0   3 4   7 8                     28 29 30 31
 *                                +-----+-----+-------------------------+--+--+--+
 *                                | PTL |0000 |   page-table origin     |0 |0 |I |
 *                                +-----+-----+-------------------------+--+--+--+
 * PTL: page-table length in sixteenths of the largest table, minus one; compared with the
 * leftmost four bits of the page index.  Bits 4-7 and 29-30 must be zero in a valid entry (this
 * model has neither the segment-protection nor the common-segment facility).
 *
 * Page-table entry (2 bytes):  4K pages:  0           11 12 13 14 15      2K pages:  0            12 13 14 15
 *                                        +--------------+--+-----+--+               +---------------+--+--+--+
 *                                        |     PFRA     |I | 00  |  |               |     PFRA      |I |0 |  |
 *                                        +--------------+--+-----+--+               +---------------+--+--+--+
 * PFRA = real address bits 8-19 (4K) or 8-20 (2K).  The ones shown as 0 must be zero (no
 * extended real addressing), otherwise translation specification; bit 15 is ignored.
 *
 * Exceptions: segment translation (0x10) for an invalid entry or a segment-table length violation,
 * page translation (0x11) likewise for the page table, both nullifying; translation
 * specification (0x12), returned like those two; addressing (0x05) when a table entry lies outside
 * storage, raised here (s370_program_check) as the callers expect.  The
 * translation-exception address (real location 144) holds the segment and page index of the
 * failing address; the PoO leaves the byte-index bits unpredictable, and this model stores them as
 * zeros (the page address), as Hercules does.
 *
 * The translation-lookaside buffer is a direct-mapped array of 2K-granule entries (virtual block ->
 * real block).  A 4K page occupies two granules, filled independently.  It is consulted only for
 * implicit translation (LRA bypasses it), survives changes to the tables until PURGE TLB, and is
 * purged when the translation parameters in CR0/CR1 change (PoO: results are unpredictable when
 * they change without a purge; purging is one of the permitted outcomes).  Without memory for it
 * the model simply translates every time. */
#include "s370.h"
#include <stdlib.h>
#include <string.h>

#define TLB_ENTRIES 1024u            /* power of two */
#define TLB_VALID 1u                 /* tag bit: the low 11 bits of a 2K-aligned address are free */
#define GRANULE_MASK 0x00FFF800u

typedef struct {
    uint32_t tag;                    /* virtual 2K block address | TLB_VALID, or 0 */
    uint32_t real;                   /* real 2K block address */
} tlb_entry;

/* The translation parameters decoded from CR0 bits 8-12. */
typedef struct {
    unsigned page_shift;             /* 11 or 12 */
    unsigned seg_shift;              /* 16 or 20 */
} dat_format;

static bool decode_format(uint32_t cr0, dat_format *f)
{
    switch ((cr0 >> 19) & 0x1F) {
    case 0x08: f->page_shift = 11; f->seg_shift = 16; return true;
    case 0x0A: f->page_shift = 11; f->seg_shift = 20; return true;
    case 0x10: f->page_shift = 12; f->seg_shift = 16; return true;
    case 0x12: f->page_shift = 12; f->seg_shift = 20; return true;
    default: return false;
    }
}

/* Fetch a table entry from real storage: prefixing applies, key protection does not (PoO:
 * "storage protection is ignored"); the reference bit of the block is set. */
static bool table_fetch(s370_cpu *c, uint32_t real, unsigned len, uint32_t *v)
{
    uint32_t a = s370_abs(c, real);
    if (real > S370_AMASK || !s370_abs_ok(c, a, len))
        return false;
    *v = len == 4 ? s370_be32(c->mem + a) : s370_be16(c->mem + a);
    c->keys[a / S370_KEYBLOCK] |= S370_KEY_REF;
    return true;
}

/* Outcome of a table walk, in the terms LRA needs. */
typedef struct {
    unsigned code;                   /* program interruption code, 0 on success */
    unsigned lra_cc;                 /* 1 segment invalid, 2 page invalid, 3 length violation */
    uint32_t entry;                  /* real address of the entry that failed (cc 1, 2, 3) */
    uint32_t page_mask;              /* for the translation-exception address */
} walk_result;

/* The two-level lookup, without the TLB.  Returns the real address in *real on success. */
static walk_result walk(s370_cpu *c, uint32_t vaddr, uint32_t *real)
{
    walk_result r = {0, 0, 0, ~0u};
    dat_format f;
    vaddr &= S370_AMASK;
    if (!decode_format(c->cr[0], &f)) {
        r.code = S370_PGM_TRANSLATION_SPEC;
        return r;
    }
    r.page_mask = ~((1u << f.page_shift) - 1);

    /* Segment-table lookup. */
    uint32_t stl = c->cr[1] >> 24, sto = c->cr[1] & 0x00FFFFC0u;
    uint32_t sx = vaddr >> f.seg_shift;
    uint32_t ste_addr = sto + sx * 4, ste;
    if (f.seg_shift == 16 && (sx >> 4) > stl) {   /* 1M segments: 16 entries always fit */
        r.code = S370_PGM_SEGMENT_TRANSLATION;
        r.lra_cc = 3;
        r.entry = ste_addr;
        return r;
    }
    if (!table_fetch(c, ste_addr, 4, &ste)) {
        r.code = S370_PGM_ADDRESSING;
        return r;
    }
    if (ste & 1u) {
        r.code = S370_PGM_SEGMENT_TRANSLATION;
        r.lra_cc = 1;
        r.entry = ste_addr;
        return r;
    }
    if (ste & 0x0F000006u) {
        r.code = S370_PGM_TRANSLATION_SPEC;
        return r;
    }

    /* Page-table lookup. */
    uint32_t ptl = ste >> 28, pto = ste & 0x00FFFFF8u;
    uint32_t px = (vaddr & ((1u << f.seg_shift) - 1)) >> f.page_shift;
    uint32_t px_top4 = (vaddr >> (f.seg_shift - 4)) & 0xF;   /* leftmost four bits of the page index */
    uint32_t pte_addr = pto + px * 2, pte;
    if (px_top4 > ptl) {
        r.code = S370_PGM_PAGE_TRANSLATION;
        r.lra_cc = 3;
        r.entry = pte_addr;
        return r;
    }
    if (!table_fetch(c, pte_addr, 2, &pte)) {
        r.code = S370_PGM_ADDRESSING;
        return r;
    }
    uint32_t invalid = f.page_shift == 12 ? 0x0008u : 0x0004u;
    uint32_t must_be_zero = f.page_shift == 12 ? 0x0006u : 0x0002u;
    uint32_t pfra = f.page_shift == 12 ? 0xFFF0u : 0xFFF8u;
    if (pte & invalid) {
        r.code = S370_PGM_PAGE_TRANSLATION;
        r.lra_cc = 2;
        r.entry = pte_addr;
        return r;
    }
    if (pte & must_be_zero) {
        r.code = S370_PGM_TRANSLATION_SPEC;
        return r;
    }
    *real = (pte & pfra) << 8 | (vaddr & ((1u << f.page_shift) - 1));
    return r;
}

unsigned s370_translate(s370_cpu *c, uint32_t vaddr, s370_acc acc, uint32_t *real)
{
    (void)acc;   /* this model has no segment protection: translation is the same for every access */
    vaddr &= S370_AMASK;
    tlb_entry *tlb = c->tlb, *e = NULL;
    if (tlb) {
        e = &tlb[(vaddr >> 11) & (TLB_ENTRIES - 1)];
        if (e->tag == ((vaddr & GRANULE_MASK) | TLB_VALID)) {
            *real = e->real | (vaddr & ~GRANULE_MASK);
            return 0;
        }
    }
    uint32_t r = 0;
    walk_result w = walk(c, vaddr, &r);
    if (w.code == S370_PGM_ADDRESSING)
        s370_program_check(c, S370_PGM_ADDRESSING);   /* a table entry outside storage: suppression */
    if (w.code) {
        if (w.code == S370_PGM_SEGMENT_TRANSLATION || w.code == S370_PGM_PAGE_TRANSLATION)
            c->tea = vaddr & w.page_mask & S370_AMASK;
        return w.code;
    }
    if (e) {
        e->tag = (vaddr & GRANULE_MASK) | TLB_VALID;
        e->real = r & GRANULE_MASK;
    }
    *real = r;
    return 0;
}

unsigned s370_lra(s370_cpu *c, uint32_t vaddr, uint32_t *out)
{
    uint32_t r = 0;
    walk_result w = walk(c, vaddr, &r);
    if (w.code == 0) {
        *out = r;
        return 0;
    }
    if (!w.lra_cc)
        s370_program_check(c, (uint16_t)w.code);   /* translation specification, addressing */
    *out = w.entry & S370_AMASK;
    return w.lra_cc;
}

void s370_tlb_purge(s370_cpu *c)
{
    c->purge_count++;   /* monitors discard their shadow tables when this changes */
    if (c->tlb)
        memset(c->tlb, 0, TLB_ENTRIES * sizeof(tlb_entry));
}

void s370_dat_init(s370_cpu *c)
{
    c->tlb = calloc(TLB_ENTRIES, sizeof(tlb_entry));   /* NULL is tolerated: no TLB */
}

void s370_dat_free(s370_cpu *c)
{
    free(c->tlb);
    c->tlb = NULL;
}
