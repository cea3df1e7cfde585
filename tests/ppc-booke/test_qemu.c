/* Differential test of the ppc-booke core against QEMU's bamboo board (qemu-system-ppc -M bamboo).
 *
 * Every program tests/ppc-booke/progs/NAME.c is built (with tests/ppc-booke/rt/) into one ELF that
 * runs unchanged on both machines and prints its results through the UART, then ends the run with
 * DBCR0[RST].  QEMU runs it as `qemu-system-ppc -M bamboo -nographic -no-reboot -net none -kernel ELF`
 * (-net none because the board's default e1000 needs a ROM file Debian does not ship); its UART text
 * is cached under $BOOKE_QEMU_CACHE (default build/qemu-booke-cache) in a file named by the SHA-256
 * of the ELF, so QEMU only runs when a program changed.  vmwb runs the same ELF in-process; the texts
 * must be identical.  Known QEMU deviations are kept out of the printed results by the programs
 * themselves, never reproduced by the core: SRR1 on program interrupts carries Book S reason bits
 * (0x80000 illegal, 0x40000 privileged, 0x20000 trap); mtmsr cannot set ME; DEC reads right after a
 * write; tlbsx ignores MMUCR[STS] and writes -1 to rT on a miss (undefined in Book E); XER's reserved
 * bits are kept; a misaligned stwcx. is performed without an alignment interrupt; mfspr of an
 * undefined SPR is a no-op in supervisor state (vmwb: illegal instruction); code already run stays
 * executable after its TLB entry loses SX; the FIT never fires on bamboo; mftb with a TBR other
 * than 268/269 reads a value (vmwb: illegal).  The closing line says how many programs matched. */
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

#define QX_MAXPROGS 128
#define QX_BUDGET 20000000u

typedef struct {
    char name[64];
    char image[512];
    int outcome;   /* 0 not run, 1 matched, 2 failed */
} qx_prog;

static qx_prog progs[QX_MAXPROGS];
static unsigned nprogs;
static char cache_dir[512];

static int cmp_prog(const void *a, const void *b) { return strcmp(((const qx_prog *)a)->name, ((const qx_prog *)b)->name); }

static void find_programs(void)
{
    const char *build = getenv("BUILD") ? getenv("BUILD") : "build";
    const char *cache = getenv("BOOKE_QEMU_CACHE");
    snprintf(cache_dir, sizeof cache_dir, "%s", cache ? cache : "build/qemu-booke-cache");
    mkdir(cache_dir, 0777);
    DIR *d = opendir("tests/ppc-booke/progs");
    if (!d)
        return;
    struct dirent *e;
    while ((e = readdir(d)) && nprogs < QX_MAXPROGS) {
        size_t n = strlen(e->d_name);
        if (n < 3 || n >= sizeof progs[0].name || strcmp(e->d_name + n - 2, ".c") != 0)
            continue;
        char name[64];   /* a separate buffer: GCC's -Wrestrict sees p->name and p->image as one object */
        memcpy(name, e->d_name, n - 2);
        name[n - 2] = 0;
        qx_prog *p = &progs[nprogs++];
        memcpy(p->name, name, n - 1);
        snprintf(p->image, sizeof p->image, "%s/tests/ppc-booke/progs/%s.elf", build, name);
    }
    closedir(d);
    qsort(progs, nprogs, sizeof progs[0], cmp_prog);
}

static char *read_text(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 4096, len = 0;
    char *buf = malloc(cap);
    size_t k;
    while (buf && (k = fread(buf + len, 1, cap - len - 1, f)) > 0) {
        len += k;
        if (cap - len < 2) {
            char *nb = realloc(buf, cap * 2);
            if (!nb) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = nb;
            cap *= 2;
        }
    }
    fclose(f);
    if (buf)
        buf[len] = 0;
    return buf;
}

/* QEMU's UART text for the image, from the cache or by running QEMU (NULL when neither works). */
static char *qemu_text(const char *image)
{
    uint8_t *data;
    size_t size;
    char err[256];
    if (wb_read_file(image, &data, &size, err, sizeof err) != WB_OK)
        return NULL;
    wb_sha256 s;
    uint8_t dig[32];
    char hex[65];
    wb_sha256_init(&s);
    wb_sha256_update(&s, data, size);
    wb_sha256_final(&s, dig);
    wb_sha256_hex(dig, hex);
    free(data);
    char path[700];
    snprintf(path, sizeof path, "%s/%s.txt", cache_dir, hex);
    char *t = read_text(path);
    if (t)
        return t;
    char cmd[1600], tmp[720];
    snprintf(tmp, sizeof tmp, "%s.tmp", path);
    snprintf(cmd, sizeof cmd,
             "timeout 30 qemu-system-ppc -M bamboo -nographic -no-reboot -net none -kernel '%s' "
             "</dev/null >'%s' 2>/dev/null",
             image, tmp);
    if (system(cmd) != 0) {
        remove(tmp);
        return NULL;
    }
    if (rename(tmp, path) != 0)
        return NULL;
    return read_text(path);
}

static void run_program(void **state)
{
    qx_prog *p = *state;
    p->outcome = 2;
    char *want = qemu_text(p->image);
    if (!want) {
        printf("%s: no QEMU result (qemu-system-ppc missing and nothing cached)\n", p->name);
        skip();
    }
    wb_console con;
    wb_console_init(&con);
    wb_core_config cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.console = &con;
    char err[256];
    wb_machine *m = wb_core_create("ppc-booke", &cfg, err, sizeof err);
    assert_non_null(m);
    const wb_core_info *ci = wb_core_find("ppc-booke");
    uint64_t entry;
    if (ci->load_native(m, p->image, &entry, err, sizeof err) != WB_OK) {
        printf("%s\n", err);
        fail();
    }
    assert_int_equal(m->ops->start(m, false, 0), WB_OK);
    wb_exit e = wb_run(m, QX_BUDGET);
    const char *got = con.out ? con.out : "";
    bool same = strcmp(got, want) == 0;
    if (!same || e.kind != WB_EXIT_HALT)
        printf("%s: exit %s (%s)\n--- qemu\n%s--- vmwb\n%s---\n", p->name, wb_exit_name(e.kind), e.msg, want, got);
    else
        p->outcome = 1;
    wb_destroy(m);
    wb_console_free(&con);
    free(want);
    assert_int_equal(e.kind, WB_EXIT_HALT);
    assert_true(same);
}

int main(void)
{
    find_programs();
    struct CMUnitTest tests[QX_MAXPROGS];
    for (unsigned i = 0; i < nprogs; i++) {
        tests[i] = (struct CMUnitTest){progs[i].name, run_program, NULL, NULL, &progs[i]};
    }
    int rc = _cmocka_run_group_tests("ppc-booke vs qemu", tests, nprogs, NULL, NULL);
    unsigned ok = 0;
    for (unsigned i = 0; i < nprogs; i++)
        ok += progs[i].outcome == 1;
    printf("qemu-ppc: %u/%u programs matched\n", ok, nprogs);
    return rc;
}
