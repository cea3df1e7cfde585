/* vmwb list: cores, strategies, bundled guests. */
#include "frontends/cli/cli.h"
#include "frontends/common/session.h"
#include "registry.h"
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

static void print_guest(void *ctx, const char *name)
{
    int *n = ctx;
    printf("%s%s", (*n)++ ? ", " : "", name);
}

int cli_list(int argc, char **argv)
{
    if (argc > 1 && (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h"))) {
        printf("usage: vmwb list\n\nLists the cores, the monitor strategies and each core's bundled guests\n"
               "(run one with: vmwb run --core CORE --guest NAME).\n");
        return 0;
    }
    if (argc > 1) {
        fprintf(stderr, "vmwb list: unexpected argument '%s'\n", argv[1]);
        return 2;
    }
    printf("cores:\n");
    for (unsigned i = 0; wb_core_at(i); i++) {
        const wb_core_info *ci = wb_core_at(i);
        printf("  %-10s %s\n", ci->name, ci->desc);
        printf("  %-10s storage %" PRIu64 "..%" PRIu64 " %s, default %" PRIu64 "\n", "", ci->min_storage,
               ci->max_storage, ci->storage_unit_name, ci->default_storage);
        int n = 0;
        printf("  %-10s guests: ", "");
        wb_guest_each(ci->arch, print_guest, &n);
        printf("%s\n", n ? "" : "(none built: run make)");
    }
    printf("monitors:\n"
           "  none       the bare machine\n"
           "  auto       chosen from the core's virtualizability class\n"
           "  trap       trap-and-emulate (Popek-Goldberg Theorem 1)\n"
           "  hybrid     hybrid VMM: interpret virtual supervisor mode (Theorem 3)\n"
           "  emulate    interpret every instruction\n"
           "  scan       code scanning: patch sensitive instructions, run the rest directly (68000)\n");
    return 0;
}
