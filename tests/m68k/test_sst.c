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

/* The older Tom Harte JSON format (pc = the instruction's address, RAM as bytes), plain and
 * gzip-compressed: a NOP, a MOVEQ, and a test whose expected D0 is wrong (must fail). */
static const char json_tests[] =
    "[{\"name\": \"nop\", \"initial\": {\"d0\": 0, \"a0\": 0, \"usp\": 0, \"ssp\": 32768, \"sr\": 9984,\n"
    "  \"pc\": 4096, \"prefetch\": [20081, 0], \"ram\": [[4096, 78], [4097, 113]]},\n"
    " \"final\": {\"d0\": 0, \"a0\": 0, \"usp\": 0, \"ssp\": 32768, \"sr\": 9984, \"pc\": 4098,\n"
    "  \"ram\": [[4096, 78], [4097, 113]]}, \"length\": 4, \"transactions\": [[\"r\", 4, 6, 4096, \".w\", 20081]]},\n"
    " {\"name\": \"moveq\", \"initial\": {\"d0\": 0, \"ssp\": 32768, \"sr\": 9999, \"pc\": 4096,\n"
    "  \"ram\": [[4096, 112], [4097, 5]]},\n"
    " \"final\": {\"d0\": 5, \"ssp\": 32768, \"sr\": 9984, \"pc\": 4098, \"ram\": [[4096, 112], [4097, 5]]}},\n"
    " {\"name\": \"wrong\", \"initial\": {\"d0\": 0, \"ssp\": 32768, \"sr\": 9984, \"pc\": 4096,\n"
    "  \"ram\": [[4096, 112], [4097, 5]]},\n"
    " \"final\": {\"d0\": 6, \"ssp\": 32768, \"sr\": 9984, \"pc\": 4098, \"ram\": []}}]\n";

static void json_format(void **state)
{
    (void)state;
    char path[] = "/tmp/vmwb-sst-XXXXXX.json";
    int fd = mkstemps(path, 5);
    assert_true(fd >= 0);
    FILE *f = fdopen(fd, "w");
    assert_non_null(f);
    fputs(json_tests, f);
    fclose(f);
    char err[256];
    wb_machine *m = m68k_sst_machine("m68000", err, sizeof err);
    assert_non_null(m);
    m68k_sst_result r;
    assert_true(m68k_sst_run_file(m, path, &r, NULL, NULL, err, sizeof err));
    assert_int_equal(r.total, 3);
    assert_int_equal(r.pass, 2);
    char gz[64], cmd[160];
    snprintf(gz, sizeof gz, "%s.gz", path);
    snprintf(cmd, sizeof cmd, "gzip -c %s > %s 2>/dev/null", path, gz);
    if (system(cmd) == 0) {
        assert_true(m68k_sst_run_file(m, gz, &r, NULL, NULL, err, sizeof err));
        assert_int_equal(r.total, 3);
        assert_int_equal(r.pass, 2);
        remove(gz);
    }
    remove(path);
    wb_destroy(m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(sst_m68000),
        cmocka_unit_test(json_format),
    };
    return cmocka_run_group_tests_name("m68000 single-step tests", tests, NULL, NULL);
}
