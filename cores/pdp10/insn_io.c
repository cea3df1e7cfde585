/* In-out instructions, opcodes 700-777 (SRM 2.16).  The device code is bits 3-9 (shown as a
 * multiple of 4), the function bits 10-12.  All of them are privileged: in user mode without
 * User-IOT they are executed as MUUOs (SRM 2.14). */
#include "pdp10.h"

enum { FN_BLKI, FN_DATAI, FN_BLKO, FN_DATAO, FN_CONO, FN_CONI, FN_CONSZ, FN_CONSO };

/* In-out function rows for the classifier: key = bits 0-12 with device 0. */
#define IOK(fn) ((07u << 10) | (fn))
const pdp10_info_row pdp10_io_rows[] = {
    {IOK(0), "BLKI", WB_PG_PRIVILEGED},  {IOK(1), "DATAI", WB_PG_PRIVILEGED},
    {IOK(2), "BLKO", WB_PG_PRIVILEGED},  {IOK(3), "DATAO", WB_PG_PRIVILEGED},
    {IOK(4), "CONO", WB_PG_PRIVILEGED},  {IOK(5), "CONI", WB_PG_PRIVILEGED},
    {IOK(6), "CONSZ", WB_PG_PRIVILEGED}, {IOK(7), "CONSO", WB_PG_PRIVILEGED},
    {0, NULL, WB_PG_INNOCUOUS},
};

/* BLKI/BLKO pointer step: both halves plus one (the KA10 adds 1000001 to the whole word); skip
 * unless the count in the left half ran out, i.e. unless the addition carries out of bit 0. */
static uint32_t block_step(pdp10_cpu *c, uint32_t e, bool *more)
{
    uint64_t s = pdp10_read(c, e) + 01000001;
    uint64_t p = s & PDP10_WORD;
    pdp10_write(c, e, p);
    *more = (s >> 36) == 0;
    return (uint32_t)pdp10_rh(p);
}

/* A BLKI/BLKO skips when its count has not run out; in an interrupt cycle that condition
 * instead dismisses the interrupt (SRM 2.13). */
static void block_skip(pdp10_cpu *c, bool more)
{
    if (c->pi_cycle)
        c->pi_skip = more;
    else if (more)
        pdp10_skip(c);
}

/* 700-777 BLKI DATAI BLKO DATAO CONO CONI CONSZ CONSO - In-Out (SRM 2.16) */
static void op_io(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e)
{
    if (pdp10_iot_trapped(c, op, ac, e))
        return;
    uint64_t w = c->insn_word;
    unsigned dev = (unsigned)((w >> 26) & 0177) << 2;
    unsigned fn = (unsigned)(w >> 23) & 7;
    bool more;
    uint32_t a;
    switch (fn) {
    case FN_BLKI:
        a = block_step(c, e, &more);
        pdp10_write(c, a, pdp10_dev_in(c, dev, FN_DATAI));
        block_skip(c, more);
        break;
    case FN_DATAI:
        pdp10_write(c, e, pdp10_dev_in(c, dev, FN_DATAI));
        break;
    case FN_BLKO:
        a = block_step(c, e, &more);
        pdp10_dev_out(c, dev, FN_DATAO, pdp10_read(c, a));
        block_skip(c, more);
        break;
    case FN_DATAO:
        pdp10_dev_out(c, dev, FN_DATAO, pdp10_read(c, e));
        break;
    case FN_CONO:
        pdp10_dev_out(c, dev, FN_CONO, e);
        break;
    case FN_CONI:
        pdp10_write(c, e, pdp10_dev_in(c, dev, FN_CONI));
        break;
    case FN_CONSZ:
        if ((pdp10_dev_in(c, dev, FN_CONI) & e) == 0)
            pdp10_skip(c);
        break;
    default:
        if ((pdp10_dev_in(c, dev, FN_CONI) & e) != 0)
            pdp10_skip(c);
        break;
    }
}

const pdp10_insn_def pdp10_insns_io[] = {
    {0700, 0100, "IOT", WB_PG_PRIVILEGED, op_io},
    {0, 0, NULL, WB_PG_INNOCUOUS, NULL},
};
