#include "frontends/common/session.h"
#include "common/loader.h"
#include "common/sha256.h"
#include "common/json.h"
#include "monitors/vm.h"
#include "monitors/classify/classify.h"
#include "frontends/common/check.h"
#include <errno.h>
#include <stdlib.h>
#include <inttypes.h>
#include <string.h>
#include <time.h>

static void trace_line(void *ctx, const wb_trace_rec *r)
{
    FILE *f = ctx;
    fprintf(f, "%" PRIu64 " %06" PRIx64 " ", r->count, r->addr);
    for (unsigned i = 0; i < r->ilen; i++)
        fprintf(f, "%02x", r->insn[i]);
    fprintf(f, " %s\n", r->supervisor ? "S" : "P");
}

/* "auto": Theorem 1 (every sensitive instruction privileged) gives trap-and-emulate, Theorem 3 hybrid,
 * otherwise emulation -- decided from the classifier's verdict on the core (monitors/classify: every
 * instruction executed in both modes and two relocations), computed once per process, never from
 * the declared table or a list of strategies. */
static bool auto_strategy(const wb_machine *m, wb_strategy *out, char *why, size_t whylen, char *err, size_t errlen)
{
    const wb_cls_report *r = wb_classify_cached(m->variant, err, errlen);
    if (!r)
        return false;
    *out = r->verdict == WB_CLS_THEOREM1 ? WB_STRATEGY_TRAP
         : r->verdict == WB_CLS_THEOREM3 ? WB_STRATEGY_HYBRID
                                         : WB_STRATEGY_EMULATE;
    wb_cls_verdict_text(r, why, whylen);
    return true;
}

/* The core, then one monitor and VM per nesting level; s->m is the innermost machine. */
static bool build_stack(wb_session *s, const wb_core_config *cc, char *err, size_t errlen)
{
    const wb_run_config *cfg = &s->cfg;
    bool bare = strcmp(cfg->monitor, "none") == 0;
    unsigned depth = bare ? 0 : (cfg->nest ? cfg->nest : 1);
    if (bare && cfg->nest > 0) {
        snprintf(err, errlen, "--nest %u needs a monitor (--monitor trap|hybrid|emulate|auto)", cfg->nest);
        return false;
    }
    if (depth > WB_MAX_NEST) {
        snprintf(err, errlen, "nesting depth %u exceeds the maximum of %d", depth, WB_MAX_NEST);
        return false;
    }
    snprintf(s->strategy, sizeof s->strategy, "%s", bare ? "none" : cfg->monitor);
    if (bare) {
        s->m = wb_core_create(cfg->core, cc, err, errlen);
        s->levels[0] = s->m;
        return s->m != NULL;
    }
    const wb_vmm_arch *arch = wb_vmm_for(s->core->arch);
    if (!arch) {
        snprintf(err, errlen, "no monitor exists for core %s yet", cfg->core);
        return false;
    }
    uint64_t guest = cfg->storage ? cfg->storage : s->core->default_storage;
    wb_core_config host_cfg = {.storage = wb_vm_host_size(arch, guest, depth)};
    s->levels[0] = wb_core_create(cfg->core, &host_cfg, err, errlen);
    if (!s->levels[0]) {
        char inner[600];
        snprintf(inner, sizeof inner, "%.300s", err);
        snprintf(err, errlen, "the host for a %llu-byte guest at depth %u: %.300s", (unsigned long long)guest, depth,
                 inner);
        return false;
    }
    wb_strategy strat;
    if (strcmp(cfg->monitor, "auto") == 0) {
        if (!auto_strategy(s->levels[0], &strat, s->strategy_reason, sizeof s->strategy_reason, err, errlen))
            return false;
        snprintf(s->strategy, sizeof s->strategy, "%s", wb_strategy_name(strat));
    } else if (!wb_strategy_parse(cfg->monitor, &strat)) {
        snprintf(err, errlen, "unknown monitor '%s'", cfg->monitor);
        return false;
    } else {
        snprintf(s->strategy_reason, sizeof s->strategy_reason, "forced by --monitor %s", cfg->monitor);
    }
    for (unsigned i = 1; i <= depth; i++) {
        s->mons[i] = wb_monitor_create(s->levels[i - 1], err, errlen);
        if (!s->mons[i])
            return false;
        /* only the innermost guest has the devices and the console */
        wb_core_config lc = {0};
        if (i == depth)
            lc = *cc;
        uint64_t size = wb_vm_host_size(arch, guest, depth - i);
        s->levels[i] = wb_vm_create(s->mons[i], strat, size, &lc, err, errlen);
        if (!s->levels[i])
            return false;
    }
    s->depth = depth;
    s->m = s->levels[depth];
    return true;
}

static bool fail(wb_session *s, char *err, size_t errlen, const char *msg)
{
    if (msg != err)
        snprintf(err, errlen, "%s", msg);
    wb_session_close(s);
    return false;
}

bool wb_session_open(wb_session *s, const wb_run_config *cfg, char *err, size_t errlen)
{
    memset(s, 0, sizeof *s);
    s->cfg = *cfg;
    wb_console_init(&s->console);
    if (!cfg->core[0])
        return fail(s, err, errlen, "no core given (--core NAME or [machine] core = NAME; vmwb list)");
    s->core = wb_core_find(cfg->core);
    if (!s->core) {
        snprintf(err, errlen, "unknown core '%s' (vmwb list shows the cores)", cfg->core);
        return fail(s, err, errlen, err);
    }
    if (!cfg->guest[0] && cfg->nloads == 0)
        return fail(s, err, errlen, "nothing to run: give --guest NAME or --load FILE[@ADDR]");
    if (cfg->console_input[0]) {
        s->console_in = fopen(cfg->console_input, "r");
        if (!s->console_in) {
            snprintf(err, errlen, "%s: %s", cfg->console_input, strerror(errno));
            return fail(s, err, errlen, err);
        }
        s->console.in = s->console_in;
    }
    if (strcmp(cfg->console, "-") == 0)
        s->console.echo = stdout;
    wb_core_config cc = {
        .storage = cfg->storage,
        .console = &s->console,
        .reader = cfg->reader[0] ? cfg->reader : NULL,
        .printer = cfg->printer[0] ? cfg->printer : NULL,
    };
    char msg[512];
    if (!build_stack(s, &cc, msg, sizeof msg))
        return fail(s, err, errlen, msg);
    wb_load_info li;
    if (cfg->guest[0]) {
        char path[1024];
        if (!wb_guest_path(s->core->arch, cfg->guest, path, sizeof path)) {
            snprintf(err, errlen, "unknown guest '%s' for core %s (vmwb list shows the bundled guests; run make)",
                     cfg->guest, cfg->core);
            return fail(s, err, errlen, err);
        }
        wb_status st = s->core->load_native ? s->core->load_native(s->m, path, &li.entry, msg, sizeof msg)
                                            : wb_load_file(s->m, path, false, 0, &li, msg, sizeof msg);
        if (st != WB_OK)
            return fail(s, err, errlen, msg);
    }
    for (unsigned i = 0; i < cfg->nloads; i++) {
        const wb_load_spec *l = &cfg->loads[i];
        wb_status st;
        if (s->core->load_native && !l->has_addr)
            st = s->core->load_native(s->m, l->path, &li.entry, msg, sizeof msg);
        else
            st = wb_load_file(s->m, l->path, l->has_addr, l->addr, &li, msg, sizeof msg);
        if (st != WB_OK)
            return fail(s, err, errlen, msg);
    }
    for (unsigned i = 0; i < cfg->ndumps; i++) {
        const wb_dump_spec *d = &cfg->dumps[i];
        if (d->addr >= s->m->storage_size || d->len > s->m->storage_size - d->addr) {
            snprintf(err, errlen, "dump 0x%" PRIx64 ":%" PRIu64 " lies outside storage (0x%" PRIx64 " bytes)",
                     d->addr, d->len, s->m->storage_size);
            return fail(s, err, errlen, err);
        }
    }
    if (cfg->has_start && cfg->start >= s->m->storage_size) {
        snprintf(err, errlen, "start address 0x%" PRIx64 " lies outside storage (0x%" PRIx64 ")", cfg->start,
                 s->m->storage_size);
        return fail(s, err, errlen, err);
    }
    wb_status st = s->m->ops->start(s->m, cfg->has_start, cfg->start);
    if (st != WB_OK) {
        snprintf(err, errlen, "cannot start at 0x%" PRIx64 ": %s", cfg->start, wb_status_msg(st));
        return fail(s, err, errlen, err);
    }
    if (cfg->trace[0]) {
        s->trace = fopen(cfg->trace, "w");
        if (!s->trace) {
            snprintf(err, errlen, "%s: %s", cfg->trace, strerror(errno));
            return fail(s, err, errlen, err);
        }
        s->m->trace = trace_line;
        s->m->trace_ctx = s->trace;
    }
    return true;
}

void wb_session_run(wb_session *s)
{
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    s->exit = wb_run(s->m, s->cfg.max_insns);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    s->host_seconds = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
}

/* Level-0 exits: the core's traps, plus every privileged operation a monitor at level k+1 performed on
 * the VM at level k -- on a real machine each of those is a hardware trap taken at level 0 first (and then
 * reflected up to the monitor that emulates it). */
uint64_t wb_session_level0_exits(const wb_session *s)
{
    if (!s->depth)
        return 0;
    uint64_t n = 0;
    for (int k = 0; k < WB_TRAP_KINDS; k++)
        n += s->levels[0]->counters.traps[k];
    for (unsigned i = 1; i <= s->depth; i++)
        n += ((wb_vm *)s->levels[i])->stats.privops_received;
    return n;
}

static void wb_session_json_levels(wb_session *s, wb_json *j)
{
    wb_json_key(j, "levels");
    wb_json_begin_array(j);
    for (unsigned i = 1; i <= s->depth; i++) {
        wb_vm *vm = (wb_vm *)s->levels[i];
        wb_json_begin_object(j);
        wb_json_key(j, "level");
        wb_json_uint(j, i);
        wb_json_key(j, "storage");
        wb_json_uint(j, vm->size);
        wb_json_key(j, "partition_base");
        wb_json_hex(j, vm->base, 6);
        wb_json_key(j, "direct");
        wb_json_uint(j, vm->m.counters.direct);
        wb_json_key(j, "trapped");
        wb_json_uint(j, vm->m.counters.trapped);
        wb_json_key(j, "interpreted");
        wb_json_uint(j, vm->m.counters.interpreted);
        wb_json_key(j, "exits");
        wb_json_uint(j, vm->stats.exits_total);
        wb_json_key(j, "exits_by_cause");
        wb_json_begin_object(j);
        for (int k = 0; k < WB_TRAP_KINDS; k++) {
            wb_json_key(j, wb_trap_name((wb_trap_kind)k));
            wb_json_uint(j, vm->stats.exits[k]);
        }
        wb_json_end_object(j);
        wb_json_key(j, "reflections");
        wb_json_uint(j, vm->m.counters.reflections);
        wb_json_key(j, "shadow_faults");
        wb_json_uint(j, vm->stats.shadow_faults);
        wb_json_key(j, "shadow_flushes");
        wb_json_uint(j, vm->stats.shadow_flushes);
        wb_json_key(j, "privops_from_monitor_above");
        wb_json_uint(j, vm->stats.privops_received);
        wb_json_key(j, "privops_on_host");
        wb_json_uint(j, vm->stats.host_ops);
        wb_json_end_object(j);
    }
    wb_json_end_array(j);
    wb_vm *inner = (wb_vm *)s->levels[s->depth];
    uint64_t l0 = wb_session_level0_exits(s);
    wb_json_key(j, "level0_exits");
    wb_json_uint(j, l0);
    wb_json_key(j, "exit_multiplication");
    wb_json_double(j, inner->stats.exits_total ? (double)l0 / (double)inner->stats.exits_total : 0.0);
}

void wb_session_json(wb_session *s, FILE *out)
{
    wb_json j;
    wb_json_init(&j, out, 2);
    wb_json_begin_object(&j);
    wb_session_json_fields(s, &j);
    wb_json_end_object(&j);
    wb_json_end(&j);
}

void wb_session_json_fields(wb_session *s, wb_json *j)
{
    wb_machine *m = s->m;
    wb_json_key(j, "core");
    wb_json_string(j, m->variant);
    wb_json_key(j, "monitor");
    wb_json_string(j, s->strategy);
    if (s->depth) {
        wb_json_key(j, "monitor_reason");
        wb_json_string(j, s->strategy_reason);
    }
    wb_json_key(j, "nest");
    wb_json_uint(j, s->depth);
    wb_json_key(j, "exit");
    wb_json_string(j, wb_exit_name(s->exit.kind));
    wb_json_key(j, "exit_detail");
    wb_json_string(j, s->exit.msg);
    wb_json_key(j, "insns");
    wb_json_begin_object(j);
    wb_json_key(j, "total");
    wb_json_uint(j, m->counters.insns);
    wb_json_key(j, "direct");
    wb_json_uint(j, m->counters.direct);
    wb_json_key(j, "trapped");
    wb_json_uint(j, m->counters.trapped);
    wb_json_key(j, "interpreted");
    wb_json_uint(j, m->counters.interpreted);
    wb_json_end_object(j);
    wb_json_key(j, "traps");
    wb_json_begin_object(j);
    for (int k = 0; k < WB_TRAP_KINDS; k++) {
        wb_json_key(j, wb_trap_name((wb_trap_kind)k));
        wb_json_uint(j, m->counters.traps[k]);
    }
    wb_json_end_object(j);
    wb_json_key(j, "registers");
    wb_json_begin_object(j);
    for (unsigned i = 0; i < m->nregs; i++) {
        wb_json_key(j, m->regs[i].name);
        wb_json_hex(j, m->ops->get_reg(m, i), (int)(m->regs[i].bits + 3) / 4);
    }
    wb_json_end_object(j);
    uint8_t dig[32];
    char hex[65];
    wb_storage_digest(m, dig);
    wb_sha256_hex(dig, hex);
    wb_json_key(j, "memory_sha256");
    wb_json_string(j, hex);
    wb_digest(m, dig);
    wb_sha256_hex(dig, hex);
    wb_json_key(j, "state_sha256");
    wb_json_string(j, hex);
    wb_json_key(j, "dumps");
    wb_json_begin_object(j);
    for (unsigned i = 0; i < s->cfg.ndumps; i++) {
        const wb_dump_spec *d = &s->cfg.dumps[i];
        char key[32];
        snprintf(key, sizeof key, "0x%" PRIx64, d->addr);
        wb_json_key(j, key);
        size_t unit = m->storage_unit ? m->storage_unit : 1;
        uint8_t *buf = malloc(d->len * unit);
        char *txt = buf ? malloc(d->len * unit * 2 + 1) : NULL;
        if (buf && txt && m->ops->read(m, d->addr, buf, d->len) == WB_OK) {
            for (size_t k = 0; k < d->len * unit; k++)
                snprintf(txt + 2 * k, 3, "%02x", buf[k]);
            wb_json_string(j, txt);
        } else {
            wb_json_null(j);
        }
        free(buf);
        free(txt);
    }
    wb_json_end_object(j);
    wb_json_key(j, "console");
    wb_json_string_n(j, s->console.out ? s->console.out : "", s->console.len);
    wb_json_key(j, "host_seconds");
    wb_json_double(j, s->host_seconds);
    if (s->depth)
        wb_session_json_levels(s, j);
    if (s->check) {
        wb_json_key(j, "check");
        wb_check_json(s->check, j);
    }
}

void wb_session_close(wb_session *s)
{
    for (int i = WB_MAX_NEST; i >= 0; i--) {
        wb_destroy(s->levels[i]);
        s->levels[i] = NULL;
        wb_monitor_destroy(s->mons[i]);
        s->mons[i] = NULL;
    }
    s->m = NULL;
    if (s->trace)
        fclose(s->trace);
    s->trace = NULL;
    if (s->console_in)
        fclose(s->console_in);
    s->console_in = NULL;
    wb_console_free(&s->console);
}
