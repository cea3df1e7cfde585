/* vmwb compare: the matrix of cores x guests x strategies x nesting depths, with the Popek-Goldberg
 * properties of every run beside what the theory predicts (frontends/common/compare.c). */
#include "frontends/cli/cli.h"
#include "frontends/common/compare.h"
#include "common/parse.h"
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void compare_usage(FILE *f)
{
    fprintf(f,
            "usage: vmwb compare [--core C]... [--guest G]... [--strategy S]... [--nest N]...\n"
            "                    [--format table|csv|json|svg] [-o FILE] [--max-insns N]\n"
            "\n"
            "Runs the standard guests of every core that has a monitor (s370: minios, hello, escaper;\n"
            "pdp10: minios, detector, escaper; m68000/m68010: minios, detector, escaper) under every\n"
            "strategy of the core (trap, hybrid, emulate, and scan on the 68k), forced even where the\n"
            "theory says it is wrong, at nesting depths 1, 2 and 4, each with --check: equivalence (with\n"
            "the first divergence), resource control, efficiency (direct share, trapped, interpreted),\n"
            "level-0 exits and exit multiplication, host time relative to the bare run.  Also prints the\n"
            "classifier's verdict per core and the strategy `auto` chooses.  Each flag narrows the\n"
            "selection; it may be repeated or take a comma-separated list.\n"
            "\n"
            "Exit status: 0 when every outcome the theory predicts happened (Theorem 1 / 3 runs pass,\n"
            "trap-and-emulate fails equivalence on the guests that expose the PDP-10 and 68000 holes,\n"
            "emulation is never efficient), 1 otherwise, 2 for a usage error.\n"
            "\n"
            "  --core C          a core with a monitor (vmwb list)\n"
            "  --guest G         a guest name (detector means detector10 on the m68010)\n"
            "  --strategy S      trap|hybrid|emulate|scan\n"
            "  --nest N          nesting depth, 1..%d\n"
            "  --format F        table (default), csv, json or svg\n"
            "  -o FILE           write the output to FILE instead of stdout\n"
            "  --max-insns N     instruction budget per run (default %llu)\n",
            WB_MAX_NEST, (unsigned long long)WB_CMP_DEFAULT_MAX_INSNS);
}

/* Split a comma-separated list into items, calling add for each; false stops with its message. */
static bool each_item(char *list, bool (*add)(wb_cmp_options *, const char *, char *, size_t), wb_cmp_options *o,
                      char *err, size_t errlen)
{
    for (char *save = NULL, *t = strtok_r(list, ",", &save); t; t = strtok_r(NULL, ",", &save))
        if (!add(o, t, err, errlen))
            return false;
    return true;
}

static bool add_core(wb_cmp_options *o, const char *s, char *err, size_t errlen)
{
    if (o->ncores >= WB_CMP_MAX_CORES) {
        snprintf(err, errlen, "too many --core values");
        return false;
    }
    o->cores[o->ncores++] = s;
    return true;
}

static bool add_guest(wb_cmp_options *o, const char *s, char *err, size_t errlen)
{
    if (o->nguests >= WB_CMP_MAX_GUESTS) {
        snprintf(err, errlen, "too many --guest values");
        return false;
    }
    o->guests[o->nguests++] = s;
    return true;
}

static bool add_strategy(wb_cmp_options *o, const char *s, char *err, size_t errlen)
{
    wb_strategy st;
    if (!wb_strategy_parse(s, &st)) {
        snprintf(err, errlen, "unknown strategy '%s' (trap, hybrid, emulate, scan)", s);
        return false;
    }
    for (unsigned i = 0; i < o->nstrategies; i++)
        if (o->strategies[i] == st)
            return true;
    o->strategies[o->nstrategies++] = st;
    return true;
}

static bool add_nest(wb_cmp_options *o, const char *s, char *err, size_t errlen)
{
    char *end;
    unsigned long v = strtoul(s, &end, 10);
    if (!*s || *end || v < 1 || v > WB_MAX_NEST) {
        snprintf(err, errlen, "--nest takes a depth from 1 to %d, not '%s'", WB_MAX_NEST, s);
        return false;
    }
    if (o->nnests >= WB_CMP_MAX_NESTS) {
        snprintf(err, errlen, "too many --nest values");
        return false;
    }
    o->nests[o->nnests++] = (unsigned)v;
    return true;
}

int cli_compare(int argc, char **argv)
{
    static const struct option opts[] = {
        {"core", required_argument, 0, 'c'},     {"guest", required_argument, 0, 'g'},
        {"strategy", required_argument, 0, 's'}, {"nest", required_argument, 0, 'n'},
        {"format", required_argument, 0, 'f'},   {"max-insns", required_argument, 0, 'x'},
        {"help", no_argument, 0, 'h'},           {0, 0, 0, 0},
    };
    wb_cmp_options o;
    memset(&o, 0, sizeof o);
    const char *format = "table", *outfile = NULL;
    char err[512];
    optind = 1;
    opterr = 0;
    int ch;
    while ((ch = getopt_long(argc, argv, "ho:", opts, NULL)) != -1) {
        bool ok = true;
        switch (ch) {
        case 'c': ok = each_item(optarg, add_core, &o, err, sizeof err); break;
        case 'g': ok = each_item(optarg, add_guest, &o, err, sizeof err); break;
        case 's': ok = each_item(optarg, add_strategy, &o, err, sizeof err); break;
        case 'n': ok = each_item(optarg, add_nest, &o, err, sizeof err); break;
        case 'f': format = optarg; break;
        case 'o': outfile = optarg; break;
        case 'x':
            if (!wb_parse_u64(optarg, &o.max_insns) || o.max_insns == 0) {
                snprintf(err, sizeof err, "--max-insns takes a positive count, not '%s'", optarg);
                ok = false;
            }
            break;
        case 'h': compare_usage(stdout); return 0;
        default:
            fprintf(stderr, "vmwb compare: unknown or incomplete option '%s' (vmwb compare --help)\n", argv[optind - 1]);
            return 2;
        }
        if (!ok) {
            fprintf(stderr, "vmwb compare: %s\n", err);
            return 2;
        }
    }
    if (optind < argc) {
        fprintf(stderr, "vmwb compare: unexpected argument '%s' (vmwb compare --help)\n", argv[optind]);
        return 2;
    }
    void (*writer)(const wb_cmp_matrix *, FILE *) = !strcmp(format, "table") ? wb_compare_table
                                                   : !strcmp(format, "csv")  ? wb_compare_csv
                                                   : !strcmp(format, "json") ? wb_compare_json
                                                   : !strcmp(format, "svg")  ? wb_compare_svg
                                                                             : NULL;
    if (!writer) {
        fprintf(stderr, "vmwb compare: unknown format '%s' (table, csv, json, svg)\n", format);
        return 2;
    }
    wb_cmp_matrix mx;
    if (!wb_compare_run(&o, &mx, err, sizeof err)) {
        fprintf(stderr, "vmwb compare: %s\n", err);
        return 2;
    }
    FILE *f = outfile ? fopen(outfile, "w") : stdout;
    if (!f) {
        fprintf(stderr, "vmwb compare: cannot write %s\n", outfile);
        wb_compare_free(&mx);
        return 2;
    }
    writer(&mx, f);
    if (f != stdout)
        fclose(f);
    if (mx.unexpected)
        fprintf(stderr, "vmwb compare: %u runs contradict the theory's prediction\n", mx.unexpected);
    int rc = mx.unexpected ? 1 : 0;
    wb_compare_free(&mx);
    return rc;
}
