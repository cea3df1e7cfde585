/* vmwb sst: run the 68000 single-step tests (SingleStepTests/m68000 binary files, or the older
 * Tom Harte JSON) on the m68000 or m68010 core and report pass counts. */
#include "frontends/cli/cli.h"
#include "m68k/sst.h"
#include <getopt.h>
#include <stdio.h>
#include <string.h>

static void sst_usage(FILE *f)
{
    fprintf(f, "usage: vmwb sst [--model m68000|m68010] [-v] FILE...\n"
               "\n"
               "Runs each single-step test in FILE (<INSTR>.json.bin from SingleStepTests/m68000, or\n"
               "<instr>.json[.gz] in the older Tom Harte format): load the initial state, execute one\n"
               "instruction, compare registers and RAM with the final state.  Prints 'NAME: P/T' per file\n"
               "and 'sst: P/T passed' at the end.  Exit status 0 when every test passed.\n"
               "\n"
               "  --model NAME   core model (default m68000)\n"
               "  -v, --verbose  one line per failing test with the first differences\n");
}

static void print_fail(void *ctx, const char *name, const char *detail)
{
    (void)ctx;
    printf("  FAIL %s:%s\n", name, detail);
}

int cli_sst(int argc, char **argv)
{
    static const struct option opts[] = {
        {"model", required_argument, 0, 'm'},
        {"verbose", no_argument, 0, 'v'},
        {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0},
    };
    const char *model = "m68000";
    bool verbose = false;
    optind = 1;
    opterr = 0;
    int ch;
    while ((ch = getopt_long(argc, argv, "hv", opts, NULL)) != -1) {
        switch (ch) {
        case 'm': model = optarg; break;
        case 'v': verbose = true; break;
        case 'h': sst_usage(stdout); return 0;
        default:
            fprintf(stderr, "vmwb sst: unknown or incomplete option (vmwb sst --help)\n");
            return 2;
        }
    }
    if (optind >= argc) {
        sst_usage(stderr);
        return 2;
    }
    char err[512];
    wb_machine *m = m68k_sst_machine(model, err, sizeof err);
    if (!m) {
        fprintf(stderr, "vmwb sst: %s\n", err);
        return 2;
    }
    unsigned pass = 0, total = 0;
    int rc = 0;
    for (int i = optind; i < argc; i++) {
        m68k_sst_result r;
        const char *name = strrchr(argv[i], '/') ? strrchr(argv[i], '/') + 1 : argv[i];
        if (!m68k_sst_run_file(m, argv[i], &r, verbose ? print_fail : NULL, NULL, err, sizeof err)) {
            fprintf(stderr, "vmwb sst: %s\n", err);
            rc = 2;
        }
        char base[256];
        snprintf(base, sizeof base, "%s", name);
        char *dot = strstr(base, ".json");
        if (dot)
            *dot = 0;
        printf("%s: %u/%u\n", base, r.pass, r.total);
        pass += r.pass;
        total += r.total;
    }
    printf("sst: %u/%u passed\n", pass, total);
    wb_destroy(m);
    if (!rc && pass != total)
        rc = 1;
    return rc;
}
