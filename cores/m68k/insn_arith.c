/* Integer arithmetic: ADD, ADDA, ADDI, ADDQ, ADDX, SUB, SUBA, SUBI, SUBQ, SUBX, CMP, CMPA, CMPI,
 * CMPM, NEG, NEGX, TST, CHK (PRM section 4). */
#include "m68k.h"

#define EA_MODE(op) (((op) >> 3) & 7)
#define EA_REG(op) ((op) & 7)
#define REG9(op) (((op) >> 9) & 7)

/* ------------------------------------------------------------------------------------------ */
/* ADD / SUB - <ea>,Dn (PRM ch. 4)                                                            */
/* ------------------------------------------------------------------------------------------ */
static void op_add_to_dn(m68k_cpu *c, uint16_t op)
{
    unsigned size = size_field(op);
    uint32_t s = m68k_read_ea(c, EA_MODE(op), EA_REG(op), size);
    set_dreg(c, REG9(op), size, m68k_add_flags(c, s, c->d[REG9(op)], 0, size, true, false));
}

static void op_sub_to_dn(m68k_cpu *c, uint16_t op)
{
    unsigned size = size_field(op);
    uint32_t s = m68k_read_ea(c, EA_MODE(op), EA_REG(op), size);
    set_dreg(c, REG9(op), size, m68k_sub_flags(c, s, c->d[REG9(op)], 0, size, true, false, false));
}

/* ------------------------------------------------------------------------------------------ */
/* ADD / SUB - Dn,<ea> (PRM ch. 4)                                                            */
/* ------------------------------------------------------------------------------------------ */
static void op_add_to_ea(m68k_cpu *c, uint16_t op)
{
    unsigned size = size_field(op);
    m68k_ea ea;
    m68k_ea_decode(c, EA_MODE(op), EA_REG(op), size, &ea);
    uint32_t d = m68k_ea_read(c, &ea, size);
    m68k_ea_write(c, &ea, size, m68k_add_flags(c, c->d[REG9(op)], d, 0, size, true, false));
}

static void op_sub_to_ea(m68k_cpu *c, uint16_t op)
{
    unsigned size = size_field(op);
    m68k_ea ea;
    m68k_ea_decode(c, EA_MODE(op), EA_REG(op), size, &ea);
    uint32_t d = m68k_ea_read(c, &ea, size);
    m68k_ea_write(c, &ea, size, m68k_sub_flags(c, c->d[REG9(op)], d, 0, size, true, false, false));
}

/* ------------------------------------------------------------------------------------------ */
/* ADDA / SUBA / CMPA - Address (PRM ch. 4): word sources are sign-extended                   */
/* ------------------------------------------------------------------------------------------ */
static void op_adda(m68k_cpu *c, uint16_t op)
{
    unsigned size = (op & 0x100) ? 4 : 2;
    uint32_t s = sext(m68k_read_ea(c, EA_MODE(op), EA_REG(op), size), size);
    c->a[REG9(op)] += s;
}

static void op_suba(m68k_cpu *c, uint16_t op)
{
    unsigned size = (op & 0x100) ? 4 : 2;
    uint32_t s = sext(m68k_read_ea(c, EA_MODE(op), EA_REG(op), size), size);
    c->a[REG9(op)] -= s;
}

static void op_cmpa(m68k_cpu *c, uint16_t op)
{
    unsigned size = (op & 0x100) ? 4 : 2;
    uint32_t s = sext(m68k_read_ea(c, EA_MODE(op), EA_REG(op), size), size);
    m68k_sub_flags(c, s, c->a[REG9(op)], 0, 4, false, false, true);
}

/* ------------------------------------------------------------------------------------------ */
/* CMP - Compare (PRM ch. 4)                                                                  */
/* ------------------------------------------------------------------------------------------ */
static void op_cmp(m68k_cpu *c, uint16_t op)
{
    unsigned size = size_field(op);
    uint32_t s = m68k_read_ea(c, EA_MODE(op), EA_REG(op), size);
    m68k_sub_flags(c, s, c->d[REG9(op)], 0, size, false, false, true);
}

/* ------------------------------------------------------------------------------------------ */
/* CMPM - Compare Memory (PRM ch. 4): (Ay)+,(Ax)+                                             */
/* ------------------------------------------------------------------------------------------ */
static void op_cmpm(m68k_cpu *c, uint16_t op)
{
    unsigned size = size_field(op);
    c->fault_pc = c->insn_pc + 4;
    /* A long CMPM whose source address is odd has already stepped Ay by 2 (single-step data). */
    if (size == 4 && (c->a[EA_REG(op)] & 1)) {
        c->a[EA_REG(op)] += 2;
        m68k_read(c, c->a[EA_REG(op)] - 2, 4, m68k_data_fc(c));
    }
    uint32_t s = m68k_read_ea(c, 3, EA_REG(op), size);
    /* The destination's increment is not done when its read faults. */
    if (size > 1 && (c->a[REG9(op)] & 1))
        m68k_read(c, c->a[REG9(op)], size, m68k_data_fc(c));
    uint32_t d = m68k_read_ea(c, 3, REG9(op), size);
    m68k_sub_flags(c, s, d, 0, size, false, false, true);
}

/* -(An) operand of ADDX/SUBX.  A long one is read as two words, the low word first at An - 2:
 * an address error there leaves An unchanged (68000 single-step data). */
static uint32_t x_read(m68k_cpu *c, unsigned r, unsigned size, m68k_ea *ea)
{
    c->fault_pc = c->insn_pc + 4;   /* the frame stacks address + 4 for either operand */
    if (size == 4 && (c->a[r] & 1))
        m68k_read(c, c->a[r] - 2, 2, m68k_data_fc(c));
    m68k_ea_decode(c, 4, r, size, ea);
    c->fault_pc = c->insn_pc + 4;
    return m68k_ea_read(c, ea, size);
}

/* ------------------------------------------------------------------------------------------ */
/* ADDX / SUBX - with Extend (PRM ch. 4): Dy,Dx or -(Ay),-(Ax); Z only ever cleared           */
/* ------------------------------------------------------------------------------------------ */
static void op_addx(m68k_cpu *c, uint16_t op)
{
    unsigned size = size_field(op), x = (c->sr & SR_X) ? 1 : 0;
    if (op & 8) {
        m68k_ea se, ea;
        uint32_t s = x_read(c, EA_REG(op), size, &se);
        uint32_t d = x_read(c, REG9(op), size, &ea);
        m68k_ea_write(c, &ea, size, m68k_add_flags(c, s, d, x, size, true, true));
    } else {
        set_dreg(c, REG9(op), size, m68k_add_flags(c, c->d[EA_REG(op)], c->d[REG9(op)], x, size, true, true));
    }
}

static void op_subx(m68k_cpu *c, uint16_t op)
{
    unsigned size = size_field(op), x = (c->sr & SR_X) ? 1 : 0;
    if (op & 8) {
        m68k_ea se, ea;
        uint32_t s = x_read(c, EA_REG(op), size, &se);
        uint32_t d = x_read(c, REG9(op), size, &ea);
        m68k_ea_write(c, &ea, size, m68k_sub_flags(c, s, d, x, size, true, true, false));
    } else {
        set_dreg(c, REG9(op), size,
                 m68k_sub_flags(c, c->d[EA_REG(op)], c->d[REG9(op)], x, size, true, true, false));
    }
}

/* ------------------------------------------------------------------------------------------ */
/* ADDI / SUBI / CMPI - Immediate (PRM ch. 4)                                                 */
/* ------------------------------------------------------------------------------------------ */
static void op_addi(m68k_cpu *c, uint16_t op)
{
    unsigned size = size_field(op);
    uint32_t s = m68k_fetch_imm(c, size);
    m68k_ea ea;
    m68k_ea_decode(c, EA_MODE(op), EA_REG(op), size, &ea);
    uint32_t d = m68k_ea_read(c, &ea, size);
    m68k_ea_write(c, &ea, size, m68k_add_flags(c, s, d, 0, size, true, false));
}

static void op_subi(m68k_cpu *c, uint16_t op)
{
    unsigned size = size_field(op);
    uint32_t s = m68k_fetch_imm(c, size);
    m68k_ea ea;
    m68k_ea_decode(c, EA_MODE(op), EA_REG(op), size, &ea);
    uint32_t d = m68k_ea_read(c, &ea, size);
    m68k_ea_write(c, &ea, size, m68k_sub_flags(c, s, d, 0, size, true, false, false));
}

static void op_cmpi(m68k_cpu *c, uint16_t op)
{
    unsigned size = size_field(op);
    uint32_t s = m68k_fetch_imm(c, size);
    uint32_t d = m68k_read_ea(c, EA_MODE(op), EA_REG(op), size);
    m68k_sub_flags(c, s, d, 0, size, false, false, true);
}

/* ------------------------------------------------------------------------------------------ */
/* ADDQ / SUBQ - Quick (PRM ch. 4): data 1-8; to An the whole register, no flags              */
/* ------------------------------------------------------------------------------------------ */
static void op_addq(m68k_cpu *c, uint16_t op)
{
    unsigned size = size_field(op);
    uint32_t q = REG9(op) ? REG9(op) : 8;
    if (EA_MODE(op) == 1) {
        c->a[EA_REG(op)] += q;
        return;
    }
    m68k_ea ea;
    m68k_ea_decode(c, EA_MODE(op), EA_REG(op), size, &ea);
    uint32_t d = m68k_ea_read(c, &ea, size);
    m68k_ea_write(c, &ea, size, m68k_add_flags(c, q, d, 0, size, true, false));
}

static void op_subq(m68k_cpu *c, uint16_t op)
{
    unsigned size = size_field(op);
    uint32_t q = REG9(op) ? REG9(op) : 8;
    if (EA_MODE(op) == 1) {
        c->a[EA_REG(op)] -= q;
        return;
    }
    m68k_ea ea;
    m68k_ea_decode(c, EA_MODE(op), EA_REG(op), size, &ea);
    uint32_t d = m68k_ea_read(c, &ea, size);
    m68k_ea_write(c, &ea, size, m68k_sub_flags(c, q, d, 0, size, true, false, false));
}

/* ------------------------------------------------------------------------------------------ */
/* NEG / NEGX - Negate (PRM ch. 4)                                                            */
/* ------------------------------------------------------------------------------------------ */
static void op_neg(m68k_cpu *c, uint16_t op)
{
    unsigned size = size_field(op);
    m68k_ea ea;
    m68k_ea_decode(c, EA_MODE(op), EA_REG(op), size, &ea);
    uint32_t d = m68k_ea_read(c, &ea, size);
    m68k_ea_write(c, &ea, size, m68k_sub_flags(c, d, 0, 0, size, true, false, false));
}

static void op_negx(m68k_cpu *c, uint16_t op)
{
    unsigned size = size_field(op), x = (c->sr & SR_X) ? 1 : 0;
    m68k_ea ea;
    m68k_ea_decode(c, EA_MODE(op), EA_REG(op), size, &ea);
    uint32_t d = m68k_ea_read(c, &ea, size);
    m68k_ea_write(c, &ea, size, m68k_sub_flags(c, d, 0, x, size, true, true, false));
}

/* ------------------------------------------------------------------------------------------ */
/* TST - Test an Operand (PRM ch. 4)                                                          */
/* ------------------------------------------------------------------------------------------ */
static void op_tst(m68k_cpu *c, uint16_t op)
{
    unsigned size = size_field(op);
    cc_logic(c, m68k_read_ea(c, EA_MODE(op), EA_REG(op), size), size);
}

/* ------------------------------------------------------------------------------------------ */
/* CHK - Check Register Against Bounds (PRM ch. 4): word; N from the failing comparison       */
/* ------------------------------------------------------------------------------------------ */
static void op_chk(m68k_cpu *c, uint16_t op)
{
    int32_t bound = (int16_t)(uint16_t)m68k_read_ea(c, EA_MODE(op), EA_REG(op), 2);
    int32_t v = (int16_t)(uint16_t)c->d[REG9(op)];
    /* Z, V and C are undefined in the PRM; the 68000 sets Z from the register and clears V
     * and C; N is set only for a negative register (single-step data). */
    uint16_t f = (uint16_t)((c->sr & SR_X) | (v == 0 ? SR_Z : 0));
    if (v < 0) {
        set_cc(c, 0x1F, (uint16_t)(f | SR_N));
        m68k_exception(c, V_CHK);
    }
    set_cc(c, 0x1F, f);
    if (v > bound)
        m68k_exception(c, V_CHK);
}

#define SZ3(base, mask, ea_b, ea_wl, name, fn)                                                          \
    {(base), (mask), (ea_b), 0, name ".B", M_ALL, PG_I, fn},                                               \
    {(base) | 0x40, (mask), (ea_wl), 0, name ".W", M_ALL, PG_I, fn},                                       \
    {(base) | 0x80, (mask), (ea_wl), 0, name ".L", M_ALL, PG_I, fn}

const m68k_insn_def m68k_insns_arith[] = {
    SZ3(0xD000, 0xF1C0, EA_DATA, EA_ALL, "ADD <ea>,Dn", op_add_to_dn),
    SZ3(0xD100, 0xF1C0, EA_MALT, EA_MALT, "ADD Dn,<ea>", op_add_to_ea),
    SZ3(0xD100, 0xF1F0, 0, 0, "ADDX", op_addx),
    {0xD0C0, 0xF1C0, EA_ALL, 0, "ADDA.W", M_ALL, PG_I, op_adda},
    {0xD1C0, 0xF1C0, EA_ALL, 0, "ADDA.L", M_ALL, PG_I, op_adda},
    SZ3(0x9000, 0xF1C0, EA_DATA, EA_ALL, "SUB <ea>,Dn", op_sub_to_dn),
    SZ3(0x9100, 0xF1C0, EA_MALT, EA_MALT, "SUB Dn,<ea>", op_sub_to_ea),
    SZ3(0x9100, 0xF1F0, 0, 0, "SUBX", op_subx),
    {0x90C0, 0xF1C0, EA_ALL, 0, "SUBA.W", M_ALL, PG_I, op_suba},
    {0x91C0, 0xF1C0, EA_ALL, 0, "SUBA.L", M_ALL, PG_I, op_suba},
    SZ3(0xB000, 0xF1C0, EA_DATA, EA_ALL, "CMP", op_cmp),
    {0xB0C0, 0xF1C0, EA_ALL, 0, "CMPA.W", M_ALL, PG_I, op_cmpa},
    {0xB1C0, 0xF1C0, EA_ALL, 0, "CMPA.L", M_ALL, PG_I, op_cmpa},
    SZ3(0xB108, 0xF1F8, 0, 0, "CMPM", op_cmpm),
    SZ3(0x0600, 0xFFC0, EA_DALT, EA_DALT, "ADDI", op_addi),
    SZ3(0x0400, 0xFFC0, EA_DALT, EA_DALT, "SUBI", op_subi),
    SZ3(0x0C00, 0xFFC0, EA_DALT, EA_DALT, "CMPI", op_cmpi),
    SZ3(0x5000, 0xF1C0, EA_DALT, EA_ALTER, "ADDQ", op_addq),
    SZ3(0x5100, 0xF1C0, EA_DALT, EA_ALTER, "SUBQ", op_subq),
    SZ3(0x4400, 0xFFC0, EA_DALT, EA_DALT, "NEG", op_neg),
    SZ3(0x4000, 0xFFC0, EA_DALT, EA_DALT, "NEGX", op_negx),
    SZ3(0x4A00, 0xFFC0, EA_DALT, EA_DALT, "TST", op_tst),
    {0x4180, 0xF1C0, EA_DATA, 0, "CHK", M_ALL, PG_I, op_chk},
    {0, 0, 0, 0, NULL, 0, PG_I, NULL},
};
