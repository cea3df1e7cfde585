/* Differential test of the S/370 core against Hercules 3.13 (tests/hercules/README.md).
 *
 * Every program tests/hercules/progs/NAME.S is built into a flat image that both machines load at
 * absolute 0 and start at X'400' from a zero BC PSW.  Hercules runs it through
 * tests/hercules/run-hercules.sh; its final state is cached under $HERCULES_CACHE (default
 * $BUILD/hercules-cache) in a file named by the SHA-256 of image, harness script and card deck, so
 * Hercules only runs when one of them changed.  vmwb runs the same image in-process.  Then the
 * general, floating-point and control registers, the PSW, low storage 0-FF (without the interval
 * timer at 50-53, which Hercules decrements in real time) and the result area 1000-11FF must be
 * identical.
 *
 * Programs listed in `pending` below are not yet required to match (their instructions are still
 * being written on other branches): their differences are printed and the test is reported as
 * SKIPPED, never as passed.  The closing line says how many programs matched. */
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

#include "common/loader.h"
#include "common/sha256.h"
#include "machine.h"
#include "registry.h"

#define HX_STORAGE (2u << 20)          /* Hercules MAINSIZE 2 */
#define HX_START 0x400u
#define HX_BUDGET 5000000u             /* instructions; every program needs far fewer */
#define HX_LOW 0x100u                  /* low storage compared: 0-FF */
#define HX_RES_AT 0x1000u              /* result area and interruption log: 1000-11FF */
#define HX_RES_LEN 0x200u
#define HX_SCRIPT "tests/hercules/run-hercules.sh"
#define HX_DECK "tests/hercules/cards.txt"
#define HX_PROGDIR "tests/hercules/progs"
#define HX_MAXPROGS 128

/* Programs whose vmwb side is not yet required to match, with the reason. */
static const struct {
    const char *name;
    const char *why;
} pending[] = {
    {NULL, NULL},
};

typedef struct {
    bool halted;                      /* reached the disabled wait */
    char status[32];
    uint64_t gr[16], fpr[4], cr[16], psw;
    uint8_t low[HX_LOW], res[HX_RES_LEN];
    unsigned lines;                   /* storage lines read (Hercules side) */
} hx_state;

typedef struct {
    char name[64];
    char image[512];
    char result[512];                 /* Hercules' cached result */
    const char *pending;              /* reason, or NULL when required */
    int outcome;                      /* 0 not run, 1 matched, 2 differs (pending), 3 failed */
} hx_prog;

/* The programs live apart from the paths they are built from (one object would make GCC's
 * -Wrestrict see the snprintf source and destination as overlapping). */
static hx_prog hx_progs[HX_MAXPROGS];

static struct {
    char build[200];
    char cache[256];
    hx_prog *progs;
    unsigned n;
    bool setup_ok;
    char setup_err[1024];
} hx;

static const char *pending_reason(const char *name)
{
    for (size_t i = 0; i < sizeof pending / sizeof pending[0]; i++)
        if (pending[i].name && strcmp(pending[i].name, name) == 0)
            return pending[i].why;
    return NULL;
}

static int cmp_names(const void *a, const void *b) { return strcmp(((const hx_prog *)a)->name, ((const hx_prog *)b)->name); }

static bool hash_file(wb_sha256 *s, const char *path, char *err, size_t errlen)
{
    uint8_t *data;
    size_t size;
    if (wb_read_file(path, &data, &size, err, errlen) != WB_OK)
        return false;
    uint8_t len[8];
    for (int i = 0; i < 8; i++)
        len[i] = (uint8_t)((uint64_t)size >> (56 - 8 * i));
    wb_sha256_update(s, len, sizeof len);   /* length-prefixed: no two inputs hash alike */
    wb_sha256_update(s, data, size);
    free(data);
    return true;
}

static bool file_exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* Find the programs, compute their cache keys, and run Hercules for those not cached. */
static int group_setup(void **state)
{
    (void)state;
    hx.progs = hx_progs;
    const char *b = getenv("BUILD");
    snprintf(hx.build, sizeof hx.build, "%s", b && *b ? b : "build");
    const char *cache = getenv("HERCULES_CACHE");
    if (cache && *cache)
        snprintf(hx.cache, sizeof hx.cache, "%s", cache);
    else
        snprintf(hx.cache, sizeof hx.cache, "%s/hercules-cache", hx.build);

    DIR *d = opendir(HX_PROGDIR);
    if (!d) {
        snprintf(hx.setup_err, sizeof hx.setup_err, "cannot open %s (run from the top of the checkout)", HX_PROGDIR);
        return 0;
    }
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        size_t l = strlen(e->d_name);
        if (l < 3 || strcmp(e->d_name + l - 2, ".S") != 0 || l - 2 >= sizeof hx_progs[0].name)
            continue;
        if (hx.n == HX_MAXPROGS)
            break;
        hx_prog *p = &hx.progs[hx.n++];
        memset(p, 0, sizeof *p);
        memcpy(p->name, e->d_name, l - 2);
        p->name[l - 2] = 0;
    }
    closedir(d);
    qsort(hx.progs, hx.n, sizeof hx.progs[0], cmp_names);

    char *cmd = NULL;
    size_t cmdlen = 0;
    FILE *cf = open_memstream(&cmd, &cmdlen);
    if (!cf)
        return -1;
    fprintf(cf, "mkdir -p '%s' && sh %s -j 6 -r %s", hx.cache, HX_SCRIPT, HX_DECK);
    unsigned missing = 0;
    for (unsigned i = 0; i < hx.n; i++) {
        hx_prog *p = &hx.progs[i];
        p->pending = pending_reason(p->name);
        snprintf(p->image, sizeof p->image, "%s/tests/hercules/progs/%s.bin", hx.build, p->name);
        wb_sha256 s;
        wb_sha256_init(&s);
        char err[1024];
        if (!hash_file(&s, p->image, err, sizeof err) || !hash_file(&s, HX_SCRIPT, err, sizeof err) ||
            !hash_file(&s, HX_DECK, err, sizeof err)) {
            snprintf(hx.setup_err, sizeof hx.setup_err, "%s", err);
            fclose(cf);
            free(cmd);
            return 0;
        }
        uint8_t dig[32];
        char hex[65];
        wb_sha256_final(&s, dig);
        wb_sha256_hex(dig, hex);
        snprintf(p->result, sizeof p->result, "%s/%s.txt", hx.cache, hex);
        if (!file_exists(p->result)) {
            fprintf(cf, " '%s=%s'", p->image, p->result);
            missing++;
        }
    }
    fclose(cf);
    if (missing) {
        printf("hercules: running Hercules for %u of %u programs (results cached in %s)\n", missing, hx.n,
               hx.cache);
        fflush(stdout);
        int rc = system(cmd);
        if (rc != 0)
            printf("hercules: the harness exited with status %d (see the failing programs)\n", rc);
    }
    free(cmd);
    hx.setup_ok = true;
    return 0;
}

static int parse_hex64(const char *s, uint64_t *v)
{
    char *end;
    *v = strtoull(s, &end, 16);
    return end != s && (*end == 0 || *end == '\n') ? 0 : -1;
}

/* Read the harness' text form (see run-hercules.sh). */
static bool read_result(const char *path, hx_state *h, char *err, size_t errlen)
{
    memset(h, 0, sizeof *h);
    FILE *f = fopen(path, "r");
    if (!f) {
        snprintf(err, errlen, "no Hercules result %.300s (is hercules installed? make deps; see %.300s.bad)", path, path);
        return false;
    }
    char line[256];
    unsigned regs = 0;
    while (fgets(line, sizeof line, f)) {
        char key[16], val[64];
        unsigned n;
        uint64_t v;
        if (sscanf(line, "status %31s", h->status) == 1) {
            h->halted = strcmp(h->status, "halt") == 0;
        } else if (sscanf(line, "mem %x %63s", &n, val) == 2 && strlen(val) == 32) {
            uint8_t bytes[16];
            for (int i = 0; i < 16; i++) {
                unsigned x;
                sscanf(val + 2 * i, "%2x", &x);
                bytes[i] = (uint8_t)x;
            }
            if (n + 16 <= HX_LOW)
                memcpy(h->low + n, bytes, 16), h->lines++;
            else if (n >= HX_RES_AT && n + 16 <= HX_RES_AT + HX_RES_LEN)
                memcpy(h->res + (n - HX_RES_AT), bytes, 16), h->lines++;
        } else if (sscanf(line, "%15s %63s", key, val) == 2 && parse_hex64(val, &v) == 0) {
            if (strcmp(key, "psw") == 0)
                h->psw = v, regs++;
            else if (key[0] == 'r' && sscanf(key + 1, "%u", &n) == 1 && n < 16)
                h->gr[n] = v, regs++;
            else if (key[0] == 'f' && sscanf(key + 1, "%u", &n) == 1 && n < 8 && n % 2 == 0)
                h->fpr[n / 2] = v, regs++;
            else if (key[0] == 'c' && key[1] == 'r' && sscanf(key + 2, "%u", &n) == 1 && n < 16)
                h->cr[n] = v, regs++;
        }
    }
    fclose(f);
    if (!h->halted) {
        snprintf(err, errlen, "Hercules did not reach the disabled wait (status %s): broken test program?",
                 h->status[0] ? h->status : "missing");
        return false;
    }
    if (regs != 16 + 4 + 16 + 1 || h->lines != (HX_LOW + HX_RES_LEN) / 16) {
        snprintf(err, errlen, "incomplete Hercules result %s (%u registers, %u storage lines)", path, regs, h->lines);
        return false;
    }
    return true;
}

static uint64_t reg(wb_machine *m, const char *name)
{
    int i = wb_reg_index(m, name);
    return i < 0 ? UINT64_MAX : m->ops->get_reg(m, (unsigned)i);
}

/* Run the image on vmwb: same storage size, same card deck, start at X'400'. */
static bool run_vmwb(const hx_prog *p, hx_state *v, char *err, size_t errlen)
{
    memset(v, 0, sizeof *v);
    wb_core_config cfg = {.storage = HX_STORAGE, .reader = HX_DECK};
    wb_machine *m = wb_core_create("s370", &cfg, err, errlen);
    if (!m)
        return false;
    wb_load_info info;
    if (wb_load_file(m, p->image, true, 0, &info, err, errlen) != WB_OK ||
        m->ops->start(m, true, HX_START) != WB_OK) {
        if (!err[0])
            snprintf(err, errlen, "cannot start %s", p->image);
        wb_destroy(m);
        return false;
    }
    wb_exit e = wb_run(m, HX_BUDGET);
    v->halted = e.kind == WB_EXIT_HALT;
    snprintf(v->status, sizeof v->status, "%s", wb_exit_name(e.kind));
    char name[8];
    for (unsigned i = 0; i < 16; i++) {
        snprintf(name, sizeof name, "r%u", i);
        v->gr[i] = reg(m, name);
        snprintf(name, sizeof name, "cr%u", i);
        v->cr[i] = reg(m, name);
    }
    for (unsigned i = 0; i < 4; i++) {
        snprintf(name, sizeof name, "f%u", 2 * i);
        v->fpr[i] = reg(m, name);
    }
    v->psw = reg(m, "psw");
    bool ok = m->ops->read(m, 0, v->low, HX_LOW) == WB_OK && m->ops->read(m, HX_RES_AT, v->res, HX_RES_LEN) == WB_OK;
    if (!ok)
        snprintf(err, errlen, "cannot read vmwb storage");
    wb_destroy(m);
    return ok;
}

/* Append every difference to out; returns their number. */
static unsigned compare(const hx_state *h, const hx_state *v, char *out, size_t outlen)
{
    unsigned n = 0;
    size_t used = 0;
#define ADD(...) do { if (used < outlen) used += (size_t)snprintf(out + used, outlen - used, __VA_ARGS__); } while (0)
#define NOTE(...) do { n++; ADD(__VA_ARGS__); } while (0)
    if (!v->halted)
        NOTE("  vmwb did not reach a disabled wait: exit %s\n", v->status);
    if (h->psw != v->psw)
        NOTE("  psw: hercules %016llx vmwb %016llx\n", (unsigned long long)h->psw, (unsigned long long)v->psw);
    for (unsigned i = 0; i < 16; i++)
        if (h->gr[i] != v->gr[i])
            NOTE("  r%u: hercules %08llx vmwb %08llx\n", i, (unsigned long long)h->gr[i], (unsigned long long)v->gr[i]);
    for (unsigned i = 0; i < 4; i++)
        if (h->fpr[i] != v->fpr[i])
            NOTE("  f%u: hercules %016llx vmwb %016llx\n", 2 * i, (unsigned long long)h->fpr[i],
                 (unsigned long long)v->fpr[i]);
    for (unsigned i = 0; i < 16; i++)
        if (h->cr[i] != v->cr[i])
            NOTE("  cr%u: hercules %08llx vmwb %08llx\n", i, (unsigned long long)h->cr[i], (unsigned long long)v->cr[i]);
    /* Storage: one note per differing 16-byte line, naming its first differing byte. */
    for (unsigned area = 0; area < 2; area++) {
        const uint8_t *a = area ? h->res : h->low, *b = area ? v->res : v->low;
        unsigned len = area ? HX_RES_LEN : HX_LOW, base = area ? HX_RES_AT : 0;
        for (unsigned line = 0; line < len; line += 16) {
            for (unsigned i = line; i < line + 16; i++) {
                if (!area && i >= 0x50 && i < 0x54)
                    continue;   /* interval timer: real time on Hercules */
                if (a[i] != b[i]) {
                    NOTE("  storage %06x (line %06x): hercules", base + i, base + line);
                    for (unsigned k = line; k < line + 16; k++)
                        ADD("%s%02x", k % 4 ? "" : " ", a[k]);
                    ADD(" vmwb");
                    for (unsigned k = line; k < line + 16; k++)
                        ADD("%s%02x", k % 4 ? "" : " ", b[k]);
                    ADD("\n");
                    break;
                }
            }
        }
    }
#undef NOTE
#undef ADD
    return n;
}

static void check_program(void **state)
{
    hx_prog *p = *state;
    assert_true(hx.setup_ok);
    char err[1024] = "";
    hx_state h, v;
    if (!read_result(p->result, &h, err, sizeof err)) {
        p->outcome = 3;
        fail_msg("%s: %s", p->name, err);
    }
    if (!run_vmwb(p, &v, err, sizeof err)) {
        p->outcome = 3;
        fail_msg("%s: vmwb: %s", p->name, err);
    }
    char diff[4096] = "";
    unsigned n = compare(&h, &v, diff, sizeof diff);
    if (n == 0) {
        p->outcome = 1;
        if (p->pending)
            printf("hercules: %s now matches: take it off the pending list\n", p->name);
        return;
    }
    p->outcome = p->pending ? 2 : 3;
    printf("hercules: %s: %u difference%s (hercules vs vmwb)%s\n%s", p->name, n, n == 1 ? "" : "s",
           p->pending ? ", PENDING" : "", diff);
    if (p->pending) {
        printf("hercules: %s is pending (%s): not counted as passed\n", p->name, p->pending);
        skip();
    }
    fail_msg("%s differs from Hercules", p->name);
}

static int group_teardown(void **state)
{
    (void)state;
    unsigned matched = 0, npend = 0;
    for (unsigned i = 0; i < hx.n; i++) {
        matched += hx.progs[i].outcome == 1;
        npend += hx.progs[i].outcome == 2;
    }
    printf("hercules: %u/%u programs matched", matched, hx.n);
    if (npend) {
        printf("; pending (not yet required, differ):");
        for (unsigned i = 0; i < hx.n; i++)
            if (hx.progs[i].outcome == 2)
                printf(" %s", hx.progs[i].name);
    }
    printf("\n");
    return 0;
}

/* The comparison itself: equal states give no note, each kind of difference gives one, and the
 * interval timer at 50-53 is ignored. */
static void compare_finds_each_difference(void **state)
{
    (void)state;
    static hx_state h, v;
    memset(&h, 0, sizeof h);
    h.halted = true;
    h.psw = 0x0002000080000000ull;
    h.gr[3] = 7;
    h.res[0x10] = 0xAB;
    v = h;
    char out[1024];
    assert_int_equal(compare(&h, &v, out, sizeof out), 0);
    v.low[0x52] = 0xFF;                          /* interval timer: not compared */
    assert_int_equal(compare(&h, &v, out, sizeof out), 0);
    v.gr[3] = 8;
    v.fpr[1] = 1;
    v.cr[0] = 0xE0;
    v.psw ^= 1;
    v.low[0x28] = 1;
    v.res[0x1FF] = 1;
    v.halted = false;
    assert_int_equal(compare(&h, &v, out, sizeof out), 7);
    assert_non_null(strstr(out, "r3: hercules 00000007 vmwb 00000008"));
    assert_non_null(strstr(out, "storage 0011ff"));
}

static void setup_failed(void **state)
{
    (void)state;
    fail_msg("hercules: %s", hx.setup_err[0] ? hx.setup_err : "no programs found");
}

int main(void)
{
    group_setup(NULL);
    static struct CMUnitTest tests[HX_MAXPROGS + 1];
    unsigned n = 0;
    tests[n++] = (struct CMUnitTest){"compare_finds_each_difference", compare_finds_each_difference, NULL, NULL, NULL};
    if (!hx.setup_ok || hx.n == 0) {
        tests[n++] = (struct CMUnitTest){"hercules_setup", setup_failed, NULL, NULL, NULL};
    } else {
        for (unsigned i = 0; i < hx.n; i++)
            tests[n++] = (struct CMUnitTest){hx.progs[i].name, check_program, NULL, NULL, &hx.progs[i]};
    }
    /* Fail loudly when a pending entry names no program (a typo would hide nothing, but mislead). */
    for (size_t i = 0; i < sizeof pending / sizeof pending[0]; i++) {
        bool found = !pending[i].name;
        for (unsigned k = 0; k < hx.n && !found; k++)
            found = strcmp(hx.progs[k].name, pending[i].name) == 0;
        if (!found) {
            printf("hercules: pending entry %s names no program\n", pending[i].name);
            return 1;
        }
    }
    return _cmocka_run_group_tests("hercules", tests, n, NULL, group_teardown);
}
