/* The PDP-10 core's own image format, and the native loader behind `--load FILE` / `--guest`.
 *
 * Image format (text, what tools/pdp10asm writes):
 *
 *   %PDP10-IMAGE 1              first line: magic and version
 *   ; anything                  comment (also after a word, from ';' on)
 *   start 001000                start address (octal), at most once
 *   001000: 254000001001        address (octal, up to 6 digits) and word (12 octal digits)
 *   001001: 254000 001001       ... or the word as two 6-digit half words
 *
 * Addresses are absolute word addresses.  The loader also accepts a MACRO-10 listing (DEC's
 * diagnostics), recognised by the absence of the magic line. */
#include "pdp10.h"
#include "common/loader.h"
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char MAGIC[] = "%PDP10-IMAGE";

static const char *skip_ws(const char *p, const char *end)
{
    while (p < end && (*p == ' ' || *p == '\t'))
        p++;
    return p;
}

/* Parse an octal number of at most maxd digits; returns the number of digits read. */
static int octal(const char *p, const char *end, int maxd, uint64_t *v)
{
    int n = 0;
    *v = 0;
    while (p + n < end && p[n] >= '0' && p[n] <= '7' && n < maxd + 1) {
        *v = *v * 8 + (uint64_t)(p[n] - '0');
        n++;
    }
    return n > maxd ? -1 : n;
}

wb_status pdp10_load_image_text(pdp10_cpu *c, const char *text, size_t len, const char *name, uint32_t *entry,
                                char *err, size_t errlen)
{
    const char *p = text, *end = text + len;
    unsigned lineno = 0;
    bool have_magic = false, have_start = false;
    *entry = 0;
    while (p < end) {
        const char *eol = memchr(p, '\n', (size_t)(end - p));
        if (!eol)
            eol = end;
        lineno++;
        const char *q = skip_ws(p, eol);
        const char *stop = q;
        while (stop < eol && *stop != ';')
            stop++;
        while (stop > q && isspace((unsigned char)stop[-1]))
            stop--;
        if (lineno == 1) {
            if ((size_t)(stop - q) < sizeof MAGIC - 1 || memcmp(q, MAGIC, sizeof MAGIC - 1) != 0) {
                snprintf(err, errlen, "%s: not a PDP-10 image (first line must be %s 1)", name, MAGIC);
                return WB_ERR_FORMAT;
            }
            have_magic = true;
        } else if (q < stop) {
            uint64_t a, w, r;
            if ((size_t)(stop - q) > 6 && memcmp(q, "start", 5) == 0 && isspace((unsigned char)q[5])) {
                const char *s = skip_ws(q + 5, stop);
                int n = octal(s, stop, 6, &a);
                if (n <= 0 || skip_ws(s + n, stop) != stop || have_start) {
                    snprintf(err, errlen, "%s:%u: bad start line", name, lineno);
                    return WB_ERR_FORMAT;
                }
                *entry = (uint32_t)a;
                have_start = true;
            } else {
                int n = octal(q, stop, 6, &a);
                if (n <= 0 || q + n >= stop || q[n] != ':') {
                    snprintf(err, errlen, "%s:%u: expected 'address: word'", name, lineno);
                    return WB_ERR_FORMAT;
                }
                const char *s = skip_ws(q + n + 1, stop);
                int k = octal(s, stop, 12, &w);
                if (k == 6 && s + k < stop) {
                    const char *t = skip_ws(s + k, stop);
                    int k2 = octal(t, stop, 6, &r);
                    if (k2 != 6 || t + k2 != stop) {
                        snprintf(err, errlen, "%s:%u: bad half words", name, lineno);
                        return WB_ERR_FORMAT;
                    }
                    w = (w << 18) | r;
                } else if (k <= 0 || s + k != stop) {
                    snprintf(err, errlen, "%s:%u: bad word", name, lineno);
                    return WB_ERR_FORMAT;
                }
                if (a >= c->memsize) {
                    snprintf(err, errlen, "%s:%u: address %06llo lies outside storage", name, lineno,
                             (unsigned long long)a);
                    return WB_ERR_ADDRESS;
                }
                c->mem[a] = w & PDP10_WORD;
            }
        }
        p = eol < end ? eol + 1 : end;
    }
    if (!have_magic) {
        snprintf(err, errlen, "%s: empty image", name);
        return WB_ERR_FORMAT;
    }
    return WB_OK;
}

static wb_status load_core(wb_machine *m, const char *path, uint64_t *entry, char *err, size_t errlen);

/* A machine that is not a KA10 core itself (a virtual machine of a monitor): load the image into a
 * scratch core of the same size, copy its storage over through the machine's interface, and set
 * the start address as the console's address switches would. */
wb_status pdp10_load_native(wb_machine *m, const char *path, uint64_t *entry, char *err, size_t errlen)
{
    if (m->ops->run == pdp10_run)
        return load_core(m, path, entry, err, errlen);
    wb_core_config cfg = {.storage = m->storage_size};
    wb_machine *t = pdp10_create(&cfg, err, errlen);
    if (!t)
        return WB_ERR_NOMEM;
    uint64_t e = 0;
    wb_status st = load_core(t, path, &e, err, errlen);
    pdp10_cpu *c = (pdp10_cpu *)t;
    if (st == WB_OK)
        st = m->ops->write(m, 0, c->mem, c->memsize);
    if (st == WB_OK)
        st = m->ops->start(m, true, e);
    if (st == WB_OK && entry)
        *entry = e;
    wb_destroy(t);
    return st;
}

static wb_status load_core(wb_machine *m, const char *path, uint64_t *entry, char *err, size_t errlen)
{
    pdp10_cpu *c = (pdp10_cpu *)m;
    uint8_t *data;
    size_t size;
    wb_status st = wb_read_file(path, &data, &size, err, errlen);
    if (st != WB_OK)
        return st;
    uint32_t e = 0;
    if (size >= sizeof MAGIC - 1 && memcmp(data, MAGIC, sizeof MAGIC - 1) == 0) {
        st = pdp10_load_image_text(c, (const char *)data, size, path, &e, err, errlen);
    } else {
        pdp10_listing_info li;
        st = pdp10_load_listing(m, (const char *)data, size, &li, err, errlen);
        e = li.start;
        if (st != WB_OK) {
            char msg[256];
            snprintf(msg, sizeof msg, "%s: neither a PDP-10 image (%s) nor a MACRO-10 listing", path, MAGIC);
            snprintf(err, errlen, "%s", msg);
        }
    }
    free(data);
    if (st == WB_OK) {
        c->entry = e;
        if (entry)
            *entry = e;
    }
    return st;
}
