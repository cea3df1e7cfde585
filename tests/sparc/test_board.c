/* The LEON3-like board: APBUART, IRQMP, GPTIMER (GRLIB IP cores user's manual; register layout as
 * QEMU's leon3_generic), the machine interface (registers, start, ELF loading), hello. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include "common/console.h"
#include "tests/sparc/sparct.h"

static void uart_transmits_and_reports_status(void **s)
{
    (void)s;
    wb_console con;
    wb_console_init(&con);
    con.in_str = "k";
    wb_core_config cfg = {.console = &con};
    char err[100];
    sparc_cpu *c = (sparc_cpu *)sparc_create(&cfg, err, sizeof err);
    uint32_t v;
    assert_true(sparc_io_write(c, SPARC_UART_BASE, 'A'));
    assert_true(sparc_io_read(c, SPARC_UART_BASE + 4, &v));
    assert_int_equal(v, 7);                    /* DR, TS, TE */
    assert_true(sparc_io_read(c, SPARC_UART_BASE, &v));
    assert_int_equal(v, 'k');
    assert_true(sparc_io_read(c, SPARC_UART_BASE + 4, &v));
    assert_int_equal(v, 6);
    assert_string_equal(con.out, "A");
    wb_destroy(&c->m);
    wb_console_free(&con);
}

static void irqmp_priority_mask_and_ack(void **s)
{
    (void)s;
    sparc_cpu *c = st_new();
    sparc_io_write(c, SPARC_IRQMP_BASE + 0x04, (1u << 3) | (1u << 9));   /* pending 3 and 9 */
    assert_int_equal(sparc_irq_level(c), 0);                              /* masked */
    sparc_io_write(c, SPARC_IRQMP_BASE + 0x40, 0xFFFE);
    assert_int_equal(sparc_irq_level(c), 9);
    sparc_irq_ack(c, 9);
    assert_int_equal(sparc_irq_level(c), 3);
    sparc_io_write(c, SPARC_IRQMP_BASE + 0x0C, 1u << 3);                 /* clear */
    assert_int_equal(sparc_irq_level(c), 0);
    wb_destroy(&c->m);
}

static void timer_counts_instructions_and_interrupts(void **s)
{
    (void)s;
    sparc_cpu *c = st_new();
    sparc_io_write(c, SPARC_TIMER_BASE + 0x04, 1);        /* prescaler: a tick every 2 clocks */
    sparc_io_write(c, SPARC_TIMER_BASE + 0x14, 3);        /* reload */
    sparc_io_write(c, SPARC_TIMER_BASE + 0x18, 1 | 4 | 8);   /* enable, load, IE: one shot */
    /* ticks at clocks 2,4,6,8 take the counter 3,2,1,0; the 4th tick (clock 8) underflows */
    for (int i = 0; i < 7; i++)
        sparc_board_tick(c);
    assert_int_equal(c->irq_pending, 0);
    sparc_board_tick(c);
    assert_int_equal(c->irq_pending, 1u << SPARC_TIMER_IRQ);
    uint32_t ctrl;
    sparc_io_read(c, SPARC_TIMER_BASE + 0x18, &ctrl);
    assert_int_equal(ctrl & 0x11, 0x10);                  /* stopped, IP */
    sparc_io_write(c, SPARC_TIMER_BASE + 0x18, 0);        /* writing 0 clears IP */
    sparc_io_read(c, SPARC_TIMER_BASE + 0x18, &ctrl);
    assert_int_equal(ctrl, 0);
    wb_destroy(&c->m);
}

static void register_table_names_and_privilege(void **s)
{
    (void)s;
    sparc_cpu *c = st_new();
    wb_machine *m = &c->m;
    assert_int_equal(wb_reg_index(m, "g0"), 0);
    assert_int_equal(wb_reg_index(m, "o6"), 14);
    assert_int_equal(wb_reg_index(m, "i7"), 31);
    int psr = wb_reg_index(m, "psr"), pc = wb_reg_index(m, "pc");
    assert_true(psr > 0 && m->regs[psr].privileged);
    assert_true(m->regs[wb_reg_index(m, "wim")].privileged);
    assert_true(m->regs[wb_reg_index(m, "tbr")].privileged);
    assert_false(m->regs[wb_reg_index(m, "y")].privileged);
    m->ops->set_reg(m, (unsigned)wb_reg_index(m, "l3"), 0x55);
    assert_int_equal(sparc_get(c, L3), 0x55);
    m->ops->set_reg(m, (unsigned)psr, 0x9);   /* CWP 9 does not exist: refused */
    assert_int_not_equal(c->psr & PSR_CWP, 9);
    m->ops->set_reg(m, (unsigned)pc, 0x40000100);
    assert_int_equal(m->ops->get_reg(m, (unsigned)pc), 0x40000100);
    wb_destroy(m);
}

static void decode_names_instructions(void **s)
{
    (void)s;
    sparc_cpu *c = st_new();
    wb_machine *m = &c->m;
    const uint8_t add[4] = {0x82, 0x00, 0x40, 0x02};   /* add %g1, %g2, %g1 */
    const uint8_t rdpsr[4] = {0x83, 0x48, 0x00, 0x00};
    const uint8_t fadds[4] = {0x81, 0xA0, 0x08, 0x20}; /* opf 0x41 */
    int i = m->ops->decode(m, add, 4);
    assert_true(i >= 0);
    assert_string_equal(m->insns[i].mnemonic, "ADD");
    i = m->ops->decode(m, rdpsr, 4);
    assert_string_equal(m->insns[i].mnemonic, "RDPSR");
    assert_int_equal(m->insns[i].pg, WB_PG_PRIVILEGED);
    i = m->ops->decode(m, fadds, 4);
    assert_string_equal(m->insns[i].mnemonic, "FADDS");
    const uint8_t reserved[4] = {0x80, 0x48, 0, 0};     /* op=2 op3=0x09 */
    assert_int_equal(m->ops->decode(m, reserved, 4), -1);
    wb_destroy(m);
}

static void start_uses_loader_entry(void **s)
{
    (void)s;
    sparc_cpu *c = st_new();
    wb_machine *m = &c->m;
    assert_int_equal(m->ops->start(m, false, 0), WB_OK);
    assert_int_equal(c->pc, SPARC_RAM_BASE);             /* no image: start of RAM */
    assert_int_equal(c->psr, PSR_IMPL_VER | PSR_S | PSR_PS);
    assert_int_equal(m->ops->start(m, true, 0x100), WB_OK);
    assert_int_equal(c->pc, SPARC_RAM_BASE + 0x100);      /* storage offset */
    assert_int_equal(m->ops->start(m, true, 0x40000200u), WB_OK);
    assert_int_equal(c->pc, 0x40000200u);
    assert_int_equal(m->ops->start(m, true, 0x10000000u), WB_ERR_ADDRESS);
    wb_destroy(m);
}

static void hello_guest_prints_and_halts(void **s)
{
    (void)s;
    const char *b = getenv("BUILD");
    char path[256];
    snprintf(path, sizeof path, "%s/guests/sparc/hello.elf", b && *b ? b : "build");
    wb_console con;
    wb_console_init(&con);
    wb_core_config cfg = {.console = &con};
    char err[200];
    wb_machine *m = wb_core_create("sparc", &cfg, err, sizeof err);
    assert_non_null(m);
    uint64_t entry = 0;
    assert_int_equal(wb_core_find("sparc")->load_native(m, path, &entry, err, sizeof err), WB_OK);
    assert_int_equal(entry, 0x40000000u);
    assert_int_equal(m->ops->start(m, false, 0), WB_OK);
    wb_exit e = wb_run(m, 100000);
    assert_int_equal(e.kind, WB_EXIT_HALT);
    assert_string_equal(con.out, "Hello from SPARC V8 on vmwb\n");
    wb_destroy(m);
    wb_console_free(&con);
}

static void snapshot_round_trip(void **s)
{
    (void)s;
    sparc_cpu *c = st_new();
    wb_machine *m = &c->m;
    sparc_set(c, L5, 0x1234);
    c->y = 77;
    size_t n = m->ops->state_size(m);
    void *buf = malloc(n);
    m->ops->save(m, buf);
    sparc_set(c, L5, 0);
    c->y = 0;
    assert_int_equal(m->ops->restore(m, buf), WB_OK);
    assert_int_equal(sparc_get(c, L5), 0x1234);
    assert_int_equal(c->y, 77);
    free(buf);
    wb_destroy(m);
}

/* Bad guest input: random words as code, random register contents, traps on and off, the MMU on
 * and off.  Every run must end in an architected way (the sanitizers watch the host side). */
static void random_instructions_never_crash(void **s)
{
    (void)s;
    uint32_t seed = 0x2545F491u;
    for (int round = 0; round < 40; round++) {
        sparc_cpu *c = st_new();
        c->m.trap_to_host = (round & 3) == 1;
        for (uint32_t a = 0; a < 0x4000; a += 4) {
            seed = seed * 1664525u + 1013904223u;
            st_put(c, SPARC_RAM_BASE + a, seed);
        }
        for (unsigned r = 1; r < 32; r++) {
            seed = seed * 1664525u + 1013904223u;
            sparc_set(c, r, (round & 1) ? seed : SPARC_RAM_BASE + (seed & 0x3FFC));
        }
        c->psr = PSR_IMPL_VER | PSR_S | PSR_EF | ((round & 2) ? PSR_ET : 0) | (uint32_t)(round % 8);
        c->tbr = SPARC_RAM_BASE;
        c->wim = 1u << ((round + 3) % 8);
        if (round % 5 == 4) {
            c->mmu_ctp = (SPARC_RAM_BASE + 0x1000) >> 4;
            c->mmu_ctrl = MMU_CTRL_E;
        }
        c->pc = SPARC_RAM_BASE + 4u * (uint32_t)round;
        c->npc = c->pc + 4;
        for (int k = 0; k < 50; k++) {
            wb_exit e = wb_run(&c->m, 2000);
            assert_true(e.kind == WB_EXIT_HALT || e.kind == WB_EXIT_BUDGET || e.kind == WB_EXIT_TRAP);
            if (e.kind == WB_EXIT_HALT)
                break;
            if (e.kind == WB_EXIT_TRAP) {   /* skip the trapping instruction, as a host would */
                c->pc = c->npc;
                c->npc += 4;
            }
        }
        wb_destroy(&c->m);
    }
}

/* A view machine (for monitors) works on the caller's storage and does not free it. */
static void view_shares_storage(void **s)
{
    (void)s;
    uint8_t *mem = calloc(1, 64u << 10);
    wb_core_config cfg = {0};
    char err[100];
    sparc_cpu *c = (sparc_cpu *)sparc_create_view(&cfg, mem, 64u << 10, err, sizeof err);
    assert_non_null(c);
    sparc_set(c, G1, 0x5A);
    sparc_set(c, L0, SPARC_RAM_BASE + 0x100);
    ST_RUN(c, 1, F3I(3, G1, 0x05, L0, 0));   /* stb %g1, [%l0] */
    assert_int_equal(mem[0x100], 0x5A);
    assert_null(sparc_create_view(&cfg, mem, 1000, err, sizeof err));
    wb_destroy(&c->m);
    free(mem);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(uart_transmits_and_reports_status),
        cmocka_unit_test(irqmp_priority_mask_and_ack),
        cmocka_unit_test(timer_counts_instructions_and_interrupts),
        cmocka_unit_test(register_table_names_and_privilege),
        cmocka_unit_test(decode_names_instructions),
        cmocka_unit_test(start_uses_loader_entry),
        cmocka_unit_test(hello_guest_prints_and_halts),
        cmocka_unit_test(snapshot_round_trip),
        cmocka_unit_test(random_instructions_never_crash),
        cmocka_unit_test(view_shares_storage),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
