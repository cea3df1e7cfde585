/* Test support for the ppc-booke unit tests: a machine with code at 0x1000, hand encoders for the
 * instruction formats (Book E "Instruction Formats"), register access by name. */
#ifndef BOOKE_BT_H
#define BOOKE_BT_H
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "common/console.h"
#include "machine.h"
#include "registry.h"

#define BT_CODE 0x1000u
#define BT_VEC(n) (0x8000u + 0x100u * (n))   /* IVPR = 0, IVORn = 0x8000 + 0x100 n */

static inline uint32_t bt_D(unsigned op, unsigned rt, unsigned ra, uint32_t imm)
{ return op << 26 | rt << 21 | ra << 16 | (imm & 0xFFFF); }
static inline uint32_t bt_X(unsigned op, unsigned rt, unsigned ra, unsigned rb, unsigned xo, unsigned rc)
{ return op << 26 | rt << 21 | ra << 16 | rb << 11 | xo << 1 | rc; }
static inline uint32_t bt_XO(unsigned rt, unsigned ra, unsigned rb, unsigned oe, unsigned xo, unsigned rc)
{ return 31u << 26 | rt << 21 | ra << 16 | rb << 11 | oe << 10 | xo << 1 | rc; }
static inline uint32_t bt_M(unsigned op, unsigned rs, unsigned ra, unsigned sh, unsigned mb, unsigned me, unsigned rc)
{ return op << 26 | rs << 21 | ra << 16 | sh << 11 | mb << 6 | me << 1 | rc; }
static inline uint32_t bt_SPR(unsigned xo, unsigned rt, unsigned spr)
{ return 31u << 26 | rt << 21 | (spr & 31) << 16 | (spr >> 5) << 11 | xo << 1; }
#define MFSPR(rt, spr) bt_SPR(339, rt, spr)
#define MTSPR(spr, rs) bt_SPR(467, rs, spr)
#define NOP bt_D(24, 0, 0, 0)

typedef struct {
    wb_machine *m;
    wb_console con;
} bt_ctx;

static inline uint64_t bt_get(bt_ctx *t, const char *name)
{
    int i = wb_reg_index(t->m, name);
    assert_true(i >= 0);
    return t->m->ops->get_reg(t->m, (unsigned)i);
}
static inline void bt_set(bt_ctx *t, const char *name, uint64_t v)
{
    int i = wb_reg_index(t->m, name);
    assert_true(i >= 0);
    t->m->ops->set_reg(t->m, (unsigned)i, v);
}
static inline void bt_w32(bt_ctx *t, uint32_t addr, uint32_t v)
{
    uint8_t b[4] = {(uint8_t)(v >> 24), (uint8_t)(v >> 16), (uint8_t)(v >> 8), (uint8_t)v};
    assert_int_equal(t->m->ops->write(t->m, addr, b, 4), WB_OK);
}
static inline uint32_t bt_r32(bt_ctx *t, uint32_t addr)
{
    uint8_t b[4];
    assert_int_equal(t->m->ops->read(t->m, addr, b, 4), WB_OK);
    return (uint32_t)b[0] << 24 | (uint32_t)b[1] << 16 | (uint32_t)b[2] << 8 | b[3];
}
/* New machine started at BT_CODE (supervisor, MSR 0, the hand-off RAM mapping), vectors set. */
static inline void bt_new(bt_ctx *t)
{
    memset(t, 0, sizeof *t);
    wb_console_init(&t->con);
    wb_core_config cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.storage = 1u << 20;
    cfg.console = &t->con;
    char err[256];
    t->m = wb_core_create("ppc-booke", &cfg, err, sizeof err);
    assert_non_null(t->m);
    /* The start's hand-off mapping is supervisor-only: give it user permissions too, by running
     * tlbwe r4,r3,2 with r3 = 63 (its index), r4 = UX UW UR SX SW SR. */
    assert_int_equal(t->m->ops->start(t->m, true, 0x0F00), WB_OK);
    bt_w32(t, 0x0F00, bt_X(31, 4, 3, 2, 978, 0));
    bt_set(t, "r3", 63);
    bt_set(t, "r4", 0x3F);
    assert_int_equal(wb_run(t->m, 1).kind, WB_EXIT_BUDGET);
    assert_int_equal(bt_get(t, "pc"), 0x0F04);
    bt_set(t, "r3", 0);
    bt_set(t, "r4", 0);
    bt_set(t, "tb", 0);
    bt_set(t, "pc", BT_CODE);
    char name[16];
    for (int n = 0; n < 16; n++) {
        snprintf(name, sizeof name, "ivor%d", n);
        bt_set(t, name, BT_VEC(n));
        bt_w32(t, BT_VEC(n), 0x48000000u);   /* b . : an interrupt parks at its vector */
    }
}
static inline void bt_free(bt_ctx *t)
{
    wb_destroy(t->m);
    wb_console_free(&t->con);
}
/* Put a program at BT_CODE. */
static inline void bt_code(bt_ctx *t, const uint32_t *w, unsigned n)
{
    for (unsigned i = 0; i < n; i++)
        bt_w32(t, BT_CODE + 4 * i, w[i]);
}
#define BT_PROG(t, ...)                                                                                   \
    do {                                                                                                  \
        const uint32_t _w[] = {__VA_ARGS__};                                                              \
        bt_code(t, _w, sizeof _w / sizeof _w[0]);                                                         \
    } while (0)
static inline wb_exit bt_run(bt_ctx *t, uint64_t n) { return wb_run(t->m, n); }
#endif
