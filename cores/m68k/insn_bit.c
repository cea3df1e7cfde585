/* Single-bit operations: BTST, BCHG, BCLR, BSET with the bit number in Dn or immediate
 * (PRM ch. 4).  On a data register the operand is a long (bit mod 32), in
 * memory a byte (bit mod 8).  Z is set when the tested bit was zero. */
#include "m68k.h"

enum { B_TST, B_CHG, B_CLR, B_SET };

static void bitop(m68k_cpu *c, uint16_t op, uint32_t bit)
{
    unsigned kind = (op >> 6) & 3, mode = (op >> 3) & 7, reg = op & 7;
    unsigned size = mode == 0 ? 4 : 1;
    m68k_ea ea;
    m68k_ea_decode(c, mode, reg, size, &ea);
    uint32_t v = m68k_ea_read(c, &ea, size);
    uint32_t m = 1u << (bit & (size == 4 ? 31 : 7));
    set_cc(c, SR_Z, (v & m) ? 0 : SR_Z);
    if (kind == B_TST)
        return;
    v = kind == B_CHG ? (v ^ m) : kind == B_CLR ? (v & ~m) : (v | m);
    m68k_ea_write(c, &ea, size, v);
}

/* ------------------------------------------------------------------------------------------ */
/* BTST / BCHG / BCLR / BSET - bit number dynamic, in Dn                                      */
/* ------------------------------------------------------------------------------------------ */
static void op_bit_dyn(m68k_cpu *c, uint16_t op)
{
    bitop(c, op, c->d[(op >> 9) & 7]);
}

/* ------------------------------------------------------------------------------------------ */
/* BTST / BCHG / BCLR / BSET - bit number static, in an extension word                        */
/* ------------------------------------------------------------------------------------------ */
static void op_bit_imm(m68k_cpu *c, uint16_t op)
{
    bitop(c, op, m68k_fetch16(c) & 0xFF);
}

const m68k_insn_def m68k_insns_bit[] = {
    {0x0100, 0xF1C0, EA_DATA, 0, "BTST Dn,<ea>", M_ALL, PG_I, op_bit_dyn},
    {0x0140, 0xF1C0, EA_DALT, 0, "BCHG Dn,<ea>", M_ALL, PG_I, op_bit_dyn},
    {0x0180, 0xF1C0, EA_DALT, 0, "BCLR Dn,<ea>", M_ALL, PG_I, op_bit_dyn},
    {0x01C0, 0xF1C0, EA_DALT, 0, "BSET Dn,<ea>", M_ALL, PG_I, op_bit_dyn},
    {0x0800, 0xFFC0, EA_DATA & ~EA_IMM, 0, "BTST #,<ea>", M_ALL, PG_I, op_bit_imm},
    {0x0840, 0xFFC0, EA_DALT, 0, "BCHG #,<ea>", M_ALL, PG_I, op_bit_imm},
    {0x0880, 0xFFC0, EA_DALT, 0, "BCLR #,<ea>", M_ALL, PG_I, op_bit_imm},
    {0x08C0, 0xFFC0, EA_DALT, 0, "BSET #,<ea>", M_ALL, PG_I, op_bit_imm},
    {0, 0, 0, 0, NULL, 0, PG_I, NULL},
};
