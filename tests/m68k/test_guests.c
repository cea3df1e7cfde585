/* The bundled m68k guests, built by make into $BUILD/guests/m68k, run on both models. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "common/console.h"
#include "common/loader.h"
#include "registry.h"

static void hello_prints_and_halts(void **state)
{
    (void)state;
    const char *build = getenv("BUILD") ? getenv("BUILD") : "build";
    char path[512];
    snprintf(path, sizeof path, "%s/guests/m68k/hello.elf", build);
    const char *models[] = {"m68000", "m68010"};
    for (int i = 0; i < 2; i++) {
        wb_console con;
        wb_console_init(&con);
        wb_core_config cfg;
        memset(&cfg, 0, sizeof cfg);
        cfg.storage = 64u << 10;
        cfg.console = &con;
        char err[256];
        wb_machine *m = wb_core_create(models[i], &cfg, err, sizeof err);
        assert_non_null(m);
        wb_load_info li;
        if (wb_load_file(m, path, false, 0, &li, err, sizeof err) != WB_OK) {
            printf("%s\n", err);
            fail();
        }
        assert_int_equal(m->ops->start(m, false, 0), WB_OK);   /* SSP and PC from vectors 0, 1 */
        wb_exit e = wb_run(m, 10000);
        assert_int_equal(e.kind, WB_EXIT_HALT);
        assert_string_equal(con.out, "Hello from the MC68000 board!\n");
        wb_destroy(m);
        wb_console_free(&con);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(hello_prints_and_halts),
    };
    return cmocka_run_group_tests_name("m68k guests", tests, NULL, NULL);
}
