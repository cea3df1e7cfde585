/* Logical operations: AND, ANDI, OR, ORI, EOR, EORI, NOT, the immediate forms to CCR and SR,
 * Scc and TAS (PRM section 4). */
#include "m68k.h"

#define EA_MODE(op) (((op) >> 3) & 7)
#define EA_REG(op) ((op) & 7)
#define REG9(op) (((op) >> 9) & 7)

enum { L_AND, L_OR, L_EOR };

static uint32_t logic(unsigned kind, uint32_t a, uint32_t b)
{
    return kind == L_AND ? (a & b) : kind == L_OR ? (a | b) : (a ^ b);
}

static void to_dn(m68k_cpu *c, uint16_t op, unsigned kind)
{
    unsigned size = size_field(op);
    uint32_t s = m68k_read_ea(c, EA_MODE(op), EA_REG(op), size);
    uint32_t res = logic(kind, s, c->d[REG9(op)]) & sz_mask(size);
    set_dreg(c, REG9(op), size, res);
    cc_logic(c, res, size);
}

static void to_ea(m68k_cpu *c, uint16_t op, unsigned kind, uint32_t s)
{
    unsigned size = size_field(op);
    m68k_ea ea;
    m68k_ea_decode(c, EA_MODE(op), EA_REG(op), size, &ea);
    uint32_t res = logic(kind, s, m68k_ea_read(c, &ea, size)) & sz_mask(size);
    cc_logic(c, res, size);
    m68k_ea_write(c, &ea, size, res);
}


/* ------------------------------------------------------------------------------------------ */
/* AND / OR - <ea>,Dn and Dn,<ea> (PRM ch. 4); EOR - Dn,<ea> (PRM ch. 4)                      */
/* ------------------------------------------------------------------------------------------ */
static void op_and_to_dn(m68k_cpu *c, uint16_t op) { to_dn(c, op, L_AND); }
static void op_or_to_dn(m68k_cpu *c, uint16_t op) { to_dn(c, op, L_OR); }
static void op_and_to_ea(m68k_cpu *c, uint16_t op) { to_ea(c, op, L_AND, c->d[REG9(op)]); }
static void op_or_to_ea(m68k_cpu *c, uint16_t op) { to_ea(c, op, L_OR, c->d[REG9(op)]); }
static void op_eor(m68k_cpu *c, uint16_t op) { to_ea(c, op, L_EOR, c->d[REG9(op)]); }

/* ------------------------------------------------------------------------------------------ */
/* ANDI / ORI / EORI - Immediate (PRM ch. 4)                                                  */
/* ------------------------------------------------------------------------------------------ */
static void op_andi(m68k_cpu *c, uint16_t op) { to_ea(c, op, L_AND, m68k_fetch_imm(c, size_field(op))); }
static void op_ori(m68k_cpu *c, uint16_t op) { to_ea(c, op, L_OR, m68k_fetch_imm(c, size_field(op))); }
static void op_eori(m68k_cpu *c, uint16_t op) { to_ea(c, op, L_EOR, m68k_fetch_imm(c, size_field(op))); }

/* ------------------------------------------------------------------------------------------ */
/* ANDI / ORI / EORI to CCR (PRM ch. 4)                                                       */
/* ------------------------------------------------------------------------------------------ */
static void ccr_op(m68k_cpu *c, unsigned kind)
{
    uint16_t imm = m68k_fetch16(c);
    uint16_t ccr = (uint16_t)(logic(kind, c->sr & 0x1F, imm) & 0x1F);
    c->sr = (uint16_t)((c->sr & ~0x1F) | ccr);
}
static void op_andi_ccr(m68k_cpu *c, uint16_t op) { (void)op; ccr_op(c, L_AND); }
static void op_ori_ccr(m68k_cpu *c, uint16_t op) { (void)op; ccr_op(c, L_OR); }
static void op_eori_ccr(m68k_cpu *c, uint16_t op) { (void)op; ccr_op(c, L_EOR); }

/* ------------------------------------------------------------------------------------------ */
/* ANDI / ORI / EORI to SR - privileged (PRM ch. 6)                                           */
/* ------------------------------------------------------------------------------------------ */
static void sr_op(m68k_cpu *c, unsigned kind)
{
    M68K_PRIV_CHECK(c);
    uint16_t imm = m68k_fetch16(c);
    m68k_set_sr(c, (uint16_t)logic(kind, c->sr, imm));
}
static void op_andi_sr(m68k_cpu *c, uint16_t op) { (void)op; sr_op(c, L_AND); }
static void op_ori_sr(m68k_cpu *c, uint16_t op) { (void)op; sr_op(c, L_OR); }
static void op_eori_sr(m68k_cpu *c, uint16_t op) { (void)op; sr_op(c, L_EOR); }

/* ------------------------------------------------------------------------------------------ */
/* NOT - Logical Complement (PRM ch. 4)                                                       */
/* ------------------------------------------------------------------------------------------ */
static void op_not(m68k_cpu *c, uint16_t op)
{
    unsigned size = size_field(op);
    m68k_ea ea;
    m68k_ea_decode(c, EA_MODE(op), EA_REG(op), size, &ea);
    uint32_t res = ~m68k_ea_read(c, &ea, size) & sz_mask(size);
    cc_logic(c, res, size);
    m68k_ea_write(c, &ea, size, res);
}

/* ------------------------------------------------------------------------------------------ */
/* Scc - Set According to Condition (PRM ch. 4): the 68000 reads the byte before writing it   */
/* ------------------------------------------------------------------------------------------ */
static void op_scc(m68k_cpu *c, uint16_t op)
{
    m68k_ea ea;
    m68k_ea_decode(c, EA_MODE(op), EA_REG(op), 1, &ea);
    if (ea.kind == EA_K_MEM && c->model == M68K_MC68000)
        (void)m68k_ea_read(c, &ea, 1);
    m68k_ea_write(c, &ea, 1, m68k_cond(c, (op >> 8) & 15) ? 0xFF : 0x00);
}

/* ------------------------------------------------------------------------------------------ */
/* TAS - Test and Set an Operand (PRM ch. 4): indivisible read-modify-write of one byte       */
/* ------------------------------------------------------------------------------------------ */
static void op_tas(m68k_cpu *c, uint16_t op)
{
    m68k_ea ea;
    m68k_ea_decode(c, EA_MODE(op), EA_REG(op), 1, &ea);
    uint32_t v = m68k_ea_read(c, &ea, 1);
    cc_logic(c, v, 1);
    m68k_ea_write(c, &ea, 1, v | 0x80);
}

#define SZ3(base, mask, ea, name, fn)                                                                 \
    {(base), (mask), (ea), 0, name ".B", M_ALL, PG_I, fn},                                               \
    {(base) | 0x40, (mask), (ea), 0, name ".W", M_ALL, PG_I, fn},                                        \
    {(base) | 0x80, (mask), (ea), 0, name ".L", M_ALL, PG_I, fn}

const m68k_insn_def m68k_insns_logic[] = {
    {0x003C, 0xFFFF, 0, 0, "ORI to CCR", M_ALL, PG_I, op_ori_ccr},
    {0x023C, 0xFFFF, 0, 0, "ANDI to CCR", M_ALL, PG_I, op_andi_ccr},
    {0x0A3C, 0xFFFF, 0, 0, "EORI to CCR", M_ALL, PG_I, op_eori_ccr},
    {0x007C, 0xFFFF, 0, 0, "ORI to SR", M_ALL, PG_P, op_ori_sr},
    {0x027C, 0xFFFF, 0, 0, "ANDI to SR", M_ALL, PG_P, op_andi_sr},
    {0x0A7C, 0xFFFF, 0, 0, "EORI to SR", M_ALL, PG_P, op_eori_sr},
    SZ3(0xC000, 0xF1C0, EA_DATA, "AND <ea>,Dn", op_and_to_dn),
    SZ3(0xC100, 0xF1C0, EA_MALT, "AND Dn,<ea>", op_and_to_ea),
    SZ3(0x8000, 0xF1C0, EA_DATA, "OR <ea>,Dn", op_or_to_dn),
    SZ3(0x8100, 0xF1C0, EA_MALT, "OR Dn,<ea>", op_or_to_ea),
    SZ3(0xB100, 0xF1C0, EA_DALT, "EOR", op_eor),
    SZ3(0x0200, 0xFFC0, EA_DALT, "ANDI", op_andi),
    SZ3(0x0000, 0xFFC0, EA_DALT, "ORI", op_ori),
    SZ3(0x0A00, 0xFFC0, EA_DALT, "EORI", op_eori),
    SZ3(0x4600, 0xFFC0, EA_DALT, "NOT", op_not),
    {0x50C0, 0xF0C0, EA_DALT, 0, "Scc", M_ALL, PG_I, op_scc},
    {0x4AC0, 0xFFC0, EA_DALT, 0, "TAS", M_ALL, PG_I, op_tas},
    {0, 0, 0, 0, NULL, 0, PG_I, NULL},
};
