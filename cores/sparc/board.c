/* The LEON3-like board's APB devices (GRLIB IP Core User's Manual): APBUART at 0x80000100,
 * IRQMP at 0x80000200, GPTIMER at 0x80000300.  Time is deterministic: one executed instruction is
 * one timer clock. */
#include "sparc/sparc.h"
#include "common/console.h"

enum { UART_DR = 1, UART_TS = 2, UART_TE = 4 };
enum { TIM_EN = 1, TIM_RS = 2, TIM_LD = 4, TIM_IE = 8, TIM_IP = 16, TIM_CH = 32 };

void sparc_board_reset(sparc_cpu *c)
{
    c->uart_ctrl = 0;
    c->uart_scaler = 0;
    c->uart_rx = -1;
    c->irq_level = c->irq_pending = c->irq_force = c->irq_mask = 0;
    c->tim_scaler = c->tim_scaler_reload = 0xFFFF;
    c->tim_config = SPARC_NTIMERS | SPARC_TIMER_IRQ << 3 | 1u << 8;   /* separate interrupts */
    for (unsigned i = 0; i < SPARC_NTIMERS; i++)
        c->tim[i] = (sparc_timer){0xFFFFFFFFu, 0xFFFFFFFFu, 0};
}

static void uart_poll(sparc_cpu *c)
{
    if (c->uart_rx < 0 && c->m.console) {
        int ch = wb_console_getc(c->m.console);
        if (ch >= 0)
            c->uart_rx = ch & 0xFF;
    }
}

bool sparc_io_read(sparc_cpu *c, uint32_t pa, uint32_t *v)
{
    uint32_t off;
    if (pa >= SPARC_UART_BASE && pa < SPARC_UART_BASE + 0x10) {
        off = pa - SPARC_UART_BASE;
        uart_poll(c);
        switch (off) {
        case 0x0:
            *v = c->uart_rx >= 0 ? (uint32_t)c->uart_rx : 0;
            c->uart_rx = -1;
            return true;
        case 0x4: *v = UART_TS | UART_TE | (c->uart_rx >= 0 ? UART_DR : 0); return true;
        case 0x8: *v = c->uart_ctrl; return true;
        default: *v = c->uart_scaler; return true;
        }
    }
    if (pa >= SPARC_IRQMP_BASE && pa < SPARC_IRQMP_BASE + 0x100) {
        off = pa - SPARC_IRQMP_BASE;
        switch (off) {
        case 0x00: *v = c->irq_level; return true;
        case 0x04: *v = c->irq_pending; return true;
        case 0x08: *v = c->irq_force; return true;
        case 0x10: *v = 0; return true;           /* one processor, running */
        case 0x40: *v = c->irq_mask; return true;
        case 0x80: *v = c->irq_force; return true;
        default: *v = 0; return true;
        }
    }
    if (pa >= SPARC_TIMER_BASE && pa < SPARC_TIMER_BASE + 0x10 + 0x10 * SPARC_NTIMERS) {
        off = pa - SPARC_TIMER_BASE;
        if (off < 0x10) {
            *v = off == 0 ? c->tim_scaler : off == 4 ? c->tim_scaler_reload : off == 8 ? c->tim_config : 0;
            return true;
        }
        sparc_timer *t = &c->tim[(off - 0x10) / 0x10];
        switch (off & 0xF) {
        case 0x0: *v = t->counter; break;
        case 0x4: *v = t->reload; break;
        case 0x8: *v = t->ctrl; break;
        default: *v = 0; break;
        }
        return true;
    }
    return false;
}

bool sparc_io_write(sparc_cpu *c, uint32_t pa, uint32_t v)
{
    uint32_t off;
    if (pa >= SPARC_UART_BASE && pa < SPARC_UART_BASE + 0x10) {
        off = pa - SPARC_UART_BASE;
        if (off == 0) {
            if (c->m.console)
                wb_console_putc(c->m.console, (int)(v & 0xFF));
        } else if (off == 8)
            c->uart_ctrl = v;
        else if (off == 0xC)
            c->uart_scaler = v;
        return true;
    }
    if (pa >= SPARC_IRQMP_BASE && pa < SPARC_IRQMP_BASE + 0x100) {
        off = pa - SPARC_IRQMP_BASE;
        switch (off) {
        case 0x00: c->irq_level = v & 0xFFFE; break;
        case 0x04: c->irq_pending = v & 0xFFFE; break;
        case 0x08: c->irq_force = v & 0xFFFE; break;
        case 0x0C: c->irq_pending &= ~v; break;
        case 0x40: c->irq_mask = v & 0xFFFE; break;
        case 0x80: c->irq_force = (c->irq_force | (v & 0xFFFE)) & ~(v >> 16); break;
        default: break;
        }
        return true;
    }
    if (pa >= SPARC_TIMER_BASE && pa < SPARC_TIMER_BASE + 0x10 + 0x10 * SPARC_NTIMERS) {
        off = pa - SPARC_TIMER_BASE;
        if (off < 0x10) {
            if (off == 0)
                c->tim_scaler = v & 0xFFFF;
            else if (off == 4)
                c->tim_scaler_reload = c->tim_scaler = v & 0xFFFF;
            else if (off == 8)
                c->tim_config = (c->tim_config & ~0x200u) | (v & 0x200u);
            return true;
        }
        sparc_timer *t = &c->tim[(off - 0x10) / 0x10];
        switch (off & 0xF) {
        case 0x0: t->counter = v; break;
        case 0x4: t->reload = v; break;
        case 0x8:
            /* IP is cleared by writing 0 to it (GPTIMER: "cleared by writing '0'") */
            t->ctrl = (v & (TIM_EN | TIM_RS | TIM_IE | TIM_CH)) | (t->ctrl & v & TIM_IP);
            if (v & TIM_LD)
                t->counter = t->reload;
            break;
        default: break;
        }
        return true;
    }
    return false;
}

/* One timer clock: the prescaler underflows every (reload+1) clocks and then decrements each
 * enabled timer; a timer underflowing raises its interrupt and reloads (RS) or stops. */
void sparc_board_tick(sparc_cpu *c)
{
    if (!(c->tim[0].ctrl & TIM_EN) && !(c->tim[1].ctrl & TIM_EN))
        return;
    if (c->tim_scaler) {
        c->tim_scaler--;
        return;
    }
    c->tim_scaler = c->tim_scaler_reload;
    bool chain = false;
    for (unsigned i = 0; i < SPARC_NTIMERS; i++) {
        sparc_timer *t = &c->tim[i];
        bool fire = false;
        if ((t->ctrl & TIM_EN) && (!(t->ctrl & TIM_CH) || chain)) {
            if (t->counter == 0) {
                fire = true;
                if (t->ctrl & TIM_RS)
                    t->counter = t->reload;
                else {
                    t->ctrl &= ~(uint32_t)TIM_EN;
                    t->counter = 0xFFFFFFFFu;
                }
                if (t->ctrl & TIM_IE) {
                    t->ctrl |= TIM_IP;
                    c->irq_pending |= 1u << (SPARC_TIMER_IRQ + i);
                }
            } else
                t->counter--;
        }
        chain = fire;
    }
}

unsigned sparc_irq_level(const sparc_cpu *c)
{
    uint32_t p = (c->irq_pending | c->irq_force) & c->irq_mask & 0xFFFE;
    if (!p)
        return 0;
    unsigned l = 15;
    while (!(p & 1u << l))
        l--;
    return l;
}

void sparc_irq_ack(sparc_cpu *c, unsigned level)
{
    uint32_t b = 1u << level;
    if (c->irq_force & b)
        c->irq_force &= ~b;
    else
        c->irq_pending &= ~b;
}
