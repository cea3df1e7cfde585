/* Executive/user modes, relocation and protection, in-out (APR, PI, TTY), priority interrupts,
 * trap_to_host exits, the run budget, the machine interface, the image loader (SRM 2.12-2.16). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>
#include "tests/pdp10/pdp10t.h"
#include "common/console.h"

#define I pdp10t_ins
#define IO(fn, dev, i, x, y) (((uint64_t)07 << 33) | ((uint64_t)((dev) >> 2) << 26) | ((uint64_t)(fn) << 23) | \
                              ((uint64_t)(i) << 22) | ((uint64_t)(x) << 18) | ((y) & 0777777))
enum { DATAI = 1, DATAO = 3, CONO = 4, CONI = 5, CONSZ = 6, CONSO = 7 };

/* DATAO APR word: low segment of 1K at 10000, high segment of 1K at 20000 (write-protected). */
#define RELOC ((0ull << 28) | (0200ull << 19) | (1ull << 18) | (04ull << 10) | (0210ull << 1))

static void relocation_and_protection(void **s)
{
    (void)s;
    pdp10_cpu *c = pdp10t_new(16384);
    pdp10t_put(c, 02000, RELOC);
    pdp10t_one(c, IO(DATAO, 0, 0, 0, 02000));           /* DATAO APR,2000 */
    assert_int_equal(c->pl, 01777);
    assert_int_equal(c->rl, 010000);
    assert_int_equal(c->ph, 0401777);
    assert_int_equal(c->rh, 0420000);
    assert_true(c->hwp);
    /* user program at virtual 100 = absolute 10100 */
    pdp10t_put(c, 010100, I(0200, 1, 0, 0, 0200));      /* MOVE 1,200 */
    pdp10t_put(c, 010101, I(0200, 2, 0, 0, 0400005));   /* MOVE 2,400005 (high segment) */
    pdp10t_put(c, 010102, I(0202, 1, 0, 0, 0400006));   /* MOVEM 1,400006: write-protected */
    pdp10t_put(c, 010200, 0111);
    pdp10t_put(c, 020005, 0222);
    pdp10t_put(c, 01000, I(0254, 1, 0, 0, 0100));        /* JRST 1,100 */
    c->m.trap_to_host = true;
    wb_exit e = pdp10t_run(c, 01000, 10);
    assert_int_equal(c->ac[1], 0111);
    assert_int_equal(c->ac[2], 0222);
    assert_int_equal(e.kind, WB_EXIT_TRAP);
    assert_int_equal(e.trap.kind, WB_TRAP_MMU);
    assert_int_equal(e.trap.code, PDP10_TRAP_MPROT);
    assert_int_equal(e.trap.addr, 0102);
    assert_int_equal(e.trap.fault, 0400006);
    assert_int_equal(c->pc, 0102);                      /* state intact: the MOVEM did not happen */
    assert_true(c->mprot_flag);
    assert_int_equal(pdp10t_get(c, 020006), 0);
    /* without trap_to_host: the flag, the APR interrupt when assigned, the instruction dropped */
    c->m.trap_to_host = false;
    c->mprot_flag = false;
    pdp10t_put(c, 010103, I(0200, 3, 0, 0, 02000));      /* beyond Pl: protection */
    pdp10t_put(c, 010104, I(0254, 4, 0, 0, 0));          /* HALT in user mode: a MUUO */
    pdp10t_put(c, 041, I(0254, 4, 0, 0, 041));           /* exec: HALT at 41 */
    e = wb_run(&c->m, 10);
    assert_true(c->mprot_flag);
    assert_int_equal(e.kind, WB_EXIT_HALT);
    assert_int_equal(c->pc, 041);
    assert_int_equal(pdp10t_get(c, 040), I(0254, 4, 0, 0, 0));   /* the HALT, stored as a MUUO */
    assert_int_equal(c->m.counters.traps[WB_TRAP_PRIV], 1);
    pdp10t_free(c);
}

static void user_iot(void **s)
{
    (void)s;
    pdp10_cpu *c = pdp10t_new(16384);
    /* user mode, no relocation (Pl = 1777, Rl = 0); CONO PI is privileged without User-IOT */
    pdp10t_put(c, 01000, I(0254, 1, 0, 0, 0100));
    pdp10t_put(c, 0100, IO(CONO, 4, 0, 0, 0200));
    c->m.trap_to_host = true;
    wb_exit e = pdp10t_run(c, 01000, 5);
    assert_int_equal(e.kind, WB_EXIT_TRAP);
    assert_int_equal(e.trap.kind, WB_TRAP_PRIV);
    assert_int_equal(e.trap.code, PDP10_TRAP_IOT);
    assert_false(c->pi_on);
    /* with User-IOT set the user program may do in-out */
    pdp10t_put(c, 0101, IO(CONI, 0, 0, 0, 0200));       /* CONI APR,200 shows User-IOT (100000) */
    c->flags |= PDP10_USERIO;
    e = wb_run(&c->m, 2);
    assert_int_equal(e.kind, WB_EXIT_BUDGET);
    assert_true(c->pi_on);
    assert_int_equal(pdp10t_get(c, 0200) & 0100000, 0100000);
    pdp10t_free(c);
}

static void clock_interrupt(void **s)
{
    (void)s;
    pdp10_cpu *c = pdp10t_new(16384);
    PDP10T_CODE(c, 01000,
                IO(CONO, 0, 0, 0, 03001),               /* CONO APR,3001: clear clock, enable, PIA 1 */
                IO(CONO, 4, 0, 0, 02300),               /* CONO PI,2300: on, channel 1 on */
                I(0254, 0, 0, 0, 01002));               /* JRST . */
    pdp10t_put(c, 042, I(0264, 0, 0, 0, 03000));         /* JSR 3000 */
    PDP10T_CODE(c, 03001,
                IO(CONI, 4, 0, 0, 03100),               /* CONI PI,3100 */
                IO(CONO, 0, 0, 0, 01001),               /* clear the clock flag */
                I(0254, 4, 0, 0, 03003));               /* HALT . */
    wb_exit e = pdp10t_run(c, 01000, 100000);
    assert_int_equal(e.kind, WB_EXIT_HALT);
    /* the clock flag sets after PDP10_CLOCK_PERIOD steps of deterministic time */
    assert_int_equal(c->steps, PDP10_CLOCK_PERIOD + 4);
    assert_int_equal(pdp10t_get(c, 03000), pdp10t_xwd(0, 01002));
    assert_int_equal(pdp10t_get(c, 03100), 040000 | 0200 | 0100);   /* channel 1 held, on */
    /* JEN: dismiss and return */
    PDP10T_CODE(c, 03003, I(0254, 012, 1, 0, 03000));    /* JEN @3000 */
    c->pc = 03003;
    e = wb_run(&c->m, 1);
    assert_int_equal(c->pc, 01002);
    assert_int_equal(c->pih, 0);
    pdp10t_free(c);
}

static void program_request_trap_to_host(void **s)
{
    (void)s;
    pdp10_cpu *c = pdp10t_new(16384);
    c->m.trap_to_host = true;
    PDP10T_CODE(c, 01000, IO(CONO, 4, 0, 0, 04240), I(0254, 0, 0, 0, 01001));   /* request channel 2 */
    wb_exit e = pdp10t_run(c, 01000, 10);
    assert_int_equal(e.kind, WB_EXIT_TRAP);
    assert_int_equal(e.trap.kind, WB_TRAP_EXTERNAL);
    assert_int_equal(e.trap.code, 2 * 010 + 2);
    assert_int_equal(c->pc, 01001);
    assert_int_equal(c->pih, 0);                        /* nothing vectored */
    pdp10t_free(c);
}

static void blko_interrupt_dismisses(void **s)
{
    (void)s;
    pdp10_cpu *c = pdp10t_new(16384);
    /* a BLKO TTY at 44 whose count does not run out is dismissed at once */
    wb_console con;
    wb_console_init(&con);
    c->m.console = &con;
    pdp10t_put(c, 044, IO(2, 0120, 0, 0, 03000));         /* BLKO TTY,3000 */
    pdp10t_put(c, 03000, pdp10t_xwd(0777776, 03100 - 1)); /* two characters at 3100 */
    pdp10t_put(c, 03100, 'O');
    pdp10t_put(c, 03101, 'K');
    pdp10t_put(c, 045, I(0254, 4, 0, 0, 045));            /* count out: HALT at 45 */
    PDP10T_CODE(c, 01000, IO(CONO, 0120, 0, 0, 012),      /* TTY: PIA 2, output done */
                IO(CONO, 4, 0, 0, 02240), I(0254, 0, 0, 0, 01002));
    wb_exit e = pdp10t_run(c, 01000, 10000);
    assert_int_equal(e.kind, WB_EXIT_HALT);
    assert_int_equal(c->pc, 045);
    assert_string_equal(con.out, "OK");
    wb_console_free(&con);
    pdp10t_free(c);
}

static void tty_output(void **s)
{
    (void)s;
    pdp10_cpu *c = pdp10t_new(16384);
    wb_console con;
    wb_console_init(&con);
    c->m.console = &con;
    c->ac[1] = 'h';
    PDP10T_CODE(c, 01000, IO(DATAO, 0120, 0, 0, 1), IO(CONSZ, 0120, 0, 0, 020), I(0254, 0, 0, 0, 01001),
                IO(CONI, 0120, 0, 0, 2), I(0254, 4, 0, 0, 01004));
    wb_exit e = pdp10t_run(c, 01000, 100000);
    assert_int_equal(e.kind, WB_EXIT_HALT);
    assert_string_equal(con.out, "h");
    assert_int_equal(c->ac[2], 010);                    /* output done, not busy */
    wb_console_free(&con);
    pdp10t_free(c);
}

static void budget_never_hangs(void **s)
{
    (void)s;
    pdp10_cpu *c = pdp10t_new(16384);
    pdp10t_put(c, 02000, I(0, 0, 1, 0, 02000));           /* @2000: an indirect loop */
    pdp10t_put(c, 01000, I(0200, 1, 1, 0, 02000));
    wb_exit e = pdp10t_run(c, 01000, 1000);
    assert_int_equal(e.kind, WB_EXIT_BUDGET);
    assert_int_equal(c->pc, 01000);
    pdp10t_put(c, 01000, I(0256, 0, 0, 0, 01000));        /* XCT . */
    e = pdp10t_run(c, 01000, 1000);
    assert_int_equal(e.kind, WB_EXIT_BUDGET);
    pdp10t_free(c);
}

static void nonexistent_memory(void **s)
{
    (void)s;
    pdp10_cpu *c = pdp10t_new(16384);
    c->ac[1] = 5;
    pdp10t_one(c, I(0200, 1, 0, 0, 0777777));            /* reads zeros, sets the flag */
    assert_int_equal(c->ac[1], 0);
    assert_true(c->nxm_flag);
    c->m.trap_to_host = true;
    wb_exit e = pdp10t_one(c, I(0202, 1, 0, 0, 0700000));
    assert_int_equal(e.kind, WB_EXIT_TRAP);
    assert_int_equal(e.trap.kind, WB_TRAP_MCHECK);
    assert_int_equal(e.trap.fault, 0700000);
    pdp10t_free(c);
}

static void machine_interface(void **s)
{
    (void)s;
    pdp10_cpu *c = pdp10t_new(16384);
    wb_machine *m = &c->m;
    assert_int_equal(wb_reg_index(m, "ac0"), 0);
    assert_int_equal(wb_reg_index(m, "ac10"), 8);
    assert_int_equal(wb_reg_index(m, "ac17"), 15);
    assert_int_equal(wb_reg_index(m, "ac8"), -1);
    m->ops->set_reg(m, (unsigned)wb_reg_index(m, "pc"), 01234);
    assert_int_equal(c->pc, 01234);
    m->ops->set_reg(m, (unsigned)wb_reg_index(m, "reloc"), RELOC);
    assert_int_equal(m->ops->get_reg(m, (unsigned)wb_reg_index(m, "reloc")), RELOC);
    assert_int_equal(m->storage_unit, 8);
    assert_int_equal(m->storage_size, 16384);
    uint64_t w = 0;
    assert_int_equal(m->ops->read(m, 16384, &w, 1), WB_ERR_ADDRESS);
    /* every opcode has a handler; classes as declared */
    for (unsigned op = 0; op < 512; op++)
        assert_non_null(c->dispatch[op]);
    bool seen_jrst1 = false, seen_cono = false, seen_halt = false;
    for (unsigned i = 0; i < m->ninsns; i++) {
        if (m->insns[i].opcode == ((0254u << 4) | 1)) {
            seen_jrst1 = true;
            assert_int_equal(m->insns[i].pg, WB_PG_CONTROL_SENSITIVE);
        }
        if (m->insns[i].opcode == ((0254u << 4) | 4)) {
            seen_halt = true;
            assert_int_equal(m->insns[i].pg, WB_PG_PRIVILEGED);
        }
        if (!strcmp(m->insns[i].mnemonic, "CONO")) {
            seen_cono = true;
            assert_int_equal(m->insns[i].pg, WB_PG_PRIVILEGED);
        }
    }
    assert_true(seen_jrst1 && seen_cono && seen_halt);
    /* save / restore */
    c->ac[3] = 0333;
    pdp10t_put(c, 0100, 0444);
    size_t n = m->ops->state_size(m);
    void *buf = malloc(n);
    assert_non_null(buf);
    m->ops->save(m, buf);
    c->ac[3] = 0;
    pdp10t_put(c, 0100, 0);
    assert_int_equal(m->ops->restore(m, buf), WB_OK);
    assert_int_equal(c->ac[3], 0333);
    assert_int_equal(pdp10t_get(c, 0100), 0444);
    free(buf);
    pdp10t_free(c);
}

static void image_format(void **s)
{
    (void)s;
    pdp10_cpu *c = pdp10t_new(16384);
    static const char img[] = "%PDP10-IMAGE 1\n; test\nstart 001000\n001000: 254200001000\n001001: 000001 000002 ; halves\n";
    uint32_t entry = 0;
    char err[200];
    assert_int_equal(pdp10_load_image_text(c, img, strlen(img), "t", &entry, err, sizeof err), WB_OK);
    assert_int_equal(entry, 01000);
    assert_int_equal(pdp10t_get(c, 01000), 0254200001000);
    assert_int_equal(pdp10t_get(c, 01001), pdp10t_xwd(1, 2));
    static const char bad[] = "%PDP10-IMAGE 1\n001000: 9\n";
    assert_int_equal(pdp10_load_image_text(c, bad, strlen(bad), "t", &entry, err, sizeof err), WB_ERR_FORMAT);
    static const char out[] = "%PDP10-IMAGE 1\n777777: 0\n";
    assert_int_equal(pdp10_load_image_text(c, out, strlen(out), "t", &entry, err, sizeof err), WB_ERR_ADDRESS);
    static const char nomagic[] = "001000: 0\n";
    assert_int_equal(pdp10_load_image_text(c, nomagic, strlen(nomagic), "t", &entry, err, sizeof err), WB_ERR_FORMAT);
    /* a listing's code lines */
    static const char lst[] = "   12\t030000\t254 00 1 00 027776 \tBEGIN:\tJRST\t@MODLNK\n"
                              "   13\t030001\t7 004 14 0 00 030024 \t\tDATAO\tPI,ITRCNT\n"
                              "   14\t030002\t444153\t414100\t\tPAREA3\n"
                              "   15\t030003\t015 012 120 104 120 \n"
                              "   16\t030004\t7 177 2 0 00 000000\n"
                              "  900\t\t\t030000\t\t\tEND\tBEGIN\n";
    pdp10_listing_info li;
    assert_int_equal(pdp10_load_listing(&c->m, lst, strlen(lst), &li, err, sizeof err), WB_OK);
    assert_int_equal(li.words, 5);
    assert_true(li.has_start);
    assert_int_equal(li.start, 030000);
    assert_int_equal(pdp10t_get(c, 030000), 0254020027776);
    assert_int_equal(pdp10t_get(c, 030001), 0700540030024);   /* DATAO PI, */
    assert_int_equal(pdp10t_get(c, 030002), 0444153414100);
    assert_int_equal(pdp10t_get(c, 030003), (015ull << 29) | (012ull << 22) | (0120ull << 15) | (0104ull << 8) | (0120ull << 1));
    assert_int_equal(pdp10t_get(c, 030004), 0777500000000);   /* BLKO 774, (7, 177, 2) */
    assert_int_equal(pdp10_listing_symbol(lst, strlen(lst), "BEGIN"), 030000);
    assert_int_equal(pdp10_listing_symbol(lst, strlen(lst), "NONE"), -1);
    pdp10t_free(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(relocation_and_protection), cmocka_unit_test(user_iot),
        cmocka_unit_test(clock_interrupt),           cmocka_unit_test(program_request_trap_to_host),
        cmocka_unit_test(blko_interrupt_dismisses),  cmocka_unit_test(tty_output),
        cmocka_unit_test(budget_never_hangs),        cmocka_unit_test(nonexistent_memory),
        cmocka_unit_test(machine_interface),         cmocka_unit_test(image_format),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
