/* The opcode tables, built once from the instruction groups' definition rows.  Each row
 * (mnemonic, format, P&G class, handler) lives beside its handler in an insn_*.c file. */
#include "s370.h"
#include <stdio.h>
#include <stdlib.h>

static const s370_insn_def *const groups[] = {
    s370_insns_fixed, s370_insns_logical, s370_insns_branch, s370_insns_storage,
    s370_insns_decimal, s370_insns_float, s370_insns_control, s370_insns_io,
};

static const s370_insn_def *primary[256];
static const s370_insn_def *b2[256];
static const s370_insn_def *iogrp[4][2];     /* 9C..9F, selected by bit 15 */
static wb_insn_info *infos;
static const s370_insn_def **info_def;   /* infos[i] describes info_def[i] */
static unsigned ninfos;
static bool built;

static void build(void)
{
    if (built)
        return;
    unsigned n = 0;
    for (size_t g = 0; g < sizeof groups / sizeof groups[0]; g++)
        for (const s370_insn_def *d = groups[g]; d->fn; d++)
            n++;
    infos = calloc(n ? n : 1, sizeof *infos);
    info_def = calloc(n ? n : 1, sizeof *info_def);
    if (!infos || !info_def) {
        fprintf(stderr, "vmwb: out of memory building the S/370 opcode table\n");
        abort();
    }
    for (size_t g = 0; g < sizeof groups / sizeof groups[0]; g++)
        for (const s370_insn_def *d = groups[g]; d->fn; d++) {
            unsigned hi = d->op >> 8, lo = d->op & 0xFF;
            if (d->op <= 0xFF)
                primary[d->op] = d;
            else if (hi == 0xB2)
                b2[lo] = d;
            else if (hi >= 0x9C && hi <= 0x9F)
                iogrp[hi - 0x9C][lo & 1] = d;
            infos[ninfos].mnemonic = d->mnemonic;
            infos[ninfos].opcode = d->op;
            infos[ninfos].pg = d->pg;
            info_def[ninfos] = d;
            ninfos++;
        }
    for (int i = 0; i < 4; i++)
        if (!iogrp[i][1])
            iogrp[i][1] = iogrp[i][0];
    built = true;
}

const s370_insn_def *s370_lookup(const uint8_t *ins)
{
    build();
    uint8_t op = ins[0];
    if (op == 0xB2)
        return b2[ins[1]];
    if (op >= 0x9C && op <= 0x9F)
        return iogrp[op - 0x9C][ins[1] & 1];
    return primary[op];
}

void s370_execute(s370_cpu *c, const uint8_t *ins)
{
    const s370_insn_def *d = s370_lookup(ins);
    if (!d)
        s370_program_check(c, S370_PGM_OPERATION);
    d->fn(c, ins);
}

unsigned s370_insn_count(void)
{
    build();
    return ninfos;
}

const wb_insn_info *s370_insn_infos(void)
{
    build();
    return infos;
}

int s370_insn_index(const uint8_t *ins)
{
    const s370_insn_def *d = s370_lookup(ins);
    if (!d)
        return -1;
    for (unsigned i = 0; i < ninfos; i++)
        if (info_def[i] == d)
            return (int)i;
    return -1;
}
