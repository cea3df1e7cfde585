/* The instruction tables of all groups as one list, and the decoder (V8 5.1 formats).  The dispatch
 * arrays are built per machine: no global mutable state. */
#include "sparc/sparc.h"

static const sparc_insn_def *const groups[] = {sparc_insns_alu, sparc_insns_ctl, sparc_insns_mem, sparc_insns_sys,
                                               sparc_insns_fpu};
#define NGROUPS (sizeof groups / sizeof groups[0])

static const sparc_insn_def *row_at(unsigned idx)
{
    for (unsigned g = 0; g < NGROUPS; g++)
        for (const sparc_insn_def *d = groups[g]; d->fn; d++)
            if (idx-- == 0)
                return d;
    return NULL;
}

void sparc_decode_init(sparc_cpu *c)
{
    for (unsigned r = 0; r < 4; r++)
        for (unsigned k = 0; k < 64; k++)
            c->dispatch[r][k] = -1;
    for (unsigned r = 0; r < 2; r++)
        for (unsigned k = 0; k < 512; k++)
            c->fpdispatch[r][k] = -1;
    for (unsigned idx = 0;; idx++) {
        const sparc_insn_def *d = row_at(idx);
        if (!d)
            break;
        c->rows[idx] = d;
        c->infos[idx] = (wb_insn_info){d->mnemonic, d->key, d->pg};
        c->ninfos = idx + 1;
        uint32_t k = d->key;
        if (k & 0x1000)
            c->fpdispatch[k >> 9 & 1][k & 0x1FF] = (int16_t)idx;
        else if (k & 0x100)
            c->dispatch[k >> 6 & 3][k & 0x3F] = (int16_t)idx;
        else if (k == SK_CALL)
            c->dispatch[1][0] = (int16_t)idx;
        else
            c->dispatch[0][k & 7] = (int16_t)idx;
    }
}

int sparc_decode(const sparc_cpu *c, uint32_t insn)
{
    unsigned op = insn >> 30;
    switch (op) {
    case 0: return c->dispatch[0][insn >> 22 & 7];
    case 1: return c->dispatch[1][0];
    default: {
        unsigned op3 = insn >> 19 & 0x3F;
        if (op == 2 && (op3 == 0x34 || op3 == 0x35)) {
            int f = c->fpdispatch[op3 & 1][insn >> 5 & 0x1FF];
            if (f >= 0)
                return f;
        }
        return c->dispatch[op][op3];
    }
    }
}
