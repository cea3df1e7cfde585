/* Helpers of the SPARC unit tests: a machine, instruction encoders (V8 Appendix B formats), and
 * running a few instructions from RAM. */
#ifndef SPARCT_H
#define SPARCT_H
#include <stdlib.h>
#include <string.h>
#include "sparc/sparc.h"

#define ST_CODE 0x40001000u   /* where test code goes */
#define ST_DATA 0x40002000u   /* a scratch data page */

static inline uint32_t F3(unsigned op, unsigned rd, unsigned op3, unsigned rs1, unsigned rs2)
{
    return (uint32_t)op << 30 | rd << 25 | op3 << 19 | rs1 << 14 | (rs2 & 31);
}
static inline uint32_t F3I(unsigned op, unsigned rd, unsigned op3, unsigned rs1, int simm13)
{
    return (uint32_t)op << 30 | rd << 25 | op3 << 19 | rs1 << 14 | 1u << 13 | ((uint32_t)simm13 & 0x1FFF);
}
static inline uint32_t F3A(unsigned op, unsigned rd, unsigned op3, unsigned rs1, unsigned asi, unsigned rs2)
{
    return (uint32_t)op << 30 | rd << 25 | op3 << 19 | rs1 << 14 | asi << 5 | rs2;
}
static inline uint32_t SETHI(unsigned rd, uint32_t v) { return rd << 25 | 4u << 22 | (v >> 10); }
static inline uint32_t BICC(unsigned a, unsigned cond, int words) { return a << 29 | cond << 25 | 2u << 22 | ((uint32_t)words & 0x3FFFFF); }
static inline uint32_t FBFCC(unsigned a, unsigned cond, int words) { return a << 29 | cond << 25 | 6u << 22 | ((uint32_t)words & 0x3FFFFF); }
static inline uint32_t CALL(int words) { return 1u << 30 | ((uint32_t)words & 0x3FFFFFFF); }
static inline uint32_t FPOP(unsigned op3, unsigned opf, unsigned rd, unsigned rs1, unsigned rs2)
{
    return 2u << 30 | rd << 25 | op3 << 19 | rs1 << 14 | opf << 5 | rs2;
}
#define NOP 0x01000000u
/* registers */
enum { G0, G1, G2, G3, G4, G5, G6, G7, O0, O1, O2, O3, O4, O5, O6, O7, L0, L1, L2, L3, L4, L5, L6, L7,
       I0, I1, I2, I3, I4, I5, I6, I7 };

static inline sparc_cpu *st_new(void)
{
    wb_core_config cfg = {0};
    char err[128];
    sparc_cpu *c = (sparc_cpu *)sparc_create(&cfg, err, sizeof err);
    return c;
}
static inline void st_put(sparc_cpu *c, uint32_t pa, uint32_t w)
{
    uint8_t *p = c->mem + (pa - SPARC_RAM_BASE);
    p[0] = (uint8_t)(w >> 24); p[1] = (uint8_t)(w >> 16); p[2] = (uint8_t)(w >> 8); p[3] = (uint8_t)w;
}
static inline uint32_t st_get(sparc_cpu *c, uint32_t pa)
{
    const uint8_t *p = c->mem + (pa - SPARC_RAM_BASE);
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}
/* Put n instructions at ST_CODE, start there in supervisor state (traps enabled when et), run n. */
static inline wb_exit st_exec(sparc_cpu *c, const uint32_t *code, unsigned n, uint64_t steps)
{
    for (unsigned i = 0; i < n; i++)
        st_put(c, ST_CODE + 4 * i, code[i]);
    c->pc = ST_CODE;
    c->npc = ST_CODE + 4;
    return wb_run(&c->m, steps);
}
#define ST_RUN(c, steps, ...)                                               \
    ({                                                                      \
        const uint32_t st_code_[] = {__VA_ARGS__};                          \
        st_exec((c), st_code_, sizeof st_code_ / sizeof st_code_[0], steps); \
    })
#define ICC(c) ((c)->psr >> 20 & 15)   /* N Z V C */
#endif
