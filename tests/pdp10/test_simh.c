/* Differential suite: small KA10 programs (tests/pdp10/simh/progs, one .mac each) run on vmwb's KA10 core
 * and on simh's pdp10 (a KS10), comparing AC0-AC17, storage 1000-2177 and the PC at the HALT.
 *
 * The programs keep to what the KA10 and the KS10 share (ARCH-FACTS.md): no overflow (the KS10's
 * TRAP1 flag and overflow trap), no pushdown overflow (TRAP2), no XCT with AC != 0 (PXCT), no IBP
 * with AC != 0 (ADJBP), no floating point, no in-out, paging off, executive mode only.
 *
 * simh is driven by a script of `dep` commands, `go`, and `ex`; its output is cached under
 * $SIMH_CACHE (default $BUILD/simh-cache) in a file named by the SHA-256 of the assembled image and
 * the script version, so simh runs only for new or changed programs.  Without simh and without a
 * cached result, a program's test is skipped. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <limits.h>
#include <sys/stat.h>

#include "common/sha256.h"
#include "pdp10/asm.h"
#include "pdp10/pdp10.h"

#define PROGS "tests/pdp10/simh/progs"
#define MAXPROGS 128
#define LO 01000
#define HI 02177
#define SCRIPT_VERSION "simh-script-1"

typedef struct {
    char name[64];
    char path[256];
    char *image;          /* assembled image text */
    size_t image_len;
    char cache[512];
} prog;

typedef struct {
    uint64_t ac[16];
    uint64_t mem[HI - LO + 1];
    uint32_t pc;
    bool halted;
} result;

static prog progs[MAXPROGS];
static unsigned nprogs, matched, compared;
static char cache_dir[400];

static char *read_text(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *b = malloc((size_t)n + 1);
    if (b && fread(b, 1, (size_t)n, f) != (size_t)n) {
        free(b);
        b = NULL;
    }
    fclose(f);
    if (b) {
        b[n] = 0;
        *len = (size_t)n;
    }
    return b;
}

static bool assemble(prog *p)
{
    size_t len;
    char *src = read_text(p->path, &len);
    if (!src)
        return false;
    char *img = NULL;
    size_t ilen = 0;
    FILE *out = open_memstream(&img, &ilen);
    pdp10_asm_result res;
    unsigned errs = pdp10_assemble(p->path, src, len, out, stderr, &res);
    fclose(out);
    free(src);
    if (errs) {
        free(img);
        return false;
    }
    p->image = img;
    p->image_len = ilen;
    return true;
}

/* vmwb: load the image into a bare KA10, run to the HALT. */
static void run_vmwb(const prog *p, result *r)
{
    char err[256];
    wb_core_config cfg = {.storage = 16u << 10};
    wb_machine *m = pdp10_create(&cfg, err, sizeof err);
    assert_non_null(m);
    pdp10_cpu *c = (pdp10_cpu *)m;
    uint32_t entry = 0;
    assert_int_equal(pdp10_load_image_text(c, p->image, p->image_len, p->name, &entry, err, sizeof err), WB_OK);
    assert_int_equal(m->ops->start(m, true, entry), WB_OK);
    wb_exit e = m->ops->run(m, 1000000);
    r->halted = e.kind == WB_EXIT_HALT;
    memcpy(r->ac, c->ac, sizeof r->ac);
    for (unsigned a = LO; a <= HI; a++)
        r->mem[a - LO] = c->mem[a];
    r->pc = c->pc;
    wb_destroy(m);
}

/* The simh script: deposit every non-zero word of the image, start, examine. */
static bool write_script(const prog *p, const char *path)
{
    FILE *f = fopen(path, "w");
    if (!f)
        return false;
    const char *s = p->image;
    unsigned start = 0;
    while (*s) {
        const char *nl = strchr(s, '\n');
        size_t n = nl ? (size_t)(nl - s) : strlen(s);
        char line[128];
        if (n < sizeof line) {
            memcpy(line, s, n);
            line[n] = 0;
            unsigned a, lh, rh;
            if (sscanf(line, "start %o", &start) == 1) {
            } else if (sscanf(line, "%o: %o %o", &a, &lh, &rh) == 3 && (lh || rh)) {
                fprintf(f, "dep %o %06o%06o\n", a, lh, rh);
            }
        }
        s += n + (nl ? 1 : 0);
    }
    fprintf(f, "dep pc %o\ngo\n", start);
    for (int i = 0; i < 16; i++)
        fprintf(f, "ex ac%o\n", (unsigned)i);
    fprintf(f, "ex %o-%o\nex pc\nquit\n", LO, HI);
    fclose(f);
    return true;
}

static bool run_simh(const prog *p)
{
    char script[600], cmd[2600];
    snprintf(script, sizeof script, "%s.simh", p->cache);
    if (!write_script(p, script))
        return false;
    snprintf(cmd, sizeof cmd, "cd /tmp && timeout 20 pdp10 '%s' > '%s.tmp' 2>&1 && mv '%s.tmp' '%s'", script, p->cache,
             p->cache, p->cache);
    int rc = system(cmd);
    remove(script);
    return rc == 0;
}

static bool parse_simh(const char *text, result *r)
{
    memset(r, 0, sizeof *r);
    bool got_pc = false;
    r->halted = strstr(text, "HALT instruction") != NULL;
    const char *s = text;
    while (*s) {
        const char *nl = strchr(s, '\n');
        size_t n = nl ? (size_t)(nl - s) : strlen(s);
        char line[160];
        if (n < sizeof line) {
            memcpy(line, s, n);
            line[n] = 0;
            unsigned a;
            unsigned long long v;
            if (sscanf(line, "AC%o:\t%llo", &a, &v) == 2 && a < 16) {
                r->ac[a] = v;
            } else if (sscanf(line, "PC:\t%llo", &v) == 1) {
                r->pc = (uint32_t)v;
                got_pc = true;
            } else if (sscanf(line, "%o:\t%llo", &a, &v) == 2 && a >= LO && a <= HI) {
                r->mem[a - LO] = v;
            }
        }
        s += n + (nl ? 1 : 0);
    }
    return got_pc;
}

static void test_prog(void **state)
{
    prog *p = *state;
    result v, s;
    run_vmwb(p, &v);
    assert_true(v.halted);
    size_t len;
    char *text = read_text(p->cache, &len);
    if (!text) {
        if (system("command -v pdp10 > /dev/null 2>&1") != 0 || !run_simh(p) || !(text = read_text(p->cache, &len))) {
            printf("simh: %s: no simh and no cached result: skipped\n", p->name);
            skip();
        }
    }
    bool ok = parse_simh(text, &s);
    free(text);
    assert_true(ok);
    assert_true(s.halted);
    compared++;
    bool same = true;
    for (int i = 0; i < 16; i++)
        if (v.ac[i] != s.ac[i]) {
            printf("%s: AC%o vmwb %012llo simh %012llo\n", p->name, (unsigned)i, (unsigned long long)v.ac[i],
                   (unsigned long long)s.ac[i]);
            same = false;
        }
    for (unsigned a = LO; a <= HI; a++)
        if (v.mem[a - LO] != s.mem[a - LO]) {
            printf("%s: %06o vmwb %012llo simh %012llo\n", p->name, a, (unsigned long long)v.mem[a - LO],
                   (unsigned long long)s.mem[a - LO]);
            same = false;
        }
    if (v.pc != s.pc) {
        printf("%s: PC vmwb %06o simh %06o\n", p->name, v.pc, s.pc);
        same = false;
    }
    if (same)
        matched++;
    assert_true(same);
}

static int cmp_prog(const void *a, const void *b) { return strcmp(((const prog *)a)->name, ((const prog *)b)->name); }

static void find_progs(void)
{
    DIR *d = opendir(PROGS);
    if (!d)
        return;
    struct dirent *de;
    while ((de = readdir(d)) && nprogs < MAXPROGS) {
        size_t n = strlen(de->d_name);
        if (n < 5 || n >= sizeof progs[0].name + 4 || sizeof PROGS + n >= sizeof progs[0].path ||
            strcmp(de->d_name + n - 4, ".mac") != 0)
            continue;
        prog *p = &progs[nprogs];
        memcpy(p->name, de->d_name, n - 4);
        p->name[n - 4] = 0;
        memcpy(p->path, PROGS "/", sizeof PROGS);
        memcpy(p->path + sizeof PROGS, de->d_name, n + 1);
        nprogs++;
    }
    closedir(d);
    qsort(progs, nprogs, sizeof progs[0], cmp_prog);
}

int main(void)
{
    const char *b = getenv("BUILD");
    const char *c = getenv("SIMH_CACHE");
    if (c && *c)
        snprintf(cache_dir, sizeof cache_dir, "%s", c);
    else
        snprintf(cache_dir, sizeof cache_dir, "%s/simh-cache", b && *b ? b : "build");
    mkdir(cache_dir, 0777);
    char abs[PATH_MAX];
    size_t alen;
    if (realpath(cache_dir, abs) && (alen = strlen(abs)) < sizeof cache_dir)
        memcpy(cache_dir, abs, alen + 1);   /* simh runs in /tmp: the cache path must be absolute */
    find_progs();
    struct CMUnitTest tests[MAXPROGS];
    unsigned nt = 0;
    for (unsigned i = 0; i < nprogs; i++) {
        prog *p = &progs[i];
        if (!assemble(p)) {
            fprintf(stderr, "simh: %s does not assemble\n", p->path);
            return 1;
        }
        wb_sha256 h;
        uint8_t dig[32];
        char hex[65];
        wb_sha256_init(&h);
        wb_sha256_update(&h, SCRIPT_VERSION, strlen(SCRIPT_VERSION));
        wb_sha256_update(&h, p->image, p->image_len);
        wb_sha256_final(&h, dig);
        wb_sha256_hex(dig, hex);
        snprintf(p->cache, sizeof p->cache, "%s/%s.txt", cache_dir, hex);
        tests[nt].name = p->name;
        tests[nt].test_func = test_prog;
        tests[nt].setup_func = NULL;
        tests[nt].teardown_func = NULL;
        tests[nt].initial_state = p;
        nt++;
    }
    int rc = _cmocka_run_group_tests("simh", tests, nt, NULL, NULL);
    printf("simh: %u/%u programs matched (%u compared)\n", matched, nprogs, compared);
    for (unsigned i = 0; i < nprogs; i++)
        free(progs[i].image);
    return rc;
}
