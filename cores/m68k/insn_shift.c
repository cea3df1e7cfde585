/* Shifts and rotates: ASL, ASR, LSL, LSR, ROL, ROR, ROXL, ROXR (PRM ch. 4),
 * register form (count 1-8 immediate or Dn mod 64) and memory form (word, by one). */
#include "m68k.h"

enum { T_AS, T_LS, T_ROX, T_RO };

/* Shift v (size bytes) count times, one bit at a time as the PRM's figures draw it, and set
 * the condition codes.  count is at most 63 (register form) so the loop is bounded. */
static uint32_t shift(m68k_cpu *c, unsigned type, bool left, uint32_t v, unsigned count, unsigned size)
{
    uint32_t m = sz_mask(size), msb = sz_msb(size);
    v &= m;
    bool x = (c->sr & SR_X) != 0, carry = false, overflow = false;
    for (unsigned i = 0; i < count; i++) {
        bool out;
        if (left) {
            out = (v & msb) != 0;
            uint32_t in = type == T_RO ? out : type == T_ROX ? x : 0;
            uint32_t nv = ((v << 1) | in) & m;
            if ((nv ^ v) & msb)
                overflow = true;   /* ASL: the sign changed at some point */
            v = nv;
        } else {
            out = (v & 1) != 0;
            uint32_t in = type == T_RO ? out : type == T_ROX ? x : type == T_AS ? ((v & msb) != 0) : 0;
            v = (v >> 1) | (in ? msb : 0);
        }
        carry = out;
        if (type != T_RO)
            x = out;
    }
    uint16_t f = 0;
    if (v & msb)
        f |= SR_N;
    if (!v)
        f |= SR_Z;
    if (type == T_AS && left && overflow)
        f |= SR_V;
    if (count == 0)
        carry = type == T_ROX ? x : false;   /* no shift: C cleared (ROX: C = X), X unaffected */
    if (carry)
        f |= SR_C;
    uint16_t mask = SR_N | SR_Z | SR_V | SR_C;
    if (type != T_RO && count) {
        mask |= SR_X;
        if (x)
            f |= SR_X;
    }
    set_cc(c, mask, f);
    return v;
}

/* ------------------------------------------------------------------------------------------ */
/* ASd / LSd / ROXd / ROd - register form                                                     */
/* ------------------------------------------------------------------------------------------ */
static void op_shift_reg(m68k_cpu *c, uint16_t op)
{
    unsigned size = size_field(op), r = op & 7, cr = (op >> 9) & 7;
    unsigned count = (op & 0x20) ? (c->d[cr] & 63) : (cr ? cr : 8);
    uint32_t v = shift(c, (op >> 3) & 3, (op & 0x100) != 0, c->d[r], count, size);
    set_dreg(c, r, size, v);
}

/* ------------------------------------------------------------------------------------------ */
/* ASd / LSd / ROXd / ROd - memory form: one word shifted by one                              */
/* ------------------------------------------------------------------------------------------ */
static void op_shift_mem(m68k_cpu *c, uint16_t op)
{
    m68k_ea ea;
    m68k_ea_decode(c, (op >> 3) & 7, op & 7, 2, &ea);
    uint32_t v = m68k_ea_read(c, &ea, 2);
    m68k_ea_write(c, &ea, 2, shift(c, (op >> 9) & 3, (op & 0x100) != 0, v, 1, 2));
}

#define REG_ROWS(type, dir, name)                                                                       \
    {0xE000 | (dir) << 8 | (type) << 3, 0xF1D8 | 0xC0, 0, 0, name ".B", M_ALL, PG_I, op_shift_reg},         \
    {0xE040 | (dir) << 8 | (type) << 3, 0xF1D8 | 0xC0, 0, 0, name ".W", M_ALL, PG_I, op_shift_reg},         \
    {0xE080 | (dir) << 8 | (type) << 3, 0xF1D8 | 0xC0, 0, 0, name ".L", M_ALL, PG_I, op_shift_reg},         \
    {0xE0C0 | (type) << 9 | (dir) << 8, 0xFFC0, EA_MALT, 0, name " <ea>", M_ALL, PG_I, op_shift_mem}

const m68k_insn_def m68k_insns_shift[] = {
    REG_ROWS(T_AS, 0, "ASR"),  REG_ROWS(T_AS, 1, "ASL"),  REG_ROWS(T_LS, 0, "LSR"), REG_ROWS(T_LS, 1, "LSL"),
    REG_ROWS(T_ROX, 0, "ROXR"), REG_ROWS(T_ROX, 1, "ROXL"), REG_ROWS(T_RO, 0, "ROR"), REG_ROWS(T_RO, 1, "ROL"),
    {0, 0, 0, 0, NULL, 0, PG_I, NULL},
};
