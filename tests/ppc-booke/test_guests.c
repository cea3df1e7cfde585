/* The bundled ppc-booke guest, built by make into $BUILD/guests/ppc-booke, run through the session
 * code `vmwb run --core ppc-booke --guest hello` uses (ELF entry remembered by load_native). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "common/console.h"
#include "registry.h"

static void hello_prints_and_halts(void **state)
{
    (void)state;
    const char *build = getenv("BUILD") ? getenv("BUILD") : "build";
    char path[512];
    snprintf(path, sizeof path, "%s/guests/ppc-booke/hello.elf", build);
    wb_console con;
    wb_console_init(&con);
    wb_core_config cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.console = &con;
    char err[256];
    wb_machine *m = wb_core_create("ppc-booke", &cfg, err, sizeof err);
    assert_non_null(m);
    uint64_t entry = 0;
    const wb_core_info *ci = wb_core_find("ppc-booke");
    assert_int_equal(ci->load_native(m, path, &entry, err, sizeof err), WB_OK);
    assert_int_equal(entry, 0x00100000u);
    assert_int_equal(m->ops->start(m, false, 0), WB_OK);      /* starts at the remembered ELF entry */
    wb_exit e = wb_run(m, 100000);
    assert_int_equal(e.kind, WB_EXIT_HALT);
    assert_string_equal(con.out, "Hello from the PPC440 bamboo board!\n");
    wb_destroy(m);
    wb_console_free(&con);
}

static void no_image_starts_at_reset_vector(void **state)
{
    (void)state;
    wb_core_config cfg;
    memset(&cfg, 0, sizeof cfg);
    char err[256];
    wb_machine *m = wb_core_create("ppc-booke", &cfg, err, sizeof err);
    assert_non_null(m);
    assert_int_equal(m->ops->start(m, false, 0), WB_OK);
    int pc = wb_reg_index(m, "pc");
    assert_int_equal(m->ops->get_reg(m, (unsigned)pc), 0xFFFFFFFCu);
    /* the empty TLB cannot translate the reset vector: ITLB miss into an unmapped vector; the budget ends it */
    assert_int_equal(wb_run(m, 100).kind, WB_EXIT_BUDGET);
    wb_destroy(m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(hello_prints_and_halts),
        cmocka_unit_test(no_image_starts_at_reset_vector),
    };
    return cmocka_run_group_tests_name("ppc-booke guests", tests, NULL, NULL);
}
