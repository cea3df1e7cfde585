/* Effective addresses (PRM 2.2, "Effective Addressing Modes").
 *
 *  mode reg  syntax            mode reg  syntax
 *  000  n    Dn                111  000  (xxx).W
 *  001  n    An                111  001  (xxx).L
 *  010  n    (An)              111  010  (d16,PC)
 *  011  n    (An)+             111  011  (d8,PC,Xn)
 *  100  n    -(An)             111  100  #<data>
 *  101  n    (d16,An)
 *  110  n    (d8,An,Xn)
 *
 * Decoding an EA consumes its extension words and performs the (An)+ / -(An) register update,
 * exactly once per operand, so a read-modify-write uses one decode.
 *
 * Decoding also advances c->fault_pc, the PC value a 68000 address- or bus-error frame stacks
 * if an access faults now.  The 68000 stacks neither the instruction's address nor the next
 * one's but the state of its prefetch pipeline; measured against the single-step data: the
 * instruction address + 2, plus the immediate and absolute-address words fetched so far, plus
 * 2 after a byte or word predecrement (displacement and index words do not count).  Handlers
 * whose own sequencing differs (MOVE's write, MOVEM, jumps, ADDX...) set it themselves. */
#include "m68k.h"

/* Brief extension word (PRM 2.1): D/A | reg(3) | W/L | 000 | d8. The 68000/68010 ignore bits 10-8. */
static uint32_t index_ea(m68k_cpu *c, uint32_t base)
{
    uint16_t ext = m68k_fetch16(c);
    unsigned r = (ext >> 12) & 7;
    uint32_t x = (ext & 0x8000) ? c->a[r] : c->d[r];
    if (!(ext & 0x0800))
        x = sext16(x);
    return base + x + sext8(ext);
}

static inline unsigned step_of(unsigned reg, unsigned size)
{
    return (reg == 7 && size == 1) ? 2 : size;   /* A7 stays word aligned (PRM 2.2.4) */
}

void m68k_ea_decode(m68k_cpu *c, unsigned mode, unsigned reg, unsigned size, m68k_ea *ea)
{
    ea->reg = (uint8_t)reg;
    ea->prog = false;
    ea->post = 0;
    ea->kind = EA_K_MEM;
    switch (mode) {
    case 0: ea->kind = EA_K_DREG; return;
    case 1: ea->kind = EA_K_AREG; return;
    case 2: ea->addr = c->a[reg]; return;
    case 3:
        /* A long operand's postincrement happens after its first access: an address error
         * leaves An unchanged (68000 single-step data); byte and word ones happen at once. */
        ea->addr = c->a[reg];
        if (size == 4)
            ea->post = 4;
        else
            c->a[reg] += step_of(reg, size);
        return;
    case 4:
        c->a[reg] -= step_of(reg, size);
        ea->addr = c->a[reg];
        if (size != 4)
            c->fault_pc += 2;
        return;
    case 5: ea->addr = c->a[reg] + sext16(m68k_fetch16(c)); return;
    case 6: ea->addr = index_ea(c, c->a[reg]); return;
    default:
        break;
    }
    switch (reg) {
    case 0:
        ea->addr = sext16(m68k_fetch16(c));
        c->fault_pc += 2;
        return;
    case 1:
        ea->addr = m68k_fetch32(c);
        c->fault_pc += 4;
        return;
    case 2: {
        uint32_t base = c->pc;
        ea->addr = base + sext16(m68k_fetch16(c));
        ea->prog = true;
        return;
    }
    case 3:
        ea->addr = index_ea(c, c->pc);
        ea->prog = true;
        return;
    case 4:
        ea->kind = EA_K_IMM;
        ea->addr = m68k_fetch_imm(c, size);
        return;
    default:
        /* The decode table never lets an invalid mode through. */
        m68k_exception(c, V_ILLEGAL);
    }
}

static inline void post(m68k_cpu *c, m68k_ea *ea)
{
    if (ea->post) {
        c->a[ea->reg] += ea->post;
        ea->post = 0;
    }
}

uint32_t m68k_ea_read(m68k_cpu *c, m68k_ea *ea, unsigned size)
{
    switch (ea->kind) {
    case EA_K_DREG: return c->d[ea->reg] & sz_mask(size);
    case EA_K_AREG: return c->a[ea->reg] & sz_mask(size);
    case EA_K_IMM: return ea->addr & sz_mask(size);
    default: {
        uint32_t v = m68k_read(c, ea->addr, size, ea->prog ? m68k_prog_fc(c) : m68k_data_fc(c));
        post(c, ea);
        return v;
    }
    }
}

void m68k_ea_write(m68k_cpu *c, m68k_ea *ea, unsigned size, uint32_t v)
{
    switch (ea->kind) {
    case EA_K_DREG: set_dreg(c, ea->reg, size, v); return;
    case EA_K_AREG: c->a[ea->reg] = size == 2 ? sext16(v) : v; return;
    case EA_K_IMM: return;
    default:
        m68k_wr(c, ea->addr, size, v);
        post(c, ea);
        return;
    }
}

uint32_t m68k_ea_addr(m68k_cpu *c, unsigned mode, unsigned reg)
{
    m68k_ea ea;
    m68k_ea_decode(c, mode, reg, 2, &ea);
    return ea.addr;   /* control modes only: no postincrement is ever pending */
}
