/* The comparison matrix: selection, runs and predictions (output formats: compare_out.c). */
#include "frontends/common/compare.h"
#include "monitors/classify/classify.h"
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct {
    const char *core;
    const char *guests[4];
} std_guests;

/* Each guest shows one side of a monitor: minios (timer, SVCs, two tasks), a detector of the
 * architecture's virtualization hole (the 68010 build uses its own instructions), an escaper that
 * tries to leave its storage; the S/370 has no hole to detect and runs hello instead. */
static const std_guests standard[] = {
    {"s370", {"minios", "hello", "escaper", NULL}},
    {"pdp10", {"minios", "detector", "escaper", NULL}},
    {"m68000", {"minios", "detector", "escaper", NULL}},
    {"m68010", {"minios", "detector10", "escaper", NULL}},
    {"sparc", {"minios", "detector", "escaper", NULL}},
    {"ppc-booke", {"minios", "detector", "escaper", NULL}},
};

/* Guests that execute, in virtual supervisor state, an instruction the classifier finds sensitive and
 * unprivileged, and whose output depends on its effect: trap-and-emulate never sees it, so the run
 * cannot be equivalent. */
static const struct {
    const char *core, *guest, *why;
} exposers[] = {
    {"pdp10", "minios", "enters user mode by JRST 1, which never traps"},
    {"pdp10", "detector", "enters user mode by JRST 1, which never traps"},
    {"pdp10", "escaper", "enters user mode by JRST 1, which never traps"},
    {"m68000", "detector", "reads S=0 with MOVE from SR, which never traps"},
};

const char *const *wb_cmp_standard_guests(const char *core)
{
    for (size_t i = 0; i < sizeof standard / sizeof standard[0]; i++)
        if (!strcmp(standard[i].core, core))
            return standard[i].guests;
    return NULL;
}

bool wb_cmp_strategy_exists(const char *core, wb_strategy s)
{
    const wb_core_info *ci = wb_core_find(core);
    if (!ci || s >= WB_STRATEGY_COUNT || !wb_vmm_for(ci->arch))
        return false;
    /* code scanning is the 68k monitor's alone (it patches MOVE from SR) */
    return s != WB_STRATEGY_SCAN || !strcmp(ci->arch, "m68k");
}

const char *wb_cmp_pred_name(wb_cmp_pred p) { return p == WB_PRED_PASS ? "pass" : p == WB_PRED_FAIL ? "fail" : "any"; }

static const wb_cmp_core *core_info(const wb_cmp_matrix *mx, const char *core)
{
    for (unsigned i = 0; i < mx->ncores; i++)
        if (!strcmp(mx->cores[i].core, core))
            return &mx->cores[i];
    return NULL;
}

/* Popek & Goldberg with the classifier's verdict: Theorem 1 makes trap-and-emulate equivalent and
 * efficient, Theorem 3 a hybrid monitor; emulation is always equivalent and efficiency does not apply to it; code
 * scanning patches every sensitive unprivileged instruction.  Resource control holds for every
 * strategy (the allocator's partitions).  Where no theorem applies the outcome is left open, except
 * for a guest known to expose the hole. */
static void predict(wb_cmp_row *r, const char *verdict)
{
    r->pred_resource = WB_PRED_PASS;
    bool t1 = !strcmp(verdict, "theorem1"), t3 = t1 || !strcmp(verdict, "theorem3");
    if (!strcmp(r->strategy, "emulate")) {
        r->pred_equivalence = WB_PRED_PASS;
        r->pred_efficiency = WB_PRED_ANY;   /* not applicable: --check reports it as such */
        snprintf(r->pred_why, sizeof r->pred_why, "emulation interprets every instruction (efficiency n/a)");
    } else if (!strcmp(r->strategy, "scan")) {
        r->pred_equivalence = r->pred_efficiency = WB_PRED_PASS;
        snprintf(r->pred_why, sizeof r->pred_why, "scanning patches the sensitive unprivileged instructions");
    } else if (!strcmp(r->strategy, "hybrid") ? t3 : t1) {
        r->pred_equivalence = r->pred_efficiency = WB_PRED_PASS;
        snprintf(r->pred_why, sizeof r->pred_why, "%s holds", t1 ? "Theorem 1" : "Theorem 3");
    } else {
        r->pred_equivalence = r->pred_efficiency = WB_PRED_ANY;
        snprintf(r->pred_why, sizeof r->pred_why, "%s does not hold: no guarantee",
                 !strcmp(r->strategy, "hybrid") ? "Theorem 3" : "Theorem 1");
        if (!strcmp(r->strategy, "trap"))
            for (size_t i = 0; i < sizeof exposers / sizeof exposers[0]; i++)
                if (!strcmp(exposers[i].core, r->core) && !strcmp(exposers[i].guest, r->guest)) {
                    r->pred_equivalence = WB_PRED_FAIL;
                    snprintf(r->pred_why, sizeof r->pred_why, "not Theorem 1 and the guest %s", exposers[i].why);
                }
    }
}

static bool agrees(wb_cmp_pred p, bool passed) { return p == WB_PRED_ANY || (p == WB_PRED_PASS) == passed; }

static void run_row(wb_cmp_row *r, uint64_t max_insns)
{
    wb_run_config cfg;
    wb_config_defaults(&cfg);
    snprintf(cfg.core, sizeof cfg.core, "%s", r->core);
    snprintf(cfg.guest, sizeof cfg.guest, "%s", r->guest);
    snprintf(cfg.monitor, sizeof cfg.monitor, "%s", r->strategy);
    cfg.nest = r->nest;
    cfg.max_insns = max_insns;
    wb_session s;
    char err[sizeof r->na_reason];
    if (!wb_session_open(&s, &cfg, err, sizeof err)) {
        r->na = true;
        snprintf(r->na_reason, sizeof r->na_reason, "%s", err);
        return;
    }
    if (!wb_check_run(&s, &r->check, err, sizeof err)) {
        r->na = true;
        snprintf(r->na_reason, sizeof r->na_reason, "the bare reference: %.200s", err);
        wb_session_close(&s);
        return;
    }
    snprintf(r->exit, sizeof r->exit, "%s", wb_exit_name(s.exit.kind));
    r->insns = s.m->counters.insns;
    r->direct = s.m->counters.direct;
    r->trapped = s.m->counters.trapped;
    r->interpreted = s.m->counters.interpreted;
    r->level0_exits = wb_session_level0_exits(&s);
    r->inner_exits = s.depth ? ((wb_vm *)s.levels[s.depth])->stats.exits_total : 0;
    r->exit_multiplication = r->inner_exits ? (double)r->level0_exits / (double)r->inner_exits : 0.0;
    r->host_seconds = s.host_seconds;
    const wb_check_step *p = &r->check.div_prev;
    if (r->check.has_divergence && p->valid && s.m->ops->decode) {
        int ix = s.m->ops->decode(s.m, p->insn, p->ilen);
        if (ix >= 0)
            snprintf(r->preceded_by, sizeof r->preceded_by, "%s", s.m->insns[ix].mnemonic);
    }
    wb_session_close(&s);
}

static void classify_core(wb_cmp_core *c, const char *guest)
{
    char err[256];
    const wb_cls_report *r = wb_classify_cached(c->core, err, sizeof err);
    if (!r) {
        snprintf(c->verdict, sizeof c->verdict, "error");
        snprintf(c->reason, sizeof c->reason, "%s", err);
    } else {
        snprintf(c->verdict, sizeof c->verdict, "%s", wb_cls_verdict_name(r->verdict));
        wb_cls_verdict_text(r, c->reason, sizeof c->reason);
    }
    /* ask the session what `auto` builds rather than repeating its rule here */
    wb_run_config cfg;
    wb_config_defaults(&cfg);
    snprintf(cfg.core, sizeof cfg.core, "%s", c->core);
    snprintf(cfg.guest, sizeof cfg.guest, "%s", guest);
    snprintf(cfg.monitor, sizeof cfg.monitor, "auto");
    cfg.nest = 1;
    wb_session s;
    if (wb_session_open(&s, &cfg, err, sizeof err)) {
        snprintf(c->auto_strategy, sizeof c->auto_strategy, "%s", s.strategy);
        wb_session_close(&s);
    } else {
        snprintf(c->auto_strategy, sizeof c->auto_strategy, "n/a");
    }
}

/* The guests selected for one core, in the order of its standard list, then the others given. */
static unsigned core_guests(const wb_cmp_options *o, const char *core, const char *arch, char out[][64], unsigned max)
{
    const char *const *std = wb_cmp_standard_guests(core);
    unsigned n = 0;
    char path[1024];
    if (!o->nguests) {
        for (unsigned i = 0; std && std[i] && n < max; i++)
            snprintf(out[n++], 64, "%s", std[i]);
        return n;
    }
    for (unsigned g = 0; g < o->nguests && n < max; g++) {
        const char *name = o->guests[g];
        char alias[64];
        snprintf(alias, sizeof alias, "%s10", name);   /* the 68010 build of a guest */
        bool found = false;
        for (unsigned i = 0; std && std[i] && !found; i++)
            if (!strcmp(std[i], name) || !strcmp(std[i], alias)) {
                snprintf(out[n++], 64, "%s", std[i]);
                found = true;
            }
        if (!found && wb_guest_path(arch, name, path, sizeof path))
            snprintf(out[n++], 64, "%.63s", name);
    }
    return n;
}

bool wb_compare_run(const wb_cmp_options *o, wb_cmp_matrix *mx, char *err, size_t errlen)
{
    memset(mx, 0, sizeof *mx);
    mx->max_insns = o->max_insns ? o->max_insns : WB_CMP_DEFAULT_MAX_INSNS;
    const char *cores[WB_CMP_MAX_CORES];
    unsigned ncores = 0;
    if (o->ncores) {
        for (unsigned i = 0; i < o->ncores; i++) {
            const wb_core_info *ci = wb_core_find(o->cores[i]);
            if (!ci) {
                snprintf(err, errlen, "unknown core '%s' (vmwb list shows the cores)", o->cores[i]);
                return false;
            }
            if (!wb_vmm_for(ci->arch)) {
                snprintf(err, errlen, "core %s has no monitor to compare", o->cores[i]);
                return false;
            }
            cores[ncores++] = ci->name;
        }
    } else {
        for (unsigned i = 0; wb_core_at(i) && ncores < WB_CMP_MAX_CORES; i++)
            if (wb_vmm_for(wb_core_at(i)->arch) && wb_cmp_standard_guests(wb_core_at(i)->name))
                cores[ncores++] = wb_core_at(i)->name;
    }
    static const unsigned default_nests[] = {1, 2, 4};
    const unsigned *nests = o->nnests ? o->nests : default_nests;
    unsigned nnests = o->nnests ? o->nnests : 3;
    for (unsigned i = 0; i < nnests; i++)
        if (nests[i] < 1 || nests[i] > WB_MAX_NEST) {
            snprintf(err, errlen, "nesting depth %u is outside 1..%d", nests[i], WB_MAX_NEST);
            return false;
        }
    size_t cap = 0;
    for (unsigned c = 0; c < ncores; c++) {
        char guests[WB_CMP_MAX_GUESTS][64];
        unsigned ng = core_guests(o, cores[c], wb_core_find(cores[c])->arch, guests, WB_CMP_MAX_GUESTS);
        wb_strategy strats[WB_STRATEGY_COUNT];
        unsigned ns = 0;
        for (unsigned k = 0; k < (o->nstrategies ? o->nstrategies : WB_STRATEGY_COUNT); k++) {
            wb_strategy st = o->nstrategies ? o->strategies[k] : (wb_strategy)k;
            if (o->nstrategies || wb_cmp_strategy_exists(cores[c], st))
                strats[ns++] = st;
        }
        if (!ng)
            continue;
        wb_cmp_core *ci = &mx->cores[mx->ncores++];
        snprintf(ci->core, sizeof ci->core, "%s", cores[c]);
        size_t need = mx->n + (size_t)ng * ns * nnests;
        if (need > cap) {
            cap = need * 2;
            wb_cmp_row *p = realloc(mx->rows, cap * sizeof *p);
            if (!p) {
                snprintf(err, errlen, "out of memory");
                wb_compare_free(mx);
                return false;
            }
            mx->rows = p;
        }
        for (unsigned g = 0; g < ng; g++)
            for (unsigned k = 0; k < ns; k++)
                for (unsigned d = 0; d < nnests; d++) {
                    wb_cmp_row *r = &mx->rows[mx->n++];
                    memset(r, 0, sizeof *r);
                    snprintf(r->core, sizeof r->core, "%s", cores[c]);
                    snprintf(r->guest, sizeof r->guest, "%.63s", guests[g]);
                    snprintf(r->strategy, sizeof r->strategy, "%s", wb_strategy_name(strats[k]));
                    r->nest = nests[d];
                    if (!wb_cmp_strategy_exists(cores[c], strats[k])) {
                        r->na = true;
                        snprintf(r->na_reason, sizeof r->na_reason, "no %s strategy for %s (code scanning is the 68k's)",
                                 r->strategy, cores[c]);
                    }
                }
    }
    if (!mx->n) {
        snprintf(err, errlen, "the selection names no guest of the selected cores (vmwb list shows the guests)");
        wb_compare_free(mx);
        return false;
    }
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (unsigned c = 0; c < mx->ncores; c++) {
        const char *first = NULL;
        for (size_t i = 0; i < mx->n && !first; i++)
            if (!strcmp(mx->rows[i].core, mx->cores[c].core))
                first = mx->rows[i].guest;
        classify_core(&mx->cores[c], first);
    }
    for (size_t i = 0; i < mx->n; i++) {
        wb_cmp_row *r = &mx->rows[i];
        predict(r, core_info(mx, r->core)->verdict);
        if (!r->na)
            run_row(r, mx->max_insns);
        /* a refused combination is reported, not judged */
        r->as_predicted = r->na || (agrees(r->pred_equivalence, r->check.equivalence) &&
                                    agrees(r->pred_resource, r->check.resource_control) &&
                                    agrees(r->pred_efficiency, r->check.efficiency));
        if (!r->as_predicted)
            mx->unexpected++;
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    mx->seconds = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    return true;
}

void wb_compare_free(wb_cmp_matrix *mx)
{
    free(mx->rows);
    mx->rows = NULL;
    mx->n = 0;
}
