/* Test support for the PDP-10 core (header only: tests/pdp10 owns it).  Build a machine, put
 * words in storage, run, inspect.  Words are written in octal as the manual prints them. */
#ifndef PDP10T_H
#define PDP10T_H
#include <stdint.h>
#include <stddef.h>
#include "pdp10/pdp10.h"
#include "registry.h"

/* Halt location the tests put at the UUO vectors: an unexpected UUO stops the run there. */
#define PDP10T_UUO_STOP 0777u

static inline pdp10_cpu *pdp10t_new(uint64_t words)
{
    char err[128];
    wb_core_config cfg = {.storage = words};
    wb_machine *m = pdp10_create(&cfg, err, sizeof err);
    return (pdp10_cpu *)m;
}

static inline void pdp10t_free(pdp10_cpu *c)
{
    wb_destroy(&c->m);
}

/* Instruction word: op, ac, indirect, index, y. */
static inline uint64_t pdp10t_ins(unsigned op, unsigned ac, unsigned i, unsigned x, uint32_t y)
{
    return ((uint64_t)op << 27) | ((uint64_t)ac << 23) | ((uint64_t)i << 22) | ((uint64_t)x << 18) | (y & 0777777);
}

static inline uint64_t pdp10t_xwd(uint32_t l, uint32_t r)
{
    return ((uint64_t)(l & 0777777) << 18) | (r & 0777777);
}

static inline void pdp10t_put(pdp10_cpu *c, uint32_t addr, uint64_t w)
{
    c->m.ops->write(&c->m, addr, &w, 1);
}

static inline uint64_t pdp10t_get(pdp10_cpu *c, uint32_t addr)
{
    uint64_t w = 0;
    c->m.ops->read(&c->m, addr, &w, 1);
    return w;
}

/* Place code words at addr. */
static inline void pdp10t_code(pdp10_cpu *c, uint32_t addr, const uint64_t *w, size_t n)
{
    for (size_t i = 0; i < n; i++)
        pdp10t_put(c, addr + (uint32_t)i, w[i]);
}
#define PDP10T_CODE(c, addr, ...) do { const uint64_t w_[] = {__VA_ARGS__}; \
    pdp10t_code((c), (addr), w_, sizeof w_ / sizeof w_[0]); } while (0)

/* Start at addr in executive mode and run at most n instructions. */
static inline wb_exit pdp10t_run(pdp10_cpu *c, uint32_t addr, uint64_t n)
{
    c->m.ops->start(&c->m, true, addr);
    return wb_run(&c->m, n);
}

/* Plant "HALT ." at addr, so a run that gets there stops with PC = addr. */
static inline void pdp10t_halt_at(pdp10_cpu *c, uint32_t addr)
{
    pdp10t_put(c, addr, pdp10t_ins(0254, 4, 0, 0, addr));
}

/* Execute one instruction placed at 01000, with "HALT ." at 01001 and 01002 (the next and the
 * skip slots): afterwards PC tells 01001 (no skip), 01002 (skip) or a planted jump target. */
static inline wb_exit pdp10t_one(pdp10_cpu *c, uint64_t insn)
{
    pdp10t_put(c, 01000, insn);
    pdp10t_halt_at(c, 01001);
    pdp10t_halt_at(c, 01002);
    return pdp10t_run(c, 01000, 100);
}

#endif
