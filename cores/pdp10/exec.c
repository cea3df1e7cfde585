/* The run loop: instruction fetch and dispatch, XCT/UUO execution in place, priority
 * interrupts, UUO traps, and the exits to the host (budget, halt, trap_to_host).
 *
 * An instruction that must be abandoned (protection violation, trap exit, budget or interrupt
 * during an indirect loop) unwinds with longjmp to the per-instance jump buffer. */
#include "pdp10.h"
#include <stdio.h>
#include <string.h>

static wb_exit make_exit(wb_exit_kind k, const char *msg)
{
    wb_exit e;
    memset(&e, 0, sizeof e);
    e.kind = k;
    if (msg)
        snprintf(e.msg, sizeof e.msg, "%s", msg);
    return e;
}

uint64_t pdp10_pc_word(const pdp10_cpu *c, uint32_t pc)
{
    return ((uint64_t)(c->flags & PDP10_FLAGMASK) << 18) | (pc & PDP10_AMASK);
}

void pdp10_set_flags(pdp10_cpu *c, uint32_t f)
{
    c->flags |= f;
}

/* SRM 2.5: CRY0 is the carry out of bit 0, CRY1 the carry out of bit 1 into bit 0; AROV is set
 * when exactly one of them occurs. */
static void carries(pdp10_cpu *c, uint64_t a, uint64_t b, uint64_t cin)
{
    unsigned cy0 = (unsigned)(((a + b + cin) >> 36) & 1);
    unsigned cy1 = (unsigned)((((a & PDP10_MAG) + (b & PDP10_MAG) + cin) >> 35) & 1);
    uint32_t f = 0;
    if (cy0)
        f |= PDP10_CRY0;
    if (cy1)
        f |= PDP10_CRY1;
    if (cy0 != cy1)
        f |= PDP10_AROV;
    pdp10_set_flags(c, f);
}

void pdp10_add_flags(pdp10_cpu *c, uint64_t a, uint64_t b, uint64_t r)
{
    (void)r;
    carries(c, a & PDP10_WORD, b & PDP10_WORD, 0);
}

uint64_t pdp10_add(pdp10_cpu *c, uint64_t a, uint64_t b)
{
    carries(c, a, b, 0);
    return (a + b) & PDP10_WORD;
}

uint64_t pdp10_sub(pdp10_cpu *c, uint64_t a, uint64_t b)
{
    uint64_t nb = ~b & PDP10_WORD;
    carries(c, a, nb, 1);
    return (a + nb + 1) & PDP10_WORD;
}

/* A skip in an interrupt instruction skips the interrupted program's next instruction, as on
 * the KA10 (only BLKI/BLKO use their skip condition differently there, see insn_io.c). */
void pdp10_skip(pdp10_cpu *c)
{
    c->pc = (c->pc + 1) & PDP10_AMASK;
}

void pdp10_jump(pdp10_cpu *c, uint32_t addr)
{
    c->pc = addr & PDP10_AMASK;
    c->jumped = true;
}

_Noreturn void pdp10_trap_exit(pdp10_cpu *c, wb_trap_kind kind, uint32_t code, uint64_t fault)
{
    c->exit = make_exit(WB_EXIT_TRAP, NULL);
    c->exit.trap.kind = kind;
    c->exit.trap.code = code;
    c->exit.trap.addr = c->insn_pc;
    c->exit.trap.fault = fault;
    c->exit.trap.ilen = 0;
    c->exit_ready = true;
    c->m.counters.traps[kind]++;
    c->pc = c->insn_pc;      /* state intact: the instruction has not happened */
    c->steps = c->insn_steps;   /* nor has its time: whoever handles the trap performs it */
    longjmp(c->abort, PDP10_ABORT_DONE);
}

/* SRM 2.12: a MUUO stores the instruction (with E) in absolute location 40 and executes the
 * instruction in absolute location 41 in executive mode, as if in place of the MUUO. */
static void uuo_trap_at(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e, wb_trap_kind kind, uint32_t code,
                       uint32_t loc)
{
    uint64_t uuo = ((uint64_t)op << 27) | ((uint64_t)ac << 23) | e;
    if (c->m.trap_to_host)
        pdp10_trap_exit(c, kind, code, uuo);
    c->m.counters.traps[kind]++;
    c->exec_ctx = true;
    pdp10_write(c, loc, uuo);
    c->xct_word = pdp10_read(c, loc + 1);
    c->xct_pending = true;
    c->trap_cycle = true;
}

static void uuo_trap(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e, wb_trap_kind kind, uint32_t code)
{
    uuo_trap_at(c, op, ac, e, kind, code, 040);
}

void pdp10_muuo(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e)
{
    uuo_trap(c, op, ac, e, WB_TRAP_SYSCALL, PDP10_TRAP_MUUO);
}

/* The KA10 traps the codes 100-127 (KI10 instructions) through 60 and 61 instead of 40 and 41,
 * so software can simulate them. */
void pdp10_unimplemented(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e)
{
    uuo_trap_at(c, op, ac, e, WB_TRAP_SYSCALL, PDP10_TRAP_MUUO, 060);
}

/* SRM 2.12/2.14: in user mode without User-IOT, in-out instructions, HALT and JEN are executed
 * as MUUOs. */
bool pdp10_iot_trapped(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e)
{
    if (!pdp10_user(c) || (c->flags & PDP10_USERIO))
        return false;
    uuo_trap(c, op, ac, e, WB_TRAP_PRIV, PDP10_TRAP_IOT);
    return true;
}

static void trace_insn(pdp10_cpu *c, uint32_t pc, uint64_t w)
{
    wb_trace_rec r;
    memset(&r, 0, sizeof r);
    r.addr = pc;
    for (int i = 0; i < 5; i++)          /* the 36-bit word as 5 big-endian bytes */
        r.insn[i] = (uint8_t)(w >> (32 - 8 * i));
    r.ilen = 5;
    r.supervisor = !(c->flags & PDP10_USER);
    r.count = c->m.counters.insns;
    c->m.trace(c->m.trace_ctx, &r);
}

/* Execute w; XCT and UUOs replace it in place by the next word to execute. */
void pdp10_execute(pdp10_cpu *c, uint64_t w)
{
    c->jumped = false;
    c->xct_pending = false;
    for (;;) {
        unsigned op = pdp10_op(w), ac = pdp10_acf(w);
        c->insn_word = w;
        uint32_t e = pdp10_ea(c, w);
        c->dispatch[op](c, op, ac, e);
        if (!c->xct_pending)
            break;
        c->xct_pending = false;
        w = c->xct_word;
        c->steps++;
        if (c->steps > c->abandon_at)
            longjmp(c->abort, PDP10_ABORT_RESTART);
    }
    c->exec_ctx = c->pi_cycle;
    c->trap_cycle = c->pi_cycle;
}

static void step(pdp10_cpu *c)
{
    uint32_t pc = c->pc;
    c->insn_pc = pc;
    c->insn_steps = c->steps;
    uint64_t w = pdp10_fetch(c, pc);
    c->pc = (pc + 1) & PDP10_AMASK;
    c->steps++;
    if (c->m.trace)
        trace_insn(c, pc, w);
    c->m.counters.insns++;
    pdp10_execute(c, w);
}

/* SRM 2.13: an interrupt on channel n executes the instruction at 40+2n in executive mode
 * without changing the PC.  A DATAI/DATAO, or a BLKI/BLKO whose count has not run out, is
 * dismissed at once and the interrupted program goes on; a BLKI/BLKO whose count runs out goes
 * on to the instruction at 41+2n.  Any other instruction (a JSR, but also a MOVEI or a CONO)
 * holds the channel until a JEN (JRST 12) dismisses it. */
static void take_interrupt(pdp10_cpu *c, int ch)
{
    uint8_t bit = (uint8_t)(0200 >> ch);
    c->pir &= (uint8_t)~bit;
    c->insn_pc = c->pc;
    c->pi_cycle = true;
    c->exec_ctx = true;
    c->trap_cycle = true;
    c->steps++;
    uint32_t loc = 040 + 2 * (uint32_t)ch;
    bool hold = true;
    for (int i = 0; i < 2; i++) {
        c->pi_skip = false;
        uint64_t w = pdp10_read(c, loc + (uint32_t)i);
        pdp10_execute(c, w);
        c->pi_cycle = c->exec_ctx = c->trap_cycle = true;
        bool data = pdp10_op(w) >= 0700 && ((w >> 23) & 4) == 0;   /* BLKI DATAI BLKO DATAO */
        bool blk = data && ((w >> 23) & 1) == 0;
        if (!data) {
            hold = true;
            break;
        }
        hold = false;
        if (!blk || c->pi_skip)
            break;
    }
    if (hold)
        c->pih |= bit;
    c->pi_cycle = false;
    c->exec_ctx = false;
    c->trap_cycle = false;
}

/* Which device asks on channel ch (for the trap code): 0 APR, 1 TTY, 2 program request. */
static unsigned pi_source(pdp10_cpu *c, int ch)
{
    uint8_t bit = (uint8_t)(0200 >> ch);
    if (c->pir & bit)
        return 2;
    if (c->apr_pia == ch && (pdp10_pi_requests(c) & bit) && !(c->tty_pia == ch && (c->tty_status & 050)))
        return 0;
    return c->tty_pia == ch ? 1 : 0;
}

wb_exit pdp10_run(wb_machine *m, uint64_t budget)
{
    pdp10_cpu *c = (pdp10_cpu *)m;
    c->budget_end = budget > UINT64_MAX - c->steps ? UINT64_MAX : c->steps + budget;
    c->abandon_at = c->budget_end > UINT64_MAX - PDP10_BUDGET_SLACK ? UINT64_MAX : c->budget_end + PDP10_BUDGET_SLACK;
    c->exit_ready = false;
    int r = setjmp(c->abort);
    if (r != PDP10_ABORT_NONE) {
        if (r == PDP10_ABORT_RESTART)
            c->pc = c->insn_pc;    /* budget or interrupt inside an indirect/XCT chain: redo it */
        c->pi_cycle = false;
        c->exec_ctx = false;
        c->trap_cycle = false;
        c->xct_pending = false;
    }
    for (;;) {
        if (c->exit_ready) {
            c->exit_ready = false;
            return c->exit;
        }
        if (c->steps >= c->budget_end)
            return make_exit(WB_EXIT_BUDGET, NULL);
        pdp10_devices_update(c);
        int ch = pdp10_pi_pending(c);
        if (ch) {
            unsigned src = pi_source(c, ch);
            wb_trap_kind kind = src == 1 ? WB_TRAP_IO : WB_TRAP_EXTERNAL;
            if (m->trap_to_host) {
                wb_exit e = make_exit(WB_EXIT_TRAP, NULL);
                e.trap.kind = kind;
                e.trap.code = (uint32_t)ch * 010 + src;
                e.trap.addr = c->pc;
                m->counters.traps[kind]++;
                return e;
            }
            m->counters.traps[kind]++;
            take_interrupt(c, ch);
            continue;
        }
        step(c);
    }
}
