#include "frontends/common/check.h"
#include "common/sha256.h"
#include "monitors/vm.h"
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#define TRACE_WINDOW (8u << 20)   /* instructions kept per run for locating a divergence */

typedef struct {
    wb_check_step *steps;
    size_t cap;
    uint64_t seen;
    wb_trace_fn chain;            /* the user's --trace writer, if any */
    void *chain_ctx;
} trace_buf;

static void record(void *ctx, const wb_trace_rec *r)
{
    trace_buf *t = ctx;
    if (t->chain)
        t->chain(t->chain_ctx, r);
    if (r->count + 1 > t->seen)
        t->seen = r->count + 1;
    if (r->count >= t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 65536;
        while (cap <= r->count)
            cap *= 2;
        if (cap > TRACE_WINDOW)
            cap = TRACE_WINDOW;
        if (r->count >= cap)
            return;
        wb_check_step *p = realloc(t->steps, cap * sizeof *p);
        if (!p)
            return;
        memset(p + t->cap, 0, (cap - t->cap) * sizeof *p);
        t->steps = p;
        t->cap = cap;
    }
    wb_check_step *s = &t->steps[r->count];   /* a later record of the same instruction wins */
    /* The hardware ran it first and trapped; the monitor then completed it (a privileged
     * instruction, an SVC/MUUO delivered, a guarded access): intervention caused by a trap. */
    s->hw_trapped = s->valid && s->direct && !r->direct && s->addr == r->addr;
    s->count = r->count;
    s->addr = r->addr;
    memcpy(s->insn, r->insn, sizeof s->insn);
    s->ilen = (uint8_t)r->ilen;
    s->supervisor = r->supervisor;
    s->direct = r->direct;
    s->guarded = r->guarded;
    s->valid = true;
}

static void attach(wb_session *s, trace_buf *t)
{
    memset(t, 0, sizeof *t);
    t->chain = s->m->trace;
    t->chain_ctx = s->m->trace_ctx;
    s->m->trace = record;
    s->m->trace_ctx = t;
}

static bool same_step(const wb_check_step *a, const wb_check_step *b)
{
    return a->valid == b->valid && a->addr == b->addr && a->ilen == b->ilen &&
           memcmp(a->insn, b->insn, a->ilen) == 0 && a->supervisor == b->supervisor;
}

/* Storage each level keeps for itself: all but its low storage and what it gave its child. */
typedef struct {
    uint8_t digest[32];
} region_digest;

static void level_digest(const wb_session *s, unsigned i, uint8_t out[32])
{
    wb_machine *m = s->levels[i];
    wb_vm *child = (wb_vm *)s->levels[i + 1];
    /* sizes and addresses count the machine's storage units (PDP-10: 8-byte words) */
    uint64_t u = m->storage_unit ? m->storage_unit : 1;
    uint64_t lo = 4096, skip_lo = child->mon_base * u, skip_hi = (child->base + child->size) * u;
    wb_sha256 h;
    wb_sha256_init(&h);
    const uint8_t *mem = m->direct_storage;
    if (skip_lo > lo)
        wb_sha256_update(&h, mem + lo, skip_lo - lo);
    if (m->storage_size * u > skip_hi)
        wb_sha256_update(&h, mem + skip_hi, m->storage_size * u - skip_hi);
    wb_sha256_final(&h, out);
}

static void classify_efficiency(const wb_session *s, const trace_buf *t, wb_check_result *r)
{
    wb_machine *m = s->m;
    r->innocuous_not_direct = 0;
    if (!m->ops->decode) {
        snprintf(r->efficiency_detail, sizeof r->efficiency_detail, "no instruction decoder for %s", m->variant);
        return;
    }
    const char *first = NULL;
    uint64_t first_addr = 0;
    for (size_t k = 0; k < t->cap && k < t->seen; k++) {
        const wb_check_step *st = &t->steps[k];
        if (!st->valid || st->direct || st->guarded || st->hw_trapped)
            continue;   /* an access to a guarded resource traps in user mode: not innocuous with its operands */
        if (strcmp(s->strategy, "hybrid") == 0 && st->supervisor)
            continue;   /* hybrid interprets virtual supervisor state by design */
        int ix = m->ops->decode(m, st->insn, st->ilen);
        if (ix >= 0 && m->insns[ix].pg == WB_PG_INNOCUOUS) {
            if (!r->innocuous_not_direct) {
                first = m->insns[ix].mnemonic;
                first_addr = st->addr;
            }
            r->innocuous_not_direct++;
        }
    }
    if (r->innocuous_not_direct)
        snprintf(r->efficiency_detail, sizeof r->efficiency_detail,
                 "%" PRIu64 " innocuous instructions did not run directly (first: %s at 0x%" PRIx64 ")",
                 r->innocuous_not_direct, first, first_addr);
    else
        snprintf(r->efficiency_detail, sizeof r->efficiency_detail,
                 "every innocuous instruction%s ran directly", strcmp(s->strategy, "hybrid") == 0 ? " in virtual user mode" : "");
}

/* Registers a program can see (the table's non-privileged ones) and the mode. */
static bool same_visible_state(wb_machine *a, wb_machine *b)
{
    if (a->ops->supervisor(a) != b->ops->supervisor(b))
        return false;
    for (unsigned i = 0; i < a->nregs && i < b->nregs; i++)
        if (!a->regs[i].privileged && a->ops->get_reg(a, i) != b->ops->get_reg(b, i))
            return false;
    return true;
}

/* The trace shows where the runs went different ways; the cause is usually a little earlier: the
 * first instruction after which a program-visible register or the mode differs.  Both runs are
 * deterministic, so replay them in lockstep, one step at a time, from shortly before. */
static void locate_cause(const wb_session *s, const wb_run_config *bare_cfg, const trace_buf *tb, uint64_t upto,
                         wb_check_result *r)
{
    enum { WINDOW = 200000 };
    uint64_t from = upto > WINDOW ? upto - WINDOW : 0;
    wb_run_config vc = s->cfg;
    vc.console[0] = vc.json[0] = vc.trace[0] = vc.printer[0] = 0;
    wb_session b, v;
    char err[256];
    if (!wb_session_open(&b, bare_cfg, err, sizeof err))
        return;
    if (!wb_session_open(&v, &vc, err, sizeof err)) {
        wb_session_close(&b);
        return;
    }
    if (from) {
        wb_run(b.m, from);
        wb_run(v.m, from);
    }
    for (uint64_t step = from; step < upto + 16; step++) {
        if (!same_visible_state(b.m, v.m)) {
            uint64_t k = b.m->counters.insns ? b.m->counters.insns - 1 : 0;
            if (k < tb->cap && tb->steps[k].valid) {
                r->cause = tb->steps[k];
                r->cause.count = k;
            }
            break;
        }
        wb_exit eb = wb_run(b.m, 1), ev = wb_run(v.m, 1);
        if (eb.kind != WB_EXIT_BUDGET || ev.kind != WB_EXIT_BUDGET)
            break;
    }
    wb_session_close(&v);
    wb_session_close(&b);
}

bool wb_check_run(wb_session *s, wb_check_result *r, char *err, size_t errlen)
{
    memset(r, 0, sizeof *r);
    /* the bare reference: same guest, same storage, no monitor, no output */
    wb_run_config bc = s->cfg;
    snprintf(bc.monitor, sizeof bc.monitor, "none");
    bc.nest = 0;
    bc.console[0] = bc.json[0] = bc.trace[0] = 0;
    bc.printer[0] = 0;
    wb_session bare;
    if (!wb_session_open(&bare, &bc, err, errlen))
        return false;
    trace_buf tb, tv;
    attach(&bare, &tb);
    wb_session_run(&bare);
    r->bare_seconds = bare.host_seconds;
    uint8_t dbare[32], dvm[32];
    wb_digest(bare.m, dbare);

    /* resource control: what each level keeps for itself, before and after */
    uint8_t before[WB_MAX_NEST][32];
    for (unsigned i = 0; i < s->depth; i++)
        level_digest(s, i, before[i]);
    attach(s, &tv);
    wb_session_run(s);
    wb_digest(s->m, dvm);

    r->exit_equal = bare.exit.kind == s->exit.kind;
    r->console_equal = bare.console.len == s->console.len &&
                       (bare.console.len == 0 || memcmp(bare.console.out, s->console.out, bare.console.len) == 0);
    r->state_equal = memcmp(dbare, dvm, 32) == 0;
    r->equivalence = r->exit_equal && r->console_equal && r->state_equal;
    r->traced_all = tb.seen <= TRACE_WINDOW && tv.seen <= TRACE_WINDOW;
    uint64_t n = tb.seen > tv.seen ? tb.seen : tv.seen;
    for (uint64_t k = 0; k < n && k < tb.cap && k < tv.cap; k++) {
        if (!same_step(&tb.steps[k], &tv.steps[k])) {
            r->has_divergence = true;
            r->div_bare = tb.steps[k];
            r->div_vm = tv.steps[k];
            r->div_bare.count = r->div_vm.count = k;
            if (k > 0) {
                r->div_prev = tb.steps[k - 1];
                r->div_prev.count = k - 1;
            }
            break;
        }
    }
    if (!r->has_divergence && tb.seen != tv.seen) {
        uint64_t k = tb.seen < tv.seen ? tb.seen : tv.seen;
        r->has_divergence = true;
        if (k < tb.cap)
            r->div_bare = tb.steps[k];
        if (k < tv.cap)
            r->div_vm = tv.steps[k];
        r->div_bare.count = r->div_vm.count = k;
    }

    if (!r->equivalence && s->depth)
        locate_cause(s, &bc, &tb, r->has_divergence ? r->div_bare.count : tb.seen, r);

    r->resource_control = true;
    r->regions_checked = s->depth;
    snprintf(r->resource_detail, sizeof r->resource_detail, "%u monitor levels' own storage unchanged", s->depth);
    for (unsigned i = 0; i < s->depth; i++) {
        uint8_t after[32];
        level_digest(s, i, after);
        if (memcmp(before[i], after, 32) != 0) {
            r->resource_control = false;
            snprintf(r->resource_detail, sizeof r->resource_detail,
                     "storage of level %u outside its child's partition and tables changed", i);
            break;
        }
    }

    uint64_t direct = s->m->counters.direct, total = s->m->counters.insns;
    r->direct_share = total ? (double)direct / (double)total : 0.0;
    r->host_time_ratio = r->bare_seconds > 0 ? s->host_seconds / r->bare_seconds : 0.0;
    if (s->depth == 0) {
        r->efficiency = true;
        snprintf(r->efficiency_detail, sizeof r->efficiency_detail, "bare machine: everything runs directly");
        r->direct_share = 1.0;
    } else if (strcmp(s->strategy, "emulate") == 0) {
        /* P&G's efficiency property defines a VMM; an emulator gives it up by design.  Reported as
         * not applicable (the shares are still measured), so --check judges emulation on the other two. */
        r->efficiency = true;
        r->efficiency_na = true;
        snprintf(r->efficiency_detail, sizeof r->efficiency_detail,
                 "not applicable: emulation interprets every instruction by design");
    } else {
        classify_efficiency(s, &tv, r);
        r->efficiency = r->innocuous_not_direct == 0;
    }
    free(tb.steps);
    free(tv.steps);
    s->m->trace = tv.chain;
    s->m->trace_ctx = tv.chain_ctx;
    wb_session_close(&bare);
    return true;
}

static void step_json(wb_json *j, const wb_check_step *s)
{
    wb_json_begin_object(j);
    wb_json_key(j, "valid");
    wb_json_bool(j, s->valid);
    if (s->valid) {
        char hex[20];
        for (unsigned i = 0; i < s->ilen && i < 8; i++)
            snprintf(hex + 2 * i, 3, "%02x", s->insn[i]);
        hex[2 * (s->ilen < 8 ? s->ilen : 8)] = 0;
        wb_json_key(j, "address");
        wb_json_hex(j, s->addr, 6);
        wb_json_key(j, "instruction");
        wb_json_string(j, hex);
        wb_json_key(j, "mode");
        wb_json_string(j, s->supervisor ? "supervisor" : "user");
        wb_json_key(j, "direct");
        wb_json_bool(j, s->direct);
    }
    wb_json_end_object(j);
}

void wb_check_json(const wb_check_result *r, wb_json *j)
{
    wb_json_begin_object(j);
    wb_json_key(j, "passed");
    wb_json_bool(j, wb_check_passed(r));
    wb_json_key(j, "equivalence");
    wb_json_begin_object(j);
    wb_json_key(j, "passed");
    wb_json_bool(j, r->equivalence);
    wb_json_key(j, "same_exit");
    wb_json_bool(j, r->exit_equal);
    wb_json_key(j, "same_console");
    wb_json_bool(j, r->console_equal);
    wb_json_key(j, "same_state");
    wb_json_bool(j, r->state_equal);
    wb_json_end_object(j);
    if (r->cause.valid) {
        wb_json_key(j, "cause");
        wb_json_begin_object(j);
        wb_json_key(j, "instruction_number");
        wb_json_uint(j, r->cause.count);
        wb_json_key(j, "step");
        step_json(j, &r->cause);
        wb_json_key(j, "why");
        wb_json_string(j, "first instruction after which a program-visible register or the mode differs");
        wb_json_end_object(j);
    }
    if (r->has_divergence) {
        wb_json_key(j, "first_divergence");
        wb_json_begin_object(j);
        wb_json_key(j, "instruction_number");
        wb_json_uint(j, r->div_bare.count);
        wb_json_key(j, "bare");
        step_json(j, &r->div_bare);
        wb_json_key(j, "monitored");
        step_json(j, &r->div_vm);
        if (r->div_prev.valid) {
            wb_json_key(j, "preceded_by");
            step_json(j, &r->div_prev);
        }
        wb_json_end_object(j);
    }
    wb_json_key(j, "resource_control");
    wb_json_begin_object(j);
    wb_json_key(j, "passed");
    wb_json_bool(j, r->resource_control);
    wb_json_key(j, "detail");
    wb_json_string(j, r->resource_detail);
    wb_json_end_object(j);
    wb_json_key(j, "efficiency");
    wb_json_begin_object(j);
    wb_json_key(j, "passed");
    if (r->efficiency_na)
        wb_json_null(j);
    else
        wb_json_bool(j, r->efficiency);
    wb_json_key(j, "applicable");
    wb_json_bool(j, !r->efficiency_na);
    wb_json_key(j, "detail");
    wb_json_string(j, r->efficiency_detail);
    wb_json_key(j, "direct_share");
    wb_json_double(j, r->direct_share);
    wb_json_key(j, "host_time_ratio");
    wb_json_double(j, r->host_time_ratio);
    wb_json_key(j, "bare_seconds");
    wb_json_double(j, r->bare_seconds);
    wb_json_end_object(j);
    wb_json_end_object(j);
}

bool wb_check_passed(const wb_check_result *r)
{
    return r->equivalence && r->resource_control && r->efficiency;
}
