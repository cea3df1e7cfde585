/* Loading a MACRO-10 listing (as DEC's diagnostics ship them) into storage.
 *
 * A code line is:  SEQ <tab> AAAAAA <tab> CODE <tab> source...
 * where AAAAAA is the octal address and CODE shows the assembled word in one of the shapes
 * MACRO-10 prints (the field widths tell them apart):
 *   "254 00 1 00 027776"       opcode, AC, I, X, Y
 *   "7 004 14 0 00 030024"     in-out: 7, device code, function * 4, I, X, Y
 *   "7 177 2 0 00 000000"      in-out in a literal: 7, device / 4, function, I, X, Y
 *   "444153 <tab> 414100"      two half words
 *   "015 012 120 104 120"      five 7-bit ASCII bytes
 *   "60 62 51 56 64 00"        six SIXBIT bytes
 *   "007 0000000000"           BYTE (7) then the 29 bits left
 * Lines are applied in order, so a later LOC over the same address wins as in the assembler. */
#include "pdp10.h"
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAXF 16

/* Split a line at tabs (fields may be empty). */
static int split_tabs(char *line, char **f, int max)
{
    int n = 0;
    f[n++] = line;
    for (char *p = line; *p && n < max; p++)
        if (*p == '\t') {
            *p = 0;
            f[n++] = p + 1;
        }
    return n;
}

static bool all_octal(const char *s, size_t len)
{
    if (len == 0)
        return false;
    for (size_t i = 0; i < len; i++)
        if (s[i] < '0' || s[i] > '7')
            return false;
    return true;
}

static uint64_t oct(const char *s, size_t len)
{
    uint64_t v = 0;
    for (size_t i = 0; i < len; i++)
        v = v * 8 + (uint64_t)(s[i] - '0');
    return v;
}

static bool shape_is(const size_t *len, int n, const size_t *want, size_t nw)
{
    if ((size_t)n != nw)
        return false;
    for (size_t i = 0; i < nw; i++)
        if (len[i] != want[i])
            return false;
    return true;
}

/* Decode the CODE field (and the next field for half words).  Returns false for a shape that
 * is not a word. */
static bool decode(const char *code, const char *next, uint64_t *w)
{
    const char *tok[8];
    size_t len[8];
    int n = 0;
    const char *p = code;
    while (*p && n < 8) {
        while (*p == ' ')
            p++;
        if (!*p)
            break;
        tok[n] = p;
        while (*p && *p != ' ')
            p++;
        len[n] = (size_t)(p - tok[n]);
        if (len[n] && tok[n][len[n] - 1] == '\'')
            len[n]--;   /* relocatable marker */
        if (!all_octal(tok[n], len[n]))
            return false;
        n++;
    }
    uint64_t v[8];
    for (int i = 0; i < n; i++)
        v[i] = oct(tok[i], len[i]);
#define SHAPE(...) shape_is(len, n, (const size_t[]){__VA_ARGS__}, sizeof((const size_t[]){__VA_ARGS__}) / sizeof(size_t))
    if (SHAPE(3, 2, 1, 2, 6)) {
        *w = v[0] << 27 | v[1] << 23 | v[2] << 22 | v[3] << 18 | v[4];
    } else if (SHAPE(1, 3, 2, 1, 2, 6)) {
        *w = v[0] << 33 | (v[1] >> 2) << 26 | (v[2] >> 2) << 23 | v[3] << 22 | v[4] << 18 | v[5];
    } else if (SHAPE(1, 3, 1, 1, 2, 6)) {
        *w = v[0] << 33 | v[1] << 26 | v[2] << 23 | v[3] << 22 | v[4] << 18 | v[5];
    } else if (SHAPE(6)) {
        size_t nl = 0;
        while (next && next[nl] && next[nl] != ' ' && next[nl] != '\t')
            nl++;
        if (nl && next[nl - 1] == '\'')
            nl--;
        if (!next || nl != 6 || !all_octal(next, 6))
            return false;
        *w = v[0] << 18 | oct(next, 6);
    } else if (SHAPE(3, 3, 3, 3, 3)) {
        *w = v[0] << 29 | v[1] << 22 | v[2] << 15 | v[3] << 8 | v[4] << 1;
    } else if (SHAPE(2, 2, 2, 2, 2, 2)) {
        *w = v[0] << 30 | v[1] << 24 | v[2] << 18 | v[3] << 12 | v[4] << 6 | v[5];
    } else if (SHAPE(3, 10)) {
        *w = v[0] << 29 | v[1];
    } else {
        return false;
    }
#undef SHAPE
    *w &= PDP10_WORD;
    return true;
}


/* Is f a sequence-number field (spaces, decimal digits, then the assembler's error letters such
 * as the Q MACRO-10 puts on a questionable line)? */
static bool seq_field(const char *f)
{
    while (*f == ' ')
        f++;
    if (!isdigit((unsigned char)*f))
        return false;
    while (isdigit((unsigned char)*f))
        f++;
    while (isupper((unsigned char)*f))
        f++;
    return *f == 0;
}

static bool addr_field(const char *f)
{
    size_t l = strlen(f);
    if (l == 7 && f[6] == '\'')
        l = 6;
    return l == 6 && all_octal(f, 6);
}

wb_status pdp10_load_listing(wb_machine *m, const char *text, size_t len, pdp10_listing_info *info, char *err,
                             size_t errlen)
{
    memset(info, 0, sizeof *info);
    info->lo = UINT32_MAX;
    size_t pos = 0;
    char line[512];
    while (pos < len) {
        size_t e = pos;
        while (e < len && text[e] != '\n')
            e++;
        size_t l = e - pos;
        if (l >= sizeof line)
            l = sizeof line - 1;
        memcpy(line, text + pos, l);
        line[l] = 0;
        if (l && line[l - 1] == '\r')
            line[l - 1] = 0;
        pos = e + 1;
        char *f[MAXF];
        int nf = split_tabs(line, f, MAXF);
        if (nf < 3 || !seq_field(f[0]))
            continue;
        if (addr_field(f[1]) && f[2][0]) {
            uint64_t w;
            if (!decode(f[2], nf > 3 ? f[3] : NULL, &w))
                continue;
            uint32_t a = (uint32_t)oct(f[1], 6);
            if (m->ops->write(m, a, &w, 1) != WB_OK) {
                snprintf(err, errlen, "listing word at %06o lies outside storage", (unsigned)a);
                return WB_ERR_ADDRESS;
            }
            info->words++;
            if (a < info->lo)
                info->lo = a;
            if (a > info->hi)
                info->hi = a;
            continue;
        }
        /* "SEQ <tab><tab><tab> 030000 <tab><tab><tab> END <tab> BEGIN": the start address */
        int last_addr = -1;
        for (int i = 1; i < nf; i++) {
            if (addr_field(f[i]))
                last_addr = i;
            else if (strcmp(f[i], "END") == 0 && last_addr > 0) {
                info->start = (uint32_t)oct(f[last_addr], 6);
                info->has_start = true;
                break;
            } else if (f[i][0])
                break;
        }
    }
    if (info->words == 0) {
        snprintf(err, errlen, "no code lines found: not a MACRO-10 listing");
        return WB_ERR_FORMAT;
    }
    return WB_OK;
}

long pdp10_listing_symbol(const char *text, size_t len, const char *name)
{
    size_t nl = strlen(name);
    size_t pos = 0;
    char line[512];
    while (pos < len) {
        size_t e = pos;
        while (e < len && text[e] != '\n')
            e++;
        size_t l = e - pos;
        if (l >= sizeof line)
            l = sizeof line - 1;
        memcpy(line, text + pos, l);
        line[l] = 0;
        pos = e + 1;
        char *f[MAXF];
        int nf = split_tabs(line, f, MAXF);
        if (nf < 4 || !seq_field(f[0]) || !addr_field(f[1]))
            continue;
        for (int i = 2; i < nf; i++)
            if (strncmp(f[i], name, nl) == 0 && f[i][nl] == ':')
                return (long)oct(f[1], 6);
    }
    return -1;
}
