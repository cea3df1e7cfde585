#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include "tests/support/s370t.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void set_new_psw(s370_cpu *c, uint32_t off, uint32_t ia)
{
    /* BC mode, disabled, wait bit (bit 14) */
    s370t_set8(c, off, 0x0002000000000000ull | ia);
}

s370_cpu *s370t_new(uint32_t storage)
{
    char err[256];
    wb_core_config cfg = {.storage = storage};
    wb_machine *m = s370_create(&cfg, err, sizeof err);
    if (!m) {
        fprintf(stderr, "s370t_new: %s\n", err);
        abort();
    }
    s370_cpu *c = (s370_cpu *)m;
    set_new_psw(c, S370_PSA_PGM_NEW, S370T_PGM_STOP);
    set_new_psw(c, S370_PSA_SVC_NEW, S370T_SVC_STOP);
    set_new_psw(c, S370_PSA_EXT_NEW, S370T_EXT_STOP);
    set_new_psw(c, S370_PSA_IO_NEW, S370T_IO_STOP);
    s370t_set8(c, S370_PSA_PGM_OLD, 0);
    return c;
}

void s370t_free(s370_cpu *c) { wb_destroy(&c->m); }

void s370t_put(s370_cpu *c, uint32_t addr, const void *bytes, size_t n)
{
    if (c->m.ops->write(&c->m, addr, bytes, n) != WB_OK)
        abort();
}

void s370t_code(s370_cpu *c, uint32_t addr, const uint16_t *hw, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        uint8_t b[2] = {(uint8_t)(hw[i] >> 8), (uint8_t)hw[i]};
        s370t_put(c, addr + 2 * (uint32_t)i, b, 2);
    }
}

wb_exit s370t_run(s370_cpu *c, uint32_t addr, uint64_t n)
{
    c->m.ops->start(&c->m, true, addr);
    return wb_run(&c->m, n);
}

wb_exit s370t_step(s370_cpu *c, uint32_t addr) { return s370t_run(c, addr, 1); }

int s370t_pgm_code(s370_cpu *c)
{
    uint64_t old = s370t_get8(c, S370_PSA_PGM_OLD);
    if (old == 0)
        return -1;
    if (old & 0x0008000000000000ull)          /* EC mode: code at 0x8E */
        return (int)(s370t_get4(c, S370_PSA_PGM_CODE) & 0xFFFF);
    return (int)((old >> 32) & 0xFFFF);
}

uint32_t s370t_get4(s370_cpu *c, uint32_t addr) { return s370_be32(c->mem + addr); }
uint64_t s370t_get8(s370_cpu *c, uint32_t addr) { return s370_be64(c->mem + addr); }
void s370t_set4(s370_cpu *c, uint32_t addr, uint32_t v) { s370_put32(c->mem + addr, v); }
void s370t_set8(s370_cpu *c, uint32_t addr, uint64_t v) { s370_put64(c->mem + addr, v); }

wb_exit s370t_run_psw(s370_cpu *c, uint64_t psw, uint64_t n)
{
    s370t_set8(c, S370_PSA_PGM_OLD, 0);   /* so s370t_pgm_code() says -1 unless one happens */
    s370t_set8(c, S370_PSA_SVC_OLD, 0);
    c->m.ops->start(&c->m, true, psw & 0xFFFFFF);
    s370_psw_set(c, psw);
    return wb_run(&c->m, n);
}

void s370t_expect_ok(s370_cpu *c, wb_exit e)
{
    assert_int_equal(e.kind, WB_EXIT_BUDGET);
    assert_int_equal(s370t_pgm_code(c), -1);
}

void s370t_expect_pgm(s370_cpu *c, wb_exit e, int code, unsigned ilc, int cc, uint32_t ia)
{
    /* the budget may end the run before the disabled-wait new PSW is seen */
    assert_true(e.kind == WB_EXIT_HALT || e.kind == WB_EXIT_BUDGET);
    assert_int_equal(s370t_pgm_code(c), code);
    uint64_t old = s370t_get8(c, S370_PSA_PGM_OLD);
    assert_int_equal((old >> 30) & 3, ilc / 2);
    if (cc >= 0)
        assert_int_equal((old >> 28) & 3, (unsigned)cc);
    assert_int_equal(old & 0xFFFFFF, ia);
    assert_int_equal(c->ia, S370T_PGM_STOP);
}
