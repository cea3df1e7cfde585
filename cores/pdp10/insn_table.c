/* The dispatch table of one machine, built from the instruction groups' rows (each row lives
 * beside its handler), and the identity rows exported for the classifier.  Built per instance:
 * no global mutable state. */
#include "pdp10.h"
#include <stdlib.h>

static const pdp10_insn_def *const groups[] = {
    pdp10_insns_move, pdp10_insns_arith, pdp10_insns_float, pdp10_insns_bool, pdp10_insns_shift,
    pdp10_insns_test, pdp10_insns_skip,  pdp10_insns_jump,  pdp10_insns_byte, pdp10_insns_io,
};

static void add_info(pdp10_cpu *c, uint32_t key, const char *mn, wb_pg_class pg)
{
    c->infos[c->ninfos].mnemonic = mn;
    c->infos[c->ninfos].opcode = key;
    c->infos[c->ninfos].pg = pg;
    c->ninfos++;
}

/* Exported keys are bits 0-12 of the instruction: opcode << 4 | AC (JRST variants by AC; every
 * other row with AC 0; in-out functions with device 0). */
void pdp10_build_tables(pdp10_cpu *c)
{
    unsigned n = 0;
    for (size_t g = 0; g < sizeof groups / sizeof groups[0]; g++)
        for (const pdp10_insn_def *d = groups[g]; d->fn; d++)
            n++;
    for (const pdp10_info_row *r = pdp10_jrst_rows; r->mnemonic; r++)
        n++;
    for (const pdp10_info_row *r = pdp10_io_rows; r->mnemonic; r++)
        n++;
    c->infos = calloc(n, sizeof *c->infos);
    c->ninfos = 0;
    for (size_t g = 0; g < sizeof groups / sizeof groups[0]; g++)
        for (const pdp10_insn_def *d = groups[g]; d->fn; d++) {
            for (unsigned k = 0; k < d->span; k++) {
                c->dispatch[d->op + k] = d->fn;
                c->rows[d->op + k] = d;
            }
            if (!c->infos)
                continue;
            if (d->op == 0254 || d->op == 0700)
                continue;   /* exported by variant below */
            add_info(c, (uint32_t)d->op << 4, d->mnemonic, d->pg);
        }
    if (c->infos) {
        for (const pdp10_info_row *r = pdp10_jrst_rows; r->mnemonic; r++)
            add_info(c, r->key, r->mnemonic, r->pg);
        for (const pdp10_info_row *r = pdp10_io_rows; r->mnemonic; r++)
            add_info(c, r->key, r->mnemonic, r->pg);
    }
}
