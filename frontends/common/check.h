/* The three Popek-Goldberg properties, measured for one configuration:
 *  - equivalence: the guest run bare and under the monitor writes the same console text and ends in the
 *    same state (registers and storage digest); otherwise the first instruction where the traces differ;
 *  - resource control: every byte of every level's storage outside what it gave the level above (the
 *    child's tables and partition) and outside the hardware's own low storage is unchanged by the run;
 *  - efficiency (P&G: "all innocuous instructions are executed by the hardware directly"): no
 *    innocuous instruction of the guest was trapped or interpreted (hybrid: none in virtual user mode);
 *    plus the direct share and the host-time ratio against the bare run. */
#ifndef WB_CHECK_H
#define WB_CHECK_H
#include "frontends/common/session.h"
#include "common/json.h"

typedef struct {
    uint64_t count;
    uint64_t addr;
    uint8_t insn[8];
    uint8_t ilen;
    bool supervisor, direct, valid;
    bool guarded;                        /* trapped on a guarded operand (see wb_trace_rec) */
    bool hw_trapped;                     /* ran directly, trapped, then completed by the monitor */
} wb_check_step;

typedef struct wb_check_result_s {
    bool equivalence, console_equal, state_equal, exit_equal;
    bool has_divergence;
    wb_check_step div_bare, div_vm;      /* first differing instruction (by number) */
    bool resource_control;
    unsigned regions_checked;
    char resource_detail[160];
    bool efficiency;
    bool efficiency_na;                  /* emulation: the property does not apply */
    uint64_t innocuous_not_direct;       /* innocuous guest instructions that were trapped or interpreted */
    char efficiency_detail[160];
    double direct_share;
    double host_time_ratio;
    double bare_seconds;
    bool traced_all;                     /* the whole run fitted the trace window */
    /* The last instruction both runs performed alike before the divergence: where a mode change the
     * monitor missed happened (PDP-10 trap-and-emulate: the JRST 1 it never saw). */
    wb_check_step div_prev;
    wb_check_step cause;                 /* first instruction after which visible state differs */
} wb_check_result;

/* Run cfg bare (for reference) and as configured, in `s` (opened by the caller, not yet run), and
 * compare.  On return s has run; false with err when the bare reference could not be built. */
bool wb_check_run(wb_session *s, wb_check_result *r, char *err, size_t errlen);
void wb_check_json(const wb_check_result *r, wb_json *j);
bool wb_check_passed(const wb_check_result *r);

#endif
