/* Several VMs under one monitor (see multi.h): build, load, time-share, report. */
#include "frontends/common/multi.h"
#include "common/loader.h"
#include "common/sha256.h"
#include "monitors/classify/classify.h"
#include "monitors/vm.h"
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static uint64_t round_up(uint64_t v, uint64_t a) { return (v + a - 1) / a * a; }

static unsigned depth_of(const wb_vm_spec *v) { return v->nest ? v->nest : 1; }

static wb_multi_vm *find(wb_multi *mu, int number)
{
    for (unsigned i = 0; i < mu->n; i++)
        if (mu->vms[i].spec.number == number)
            return &mu->vms[i];
    return NULL;
}

static bool hosts_others(const wb_multi *mu, int number)
{
    for (unsigned i = 0; i < mu->n; i++)
        if (mu->vms[i].spec.host == number)
            return true;
    return false;
}

/* What a VM takes in its parent's storage: the level-1 partition. */
static uint64_t partition_of(wb_multi *mu, const wb_vmm_arch *a, const wb_vm_spec *v)
{
    if (!v->guest[0]) {
        if (v->storage)
            return v->storage;
        /* a hosting VM: its own low storage, then each hosted VM's tables and partition */
        uint64_t sum = a->align;
        for (unsigned i = 0; i < mu->n; i++)
            if (mu->vms[i].spec.host == v->number)
                sum += round_up(a->table_bytes, a->align) + round_up(partition_of(mu, a, &mu->vms[i].spec), a->align);
        return sum;
    }
    uint64_t g = v->storage ? v->storage : mu->core->default_storage;
    return wb_vm_host_size(a, g, depth_of(v) - 1);
}

static bool strategy_of(wb_multi *mu, wb_multi_vm *x, wb_strategy *out, char *err, size_t errlen)
{
    char name[16];   /* a copy: the strategy field lies in the same object */
    snprintf(name, sizeof name, "%s",
             x->spec.monitor[0] ? x->spec.monitor : strcmp(mu->cfg.monitor, "none") != 0 ? mu->cfg.monitor : "trap");
    snprintf(x->s.strategy, sizeof x->s.strategy, "%s", name);
    if (strcmp(name, "auto") == 0) {
        const wb_cls_report *r = wb_classify_cached(mu->host->variant, err, errlen);
        if (!r)
            return false;
        *out = r->verdict == WB_CLS_THEOREM1 ? WB_STRATEGY_TRAP
             : r->verdict == WB_CLS_THEOREM3 ? WB_STRATEGY_HYBRID
                                             : WB_STRATEGY_EMULATE;
        wb_cls_verdict_text(r, x->s.strategy_reason, sizeof x->s.strategy_reason);
        snprintf(x->s.strategy, sizeof x->s.strategy, "%s", wb_strategy_name(*out));
        return true;
    }
    if (!wb_strategy_parse(name, out)) {
        snprintf(err, errlen, "vm.%d: unknown monitor '%s'", x->spec.number, name);
        return false;
    }
    snprintf(x->s.strategy_reason, sizeof x->s.strategy_reason, "vm.%d monitor = %s", x->spec.number, name);
    return true;
}

/* Levels first..depth of a VM's stack: levels[first-1] and mons[first] exist already. */
static bool build_levels(wb_multi *mu, wb_multi_vm *x, unsigned first, wb_strategy strat, char *err, size_t errlen)
{
    const wb_vmm_arch *a = mu->mon->arch;
    wb_session *s = &x->s;
    unsigned d = depth_of(&x->spec);
    uint64_t g = x->spec.storage ? x->spec.storage : mu->core->default_storage;
    if (!x->spec.guest[0])
        d = 1;
    unsigned depth = first - 1 + d;
    if (depth > WB_MAX_NEST) {
        snprintf(err, errlen, "vm.%d: depth %u exceeds the maximum of %d", x->spec.number, depth, WB_MAX_NEST);
        return false;
    }
    for (unsigned i = first; i <= depth; i++) {
        if (i > first) {
            s->mons[i] = wb_monitor_create(s->levels[i - 1], err, errlen);
            if (!s->mons[i])
                return false;
        }
        wb_core_config lc = {0};
        if (i == depth && x->spec.guest[0]) {
            wb_console *pc = mu->console_for ? mu->console_for(mu->console_ctx, x->spec.number) : NULL;
            lc.console = pc ? pc : &s->console;
            lc.reader = mu->cfg.reader[0] ? mu->cfg.reader : NULL;
            lc.printer = NULL;   /* one printer file cannot be shared by siblings */
        }
        uint64_t size = i == first ? x->partition : wb_vm_host_size(a, g, depth - i);
        char msg[400];
        s->levels[i] = wb_vm_create(s->mons[i], strat, size, &lc, msg, sizeof msg);
        if (!s->levels[i]) {
            snprintf(err, errlen, "vm.%d (level %u): %s", x->spec.number, i, msg);
            return false;
        }
    }
    s->depth = depth;
    s->m = s->levels[depth];
    return true;
}

static bool load_guest(wb_multi *mu, wb_multi_vm *x, char *err, size_t errlen)
{
    char path[1024], msg[512];
    if (!wb_guest_path(mu->core->arch, x->spec.guest, path, sizeof path)) {
        snprintf(err, errlen, "vm.%d: unknown guest '%s' for core %s (vmwb list shows the bundled guests)",
                 x->spec.number, x->spec.guest, mu->core->name);
        return false;
    }
    wb_load_info li;
    wb_status st = mu->core->load_native ? mu->core->load_native(x->s.m, path, &li.entry, msg, sizeof msg)
                                         : wb_load_file(x->s.m, path, false, 0, &li, msg, sizeof msg);
    if (st == WB_OK)
        st = x->s.m->ops->start(x->s.m, false, 0);
    if (st != WB_OK) {
        snprintf(err, errlen, "vm.%d: %s", x->spec.number, st == WB_OK ? "" : msg[0] ? msg : wb_status_msg(st));
        return false;
    }
    return true;
}

/* The real machine's storage a monitor keeps for itself: above the low 4K, outside every level-1
 * VM's tables and partition. */
static void host_digest(const wb_multi *mu, uint8_t out[32])
{
    wb_machine *h = mu->host;
    uint64_t u = h->storage_unit ? h->storage_unit : 1, at = 4096, end = h->storage_size * u;
    wb_sha256 sh;
    wb_sha256_init(&sh);
    for (unsigned i = 0; i < mu->n; i++) {   /* partitions were allocated in this order, upwards */
        const wb_multi_vm *x = &mu->vms[i];
        if (x->spec.host)
            continue;
        const wb_vm *vm = (const wb_vm *)x->s.levels[1];
        uint64_t lo = vm->mon_base * u, hi = (vm->base + vm->size) * u;
        if (lo > at)
            wb_sha256_update(&sh, h->direct_storage + at, lo - at);
        if (hi > at)
            at = hi;
    }
    if (end > at)
        wb_sha256_update(&sh, h->direct_storage + at, end - at);
    wb_sha256_final(&sh, out);
}

static bool fail(wb_multi *mu, char *err, size_t errlen, const char *msg)
{
    if (msg != err)
        snprintf(err, errlen, "%s", msg);
    wb_multi_close(mu);
    return false;
}

static bool check_specs(wb_multi *mu, char *err, size_t errlen)
{
    for (unsigned i = 0; i < mu->n; i++) {
        wb_vm_spec *v = &mu->vms[i].spec;
        if (v->core[0] && strcmp(v->core, mu->core->name) != 0) {
            snprintf(err, errlen, "vm.%d: core %s, but the machine is a %s: the VMs of one monitor share its core",
                     v->number, v->core, mu->core->name);
            return false;
        }
        if (v->host) {
            wb_multi_vm *h = find(mu, v->host);
            if (!h) {
                snprintf(err, errlen, "vm.%d: host = %d names no [vm.%d]", v->number, v->host, v->host);
                return false;
            }
            if (h->spec.guest[0] || h->spec.host) {
                snprintf(err, errlen, "vm.%d: host vm.%d must be a level-1 VM with guest = none", v->number,
                         v->host);
                return false;
            }
        }
        if (!v->guest[0] && !hosts_others(mu, v->number)) {
            snprintf(err, errlen, "vm.%d: no guest, and no VM names it as host", v->number);
            return false;
        }
    }
    return true;
}

bool wb_multi_open(wb_multi *mu, const wb_run_config *cfg, char *err, size_t errlen)
{
    return wb_multi_open_consoles(mu, cfg, NULL, NULL, err, errlen);
}

bool wb_multi_open_consoles(wb_multi *mu, const wb_run_config *cfg, wb_console *(*console_for)(void *ctx, int number),
                            void *ctx, char *err, size_t errlen)
{
    memset(mu, 0, sizeof *mu);
    mu->cfg = *cfg;
    mu->console_for = console_for;
    mu->console_ctx = ctx;
    mu->n = cfg->nvms;
    for (unsigned i = 0; i < mu->n; i++) {
        mu->vms[i].spec = cfg->vms[i];
        mu->vms[i].ts_index = -1;
        wb_console_init(&mu->vms[i].s.console);
    }
    /* dispatch order: by N */
    for (unsigned i = 1; i < mu->n; i++)
        for (unsigned k = i; k > 0 && mu->vms[k - 1].spec.number > mu->vms[k].spec.number; k--) {
            wb_vm_spec t = mu->vms[k].spec;
            mu->vms[k].spec = mu->vms[k - 1].spec;
            mu->vms[k - 1].spec = t;
        }
    if (mu->n == 0)
        return fail(mu, err, errlen, "no [vm.N] sections and no --vm");
    const char *core = cfg->core[0] ? cfg->core : mu->vms[0].spec.core;
    if (!core[0])
        return fail(mu, err, errlen, "no core given ([machine] core, [vm.N] core or --vm CORE:GUEST)");
    mu->core = wb_core_find(core);
    if (!mu->core) {
        snprintf(err, errlen, "unknown core '%s' (vmwb list shows the cores)", core);
        return fail(mu, err, errlen, err);
    }
    const wb_vmm_arch *a = wb_vmm_for(mu->core->arch);
    if (!a) {
        snprintf(err, errlen, "no monitor exists for core %s yet", core);
        return fail(mu, err, errlen, err);
    }
    if (!check_specs(mu, err, errlen))
        return fail(mu, err, errlen, err);
    /* the real machine: what every level-1 VM takes, unless [machine] storage says otherwise */
    uint64_t need = a->align;
    for (unsigned i = 0; i < mu->n; i++) {
        wb_multi_vm *x = &mu->vms[i];
        x->partition = partition_of(mu, a, &x->spec);
        if (!x->spec.host)
            need += round_up(a->table_bytes, a->align) + round_up(x->partition, a->align);
    }
    wb_core_config hc = {.storage = cfg->storage ? cfg->storage : need};
    char msg[600];
    mu->host = wb_core_create(core, &hc, msg, sizeof msg);
    if (!mu->host) {
        snprintf(err, errlen, "the real machine for %u VMs needs %llu bytes: %.400s", mu->n, (unsigned long long)need,
                 msg);
        return fail(mu, err, errlen, err);
    }
    mu->mon = wb_monitor_create(mu->host, err, errlen);
    if (!mu->mon)
        return fail(mu, err, errlen, err);
    wb_ts_init(&mu->ts, cfg->quantum, cfg->max_insns);
    /* level-1 VMs in order, then the VMs hosted by them */
    for (int pass = 0; pass < 2; pass++)
        for (unsigned i = 0; i < mu->n; i++) {
            wb_multi_vm *x = &mu->vms[i];
            if ((pass == 0) != (x->spec.host == 0))
                continue;
            wb_strategy strat;
            if (!strategy_of(mu, x, &strat, err, errlen))
                return fail(mu, err, errlen, err);
            x->s.levels[0] = mu->host;
            x->s.core = mu->core;
            x->s.cfg.max_insns = cfg->max_insns;
            x->s.mons[1] = mu->mon;
            unsigned first = 1;
            if (x->spec.host) {
                wb_multi_vm *h = find(mu, x->spec.host);
                x->s.levels[1] = h->s.levels[1];
                x->s.mons[2] = h->own;
                first = 2;
            }
            if (!build_levels(mu, x, first, strat, err, errlen))
                return fail(mu, err, errlen, err);
            if (!x->spec.guest[0]) {
                x->own = wb_monitor_create(x->s.levels[1], err, errlen);
                if (!x->own)
                    return fail(mu, err, errlen, err);
            }
        }
    for (unsigned i = 0; i < mu->n; i++) {
        wb_multi_vm *x = &mu->vms[i];
        if (!x->spec.guest[0])
            continue;
        if (!load_guest(mu, x, err, errlen))
            return fail(mu, err, errlen, err);
        x->ts_index = (int)mu->ts.n;
        if (!wb_ts_add(&mu->ts, x->s.m))
            return fail(mu, err, errlen, "too many VMs for the dispatcher");
    }
    host_digest(mu, mu->host_digest_before);
    memcpy(mu->host_digest_after, mu->host_digest_before, 32);
    return true;
}

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

void wb_multi_run(wb_multi *mu)
{
    double t0 = now(), t = t0;
    while (wb_ts_dispatch(&mu->ts)) {
        double t1 = now();
        for (unsigned i = 0; i < mu->n; i++)
            if (mu->vms[i].ts_index == mu->ts.last)
                mu->vms[i].s.host_seconds += t1 - t;
        t = t1;
    }
    mu->host_seconds = t - t0;
    for (unsigned i = 0; i < mu->n; i++)
        if (mu->vms[i].ts_index >= 0)
            mu->vms[i].s.exit = mu->ts.vms[mu->vms[i].ts_index].exit;
    host_digest(mu, mu->host_digest_after);
}

bool wb_multi_all_halted(const wb_multi *mu)
{
    for (unsigned i = 0; i < mu->ts.n; i++)
        if (mu->ts.vms[i].state != WB_TS_HALTED)
            return false;
    return mu->ts.n > 0;
}

bool wb_multi_host_unchanged(const wb_multi *mu)
{
    return memcmp(mu->host_digest_before, mu->host_digest_after, 32) == 0;
}

void wb_multi_json(wb_multi *mu, FILE *out)
{
    wb_json j;
    wb_json_init(&j, out, 2);
    wb_json_begin_object(&j);
    wb_json_key(&j, "core");
    wb_json_string(&j, mu->host->variant);
    wb_json_key(&j, "monitor");
    wb_json_string(&j, "timeshare");
    wb_json_key(&j, "exit");
    wb_json_string(&j, wb_multi_all_halted(mu) ? "halt" : "mixed");
    wb_json_key(&j, "host_storage");
    wb_json_uint(&j, mu->host->storage_size);
    wb_json_key(&j, "quantum");
    wb_json_uint(&j, mu->ts.quantum);
    wb_json_key(&j, "dispatches");
    wb_json_uint(&j, mu->ts.dispatches);
    wb_json_key(&j, "switches");
    wb_json_uint(&j, mu->ts.switches);
    wb_json_key(&j, "real_insns");
    wb_json_uint(&j, mu->ts.real_insns);
    wb_json_key(&j, "host_seconds");
    wb_json_double(&j, mu->host_seconds);
    wb_json_key(&j, "monitor_storage_unchanged");
    wb_json_bool(&j, wb_multi_host_unchanged(mu));
    wb_json_key(&j, "vms");
    wb_json_begin_array(&j);
    for (unsigned i = 0; i < mu->n; i++) {
        wb_multi_vm *x = &mu->vms[i];
        wb_json_begin_object(&j);
        wb_json_key(&j, "vm");
        wb_json_uint(&j, (uint64_t)x->spec.number);
        wb_json_key(&j, "host_vm");
        wb_json_uint(&j, (uint64_t)x->spec.host);
        wb_json_key(&j, "guest");
        wb_json_string(&j, x->spec.guest[0] ? x->spec.guest : "none");
        const wb_vm *l1 = (const wb_vm *)x->s.levels[1];
        wb_json_key(&j, "partition_base");
        wb_json_hex(&j, l1 ? l1->base : 0, 6);
        wb_json_key(&j, "partition_size");
        wb_json_uint(&j, l1 ? l1->size : 0);
        if (x->ts_index >= 0) {
            const wb_ts_vm *t = &mu->ts.vms[x->ts_index];
            wb_json_key(&j, "state");
            wb_json_string(&j, wb_ts_state_name(t->state));
            wb_json_key(&j, "share");
            wb_json_double(&j, wb_ts_share(&mu->ts, (unsigned)x->ts_index));
            wb_json_key(&j, "slices");
            wb_json_uint(&j, t->slices);
            wb_json_key(&j, "finished_at");
            wb_json_uint(&j, t->finished_at);
            wb_session_json_fields(&x->s, &j);
        } else {
            wb_json_key(&j, "state");
            wb_json_string(&j, "hosting");
        }
        wb_json_end_object(&j);
    }
    wb_json_end_array(&j);
    wb_json_end_object(&j);
    wb_json_end(&j);
}

static void close_vm(wb_multi_vm *x)
{
    unsigned first = x->spec.host ? 2 : 1;
    for (unsigned i = WB_MAX_NEST; i >= first; i--) {
        if (i > first) {
            wb_monitor_destroy(x->s.mons[i]);
        }
        wb_destroy(x->s.levels[i]);
        x->s.levels[i] = NULL;
        x->s.mons[i] = NULL;
    }
}

void wb_multi_close(wb_multi *mu)
{
    for (int pass = 0; pass < 2; pass++)   /* hosted VMs before their hosts */
        for (unsigned i = 0; i < mu->n; i++) {
            wb_multi_vm *x = &mu->vms[i];
            if ((pass == 0) != (x->spec.host != 0))
                continue;
            close_vm(x);
            wb_monitor_destroy(x->own);
            x->own = NULL;
        }
    for (unsigned i = 0; i < mu->n; i++)
        wb_console_free(&mu->vms[i].s.console);
    wb_monitor_destroy(mu->mon);
    mu->mon = NULL;
    wb_destroy(mu->host);
    mu->host = NULL;
}
