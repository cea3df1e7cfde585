#include "common/json.h"
#include <inttypes.h>
#include <string.h>

void wb_json_init(wb_json *j, FILE *f, int indent)
{
    j->f = f;
    j->depth = 0;
    j->first[0] = true;
    j->after_key = false;
    j->indent = indent;
}

static void newline(wb_json *j)
{
    if (!j->indent)
        return;
    fputc('\n', j->f);
    for (int i = 0; i < j->depth * j->indent; i++)
        fputc(' ', j->f);
}

/* Separator before a value or key at the current level. */
static void pre(wb_json *j)
{
    if (j->after_key) {
        j->after_key = false;
        return;
    }
    if (j->depth > 0) {
        if (!j->first[j->depth])
            fputc(',', j->f);
        newline(j);
    }
    j->first[j->depth] = false;
}

static void open(wb_json *j, char ch)
{
    pre(j);
    fputc(ch, j->f);
    if (j->depth < 31)
        j->depth++;
    j->first[j->depth] = true;
}

static void close(wb_json *j, char ch)
{
    bool empty = j->first[j->depth];
    if (j->depth > 0)
        j->depth--;
    if (!empty)
        newline(j);
    fputc(ch, j->f);
}

void wb_json_begin_object(wb_json *j) { open(j, '{'); }
void wb_json_end_object(wb_json *j) { close(j, '}'); }
void wb_json_begin_array(wb_json *j) { open(j, '['); }
void wb_json_end_array(wb_json *j) { close(j, ']'); }

static void raw_string(wb_json *j, const char *s, size_t n)
{
    fputc('"', j->f);
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        switch (ch) {
        case '"': fputs("\\\"", j->f); break;
        case '\\': fputs("\\\\", j->f); break;
        case '\n': fputs("\\n", j->f); break;
        case '\r': fputs("\\r", j->f); break;
        case '\t': fputs("\\t", j->f); break;
        default:
            if (ch < 0x20 || ch >= 0x7f)
                fprintf(j->f, "\\u%04x", ch);   /* guest bytes are not UTF-8: keep them visible */
            else
                fputc(ch, j->f);
        }
    }
    fputc('"', j->f);
}

void wb_json_key(wb_json *j, const char *k)
{
    pre(j);
    raw_string(j, k, strlen(k));
    fputs(j->indent ? ": " : ":", j->f);
    j->after_key = true;
}

void wb_json_string_n(wb_json *j, const char *s, size_t n)
{
    pre(j);
    raw_string(j, s, n);
}

void wb_json_string(wb_json *j, const char *s)
{
    if (!s) {
        wb_json_null(j);
        return;
    }
    wb_json_string_n(j, s, strlen(s));
}

void wb_json_uint(wb_json *j, uint64_t v) { pre(j); fprintf(j->f, "%" PRIu64, v); }
void wb_json_int(wb_json *j, int64_t v) { pre(j); fprintf(j->f, "%" PRId64, v); }
void wb_json_double(wb_json *j, double v) { pre(j); fprintf(j->f, "%.6g", v); }
void wb_json_bool(wb_json *j, bool v) { pre(j); fputs(v ? "true" : "false", j->f); }
void wb_json_null(wb_json *j) { pre(j); fputs("null", j->f); }

void wb_json_hex(wb_json *j, uint64_t v, int digits)
{
    pre(j);
    fprintf(j->f, "\"0x%0*" PRIx64 "\"", digits, v);
}

void wb_json_end(wb_json *j) { fputc('\n', j->f); fflush(j->f); }
