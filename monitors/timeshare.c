/* The multi-VM dispatcher (see timeshare.h): round robin by guest steps, deterministic. */
#include "monitors/timeshare.h"
#include <string.h>

void wb_ts_init(wb_timeshare *ts, uint64_t quantum, uint64_t budget)
{
    memset(ts, 0, sizeof *ts);
    ts->quantum = quantum ? quantum : 1;
    ts->budget = budget ? budget : UINT64_MAX;
    ts->last = -1;
}

bool wb_ts_add(wb_timeshare *ts, wb_machine *m)
{
    if (ts->n >= WB_TS_MAX || !m)
        return false;
    wb_ts_vm *v = &ts->vms[ts->n++];
    memset(v, 0, sizeof *v);
    v->m = m;
    v->state = WB_TS_RUNNABLE;
    v->exit.kind = WB_EXIT_BUDGET;
    return true;
}

unsigned wb_ts_runnable(const wb_timeshare *ts)
{
    unsigned k = 0;
    for (unsigned i = 0; i < ts->n; i++)
        k += ts->vms[i].state == WB_TS_RUNNABLE;
    return k;
}

static void retire(wb_timeshare *ts, wb_ts_vm *v, wb_ts_state st)
{
    v->state = st;
    v->finished_at = ts->real_insns;
}

bool wb_ts_dispatch(wb_timeshare *ts)
{
    for (unsigned k = 0; k < ts->n; k++) {
        unsigned i = (ts->cursor + k) % ts->n;
        wb_ts_vm *v = &ts->vms[i];
        if (v->state != WB_TS_RUNNABLE)
            continue;
        ts->cursor = (i + 1) % ts->n;
        if (ts->last != (int)i && ts->last >= 0)
            ts->switches++;
        ts->last = (int)i;
        ts->dispatches++;
        v->slices++;
        /* the slice, clipped to what is left of the VM's own budget (counted in guest instructions) */
        uint64_t left = ts->budget - v->insns;
        uint64_t slice = ts->quantum < left ? ts->quantum : left;
        uint64_t before = v->m->counters.insns;
        v->exit = v->m->ops->run(v->m, slice);
        uint64_t ran = v->m->counters.insns - before;
        v->insns += ran;
        ts->real_insns += ran;
        switch (v->exit.kind) {
        case WB_EXIT_BUDGET:
            /* a guest that only takes interruptions never spends an instruction: stop it, not the host */
            v->idle_slices = ran ? 0 : v->idle_slices + 1;
            if (v->insns >= ts->budget || v->idle_slices > 10000)
                retire(ts, v, WB_TS_FAILED);
            break;
        case WB_EXIT_HALT:
            retire(ts, v, WB_TS_HALTED);
            break;
        case WB_EXIT_WAIT:
            retire(ts, v, WB_TS_WAITING);
            break;
        default:
            retire(ts, v, WB_TS_FAILED);
            break;
        }
        return true;
    }
    return false;
}

void wb_ts_run(wb_timeshare *ts)
{
    while (wb_ts_dispatch(ts))
        ;
}

double wb_ts_share(const wb_timeshare *ts, unsigned i)
{
    if (i >= ts->n || ts->real_insns == 0)
        return 0.0;
    return (double)ts->vms[i].insns / (double)ts->real_insns;
}

const char *wb_ts_state_name(wb_ts_state s)
{
    static const char *const n[] = {"runnable", "halted", "waiting", "failed"};
    return (unsigned)s < 4 ? n[s] : "?";
}
