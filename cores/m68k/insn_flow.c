/* Program control: Bcc, BRA, BSR, DBcc, JMP, JSR, RTS, RTR, RTD, TRAP, TRAPV, NOP
 * (PRM section 4). */
#include "m68k.h"

/* Branch displacement (PRM ch. 4): 8 bits in the opcode, or 16 in an extension word when the
 * byte is zero.  The base is the address of the word after the opcode. */
static uint32_t branch_target(m68k_cpu *c, uint16_t op)
{
    uint32_t base = c->pc;
    if (op & 0xFF)
        return base + sext8(op);
    return base + sext16(m68k_fetch16(c));
}

/* A jump to an odd address is an address error on the prefetch at the target; the frame's PC
 * (fault_pc) depends on the instruction (single-step data: BRA, Bcc, JMP, RTS, RTR, RTE stack
 * their own address + 2, DBcc and JSR the next instruction's, BSR the target itself). */
static void jump(m68k_cpu *c, uint32_t target, uint32_t fault_pc)
{
    if (target & 1) {
        c->fault_pc = fault_pc;
        m68k_group0(c, V_ADDRESS_ERROR, target, m68k_prog_fc(c), true);
    }
    c->pc = target;
}

/* ------------------------------------------------------------------------------------------ */
/* Bcc - Branch Conditionally (PRM ch. 4)                                                     */
/* ------------------------------------------------------------------------------------------ */
static void op_bcc(m68k_cpu *c, uint16_t op)
{
    if (m68k_cond(c, (op >> 8) & 15)) {
        jump(c, branch_target(c, op), c->insn_pc + 2);
    } else if (!(op & 0xFF)) {
        c->pc += 2;   /* skip the unused displacement word */
    }
}

/* ------------------------------------------------------------------------------------------ */
/* BSR - Branch to Subroutine (PRM ch. 4)                                                     */
/* ------------------------------------------------------------------------------------------ */
static void op_bsr(m68k_cpu *c, uint16_t op)
{
    uint32_t target = branch_target(c, op);
    m68k_push32(c, c->pc);
    jump(c, target, target);
}

/* ------------------------------------------------------------------------------------------ */
/* DBcc - Test Condition, Decrement, and Branch (PRM ch. 4)                                   */
/* ------------------------------------------------------------------------------------------ */
static void op_dbcc(m68k_cpu *c, uint16_t op)
{
    uint32_t base = c->pc;
    uint32_t disp = sext16(m68k_fetch16(c));
    if (m68k_cond(c, (op >> 8) & 15))
        return;
    unsigned r = op & 7;
    uint16_t cnt = (uint16_t)(c->d[r] - 1);
    /* The branch's prefetch faults before the counter is written back (single-step data). */
    if (cnt != 0xFFFF)
        jump(c, base + disp, c->pc);
    set_dreg(c, r, 2, cnt);
}

/* ------------------------------------------------------------------------------------------ */
/* JMP - Jump (PRM ch. 4)                                                                     */
/* ------------------------------------------------------------------------------------------ */
static void op_jmp(m68k_cpu *c, uint16_t op)
{
    jump(c, m68k_ea_addr(c, (op >> 3) & 7, op & 7), c->insn_pc + 2);
}

/* ------------------------------------------------------------------------------------------ */
/* JSR - Jump to Subroutine (PRM ch. 4)                                                       */
/* ------------------------------------------------------------------------------------------ */
static void op_jsr(m68k_cpu *c, uint16_t op)
{
    uint32_t target = m68k_ea_addr(c, (op >> 3) & 7, op & 7);
    /* An odd target faults before the return address is pushed (BSR pushes first). */
    if (target & 1)
        jump(c, target, c->pc);
    m68k_push32(c, c->pc);
    jump(c, target, c->pc);
}

/* ------------------------------------------------------------------------------------------ */
/* RTS - Return from Subroutine (PRM ch. 4)                                                   */
/* ------------------------------------------------------------------------------------------ */
static void op_rts(m68k_cpu *c, uint16_t op)
{
    (void)op;
    jump(c, m68k_pop32(c), c->insn_pc + 2);
}

/* ------------------------------------------------------------------------------------------ */
/* RTR - Return and Restore Condition Codes (PRM ch. 4)                                       */
/* ------------------------------------------------------------------------------------------ */
static void op_rtr(m68k_cpu *c, uint16_t op)
{
    (void)op;
    uint16_t ccr = m68k_pop16(c);
    c->sr = (uint16_t)((c->sr & ~0x1F) | (ccr & 0x1F));
    jump(c, m68k_pop32(c), c->insn_pc + 2);
}

/* ------------------------------------------------------------------------------------------ */
/* RTD - Return and Deallocate (PRM ch. 4), MC68010                                           */
/* ------------------------------------------------------------------------------------------ */
static void op_rtd(m68k_cpu *c, uint16_t op)
{
    (void)op;
    uint32_t disp = sext16(m68k_fetch16(c));
    uint32_t pc = m68k_pop32(c);
    c->a[7] += disp;
    jump(c, pc, c->insn_pc + 2);
}

/* ------------------------------------------------------------------------------------------ */
/* TRAP - Trap (PRM ch. 4): vector 32 + n, the stacked PC is the next instruction's           */
/* ------------------------------------------------------------------------------------------ */
static void op_trap(m68k_cpu *c, uint16_t op)
{
    m68k_exception(c, V_TRAP0 + (op & 15));
}

/* ------------------------------------------------------------------------------------------ */
/* TRAPV - Trap on Overflow (PRM ch. 4)                                                       */
/* ------------------------------------------------------------------------------------------ */
static void op_trapv(m68k_cpu *c, uint16_t op)
{
    (void)op;
    if (c->sr & SR_V)
        m68k_exception(c, V_TRAPV);
}

/* ------------------------------------------------------------------------------------------ */
/* NOP - No Operation (PRM ch. 4)                                                             */
/* ------------------------------------------------------------------------------------------ */
static void op_nop(m68k_cpu *c, uint16_t op)
{
    (void)c;
    (void)op;
}

const m68k_insn_def m68k_insns_flow[] = {
    {0x6000, 0xFF00, 0, 0, "BRA", M_ALL, PG_I, op_bcc},
    {0x6100, 0xFF00, 0, 0, "BSR", M_ALL, PG_I, op_bsr},
    {0x6000, 0xF000, 0, 0, "Bcc", M_ALL, PG_I, op_bcc},
    {0x50C8, 0xF0F8, 0, 0, "DBcc", M_ALL, PG_I, op_dbcc},
    {0x4EC0, 0xFFC0, EA_CTRL, 0, "JMP", M_ALL, PG_I, op_jmp},
    {0x4E80, 0xFFC0, EA_CTRL, 0, "JSR", M_ALL, PG_I, op_jsr},
    {0x4E75, 0xFFFF, 0, 0, "RTS", M_ALL, PG_I, op_rts},
    {0x4E77, 0xFFFF, 0, 0, "RTR", M_ALL, PG_I, op_rtr},
    {0x4E74, 0xFFFF, 0, 0, "RTD", M_10, PG_I, op_rtd},
    {0x4E40, 0xFFF0, 0, 0, "TRAP", M_ALL, PG_I, op_trap},
    {0x4E76, 0xFFFF, 0, 0, "TRAPV", M_ALL, PG_I, op_trapv},
    {0x4E71, 0xFFFF, 0, 0, "NOP", M_ALL, PG_I, op_nop},
    {0, 0, 0, 0, NULL, 0, PG_I, NULL},
};
