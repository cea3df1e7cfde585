/* The CPU's bus: alignment (address error), translation (68010 segment MMU), decoding
 * (RAM from 0, the I/O page) and bus errors (UM "Bus Error" and "Address Error").
 *
 * Every access carries a function code (UM "Function Code Outputs"), so the board can tell user from supervisor
 * and program from data: the MMU translates user accesses only, and the I/O page answers only
 * supervisor data accesses (anything else there is a bus error). */
#include "m68k.h"

static inline uint32_t be_get(const uint8_t *p, unsigned size)
{
    switch (size) {
    case 1: return p[0];
    case 2: return (uint32_t)p[0] << 8 | p[1];
    default: return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
    }
}

static inline void be_put(uint8_t *p, unsigned size, uint32_t v)
{
    switch (size) {
    case 1: p[0] = (uint8_t)v; break;
    case 2: p[0] = (uint8_t)(v >> 8); p[1] = (uint8_t)v; break;
    default:
        p[0] = (uint8_t)(v >> 24); p[1] = (uint8_t)(v >> 16); p[2] = (uint8_t)(v >> 8); p[3] = (uint8_t)v;
        break;
    }
}

/* Physical address for an access, or a bus error. */
static uint32_t translate(m68k_cpu *c, uint32_t addr, unsigned size, bool write, uint8_t fc)
{
    uint32_t a = addr & M68K_AMASK;
    if ((c->model == M68K_MC68010 || c->board_mmu) && (c->mmu_ctrl & 1) && (fc == FC_USER_DATA || fc == FC_USER_PROG)) {
        uint32_t p;
        if (!m68k_mmu_translate(c, a, size, write, fc == FC_USER_PROG, &p))
            m68k_group0(c, V_BUS_ERROR, addr, fc, !write);
        a = p;
    }
    return a;
}

uint32_t m68k_read(m68k_cpu *c, uint32_t addr, unsigned size, uint8_t fc)
{
    if (size > 1 && (addr & 1))
        m68k_group0(c, V_ADDRESS_ERROR, addr, fc, true);
    uint32_t a = translate(c, addr, size, false, fc);
    if (c->devices && a >= M68K_IO_BASE) {
        uint32_t v;
        if ((fc == FC_SUPER_DATA || fc == FC_SUPER_PROG) && m68k_io_read(c, a, size, &v))
            return v;
        m68k_group0(c, V_BUS_ERROR, addr, fc, true);
    }
    if (a + size > c->memsize) {
        /* A long access may wrap past 0xFFFFFF: the 68000 splits it into two word cycles. */
        if (size == 4 && a + 2 <= c->memsize && ((a + 2) & M68K_AMASK) + 2 <= c->memsize)
            return be_get(c->mem + a, 2) << 16 | be_get(c->mem + ((a + 2) & M68K_AMASK), 2);
        m68k_group0(c, V_BUS_ERROR, addr, fc, true);
    }
    return be_get(c->mem + a, size);
}

void m68k_write(m68k_cpu *c, uint32_t addr, unsigned size, uint32_t v, uint8_t fc)
{
    if (size > 1 && (addr & 1))
        m68k_group0(c, V_ADDRESS_ERROR, addr, fc, false);
    uint32_t a = translate(c, addr, size, true, fc);
    if (c->devices && a >= M68K_IO_BASE) {
        if ((fc == FC_SUPER_DATA || fc == FC_SUPER_PROG) && m68k_io_write(c, a, size, v))
            return;
        m68k_group0(c, V_BUS_ERROR, addr, fc, false);
    }
    if (a + size > c->memsize) {
        if (size == 4 && a + 2 <= c->memsize && ((a + 2) & M68K_AMASK) + 2 <= c->memsize) {
            be_put(c->mem + a, 2, v >> 16);
            be_put(c->mem + ((a + 2) & M68K_AMASK), 2, v);
            return;
        }
        m68k_group0(c, V_BUS_ERROR, addr, fc, false);
    }
    be_put(c->mem + a, size, v);
}

uint16_t m68k_fetch16(m68k_cpu *c)
{
    uint32_t a = c->pc;
    c->pc += 2;
    return (uint16_t)m68k_read(c, a, 2, m68k_prog_fc(c));
}

uint32_t m68k_fetch32(m68k_cpu *c)
{
    uint32_t hi = m68k_fetch16(c);
    return hi << 16 | m68k_fetch16(c);
}

uint32_t m68k_fetch_imm(m68k_cpu *c, unsigned size)
{
    c->fault_pc += size == 4 ? 4 : 2;
    return size == 4 ? m68k_fetch32(c) : size == 2 ? m68k_fetch16(c) : (m68k_fetch16(c) & 0xFFu);
}

uint16_t m68k_peek16(const m68k_cpu *c, uint32_t addr)
{
    uint32_t a = addr & M68K_AMASK & ~1u;
    return a + 2 <= c->memsize ? (uint16_t)(c->mem[a] << 8 | c->mem[a + 1]) : 0;
}
