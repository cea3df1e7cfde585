/* The run loop: exceptions pending at the instruction boundary (trace, then interrupts: UM
 * "Exception Priorities"), the stopped state, instruction fetch and dispatch.
 *
 * Time is the instruction count: the board's timer advances one unit per executed instruction,
 * and while the processor is stopped, time jumps to the next event so that a STOP-and-wait idle
 * loop costs the budget it would in instructions. */
#include "m68k.h"
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

static inline void trace_insn(m68k_cpu *c)
{
    wb_trace_rec r;
    memset(&r, 0, sizeof r);
    r.addr = c->insn_pc;
    r.supervisor = (c->sr & SR_S) != 0;
    r.count = c->m.counters.insns - 1;   /* counted before the fetch: numbered from 0, as machine.h says */
    /* Up to 8 bytes of the instruction as they lie in storage (without side effects). */
    unsigned n = 0;
    for (; n < 8; n += 2) {
        uint32_t a = (c->insn_pc + n) & M68K_AMASK;
        if (a + 2 > c->memsize)
            break;
        r.insn[n] = c->mem[a];
        r.insn[n + 1] = c->mem[a + 1];
    }
    r.ilen = 2;
    c->m.trace(c->m.trace_ctx, &r);
}

/* Fetch and execute one instruction. */
static inline void step(m68k_cpu *c)
{
    c->insn_pc = c->pc;
    c->insn_sr = c->sr;
    c->fault_pc = c->pc + 2;
    if (c->model == M68K_MC68010 || c->board_mmu)
        memcpy(c->saved_a, c->a, sizeof c->a);
    c->trace_pending = false;
    c->m.counters.insns++;
    if (c->pc & 1) {
        c->fault_ir = c->ir;
        c->fault_pc = c->pc;
        m68k_group0(c, V_ADDRESS_ERROR, c->pc, m68k_prog_fc(c), true);
    }
    uint16_t op = m68k_fetch16(c);
    c->ir = op;
    c->fault_ir = op;
    if (c->m.trace)
        trace_insn(c);
    c->trace_pending = (c->sr & SR_T) != 0;
    c->defs[c->decode[op]]->fn(c, op);
}

/* Highest interrupt level the board requests that the mask lets through (0 = none). */
static unsigned deliverable(const m68k_cpu *c)
{
    unsigned level = c->pending_ipl, mask = (c->sr >> 8) & 7;
    return (level > mask || level == 7) ? level : 0;
}

/* The processor is stopped: can anything wake it, and when? */
static wb_exit *idle(m68k_cpu *c, wb_exit *out)
{
    unsigned mask = (c->sr >> 8) & 7;
    unsigned tlevel = (c->timer_ctrl >> 8) & 7;
    bool timer = (c->timer_ctrl & 1) && c->timer_period && tlevel > mask;
    bool acia = (c->acia_ctrl & 0x80) && !c->acia_eof && M68K_ACIA_LEVEL > mask;
    if (acia) {
        m68k_board_tick(c);   /* polls the console */
        m68k_board_update_irq(c);
        if (deliverable(c))
            return NULL;
    }
    if (!timer) {
        if (mask == 7) {
            *out = make_exit(WB_EXIT_HALT, "STOP with interrupts masked (level 7)");
            return out;
        }
        *out = make_exit(WB_EXIT_WAIT, "stopped with no interrupt to come");
        return out;
    }
    /* Jump time to the timer's next tick (bounded by the budget). */
    uint64_t left = c->budget_end - c->steps;
    uint64_t n = c->timer_count ? c->timer_count : 1;
    if (n > left) {
        c->timer_count -= (uint32_t)left;
        c->steps += left;
        return NULL;
    }
    c->steps += n - 1;
    c->timer_count = 1;
    m68k_board_tick(c);
    c->steps++;
    return NULL;
}

wb_exit m68k_run(wb_machine *m, uint64_t budget)
{
    m68k_cpu *c = (m68k_cpu *)m;
    c->exit_ready = false;
    c->budget_end = UINT64_MAX - c->steps < budget ? UINT64_MAX : c->steps + budget;
    if (c->halted)
        return make_exit(WB_EXIT_HALT, "processor halted");
    setjmp(c->jmp);
    for (;;) {
        c->in_group0 = false;
        c->in_exception = false;
        if (c->exit_ready) {
            c->exit_ready = false;
            return c->exit;
        }
        if (c->steps >= c->budget_end)
            return make_exit(WB_EXIT_BUDGET, NULL);
        if (c->trace_pending) {
            c->trace_pending = false;
            c->stopped = false;
            c->steps++;
            m68k_take_exception(c, V_TRACE, c->pc);
            continue;
        }
        unsigned level = deliverable(c);
        if (level) {
            c->steps++;
            m68k_interrupt(c, level);
            continue;
        }
        if (c->stopped) {
            wb_exit e;
            if (idle(c, &e))
                return e;
            continue;
        }
        c->steps++;
        m68k_board_tick(c);
        step(c);
    }
}
