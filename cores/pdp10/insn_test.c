/* Logical tests: TRN TLN TDN TSN with modifications Z C O and skips E A N (SRM 2.8). */
#include "pdp10.h"

/* 600-677 T[RLDS][NZCO][ EAN] - Test (SRM 2.8).  Opcode bits: 060 modification (none, zero,
 * complement, ones), 010 mask from memory (D/S) instead of E (R/L), 001 mask swapped (L/S),
 * 006 skip condition (never, all masked bits zero, always, not all zero).  The skip looks at
 * the AC before it is modified. */
static void op_test(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e)
{
    unsigned modif = (op >> 4) & 3, cond = (op >> 1) & 3;
    uint64_t mask = (op & 010) ? pdp10_read(c, e) : e;
    if (op & 1)
        mask = pdp10_swap(mask);
    uint64_t a = c->ac[ac];
    bool zero = (a & mask) == 0;
    bool skip = cond == 2 || (cond == 1 && zero) || (cond == 3 && !zero);
    switch (modif) {
    case 1: a &= ~mask; break;
    case 2: a ^= mask; break;
    case 3: a |= mask; break;
    default: break;
    }
    c->ac[ac] = a & PDP10_WORD;
    if (skip)
        pdp10_skip(c);
}

#define T8(op, r, l) {op, 1, r, WB_PG_INNOCUOUS, op_test}, {op + 1, 1, l, WB_PG_INNOCUOUS, op_test}, \
    {op + 2, 1, r "E", WB_PG_INNOCUOUS, op_test}, {op + 3, 1, l "E", WB_PG_INNOCUOUS, op_test}, \
    {op + 4, 1, r "A", WB_PG_INNOCUOUS, op_test}, {op + 5, 1, l "A", WB_PG_INNOCUOUS, op_test}, \
    {op + 6, 1, r "N", WB_PG_INNOCUOUS, op_test}, {op + 7, 1, l "N", WB_PG_INNOCUOUS, op_test}

const pdp10_insn_def pdp10_insns_test[] = {
    T8(0600, "TRN", "TLN"), T8(0610, "TDN", "TSN"), T8(0620, "TRZ", "TLZ"), T8(0630, "TDZ", "TSZ"),
    T8(0640, "TRC", "TLC"), T8(0650, "TDC", "TSC"), T8(0660, "TRO", "TLO"), T8(0670, "TDO", "TSO"),
    {0, 0, NULL, WB_PG_INNOCUOUS, NULL},
};
