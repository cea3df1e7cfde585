/* A run session: a configured machine with its images loaded, run to an exit, and reported.
 * Shared by `vmwb run`, the SDL console and the comparison tools. */
#ifndef WB_SESSION_H
#define WB_SESSION_H
#include "frontends/common/config.h"
#include "common/console.h"
#include "common/json.h"
#include "machine.h"
#include "registry.h"
#include <stdio.h>

#define WB_MAX_NEST 16

struct wb_monitor;
struct wb_check_result_s;

typedef struct {
    wb_run_config cfg;
    const wb_core_info *core;
    wb_machine *m;              /* the machine the guest runs on (innermost VM under a monitor) */
    wb_machine *levels[WB_MAX_NEST + 1]; /* levels[0] = the core, levels[i] = the VM at depth i */
    struct wb_monitor *mons[WB_MAX_NEST + 1];
    unsigned depth;             /* number of monitor levels (0 = bare) */
    char strategy[16];          /* the strategy actually used ("none" when bare) */
    char strategy_reason[160];
    wb_console console;
    FILE *trace;
    FILE *console_in;
    wb_exit exit;
    double host_seconds;
    const struct wb_check_result_s *check;   /* set by --check: reported in the JSON */
} wb_session;

/* Build the machine and load the images.  On failure returns false with a message; the session
 * is then closed already. */
bool wb_session_open(wb_session *s, const wb_run_config *cfg, char *err, size_t errlen);
void wb_session_run(wb_session *s);
void wb_session_json(wb_session *s, FILE *out);
/* The same fields, into an object the caller has opened (one VM of several: frontends/common/multi.c). */
void wb_session_json_fields(wb_session *s, wb_json *j);
void wb_session_close(wb_session *s);
/* Exits the level-0 machine took (real traps and, for nested monitors, the level-1 VM's emulated
 * privileged operations) for the whole run. */
uint64_t wb_session_level0_exits(const wb_session *s);

/* Where bundled guests live: $VMWB_GUESTS, else build/guests next to the vmwb binary. */
bool wb_guest_path(const char *arch, const char *name, char *out, size_t outlen);
/* Calls fn for each bundled guest name of an architecture. */
void wb_guest_each(const char *arch, void (*fn)(void *ctx, const char *name), void *ctx);

#endif
