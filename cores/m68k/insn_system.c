/* System control: MOVE to/from SR, MOVE to CCR, MOVE from CCR (68010), MOVE USP, MOVEC and
 * MOVES (68010), RESET, STOP, RTE, ILLEGAL, line A and line F (PRM sections 4 and 6).
 *
 * MOVE from SR is the one instruction whose class differs between the models: on the 68000 it
 * is unprivileged and reveals the S bit (behaviour-sensitive, so the 68000 fails Popek and
 * Goldberg's condition); the 68010 made it privileged and added MOVE from CCR for user code. */
#include "m68k.h"

#define EA_MODE(op) (((op) >> 3) & 7)
#define EA_REG(op) ((op) & 7)

/* ------------------------------------------------------------------------------------------ */
/* MOVE from SR (PRM ch. 6): 68000 unprivileged (reads the operand first), 68010 privileged   */
/* ------------------------------------------------------------------------------------------ */
static void op_move_from_sr(m68k_cpu *c, uint16_t op)
{
    if (c->model == M68K_MC68010)
        M68K_PRIV_CHECK(c);
    m68k_ea ea;
    m68k_ea_decode(c, EA_MODE(op), EA_REG(op), 2, &ea);
    if (ea.kind == EA_K_MEM && c->model == M68K_MC68000)
        (void)m68k_ea_read(c, &ea, 2);
    m68k_ea_write(c, &ea, 2, c->sr);
}

/* ------------------------------------------------------------------------------------------ */
/* MOVE from CCR (PRM ch. 4), MC68010                                                         */
/* ------------------------------------------------------------------------------------------ */
static void op_move_from_ccr(m68k_cpu *c, uint16_t op)
{
    m68k_ea ea;
    m68k_ea_decode(c, EA_MODE(op), EA_REG(op), 2, &ea);
    m68k_ea_write(c, &ea, 2, c->sr & 0x1F);
}

/* ------------------------------------------------------------------------------------------ */
/* MOVE to CCR (PRM ch. 4): a word operand, its low byte gives the CCR                        */
/* ------------------------------------------------------------------------------------------ */
static void op_move_to_ccr(m68k_cpu *c, uint16_t op)
{
    uint32_t v = m68k_read_ea(c, EA_MODE(op), EA_REG(op), 2);
    c->sr = (uint16_t)((c->sr & ~0x1F) | (v & 0x1F));
}

/* ------------------------------------------------------------------------------------------ */
/* MOVE to SR (PRM ch. 6), privileged                                                         */
/* ------------------------------------------------------------------------------------------ */
static void op_move_to_sr(m68k_cpu *c, uint16_t op)
{
    M68K_PRIV_CHECK(c);
    uint32_t v = m68k_read_ea(c, EA_MODE(op), EA_REG(op), 2);
    m68k_set_sr(c, (uint16_t)v);
}

/* ------------------------------------------------------------------------------------------ */
/* MOVE USP (PRM ch. 6), privileged                                                           */
/* ------------------------------------------------------------------------------------------ */
static void op_move_usp(m68k_cpu *c, uint16_t op)
{
    M68K_PRIV_CHECK(c);
    if (op & 8)
        c->a[EA_REG(op)] = c->usp;
    else
        c->usp = c->a[EA_REG(op)];
}

/* ------------------------------------------------------------------------------------------ */
/* RESET - Reset External Devices (PRM ch. 6), privileged: the board's devices, not the CPU   */
/* ------------------------------------------------------------------------------------------ */
static void op_reset(m68k_cpu *c, uint16_t op)
{
    (void)op;
    M68K_PRIV_CHECK(c);
    if (c->devices)
        m68k_board_reset(c);
}

/* ------------------------------------------------------------------------------------------ */
/* STOP (PRM ch. 6), privileged: load SR, then wait for an interrupt or trace                 */
/* ------------------------------------------------------------------------------------------ */
static void op_stop(m68k_cpu *c, uint16_t op)
{
    (void)op;
    M68K_PRIV_CHECK(c);
    uint16_t sr = m68k_fetch16(c);
    m68k_set_sr(c, sr);
    c->stopped = true;
}

/* ------------------------------------------------------------------------------------------ */
/* RTE - Return from Exception (PRM ch. 6), privileged                                        */
/* ------------------------------------------------------------------------------------------ */
static void op_rte(m68k_cpu *c, uint16_t op)
{
    (void)op;
    M68K_PRIV_CHECK(c);
    m68k_rte(c);
    if (c->pc & 1) {
        c->fault_pc = c->insn_pc + 2;   /* as RTS: the frame stacks the RTE's address + 2 */
        m68k_group0(c, V_ADDRESS_ERROR, c->pc, m68k_prog_fc(c), true);
    }
}

/* ------------------------------------------------------------------------------------------ */
/* ILLEGAL (PRM ch. 4), line A and line F emulator traps (PRM 1.3, vectors 10 and 11)         */
/* ------------------------------------------------------------------------------------------ */
static void op_illegal(m68k_cpu *c, uint16_t op)
{
    (void)op;
    m68k_exception(c, V_ILLEGAL);
}

/* BKPT #n (PRM ch. 4), MC68010: the breakpoint acknowledge cycle finds no debugger on this
 * board, so the processor takes the illegal instruction exception. */
static void op_bkpt(m68k_cpu *c, uint16_t op)
{
    (void)op;
    m68k_exception(c, V_ILLEGAL);
}

static void op_line_a(m68k_cpu *c, uint16_t op)
{
    (void)op;
    m68k_exception(c, V_LINE_A);
}

static void op_line_f(m68k_cpu *c, uint16_t op)
{
    (void)op;
    m68k_exception(c, V_LINE_F);
}

/* ------------------------------------------------------------------------------------------ */
/* MOVEC - Move Control Register (PRM ch. 6), MC68010, privileged: SFC 000, DFC 001, USP 800, */
/* VBR 801; any other control register number is an illegal instruction                       */
/* ------------------------------------------------------------------------------------------ */
static void op_movec(m68k_cpu *c, uint16_t op)
{
    M68K_PRIV_CHECK(c);
    uint16_t ext = m68k_fetch16(c);
    uint32_t *rn = (ext & 0x8000) ? &c->a[(ext >> 12) & 7] : &c->d[(ext >> 12) & 7];
    uint32_t *cr;
    uint32_t wmask = 0xFFFFFFFFu;
    switch (ext & 0xFFF) {
    case 0x000: cr = &c->sfc; wmask = 7; break;
    case 0x001: cr = &c->dfc; wmask = 7; break;
    case 0x800: cr = &c->usp; break;
    case 0x801: cr = &c->vbr; break;
    default: m68k_exception(c, V_ILLEGAL);
    }
    if (op & 1)
        *cr = *rn & wmask;
    else
        *rn = *cr;
}

/* ------------------------------------------------------------------------------------------ */
/* MOVES - Move Address Space (PRM ch. 6), MC68010, privileged: through SFC (read) or DFC     */
/* ------------------------------------------------------------------------------------------ */
static void op_moves(m68k_cpu *c, uint16_t op)
{
    M68K_PRIV_CHECK(c);
    unsigned size = size_field(op);
    uint16_t ext = m68k_fetch16(c);
    unsigned r = (ext >> 12) & 7;
    bool areg = (ext & 0x8000) != 0;
    m68k_ea ea;
    m68k_ea_decode(c, EA_MODE(op), EA_REG(op), size, &ea);
    if (ext & 0x0800) {
        uint32_t v = areg ? c->a[r] : c->d[r];
        m68k_write(c, ea.addr, size, v, (uint8_t)c->dfc);
    } else {
        uint32_t v = m68k_read(c, ea.addr, size, (uint8_t)c->sfc);
        if (areg)
            c->a[r] = sext(v, size);
        else
            set_dreg(c, r, size, v);
    }
}

const m68k_insn_def m68k_insns_system[] = {
    {0x40C0, 0xFFC0, EA_DALT, 0, "MOVE from SR", M_ALL, {WB_PG_BEHAVIOUR_SENSITIVE, WB_PG_PRIVILEGED},
     op_move_from_sr},
    {0x42C0, 0xFFC0, EA_DALT, 0, "MOVE from CCR", M_10, PG_I, op_move_from_ccr},
    {0x44C0, 0xFFC0, EA_DATA, 0, "MOVE to CCR", M_ALL, PG_I, op_move_to_ccr},
    {0x46C0, 0xFFC0, EA_DATA, 0, "MOVE to SR", M_ALL, PG_P, op_move_to_sr},
    {0x4E60, 0xFFF0, 0, 0, "MOVE USP", M_ALL, PG_P, op_move_usp},
    {0x4E70, 0xFFFF, 0, 0, "RESET", M_ALL, PG_P, op_reset},
    {0x4E72, 0xFFFF, 0, 0, "STOP", M_ALL, PG_P, op_stop},
    {0x4E73, 0xFFFF, 0, 0, "RTE", M_ALL, PG_P, op_rte},
    {0x4AFC, 0xFFFF, 0, 0, "ILLEGAL", M_ALL, PG_I, op_illegal},
    {0x4848, 0xFFF8, 0, 0, "BKPT", M_10, PG_I, op_bkpt},
    {0xA000, 0xF000, 0, 0, "LINE A", M_ALL, PG_I, op_line_a},
    {0xF000, 0xF000, 0, 0, "LINE F", M_ALL, PG_I, op_line_f},
    {0x4E7A, 0xFFFE, 0, 0, "MOVEC", M_10, PG_P, op_movec},
    {0x0E00, 0xFFC0, EA_MALT, 0, "MOVES.B", M_10, PG_P, op_moves},
    {0x0E40, 0xFFC0, EA_MALT, 0, "MOVES.W", M_10, PG_P, op_moves},
    {0x0E80, 0xFFC0, EA_MALT, 0, "MOVES.L", M_10, PG_P, op_moves},
    {0, 0, 0, 0, NULL, 0, PG_I, NULL},
};
