/* The classifier's output: verdict sentence, table, JSON, and the per-process cache that
 * --monitor auto consults. */
#include "monitors/classify/classify.h"
#include "common/json.h"
#include <stdlib.h>
#include <string.h>

static void list_violators(const wb_cls_report *r, bool user_only, char *out, size_t outlen)
{
    size_t used = 0;
    unsigned listed = 0, more = 0;
    out[0] = 0;
    for (unsigned i = 0; i < r->n; i++) {
        const wb_cls_insn *x = &r->insns[i];
        if (!wb_cls_violates(x) || (user_only && !x->user_sensitive))
            continue;
        bool dup = false;
        for (unsigned j = 0; j < i && !dup; j++)
            dup = wb_cls_violates(&r->insns[j]) && (!user_only || r->insns[j].user_sensitive) &&
                  strcmp(r->insns[j].mnemonic, x->mnemonic) == 0;
        if (dup)
            continue;
        size_t need = strlen(x->mnemonic) + 2;
        if (used + need + 16 >= outlen) {
            more++;
            continue;
        }
        used += (size_t)snprintf(out + used, outlen - used, "%s%s", listed ? ", " : "", x->mnemonic);
        listed++;
    }
    if (more)
        snprintf(out + used, outlen - used, " and %u more", more);
}

void wb_cls_verdict_text(const wb_cls_report *r, char *out, size_t outlen)
{
    char names[200];
    size_t nl = outlen > 110 ? outlen - 100 : 10;   /* leave room for the sentence around the names */
    if (nl > sizeof names)
        nl = sizeof names;
    switch (r->verdict) {
    case WB_CLS_THEOREM1:
        snprintf(out, outlen, "classify %s: every sensitive instruction is privileged: Theorem 1 holds", r->core);
        break;
    case WB_CLS_THEOREM3:
        list_violators(r, false, names, nl);
        snprintf(out, outlen, "classify %s: only Theorem 3 holds: sensitive but not privileged: %s; none user-sensitive",
                 r->core, names);
        break;
    default:
        list_violators(r, true, names, nl);
        snprintf(out, outlen, "classify %s: neither theorem holds: user-sensitive and not privileged: %s", r->core,
                 names);
        break;
    }
}

static const char *short_class(wb_pg_class c)
{
    switch (c) {
    case WB_PG_PRIVILEGED: return "privileged";
    case WB_PG_CONTROL_SENSITIVE: return "control";
    case WB_PG_BEHAVIOUR_SENSITIVE: return "behaviour";
    default: return "innocuous";
    }
}

void wb_cls_encoding(const wb_cls_report *r, const wb_cls_insn *x, char *out, size_t outlen)
{
    const wb_cls_driver *d = wb_cls_driver_for(r->arch);
    if (d && d->encoding) {
        d->encoding(x->bytes, x->len, out, outlen);
        return;
    }
    out[0] = 0;
    for (unsigned k = 0; k < x->len && k < WB_CLS_MAXLEN && 2 * k + 2 < outlen; k++)
        snprintf(out + 2 * k, 3, "%02x", x->bytes[k]);
}

void wb_cls_print_table(const wb_cls_report *r, FILE *f)
{
    fprintf(f, "classify %s (%s): each instruction single-stepped in supervisor and user mode, %s\n", r->core,
            r->arch, r->reloc_desc);
    fprintf(f, "%-16s %-20s %-10s %-10s %s\n", "mnemonic", "encoding", "declared", "observed", "evidence");
    for (unsigned i = 0; i < r->n; i++) {
        const wb_cls_insn *x = &r->insns[i];
        char enc[2 * WB_CLS_MAXLEN + 1];
        wb_cls_encoding(r, x, enc, sizeof enc);
        bool dis = x->has_declared && x->declared != x->observed;
        fprintf(f, "%-16s %-20s %-10s %-10s %s%s%s\n", x->mnemonic, enc,
                x->has_declared ? short_class(x->declared) : "-", short_class(x->observed), x->evidence,
                x->user_sensitive ? " [user-sensitive]" : "", dis ? "  <-- DISAGREES" : "");
    }
    char text[400];
    wb_cls_verdict_text(r, text, sizeof text);
    fprintf(f, "%u instructions, %u disagreements with the declared table\n%s\n", r->n, r->disagreements, text);
}

static void json_insn(const wb_cls_report *r, wb_json *j, const wb_cls_insn *x, bool full)
{
    wb_json_begin_object(j);
    wb_json_key(j, "mnemonic");
    wb_json_string(j, x->mnemonic);
    wb_json_key(j, "observed");
    wb_json_string(j, wb_pg_name(x->observed));
    wb_json_key(j, "declared");
    if (x->has_declared)
        wb_json_string(j, wb_pg_name(x->declared));
    else
        wb_json_null(j);
    if (full) {
        char enc[2 * WB_CLS_MAXLEN + 1];
        wb_cls_encoding(r, x, enc, sizeof enc);
        wb_json_key(j, "encoding");
        wb_json_string(j, enc);
        wb_json_key(j, "user_sensitive");
        wb_json_bool(j, x->user_sensitive);
        wb_json_key(j, "agrees");
        wb_json_bool(j, !x->has_declared || x->declared == x->observed);
        wb_json_key(j, "evidence");
        wb_json_string(j, x->evidence);
    }
    wb_json_end_object(j);
}

void wb_cls_print_json(const wb_cls_report *r, FILE *f)
{
    wb_json j;
    wb_json_init(&j, f, 2);
    wb_json_begin_object(&j);
    wb_json_key(&j, "core");
    wb_json_string(&j, r->core);
    wb_json_key(&j, "verdict");
    wb_json_string(&j, wb_cls_verdict_name(r->verdict));
    char text[400];
    wb_cls_verdict_text(r, text, sizeof text);
    wb_json_key(&j, "reason");
    wb_json_string(&j, text);
    wb_json_key(&j, "violations");
    wb_json_begin_array(&j);
    for (unsigned i = 0; i < r->n; i++)
        if (wb_cls_violates(&r->insns[i]))
            json_insn(r, &j, &r->insns[i], false);
    wb_json_end_array(&j);
    wb_json_key(&j, "disagreements");
    wb_json_uint(&j, r->disagreements);
    wb_json_key(&j, "instructions");
    wb_json_begin_array(&j);
    for (unsigned i = 0; i < r->n; i++)
        json_insn(r, &j, &r->insns[i], true);
    wb_json_end_array(&j);
    wb_json_end_object(&j);
    wb_json_end(&j);
}

/* Process-wide cache (frontend state, not a core's): one report per core, computed on first use. */
#define CACHE_SLOTS 16
static wb_cls_report cache[CACHE_SLOTS];
static unsigned ncached;

const wb_cls_report *wb_classify_cached(const char *core, char *err, size_t errlen)
{
    for (unsigned i = 0; i < ncached; i++)
        if (strcmp(cache[i].core, core) == 0)
            return &cache[i];
    if (ncached >= CACHE_SLOTS) {
        snprintf(err, errlen, "classifier cache full");
        return NULL;
    }
    if (!wb_classify(core, &cache[ncached], err, errlen))
        return NULL;
    return &cache[ncached++];
}
