/* Panes: each owns a run session (or views one level of another pane's nest), runs it for a budget
 * of instructions per frame, collects what its guest writes and keeps per-frame counter history. */
#include "frontends/sdl/console.h"
#include "monitors/vm.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The level whose counters a pane shows: its configured level, else the innermost. */
static unsigned shown_level(const wb_pane *p)
{
    const wb_pane *o = p->owner;
    unsigned lv = p->cfg.has_level ? p->cfg.level : o->s.depth;
    return lv > o->s.depth ? o->s.depth : lv;
}

static wb_machine *shown_machine(const wb_pane *p)
{
    if (!p->owner || !p->owner->open)
        return NULL;
    return p->owner->s.levels[shown_level(p)];
}

static wb_pane_sample sample(const wb_pane *p)
{
    wb_pane_sample s;
    memset(&s, 0, sizeof s);
    wb_machine *m = shown_machine(p);
    if (!m)
        return s;
    s.insns = m->counters.insns;
    s.direct = m->counters.direct;
    s.trapped = m->counters.trapped;
    s.interpreted = m->counters.interpreted;
    for (int k = 0; k < WB_TRAP_KINDS; k++)
        s.exits[k] = wb_is_vm(m) ? ((wb_vm *)m)->stats.exits[k] : m->counters.traps[k];
    return s;
}

static void hist_clear(wb_pane *p)
{
    p->hist_n = p->hist_pos = 0;
    p->last = sample(p);
}

/* Opens the pane's session; a failure is kept as the pane's message, never fatal. */
static void pane_open(wb_pane *p, const wb_console_config *cc)
{
    p->open = false;
    p->stopped = false;
    p->run_insns = 0;
    p->error[0] = 0;
    p->inlen = 0;
    if (p->input)
        p->input[0] = 0;
    p->linelen = 0;
    if (!p->screen.cells)
        wb_text_init(&p->screen, cc->cols, cc->rows);
    wb_text_clear(&p->screen);
    if (p->cfg.of)
        return;
    char err[600];
    if (p->cfg.vm) {
        /* a sibling on the shared machine: the session's machines are the multi's, the console the pane's */
        wb_multi_vm *x = NULL;
        for (unsigned i = 0; p->multi && i < p->multi->n; i++)
            if (p->multi->vms[i].spec.number == p->cfg.vm)
                x = &p->multi->vms[i];
        if (!x) {
            snprintf(p->error, sizeof p->error, "cannot start this pane: %.480s",
                     p->multi_error && p->multi_error[0] ? p->multi_error : "no such VM");
            snprintf(p->state, sizeof p->state, "not started");
            p->stopped = true;
            return;
        }
        wb_console con = p->s.console;
        p->s = x->s;
        p->s.console = con;
    } else if (!wb_session_open(&p->s, &p->cfg.run, err, sizeof err)) {
        snprintf(p->error, sizeof p->error, "cannot start this pane: %.480s", err);
        snprintf(p->state, sizeof p->state, "not started");
        p->stopped = true;
        return;
    }
    p->open = true;
    p->s.console.in_str = p->input;
    p->s.console.in_pos = 0;
    if (p->cfg.has_level && p->cfg.level > p->s.depth) {
        snprintf(p->error, sizeof p->error, "level %u does not exist: the nest is %u deep", p->cfg.level,
                 p->s.depth);
    }
    snprintf(p->state, sizeof p->state, "running");
}

static void pane_close(wb_pane *p)
{
    if (p->cfg.vm) {   /* the machines are the multi's */
        wb_console_free(&p->s.console);
        p->open = false;
        return;
    }
    if (p->open)
        wb_session_close(&p->s);
    p->open = false;
}

/* Where VM N's console writes: the pane that shows it. */
static wb_console *pane_console(void *ctx, int number)
{
    wb_console_app *a = ctx;
    for (unsigned i = 0; i < a->npanes; i++)
        if (a->panes[i].cfg.vm == number) {
            wb_console_init(&a->panes[i].s.console);
            return &a->panes[i].s.console;
        }
    return NULL;
}

bool wb_console_app_open(wb_console_app *a, const wb_console_config *cfg, char *err, size_t errlen)
{
    memset(a, 0, sizeof *a);
    a->cfg = *cfg;
    a->rate = cfg->rate;
    a->npanes = cfg->npanes;
    for (unsigned i = 0; i < a->npanes; i++) {
        wb_pane *p = &a->panes[i];
        p->cfg = cfg->panes[i];
        p->owner = p;
        p->incap = 256;
        p->input = calloc(p->incap, 1);
        if (!p->input) {
            snprintf(err, errlen, "out of memory");
            wb_console_app_close(a);
            return false;
        }
    }
    if (cfg->has_vms) {
        a->multi = malloc(sizeof *a->multi);
        if (!a->multi) {
            snprintf(err, errlen, "out of memory");
            wb_console_app_close(a);
            return false;
        }
        if (!wb_multi_open_consoles(a->multi, &cfg->shared, pane_console, a, a->multi_error, sizeof a->multi_error)) {
            free(a->multi);
            a->multi = NULL;
        }
    }
    for (unsigned i = 0; i < a->npanes; i++) {
        wb_pane *p = &a->panes[i];
        p->multi = a->multi;
        p->multi_error = a->multi_error;
        if (p->cfg.of)
            for (unsigned k = 0; k < a->npanes; k++)
                if (a->panes[k].cfg.number == p->cfg.of)
                    p->owner = &a->panes[k];
        pane_open(p, cfg);
        if (!p->screen.cells) {
            snprintf(err, errlen, "out of memory");
            wb_console_app_close(a);
            return false;
        }
    }
    for (unsigned i = 0; i < a->npanes; i++)
        hist_clear(&a->panes[i]);
    unsigned cols = cfg->columns < a->npanes ? cfg->columns : a->npanes;
    if (!cols)
        cols = 1;
    a->grid_rows = (int)((a->npanes + cols - 1) / cols);
    a->pane_w = (int)cfg->cols * WB_FONT_W + 8;
    a->pane_h = 12 + (int)cfg->rows * WB_FONT_H + 2 + 3 * WB_FONT_H + 4;
    a->fb.w = (int)cols * a->pane_w + ((int)cols + 1) * 4;
    a->fb.h = a->grid_rows * a->pane_h + (a->grid_rows + 1) * 4 + 12;
    a->fb.px = calloc((size_t)a->fb.w * (size_t)a->fb.h, sizeof *a->fb.px);
    if (!a->fb.px) {
        snprintf(err, errlen, "out of memory");
        wb_console_app_close(a);
        return false;
    }
    wb_console_app_draw(a);
    return true;
}

void wb_console_app_close(wb_console_app *a)
{
    for (unsigned i = 0; i < a->npanes; i++) {
        wb_pane *p = &a->panes[i];
        pane_close(p);
        wb_text_free(&p->screen);
        free(p->input);
        p->input = NULL;
    }
    free(a->fb.px);
    a->fb.px = NULL;
    if (a->multi) {
        wb_multi_close(a->multi);
        free(a->multi);
        a->multi = NULL;
    }
}

/* What the guest wrote since the last frame goes onto the screen; the capture is emptied so a long
 * run keeps no more than one frame's output. */
static void drain_console(wb_pane *p)
{
    wb_console *c = &p->s.console;
    for (size_t i = 0; i < c->len; i++)
        wb_text_putc(&p->screen, (unsigned char)c->out[i]);
    c->len = 0;
    if (c->out)
        c->out[0] = 0;
}

static void run_pane(wb_pane *p, uint64_t budget)
{
    if (!p->open || p->stopped || p->cfg.of)
        return;
    uint64_t cap = p->s.cfg.max_insns;
    if (cap && p->run_insns >= cap) {
        p->stopped = true;
        snprintf(p->state, sizeof p->state, "budget of %llu spent", (unsigned long long)cap);
        return;
    }
    if (cap && budget > cap - p->run_insns)
        budget = cap - p->run_insns;
    uint64_t before = p->s.m->counters.insns;
    wb_exit e = wb_run(p->s.m, budget);
    p->run_insns += p->s.m->counters.insns - before;
    p->s.exit = e;
    drain_console(p);
    switch (e.kind) {
    case WB_EXIT_BUDGET:
        break;
    case WB_EXIT_HALT:
        p->stopped = true;
        snprintf(p->state, sizeof p->state, "halted%s%.100s", e.msg[0] ? ": " : "", e.msg);
        break;
    case WB_EXIT_WAIT:
        p->stopped = true;   /* typed input wakes it (wb_console_app_text) */
        snprintf(p->state, sizeof p->state, "wait");
        break;
    default:
        p->stopped = true;
        snprintf(p->state, sizeof p->state, "%s%s%.100s", wb_exit_name(e.kind), e.msg[0] ? ": " : "", e.msg);
        break;
    }
}

/* A view pane's screen: the counters of one level of its owner's nest, redrawn every frame. */
static void describe_level(wb_pane *p)
{
    wb_textscreen *t = &p->screen;
    wb_text_clear(t);
    const wb_pane *o = p->owner;
    char b[256];
    if (!o->open) {
        snprintf(b, sizeof b, "pane %d is not running: nothing to show\n", o->cfg.number);
        wb_text_puts(t, b);
        return;
    }
    unsigned lv = shown_level(p);
    wb_machine *m = o->s.levels[lv];
    if (!wb_is_vm(m)) {
        snprintf(b, sizeof b, "level 0 of pane %d: the real machine (%s)\n\ninterruptions taken:\n", o->cfg.number,
                 m->variant);
        wb_text_puts(t, b);
        for (int k = 0; k < WB_TRAP_KINDS; k++) {
            snprintf(b, sizeof b, "  %-10s %llu\n", wb_trap_name((wb_trap_kind)k),
                     (unsigned long long)m->counters.traps[k]);
            wb_text_puts(t, b);
        }
        return;
    }
    wb_vm *vm = (wb_vm *)m;
    snprintf(b, sizeof b, "level %u of %u in pane %d: a VM on %s, strategy %s\n\n", lv, o->s.depth, o->cfg.number,
             lv == 1 ? "the real machine" : "the VM below", wb_strategy_name(vm->strategy));
    wb_text_puts(t, b);
    snprintf(b, sizeof b, "partition 0x%llx, %llu bytes\n", (unsigned long long)vm->base,
             (unsigned long long)vm->size);
    wb_text_puts(t, b);
    snprintf(b, sizeof b, "instructions %llu: direct %llu, trapped %llu, interpreted %llu\n",
             (unsigned long long)m->counters.insns, (unsigned long long)m->counters.direct,
             (unsigned long long)m->counters.trapped, (unsigned long long)m->counters.interpreted);
    wb_text_puts(t, b);
    snprintf(b, sizeof b, "exits to its monitor %llu:\n", (unsigned long long)vm->stats.exits_total);
    wb_text_puts(t, b);
    for (int k = 0; k < WB_TRAP_KINDS; k++) {
        snprintf(b, sizeof b, "  %-10s %llu\n", wb_trap_name((wb_trap_kind)k), (unsigned long long)vm->stats.exits[k]);
        wb_text_puts(t, b);
    }
    snprintf(b, sizeof b, "reflections %llu, shadow faults %llu, shadow flushes %llu\n",
             (unsigned long long)m->counters.reflections, (unsigned long long)vm->stats.shadow_faults,
             (unsigned long long)vm->stats.shadow_flushes);
    wb_text_puts(t, b);
    snprintf(b, sizeof b, "privileged operations: %llu from the monitor above, %llu on its host\n",
             (unsigned long long)vm->stats.privops_received, (unsigned long long)vm->stats.host_ops);
    wb_text_puts(t, b);
}

static void record(wb_pane *p, double dt)
{
    wb_pane_sample now = sample(p), d;
    d.insns = now.insns - p->last.insns;
    d.direct = now.direct - p->last.direct;
    d.trapped = now.trapped - p->last.trapped;
    d.interpreted = now.interpreted - p->last.interpreted;
    for (int k = 0; k < WB_TRAP_KINDS; k++)
        d.exits[k] = now.exits[k] - p->last.exits[k];
    d.secs = dt;
    p->last = now;
    p->hist[p->hist_pos] = d;
    p->hist_pos = (p->hist_pos + 1) % WB_CON_HIST;
    if (p->hist_n < WB_CON_HIST)
        p->hist_n++;
}

void wb_console_app_frame(wb_console_app *a, double host_dt)
{
    for (unsigned i = 0; i < a->npanes; i++) {
        wb_pane *p = &a->panes[i];
        if (!p->paused)
            run_pane(p, a->rate);
    }
    for (unsigned i = 0; i < a->npanes; i++) {
        wb_pane *p = &a->panes[i];
        if (p->cfg.of)
            describe_level(p);
        record(p, host_dt);
    }
    a->frames++;
    wb_console_app_draw(a);
}

static void reset_pane(wb_console_app *a, wb_pane *p)
{
    wb_pane *o = p->owner;
    if (o->cfg.vm)
        return;   /* one sibling of a time-shared machine cannot be restarted alone */
    pane_close(o);
    pane_open(o, &a->cfg);
    for (unsigned i = 0; i < a->npanes; i++)
        if (a->panes[i].owner == o) {
            a->panes[i].paused = false;
            hist_clear(&a->panes[i]);
        }
}

void wb_console_app_key(wb_console_app *a, wb_console_key k)
{
    if (!a->npanes)
        return;
    wb_pane *p = &a->panes[a->focus];
    switch (k) {
    case WB_KEY_PAUSE:
        p->owner->paused = !p->owner->paused;
        if (p->owner->open && !p->owner->stopped)
            snprintf(p->owner->state, sizeof p->owner->state, "%s", p->owner->paused ? "paused" : "running");
        break;
    case WB_KEY_PAUSE_ALL: {
        bool any_running = false;
        for (unsigned i = 0; i < a->npanes; i++)
            any_running |= !a->panes[i].paused;
        for (unsigned i = 0; i < a->npanes; i++) {
            wb_pane *q = &a->panes[i];
            q->paused = any_running;
            if (q->open && !q->stopped)
                snprintf(q->state, sizeof q->state, "%s", q->paused ? "paused" : "running");
        }
        break;
    }
    case WB_KEY_STEP: {
        wb_pane *o = p->owner;
        o->paused = true;
        run_pane(o, 1);
        if (o->open && !o->stopped)
            snprintf(o->state, sizeof o->state, "paused (stepped)");
        for (unsigned i = 0; i < a->npanes; i++) {
            wb_pane *q = &a->panes[i];
            if (q->owner == o) {
                if (q->cfg.of)
                    describe_level(q);
                record(q, 0);
            }
        }
        break;
    }
    case WB_KEY_RESET:
        reset_pane(a, p);
        break;
    case WB_KEY_SLOWER:
        if (a->rate > 1)
            a->rate /= 2;
        break;
    case WB_KEY_FASTER:
        if (a->rate < 1000000000ull)
            a->rate *= 2;
        break;
    case WB_KEY_NEXT:
        a->focus = (a->focus + 1) % a->npanes;
        break;
    case WB_KEY_PREV:
        a->focus = (a->focus + a->npanes - 1) % a->npanes;
        break;
    case WB_KEY_QUIT:
        a->quit = true;
        break;
    case WB_KEY_ENTER:
        wb_console_app_text(a, "\n");
        break;
    case WB_KEY_BACKSPACE:
        if (p->linelen)
            p->line[--p->linelen] = 0;
        else
            wb_console_app_text(a, "\b");
        break;
    case WB_KEY_NONE:
        break;
    }
    wb_console_app_draw(a);
}

static bool line_mode(const wb_pane *p) { return p->open && !strcmp(p->s.core->arch, "s370"); }

static void give_input(wb_pane *p, const char *s, size_t n)
{
    if (p->inlen + n + 1 > p->incap) {
        size_t cap = p->incap * 2;
        while (cap < p->inlen + n + 1)
            cap *= 2;
        char *q = realloc(p->input, cap);
        if (!q)
            return;
        p->input = q;
        p->incap = cap;
    }
    memcpy(p->input + p->inlen, s, n);
    p->inlen += n;
    p->input[p->inlen] = 0;
    p->s.console.in_str = p->input;
    if (p->stopped && p->s.exit.kind == WB_EXIT_WAIT) {
        p->stopped = false;   /* a guest waiting for its operator may go on */
        snprintf(p->state, sizeof p->state, "%s", p->paused ? "paused" : "running");
    }
}

/* Typed text goes to the focused pane's guest: a line at a time on the 3215 (its END key sends the
 * line), a character at a time on the teletype and the terminal. */
void wb_console_app_text(wb_console_app *a, const char *text)
{
    if (!a->npanes)
        return;
    wb_pane *p = &a->panes[a->focus];
    if (p->cfg.of || !p->open)
        return;
    if (!line_mode(p)) {
        for (const char *c = text; *c; c++) {
            char ch = *c == '\n' && !strcmp(p->s.core->arch, "pdp10") ? '\r' : *c;
            give_input(p, &ch, 1);
        }
        return;
    }
    for (const char *c = text; *c; c++) {
        if (*c == '\n') {
            p->line[p->linelen++] = '\n';
            give_input(p, p->line, p->linelen);
            p->linelen = 0;
            p->line[0] = 0;
        } else if (*c == '\b') {
            /* nothing typed on this line: nothing to take back */
        } else if ((unsigned char)*c >= 0x20 && (unsigned char)*c < 0x7F && p->linelen + 2 < sizeof p->line) {
            p->line[p->linelen++] = *c;
            p->line[p->linelen] = 0;
        }
    }
}

void wb_console_app_focus_at(wb_console_app *a, int x, int y)
{
    for (unsigned i = 0; i < a->npanes; i++) {
        wb_pane_geom g = wb_console_geom(a, i);
        if (x >= g.x && y >= g.y && x < g.x + g.w && y < g.y + g.h)
            a->focus = i;
    }
    wb_console_app_draw(a);
}

/* ---- status lines ---- */

static void human(char *out, size_t n, double v)
{
    if (v >= 1e9)
        snprintf(out, n, "%.2fG", v / 1e9);
    else if (v >= 1e6)
        snprintf(out, n, "%.2fM", v / 1e6);
    else if (v >= 1e3)
        snprintf(out, n, "%.1fk", v / 1e3);
    else
        snprintf(out, n, "%.0f", v);
}

/* Sums over the last second of frames (at least one frame). */
static wb_pane_sample window(const wb_console_app *a, const wb_pane *p)
{
    wb_pane_sample s;
    memset(&s, 0, sizeof s);
    unsigned n = p->hist_n < a->cfg.fps ? p->hist_n : a->cfg.fps;
    for (unsigned i = 0; i < n; i++) {
        const wb_pane_sample *h = &p->hist[(p->hist_pos + WB_CON_HIST - 1 - i) % WB_CON_HIST];
        s.insns += h->insns;
        s.direct += h->direct;
        s.trapped += h->trapped;
        s.interpreted += h->interpreted;
        for (int k = 0; k < WB_TRAP_KINDS; k++)
            s.exits[k] += h->exits[k];
        s.secs += h->secs;
    }
    return s;
}

void wb_pane_status(const wb_console_app *a, const wb_pane *p, char lines[3][160])
{
    const wb_pane *o = p->owner;
    wb_machine *m = shown_machine(p);
    if (!m) {
        snprintf(lines[0], 160, "%s", p->cfg.run.core[0] ? p->cfg.run.core : "-");
        snprintf(lines[1], 160, "not running");
        lines[2][0] = 0;
        return;
    }
    unsigned lv = shown_level(p);
    wb_pane_sample w = window(a, p);
    double secs = w.secs > 0 ? w.secs : 0;
    char ips[32];
    human(ips, sizeof ips, secs > 0 ? (double)w.insns / secs : 0);
    bool sup = m->ops->supervisor ? m->ops->supervisor(m) : true;
    snprintf(lines[0], 160, "%s %s L%u/%u %s %s ips", o->s.m->variant, o->s.strategy, lv, o->s.depth,
             sup ? "SUP" : "USER", ips);
    bool vm = wb_is_vm(m);
    if (vm) {
        uint64_t tot = w.direct + w.trapped + w.interpreted;
        double t = tot ? (double)tot : 1;
        snprintf(lines[1], 160, "direct %.1f%% trapped %.1f%% interp %.1f%%", 100.0 * (double)w.direct / t,
                 100.0 * (double)w.trapped / t, 100.0 * (double)w.interpreted / t);
    } else {
        snprintf(lines[1], 160, "bare machine: every instruction native");
    }
    int n = snprintf(lines[2], 160, "%s", vm ? "exits/s" : "ints/s");
    bool any = false;
    for (int k = 0; k < WB_TRAP_KINDS && n < 150; k++) {
        if (!w.exits[k])
            continue;
        char v[32];
        human(v, sizeof v, secs > 0 ? (double)w.exits[k] / secs : 0);
        n += snprintf(lines[2] + n, (size_t)(160 - n), " %s %s", wb_trap_name((wb_trap_kind)k), v);
        any = true;
    }
    if (!any)
        snprintf(lines[2] + n, (size_t)(160 - n), " none");
}
