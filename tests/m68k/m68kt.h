/* Test helpers for the 68k cores (header-only; each test program includes it once).
 *
 * Convention: m68kt_new() points every exception vector n at a handler at M68KT_HANDLER(n),
 * which is `STOP #$2700` — a halt on this board — so an exception stops the run with the
 * frame on the supervisor stack, and m68kt_vector() says which vector was taken.
 * Supervisor stack: 0x7000 downwards; user stack: 0x6000; code at 0x1000. */
#ifndef M68KT_H
#define M68KT_H
#include <stdint.h>
#include <string.h>
#include "m68k/m68k.h"
#include "registry.h"
#include "common/console.h"

#define M68KT_CODE 0x1000u
#define M68KT_SSP 0x7000u
#define M68KT_USP 0x6000u
#define M68KT_HANDLER(n) (0x8000u + 8u * (n))

static inline void m68kt_w16(m68k_cpu *c, uint32_t a, uint16_t v)
{
    c->mem[a] = (uint8_t)(v >> 8);
    c->mem[a + 1] = (uint8_t)v;
}

static inline void m68kt_w32(m68k_cpu *c, uint32_t a, uint32_t v)
{
    m68kt_w16(c, a, (uint16_t)(v >> 16));
    m68kt_w16(c, a + 2, (uint16_t)v);
}

static inline uint16_t m68kt_r16(const m68k_cpu *c, uint32_t a)
{
    return (uint16_t)(c->mem[a] << 8 | c->mem[a + 1]);
}

static inline uint32_t m68kt_r32(const m68k_cpu *c, uint32_t a)
{
    return (uint32_t)m68kt_r16(c, a) << 16 | m68kt_r16(c, a + 2);
}

static inline m68k_cpu *m68kt_new_console(const char *core, wb_console *con)
{
    wb_core_config cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.console = con;
    char err[256];
    m68k_cpu *c = (m68k_cpu *)wb_core_create(core, &cfg, err, sizeof err);
    if (!c)
        return NULL;
    m68kt_w32(c, 0, M68KT_SSP);
    m68kt_w32(c, 4, M68KT_CODE);
    for (unsigned v = 2; v < 256; v++) {
        m68kt_w32(c, 4 * v, M68KT_HANDLER(v));
        m68kt_w16(c, M68KT_HANDLER(v), 0x4E72);   /* STOP #$2700 */
        m68kt_w16(c, M68KT_HANDLER(v) + 2, 0x2700);
    }
    c->m.ops->start(&c->m, false, 0);
    return c;
}

static inline m68k_cpu *m68kt_new(const char *core)
{
    return m68kt_new_console(core, NULL);
}

/* Place instruction words at addr. */
static inline void m68kt_code(m68k_cpu *c, uint32_t addr, const uint16_t *w, size_t n)
{
    for (size_t i = 0; i < n; i++)
        m68kt_w16(c, addr + 2 * (uint32_t)i, w[i]);
}
#define M68KT_CODE_AT(c, addr, ...) do { static const uint16_t w_[] = {__VA_ARGS__}; \
    m68kt_code((c), (addr), w_, sizeof w_ / sizeof w_[0]); } while (0)

/* The vector whose handler the processor stopped in, or -1. */
static inline int m68kt_vector(const m68k_cpu *c)
{
    uint32_t h = c->pc - 4;
    if (!c->stopped || h < M68KT_HANDLER(0) || h >= M68KT_HANDLER(256) || (h - M68KT_HANDLER(0)) % 8)
        return -1;
    return (int)((h - M68KT_HANDLER(0)) / 8);
}

/* Enter user mode with the user stack at M68KT_USP (supervisor stack stays at M68KT_SSP). */
static inline void m68kt_user(m68k_cpu *c)
{
    c->usp = M68KT_USP;
    m68k_set_sr(c, 0x0000);
}

#endif
