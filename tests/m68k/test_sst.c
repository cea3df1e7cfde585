/* The 68000 single-step tests (SingleStepTests/m68000, from MAME's microcoded 68000) on the
 * m68000 core: every file in ../shared/testdata/m68000-sst/v1, one instruction per test, final
 * registers and RAM compared.  Prints the pass count per file; fails below 99.9 % overall. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "m68k/sst.h"

#define SST_DIR "../shared/testdata/m68000-sst/v1"

static int cmp(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static void sst_m68000(void **state)
{
    (void)state;
    DIR *d = opendir(SST_DIR);
    if (!d) {
        printf("no single-step data at %s (run from the checkout)\n", SST_DIR);
        skip();
    }
    char *names[512];
    unsigned n = 0;
    struct dirent *e;
    while ((e = readdir(d)) && n < 512) {
        size_t l = strlen(e->d_name);
        if (l > 9 && !strcmp(e->d_name + l - 9, ".json.bin"))
            names[n++] = strdup(e->d_name);
    }
    closedir(d);
    qsort(names, n, sizeof names[0], cmp);
    assert_true(n >= 100);
    char err[256];
    wb_machine *m = m68k_sst_machine("m68000", err, sizeof err);
    assert_non_null(m);
    unsigned pass = 0, total = 0;
    for (unsigned i = 0; i < n; i++) {
        char path[600];
        snprintf(path, sizeof path, "%s/%s", SST_DIR, names[i]);
        m68k_sst_result r;
        bool ok = m68k_sst_run_file(m, path, &r, NULL, NULL, err, sizeof err);
        if (!ok)
            printf("%s\n", err);
        assert_true(ok);
        names[i][strlen(names[i]) - 9] = 0;
        printf("%s: %u/%u\n", names[i], r.pass, r.total);
        pass += r.pass;
        total += r.total;
        free(names[i]);
    }
    wb_destroy(m);
    printf("sst: %u/%u passed\n", pass, total);
    fflush(stdout);   /* before cmocka's own lines on stderr */
    assert_true(total > 0);
    assert_true((uint64_t)pass * 1000 >= (uint64_t)total * 999);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(sst_m68000),
    };
    return cmocka_run_group_tests_name("m68000 single-step tests", tests, NULL, NULL);
}
