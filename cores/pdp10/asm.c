/* A small two-pass MACRO-10-like assembler (syntax in asm.h).  The mnemonics come from the
 * core's own instruction rows, so each instruction is still defined in one place. */
#include "asm.h"
#include "pdp10.h"
#include <ctype.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#define MEMWORDS (1u << 18)
#define SYMLEN 32

typedef struct {
    char name[SYMLEN];
    uint64_t value;
    bool defined;
} sym;

typedef struct {
    char name[SYMLEN];
    uint64_t word;   /* opcode (and preset AC) in place */
    bool io;         /* in-out instruction: first operand is a device code */
} opdef;

typedef struct {
    const char *name;
    FILE *err;
    unsigned errors;
    int pass;
    unsigned line;
    uint32_t loc;
    sym *syms;
    size_t nsyms, capsyms;
    opdef *ops;
    size_t nops;
    uint64_t *mem;
    uint8_t *used;
    unsigned words;
    uint32_t hiloc;          /* highest location used + 1 (pass 1: where literals go) */
    uint32_t litbase;
    unsigned nlit;           /* literals met so far in this pass */
    bool has_start;
    uint32_t start;
    bool ended;
    int depth;               /* literal nesting */
    int radix;               /* 8, or 10 inside POINT's size and position */
    unsigned dups;           /* labels defined twice (found in pass 1) */
} asm_state;

static void error(asm_state *a, const char *fmt, ...)
{
    if (a->pass != 2)
        return;
    a->errors++;
    if (!a->err)
        return;
    va_list ap;
    va_start(ap, fmt);
    fprintf(a->err, "%s:%u: ", a->name, a->line);
    vfprintf(a->err, fmt, ap);
    fputc('\n', a->err);
    va_end(ap);
}

/* ---- symbols ---- */

static sym *lookup(asm_state *a, const char *name)
{
    for (size_t i = 0; i < a->nsyms; i++)
        if (strcmp(a->syms[i].name, name) == 0)
            return &a->syms[i];
    return NULL;
}

static void define(asm_state *a, const char *name, uint64_t v, bool label)
{
    sym *s = lookup(a, name);
    if (!s) {
        if (a->nsyms == a->capsyms) {
            size_t nc = a->capsyms ? a->capsyms * 2 : 256;
            sym *ns = realloc(a->syms, nc * sizeof *ns);
            if (!ns) {
                error(a, "out of memory");
                return;
            }
            a->syms = ns;
            a->capsyms = nc;
        }
        s = &a->syms[a->nsyms++];
        memset(s, 0, sizeof *s);
        snprintf(s->name, sizeof s->name, "%s", name);
    } else if (label && a->pass == 1 && s->defined) {
        a->dups++;   /* reported once, in pass 1 */
        if (a->err)
            fprintf(a->err, "%s:%u: label %s defined twice\n", a->name, a->line, name);
    }
    s->value = v & PDP10_WORD;
    s->defined = true;
}

/* ---- opcode table from the core's rows ---- */

static void add_op(asm_state *a, const char *name, uint64_t word, bool io)
{
    for (size_t i = 0; i < a->nops; i++)
        if (strcmp(a->ops[i].name, name) == 0)
            return;
    opdef *o = &a->ops[a->nops++];
    snprintf(o->name, sizeof o->name, "%s", name);
    o->word = word;
    o->io = io;
}

static bool build_ops(asm_state *a)
{
    static const pdp10_insn_def *const groups[] = {
        pdp10_insns_move, pdp10_insns_arith, pdp10_insns_float, pdp10_insns_bool, pdp10_insns_shift,
        pdp10_insns_test, pdp10_insns_skip,  pdp10_insns_jump,  pdp10_insns_byte,
    };
    a->ops = calloc(1024, sizeof *a->ops);
    if (!a->ops)
        return false;
    for (size_t g = 0; g < sizeof groups / sizeof groups[0]; g++)
        for (const pdp10_insn_def *d = groups[g]; d->fn; d++)
            if (d->span == 1 && !strchr(d->mnemonic, ' ') && strcmp(d->mnemonic, "UNASSIGNED") != 0)
                add_op(a, d->mnemonic, (uint64_t)d->op << 27, false);
    for (const pdp10_info_row *r = pdp10_jrst_rows; r->mnemonic; r++)
        if (!strchr(r->mnemonic, ' '))
            add_op(a, r->mnemonic, (uint64_t)r->key << 23, false);
    for (const pdp10_info_row *r = pdp10_io_rows; r->mnemonic; r++)
        add_op(a, r->mnemonic, (uint64_t)07 << 33 | (uint64_t)(r->key & 7) << 23, true);
    /* the usual OPDEFs for JFCL */
    add_op(a, "JOV", 0255400000000, false);
    add_op(a, "JCRY0", 0255200000000, false);
    add_op(a, "JCRY1", 0255100000000, false);
    add_op(a, "JCRY", 0255300000000, false);
    add_op(a, "JFOV", 0255040000000, false);
    return true;
}

static const opdef *find_op(asm_state *a, const char *name)
{
    for (size_t i = 0; i < a->nops; i++)
        if (strcmp(a->ops[i].name, name) == 0)
            return &a->ops[i];
    return NULL;
}

/* ---- output ---- */

static void emit(asm_state *a, uint64_t w)
{
    if (a->pass == 2) {
        a->mem[a->loc] = w & PDP10_WORD;
        if (!a->used[a->loc])
            a->words++;
        a->used[a->loc] = 1;
    }
    a->loc = (a->loc + 1) & PDP10_AMASK;
    if (a->loc > a->hiloc)
        a->hiloc = a->loc;
}

/* ---- lexing helpers ---- */

typedef struct {
    const char *p, *end;
} cursor;

static void skip_blanks(cursor *c)
{
    while (c->p < c->end && (*c->p == ' ' || *c->p == '\t'))
        c->p++;
}

static bool at_end(cursor *c)
{
    skip_blanks(c);
    return c->p >= c->end || *c->p == ';';
}

static bool is_sym_start(char ch)
{
    return isalpha((unsigned char)ch) || ch == '$' || ch == '%' || ch == '.';
}

static bool is_sym_char(char ch)
{
    return isalnum((unsigned char)ch) || ch == '$' || ch == '%' || ch == '.';
}

/* Read a symbol name, upper-cased; returns its length (0 when none). */
static size_t read_name(cursor *c, char *out)
{
    skip_blanks(c);
    size_t n = 0;
    if (c->p >= c->end || !is_sym_start(*c->p))
        return 0;
    while (c->p < c->end && is_sym_char(*c->p)) {
        if (n + 1 < SYMLEN)
            out[n++] = (char)toupper((unsigned char)*c->p);
        c->p++;
    }
    out[n] = 0;
    return n;
}

static uint64_t expr(asm_state *a, cursor *c);
static uint64_t literal(asm_state *a, cursor *c);

static uint64_t number(asm_state *a, cursor *c, int radix)
{
    uint64_t v = 0;
    const char *s = c->p;
    while (c->p < c->end && isdigit((unsigned char)*c->p))
        c->p++;
    bool dec = radix == 10;
    if (radix == 0) {
        radix = a->radix;
        if (c->p < c->end && *c->p == '.' && !(c->p + 1 < c->end && is_sym_char(c->p[1]))) {
            dec = true;
            radix = 10;
            c->p++;
        }
    }
    for (const char *q = s; q < c->p && isdigit((unsigned char)*q); q++) {
        int d = *q - '0';
        if (d >= radix) {
            error(a, "digit %c is not valid in radix %d", *q, radix);
            d = 0;
        }
        v = (v * (uint64_t)radix + (uint64_t)d) & PDP10_WORD;
    }
    (void)dec;
    /* nBm: n shifted so its low bit lands at bit m */
    if (c->p < c->end && toupper((unsigned char)*c->p) == 'B' &&
        !(c->p + 1 < c->end && isalpha((unsigned char)c->p[1]))) {
        c->p++;
        const char *q = c->p;
        unsigned pos = 0;
        while (c->p < c->end && isdigit((unsigned char)*c->p))
            pos = pos * 10 + (unsigned)(*c->p++ - '0');
        if (q == c->p || pos > 35)
            error(a, "bad bit position after B");
        else
            v = (v << (35 - pos)) & PDP10_WORD;
    }
    return v;
}

static uint64_t primary(asm_state *a, cursor *c)
{
    skip_blanks(c);
    if (c->p >= c->end) {
        error(a, "expression expected");
        return 0;
    }
    char ch = *c->p;
    if (ch == '-') {
        c->p++;
        return pdp10_neg(primary(a, c));
    }
    if (ch == '+') {
        c->p++;
        return primary(a, c);
    }
    if (ch == '<') {
        c->p++;
        uint64_t v = expr(a, c);
        skip_blanks(c);
        if (c->p < c->end && *c->p == '>')
            c->p++;
        else
            error(a, "missing >");
        return v;
    }
    if (ch == '[')
        return literal(a, c);
    if (ch == '"') {
        c->p++;
        uint64_t v = 0;
        while (c->p < c->end && *c->p != '"')
            v = ((v << 7) | ((uint64_t)*c->p++ & 0177)) & PDP10_WORD;
        if (c->p < c->end)
            c->p++;
        else
            error(a, "missing closing \"");
        return v;
    }
    if (ch == '^' && c->p + 1 < c->end) {
        char r = (char)toupper((unsigned char)c->p[1]);
        if (r == 'D' || r == 'O' || r == 'B') {
            c->p += 2;
            if (c->p >= c->end || !isdigit((unsigned char)*c->p)) {
                error(a, "number expected after ^%c", r);
                return 0;
            }
            return number(a, c, r == 'D' ? 10 : r == 'O' ? 8 : 2);
        }
    }
    if (isdigit((unsigned char)ch))
        return number(a, c, 0);
    if (ch == '.' && !(c->p + 1 < c->end && is_sym_char(c->p[1]))) {
        c->p++;
        return a->loc;
    }
    char name[SYMLEN];
    if (read_name(c, name)) {
        sym *s = lookup(a, name);
        if (s && s->defined)
            return s->value;
        const opdef *o = find_op(a, name);
        if (o)
            return o->word;   /* an opcode used as a value, as MACRO allows */
        if (a->pass == 2)
            error(a, "undefined symbol %s", name);
        return 0;
    }
    error(a, "unexpected '%c' in expression", ch);
    c->p++;
    return 0;
}

static uint64_t term3(asm_state *a, cursor *c)
{
    uint64_t v = primary(a, c);
    for (;;) {
        skip_blanks(c);
        if (c->p < c->end && *c->p == '&') {
            c->p++;
            v &= primary(a, c);
        } else if (c->p < c->end && *c->p == '!') {
            c->p++;
            v |= primary(a, c);
        } else if (c->p + 1 < c->end && c->p[0] == '^' && c->p[1] == '!') {
            c->p += 2;
            v ^= primary(a, c);
        } else {
            return v;
        }
    }
}

static uint64_t term2(asm_state *a, cursor *c)
{
    uint64_t v = term3(a, c);
    for (;;) {
        skip_blanks(c);
        if (c->p < c->end && *c->p == '*') {
            c->p++;
            v = (uint64_t)(pdp10_sval(v) * pdp10_sval(term3(a, c))) & PDP10_WORD;
        } else if (c->p < c->end && *c->p == '/') {
            c->p++;
            int64_t d = pdp10_sval(term3(a, c));
            if (d == 0) {
                error(a, "division by zero");
                v = 0;
            } else {
                v = pdp10_word(pdp10_sval(v) / d);
            }
        } else {
            return v;
        }
    }
}

static uint64_t expr(asm_state *a, cursor *c)
{
    uint64_t v = term2(a, c);
    for (;;) {
        skip_blanks(c);
        if (c->p < c->end && *c->p == '+') {
            c->p++;
            v = (v + term2(a, c)) & PDP10_WORD;
        } else if (c->p < c->end && *c->p == '-') {
            c->p++;
            v = (v - term2(a, c)) & PDP10_WORD;
        } else {
            return v;
        }
    }
}

/* Find a top-level occurrence of ch (outside [] <> and quotes) in [p, end). */
static const char *find_top(const char *p, const char *end, char ch, bool dbl)
{
    int br = 0, ang = 0;
    bool q = false;
    for (; p < end; p++) {
        if (*p == '"')
            q = !q;
        if (q)
            continue;
        if (*p == ';' && br == 0)
            return NULL;
        if (*p == '[')
            br++;
        else if (*p == ']')
            br--;
        else if (*p == '<')
            ang++;
        else if (*p == '>')
            ang--;
        else if (*p == ch && br == 0 && ang == 0) {
            bool two = p + 1 < end && p[1] == ch;
            if (dbl == two)
                return p;
            if (two)
                p++;
        }
    }
    return NULL;
}

/* "@e(x)" into the I, X, Y fields. */
static uint64_t address(asm_state *a, cursor *c)
{
    uint64_t w = 0;
    skip_blanks(c);
    if (c->p < c->end && *c->p == '@') {
        w |= 020000000;
        c->p++;
    }
    skip_blanks(c);
    if (c->p < c->end && *c->p != '(' && *c->p != ';')
        w |= expr(a, c) & PDP10_RH;
    skip_blanks(c);
    if (c->p < c->end && *c->p == '(') {
        c->p++;
        uint64_t x = expr(a, c);
        skip_blanks(c);
        if (c->p < c->end && *c->p == ')')
            c->p++;
        else
            error(a, "missing )");
        if (x > 017)
            error(a, "index register %llo out of range", (unsigned long long)x);
        w |= (x & 017) << 18;
    }
    return w;
}

/* An instruction with its operands. */
static uint64_t instruction(asm_state *a, const opdef *o, cursor *c)
{
    uint64_t w = o->word;
    if (at_end(c))
        return w;
    const char *comma = find_top(c->p, c->end, ',', false);
    if (comma) {
        cursor first = {c->p, comma};
        uint64_t v = at_end(&first) ? 0 : expr(a, &first);
        if (!at_end(&first))
            error(a, "junk before ','");
        if (o->io) {
            if (v & ~(uint64_t)0774)
                error(a, "device code %llo is not a multiple of 4 below 1000", (unsigned long long)v);
            w |= ((v >> 2) & 0177) << 26;
        } else {
            if (v > 017)
                error(a, "accumulator %llo out of range", (unsigned long long)v);
            w |= (v & 017) << 23;
        }
        c->p = comma + 1;
    }
    w |= address(a, c);
    return w;
}

/* Text pseudo-ops: the text runs to the closing delimiter, possibly over several lines; a
 * line break stores CR LF.  *src is advanced past the delimiter. */
static void text(asm_state *a, const char **src, const char *end, int bits, bool z)
{
    const char *p = *src;
    while (p < end && (*p == ' ' || *p == '\t'))
        p++;
    if (p >= end || *p == '\n' || *p == ';') {
        error(a, "text delimiter expected");
        *src = p;
        return;
    }
    char delim = *p++;
    uint64_t w = 0;
    int n = 0, per = bits == 7 ? 5 : 6;
    bool closed = false;
    unsigned count = 0;
    for (; p < end; p++) {
        if (*p == delim) {
            closed = true;
            p++;
            break;
        }
        const char *chars = (const char[]){*p, 0};
        int nc = 1;
        if (*p == '\r')
            continue;
        if (*p == '\n') {
            chars = "\r\n";
            nc = 2;
            a->line++;
        }
        for (int k = 0; k < nc; k++) {
            unsigned ch = (unsigned char)chars[k];
            uint64_t b;
            if (bits == 7)
                b = ch & 0177;
            else
                b = (uint64_t)((toupper((int)ch) - 040) & 077);
            w |= b << (bits == 7 ? 29 - 7 * n : 30 - 6 * n);
            count++;
            if (++n == per) {
                emit(a, w);
                w = 0;
                n = 0;
            }
        }
    }
    if (!closed)
        error(a, "text not closed by %c", delim);
    if (n > 0 || (z && count % (unsigned)per == 0))
        emit(a, w);   /* the last partial word; ASCIZ's zero word when the text fills words exactly */
    *src = p;
}

static void statement(asm_state *a, cursor *c, const char **src, const char *end);

/* [ ... ]: the word goes into the literal pool after the program. */
static uint64_t literal(asm_state *a, cursor *c)
{
    c->p++;   /* [ */
    const char *close = c->p;
    int depth = 1;
    while (close < c->end) {
        if (*close == '[')
            depth++;
        else if (*close == ']' && --depth == 0)
            break;
        close++;
    }
    if (close >= c->end) {
        error(a, "missing ]");
        c->p = c->end;
        return 0;
    }
    uint32_t addr = (a->litbase + a->nlit++) & PDP10_AMASK;
    uint32_t saved = a->loc, savedhi = a->hiloc;
    a->loc = addr;
    cursor in = {c->p, close};
    const char *dummy = close;
    a->depth++;
    statement(a, &in, &dummy, close);
    a->depth--;
    if (a->loc != ((addr + 1) & PDP10_AMASK))
        error(a, "a literal must be exactly one word");
    a->loc = saved;
    a->hiloc = savedhi;
    c->p = close + 1;
    return addr;
}

/* One statement (after labels).  src/end: the whole text, for ASCIZ over several lines. */
static void statement(asm_state *a, cursor *c, const char **src, const char *end)
{
    if (at_end(c))
        return;
    cursor save = *c;
    char name[SYMLEN];
    if (read_name(c, name)) {
        skip_blanks(c);
        /* SYM=expr, SYM==expr */
        if (c->p < c->end && *c->p == '=') {
            c->p++;
            if (c->p < c->end && *c->p == '=')
                c->p++;
            uint64_t v = expr(a, c);
            define(a, name, v, false);
            if (!at_end(c))
                error(a, "junk after definition");
            return;
        }
        if (!strcmp(name, "LOC")) {
            a->loc = (uint32_t)(expr(a, c) & PDP10_AMASK);
            return;
        }
        if (!strcmp(name, "BLOCK")) {
            uint64_t n = expr(a, c);
            if (n > MEMWORDS)
                error(a, "BLOCK too large");
            else
                for (uint64_t i = 0; i < n; i++)
                    a->loc = (a->loc + 1) & PDP10_AMASK;
            if (a->loc > a->hiloc)
                a->hiloc = a->loc;
            return;
        }
        if (!strcmp(name, "END")) {
            if (!at_end(c)) {
                a->start = (uint32_t)(expr(a, c) & PDP10_AMASK);
                a->has_start = true;
            }
            a->ended = true;
            return;
        }
        if (!strcmp(name, "XWD")) {
            const char *comma = find_top(c->p, c->end, ',', false);
            if (!comma) {
                error(a, "XWD needs l,r");
                return;
            }
            cursor l = {c->p, comma}, r = {comma + 1, c->end};
            uint64_t lv = expr(a, &l), rv = expr(a, &r);
            emit(a, ((lv & PDP10_RH) << 18) | (rv & PDP10_RH));
            c->p = r.p;
            return;
        }
        if (!strcmp(name, "EXP")) {
            do {
                emit(a, expr(a, c));
                skip_blanks(c);
            } while (c->p < c->end && *c->p == ',' && c->p++);
            return;
        }
        if (!strcmp(name, "POINT")) {
            /* MACRO-10 reads POINT's byte size and bit position in decimal */
            a->radix = 10;
            uint64_t s = expr(a, c);
            a->radix = 8;
            skip_blanks(c);
            uint64_t w = 0, p = 36;
            if (c->p < c->end && *c->p == ',') {
                c->p++;
                const char *comma = find_top(c->p, c->end, ',', false);
                cursor ad = {c->p, comma ? comma : c->end};
                w = address(a, &ad);
                c->p = ad.p;
                if (comma) {
                    c->p = comma + 1;
                    a->radix = 10;
                    uint64_t b = expr(a, c);
                    a->radix = 8;
                    if (b > 35)
                        error(a, "byte position %llu out of range", (unsigned long long)b);
                    p = 35 - (b & 077);
                }
            }
            if (s > 36)
                error(a, "byte size %llu out of range", (unsigned long long)s);
            emit(a, (p & 077) << 30 | (s & 077) << 24 | w);
            return;
        }
        bool z = !strcmp(name, "ASCIZ");
        if (z || !strcmp(name, "ASCII") || !strcmp(name, "SIXBIT")) {
            if (a->depth) {
                /* inside a literal: only one line, one word */
                const char *p = c->p;
                text(a, &p, c->end, name[0] == 'S' ? 6 : 7, z);
                c->p = p;
                return;
            }
            const char *p = c->p;
            text(a, &p, end, name[0] == 'S' ? 6 : 7, z);
            /* continue after the closing delimiter: the rest of that line is a comment */
            *src = p;
            c->p = c->end;
            return;
        }
        const opdef *o = find_op(a, name);
        if (o) {
            skip_blanks(c);
            emit(a, instruction(a, o, c));
            if (!at_end(c))
                error(a, "junk after instruction");
            return;
        }
        *c = save;   /* an expression that starts with a symbol */
    }
    /* data word: expr or l,,r */
    const char *dc = find_top(c->p, c->end, ',', true);
    if (dc) {
        cursor l = {c->p, dc}, r = {dc + 2, c->end};
        uint64_t lv = expr(a, &l), rv = expr(a, &r);
        emit(a, ((lv & PDP10_RH) << 18) | (rv & PDP10_RH));
        c->p = r.p;
    } else {
        emit(a, expr(a, c));
    }
    if (!at_end(c))
        error(a, "junk after expression");
}

static void run_pass(asm_state *a, const char *src, size_t len)
{
    const char *p = src, *end = src + len;
    a->loc = 0;
    a->line = 0;
    a->nlit = 0;
    a->ended = false;
    while (p < end && !a->ended) {
        const char *eol = memchr(p, '\n', (size_t)(end - p));
        if (!eol)
            eol = end;
        if (p == src || p[-1] == '\n')
            a->line++;   /* (not when resuming after text that ended mid-line) */
        cursor c = {p, eol};
        const char *next = eol < end ? eol + 1 : end;
        /* labels */
        for (;;) {
            cursor save = c;
            char name[SYMLEN];
            if (read_name(&c, name) && c.p < c.end && *c.p == ':') {
                c.p++;
                if (c.p < c.end && *c.p == ':')
                    c.p++;   /* NAME:: (global) */
                define(a, name, a->loc, true);
                continue;
            }
            c = save;
            break;
        }
        statement(a, &c, &next, end);
        p = next;
    }
}

unsigned pdp10_assemble(const char *name, const char *src, size_t len, FILE *out, FILE *err, pdp10_asm_result *res)
{
    asm_state a;
    memset(&a, 0, sizeof a);
    a.name = name;
    a.err = err;
    a.mem = calloc(MEMWORDS, sizeof *a.mem);
    a.used = calloc(MEMWORDS, 1);
    if (!a.mem || !a.used || !build_ops(&a)) {
        if (err)
            fprintf(err, "%s: out of memory\n", name);
        free(a.mem);
        free(a.used);
        free(a.ops);
        return 1;
    }
    define(&a, "APR", 0, false);
    define(&a, "PI", 4, false);
    define(&a, "TTY", 0120, false);
    a.radix = 8;
    a.pass = 1;
    run_pass(&a, src, len);
    a.litbase = a.hiloc;
    uint32_t lits = a.nlit;
    a.pass = 2;
    run_pass(&a, src, len);
    if (!a.ended && a.errors == 0 && err)
        fprintf(err, "%s: warning: no END statement\n", name);
    if (a.litbase + lits > MEMWORDS)
        error(&a, "literals do not fit below 1000000");
    if (out && a.errors == 0) {
        fprintf(out, "%%PDP10-IMAGE 1\n; assembled from %s by pdp10asm\n", name);
        if (a.has_start)
            fprintf(out, "start %06o\n", (unsigned)a.start);
        for (uint32_t i = 0; i < MEMWORDS; i++)
            if (a.used[i])
                fprintf(out, "%06o: %06llo %06llo\n", (unsigned)i, (unsigned long long)(a.mem[i] >> 18),
                        (unsigned long long)(a.mem[i] & PDP10_RH));
    }
    if (res) {
        res->start = a.start;
        res->has_start = a.has_start;
        res->words = a.words;
        res->errors = a.errors;
    }
    unsigned e = a.errors + a.dups;
    if (res)
        res->errors = e;
    free(a.mem);
    free(a.used);
    free(a.ops);
    free(a.syms);
    return e;
}
