/* Binary-coded decimal: ABCD, SBCD, NBCD (PRM ch. 4).
 *
 * The PRM leaves N and V undefined.  The 68000 computes the binary sum or difference first and
 * then applies a decimal correction (6 for the low digit, 0x60 for the high one); V reports that
 * the correction flipped bit 7 (0 to 1 for addition, 1 to 0 for subtraction) and N is bit 7 of
 * the corrected result, as the single-step data for the 68000 shows.  Operands that are not
 * valid BCD go through the same steps. */
#include "m68k.h"

static uint8_t bcd_add(m68k_cpu *c, uint32_t s, uint32_t d)
{
    unsigned x = (c->sr & SR_X) ? 1 : 0;
    uint32_t bin = s + d + x;
    uint32_t corr = 0;
    if ((s & 0xF) + (d & 0xF) + x > 9)
        corr = 6;
    bool carry = bin > 0x99;
    if (carry)
        corr += 0x60;
    uint32_t res = (bin + corr) & 0xFF;
    uint16_t f = carry ? (SR_C | SR_X) : 0;
    if (~bin & res & 0x80)
        f |= SR_V;
    if (res & 0x80)
        f |= SR_N;
    f |= res ? 0 : (c->sr & SR_Z);
    set_cc(c, 0x1F, f);
    return (uint8_t)res;
}

static uint8_t bcd_sub(m68k_cpu *c, uint32_t s, uint32_t d)
{
    unsigned x = (c->sr & SR_X) ? 1 : 0;
    uint32_t bin = (d - s - x) & 0x1FF;
    uint32_t corr = 0;
    if ((d & 0xF) < (s & 0xF) + x)
        corr = 6;
    bool carry = d < s + x;
    if (carry)
        corr += 0x60;
    uint32_t res = (bin - corr) & 0xFF;
    if (corr == 6 && (bin & 0xFF) < 6)
        carry = true;   /* the low-digit correction borrows out of the byte */
    uint16_t f = carry ? (SR_C | SR_X) : 0;
    if (bin & ~res & 0x80)
        f |= SR_V;
    if (res & 0x80)
        f |= SR_N;
    f |= res ? 0 : (c->sr & SR_Z);
    set_cc(c, 0x1F, f);
    return (uint8_t)res;
}

/* ------------------------------------------------------------------------------------------ */
/* ABCD - Add Decimal with Extend (PRM ch. 4): Dy,Dx or -(Ay),-(Ax)                           */
/* ------------------------------------------------------------------------------------------ */
static void op_abcd(m68k_cpu *c, uint16_t op)
{
    unsigned rx = (op >> 9) & 7, ry = op & 7;
    if (op & 8) {
        uint32_t s = m68k_read_ea(c, 4, ry, 1);
        m68k_ea ea;
        m68k_ea_decode(c, 4, rx, 1, &ea);
        uint32_t d = m68k_ea_read(c, &ea, 1);
        m68k_ea_write(c, &ea, 1, bcd_add(c, s, d));
    } else {
        set_dreg(c, rx, 1, bcd_add(c, c->d[ry] & 0xFF, c->d[rx] & 0xFF));
    }
}

/* ------------------------------------------------------------------------------------------ */
/* SBCD - Subtract Decimal with Extend (PRM ch. 4): Dy,Dx or -(Ay),-(Ax)                      */
/* ------------------------------------------------------------------------------------------ */
static void op_sbcd(m68k_cpu *c, uint16_t op)
{
    unsigned rx = (op >> 9) & 7, ry = op & 7;
    if (op & 8) {
        uint32_t s = m68k_read_ea(c, 4, ry, 1);
        m68k_ea ea;
        m68k_ea_decode(c, 4, rx, 1, &ea);
        uint32_t d = m68k_ea_read(c, &ea, 1);
        m68k_ea_write(c, &ea, 1, bcd_sub(c, s, d));
    } else {
        set_dreg(c, rx, 1, bcd_sub(c, c->d[ry] & 0xFF, c->d[rx] & 0xFF));
    }
}

/* ------------------------------------------------------------------------------------------ */
/* NBCD - Negate Decimal with Extend (PRM ch. 4): 0 - <ea> - X                                */
/* ------------------------------------------------------------------------------------------ */
static void op_nbcd(m68k_cpu *c, uint16_t op)
{
    m68k_ea ea;
    m68k_ea_decode(c, (op >> 3) & 7, op & 7, 1, &ea);
    uint32_t d = m68k_ea_read(c, &ea, 1);
    m68k_ea_write(c, &ea, 1, bcd_sub(c, d, 0));
}

const m68k_insn_def m68k_insns_bcd[] = {
    {0xC100, 0xF1F0, 0, 0, "ABCD", M_ALL, PG_I, op_abcd},
    {0x8100, 0xF1F0, 0, 0, "SBCD", M_ALL, PG_I, op_sbcd},
    {0x4800, 0xFFC0, EA_DALT, 0, "NBCD", M_ALL, PG_I, op_nbcd},
    {0, 0, 0, 0, NULL, 0, PG_I, NULL},
};
