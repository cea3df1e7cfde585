#include "frontends/common/config.h"
#include "common/parse.h"
#include <ini.h>
#include <stdio.h>
#include <string.h>

static const wb_config_key_doc keys[] = {
    {"machine", "core", "NAME", "core to build: s370 (more as they land; `vmwb list`)"},
    {"machine", "storage", "SIZE", "storage size with K/M suffix (PDP-10: words); default per core"},
    {"machine", "start", "ADDR", "start at ADDR in supervisor state, interrupts disabled (else IPL-style)"},
    {"run", "monitor", "MODE", "none|auto|trap|hybrid|emulate|scan (default none: bare machine)"},
    {"run", "nest", "N", "monitor nesting depth (default 1 when a monitor is chosen)"},
    {"run", "max_insns", "N", "instruction budget (default 200000000)"},
    {"run", "check", "BOOL", "measure equivalence, resource control and efficiency"},
    {"guest", "guest", "NAME", "bundled guest of the core (vmwb list)"},
    {"guest", "load", "FILE[@ADDR]", "image to load; ELF32 or flat binary at ADDR (repeatable)"},
    {"output", "console", "FILE|-", "write the guest's console text to FILE, or live to stdout"},
    {"output", "json", "FILE|-", "write the JSON result to FILE or stdout"},
    {"output", "trace", "FILE", "write one line per executed instruction"},
    {"output", "dump", "ADDR:LEN", "include LEN bytes of storage at ADDR in the JSON (repeatable)"},
    {"devices", "reader", "FILE", "card reader input (S/370 device 00C)"},
    {"devices", "printer", "FILE", "printer output (S/370 device 00E)"},
    {"devices", "console_input", "FILE", "what the guest reads from its console"},
    {"run", "quantum", "N", "time slice in guest steps when several [vm.N] share the machine (default 10000)"},
    {"vm.N", "core", "NAME", "core of VM N (the machine's: one monitor shares one real machine)"},
    {"vm.N", "guest", "NAME", "bundled guest of VM N; none for a VM that only hosts others"},
    {"vm.N", "storage", "SIZE", "storage of VM N (default: the core's, or what its hosted VMs need)"},
    {"vm.N", "monitor", "MODE", "strategy of VM N's monitor(s): trap|hybrid|emulate|auto|scan"},
    {"vm.N", "nest", "D", "monitor levels between the shared monitor and VM N's guest (default 1)"},
    {"vm.N", "host", "M", "run VM N under VM M's own monitor, one level deeper (VM M has guest none)"},
    {NULL, NULL, NULL, NULL},
};

const wb_config_key_doc *wb_config_keys(void) { return keys; }

void wb_config_defaults(wb_run_config *c)
{
    memset(c, 0, sizeof *c);
    snprintf(c->monitor, sizeof c->monitor, "none");
    c->max_insns = WB_DEFAULT_MAX_INSNS;
    c->quantum = WB_DEFAULT_QUANTUM;
}

static bool copy(char *dst, size_t cap, const char *v, const char *what, char *err, size_t errlen);

static wb_vm_spec *vm_slot(wb_run_config *c, int n)
{
    for (unsigned i = 0; i < c->nvms; i++)
        if (c->vms[i].number == n)
            return &c->vms[i];
    if (c->nvms >= WB_MAX_VMS)
        return NULL;
    wb_vm_spec *v = &c->vms[c->nvms++];
    memset(v, 0, sizeof *v);
    v->number = n;
    return v;
}

static bool monitor_name_ok(const char *v)
{
    static const char *const modes[] = {"auto", "trap", "hybrid", "emulate", "scan"};
    for (size_t i = 0; i < sizeof modes / sizeof modes[0]; i++)
        if (strcmp(v, modes[i]) == 0)
            return true;
    return false;
}

static bool vm_set_key(wb_run_config *c, const char *section, const char *key, const char *v, char *err,
                       size_t errlen);

/* [vm.N] KEY = VALUE; a section a bad key would have opened is not left behind. */
static bool vm_set(wb_run_config *c, const char *section, const char *key, const char *v, char *err, size_t errlen)
{
    unsigned before = c->nvms;
    bool ok = vm_set_key(c, section, key, v, err, errlen);
    if (!ok && c->nvms > before)
        c->nvms = before;
    return ok;
}

static bool vm_set_key(wb_run_config *c, const char *section, const char *key, const char *v, char *err,
                       size_t errlen)
{
    char what[96];
    snprintf(what, sizeof what, "%s.%s", section, key);
    uint64_t n;
    if (!wb_parse_u64(section + 3, &n) || n < 1 || n > 999) {
        snprintf(err, errlen, "[%s]: VM sections are [vm.N] with N from 1 to 999", section);
        return false;
    }
    wb_vm_spec *s = vm_slot(c, (int)n);
    if (!s) {
        snprintf(err, errlen, "[%s]: at most %d VMs", section, WB_MAX_VMS);
        return false;
    }
    if (!strcmp(key, "core"))
        return copy(s->core, sizeof s->core, v, what, err, errlen);
    if (!strcmp(key, "guest"))
        return copy(s->guest, sizeof s->guest, strcmp(v, "none") == 0 ? "" : v, what, err, errlen);
    if (!strcmp(key, "storage")) {
        if (!wb_parse_size(v, &s->storage) || s->storage == 0) {
            snprintf(err, errlen, "%s: bad size '%s' (e.g. 1M, 512K, 65536)", what, v);
            return false;
        }
        return true;
    }
    if (!strcmp(key, "monitor")) {
        if (!monitor_name_ok(v)) {
            snprintf(err, errlen, "%s: '%s' is not one of auto|trap|hybrid|emulate|scan", what, v);
            return false;
        }
        return copy(s->monitor, sizeof s->monitor, v, what, err, errlen);
    }
    if (!strcmp(key, "nest")) {
        if (!wb_parse_u64(v, &n) || n < 1 || n > 16) {
            snprintf(err, errlen, "%s: '%s' is not a depth from 1 to 16", what, v);
            return false;
        }
        s->nest = (unsigned)n;
        return true;
    }
    if (!strcmp(key, "host")) {
        if (!wb_parse_u64(v, &n) || n < 1 || n > 999 || (int)n == s->number) {
            snprintf(err, errlen, "%s: '%s' is not the number of another VM", what, v);
            return false;
        }
        s->host = (int)n;
        return true;
    }
    snprintf(err, errlen, "unknown key '%s' (VM keys: core guest storage monitor nest host)", what);
    return false;
}

bool wb_config_add_vm(wb_run_config *c, const char *spec, char *err, size_t errlen)
{
    char buf[200];
    if (strlen(spec) >= sizeof buf) {
        snprintf(err, errlen, "--vm: '%s' too long", spec);
        return false;
    }
    strcpy(buf, spec);
    char *part[5] = {0};
    unsigned np = 0;
    for (char *p = buf; np < 5;) {
        part[np++] = p;
        char *colon = strchr(p, ':');
        if (!colon)
            break;
        *colon = 0;
        p = colon + 1;
    }
    if (np < 2 || np > 4 || !part[0][0] || !part[1][0]) {
        snprintf(err, errlen, "--vm expects CORE:GUEST[:STRATEGY[:NEST]], got '%s'", spec);
        return false;
    }
    int n = 1;
    for (unsigned i = 0; i < c->nvms; i++)
        if (c->vms[i].number >= n)
            n = c->vms[i].number + 1;
    char section[16];
    snprintf(section, sizeof section, "vm.%d", n);
    unsigned before = c->nvms;
    if (!vm_set(c, section, "core", part[0], err, errlen) || !vm_set(c, section, "guest", part[1], err, errlen) ||
        (np > 2 && part[2][0] && !vm_set(c, section, "monitor", part[2], err, errlen)) ||
        (np > 3 && !vm_set(c, section, "nest", part[3], err, errlen))) {
        c->nvms = before;   /* all of the VM or none of it */
        return false;
    }
    return true;
}

static bool copy(char *dst, size_t cap, const char *v, const char *what, char *err, size_t errlen)
{
    size_t n = strlen(v);
    if (n >= cap) {
        snprintf(err, errlen, "%s value is too long (%zu characters, at most %zu)", what, n, cap - 1);
        return false;
    }
    memcpy(dst, v, n + 1);
    return true;
}

bool wb_config_parse_load(const char *s, wb_load_spec *out, char *err, size_t errlen)
{
    memset(out, 0, sizeof *out);
    const char *at = strrchr(s, '@');
    size_t plen = at ? (size_t)(at - s) : strlen(s);
    if (plen == 0) {
        snprintf(err, errlen, "load: empty file name in '%s'", s);
        return false;
    }
    if (plen >= sizeof out->path) {
        snprintf(err, errlen, "load: file name too long");
        return false;
    }
    memcpy(out->path, s, plen);
    out->path[plen] = 0;
    if (at) {
        if (!wb_parse_u64(at + 1, &out->addr)) {
            snprintf(err, errlen, "load: bad address '%s' (use 0x..., 0o... or decimal)", at + 1);
            return false;
        }
        out->has_addr = true;
    }
    return true;
}

bool wb_config_parse_dump(const char *s, wb_dump_spec *out, char *err, size_t errlen)
{
    char buf[128];
    if (strlen(s) >= sizeof buf) {
        snprintf(err, errlen, "dump: '%s' too long", s);
        return false;
    }
    strcpy(buf, s);
    char *colon = strchr(buf, ':');
    if (!colon) {
        snprintf(err, errlen, "dump: expected ADDR:LEN, got '%s'", s);
        return false;
    }
    *colon = 0;
    if (!wb_parse_u64(buf, &out->addr) || !wb_parse_size(colon + 1, &out->len) || out->len == 0) {
        snprintf(err, errlen, "dump: expected ADDR:LEN with numbers, got '%s'", s);
        return false;
    }
    if (out->len > (1u << 20)) {
        snprintf(err, errlen, "dump: length %llu exceeds 1M", (unsigned long long)out->len);
        return false;
    }
    return true;
}

bool wb_config_set(wb_run_config *c, const char *section, const char *key, const char *v, char *err, size_t errlen)
{
    char what[80];
    snprintf(what, sizeof what, "%s.%s", section, key);
#define IS(s, k) (strcmp(section, s) == 0 && strcmp(key, k) == 0)
    if (IS("machine", "core"))
        return copy(c->core, sizeof c->core, v, what, err, errlen);
    if (IS("machine", "storage")) {
        if (!wb_parse_size(v, &c->storage) || c->storage == 0) {
            snprintf(err, errlen, "%s: bad size '%s' (e.g. 1M, 512K, 65536)", what, v);
            return false;
        }
        return true;
    }
    if (IS("machine", "start")) {
        if (!wb_parse_u64(v, &c->start)) {
            snprintf(err, errlen, "%s: bad address '%s'", what, v);
            return false;
        }
        c->has_start = true;
        return true;
    }
    if (IS("run", "monitor")) {
        static const char *const modes[] = {"none", "auto", "trap", "hybrid", "emulate", "scan"};
        for (size_t i = 0; i < sizeof modes / sizeof modes[0]; i++)
            if (strcmp(v, modes[i]) == 0)
                return copy(c->monitor, sizeof c->monitor, v, what, err, errlen);
        snprintf(err, errlen, "%s: '%s' is not one of none|auto|trap|hybrid|emulate|scan", what, v);
        return false;
    }
    if (IS("run", "nest")) {
        uint64_t n;
        if (!wb_parse_u64(v, &n) || n > 64) {
            snprintf(err, errlen, "%s: '%s' is not a depth from 0 to 64", what, v);
            return false;
        }
        c->nest = (unsigned)n;
        return true;
    }
    if (IS("run", "max_insns")) {
        if (!wb_parse_u64(v, &c->max_insns) || c->max_insns == 0) {
            snprintf(err, errlen, "%s: '%s' is not a positive count", what, v);
            return false;
        }
        return true;
    }
    if (IS("run", "quantum")) {
        if (!wb_parse_u64(v, &c->quantum) || c->quantum == 0) {
            snprintf(err, errlen, "%s: '%s' is not a positive count", what, v);
            return false;
        }
        return true;
    }
    if (strncmp(section, "vm.", 3) == 0)
        return vm_set(c, section, key, v, err, errlen);
    if (IS("run", "check")) {
        if (!wb_parse_bool(v, &c->check)) {
            snprintf(err, errlen, "%s: '%s' is not a boolean (true/false)", what, v);
            return false;
        }
        return true;
    }
    if (IS("guest", "guest"))
        return copy(c->guest, sizeof c->guest, v, what, err, errlen);
    if (IS("guest", "load")) {
        if (c->nloads >= WB_MAX_LOADS) {
            snprintf(err, errlen, "%s: at most %d images", what, WB_MAX_LOADS);
            return false;
        }
        if (!wb_config_parse_load(v, &c->loads[c->nloads], err, errlen))
            return false;
        c->nloads++;
        return true;
    }
    if (IS("output", "console"))
        return copy(c->console, sizeof c->console, v, what, err, errlen);
    if (IS("output", "json"))
        return copy(c->json, sizeof c->json, v, what, err, errlen);
    if (IS("output", "trace"))
        return copy(c->trace, sizeof c->trace, v, what, err, errlen);
    if (IS("output", "dump")) {
        if (c->ndumps >= WB_MAX_DUMPS) {
            snprintf(err, errlen, "%s: at most %d dumps", what, WB_MAX_DUMPS);
            return false;
        }
        if (!wb_config_parse_dump(v, &c->dumps[c->ndumps], err, errlen))
            return false;
        c->ndumps++;
        return true;
    }
    if (IS("devices", "reader"))
        return copy(c->reader, sizeof c->reader, v, what, err, errlen);
    if (IS("devices", "printer"))
        return copy(c->printer, sizeof c->printer, v, what, err, errlen);
    if (IS("devices", "console_input"))
        return copy(c->console_input, sizeof c->console_input, v, what, err, errlen);
#undef IS
    snprintf(err, errlen, "unknown key '%s' (known keys: vmwb run --help)", what);
    return false;
}

bool wb_config_set_arg(wb_run_config *c, const char *arg, char *err, size_t errlen)
{
    /* [vm.N] sections carry a dot of their own: vm.N.KEY=VALUE */
    const char *dot = strchr(strncmp(arg, "vm.", 3) == 0 ? arg + 3 : arg, '.'), *eq = strchr(arg, '=');
    if (!dot || !eq || dot > eq || dot == arg || eq == dot + 1) {
        snprintf(err, errlen, "--set expects SECTION.KEY=VALUE, got '%s'", arg);
        return false;
    }
    char section[64], key[64];
    size_t sl = (size_t)(dot - arg), kl = (size_t)(eq - dot - 1);
    if (sl >= sizeof section || kl >= sizeof key) {
        snprintf(err, errlen, "--set: name too long in '%s'", arg);
        return false;
    }
    memcpy(section, arg, sl);
    section[sl] = 0;
    memcpy(key, dot + 1, kl);
    key[kl] = 0;
    return wb_config_set(c, section, key, eq + 1, err, errlen);
}

/* inih's library is built without line numbers in the handler, so a reader counts them. */
typedef struct {
    FILE *f;
    int line;
    wb_run_config *cfg;
    const char *path;
    char *err;
    size_t errlen;
    int err_line;
} ini_ctx;

static char *reader(char *str, int num, void *stream)
{
    ini_ctx *x = stream;
    char *r = fgets(str, num, x->f);
    if (r)
        x->line++;
    return r;
}

static int handler(void *user, const char *section, const char *name, const char *value)
{
    ini_ctx *x = user;
    if (x->err_line)
        return 1;   /* report the first error only */
    char msg[512];
    if (!*section) {
        snprintf(msg, sizeof msg, "key '%s' outside any [section]", name);
    } else if (strcmp(section, "console") == 0 && strcmp(name, "title") == 0) {
        return 1;   /* a file both `vmwb run` and `vmwb console` read (demos/timesharing-s370.ini) */
    } else if (wb_config_set(x->cfg, section, name, value, msg, sizeof msg)) {
        return 1;
    }
    x->err_line = x->line;
    snprintf(x->err, x->errlen, "%s:%d: %s", x->path, x->line, msg);
    return 0;
}

bool wb_config_load_ini(wb_run_config *c, const char *path, char *err, size_t errlen)
{
    ini_ctx x = {.f = fopen(path, "r"), .cfg = c, .path = path, .err = err, .errlen = errlen};
    if (!x.f) {
        snprintf(err, errlen, "%s: cannot open configuration file", path);
        return false;
    }
    int r = ini_parse_stream(reader, &x, handler, &x);
    fclose(x.f);
    if (r == 0)
        return true;
    if (r > 0 && (!x.err_line || r < x.err_line))
        snprintf(err, errlen, "%s:%d: malformed line (expected [section] or key = value)", path, r);
    else if (r < 0)
        snprintf(err, errlen, "%s: cannot read configuration file", path);
    return false;
}
