/* The single-step test runner (see sst.h for the formats). */
#include "sst.h"
#include "common/loader.h"
#include "m68k.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { NREG = 19 };   /* d0-d7, a0-a6, usp, ssp, sr, pc: the order of the binary format */
static const char *const reg_names[NREG] = {"d0", "d1", "d2", "d3", "d4", "d5", "d6", "d7", "a0", "a1",
                                            "a2", "a3", "a4", "a5", "a6", "usp", "ssp", "sr", "pc"};

typedef struct {
    uint32_t reg[NREG];
    uint32_t nram;          /* bytes */
    uint32_t *ram_addr;
    uint8_t *ram_val;
    size_t ram_cap;
} sst_state;

typedef struct {
    char name[128];
    sst_state in, out;
    bool pc_is_insn;        /* Tom Harte JSON: pc is the instruction's address */
} sst_test;

wb_machine *m68k_sst_machine(const char *model, char *err, size_t errlen)
{
    m68k_model md;
    if (!strcmp(model, "m68000"))
        md = M68K_MC68000;
    else if (!strcmp(model, "m68010"))
        md = M68K_MC68010;
    else {
        snprintf(err, errlen, "unknown model '%s' (m68000 or m68010)", model);
        return NULL;
    }
    wb_core_config cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.storage = 16u << 20;
    return m68k_create_model(md, &cfg, false, err, errlen);
}

static bool ram_push(sst_state *s, uint32_t addr, uint8_t v)
{
    if (s->nram == s->ram_cap) {
        size_t cap = s->ram_cap ? s->ram_cap * 2 : 64;
        uint32_t *a = realloc(s->ram_addr, cap * sizeof *a);
        if (!a)
            return false;
        s->ram_addr = a;
        uint8_t *v2 = realloc(s->ram_val, cap);
        if (!v2)
            return false;
        s->ram_val = v2;
        s->ram_cap = cap;
    }
    s->ram_addr[s->nram] = addr & M68K_AMASK;
    s->ram_val[s->nram] = v;
    s->nram++;
    return true;
}

/* ---- binary format ---- */

typedef struct {
    const uint8_t *p;
    size_t len, pos;
    bool bad;
} rd;

static uint32_t u32(rd *r)
{
    if (r->pos + 4 > r->len) {
        r->bad = true;
        return 0;
    }
    const uint8_t *q = r->p + r->pos;
    r->pos += 4;
    return (uint32_t)q[0] | (uint32_t)q[1] << 8 | (uint32_t)q[2] << 16 | (uint32_t)q[3] << 24;
}

static uint16_t u16(rd *r)
{
    if (r->pos + 2 > r->len) {
        r->bad = true;
        return 0;
    }
    const uint8_t *q = r->p + r->pos;
    r->pos += 2;
    return (uint16_t)(q[0] | q[1] << 8);
}

static bool bin_state(rd *r, sst_state *s)
{
    u32(r);
    if (u32(r) != 0x01234567u)
        return false;
    for (int i = 0; i < NREG; i++)
        s->reg[i] = u32(r);
    u32(r);
    u32(r);   /* prefetch words: the instruction stream is in RAM as well */
    uint32_t n = u32(r);
    s->nram = 0;
    for (uint32_t i = 0; i < n && !r->bad; i++) {
        uint32_t addr = u32(r);
        uint16_t w = u16(r);
        if (!ram_push(s, addr, (uint8_t)(w >> 8)) || !ram_push(s, addr | 1, (uint8_t)w))
            return false;
    }
    return !r->bad;
}

static bool bin_test(rd *r, sst_test *t)
{
    u32(r);
    if (u32(r) != 0xABC12367u)
        return false;
    u32(r);
    if (u32(r) != 0x89ABCDEFu)
        return false;
    uint32_t n = u32(r);
    if (r->bad || r->pos + n > r->len)
        return false;
    size_t k = n < sizeof t->name - 1 ? n : sizeof t->name - 1;
    memcpy(t->name, r->p + r->pos, k);
    t->name[k] = 0;
    r->pos += n;
    if (!bin_state(r, &t->in) || !bin_state(r, &t->out))
        return false;
    /* transactions: skipped (cycle-exact bus traffic is not modelled) */
    u32(r);
    if (u32(r) != 0x456789ABu)
        return false;
    u32(r);
    uint32_t nt = u32(r);
    for (uint32_t i = 0; i < nt && !r->bad; i++) {
        if (r->pos + 5 > r->len) {
            r->bad = true;
            break;
        }
        uint8_t kind = r->p[r->pos];
        r->pos += 5;
        if (kind)
            r->pos += 20;
    }
    t->pc_is_insn = false;
    return !r->bad && r->pos <= r->len;
}

/* ---- executing one test ---- */

static void load_state(m68k_cpu *c, const sst_test *t)
{
    const sst_state *s = &t->in;
    memcpy(c->d, s->reg, sizeof c->d);
    memcpy(c->a, s->reg + 8, 7 * sizeof(uint32_t));
    c->sr = (uint16_t)(s->reg[17] & SR_IMPL);
    if (c->sr & SR_S) {
        c->a[7] = s->reg[16];
        c->usp = s->reg[15];
    } else {
        c->a[7] = s->reg[15];
        c->ssp = s->reg[16];
    }
    c->pc = t->pc_is_insn ? s->reg[18] : s->reg[18] - 4;
    c->stopped = c->halted = c->trace_pending = false;
    c->exit_ready = false;
    c->vbr = 0;
    for (uint32_t i = 0; i < s->nram; i++)
        c->mem[s->ram_addr[i]] = s->ram_val[i];
}

static bool check(m68k_cpu *c, const sst_test *t, char *detail, size_t dlen)
{
    const sst_state *s = &t->out;
    uint32_t got[NREG];
    memcpy(got, c->d, sizeof c->d);
    memcpy(got + 8, c->a, 7 * sizeof(uint32_t));
    bool su = (c->sr & SR_S) != 0;
    got[15] = su ? c->usp : c->a[7];
    got[16] = su ? c->a[7] : c->ssp;
    got[17] = c->sr;
    /* The binary format's pc is the prefetch address: 4 past the next instruction, except after
     * STOP, which stops without prefetching. */
    got[18] = t->pc_is_insn || c->stopped ? c->pc : c->pc + 4;
    size_t n = 0;
    detail[0] = 0;
    bool ok = true;
    for (int i = 0; i < NREG; i++) {
        if (got[i] != s->reg[i]) {
            ok = false;
            if (n < dlen)
                n += (size_t)snprintf(detail + n, dlen - n, " %s=%x(want %x)", reg_names[i], (unsigned)got[i],
                                      (unsigned)s->reg[i]);
        }
    }
    unsigned bad = 0;
    for (uint32_t i = 0; i < s->nram; i++) {
        uint8_t v = c->mem[s->ram_addr[i]];
        if (v != s->ram_val[i]) {
            ok = false;
            if (bad++ < 4 && n < dlen)
                n += (size_t)snprintf(detail + n, dlen - n, " [%06x]=%02x(want %02x)", (unsigned)s->ram_addr[i], v,
                                      s->ram_val[i]);
        }
    }
    if (bad > 4 && n < dlen)
        snprintf(detail + n, dlen - n, " (+%u bytes)", bad - 4);
    return ok;
}

static void clear_ram(m68k_cpu *c, const sst_test *t, bool all)
{
    if (all) {
        memset(c->mem, 0, c->memsize);
        return;
    }
    for (uint32_t i = 0; i < t->in.nram; i++)
        c->mem[t->in.ram_addr[i]] = 0;
    for (uint32_t i = 0; i < t->out.nram; i++)
        c->mem[t->out.ram_addr[i]] = 0;
}

static bool run_one(m68k_cpu *c, const sst_test *t, m68k_sst_fail_fn fail, void *ctx)
{
    load_state(c, t);
    wb_exit e = c->m.ops->run(&c->m, 1);
    char detail[512];
    bool ok = check(c, t, detail, sizeof detail);
    if (!ok && fail) {
        if (e.kind != WB_EXIT_BUDGET) {
            size_t n = strlen(detail);
            snprintf(detail + n, sizeof detail - n, " exit=%s %s", wb_exit_name(e.kind), e.msg);
        }
        fail(ctx, t->name, detail);
    }
    clear_ram(c, t, !ok);
    return ok;
}

static void free_test(sst_test *t)
{
    free(t->in.ram_addr);
    free(t->in.ram_val);
    free(t->out.ram_addr);
    free(t->out.ram_val);
}

bool m68k_sst_json_file(m68k_cpu *c, const char *path, m68k_sst_result *res, m68k_sst_fail_fn fail, void *ctx,
                        char *err, size_t errlen);

bool m68k_sst_run_file(wb_machine *m, const char *path, m68k_sst_result *res, m68k_sst_fail_fn fail, void *ctx,
                       char *err, size_t errlen)
{
    m68k_cpu *c = (m68k_cpu *)m;
    res->pass = res->total = 0;
    size_t pl = strlen(path);
    if ((pl > 5 && !strcmp(path + pl - 5, ".json")) || (pl > 8 && !strcmp(path + pl - 8, ".json.gz")))
        return m68k_sst_json_file(c, path, res, fail, ctx, err, errlen);
    uint8_t *data;
    size_t size;
    if (wb_read_file(path, &data, &size, err, errlen) != WB_OK)
        return false;
    rd r = {data, size, 0, false};
    bool ok = true;
    if (u32(&r) != 0x1A3F5D71u) {
        snprintf(err, errlen, "%s: not a single-step test file (bad magic)", path);
        free(data);
        return false;
    }
    uint32_t n = u32(&r);
    sst_test t;
    memset(&t, 0, sizeof t);
    memset(c->mem, 0, c->memsize);
    for (uint32_t i = 0; i < n; i++) {
        if (!bin_test(&r, &t)) {
            snprintf(err, errlen, "%s: test %u is malformed or truncated", path, (unsigned)i);
            ok = false;
            break;
        }
        res->total++;
        res->pass += run_one(c, &t, fail, ctx);
    }
    free_test(&t);
    free(data);
    return ok;
}

/* ---- the older Tom Harte JSON format ---- */

typedef struct {
    const char *p, *end;
} js;

static void ws(js *j)
{
    while (j->p < j->end && (*j->p == ' ' || *j->p == '\n' || *j->p == '\r' || *j->p == '\t' || *j->p == ','))
        j->p++;
}

static bool expect(js *j, char ch)
{
    ws(j);
    if (j->p < j->end && *j->p == ch) {
        j->p++;
        return true;
    }
    return false;
}

static bool str(js *j, char *out, size_t outlen)
{
    ws(j);
    if (j->p >= j->end || *j->p != '"')
        return false;
    j->p++;
    size_t n = 0;
    while (j->p < j->end && *j->p != '"') {
        if (*j->p == '\\' && j->p + 1 < j->end)
            j->p++;
        if (n + 1 < outlen)
            out[n++] = *j->p;
        j->p++;
    }
    if (outlen)
        out[n] = 0;
    if (j->p >= j->end)
        return false;
    j->p++;
    return true;
}

static bool num(js *j, uint32_t *v)
{
    ws(j);
    char *e;
    unsigned long long x = strtoull(j->p, &e, 10);
    if (e == j->p)
        return false;
    j->p = e;
    *v = (uint32_t)x;
    return true;
}

/* Skip any value (used for fields the runner does not need). */
static bool skip(js *j)
{
    ws(j);
    if (j->p >= j->end)
        return false;
    char ch = *j->p;
    if (ch == '"') {
        char tmp[4];
        (void)tmp;
        return str(j, tmp, 0);
    }
    if (ch == '[' || ch == '{') {
        int depth = 0;
        bool in_str = false;
        for (; j->p < j->end; j->p++) {
            char d = *j->p;
            if (in_str) {
                if (d == '\\')
                    j->p++;
                else if (d == '"')
                    in_str = false;
                continue;
            }
            if (d == '"')
                in_str = true;
            else if (d == '[' || d == '{')
                depth++;
            else if (d == ']' || d == '}') {
                if (--depth == 0) {
                    j->p++;
                    return true;
                }
            }
        }
        return false;
    }
    while (j->p < j->end && *j->p != ',' && *j->p != '}' && *j->p != ']')
        j->p++;
    return true;
}

static bool json_state(js *j, sst_state *s)
{
    s->nram = 0;
    memset(s->reg, 0, sizeof s->reg);   /* registers a test leaves out are zero */
    if (!expect(j, '{'))
        return false;
    while (!expect(j, '}')) {
        char key[32];
        if (!str(j, key, sizeof key) || !expect(j, ':'))
            return false;
        int idx = -1;
        for (int i = 0; i < NREG; i++)
            if (!strcmp(key, reg_names[i]))
                idx = i;
        if (idx >= 0) {
            if (!num(j, &s->reg[idx]))
                return false;
        } else if (!strcmp(key, "ram")) {
            if (!expect(j, '['))
                return false;
            while (!expect(j, ']')) {
                uint32_t a, v;
                if (!expect(j, '[') || !num(j, &a) || !num(j, &v) || !expect(j, ']'))
                    return false;
                if (!ram_push(s, a, (uint8_t)v))
                    return false;
            }
        } else if (!skip(j)) {
            return false;
        }
    }
    return true;
}

static bool json_test(js *j, sst_test *t)
{
    if (!expect(j, '{'))
        return false;
    t->name[0] = 0;
    while (!expect(j, '}')) {
        char key[32];
        if (!str(j, key, sizeof key) || !expect(j, ':'))
            return false;
        bool ok = !strcmp(key, "name") ? str(j, t->name, sizeof t->name)
                  : !strcmp(key, "initial") ? json_state(j, &t->in)
                  : !strcmp(key, "final") ? json_state(j, &t->out)
                                          : skip(j);
        if (!ok)
            return false;
    }
    t->pc_is_insn = true;
    return true;
}

bool m68k_sst_json_file(m68k_cpu *c, const char *path, m68k_sst_result *res, m68k_sst_fail_fn fail, void *ctx,
                        char *err, size_t errlen)
{
    char *text = NULL;
    size_t len = 0;
    size_t pl = strlen(path);
    if (pl > 3 && !strcmp(path + pl - 3, ".gz")) {
        /* Decompress through gzip(1): no link-time dependency for a rarely used format. */
        if (strchr(path, '\'')) {
            snprintf(err, errlen, "%s: quote in file name", path);
            return false;
        }
        char cmd[4200];
        snprintf(cmd, sizeof cmd, "gzip -dc '%s'", path);
        FILE *f = popen(cmd, "r");
        if (!f) {
            snprintf(err, errlen, "%s: cannot run gzip", path);
            return false;
        }
        size_t cap = 0;
        for (;;) {
            if (len + 65536 + 1 > cap) {
                cap = cap ? cap * 2 : 1u << 20;
                char *nt = realloc(text, cap);
                if (!nt) {
                    free(text);
                    pclose(f);
                    snprintf(err, errlen, "out of memory");
                    return false;
                }
                text = nt;
            }
            size_t got = fread(text + len, 1, 65536, f);
            if (!got)
                break;
            len += got;
        }
        if (pclose(f) != 0 || !len) {
            free(text);
            snprintf(err, errlen, "%s: gzip -dc failed", path);
            return false;
        }
    } else {
        uint8_t *data;
        if (wb_read_file(path, &data, &len, err, errlen) != WB_OK)
            return false;
        text = (char *)data;
    }
    js j = {text, text + len};
    sst_test t;
    memset(&t, 0, sizeof t);
    memset(c->mem, 0, c->memsize);
    bool ok = expect(&j, '[');
    while (ok && !expect(&j, ']')) {
        if (!json_test(&j, &t)) {
            ok = false;
            break;
        }
        res->total++;
        res->pass += run_one(c, &t, fail, ctx);
    }
    if (!ok)
        snprintf(err, errlen, "%s: malformed JSON near test %u", path, res->total);
    free_test(&t);
    free(text);
    return ok;
}
