/* Exception processing (UM section 5, PRM 1.3 and the MC68010 UM section 5).
 *
 * Stack frames, lowest address (the new SSP) first:
 *
 *   68000 groups 1 and 2 (3 words)      68010 format 0 (4 words)
 *     +0  SR                              +0  SR
 *     +2  PC high                         +2  PC high
 *     +4  PC low                          +4  PC low
 *                                         +6  0000 | vector offset (vector * 4)
 *
 *   68000 group 0: bus / address error (7 words)
 *     +0  access word: bits 15-5 undefined (the 68000 leaves the instruction register's top
 *         bits there), R/W (bit 4, 1 = read), I/N (bit 3, 1 = not processing an instruction),
 *         function code (bits 2-0)
 *     +2  access address (32 bits)
 *     +6  instruction register
 *     +8  SR
 *     +10 PC (32 bits)
 *
 *   68010 format 8: bus / address error (29 words)
 *     +0  SR   +2 PC   +6 1000 | vector offset   +8 special status word
 *     +10 fault address   +14 unused   +16 data output buffer   +18 unused
 *     +20 data input buffer   +22 unused   +24 instruction input buffer
 *     +26 16 words of internal information
 *   Special status word: RR(15) IF(13) DF(12) RM(11) HB(10) BY(9) RW(8, 1 = read) FC(2-0).
 *   This model restarts the faulted instruction rather than continuing it: the address
 *   registers are rolled back to their values at the instruction's start, the stacked PC
 *   and SR are the instruction's own, and RTE of a format 8 frame re-executes it.
 *
 * With trap_to_host set, no frame is stacked: the machine stops with the state the handler
 * would have been entered with, minus the stacking (PC as the frame would hold it, SR
 * unchanged) and reports the exception as a WB_EXIT_TRAP. */
#include "m68k.h"
#include <stdio.h>
#include <string.h>

void m68k_set_sr(m68k_cpu *c, uint16_t sr)
{
    sr &= SR_IMPL;
    if ((sr ^ c->sr) & SR_S) {
        if (sr & SR_S) {
            c->usp = c->a[7];
            c->a[7] = c->ssp;
        } else {
            c->ssp = c->a[7];
            c->a[7] = c->usp;
        }
    }
    c->sr = sr;
}

uint16_t m68k_get_sr(const m68k_cpu *c)
{
    return c->sr;
}

void m68k_push16(m68k_cpu *c, uint16_t v)
{
    c->a[7] -= 2;
    m68k_wr(c, c->a[7], 2, v);
}

void m68k_push32(m68k_cpu *c, uint32_t v)
{
    c->a[7] -= 4;
    m68k_wr(c, c->a[7], 4, v);
}

uint16_t m68k_pop16(m68k_cpu *c)
{
    uint16_t v = (uint16_t)m68k_rd(c, c->a[7], 2);
    c->a[7] += 2;
    return v;
}

uint32_t m68k_pop32(m68k_cpu *c)
{
    uint32_t v = m68k_rd(c, c->a[7], 4);
    c->a[7] += 4;
    return v;
}

void m68k_halt(m68k_cpu *c, const char *why)
{
    c->halted = true;
    memset(&c->exit, 0, sizeof c->exit);
    c->exit.kind = WB_EXIT_HALT;
    snprintf(c->exit.msg, sizeof c->exit.msg, "%s", why);
    c->exit_ready = true;
}

static wb_trap_kind trap_kind(const m68k_cpu *c, unsigned vector)
{
    if (vector == V_PRIVILEGE)
        return WB_TRAP_PRIV;
    if (vector >= V_TRAP0 && vector < V_TRAP0 + 16)
        return WB_TRAP_SYSCALL;
    if (vector == V_BUS_ERROR && c->mmu_fault_flag)
        return WB_TRAP_MMU;
    if (vector > V_SPURIOUS && vector <= V_AUTOVECTOR + 7)
        return vector - V_AUTOVECTOR == M68K_ACIA_LEVEL ? WB_TRAP_IO : WB_TRAP_EXTERNAL;
    if (vector == V_SPURIOUS || vector >= 64)
        return WB_TRAP_EXTERNAL;
    return WB_TRAP_PROGRAM;
}

/* Stop and report instead of vectoring (trap_to_host). */
static void exit_trap(m68k_cpu *c, unsigned vector, uint32_t pc, uint32_t fault, bool from_insn)
{
    memset(&c->exit, 0, sizeof c->exit);
    c->exit.kind = WB_EXIT_TRAP;
    c->exit.trap.kind = trap_kind(c, vector);
    c->exit.trap.code = vector;
    c->exit.trap.addr = from_insn ? c->insn_pc : pc;
    c->exit.trap.fault = fault;
    c->exit.trap.ilen = from_insn ? (unsigned)(c->pc - c->insn_pc) : 0;
    c->exit_ready = true;
    c->pc = pc;
}

/* Vector fetch and the new PC; an odd handler address is an address error on its prefetch. */
static void vector_to(m68k_cpu *c, unsigned vector)
{
    uint32_t addr = (c->model == M68K_MC68010 ? c->vbr : 0) + vector * 4u;
    uint32_t pc = m68k_read(c, addr, 4, FC_SUPER_DATA);
    c->pc = pc;
    if (pc & 1) {
        c->fault_pc = pc;
        m68k_group0(c, V_ADDRESS_ERROR, pc, FC_SUPER_PROG, true);
    }
}

void m68k_take_exception(m68k_cpu *c, unsigned vector, uint32_t pc)
{
    c->m.counters.traps[trap_kind(c, vector)]++;
    if (c->m.trap_to_host) {
        exit_trap(c, vector, pc, 0, vector != V_TRACE && !(vector >= V_SPURIOUS && vector < V_TRAP0));
        return;
    }
    uint16_t old = c->sr;
    c->in_exception = true;
    m68k_set_sr(c, (uint16_t)((c->sr | SR_S) & ~SR_T));
    if (c->model == M68K_MC68010)
        m68k_push16(c, (uint16_t)(vector * 4u));
    m68k_push32(c, pc);
    m68k_push16(c, old);
    vector_to(c, vector);
    c->in_exception = false;
    c->stopped = false;
}

/* Exceptions raised by an instruction: the frame's PC follows the vector's rule
 * (PRM table B-1: illegal, privilege, line A/F stack the instruction's address; TRAP, TRAPV,
 * CHK, zero divide stack the next instruction's). */
_Noreturn void m68k_exception(m68k_cpu *c, unsigned vector)
{
    uint32_t pc = c->pc;
    bool not_executed = vector == V_ILLEGAL || vector == V_PRIVILEGE || vector == V_LINE_A ||
                        vector == V_LINE_F || vector == V_FORMAT;
    /* An instruction that is not executed is not traced; one that traps (TRAP, TRAPV, CHK,
     * zero divide) is, after the trap's own exception processing (UM "Tracing"). */
    if (not_executed) {
        pc = c->insn_pc;
        c->trace_pending = false;
    }
    m68k_take_exception(c, vector, pc);
    longjmp(c->jmp, 1);
}

_Noreturn void m68k_privilege(m68k_cpu *c)
{
    m68k_exception(c, V_PRIVILEGE);
}

/* Group 0: bus error and address error (UM "Bus Error", "Address Error"). */
_Noreturn void m68k_group0(m68k_cpu *c, unsigned vector, uint32_t addr, uint8_t fc, bool read)
{
    if (c->in_group0) {
        /* A bus or address error while stacking one: double bus fault, the processor halts. */
        c->in_group0 = false;
        char msg[80];
        snprintf(msg, sizeof msg, "double bus fault at 0x%08x (halted)", (unsigned)addr);
        m68k_halt(c, msg);
        longjmp(c->jmp, 1);
    }
    c->trace_pending = false;
    c->stopped = false;
    c->m.counters.traps[trap_kind(c, vector)]++;
    bool in_insn = !c->in_exception;
    /* A monitor's 68000 host with the board MMU restarts as the 68010 does (it only exits to the host). */
    if (c->model == M68K_MC68010 || (c->board_mmu && c->m.trap_to_host)) {
        /* Restart model: undo the address register updates of the faulted instruction. */
        bool restart = in_insn;
        uint32_t pc = restart ? c->insn_pc : c->fault_pc;
        uint16_t sr = restart ? c->insn_sr : c->sr;
        if (restart)
            memcpy(c->a, c->saved_a, sizeof c->a);
        if (restart && ((sr ^ c->sr) & SR_S))
            m68k_set_sr(c, (uint16_t)((c->sr & ~SR_S) | (sr & SR_S)));
        if (c->m.trap_to_host) {
            if (restart)   /* the instruction's own condition codes, as the frame would hold them */
                c->sr = (uint16_t)((c->sr & ~0x1Fu) | (sr & 0x1Fu));
            exit_trap(c, vector, pc, addr, in_insn);
            c->mmu_fault_flag = false;
            longjmp(c->jmp, 1);
        }
        c->in_group0 = true;
        c->in_exception = true;
        uint16_t ssw = (uint16_t)((read ? 0x0100 : 0) | (fc & 7));
        if (fc == FC_USER_PROG || fc == FC_SUPER_PROG)
            ssw |= 0x2000;          /* IF: instruction fetch */
        else
            ssw |= 0x1000;          /* DF: data fetch */
        m68k_set_sr(c, (uint16_t)((c->sr | SR_S) & ~SR_T));
        for (int i = 15; i >= 0; i--)   /* internal information: instruction address, then zeros */
            m68k_push16(c, i == 0 ? (uint16_t)(c->insn_pc >> 16) : i == 1 ? (uint16_t)c->insn_pc : 0);
        m68k_push16(c, c->ir);          /* instruction input buffer */
        m68k_push16(c, 0);
        m68k_push16(c, 0);              /* data input buffer */
        m68k_push16(c, 0);
        m68k_push16(c, 0);              /* data output buffer */
        m68k_push16(c, 0);
        m68k_push32(c, addr);
        m68k_push16(c, ssw);
        m68k_push16(c, (uint16_t)(0x8000 | vector * 4u));
        m68k_push32(c, pc);
        m68k_push16(c, sr);
    } else {
        if (c->m.trap_to_host) {
            exit_trap(c, vector, c->fault_pc, addr, in_insn);
            c->mmu_fault_flag = false;
            longjmp(c->jmp, 1);
        }
        c->in_group0 = true;
        c->in_exception = true;
        uint16_t sr = c->sr;
        m68k_set_sr(c, (uint16_t)((c->sr | SR_S) & ~SR_T));
        uint16_t access = (uint16_t)((c->fault_ir & 0xFFE0) | (read ? 0x10 : 0) | (in_insn ? 0 : 0x08) | (fc & 7));
        m68k_push32(c, c->fault_pc);
        m68k_push16(c, sr);
        m68k_push16(c, c->fault_ir);
        m68k_push32(c, addr);
        m68k_push16(c, access);
    }
    c->mmu_fault_flag = false;
    vector_to(c, vector);
    c->in_group0 = false;
    c->in_exception = false;
    longjmp(c->jmp, 1);
}

/* Interrupt acknowledge (UM "Interrupts"): the board's devices are autovectored. */
void m68k_interrupt(m68k_cpu *c, unsigned level)
{
    c->stopped = false;
    m68k_take_exception(c, V_AUTOVECTOR + level, c->pc);
    /* The mask rises to the level being serviced (the SR copy on the stack keeps the old one). */
    if (!c->m.trap_to_host)
        c->sr = (uint16_t)((c->sr & ~SR_I) | (level << 8));
}

/* RTE (PRM ch. 6 / MC68010 UM ch. 5): pop SR and PC, and on the 68010 the format word. */
void m68k_rte(m68k_cpu *c)
{
    uint32_t sp = c->a[7];
    uint16_t sr = (uint16_t)m68k_rd(c, sp, 2);
    uint32_t pc = m68k_rd(c, sp + 2, 4);
    unsigned frame = 6;
    if (c->model == M68K_MC68010) {
        uint16_t fv = (uint16_t)m68k_rd(c, sp + 6, 2);
        switch (fv >> 12) {
        case 0: frame = 8; break;
        case 8: frame = 58; break;
        default: m68k_exception(c, V_FORMAT);
        }
    }
    c->a[7] = sp + frame;
    m68k_set_sr(c, sr);
    c->pc = pc;
}
