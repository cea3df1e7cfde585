/* Differential test of the SPARC core against QEMU's leon3_generic (qemu-system-sparc).
 *
 * Every program tests/sparc/progs/NAME.{c,S} is linked with the frame in tests/sparc/frame (trap
 * table, window handlers, register dump over the UART, exit by error mode) into
 * $BUILD/tests/sparc/progs/NAME.elf.  QEMU runs it with
 *   qemu-system-sparc -M leon3_generic -nographic -no-reboot -icount shift=0,sleep=off -kernel ELF
 * and its UART text is cached under $SPARC_QEMU_CACHE (default $BUILD/sparc-qemu-cache) in a file
 * named by the SHA-256 of the image, so QEMU only runs when a program changed.  vmwb runs the same
 * ELF in-process from start(false); it must halt (error mode) with exactly QEMU's UART text, which
 * ends with the registers the program dumped.  The closing line says how many programs matched. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "common/console.h"
#include "common/loader.h"
#include "common/sha256.h"
#include "machine.h"
#include "registry.h"

#define QX_PROGDIR "tests/sparc/progs"
#define QX_MAXPROGS 128
#define QX_BUDGET 20000000u

typedef struct {
    const char *name;   /* in qx_names: apart from the paths built from it (GCC's -Wrestrict) */
    char image[512];
    char result[600];
    int outcome;   /* 0 not run, 1 matched, 2 failed */
} qx_prog;

static qx_prog qx_progs[QX_MAXPROGS];
static char qx_names[QX_MAXPROGS][64];
static unsigned qx_n;
static char qx_build[200], qx_cache[300];
static bool qx_have_qemu;

static int cmp_names(const void *a, const void *b) { return strcmp((const char *)a, (const char *)b); }

static bool file_exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static char *read_text(const char *path)
{
    uint8_t *d;
    size_t n;
    char err[256];
    if (wb_read_file(path, &d, &n, err, sizeof err) != WB_OK)
        return NULL;
    char *s = malloc(n + 1);
    if (s) {
        memcpy(s, d, n);
        s[n] = 0;
    }
    free(d);
    return s;
}

/* Cache key: SHA-256 of the image and of the QEMU command line. */
static bool cache_name(qx_prog *p)
{
    uint8_t *d;
    size_t n;
    char err[256];
    if (wb_read_file(p->image, &d, &n, err, sizeof err) != WB_OK)
        return false;
    wb_sha256 h;
    wb_sha256_init(&h);
    static const char tag[] = "leon3_generic icount shift=0,sleep=off v1";
    wb_sha256_update(&h, tag, sizeof tag);
    wb_sha256_update(&h, d, n);
    free(d);
    uint8_t dig[32];
    wb_sha256_final(&h, dig);
    char hex[65];
    for (int i = 0; i < 32; i++)
        snprintf(hex + 2 * i, 3, "%02x", dig[i]);
    snprintf(p->result, sizeof p->result, "%s/%s.txt", qx_cache, hex);
    return true;
}

static void run_qemu(const qx_prog *p)
{
    char cmd[2048];
    snprintf(cmd, sizeof cmd,
             "timeout 20 qemu-system-sparc -M leon3_generic -nographic -no-reboot -icount shift=0,sleep=off "
             "-kernel '%s' </dev/null >'%s.tmp' 2>/dev/null && mv '%s.tmp' '%s'",
             p->image, p->result, p->result, p->result);
    if (system(cmd) != 0)
        fprintf(stderr, "qemu-sparc: QEMU failed on %s\n", p->name);
}

static int group_setup(void **state)
{
    (void)state;
    const char *c = getenv("SPARC_QEMU_CACHE");
    if (c && *c)
        snprintf(qx_cache, sizeof qx_cache, "%s", c);
    else
        snprintf(qx_cache, sizeof qx_cache, "%s/sparc-qemu-cache", qx_build);
    char cmd[400];
    snprintf(cmd, sizeof cmd, "mkdir -p '%s'", qx_cache);
    if (system(cmd) != 0)
        return 0;
    qx_have_qemu = system("command -v qemu-system-sparc >/dev/null 2>&1") == 0;
    for (unsigned i = 0; i < qx_n; i++) {
        qx_prog *p = &qx_progs[i];
        if (!cache_name(p))
            continue;
        if (!file_exists(p->result) && qx_have_qemu)
            run_qemu(p);
    }
    return 0;
}

static void run_one(void **state)
{
    qx_prog *p = *state;
    if (!file_exists(p->image)) {
        p->outcome = 2;
        fail_msg("%s: image %s missing (make builds it)", p->name, p->image);
    }
    if (!file_exists(p->result)) {
        print_message("qemu-sparc: no QEMU result for %s (QEMU not installed?)\n", p->name);
        skip();
    }
    char *want = read_text(p->result);
    assert_non_null(want);
    wb_console con;
    wb_console_init(&con);
    wb_core_config cfg = {.console = &con};
    char err[256];
    wb_machine *m = wb_core_create("sparc", &cfg, err, sizeof err);
    assert_non_null(m);
    uint64_t entry;
    wb_status st = wb_core_find("sparc")->load_native(m, p->image, &entry, err, sizeof err);
    if (st != WB_OK)
        fail_msg("%s", err);
    assert_int_equal(m->ops->start(m, false, 0), WB_OK);
    wb_exit e = wb_run(m, QX_BUDGET);
    const char *got = con.out ? con.out : "";
    bool ok = e.kind == WB_EXIT_HALT && strcmp(got, want) == 0;
    if (!ok) {
        print_message("qemu-sparc: %s differs (exit %s: %s)\n--- qemu\n%s--- vmwb\n%s---\n", p->name,
                      wb_exit_name(e.kind), e.msg, want, got);
        p->outcome = 2;
    } else
        p->outcome = 1;
    wb_destroy(m);
    wb_console_free(&con);
    free(want);
    assert_true(ok);
}

static int group_teardown(void **state)
{
    (void)state;
    unsigned matched = 0;
    for (unsigned i = 0; i < qx_n; i++)
        matched += qx_progs[i].outcome == 1;
    printf("qemu-sparc: %u/%u programs matched\n", matched, qx_n);
    return 0;
}

int main(void)
{
    const char *b = getenv("BUILD");
    snprintf(qx_build, sizeof qx_build, "%s", b && *b ? b : "build");
    DIR *d = opendir(QX_PROGDIR);
    if (!d) {
        fprintf(stderr, "cannot open %s (run from the top of the checkout)\n", QX_PROGDIR);
        return 1;
    }
    struct dirent *e;
    while ((e = readdir(d)) != NULL && qx_n < QX_MAXPROGS) {
        size_t l = strlen(e->d_name);
        if (l < 3 || l - 2 >= sizeof qx_names[0])
            continue;
        if (strcmp(e->d_name + l - 2, ".S") != 0 && strcmp(e->d_name + l - 2, ".c") != 0)
            continue;
        memcpy(qx_names[qx_n], e->d_name, l - 2);
        qx_names[qx_n++][l - 2] = 0;
    }
    closedir(d);
    qsort(qx_names, qx_n, sizeof qx_names[0], cmp_names);
    for (unsigned i = 0; i < qx_n; i++) {
        qx_progs[i].name = qx_names[i];
        snprintf(qx_progs[i].image, sizeof qx_progs[i].image, "%s/tests/sparc/progs/%s.elf",
                 qx_build, qx_names[i]);
    }
    struct CMUnitTest *tests = calloc(qx_n ? qx_n : 1, sizeof *tests);
    for (unsigned i = 0; i < qx_n; i++) {
        tests[i].name = qx_progs[i].name;
        tests[i].test_func = run_one;
        tests[i].initial_state = &qx_progs[i];
    }
    int rc = _cmocka_run_group_tests("qemu-sparc", tests, qx_n, group_setup, group_teardown);
    free(tests);
    return rc;
}
