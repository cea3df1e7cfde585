/* make bench: host-time ratios of monitored runs against the bare run of the same guest, measured in
 * one process.  Not a test: it prints numbers. */
#include "frontends/common/session.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    double seconds;
    uint64_t insns, direct, level0_exits, guest_exits;
    bool halted;
} result;

static bool run_once(const char *image, const char *monitor, unsigned nest, result *r)
{
    wb_run_config cfg;
    wb_config_defaults(&cfg);
    snprintf(cfg.core, sizeof cfg.core, "s370");
    snprintf(cfg.monitor, sizeof cfg.monitor, "%s", monitor);
    cfg.nest = nest;
    snprintf(cfg.loads[0].path, sizeof cfg.loads[0].path, "%s", image);
    cfg.nloads = 1;
    cfg.max_insns = 2000000000ull;
    wb_session s;
    char err[512];
    if (!wb_session_open(&s, &cfg, err, sizeof err)) {
        fprintf(stderr, "bench: %s\n", err);
        return false;
    }
    wb_session_run(&s);
    r->seconds = s.host_seconds;
    r->insns = s.m->counters.insns;
    r->direct = s.m->counters.direct;
    r->halted = s.exit.kind == WB_EXIT_HALT;
    r->level0_exits = wb_session_level0_exits(&s);
    r->guest_exits = 0;
    wb_session_close(&s);
    return true;
}

/* best of three, to damp scheduling noise */
static bool measure(const char *image, const char *monitor, unsigned nest, result *best)
{
    for (int k = 0; k < 3; k++) {
        result r;
        if (!run_once(image, monitor, nest, &r))
            return false;
        if (k == 0 || r.seconds < best->seconds)
            *best = r;
    }
    return true;
}

int main(int argc, char **argv)
{
    const char *build = getenv("BUILD") ? getenv("BUILD") : "build";
    char images[2][512];
    snprintf(images[0], sizeof images[0], "%s/tests/monitors/progs/compute.elf", build);
    snprintf(images[1], sizeof images[1], "%s/guests/s370/minios.elf", build);
    int nimages = argc > 1 ? argc - 1 : 2;
    printf("%-28s %-8s %5s %12s %10s %9s %8s %9s\n", "guest", "monitor", "nest", "insns", "seconds", "MIPS",
           "vs bare", "direct");
    for (int g = 0; g < nimages; g++) {
        const char *img = argc > 1 ? argv[g + 1] : images[g];
        result bare;
        if (!measure(img, "none", 0, &bare))
            continue;
        const char *name = strrchr(img, '/') ? strrchr(img, '/') + 1 : img;
        printf("%-28s %-8s %5u %12llu %10.4f %9.2f %8.2f %8.1f%%%s\n", name, "none", 0u,
               (unsigned long long)bare.insns, bare.seconds, bare.insns / bare.seconds / 1e6, 1.0, 100.0,
               bare.halted ? "" : "  (did not halt)");
        static const struct {
            const char *mon;
            unsigned nest;
        } runs[] = {{"trap", 1}, {"trap", 2}, {"trap", 4}, {"trap", 8}, {"hybrid", 1}, {"emulate", 1}};
        for (size_t k = 0; k < sizeof runs / sizeof runs[0]; k++) {
            result r;
            if (!measure(img, runs[k].mon, runs[k].nest, &r))
                continue;
            printf("%-28s %-8s %5u %12llu %10.4f %9.2f %8.2f %8.1f%%%s   level-0 exits %llu\n", name, runs[k].mon,
                   runs[k].nest, (unsigned long long)r.insns, r.seconds, r.insns / r.seconds / 1e6,
                   r.seconds / bare.seconds, r.insns ? 100.0 * (double)r.direct / (double)r.insns : 0.0,
                   r.halted ? "" : "  (did not halt)", (unsigned long long)r.level0_exits);
        }
    }
    return 0;
}
