/* Condition codes shared by the arithmetic instructions (PRM 3.6, table 3-18 and 3-19). */
#include "m68k.h"

/* Conditional tests (PRM table 3-19), cc = instruction bits 11-8. */
bool m68k_cond(const m68k_cpu *c, unsigned cc)
{
    bool C = c->sr & SR_C, V = c->sr & SR_V, Z = c->sr & SR_Z, N = c->sr & SR_N;
    switch (cc & 15) {
    case 0x0: return true;              /* T  */
    case 0x1: return false;             /* F  */
    case 0x2: return !C && !Z;          /* HI */
    case 0x3: return C || Z;            /* LS */
    case 0x4: return !C;                /* CC */
    case 0x5: return C;                 /* CS */
    case 0x6: return !Z;                /* NE */
    case 0x7: return Z;                 /* EQ */
    case 0x8: return !V;                /* VC */
    case 0x9: return V;                 /* VS */
    case 0xA: return !N;                /* PL */
    case 0xB: return N;                 /* MI */
    case 0xC: return N == V;            /* GE */
    case 0xD: return N != V;            /* LT */
    case 0xE: return !Z && N == V;      /* GT */
    default: return Z || N != V;        /* LE */
    }
}

/* d + s + x with ADD's condition codes; keepz gives ADDX's "Z cleared if nonzero, else unchanged". */
uint32_t m68k_add_flags(m68k_cpu *c, uint32_t s, uint32_t d, unsigned x, unsigned size, bool setx, bool keepz)
{
    uint32_t m = sz_mask(size), msb = sz_msb(size);
    s &= m;
    d &= m;
    uint64_t wide = (uint64_t)s + d + x;
    uint32_t res = (uint32_t)wide & m;
    uint16_t f = 0;
    if (wide > m)
        f |= SR_C;
    if ((s ^ res) & (d ^ res) & msb)
        f |= SR_V;
    if (res & msb)
        f |= SR_N;
    if (keepz)
        f |= res ? 0 : (c->sr & SR_Z);
    else if (!res)
        f |= SR_Z;
    if (setx)
        set_cc(c, SR_X | SR_N | SR_Z | SR_V | SR_C, (uint16_t)(f | ((f & SR_C) ? SR_X : 0)));
    else
        set_cc(c, SR_N | SR_Z | SR_V | SR_C, f);
    return res;
}

/* d - s - x with SUB's condition codes (cmp: X is not affected). */
uint32_t m68k_sub_flags(m68k_cpu *c, uint32_t s, uint32_t d, unsigned x, unsigned size, bool setx, bool keepz,
                        bool cmp)
{
    uint32_t m = sz_mask(size), msb = sz_msb(size);
    s &= m;
    d &= m;
    uint32_t res = (d - s - x) & m;
    uint16_t f = 0;
    if ((uint64_t)s + x > d)
        f |= SR_C;
    if ((s ^ d) & (res ^ d) & msb)
        f |= SR_V;
    if (res & msb)
        f |= SR_N;
    if (keepz)
        f |= res ? 0 : (c->sr & SR_Z);
    else if (!res)
        f |= SR_Z;
    if (setx && !cmp)
        set_cc(c, SR_X | SR_N | SR_Z | SR_V | SR_C, (uint16_t)(f | ((f & SR_C) ? SR_X : 0)));
    else
        set_cc(c, SR_N | SR_Z | SR_V | SR_C, f);
    return res;
}
