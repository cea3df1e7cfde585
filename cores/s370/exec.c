/* The run loop: instruction fetch, dispatch, interruption points, wait state.
 *
 * The fast loop runs instructions until the budget or the next timer/I-O event, or until
 * something sets c->attention (a PSW or mask change, an exit).  Program checks unwind with
 * longjmp to the per-instance jump buffer, after the interruption has been performed. */
#include "s370.h"
#include <stdio.h>
#include <string.h>

static void take_external(s370_cpu *c, uint32_t bit, uint16_t code)
{
    if (bit == S370_PEND_ITIMER)
        c->pending &= ~S370_PEND_ITIMER;   /* the interval timer's condition is an edge */
    c->ilc = 0;
    c->insn_addr = c->ia;
    s370_interrupt(c, WB_TRAP_EXTERNAL, S370_PSA_EXT_OLD, code);
}

/* The highest-priority enabled pending interruption (PoO "Priority of Interruptions"), or 0. */
enum { DUE_NONE, DUE_EMERGENCY, DUE_EXTCALL, DUE_INTKEY, DUE_CKC, DUE_CPT, DUE_ITIMER, DUE_IO, DUE_RESTART };

static int due_interruption(const s370_cpu *c)
{
    if (s370_ext_enabled(c)) {
        /* SIGP emergency signal and external call rank above the timers (PoO). */
        if ((c->pending & S370_PEND_EMERGENCY) && (c->cr[0] & S370_CR0_EMERG_MASK))
            return DUE_EMERGENCY;
        if ((c->pending & S370_PEND_EXTCALL) && (c->cr[0] & S370_CR0_EXTCALL_MASK))
            return DUE_EXTCALL;
        if ((c->pending & S370_PEND_INTKEY) && (c->cr[0] & S370_CR0_INTKEY_MASK))
            return DUE_INTKEY;
        if ((c->pending & S370_PEND_CKC) && (c->cr[0] & S370_CR0_CKC_MASK))
            return DUE_CKC;
        if ((c->pending & S370_PEND_CPT) && (c->cr[0] & S370_CR0_CPT_MASK))
            return DUE_CPT;
        if ((c->pending & S370_PEND_ITIMER) && (c->cr[0] & S370_CR0_ITIMER_MASK))
            return DUE_ITIMER;
    }
    if (c->pending & S370_PEND_IO)
        return DUE_IO;   /* the channel code decides whether its channel is enabled */
    if (c->pending & S370_PEND_RESTART)
        return DUE_RESTART;
    return DUE_NONE;
}

/* Take the highest-priority enabled interruption, if any.  Returns true when one was taken. */
static bool take_pending(s370_cpu *c)
{
    switch (due_interruption(c)) {
    case DUE_EMERGENCY:
        c->pending &= ~S370_PEND_EMERGENCY;
        take_external(c, 0, S370_EXT_EMERGENCY_SIGNAL);
        return true;
    case DUE_EXTCALL:
        c->pending &= ~S370_PEND_EXTCALL;
        take_external(c, 0, S370_EXT_EXTERNAL_CALL);
        return true;
    case DUE_INTKEY:
        c->pending &= ~S370_PEND_INTKEY;
        take_external(c, 0, S370_EXT_INTERRUPT_KEY);
        return true;
    case DUE_CKC:
        take_external(c, S370_PEND_CKC, S370_EXT_CLOCK_COMPARATOR);
        return true;
    case DUE_CPT:
        take_external(c, S370_PEND_CPT, S370_EXT_CPU_TIMER);
        return true;
    case DUE_ITIMER:
        take_external(c, S370_PEND_ITIMER, S370_EXT_INTERVAL_TIMER);
        return true;
    case DUE_IO:
        c->ilc = 0;
        c->insn_addr = c->ia;
        if (s370_io_interrupt(c))
            return true;
        if (c->pending & S370_PEND_RESTART) {
            c->pending &= ~S370_PEND_RESTART;
            s370_interrupt(c, WB_TRAP_RESTART, S370_PSA_RESTART_OLD, 0);
            return true;
        }
        return false;
    case DUE_RESTART:
        c->pending &= ~S370_PEND_RESTART;
        c->ilc = 0;
        c->insn_addr = c->ia;
        s370_interrupt(c, WB_TRAP_RESTART, S370_PSA_RESTART_OLD, 0);
        return true;
    default:
        return false;
    }
}

bool s370_attention_due(s370_cpu *c)
{
    s370_timers_update(c);
    s370_io_update(c);
    return c->wait || due_interruption(c) != DUE_NONE;
}

uint64_t s370_next_event(const s370_cpu *c)
{
    uint64_t next = s370_next_timer_event(c), io = s370_io_next_event(c);
    return io < next ? io : next;
}

static bool any_io_mask(const s370_cpu *c)
{
    return c->ec ? (c->sysmask & 0x02) != 0 : (c->sysmask & 0xFE) != 0;
}

static wb_exit make_exit(wb_exit_kind k, const char *msg)
{
    wb_exit e;
    memset(&e, 0, sizeof e);
    e.kind = k;
    if (msg)
        snprintf(e.msg, sizeof e.msg, "%s", msg);
    return e;
}

static inline void trace_insn(s370_cpu *c, const uint8_t *ins, unsigned len)
{
    wb_trace_rec r;
    memset(&r, 0, sizeof r);
    r.addr = c->insn_addr;
    memcpy(r.insn, ins, len);
    r.ilen = len;
    r.supervisor = !c->problem;
    r.count = c->m.counters.insns;
    c->m.trace(c->m.trace_ctx, &r);
}

/* Fetch and execute one instruction (PoO "Instruction Execution"). */
static inline void step(s370_cpu *c)
{
    uint32_t ia = c->ia;
    c->insn_addr = ia;
    c->ilc = 0;
    c->in_exec = false;
    if (ia & 1)
        s370_program_check(c, S370_PGM_SPECIFICATION);
    uint8_t buf[6];
    const uint8_t *ins;
    unsigned len;
    if ((ia & (S370_KEYBLOCK - 1)) <= S370_KEYBLOCK - 6) {
        ins = s370_maddr(c, ia, S370_ACC_IFETCH, c->pkey);
        len = s370_ilen(ins[0]);
    } else {
        const uint8_t *p = s370_maddr(c, ia, S370_ACC_IFETCH, c->pkey);
        buf[0] = p[0];
        buf[1] = p[1];
        len = s370_ilen(buf[0]);
        for (unsigned i = 2; i < len; i += 2) {
            p = s370_maddr(c, (ia + i) & S370_AMASK, S370_ACC_IFETCH, c->pkey);
            buf[i] = p[0];
            buf[i + 1] = p[1];
        }
        ins = buf;
    }
    c->ilc = (uint8_t)len;
    c->ia = (ia + len) & S370_AMASK;
    c->clock++;
    c->steps++;
    if (c->m.trace)
        trace_insn(c, ins, len);
    c->m.counters.insns++;
    s370_execute(c, ins);
}

static wb_exit s370_run_loop(s370_cpu *c)
{
    setjmp(c->progjmp);
    for (;;) {
        if (c->exit_ready) {
            c->exit_ready = false;
            return c->exit;
        }
        if (c->steps >= c->budget_end)
            return make_exit(WB_EXIT_BUDGET, NULL);
        s370_timers_update(c);
        s370_io_update(c);
        if (c->pending && take_pending(c)) {
            c->steps++;
            continue;
        }
        uint64_t next = s370_next_timer_event(c);
        uint64_t io = s370_io_next_event(c);
        if (io < next)
            next = io;
        if (c->wait) {
            bool ext = s370_ext_enabled(c), iom = any_io_mask(c);
            if (!ext && !iom) {
                char msg[64];
                snprintf(msg, sizeof msg, "disabled wait, PSW %016llx", (unsigned long long)s370_psw_value(c));
                return make_exit(WB_EXIT_HALT, msg);
            }
            uint64_t wake = ext ? s370_next_timer_event(c) : UINT64_MAX;
            if (iom && io < wake)
                wake = io;
            if (wake == UINT64_MAX || wake <= c->clock) {
                if (wake == UINT64_MAX)
                    return make_exit(WB_EXIT_WAIT, "enabled wait with no interruption to come");
                c->steps++;   /* an event already due but masked by subclass: avoid spinning */
            }
            if (wake != UINT64_MAX && wake > c->clock)
                c->clock = wake;
            /* A wait whose only events are masked by CR0 subclass bits never ends. */
            if (ext && !iom && !(c->cr[0] & (S370_CR0_CKC_MASK | S370_CR0_CPT_MASK | S370_CR0_ITIMER_MASK)))
                return make_exit(WB_EXIT_WAIT, "enabled wait with every timer subclass masked");
            continue;
        }
        uint64_t limit = c->budget_end;
        if (next != UINT64_MAX && next > c->clock && c->steps + (next - c->clock) < limit)
            limit = c->steps + (next - c->clock);
        else if (next <= c->clock)
            limit = c->steps + 1 < limit ? c->steps + 1 : limit;
        c->attention = false;
        while (c->steps < limit && !c->attention)
            step(c);
    }
}

wb_exit s370_run(wb_machine *m, uint64_t budget)
{
    s370_cpu *c = (s370_cpu *)m;
    c->exit_ready = false;
    c->budget_end = UINT64_MAX - c->steps < budget ? UINT64_MAX : c->steps + budget;
    return s370_run_loop(c);
}
