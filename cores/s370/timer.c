/* Deterministic time (PoO "Timing"): TOD clock, clock comparator, CPU timer and the interval
 * timer at real location 80.  Virtual time ("clock", in microseconds) advances by one per
 * instruction and jumps forward while the CPU waits, so every run of the same guest sees its
 * timer interruptions at the same instruction boundaries.
 *
 * Units: TOD, comparator and CPU timer count bit 51 = 1 us.  The interval timer is decremented
 * by one in bit position 23 every 1/300 s (3333.3 us), the basic rate of the PoO. */
#include "s370.h"

#define ITIMER_UNIT 0x100u          /* one in bit position 23 of the 32-bit word */

/* Clock value (us) of interval-timer tick number n: n * 10000 / 3, exact in integers. */
static uint64_t tick_time(uint64_t n) { return n * 10000 / 3; }

uint64_t s370_tod(const s370_cpu *c)
{
    return c->tod_base + (c->clock << 12);
}

void s370_set_tod(s370_cpu *c, uint64_t tod)
{
    c->tod_base = tod - (c->clock << 12);
    s370_timers_update(c);
    c->attention = true;
}

int64_t s370_cpu_timer(const s370_cpu *c)
{
    /* Unsigned arithmetic: a timer set near INT64_MIN must wrap, not overflow (UB). */
    return (int64_t)((uint64_t)c->cpu_timer_base - ((c->clock - c->cpu_timer_set_at) << 12));
}

void s370_set_cpu_timer(s370_cpu *c, int64_t v)
{
    c->cpu_timer_base = v;
    c->cpu_timer_set_at = c->clock;
    s370_timers_update(c);
    c->attention = true;
}

void s370_set_clock_comp(s370_cpu *c, uint64_t v)
{
    c->clock_comp = v;
    s370_timers_update(c);
    c->attention = true;
}

void s370_timers_update(s370_cpu *c)
{
    /* Interval timer: apply every tick due by now (ticks 1..due), in one subtraction. */
    if (c->clock >= c->itimer_next) {
        uint64_t due = c->clock * 3 / 10000;
        while (tick_time(due + 1) <= c->clock)
            due++;
        while (due && tick_time(due) > c->clock)
            due--;
        uint64_t ticks = due - c->itimer_ticks;
        c->itimer_ticks = due;
        c->itimer_next = tick_time(due + 1);
        uint32_t a = s370_abs(c, S370_PSA_ITIMER);
        if (ticks && s370_abs_ok(c, a, 4)) {
            int64_t old = (int32_t)s370_be32(c->mem + a);
            int64_t now = old - (int64_t)(ticks * ITIMER_UNIT);
            s370_put32(c->mem + a, (uint32_t)now);
            c->keys[a / S370_KEYBLOCK] |= S370_KEY_REF | S370_KEY_CHG;
            if (old >= 0 && now < 0)
                c->pending |= S370_PEND_ITIMER;
        }
    }
    if (s370_tod(c) > c->clock_comp)
        c->pending |= S370_PEND_CKC;
    else
        c->pending &= ~S370_PEND_CKC;
    if (s370_cpu_timer(c) < 0)
        c->pending |= S370_PEND_CPT;
    else
        c->pending &= ~S370_PEND_CPT;
}

uint64_t s370_next_timer_event(const s370_cpu *c)
{
    uint64_t next = c->itimer_next;
    /* Comparator: the first clock at which the TOD (now + 4096 per us) exceeds it.  Computed from
     * the TOD as it stands, so an epoch set far from zero (SCK, a monitor syncing it) cannot wrap. */
    if (!(c->pending & S370_PEND_CKC)) {
        uint64_t now = s370_tod(c);
        if (now <= c->clock_comp) {
            uint64_t t = c->clock + ((c->clock_comp - now) >> 12) + 1;
            if (t > c->clock && t < next)
                next = t;
        }
    }
    /* CPU timer: first clock where it becomes negative. */
    if (!(c->pending & S370_PEND_CPT) && c->cpu_timer_base >= 0) {
        uint64_t t = c->cpu_timer_set_at + ((uint64_t)c->cpu_timer_base >> 12) + 1;
        if (t < next)
            next = t;
    }
    return next;
}
