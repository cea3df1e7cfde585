/* vmwb — the command line.  Subcommands: run, list (more as they land). */
#include "frontends/cli/cli.h"
#include <stdio.h>
#include <string.h>

static void usage(FILE *f)
{
    fprintf(f,
            "usage: vmwb COMMAND [ARGS]\n"
            "\n"
            "vmwb — a workbench for virtual machines on historical architectures.\n"
            "\n"
            "commands:\n"
            "  run      run a guest on a core, bare or under a monitor   (vmwb run --help)\n"
            "  list     list cores, monitor strategies and bundled guests (vmwb list --help)\n"
            "  classify check a core's P&G classes, say which theorem holds (vmwb classify --help)\n"
            "  compare  the P&G matrix: cores x guests x strategies x depths (vmwb compare --help)\n"
            "  sst      run the 68000 single-step tests on a 68k core      (vmwb sst --help)\n"
            "  console  one SDL window with a pane per VM of an .ini file   (vmwb console --help)\n"
            "  help     show this text\n");
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return 2;
    }
    const char *cmd = argv[1];
    if (!strcmp(cmd, "run"))
        return cli_run(argc - 1, argv + 1);
    if (!strcmp(cmd, "list"))
        return cli_list(argc - 1, argv + 1);
    if (!strcmp(cmd, "classify"))
        return cli_classify(argc - 1, argv + 1);
    if (!strcmp(cmd, "console"))
        return cli_console(argc - 1, argv + 1);
    if (!strcmp(cmd, "compare"))
        return cli_compare(argc - 1, argv + 1);
    if (!strcmp(cmd, "sst"))
        return cli_sst(argc - 1, argv + 1);
    if (!strcmp(cmd, "help") || !strcmp(cmd, "--help") || !strcmp(cmd, "-h")) {
        usage(stdout);
        return 0;
    }
    fprintf(stderr, "vmwb: unknown command '%s'\n\n", cmd);
    usage(stderr);
    return 2;
}
