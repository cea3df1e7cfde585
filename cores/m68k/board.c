/* The board around the CPU: RAM, and an I/O page at 0xFFF000-0xFFFFFF that answers supervisor
 * data accesses only (a user access, or a program fetch, there is a bus error).  The I/O page
 * takes precedence over RAM (with 16M of RAM its top 4K are hidden).
 *
 *  address   size  register
 *  FFF000    byte  MC6850 ACIA: control (write) / status (read)
 *  FFF002    byte  MC6850 ACIA: transmit data (write) / receive data (read)
 *  FFF010    word  timer control: bit 0 enable, bit 1 tick pending (write 1 to clear),
 *                  bits 10-8 interrupt level (6 at reset)
 *  FFF014    long  timer period, in instructions (writing it also restarts the count)
 *  FFF018    long  timer count: instructions left until the next tick (read only)
 *  FFF020    any   halt register: any write halts the machine (WB_EXIT_HALT, value reported)
 *  FFF100    word  MMU control (68010 only): bit 0 enables translation of user accesses
 *  FFF104    long  MMU fault address: logical address of the last translation fault (read only)
 *  FFF120+16n      MMU segment descriptor n (n = 0..7):
 *              +0  long  logical base        +4  long  length in bytes
 *              +8  long  physical base       +12 word  flags: bit 0 valid, bit 1 write-protect,
 *                                                  bit 2 program space only, bit 3 data space only
 *
 * ACIA (MC6850 data sheet): status bits RDRF(0) TDRE(1) DCD(2) CTS(3) FE(4) OVRN(5) PE(6) IRQ(7);
 * control bits 1-0 counter divide (11 = master reset), 4-2 word select, 6-5 transmit control
 * (01 = transmit interrupt enabled), 7 receive interrupt enable.  Transmission is immediate
 * (TDRE is always 1); received characters come from the machine's console input, one whenever
 * the receive register is empty.  The ACIA interrupts at level 5, autovectored (vector 29).
 *
 * Timer: every executed instruction decrements the count; at zero the tick sets "pending",
 * the count reloads from the period, and while pending and enabled the timer requests an
 * autovectored interrupt at its level (default 6, vector 30).  Deterministic: no host time.
 *
 * MMU (in the spirit of the MC68451, much simplified): with translation on, every user-mode
 * (function code 1 or 2) access is looked up in the valid descriptors in order; the first with
 * base <= address and address + size <= base + length maps it to physical base + (address -
 * base).  No match, or a write to a write-protected segment, is a bus error (68010 format 8
 * frame; the fault address register keeps the logical address).  Supervisor accesses are
 * never translated, so only the supervisor can program the MMU through the I/O page. */
#include "m68k.h"
#include <stdio.h>
#include <string.h>

enum { ACIA_RDRF = 0x01, ACIA_TDRE = 0x02, ACIA_IRQ = 0x80 };

void m68k_board_reset(m68k_cpu *c)
{
    c->acia_ctrl = 0;
    c->acia_rx = 0;
    c->acia_rx_full = false;
    c->acia_eof = false;
    c->timer_ctrl = M68K_TIMER_LEVEL_DEFAULT << 8;
    c->timer_period = 0;
    c->timer_count = 0;
    c->mmu_ctrl = 0;
    c->mmu_fault = 0;
    memset(c->seg, 0, sizeof c->seg);
    c->pending_ipl = 0;
}

static void acia_poll(m68k_cpu *c)
{
    if (c->acia_rx_full || c->acia_eof || !c->m.console)
        return;
    int ch = wb_console_getc(c->m.console);
    if (ch < 0) {
        c->acia_eof = true;
        return;
    }
    c->acia_rx = (uint8_t)ch;
    c->acia_rx_full = true;
}

static bool acia_irq(const m68k_cpu *c)
{
    bool rx = (c->acia_ctrl & 0x80) && c->acia_rx_full;
    bool tx = ((c->acia_ctrl >> 5) & 3) == 1;   /* TDRE is always set */
    return rx || tx;
}

static uint8_t acia_status(m68k_cpu *c)
{
    acia_poll(c);
    return (uint8_t)((c->acia_rx_full ? ACIA_RDRF : 0) | ACIA_TDRE | (acia_irq(c) ? ACIA_IRQ : 0));
}

void m68k_board_update_irq(m68k_cpu *c)
{
    unsigned level = 0;
    if (c->devices) {
        if ((c->timer_ctrl & 3) == 3)
            level = (c->timer_ctrl >> 8) & 7;
        if (acia_irq(c) && M68K_ACIA_LEVEL > level)
            level = M68K_ACIA_LEVEL;
    }
    c->pending_ipl = (uint8_t)level;
}

void m68k_board_tick(m68k_cpu *c)
{
    if (!c->devices)
        return;
    if ((c->timer_ctrl & 1) && c->timer_period) {
        if (c->timer_count <= 1) {
            c->timer_count = c->timer_period;
            c->timer_ctrl |= 2;
            m68k_board_update_irq(c);
        } else {
            c->timer_count--;
        }
    }
    if ((c->acia_ctrl & 0x80) && !c->acia_rx_full && !c->acia_eof) {
        acia_poll(c);
        m68k_board_update_irq(c);
    }
}

bool m68k_mmu_translate(m68k_cpu *c, uint32_t addr, unsigned size, bool write, bool prog, uint32_t *phys)
{
    /* a descriptor limited to one address space (as the MC68451's address-space match does) */
    uint16_t other = prog ? M68K_SEG_DATA_ONLY : M68K_SEG_PROG_ONLY;
    for (unsigned i = 0; i < M68K_MMU_SEGS; i++) {
        const m68k_segment *s = &c->seg[i];
        if (!(s->flags & M68K_SEG_VALID) || (s->flags & other) || addr < s->base || addr - s->base >= s->limit ||
            size > s->limit - (addr - s->base))
            continue;
        if (write && (s->flags & M68K_SEG_WP))
            break;
        *phys = (s->phys + (addr - s->base)) & M68K_AMASK;
        return true;
    }
    c->mmu_fault = addr;
    c->mmu_fault_flag = true;
    return false;
}

/* Registers are read and written whole: a byte or word access to part of a long register
 * reads or replaces that part. */
static bool reg_get(m68k_cpu *c, uint32_t base, uint32_t *out)
{
    switch (base) {
    case M68K_TIMER_CTRL: *out = c->timer_ctrl; return true;
    case M68K_TIMER_PERIOD: *out = c->timer_period; return true;
    case M68K_TIMER_COUNT: *out = c->timer_count; return true;
    case M68K_MMU_CTRL: *out = c->model == M68K_MC68010 ? c->mmu_ctrl : 0; return c->model == M68K_MC68010;
    case M68K_MMU_FAULT: *out = c->mmu_fault; return c->model == M68K_MC68010;
    default: break;
    }
    if (c->model == M68K_MC68010 && base >= M68K_MMU_SEG0 && base < M68K_MMU_SEG0 + 16 * M68K_MMU_SEGS) {
        const m68k_segment *s = &c->seg[(base - M68K_MMU_SEG0) / 16];
        switch ((base - M68K_MMU_SEG0) % 16) {
        case 0: *out = s->base; return true;
        case 4: *out = s->limit; return true;
        case 8: *out = s->phys; return true;
        case 12: *out = s->flags; return true;
        default: return false;
        }
    }
    return false;
}

static bool reg_width(uint32_t base, unsigned *w)
{
    if (base == M68K_TIMER_CTRL || base == M68K_MMU_CTRL ||
        (base >= M68K_MMU_SEG0 && (base - M68K_MMU_SEG0) % 16 == 12)) {
        *w = 2;
        return true;
    }
    *w = 4;
    return true;
}

static bool reg_set(m68k_cpu *c, uint32_t base, uint32_t v, uint32_t old)
{
    switch (base) {
    case M68K_TIMER_CTRL:
        /* bit 1 is write-one-to-clear; the others are written */
        c->timer_ctrl = (uint16_t)((v & 0x0701) | (old & 2 & ~v));
        if ((c->timer_ctrl & 1) && c->timer_count == 0)
            c->timer_count = c->timer_period;
        m68k_board_update_irq(c);
        return true;
    case M68K_TIMER_PERIOD:
        c->timer_period = v;
        c->timer_count = v;
        return true;
    case M68K_TIMER_COUNT:
        return true;   /* read only: writes are ignored */
    case M68K_MMU_CTRL:
        c->mmu_ctrl = (uint16_t)(v & 1);
        return true;
    case M68K_MMU_FAULT:
        return true;
    default: break;
    }
    if (base >= M68K_MMU_SEG0 && base < M68K_MMU_SEG0 + 16 * M68K_MMU_SEGS) {
        m68k_segment *s = &c->seg[(base - M68K_MMU_SEG0) / 16];
        switch ((base - M68K_MMU_SEG0) % 16) {
        case 0: s->base = v & M68K_AMASK; return true;
        case 4: s->limit = v; return true;
        case 8: s->phys = v & M68K_AMASK; return true;
        case 12: s->flags = (uint16_t)(v & 15); return true;
        default: return false;
        }
    }
    return false;
}

/* Find the register containing [addr, addr+size) and the byte offset of addr in it. */
static bool locate(m68k_cpu *c, uint32_t addr, unsigned size, uint32_t *base, unsigned *width, uint32_t *val)
{
    uint32_t cand[2] = {addr & ~3u, addr & ~1u};
    for (int i = 0; i < 2; i++) {
        unsigned w;
        if (!reg_get(c, cand[i], val) || !reg_width(cand[i], &w))
            continue;
        if (addr - cand[i] + size > w)
            continue;
        *base = cand[i];
        *width = w;
        return true;
    }
    return false;
}

static inline uint32_t part_get(uint32_t val, unsigned width, unsigned off, unsigned size)
{
    unsigned shift = 8 * (width - off - size);
    return (val >> shift) & sz_mask(size);
}

bool m68k_io_read(m68k_cpu *c, uint32_t addr, unsigned size, uint32_t *v)
{
    if ((addr & ~1u) == M68K_ACIA_CTRL || (addr & ~1u) == M68K_ACIA_DATA) {
        uint8_t b;
        if ((addr & ~1u) == M68K_ACIA_CTRL) {
            b = acia_status(c);
        } else {
            acia_poll(c);
            b = c->acia_rx;
            c->acia_rx_full = false;
            m68k_board_update_irq(c);
        }
        /* The ACIA sits on the upper data lines (even addresses); the odd byte reads as 0. */
        *v = size == 1 ? ((addr & 1) ? 0 : b) : (uint32_t)b << 8;
        if (size == 4)
            *v <<= 16;
        return true;
    }
    uint32_t base, val;
    unsigned width;
    if (!locate(c, addr, size, &base, &width, &val))
        return false;
    *v = part_get(val, width, addr - base, size);
    return true;
}

bool m68k_io_write(m68k_cpu *c, uint32_t addr, unsigned size, uint32_t v)
{
    if ((addr & ~3u) == M68K_HALT_REG) {
        char msg[64];
        c->halt_value = v;
        snprintf(msg, sizeof msg, "halt register written: 0x%x", (unsigned)v);
        m68k_halt(c, msg);
        return true;
    }
    if ((addr & ~1u) == M68K_ACIA_CTRL || (addr & ~1u) == M68K_ACIA_DATA) {
        uint8_t b = (uint8_t)(size == 1 ? v : size == 2 ? v >> 8 : v >> 24);
        if (size == 1 && (addr & 1))
            return true;   /* the lower data lines are not connected */
        if ((addr & ~1u) == M68K_ACIA_CTRL) {
            if ((b & 3) == 3) {   /* master reset */
                c->acia_rx_full = false;
                c->acia_ctrl = 0;
            } else {
                c->acia_ctrl = b;
            }
        } else if (c->m.console) {
            wb_console_putc(c->m.console, b);
        }
        m68k_board_update_irq(c);
        return true;
    }
    uint32_t base, val;
    unsigned width;
    if (!locate(c, addr, size, &base, &width, &val))
        return false;
    unsigned off = addr - base, shift = 8 * (width - off - size);
    uint32_t m = sz_mask(size) << shift;
    uint32_t nv = (val & ~m) | ((v << shift) & m);
    return reg_set(c, base, nv, val);
}
