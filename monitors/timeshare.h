/* monitors/timeshare.h — the multi-VM dispatcher: one real machine time-sliced among the VMs of one
 * monitor, as CP's dispatcher shared a System/370 among its users (issue 8).
 *
 * Time is counted in guest steps (instructions + interruptions, what wb_machine run() budgets), never in
 * host time, so the same configuration gives the same interleaving and the same results on every run.
 *
 * Round robin in VM order: each runnable VM gets a slice of `quantum` steps through its own run().  A
 * VM's exit decides its state:
 *   budget -> still runnable (the slice ended);
 *   halt   -> done (the architecture's stop convention);
 *   wait   -> waiting for good: its core found no interruption that could ever come (siblings do not
 *             signal each other), so it is never dispatched again;
 *   error  -> failed, never dispatched again.
 * A VM in a wait state that an event will end (its virtual timer, an I/O completion) costs neither
 * host time nor real-machine steps: every VM keeps its own virtual time, and its core jumps that clock to
 * the event inside run(), so the slice goes to the instructions after the wake-up.  Virtual time is per
 * VM (as CP's virtual CPU timer, extended to the TOD) because each sibling must behave exactly as on a
 * machine of its own: a shared clock would make its results depend on its neighbours.
 */
#ifndef WB_TIMESHARE_H
#define WB_TIMESHARE_H
#include "machine.h"

#define WB_TS_MAX 64

typedef enum { WB_TS_RUNNABLE, WB_TS_HALTED, WB_TS_WAITING, WB_TS_FAILED } wb_ts_state;

typedef struct {
    wb_machine *m;         /* the VM's guest machine (the innermost VM when it is nested) */
    wb_ts_state state;
    wb_exit exit;          /* its last exit (budget while runnable) */
    uint64_t insns;        /* guest instructions it ran under the dispatcher */
    uint64_t slices;       /* times it was dispatched */
    uint64_t idle_slices;  /* consecutive slices without an instruction */
    uint64_t finished_at;  /* real-machine step count when it stopped (0 while runnable) */
} wb_ts_vm;

typedef struct {
    wb_ts_vm vms[WB_TS_MAX];
    unsigned n;
    uint64_t quantum;      /* steps per slice */
    uint64_t budget;       /* per-VM step budget (a VM that spends it is stopped: exit budget) */
    uint64_t real_insns;   /* instructions of every VM: the real machine's share-out */
    uint64_t switches;     /* dispatches of a VM other than the one dispatched before */
    uint64_t dispatches;
    int last;              /* index of the VM dispatched last, -1 before the first */
    unsigned cursor;       /* next VM to consider */
} wb_timeshare;

void wb_ts_init(wb_timeshare *ts, uint64_t quantum, uint64_t budget);
/* Add a VM; false when the table is full. */
bool wb_ts_add(wb_timeshare *ts, wb_machine *m);
/* Dispatch the next runnable VM for one slice.  False when no VM is runnable. */
bool wb_ts_dispatch(wb_timeshare *ts);
/* Dispatch until no VM is runnable. */
void wb_ts_run(wb_timeshare *ts);
/* Runnable VMs left. */
unsigned wb_ts_runnable(const wb_timeshare *ts);
/* The VM's share of the real machine: its instructions over everyone's. */
double wb_ts_share(const wb_timeshare *ts, unsigned i);
const char *wb_ts_state_name(wb_ts_state s);

#endif
