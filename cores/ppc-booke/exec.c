/* The run loop, the decoder tables, interrupts and the timer facilities.
 *
 * Interrupts (BookE 5 "Interrupts and Exceptions"): the vector is IVPR[0:15] || IVORn[16:27] || 0000.
 * Base-class interrupts save PC/MSR in SRR0/1, critical-class ones (critical input, watchdog, debug) in
 * CSRR0/1, machine check in MCSRR0/1 (440UM).  Synchronous exceptions unwind with longjmp to the run
 * loop after the interrupt has been performed (or, with trap_to_host, after the exit was recorded).
 *
 * Time is deterministic: the time base advances by one per instruction executed (and by the idle
 * ticks a wait state skips), the decrementer, FIT and watchdog follow from it. */
#include "booke.h"
#include <stdio.h>
#include <string.h>

/* MSR bits cleared by every interrupt; critical and machine check clear more (BookE 5.6). */
#define MSR_CLEAR_BASE (MSR_WE | MSR_EE | MSR_PR | MSR_FP | MSR_FE0 | MSR_FE1 | MSR_IS | MSR_DS)

static bool is_critical(unsigned ivor)
{
    return ivor == IVOR_CRITICAL || ivor == IVOR_WATCHDOG || ivor == IVOR_DEBUG;
}

void ppc_request_halt(ppc_cpu *c, const char *why)
{
    c->halted = 1;
    c->stop = true;
    memset(&c->exit, 0, sizeof c->exit);
    c->exit.kind = WB_EXIT_HALT;
    snprintf(c->exit.msg, sizeof c->exit.msg, "%s", why);
}

/* Perform (or report) an interrupt and unwind to the run loop. */
_Noreturn void ppc_interrupt(ppc_cpu *c, unsigned ivor, uint32_t srr0, uint32_t esr, bool set_esr, uint32_t dear,
                             bool set_dear, wb_trap_kind kind)
{
    c->m.counters.traps[kind]++;
    c->resv = 0;
    if (c->m.trap_to_host) {
        /* State intact: nothing architected changes except that the PC stands where SRR0 would point. */
        memset(&c->exit, 0, sizeof c->exit);
        c->exit.kind = WB_EXIT_TRAP;
        c->exit.trap.kind = kind;
        c->exit.trap.code = ivor;
        c->exit.trap.addr = c->cia;
        c->exit.trap.fault = set_dear ? dear : set_esr ? esr : 0;
        c->exit.trap.ilen = 4;
        snprintf(c->exit.msg, sizeof c->exit.msg, "interrupt IVOR%u", ivor);
        c->pc = srr0;
        c->stop = true;
        longjmp(c->jb, 1);
    }
    if (ivor == IVOR_MCHECK) {
        if (!(c->msr & MSR_ME)) {
            /* A machine check with MSR[ME]=0 stops the processor (checkstop, 440UM). */
            c->checkstop = 1;
            ppc_request_halt(c, "checkstop: machine check with MSR[ME]=0");
            longjmp(c->jb, 1);
        }
        c->mcsrr0 = srr0;
        c->mcsrr1 = c->msr;
        c->msr = 0;   /* 440UM "Machine Check Interrupt": all MSR bits set to 0 */
    } else if (is_critical(ivor)) {
        c->csrr0 = srr0;
        c->csrr1 = c->msr;
        c->msr &= ~(MSR_CLEAR_BASE | MSR_CE | MSR_DE);
    } else {
        c->srr0 = srr0;
        c->srr1 = c->msr;
        c->msr &= ~MSR_CLEAR_BASE;
    }
    if (set_esr)
        c->esr = esr;
    if (set_dear)
        c->dear = dear;
    c->pc = (c->ivpr & 0xFFFF0000u) | (c->ivor[ivor] & 0x0000FFF0u);
    longjmp(c->jb, 1);
}

/* Program interrupt (BookE 5.6.7): SRR0 = the instruction, ESR says why. */
_Noreturn void ppc_program(ppc_cpu *c, uint32_t esr)
{
    ppc_interrupt(c, IVOR_PROGRAM, c->cia, esr, true, 0, false,
                  esr & ESR_PPR ? WB_TRAP_PRIV : WB_TRAP_PROGRAM);
}

_Noreturn void ppc_illegal(ppc_cpu *c, uint32_t insn)
{
    (void)insn;
    ppc_program(c, ESR_PIL);
}

_Noreturn void ppc_machine_check(ppc_cpu *c, uint32_t addr)
{
    (void)addr;
    c->mcsr = 0x80000000u;   /* MCSR[MCS]: a machine check summary for a bus error */
    ppc_interrupt(c, IVOR_MCHECK, c->cia, 0, false, 0, false, WB_TRAP_MCHECK);
}

void ppc_set_msr(ppc_cpu *c, uint32_t v)
{
    c->msr = v & MSR_MASK;
}

/* ---- decoder tables ---- */

static void add_group(ppc_cpu *c, const ppc_insn_def *g)
{
    for (; g->fn; g++) {
        if (c->ndefs >= PPC_MAX_INSNS)
            return;
        unsigned ix = c->ndefs++;
        c->defs[ix] = g;
        c->infos[ix].mnemonic = g->mnemonic;
        c->infos[ix].opcode = (uint32_t)g->primary << 10 | g->xo;
        c->infos[ix].pg = g->pg;
        uint16_t v = (uint16_t)(ix + 1);
        if (g->primary == 19 || g->primary == 31) {
            uint16_t *t = g->primary == 19 ? c->op19_ix : c->op31_ix;
            t[g->xo & 1023] = v;
            if (g->flags & PPC_F_OE)
                t[(g->xo | 512) & 1023] = v;
        } else {
            c->primary_ix[g->primary & 63] = v;
        }
    }
}

void ppc_build_tables(ppc_cpu *c)
{
    c->ndefs = 0;
    memset(c->primary_ix, 0, sizeof c->primary_ix);
    memset(c->op19_ix, 0, sizeof c->op19_ix);
    memset(c->op31_ix, 0, sizeof c->op31_ix);
    add_group(c, ppc_insns_int);
    add_group(c, ppc_insns_mem);
    add_group(c, ppc_insns_branch);
    add_group(c, ppc_insns_sys);
}

int ppc_decode_index(const ppc_cpu *c, uint32_t insn)
{
    unsigned p = insn >> 26;
    unsigned xo = (insn >> 1) & 1023;
    uint16_t v = p == 19 ? c->op19_ix[xo] : p == 31 ? c->op31_ix[xo] : c->primary_ix[p];
    return (int)v - 1;
}

/* ---- timers (440UM "Timer Facilities") ---- */

/* FIT and watchdog periods (440UM figure "Relationship of Timer Facilities to the Time Base"): the
 * time-base bit, counted from the LSB, whose 0->1 transition signals them.  FIT: 2^13, 2^17, 2^21,
 * 2^25 clocks (TBL bits 19, 15, 11, 7); watchdog: 2^21, 2^25, 2^29, 2^33 (TBL 11, 7, 3, TBU 31).
 * A transition of bit b recurs every 2^(b+1) clocks. */
static unsigned fit_bit(uint32_t tcr) { return 12 + 4 * ((tcr & TCR_FP) >> 24); }
static unsigned wdt_bit(uint32_t tcr) { return 20 + 4 * ((tcr & TCR_WP) >> 30); }

/* How many 0->1 transitions of TB bit `bit` (counting from the LSB) occur from tb0 to tb0+n. */
static uint64_t transitions(uint64_t tb0, uint64_t n, unsigned bit)
{
    uint64_t period = (uint64_t)1 << (bit + 1), half = (uint64_t)1 << bit;
    /* a transition happens whenever tb crosses k*period + half */
    uint64_t a = (tb0 + period - half) / period, b = (tb0 + n + period - half) / period;
    return b - a;
}

static void watchdog_event(ppc_cpu *c)
{
    if (!(c->tsr & TSR_ENW)) {
        c->tsr |= TSR_ENW;
    } else if (!(c->tsr & TSR_WIS)) {
        c->tsr |= TSR_WIS;
    } else if (c->tcr & TCR_WRC) {
        /* Third expiry: the reset TCR[WRC] selects; TSR[WRS] records it (440UM). */
        c->tsr = (c->tsr & ~TSR_WRS) | (c->tcr & TCR_WRC);
        ppc_request_halt(c, "watchdog reset");
    }
}

void ppc_timers_advance(ppc_cpu *c, uint64_t n)
{
    if (n == 1 && c->dec != 1) {
        /* the common single tick (DEC not reaching zero): only the FIT/watchdog bits need a look */
        uint64_t tb = ++c->tb;
        if (c->dec)
            c->dec--;
        unsigned fb = fit_bit(c->tcr), wb = wdt_bit(c->tcr);
        if ((tb & ((2ull << fb) - 1)) == (1ull << fb))
            c->tsr |= TSR_FIS;
        if ((tb & ((2ull << wb) - 1)) == (1ull << wb))
            watchdog_event(c);
        return;
    }
    uint64_t tb0 = c->tb;
    c->tb += n;
    if (c->dec) {
        if (n < c->dec) {
            c->dec -= (uint32_t)n;
        } else {
            uint64_t left = n - c->dec;
            c->tsr |= TSR_DIS;
            if ((c->tcr & TCR_ARE) && c->decar) {
                /* auto-reload: the decrementer restarts from DECAR on the tick it reaches zero */
                uint64_t r = left % c->decar;
                c->dec = c->decar - (uint32_t)r;
                if (left && r == 0)
                    c->dec = c->decar;
            } else {
                c->dec = 0;
            }
        }
    }
    if (transitions(tb0, n, fit_bit(c->tcr)))
        c->tsr |= TSR_FIS;
    uint64_t w = transitions(tb0, n, wdt_bit(c->tcr));
    for (uint64_t i = 0; i < w && i < 3 && !c->halted; i++)
        watchdog_event(c);
}

/* Ticks until the next timer condition could arise (for skipping a wait state). */
uint64_t ppc_next_timer_event(const ppc_cpu *c)
{
    uint64_t best = UINT64_MAX;
    if (c->dec)
        best = c->dec;
    unsigned bits[2] = {fit_bit(c->tcr), wdt_bit(c->tcr)};
    for (int i = 0; i < 2; i++) {
        uint64_t period = (uint64_t)1 << (bits[i] + 1), half = (uint64_t)1 << bits[i];
        uint64_t pos = c->tb % period;
        uint64_t d = pos < half ? half - pos : period - pos + half;
        if (d < best)
            best = d;
    }
    return best;
}

/* The highest-priority enabled asynchronous interrupt, or -1 (BookE 5.9 priorities). */
int ppc_due_async(const ppc_cpu *c)
{
    if ((c->msr & MSR_CE) && (c->tsr & TSR_WIS) && (c->tcr & TCR_WIE))
        return IVOR_WATCHDOG;
    if (c->msr & MSR_EE) {
        if ((c->tsr & TSR_DIS) && (c->tcr & TCR_DIE))
            return IVOR_DEC;
        if ((c->tsr & TSR_FIS) && (c->tcr & TCR_FIE))
            return IVOR_FIT;
    }
    return -1;
}

static bool can_wake(const ppc_cpu *c)
{
    bool ce = (c->msr & MSR_CE) && (c->tcr & TCR_WIE);
    bool ee = (c->msr & MSR_EE) && (c->tcr & (TCR_DIE | TCR_FIE));
    return ce || ee || (c->tcr & TCR_WRC);
}

static inline void trace_insn(ppc_cpu *c, uint32_t insn)
{
    wb_trace_rec r;
    memset(&r, 0, sizeof r);
    r.addr = c->cia;
    r.insn[0] = (uint8_t)(insn >> 24);
    r.insn[1] = (uint8_t)(insn >> 16);
    r.insn[2] = (uint8_t)(insn >> 8);
    r.insn[3] = (uint8_t)insn;
    r.ilen = 4;
    r.supervisor = !(c->msr & MSR_PR);
    r.count = c->m.counters.insns;
    c->m.trace(c->m.trace_ctx, &r);
}

wb_exit ppc_run(wb_machine *m, uint64_t budget)
{
    ppc_cpu *c = (ppc_cpu *)m;
    volatile uint64_t left = budget;
    memset(&c->exit, 0, sizeof c->exit);
    c->stop = false;
    if (c->halted) {
        c->exit.kind = WB_EXIT_HALT;
        snprintf(c->exit.msg, sizeof c->exit.msg, "%s", c->checkstop ? "checkstop" : "halted (reset requested)");
        return c->exit;
    }
    setjmp(c->jb);
    while (!c->stop) {
        if (left == 0) {
            c->exit.kind = WB_EXIT_BUDGET;
            break;
        }
        int due = ppc_due_async(c);
        if (due >= 0) {
            c->cia = c->pc;
            left--;   /* taking an interrupt is a step of its own */
            ppc_interrupt(c, (unsigned)due, c->pc, 0, false, 0, false, WB_TRAP_EXTERNAL);
        }
        if (c->msr & MSR_WE) {
            /* Wait state (440UM "MSR[WE]"): time passes until an enabled interrupt. */
            if (!can_wake(c)) {
                c->exit.kind = WB_EXIT_WAIT;
                snprintf(c->exit.msg, sizeof c->exit.msg, "wait state with no enabled interrupt source");
                break;
            }
            uint64_t n = ppc_next_timer_event(c);
            if (n > left)
                n = left;
            ppc_timers_advance(c, n);
            c->idle_ticks += n;
            left -= n;
            continue;
        }
        c->cia = c->pc;
        left--;   /* consumed even when the fetch faults, so a faulting vector cannot loop forever */
        uint32_t insn = ppc_fetch(c, c->pc);
        if (c->m.trace)
            trace_insn(c, insn);
        c->pc += 4;
        int ix = ppc_decode_index(c, insn);
        c->m.counters.insns++;
        ppc_timers_advance(c, 1);
        if (ix < 0)
            ppc_illegal(c, insn);
        c->defs[ix]->fn(c, insn);
    }
    return c->exit;
}
