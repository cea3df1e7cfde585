/* Data movement: MOVE, MOVEA, MOVEQ, MOVEM, MOVEP, LEA, PEA, EXG, SWAP, EXT, LINK, UNLK, CLR
 * (PRM section 4, "Integer Instructions"). */
#include "m68k.h"

#define SRC_MODE(op) (((op) >> 3) & 7)
#define SRC_REG(op) ((op) & 7)
#define DST_MODE(op) (((op) >> 6) & 7)
#define DST_REG(op) (((op) >> 9) & 7)

static const unsigned move_size[4] = {0, 1, 4, 2};   /* bits 13-12: 01 byte, 11 word, 10 long */

/* ------------------------------------------------------------------------------------------ */
/* MOVE - Move Data from Source to Destination (PRM ch. 4)                                    */
/* ------------------------------------------------------------------------------------------ */
static void op_move(m68k_cpu *c, uint16_t op)
{
    unsigned size = move_size[(op >> 12) & 3];
    m68k_ea src, dst;
    m68k_ea_decode(c, SRC_MODE(op), SRC_REG(op), size, &src);
    uint32_t v = m68k_ea_read(c, &src, size);
    uint32_t src_words = (c->pc - c->insn_pc - 2) / 2;
    unsigned dmode = DST_MODE(op);
    if (size == 4 && dmode == 4) {
        /* MOVE.L to -(An) writes the low word first, at An - 2; a fault there leaves An as it
         * was.  The decrement is done by hand here rather than by the decoder. */
        dmode = 2;
        c->a[DST_REG(op)] -= 4;
        m68k_ea_decode(c, 2, DST_REG(op), size, &dst);
        c->a[DST_REG(op)] += 4;
    } else {
        m68k_ea_decode(c, dmode, DST_REG(op), size, &dst);
    }
    /* A faulting write stacks: address + 4 + the source's extension words, + 2 more for a
     * register source to (xxx).L; MOVE.W to -(An) has already loaded the next opcode into IR
     * (68000, single-step data). */
    c->fault_pc = c->insn_pc + 4 + 2 * src_words;
    if (SRC_MODE(op) <= 1 && DST_MODE(op) == 7 && DST_REG(op) == 1)
        c->fault_pc += 2;
    if (size == 2 && DST_MODE(op) == 4)
        c->fault_ir = m68k_peek16(c, c->pc);
    if (dst.kind != EA_K_MEM || c->model != M68K_MC68000) {
        cc_logic(c, v, size);
        m68k_ea_write(c, &dst, size, v);
        if (size == 4 && DST_MODE(op) == 4)
            c->a[DST_REG(op)] -= 4;   /* the predecrement taken out of the decoder above */
        return;
    }
    /* The condition codes a faulting write leaves in the stacked SR (68000 single-step data):
     * set before the write, except for long moves: from a register or an immediate they are set
     * after the write to (An) and (An)+, and from the high word first (V and C kept) for
     * (d16,An), (d8,An,Xn) and (xxx).W; from memory to (An) and (An)+, the low word's flags come
     * first.  A write to (An)+ increments An only once it has succeeded. */
    bool reg_src = SRC_MODE(op) <= 1 || (SRC_MODE(op) == 7 && SRC_REG(op) == 4);
    if (size == 4 && DST_MODE(op) == 4) {
        cc_logic(c, v, 4);
        m68k_wr(c, dst.addr + 2, 2, v);
        m68k_wr(c, dst.addr, 2, v >> 16);
        c->a[DST_REG(op)] -= 4;
        return;
    }
    if (DST_MODE(op) == 3 && !dst.post) {
        c->a[DST_REG(op)] = dst.addr;   /* undo the decoder's word/byte increment until written */
        dst.post = (uint8_t)((DST_REG(op) == 7 && size == 1) ? 2 : size);
    }
    if (size == 4 && reg_src && (DST_MODE(op) == 2 || DST_MODE(op) == 3)) {
        m68k_ea_write(c, &dst, size, v);
        cc_logic(c, v, size);
        return;
    }
    if (size == 4 && (DST_MODE(op) == 2 || DST_MODE(op) == 3)) {
        cc_logic(c, v & 0xFFFF, 2);   /* memory source: the low word's flags first */
    } else if (size == 4 && reg_src && (DST_MODE(op) == 5 || DST_MODE(op) == 6 || (DST_MODE(op) == 7 && DST_REG(op) == 0))) {
        uint16_t keep = c->sr & (SR_V | SR_C);
        cc_logic(c, v >> 16, 2);
        c->sr |= keep;
    } else {
        cc_logic(c, v, size);
    }
    m68k_ea_write(c, &dst, size, v);
    cc_logic(c, v, size);
}

/* ------------------------------------------------------------------------------------------ */
/* MOVEA - Move Address (PRM ch. 4): word sources are sign-extended, no condition codes       */
/* ------------------------------------------------------------------------------------------ */
static void op_movea(m68k_cpu *c, uint16_t op)
{
    unsigned size = move_size[(op >> 12) & 3];
    uint32_t v = m68k_read_ea(c, SRC_MODE(op), SRC_REG(op), size);
    c->a[DST_REG(op)] = sext(v, size);
}

/* ------------------------------------------------------------------------------------------ */
/* MOVEQ - Move Quick (PRM ch. 4)                                                             */
/* ------------------------------------------------------------------------------------------ */
static void op_moveq(m68k_cpu *c, uint16_t op)
{
    uint32_t v = sext8(op & 0xFF);
    c->d[DST_REG(op)] = v;
    cc_logic(c, v, 4);
}

/* ------------------------------------------------------------------------------------------ */
/* MOVEM - Move Multiple Registers, registers to memory (PRM ch. 4)                           */
/* ------------------------------------------------------------------------------------------ */
static void op_movem_r2m(m68k_cpu *c, uint16_t op)
{
    unsigned size = (op & 0x40) ? 4 : 2;
    uint16_t list = m68k_fetch16(c);
    unsigned mode = SRC_MODE(op), reg = SRC_REG(op);
    if (mode == 4) {
        c->fault_pc = c->pc + 2;   /* a faulting transfer stacks the next instruction + 2 */
        /* Predecrement: the mask is reversed (bit 0 = A7) and registers go from A7 down to D0.
         * The 68000/68010 store the address register's initial value when it is in the list. */
        uint32_t addr = c->a[reg];
        for (unsigned i = 0; i < 16; i++) {
            if (!(list & (1u << i)))
                continue;
            unsigned r = 15 - i;
            uint32_t v = r < 8 ? c->d[r] : c->a[r - 8];
            addr -= size;
            if (size == 4) {
                /* a long goes out low word first (a fault reports address + 2) */
                m68k_wr(c, addr + 2, 2, v);
                m68k_wr(c, addr, 2, v >> 16);
            } else {
                m68k_wr(c, addr, size, v);
            }
        }
        c->a[reg] = addr;
        return;
    }
    uint32_t addr = m68k_ea_addr(c, mode, reg);
    c->fault_pc = c->pc + 2;
    for (unsigned r = 0; r < 16; r++) {
        if (!(list & (1u << r)))
            continue;
        m68k_wr(c, addr, size, r < 8 ? c->d[r] : c->a[r - 8]);
        addr += size;
    }
}

/* ------------------------------------------------------------------------------------------ */
/* MOVEM - Move Multiple Registers, memory to registers (PRM ch. 4): words are sign-extended  */
/* ------------------------------------------------------------------------------------------ */
static void op_movem_m2r(m68k_cpu *c, uint16_t op)
{
    unsigned size = (op & 0x40) ? 4 : 2;
    uint16_t list = m68k_fetch16(c);
    unsigned mode = SRC_MODE(op), reg = SRC_REG(op);
    m68k_ea ea;
    uint32_t addr;
    uint8_t fc = m68k_data_fc(c);
    if (mode == 3) {
        addr = c->a[reg];
    } else {
        m68k_ea_decode(c, mode, reg, size, &ea);
        addr = ea.addr;
        if (ea.prog)
            fc = m68k_prog_fc(c);
    }
    c->fault_pc = c->pc + 2;
    for (unsigned r = 0; r < 16; r++) {
        if (!(list & (1u << r)))
            continue;
        uint32_t v = sext(m68k_read(c, addr, size, fc), size);
        if (r < 8)
            c->d[r] = v;
        else
            c->a[r - 8] = v;
        addr += size;
    }
    /* Postincrement: the address register ends with the final address, even if it was loaded. */
    if (mode == 3)
        c->a[reg] = addr;
}

/* ------------------------------------------------------------------------------------------ */
/* MOVEP - Move Peripheral Data (PRM ch. 4): bytes at every other address                     */
/* ------------------------------------------------------------------------------------------ */
static void op_movep(m68k_cpu *c, uint16_t op)
{
    unsigned dx = DST_REG(op), ay = SRC_REG(op);
    uint32_t addr = c->a[ay] + sext16(m68k_fetch16(c));
    switch ((op >> 6) & 7) {
    case 4: {   /* word, memory to register */
        uint32_t hi = m68k_rd(c, addr, 1), lo = m68k_rd(c, addr + 2, 1);
        set_dreg(c, dx, 2, hi << 8 | lo);
        break;
    }
    case 5: {   /* long, memory to register */
        uint32_t v = 0;
        for (unsigned i = 0; i < 4; i++)
            v = v << 8 | m68k_rd(c, addr + 2 * i, 1);
        c->d[dx] = v;
        break;
    }
    case 6:     /* word, register to memory */
        m68k_wr(c, addr, 1, c->d[dx] >> 8);
        m68k_wr(c, addr + 2, 1, c->d[dx]);
        break;
    default:    /* long, register to memory */
        for (unsigned i = 0; i < 4; i++)
            m68k_wr(c, addr + 2 * i, 1, c->d[dx] >> (24 - 8 * i));
        break;
    }
}

/* ------------------------------------------------------------------------------------------ */
/* LEA - Load Effective Address (PRM ch. 4)                                                   */
/* ------------------------------------------------------------------------------------------ */
static void op_lea(m68k_cpu *c, uint16_t op)
{
    c->a[DST_REG(op)] = m68k_ea_addr(c, SRC_MODE(op), SRC_REG(op));
}

/* ------------------------------------------------------------------------------------------ */
/* PEA - Push Effective Address (PRM ch. 4)                                                   */
/* ------------------------------------------------------------------------------------------ */
static void op_pea(m68k_cpu *c, uint16_t op)
{
    uint32_t a = m68k_ea_addr(c, SRC_MODE(op), SRC_REG(op));
    m68k_push32(c, a);
}

/* ------------------------------------------------------------------------------------------ */
/* EXG - Exchange Registers (PRM ch. 4)                                                       */
/* ------------------------------------------------------------------------------------------ */
static void op_exg(m68k_cpu *c, uint16_t op)
{
    unsigned rx = DST_REG(op), ry = SRC_REG(op);
    uint32_t *x, *y;
    switch ((op >> 3) & 0x1F) {
    case 0x08: x = &c->d[rx]; y = &c->d[ry]; break;   /* Dx, Dy */
    case 0x09: x = &c->a[rx]; y = &c->a[ry]; break;   /* Ax, Ay */
    default: x = &c->d[rx]; y = &c->a[ry]; break;     /* Dx, Ay */
    }
    uint32_t t = *x;
    *x = *y;
    *y = t;
}

/* ------------------------------------------------------------------------------------------ */
/* SWAP - Swap Register Halves (PRM ch. 4)                                                    */
/* ------------------------------------------------------------------------------------------ */
static void op_swap(m68k_cpu *c, uint16_t op)
{
    uint32_t v = c->d[SRC_REG(op)];
    v = v << 16 | v >> 16;
    c->d[SRC_REG(op)] = v;
    cc_logic(c, v, 4);
}

/* ------------------------------------------------------------------------------------------ */
/* EXT - Sign-Extend (PRM ch. 4): byte to word (.W), word to long (.L)                        */
/* ------------------------------------------------------------------------------------------ */
static void op_ext(m68k_cpu *c, uint16_t op)
{
    unsigned r = SRC_REG(op);
    if (op & 0x40) {
        c->d[r] = sext16(c->d[r]);
        cc_logic(c, c->d[r], 4);
    } else {
        set_dreg(c, r, 2, sext8(c->d[r]));
        cc_logic(c, c->d[r], 2);
    }
}

/* ------------------------------------------------------------------------------------------ */
/* LINK - Link and Allocate (PRM ch. 4)                                                       */
/* ------------------------------------------------------------------------------------------ */
static void op_link(m68k_cpu *c, uint16_t op)
{
    unsigned r = SRC_REG(op);
    uint32_t disp = sext16(m68k_fetch16(c));
    uint32_t v = c->a[r];
    m68k_push32(c, r == 7 ? c->a[7] : v);
    c->a[r] = c->a[7];
    c->a[7] += disp;
}

/* ------------------------------------------------------------------------------------------ */
/* UNLK - Unlink (PRM ch. 4)                                                                  */
/* ------------------------------------------------------------------------------------------ */
static void op_unlk(m68k_cpu *c, uint16_t op)
{
    unsigned r = SRC_REG(op);
    c->fault_pc = c->insn_pc + 4;
    uint32_t v = m68k_rd(c, c->a[r], 4);
    c->a[7] = c->a[r] + 4;
    c->a[r] = v;
}

/* ------------------------------------------------------------------------------------------ */
/* CLR - Clear an Operand (PRM ch. 4): the 68000 reads the operand before clearing it         */
/* ------------------------------------------------------------------------------------------ */
static void op_clr(m68k_cpu *c, uint16_t op)
{
    unsigned size = size_field(op);
    m68k_ea ea;
    m68k_ea_decode(c, SRC_MODE(op), SRC_REG(op), size, &ea);
    if (ea.kind == EA_K_MEM && c->model == M68K_MC68000)
        (void)m68k_ea_read(c, &ea, size);
    set_cc(c, SR_N | SR_Z | SR_V | SR_C, SR_Z);
    m68k_ea_write(c, &ea, size, 0);
}

const m68k_insn_def m68k_insns_move[] = {
    {0x1000, 0xF000, EA_DATA, EA_DALT, "MOVE.B", M_ALL, PG_I, op_move},
    {0x3040, 0xF1C0, EA_ALL, 0, "MOVEA.W", M_ALL, PG_I, op_movea},
    {0x3000, 0xF000, EA_ALL, EA_DALT, "MOVE.W", M_ALL, PG_I, op_move},
    {0x2040, 0xF1C0, EA_ALL, 0, "MOVEA.L", M_ALL, PG_I, op_movea},
    {0x2000, 0xF000, EA_ALL, EA_DALT, "MOVE.L", M_ALL, PG_I, op_move},
    {0x7000, 0xF100, 0, 0, "MOVEQ", M_ALL, PG_I, op_moveq},
    {0x4880, 0xFFF8, 0, 0, "EXT.W", M_ALL, PG_I, op_ext},
    {0x48C0, 0xFFF8, 0, 0, "EXT.L", M_ALL, PG_I, op_ext},
    {0x4880, 0xFF80, EA_CALT | EA_PD, 0, "MOVEM (to memory)", M_ALL, PG_I, op_movem_r2m},
    {0x4C80, 0xFF80, EA_CTRL | EA_PI, 0, "MOVEM (to registers)", M_ALL, PG_I, op_movem_m2r},
    {0x0108, 0xF138, 0, 0, "MOVEP", M_ALL, PG_I, op_movep},
    {0x41C0, 0xF1C0, EA_CTRL, 0, "LEA", M_ALL, PG_I, op_lea},
    {0x4840, 0xFFF8, 0, 0, "SWAP", M_ALL, PG_I, op_swap},
    {0x4840, 0xFFC0, EA_CTRL, 0, "PEA", M_ALL, PG_I, op_pea},
    {0xC140, 0xF1F8, 0, 0, "EXG (data)", M_ALL, PG_I, op_exg},
    {0xC148, 0xF1F8, 0, 0, "EXG (address)", M_ALL, PG_I, op_exg},
    {0xC188, 0xF1F8, 0, 0, "EXG (data, address)", M_ALL, PG_I, op_exg},
    {0x4E50, 0xFFF8, 0, 0, "LINK", M_ALL, PG_I, op_link},
    {0x4E58, 0xFFF8, 0, 0, "UNLK", M_ALL, PG_I, op_unlk},
    {0x4200, 0xFFC0, EA_DALT, 0, "CLR.B", M_ALL, PG_I, op_clr},
    {0x4240, 0xFFC0, EA_DALT, 0, "CLR.W", M_ALL, PG_I, op_clr},
    {0x4280, 0xFFC0, EA_DALT, 0, "CLR.L", M_ALL, PG_I, op_clr},
    {0, 0, 0, 0, NULL, 0, PG_I, NULL},
};
