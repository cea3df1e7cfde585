/* vmwb compare: the matrix's cells for narrowed selections (expected values from Popek & Goldberg and
 * the guests' own descriptions: the S/370 satisfies Theorem 1; on the PDP-10 JRST 1 enters user mode
 * without trapping, so trap-and-emulate loses track of the mode; emulation never runs anything
 * directly), the output formats' shapes, and the exit statuses. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "frontends/common/compare.h"

static char tmpdir[256];
static const char *vmwb;
static char out[1 << 18];

/* Run a shell command line; stdout (and stderr when `both`) in out; returns the exit status. */
static int shx(bool both, const char *fmt, ...)
{
    char cmd[4096], full[4200];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(cmd, sizeof cmd, fmt, ap);
    va_end(ap);
    snprintf(full, sizeof full, "%s %s", cmd, both ? "2>&1" : "2>/dev/null");
    FILE *p = popen(full, "r");
    assert_non_null(p);
    size_t n = fread(out, 1, sizeof out - 1, p);
    out[n] = 0;
    int st = pclose(p);
    return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

static int setup(void **state)
{
    (void)state;
    vmwb = getenv("VMWB");
    if (!vmwb)
        vmwb = "./vmwb";
    snprintf(tmpdir, sizeof tmpdir, "/tmp/vmwb-compare-XXXXXX");
    return mkdtemp(tmpdir) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf %s", tmpdir);
    return system(cmd) == 0 ? 0 : -1;
}

/* Split one CSV line into fields (quoted fields may hold commas); returns the count. */
static unsigned csv_split(char *line, char **f, unsigned max)
{
    unsigned n = 0;
    char *p = line;
    while (n < max) {
        if (*p == '"') {
            f[n++] = ++p;
            char *w = p;
            while (*p && !(p[0] == '"' && p[1] != '"')) {
                if (p[0] == '"')
                    p++;
                *w++ = *p++;
            }
            if (*p)
                p++;
            *w = 0;
            if (*p == ',')
                p++;
            else
                return n;
            continue;
        }
        f[n++] = p;
        char *c = strchr(p, ',');
        if (!c)
            return n;
        *c = 0;
        p = c + 1;
    }
    return n;
}

static int col(char **hdr, unsigned n, const char *name)
{
    for (unsigned i = 0; i < n; i++)
        if (!strcmp(hdr[i], name))
            return (int)i;
    fail_msg("no column %s", name);
    return -1;
}

/* S/370, depth 1: Theorem 1 holds, so trap and hybrid pass all three properties; emulation is
 * equivalent and resource-controlled but never efficient. */
static void s370_depth1_cells(void **state)
{
    (void)state;
    assert_int_equal(shx(false, "%s compare --core s370 --nest 1 --format csv", vmwb), 0);
    char *lines[32];
    unsigned nl = 0;
    for (char *save = NULL, *l = strtok_r(out, "\n", &save); l && nl < 32; l = strtok_r(NULL, "\n", &save))
        lines[nl++] = l;
    assert_int_equal(nl, 1 + 9);   /* minios, hello, escaper x trap, hybrid, emulate */
    char *hdr[64];
    unsigned nh = csv_split(lines[0], hdr, 64);
    int cg = col(hdr, nh, "guest"), cs = col(hdr, nh, "strategy"), cn = col(hdr, nh, "nest");
    int ce = col(hdr, nh, "equivalence"), cr = col(hdr, nh, "resource_control"), cf = col(hdr, nh, "efficiency");
    int cd = col(hdr, nh, "direct_share"), ci = col(hdr, nh, "interpreted"), ca = col(hdr, nh, "as_predicted");
    int cv = col(hdr, nh, "core_verdict"), cu = col(hdr, nh, "auto_strategy"), cx = col(hdr, nh, "exit");
    unsigned seen[3] = {0};
    for (unsigned i = 1; i < nl; i++) {
        char *f[64];
        assert_int_equal(csv_split(lines[i], f, 64), nh);
        assert_string_equal(f[cn], "1");
        assert_string_equal(f[cx], "halt");
        assert_string_equal(f[ce], "pass");
        assert_string_equal(f[cr], "pass");
        assert_string_equal(f[ca], "yes");
        assert_string_equal(f[cv], "theorem1");
        assert_string_equal(f[cu], "trap");
        bool emulate = !strcmp(f[cs], "emulate");
        assert_string_equal(f[cf], emulate ? "n/a" : "pass");
        if (emulate) {
            assert_float_equal(atof(f[cd]), 0.0, 1e-9);
            assert_true(atoll(f[ci]) > 0);
        }
        if (!strcmp(f[cg], "minios"))
            seen[0]++;
        else if (!strcmp(f[cg], "hello"))
            seen[1]++;
        else if (!strcmp(f[cg], "escaper"))
            seen[2]++;
    }
    assert_int_equal(seen[0], 3);
    assert_int_equal(seen[1], 3);
    assert_int_equal(seen[2], 3);
}

/* PDP-10 minios: trap-and-emulate misses the JRST 1 that enters user mode, so the first divergence
 * is the bare run in user mode where the monitored one still thinks it is in supervisor mode, just
 * after that JRST; the hybrid monitor interprets supervisor mode and sees it. */
static void pdp10_trap_and_hybrid_json(void **state)
{
    (void)state;
    assert_int_equal(shx(false,
                         "%s compare --core pdp10 --guest minios --strategy trap,hybrid --nest 1 --format json | "
                         "python3 -c 'import json,sys\n"
                         "d=json.load(sys.stdin)\n"
                         "print(len(d[\"rows\"]), len(d[\"cores\"]), d[\"cores\"][0][\"verdict\"], d[\"cores\"][0][\"auto\"], "
                         "d[\"unexpected\"])\n"
                         "for r in d[\"rows\"]:\n"
                         "  fd=r[\"first_divergence\"]\n"
                         "  print(r[\"strategy\"], r[\"nest\"], r[\"equivalence\"], r[\"resource_control\"], r[\"efficiency\"], "
                         "r[\"predicted\"][\"equivalence\"], r[\"as_predicted\"], "
                         "fd and fd[\"bare\"][\"mode\"], fd and fd[\"monitored\"][\"mode\"], "
                         "fd and fd[\"preceded_by\"][\"mnemonic\"].split()[0], "
                         "fd and fd[\"preceded_by\"][\"instruction_number\"] + 1 == fd[\"instruction_number\"], "
                         "sorted(k for k in (\"direct\",\"trapped\",\"interpreted\",\"level0_exits\",\"exit_multiplication\","
                         "\"host_time_ratio\",\"direct_share\") if k in r) == sorted((\"direct\",\"trapped\",\"interpreted\","
                         "\"level0_exits\",\"exit_multiplication\",\"host_time_ratio\",\"direct_share\")))'",
                         vmwb),
                     0);
    assert_string_equal(out, "2 1 theorem3 hybrid 0\n"
                             "trap 1 False True True fail True user supervisor JRST True True\n"
                             "hybrid 1 True True True pass True None None None None True\n");
}

/* Tags balance: every <x ...> is closed by </x>, or closes itself. */
static void assert_balanced_xml(const char *s)
{
    char stack[64][32];
    int depth = 0;
    unsigned elements = 0;
    for (const char *p = strchr(s, '<'); p; p = strchr(p + 1, '<')) {
        const char *end = strchr(p, '>');
        assert_non_null(end);
        if (p[1] == '/') {
            assert_true(depth > 0);
            depth--;
            size_t n = strlen(stack[depth]);
            assert_int_equal(strncmp(p + 2, stack[depth], n), 0);
            assert_true(p[2 + n] == '>');
        } else if (end[-1] != '/') {
            assert_true(depth < 64);
            size_t n = strcspn(p + 1, " >");
            assert_true(n < 32);
            memcpy(stack[depth], p + 1, n);
            stack[depth][n] = 0;
            depth++;
        }
        elements++;
        p = end;
    }
    assert_int_equal(depth, 0);
    assert_true(elements > 10);
}

static void svg_is_well_formed(void **state)
{
    (void)state;
    char path[512];
    snprintf(path, sizeof path, "%s/m.svg", tmpdir);
    assert_int_equal(shx(false, "%s compare --core m68000 --guest detector --strategy trap,scan --nest 1 --format svg -o %s",
                         vmwb, path),
                     0);
    assert_string_equal(out, "");   /* -o: nothing on stdout */
    assert_int_equal(shx(false, "cat %s", path), 0);
    assert_int_equal(strncmp(out, "<svg", 4), 0);
    assert_non_null(strstr(out, "</svg>\n"));
    assert_balanced_xml(out);
    /* MOVE from SR reads S=0 under trap: that row's equivalence cell is red */
    assert_non_null(strstr(out, "fill=\"#e66\""));
    assert_non_null(strstr(out, "m68000 detector trap nest 1"));
}

/* A strategy the core's monitor does not have is listed as n/a with the reason, not run. */
static void refused_combination_is_na(void **state)
{
    (void)state;
    assert_int_equal(shx(false, "%s compare --core s370 --guest hello --strategy scan,trap --nest 1", vmwb), 0);
    assert_non_null(strstr(out, "n/a: no scan strategy for s370"));
    assert_non_null(strstr(out, "1 runs (1 n/a)"));
    assert_int_equal(shx(false, "%s compare --core s370 --guest hello --strategy scan --nest 2 --format csv", vmwb), 0);
    assert_non_null(strstr(out, "\ns370,hello,scan,2,n/a,"));
}

/* detector means detector10 on the 68010; depths narrow by list. */
static void guest_alias_and_depth_list(void **state)
{
    (void)state;
    assert_int_equal(shx(false, "%s compare --core m68010 --guest detector --strategy hybrid --nest 1,2 --format csv",
                         vmwb),
                     0);
    assert_non_null(strstr(out, "\nm68010,detector10,hybrid,1,ok,"));
    assert_non_null(strstr(out, "\nm68010,detector10,hybrid,2,ok,"));
    assert_null(strstr(out, ",4,ok,"));
}

/* The PDP-10 detector's hole lies well after its first instruction: a budget of one instruction
 * cannot show the predicted failure, and the mismatch with the theory is exit status 1. */
static void contradicted_prediction_is_status_1(void **state)
{
    (void)state;
    assert_int_equal(shx(true, "%s compare --core pdp10 --guest detector --strategy trap --nest 1 --max-insns 1", vmwb), 1);
    assert_non_null(strstr(out, "contradict"));
}

static void usage_errors_are_status_2(void **state)
{
    (void)state;
    static const char *const bad[] = {
        "--nest 0", "--nest 17", "--nest two", "--strategy bogus", "--core nosuch",
        "--format xml", "extra", "--guest nosuch --core s370", "--max-insns 0", "--frobnicate", "--core",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        int rc = shx(true, "%s compare %s", vmwb, bad[i]);
        if (rc != 2)
            fail_msg("'vmwb compare %s' gave %d: %s", bad[i], rc, out);
        assert_non_null(strstr(out, "vmwb compare:"));
    }
    assert_int_equal(shx(false, "%s compare --help", vmwb), 0);
    assert_non_null(strstr(out, "usage: vmwb compare"));
}

/* The library: which strategies exist where, and the standard guests. */
static void library_tables(void **state)
{
    (void)state;
    assert_false(wb_cmp_strategy_exists("s370", WB_STRATEGY_SCAN));
    assert_false(wb_cmp_strategy_exists("pdp10", WB_STRATEGY_SCAN));
    assert_true(wb_cmp_strategy_exists("m68000", WB_STRATEGY_SCAN));
    assert_true(wb_cmp_strategy_exists("pdp10", WB_STRATEGY_TRAP));
    assert_true(wb_cmp_strategy_exists("sparc", WB_STRATEGY_TRAP));
    assert_false(wb_cmp_strategy_exists("nosuch", WB_STRATEGY_TRAP));
    const char *const *g = wb_cmp_standard_guests("m68010");
    assert_non_null(g);
    assert_string_equal(g[1], "detector10");
    assert_non_null(wb_cmp_standard_guests("sparc"));
    assert_null(wb_cmp_standard_guests("nosuch"));
    wb_cmp_options o = {.cores = {"nosuch"}, .ncores = 1};
    wb_cmp_matrix mx;
    char err[256];
    assert_false(wb_compare_run(&o, &mx, err, sizeof err));
    assert_non_null(err[0] ? err : NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(s370_depth1_cells),
        cmocka_unit_test(pdp10_trap_and_hybrid_json),
        cmocka_unit_test(svg_is_well_formed),
        cmocka_unit_test(refused_combination_is_na),
        cmocka_unit_test(guest_alias_and_depth_list),
        cmocka_unit_test(contradicted_prediction_is_status_1),
        cmocka_unit_test(usage_errors_are_status_2),
        cmocka_unit_test(library_tables),
    };
    return cmocka_run_group_tests_name("compare", tests, setup, teardown);
}
