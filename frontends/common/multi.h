/* Several VMs time-shared by one monitor on one real machine (issue 8): built from the [vm.N] sections
 * of a run configuration (or --vm), run by the dispatcher of monitors/timeshare.c, reported per VM.
 *
 * The real machine is one core; one monitor on it creates a level-1 VM per [vm.N] (the allocator places
 * them in disjoint partitions and refuses what does not fit).  A VM with nest D > 1 carries its own
 * monitor stack down to its guest; a VM with guest none hosts the VMs that name it as their host, under a
 * monitor of its own, one level deeper.  Each guest has its own devices and console. */
#ifndef WB_MULTI_H
#define WB_MULTI_H
#include "frontends/common/session.h"
#include "monitors/timeshare.h"

typedef struct {
    wb_vm_spec spec;
    wb_session s;             /* its stack: s.levels[0] is the shared core, s.mons[1] the shared monitor */
    struct wb_monitor *own;   /* a hosting VM's monitor over s.levels[1] */
    int ts_index;             /* index in the dispatcher, -1 for a VM that only hosts */
    uint64_t partition;       /* bytes of its level-1 VM in the real machine */
} wb_multi_vm;

typedef struct {
    wb_run_config cfg;
    const wb_core_info *core;
    wb_machine *host;         /* the real machine */
    struct wb_monitor *mon;   /* its one monitor */
    wb_multi_vm vms[WB_MAX_VMS];
    unsigned n;
    wb_timeshare ts;
    double host_seconds;
    uint8_t host_digest_before[32], host_digest_after[32];
    wb_console *(*console_for)(void *ctx, int number);   /* where VM N's console writes (default: its s.console) */
    void *console_ctx;
} wb_multi;

/* Build every VM and load its guest; false with a message (everything is closed already). */
bool wb_multi_open(wb_multi *mu, const wb_run_config *cfg, char *err, size_t errlen);
/* The same, with each guest's console device writing where console_for(ctx, N) says (the SDL console's panes). */
bool wb_multi_open_consoles(wb_multi *mu, const wb_run_config *cfg, wb_console *(*console_for)(void *ctx, int number),
                            void *ctx, char *err, size_t errlen);
/* Time-share the machine until every VM has halted, waits for good, failed or spent its budget. */
void wb_multi_run(wb_multi *mu);
/* True when every VM with a guest halted. */
bool wb_multi_all_halted(const wb_multi *mu);
/* The real machine's own storage (outside every partition and table area, above its low 4K) is unchanged. */
bool wb_multi_host_unchanged(const wb_multi *mu);
void wb_multi_json(wb_multi *mu, FILE *out);
void wb_multi_close(wb_multi *mu);

#endif
