/* vmwb classify: check a core's declared Popek-Goldberg classes empirically and say which
 * theorem holds (monitors/classify). */
#include "frontends/cli/cli.h"
#include "monitors/classify/classify.h"
#include <stdio.h>
#include <string.h>

static void classify_usage(FILE *f)
{
    fprintf(f, "usage: vmwb classify CORE [--json]\n"
               "\n"
               "Executes every instruction of CORE (each row of its table and operand-dependent\n"
               "sub-cases), single-stepped with traps returned to the host, from several states, in\n"
               "supervisor and user mode, under two relocations; records whether it traps in user mode\n"
               "only (privileged), changes privileged state (control-sensitive) or behaves differently\n"
               "by mode or relocation (behaviour-sensitive), compares with the declared class and gives\n"
               "the verdict: Theorem 1 holds / only Theorem 3 holds / neither.\n"
               "Exit status 0, or 1 when some observed class disagrees with the declared table.\n"
               "\n"
               "  --json   {core, verdict: theorem1|theorem3|none, violations, instructions} on stdout\n");
}

int cli_classify(int argc, char **argv)
{
    const char *core = NULL;
    bool json = false;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--json")) {
            json = true;
        } else if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            classify_usage(stdout);
            return 0;
        } else if (argv[i][0] == '-' || core) {
            fprintf(stderr, "vmwb classify: unexpected argument '%s' (vmwb classify --help)\n", argv[i]);
            return 2;
        } else {
            core = argv[i];
        }
    }
    if (!core) {
        classify_usage(stderr);
        return 2;
    }
    wb_cls_report r;
    char err[256];
    if (!wb_classify(core, &r, err, sizeof err)) {
        fprintf(stderr, "vmwb classify: %s\n", err);
        return 2;
    }
    if (json)
        wb_cls_print_json(&r, stdout);
    else
        wb_cls_print_table(&r, stdout);
    int rc = r.disagreements ? 1 : 0;
    wb_cls_report_free(&r);
    return rc;
}
