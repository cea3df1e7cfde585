/* The classifier's engine: runs every case of a driver and decides its observed P&G class
 * (see classify.h for the definitions used). */
#include "monitors/classify/classify.h"
#include "registry.h"
#include <stdlib.h>
#include <string.h>

#define MAX_CASES 2048
#define MAX_REGS 512   /* Book E: 78 registers and its 64-entry TLB as 256 more */
#define MAX_EXTRA 1024

/* What one single-stepped run produced. */
typedef struct {
    bool ran;                    /* this (state, mode, reloc, pvary) was executed */
    wb_exit_kind exit;
    wb_trap_kind tkind;
    uint32_t tcode;
    bool priv_trap;              /* the privileged-operation trap */
    bool priv_changed;           /* privileged state changed (not counting a privileged-op trap) */
    char changed_reg[16];
    uint64_t pc;                 /* minus the relocation offset */
    uint64_t regs[MAX_REGS];
    uint64_t delta;
    uint8_t *win;                /* storage window, storage_unit bytes per unit */
    size_t winbytes;
    unsigned unit;
} run_rec;

/* VMWB_CLASSIFY_DEBUG=1 prints, per case, why two runs were judged different (on stderr). */
static bool debug_on(void)
{
    const char *e = getenv("VMWB_CLASSIFY_DEBUG");
    return e && *e && *e != '0';
}

const char *wb_cls_verdict_name(wb_cls_verdict v)
{
    switch (v) {
    case WB_CLS_THEOREM1: return "theorem1";
    case WB_CLS_THEOREM3: return "theorem3";
    default: return "none";
    }
}

const wb_cls_driver *wb_cls_driver_for(const char *arch)
{
    static const wb_cls_driver *const all[] = {&wb_cls_drv_s370, &wb_cls_drv_pdp10, &wb_cls_drv_m68k,
                                               &wb_cls_drv_sparc, &wb_cls_drv_booke};
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
        if (strcmp(all[i]->arch, arch) == 0)
            return all[i];
    return NULL;
}

static uint64_t reg_mask(const wb_machine *m, unsigned idx)
{
    unsigned b = m->regs[idx].bits;
    return b >= 64 ? UINT64_MAX : (UINT64_C(1) << b) - 1;
}

static uint64_t priv_val(const wb_cls_driver *d, wb_machine *m, unsigned idx, bool user)
{
    return d->priv_value ? d->priv_value(m, idx, user) : m->ops->get_reg(m, idx);
}

static void one_run(const wb_cls_driver *d, wb_machine *m, const wb_cls_case *k, unsigned state, bool user,
                    unsigned reloc, unsigned pv, run_rec *r)
{
    uint64_t before[MAX_REGS];
    uint64_t xb[MAX_EXTRA], xa[MAX_EXTRA];
    unsigned nxb = 0, nxa = 0;
    d->setup(m, k, state, user, reloc, pv);
    m->trap_to_host = true;
    if (d->priv_extra)
        nxb = d->priv_extra(m, xb, MAX_EXTRA);
    for (unsigned i = 0; i < m->nregs && i < MAX_REGS; i++)
        if (m->regs[i].privileged)
            before[i] = priv_val(d, m, i, user);
    wb_exit e = m->ops->run(m, 1);
    r->ran = true;
    r->exit = e.kind;
    r->tkind = e.kind == WB_EXIT_TRAP ? e.trap.kind : WB_TRAP_KINDS;
    r->tcode = e.kind == WB_EXIT_TRAP ? e.trap.code : 0;
    r->priv_trap = e.kind == WB_EXIT_TRAP && e.trap.kind == WB_TRAP_PRIV;
    r->priv_changed = false;
    r->changed_reg[0] = 0;
    uint64_t phys, len, delta;
    d->window(m, user, reloc, &phys, &len, &delta);
    r->delta = delta;
    r->pc = d->pc(m) - delta;
    for (unsigned i = 0; i < m->nregs && i < MAX_REGS; i++) {
        if (m->regs[i].privileged) {
            r->regs[i] = 0;
            if (!r->priv_trap && priv_val(d, m, i, user) != before[i] && !r->priv_changed) {
                r->priv_changed = true;
                snprintf(r->changed_reg, sizeof r->changed_reg, "%s", m->regs[i].name);
            }
        } else {
            r->regs[i] = m->ops->get_reg(m, i) & reg_mask(m, i);
        }
    }
    if (d->priv_extra && !r->priv_trap) {
        nxa = d->priv_extra(m, xa, MAX_EXTRA);
        if (!r->priv_changed && (nxa != nxb || memcmp(xa, xb, nxa * sizeof xa[0]) != 0)) {
            r->priv_changed = true;
            snprintf(r->changed_reg, sizeof r->changed_reg, "%s", d->extra_name ? d->extra_name : "state");
        }
    }
    r->unit = m->storage_unit ? m->storage_unit : 1;
    size_t bytes = (size_t)len * r->unit;
    if (bytes > r->winbytes) {
        free(r->win);
        r->win = calloc(bytes, 1);
        r->winbytes = r->win ? bytes : 0;
    }
    if (r->win && m->ops->read(m, phys, r->win, (size_t)len) != WB_OK)
        memset(r->win, 0xEE, r->winbytes);
}

/* A difference of exactly the relocation offset is the same address seen from two places. */
static bool same_value(uint64_t a, uint64_t b, uint64_t da, uint64_t db, uint64_t mask)
{
    return ((a - da) & mask) == ((b - db) & mask) || (a & mask) == (b & mask);
}

static uint32_t be32(const uint8_t *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static bool same_storage(const run_rec *a, const run_rec *b)
{
    if (debug_on()) {
        size_t n = a->winbytes < b->winbytes ? a->winbytes : b->winbytes;
        for (size_t i = 0; i < n; i++)
            if (a->win[i] != b->win[i]) {
                fprintf(stderr, "  first storage diff at %zx: %02x vs %02x (deltas %llx %llx)\n", i, a->win[i], b->win[i],
                        (unsigned long long)a->delta, (unsigned long long)b->delta);
                break;
            }
    }
    size_t n = a->winbytes < b->winbytes ? a->winbytes : b->winbytes;
    if (a->delta == b->delta || a->unit != 1)
        return memcmp(a->win, b->win, n) == 0;
    for (size_t i = 0; i < n; i++) {
        if (a->win[i] == b->win[i])
            continue;
        /* a stored address: some 32-bit big-endian word covering i differs by the offset */
        bool ok = false;
        for (size_t j = i >= 3 ? i - 3 : 0; j <= i && j + 4 <= n && !ok; j++)
            ok = be32(b->win + j) - be32(a->win + j) == (uint32_t)(b->delta - a->delta);
        if (!ok)
            return false;
    }
    return true;
}

/* Same outcome, seen by the program (privileged registers excluded). */
static bool same_outcome(const wb_cls_driver *d, wb_machine *m, const run_rec *a, const run_rec *b)
{
    if (a->exit != b->exit || a->tkind != b->tkind || a->tcode != b->tcode || a->pc != b->pc) {
        if (debug_on())
            fprintf(stderr, "  exit %d/%d trap %d/%d code %x/%x pc %llx/%llx\n", a->exit, b->exit, a->tkind, b->tkind,
                    a->tcode, b->tcode, (unsigned long long)a->pc, (unsigned long long)b->pc);
        return false;
    }
    for (unsigned i = 0; i < m->nregs && i < MAX_REGS; i++) {
        if (m->regs[i].privileged || (d->compare_reg && !d->compare_reg(m, i)))
            continue;
        if (!same_value(a->regs[i], b->regs[i], a->delta, b->delta, reg_mask(m, i))) {
            if (debug_on())
                fprintf(stderr, "  reg %s %llx/%llx\n", m->regs[i].name, (unsigned long long)a->regs[i],
                        (unsigned long long)b->regs[i]);
            return false;
        }
    }
    return same_storage(a, b);
}

static void append(char *buf, size_t len, const char *s)
{
    size_t used = strlen(buf);
    if (used + 1 < len)
        snprintf(buf + used, len - used, "%.*s", (int)(len - used - 1), s);
}

static void classify_case(const wb_cls_driver *d, wb_machine *m, const wb_cls_case *k, wb_cls_insn *out,
                          run_rec *runs)
{
    /* runs[((state * 2 + user) * 2 + reloc) * npvary + pv] */
    unsigned npv = d->npvary ? d->npvary : 1;
    if (debug_on())
        fprintf(stderr, "case %s\n", k->mnemonic);
#define RUN(s, u, r, p) runs[(((s) * 2 + (u)) * 2 + (r)) * npv + (p)]
    for (unsigned s = 0; s < d->nstates; s++)
        for (unsigned u = 0; u < 2; u++)
            for (unsigned r = 0; r < 2; r++)
                for (unsigned p = 0; p < npv; p++) {
                    RUN(s, u, r, p).ran = false;
                    if (!u && p)
                        continue;   /* pvary is about what user mode can observe */
                    one_run(d, m, k, s, u, r, p, &RUN(s, u, r, p));
                }
    bool all_user_priv = true, any_user_priv = false, any_super_priv = false;
    const char *ctl_reg = NULL;
    for (unsigned s = 0; s < d->nstates; s++)
        for (unsigned r = 0; r < 2; r++) {
            if (RUN(s, 0, r, 0).priv_trap)
                any_super_priv = true;
            if (RUN(s, 0, r, 0).priv_changed) {
                out->control_super = true;
                ctl_reg = ctl_reg ? ctl_reg : RUN(s, 0, r, 0).changed_reg;
            }
            for (unsigned p = 0; p < npv; p++) {
                const run_rec *ur = &RUN(s, 1, r, p);
                if (ur->priv_trap)
                    any_user_priv = true;
                else
                    all_user_priv = false;
                if (ur->priv_changed) {
                    out->control_user = true;
                    ctl_reg = ur->changed_reg;
                }
            }
        }
    out->priv_trap_some = any_user_priv && !all_user_priv;
    bool privileged = all_user_priv && !any_super_priv;
    /* behaviour: mode, relocation, invisible privileged state; a relocation dependence seen between
     * two user-mode runs makes the instruction user-sensitive */
    bool user_loc = false;
    for (unsigned s = 0; s < d->nstates; s++)
        for (unsigned r = 0; r < 2; r++) {
            const run_rec *sr = &RUN(s, 0, r, 0);
            for (unsigned p = 0; p < npv; p++) {
                const run_rec *ur = &RUN(s, 1, r, p);
                if (ur->priv_trap)
                    continue;
                if (p == 0 && !same_outcome(d, m, sr, ur))
                    out->mode_sensitive = true;
                if (p > 0 && !RUN(s, 1, r, 0).priv_trap && !same_outcome(d, m, &RUN(s, 1, r, 0), ur))
                    out->pvary_sensitive = true;
                if (r == 1 && !RUN(s, 1, 0, p).priv_trap && !same_outcome(d, m, &RUN(s, 1, 0, p), ur))
                    out->location_sensitive = user_loc = true;
            }
            if (r == 1 && !same_outcome(d, m, &RUN(s, 0, 0, 0), sr))
                out->location_sensitive = true;
        }
#undef RUN
    out->user_sensitive = out->control_user || out->pvary_sensitive || user_loc;
    if (privileged)
        out->observed = WB_PG_PRIVILEGED;
    else if (out->control_super || out->control_user)
        out->observed = WB_PG_CONTROL_SENSITIVE;
    else if (out->mode_sensitive || out->location_sensitive || out->pvary_sensitive)
        out->observed = WB_PG_BEHAVIOUR_SENSITIVE;
    else
        out->observed = WB_PG_INNOCUOUS;
    char *ev = out->evidence;
    size_t el = sizeof out->evidence;
    ev[0] = 0;
    if (privileged) {
        append(ev, el, "user: privileged-operation trap");
        if (out->control_super && ctl_reg) {
            append(ev, el, "; supervisor changes ");
            append(ev, el, ctl_reg);
        }
        return;
    }
    if (ctl_reg) {
        append(ev, el, "changes ");
        append(ev, el, ctl_reg);
        append(ev, el, out->control_user ? " in user mode;" : " in supervisor mode;");
    }
    if (out->mode_sensitive)
        append(ev, el, " mode-dependent;");
    if (out->location_sensitive)
        append(ev, el, " relocation-dependent;");
    if (out->pvary_sensitive)
        append(ev, el, " reads privileged state;");
    if (out->priv_trap_some)
        append(ev, el, " traps in some user states;");
    if (ev[0] == ' ')
        memmove(ev, ev + 1, strlen(ev));
}

bool wb_cls_violates(const wb_cls_insn *i)
{
    return i->observed == WB_PG_CONTROL_SENSITIVE || i->observed == WB_PG_BEHAVIOUR_SENSITIVE;
}

/* Classify the machine m (driver d) into r; m's own m->insns is the declared table. */
static bool classify_on(const wb_cls_driver *d, wb_machine *m, const char *core, const char *arch,
                        wb_cls_report *r, char *err, size_t errlen)
{
    wb_cls_case *cases = calloc(MAX_CASES, sizeof *cases);
    unsigned npv = d->npvary ? d->npvary : 1;
    size_t nruns = (size_t)d->nstates * 2 * 2 * npv;
    run_rec *runs = calloc(nruns, sizeof *runs);
    if (!cases || !runs) {
        free(cases);
        free(runs);
        snprintf(err, errlen, "out of memory");
        return false;
    }
    unsigned n = d->cases(m, cases, MAX_CASES);
    r->insns = calloc(n ? n : 1, sizeof *r->insns);
    if (!r->insns) {
        free(cases);
        free(runs);
        snprintf(err, errlen, "out of memory");
        return false;
    }
    snprintf(r->core, sizeof r->core, "%s", core);
    r->arch = arch;
    r->reloc_desc = d->reloc_desc;
    for (unsigned i = 0; i < n; i++) {
        wb_cls_insn *o = &r->insns[i];
        memcpy(o->mnemonic, cases[i].mnemonic, sizeof o->mnemonic);
        memcpy(o->bytes, cases[i].bytes, sizeof o->bytes);
        o->len = cases[i].len;
        if (cases[i].info >= 0 && (unsigned)cases[i].info < m->ninsns) {
            o->has_declared = true;
            o->declared = m->insns[cases[i].info].pg;
        }
        classify_case(d, m, &cases[i], o, runs);
        if (o->has_declared && o->declared != o->observed)
            r->disagreements++;
    }
    r->n = n;
    bool t1 = true, t3 = true;
    for (unsigned i = 0; i < n; i++) {
        if (wb_cls_violates(&r->insns[i])) {
            t1 = false;
            if (r->insns[i].user_sensitive)
                t3 = false;
        }
    }
    r->verdict = t1 ? WB_CLS_THEOREM1 : t3 ? WB_CLS_THEOREM3 : WB_CLS_NONE;
    for (size_t i = 0; i < nruns; i++)
        free(runs[i].win);
    free(runs);
    free(cases);
    return true;
}

bool wb_classify(const char *core, wb_cls_report *r, char *err, size_t errlen)
{
    memset(r, 0, sizeof *r);
    const wb_core_info *ci = wb_core_find(core);
    if (!ci) {
        snprintf(err, errlen, "unknown core '%s' (vmwb list shows the cores)", core);
        return false;
    }
    const wb_cls_driver *d = wb_cls_driver_for(ci->arch);
    if (!d) {
        snprintf(err, errlen, "no classifier driver for architecture %s", ci->arch);
        return false;
    }
    wb_machine *m = d->create(core, err, errlen);
    if (!m)
        return false;
    bool ok = classify_on(d, m, core, ci->arch, r, err, errlen);
    wb_destroy(m);
    return ok;
}

bool wb_classify_machine(wb_machine *m, wb_cls_report *r, char *err, size_t errlen)
{
    memset(r, 0, sizeof *r);
    const wb_cls_driver *d = wb_cls_driver_for(m->arch);
    if (!d) {
        snprintf(err, errlen, "no classifier driver for architecture %s", m->arch);
        return false;
    }
    return classify_on(d, m, m->variant, m->arch, r, err, errlen);
}

void wb_cls_report_free(wb_cls_report *r)
{
    free(r->insns);
    r->insns = NULL;
    r->n = 0;
}
