/* Console configuration: [console] for the window, [pane.N] for each pane.  A pane's machine keys
 * are the run configuration's own (core, guest, monitor, nest, ...), given without their section and
 * applied through wb_config_set, so a pane is built exactly as `vmwb run` would build it. */
#include "frontends/sdl/console.h"
#include "common/parse.h"
#include <ini.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void wb_console_config_defaults(wb_console_config *c)
{
    memset(c, 0, sizeof *c);
    snprintf(c->title, sizeof c->title, "vmwb console");
    c->columns = 2;
    c->cols = 80;
    c->rows = 24;
    c->fps = 30;
    c->rate = 20000;
    c->scale = 1;
    wb_config_defaults(&c->shared);
}

static bool num(const char *what, const char *v, uint64_t lo, uint64_t hi, uint64_t *out, char *err, size_t errlen)
{
    if (!wb_parse_u64(v, out) || *out < lo || *out > hi) {
        snprintf(err, errlen, "%s: '%s' is not a number from %llu to %llu", what, v, (unsigned long long)lo,
                 (unsigned long long)hi);
        return false;
    }
    return true;
}

/* Keys of the run configuration a pane may carry; output keys (json, trace, ...) are for `vmwb run`. */
static const char *const machine_keys[][2] = {
    {"core", "machine"},  {"storage", "machine"}, {"start", "machine"},  {"monitor", "run"},
    {"nest", "run"},      {"max_insns", "run"},   {"guest", "guest"},    {"load", "guest"},
    {"reader", "devices"}, {"printer", "devices"}, {"console_input", "devices"},
};

static wb_pane_config *pane_for(wb_console_config *c, int n)
{
    for (unsigned i = 0; i < c->npanes; i++)
        if (c->panes[i].number == n)
            return &c->panes[i];
    if (c->npanes >= WB_CON_MAX_PANES)
        return NULL;
    wb_pane_config *p = &c->panes[c->npanes++];
    memset(p, 0, sizeof *p);
    p->number = n;
    wb_config_defaults(&p->run);
    return p;
}

static bool pane_set(wb_pane_config *p, const char *section, const char *key, const char *v, char *err, size_t errlen)
{
    char what[96];
    snprintf(what, sizeof what, "%s.%s", section, key);
    uint64_t n;
    if (!strcmp(key, "title")) {
        snprintf(p->title, sizeof p->title, "%s", v);
        return true;
    }
    if (!strcmp(key, "style")) {
        static const char *const names[] = {"auto", "3215", "3270", "teletype", "terminal"};
        for (int i = 0; i < 5; i++)
            if (!strcmp(v, names[i])) {
                p->style = (wb_pane_style)i;
                return true;
            }
        snprintf(err, errlen, "%s: '%s' is not one of auto|3215|3270|teletype|terminal", what, v);
        return false;
    }
    if (!strcmp(key, "level")) {
        if (!num(what, v, 0, WB_MAX_NEST, &n, err, errlen))
            return false;
        p->level = (unsigned)n;
        p->has_level = true;
        return true;
    }
    if (!strcmp(key, "vm")) {
        if (!strncmp(v, "vm.", 3))
            v += 3;
        if (!num(what, v, 1, 999, &n, err, errlen))
            return false;
        p->vm = (int)n;
        return true;
    }
    if (!strcmp(key, "of")) {
        if (!strncmp(v, "pane.", 5))
            v += 5;
        if (!num(what, v, 1, 999, &n, err, errlen))
            return false;
        p->of = (int)n;
        return true;
    }
    for (size_t i = 0; i < sizeof machine_keys / sizeof machine_keys[0]; i++)
        if (!strcmp(key, machine_keys[i][0])) {
            p->has_machine_keys = true;
            char msg[600];
            if (wb_config_set(&p->run, machine_keys[i][1], key, v, msg, sizeof msg))
                return true;
            snprintf(err, errlen, "%s: %s", section, msg);
            return false;
        }
    snprintf(err, errlen,
             "unknown key '%s' (a pane takes title, style, level, of, core, storage, start, monitor, nest, "
             "max_insns, guest, load, reader, printer, console_input)",
             what);
    return false;
}

bool wb_console_config_set(wb_console_config *c, const char *section, const char *key, const char *v, char *err,
                           size_t errlen)
{
    char what[96];
    snprintf(what, sizeof what, "%s.%s", section, key);
    uint64_t n;
    if (!strcmp(section, "console")) {
        if (!strcmp(key, "title")) {
            snprintf(c->title, sizeof c->title, "%s", v);
            return true;
        }
        if (!strcmp(key, "columns") && num(what, v, 1, WB_CON_MAX_PANES, &n, err, errlen))
            return c->columns = (unsigned)n, true;
        if (!strcmp(key, "cols") && num(what, v, 20, 200, &n, err, errlen))
            return c->cols = (unsigned)n, true;
        if (!strcmp(key, "rows") && num(what, v, 4, 100, &n, err, errlen))
            return c->rows = (unsigned)n, true;
        if (!strcmp(key, "fps") && num(what, v, 1, 240, &n, err, errlen))
            return c->fps = (unsigned)n, true;
        if (!strcmp(key, "rate") && num(what, v, 1, 1000000000ull, &n, err, errlen))
            return c->rate = n, true;
        if (!strcmp(key, "scale") && num(what, v, 1, 4, &n, err, errlen))
            return c->scale = (unsigned)n, true;
        if (!strcmp(key, "columns") || !strcmp(key, "cols") || !strcmp(key, "rows") || !strcmp(key, "fps") ||
            !strcmp(key, "rate") || !strcmp(key, "scale"))
            return false;
        snprintf(err, errlen, "unknown key '%s' (the console takes title, columns, cols, rows, fps, rate, scale)", what);
        return false;
    }
    if (!strncmp(section, "pane.", 5)) {
        uint64_t pn;
        if (!wb_parse_u64(section + 5, &pn) || pn < 1 || pn > 999) {
            snprintf(err, errlen, "[%s]: panes are named [pane.1], [pane.2], ...", section);
            return false;
        }
        wb_pane_config *p = pane_for(c, (int)pn);
        if (!p) {
            snprintf(err, errlen, "[%s]: at most %d panes", section, WB_CON_MAX_PANES);
            return false;
        }
        return pane_set(p, section, key, v, err, errlen);
    }
    if (!strcmp(section, "machine") || !strcmp(section, "run") || !strncmp(section, "vm.", 3)) {
        if (!strncmp(section, "vm.", 3))
            c->has_vms = true;
        return wb_config_set(&c->shared, section, key, v, err, errlen);
    }
    snprintf(err, errlen, "unknown section [%s] (a console file has [console], [pane.N], and for time-shared VMs "
                          "[machine], [run] and [vm.N])", section);
    return false;
}

static int cmp_pane(const void *a, const void *b)
{
    const wb_pane_config *x = a, *y = b;
    return (x->number > y->number) - (x->number < y->number);
}

static const wb_vm_spec *vm_spec(const wb_console_config *c, int n)
{
    for (unsigned i = 0; i < c->shared.nvms; i++)
        if (c->shared.vms[i].number == n)
            return &c->shared.vms[i];
    return NULL;
}

bool wb_console_config_check(wb_console_config *c, char *err, size_t errlen)
{
    /* a file of [vm.N] sections alone: one pane per guest VM, in order */
    if (c->has_vms && c->npanes == 0)
        for (unsigned i = 0; i < c->shared.nvms && c->npanes < WB_CON_MAX_PANES; i++) {
            const wb_vm_spec *v = &c->shared.vms[i];
            if (!v->guest[0])
                continue;
            wb_pane_config *p = pane_for(c, v->number);
            p->vm = v->number;
            snprintf(p->title, sizeof p->title, "vm.%d: %s%s", v->number, v->guest, v->host ? " (hosted)" : "");
        }
    for (unsigned i = 0; i < c->npanes; i++) {
        wb_pane_config *p = &c->panes[i];
        if (!p->vm)
            continue;
        const wb_vm_spec *v = vm_spec(c, p->vm);
        if (!v || !v->guest[0]) {
            snprintf(err, errlen, "[pane.%d]: vm = %d names no [vm.%d] with a guest", p->number, p->vm, p->vm);
            return false;
        }
        if (p->has_machine_keys || p->of) {
            snprintf(err, errlen, "[pane.%d] shows vm.%d: it cannot have a machine of its own or view another pane",
                     p->number, p->vm);
            return false;
        }
    }
    if (c->npanes == 0) {
        snprintf(err, errlen, "no panes: give at least one [pane.N] section with core = ... and guest = ...");
        return false;
    }
    qsort(c->panes, c->npanes, sizeof c->panes[0], cmp_pane);
    for (unsigned i = 0; i < c->npanes; i++) {
        wb_pane_config *p = &c->panes[i];
        if (!p->of)
            continue;
        if (p->has_machine_keys) {
            snprintf(err, errlen, "[pane.%d] views pane %d (of = %d): it cannot have a machine of its own", p->number,
                     p->of, p->of);
            return false;
        }
        const wb_pane_config *o = NULL;
        for (unsigned k = 0; k < c->npanes; k++)
            if (c->panes[k].number == p->of)
                o = &c->panes[k];
        if (!o || o->of) {
            snprintf(err, errlen, "[pane.%d]: of = %d names no pane with a machine", p->number, p->of);
            return false;
        }
    }
    return true;
}

/* inih calls back without line numbers, so the reader counts them (as frontends/common/config.c does). */
typedef struct {
    FILE *f;
    int line, err_line;
    wb_console_config *cfg;
    const char *path;
    char *err;
    size_t errlen;
} ini_ctx;

static char *reader(char *str, int n, void *stream)
{
    ini_ctx *x = stream;
    char *r = fgets(str, n, x->f);
    if (r)
        x->line++;
    return r;
}

static int handler(void *user, const char *section, const char *name, const char *value)
{
    ini_ctx *x = user;
    if (x->err_line)
        return 1;
    char msg[700];
    if (!*section)
        snprintf(msg, sizeof msg, "key '%s' outside any [section]", name);
    else if (wb_console_config_set(x->cfg, section, name, value, msg, sizeof msg))
        return 1;
    x->err_line = x->line;
    snprintf(x->err, x->errlen, "%s:%d: %s", x->path, x->line, msg);
    return 0;
}

bool wb_console_config_load(wb_console_config *c, const char *path, char *err, size_t errlen)
{
    ini_ctx x = {.f = fopen(path, "r"), .cfg = c, .path = path, .err = err, .errlen = errlen};
    if (!x.f) {
        snprintf(err, errlen, "%s: cannot open configuration file", path);
        return false;
    }
    int r = ini_parse_stream(reader, &x, handler, &x);
    fclose(x.f);
    if (r > 0 && (!x.err_line || r < x.err_line)) {
        snprintf(err, errlen, "%s:%d: malformed line (expected [section] or key = value)", path, r);
        return false;
    }
    if (r != 0) {
        if (r < 0)
            snprintf(err, errlen, "%s: cannot read configuration file", path);
        return false;
    }
    char msg[600];
    if (!wb_console_config_check(c, msg, sizeof msg)) {
        snprintf(err, errlen, "%s: %s", path, msg);
        return false;
    }
    return true;
}
