/* The comparison matrix written out: aligned text, CSV, JSON, and a self-made SVG table. */
#include "frontends/common/compare.h"
#include "common/json.h"
#include <inttypes.h>
#include <math.h>
#include <string.h>

static const char *pf(bool b) { return b ? "pass" : "FAIL"; }

static char pred_letter(wb_cmp_pred p) { return p == WB_PRED_PASS ? 'P' : p == WB_PRED_FAIL ? 'F' : '-'; }

static const wb_cmp_core *verdict_of(const wb_cmp_matrix *mx, const char *core)
{
    for (unsigned i = 0; i < mx->ncores; i++)
        if (!strcmp(mx->cores[i].core, core))
            return &mx->cores[i];
    return NULL;
}

/* "#N: bare 0xA (mode), monitored 0xB (mode); preceded by #N-1 0xC MNEMONIC" */
static void divergence_text(const wb_cmp_row *r, char *out, size_t len)
{
    const wb_check_result *c = &r->check;
    out[0] = 0;
    if (!c->has_divergence)
        return;
    int n = snprintf(out, len, "#%" PRIu64 ": bare ", c->div_bare.count);
    if (c->div_bare.valid)
        n += snprintf(out + n, len - (size_t)n, "0x%06" PRIx64 " (%s)", c->div_bare.addr,
                      c->div_bare.supervisor ? "supervisor" : "user");
    else
        n += snprintf(out + n, len - (size_t)n, "ended");
    n += snprintf(out + n, len - (size_t)n, ", monitored ");
    if (c->div_vm.valid)
        n += snprintf(out + n, len - (size_t)n, "0x%06" PRIx64 " (%s)", c->div_vm.addr,
                      c->div_vm.supervisor ? "supervisor" : "user");
    else
        n += snprintf(out + n, len - (size_t)n, "ended");
    if (c->div_prev.valid && (size_t)n < len)
        snprintf(out + n, len - (size_t)n, "; preceded by #%" PRIu64 " 0x%06" PRIx64 " %s", c->div_prev.count,
                 c->div_prev.addr, r->preceded_by[0] ? r->preceded_by : "?");
}

void wb_compare_table(const wb_cmp_matrix *mx, FILE *f)
{
    fprintf(f, "%-7s %-10s %-8s %4s  %-5s %-8s %-5s %7s %9s %9s %8s %6s %7s  %-4s %s\n", "core", "guest",
            "strategy", "nest", "equiv", "resource", "effic", "direct", "trapped", "interp", "L0exits", "mult",
            "time", "pred", "ok");
    for (size_t i = 0; i < mx->n; i++) {
        const wb_cmp_row *r = &mx->rows[i];
        fprintf(f, "%-7s %-10s %-8s %4u  ", r->core, r->guest, r->strategy, r->nest);
        if (r->na) {
            fprintf(f, "n/a: %s\n", r->na_reason);
            continue;
        }
        const wb_check_result *c = &r->check;
        fprintf(f, "%-5s %-8s %-5s %6.1f%% %9" PRIu64 " %9" PRIu64 " %8" PRIu64 " %6.2f %6.2fx  %c%c%c  %s\n",
                pf(c->equivalence), pf(c->resource_control), (c->efficiency_na ? "n/a" : pf(c->efficiency)), 100.0 * c->direct_share, r->trapped,
                r->interpreted, r->level0_exits, r->exit_multiplication, c->host_time_ratio,
                pred_letter(r->pred_equivalence), pred_letter(r->pred_resource), pred_letter(r->pred_efficiency),
                r->as_predicted ? "yes" : "NO");
        if (!c->equivalence) {
            char d[256];
            divergence_text(r, d, sizeof d);
            fprintf(f, "        first divergence %s%s%s\n", d[0] ? d : "none in the trace (the end state differs)",
                    strcmp(r->exit, "halt") ? "; monitored run ended by " : "", strcmp(r->exit, "halt") ? r->exit : "");
        }
    }
    fprintf(f, "\npred: what the theory predicts for equivalence, resource control, efficiency (P pass, F fail,\n"
               "- no prediction); time: host time relative to the bare run; mult: level-0 exits per exit of the\n"
               "innermost VM; direct: share of guest instructions executed directly by the host.\n");
    fprintf(f, "\nclassifier verdicts (vmwb classify) and the strategy `auto` chooses:\n");
    for (unsigned i = 0; i < mx->ncores; i++)
        fprintf(f, "  %-7s %-9s auto=%-8s %s\n", mx->cores[i].core, mx->cores[i].verdict, mx->cores[i].auto_strategy,
                mx->cores[i].reason);
    size_t ran = 0, na = 0;
    for (size_t i = 0; i < mx->n; i++)
        mx->rows[i].na ? na++ : ran++;
    fprintf(f, "\n%zu runs (%zu n/a), %zu as predicted, %u unexpected; max %" PRIu64 " instructions per run; %.2f s\n",
            ran, na, ran - mx->unexpected, mx->unexpected, mx->max_insns, mx->seconds);
}

static void csv_field(FILE *f, const char *s)
{
    if (!strpbrk(s, ",\"\n")) {
        fputs(s, f);
        return;
    }
    fputc('"', f);
    for (; *s; s++) {
        if (*s == '"')
            fputc('"', f);
        fputc(*s, f);
    }
    fputc('"', f);
}

void wb_compare_csv(const wb_cmp_matrix *mx, FILE *f)
{
    fputs("core,guest,strategy,nest,status,reason,exit,equivalence,resource_control,efficiency,direct_share,insns,"
          "direct,trapped,interpreted,level0_exits,inner_exits,exit_multiplication,host_time_ratio,host_seconds,"
          "bare_seconds,divergence,pred_equivalence,pred_resource_control,pred_efficiency,as_predicted,"
          "core_verdict,auto_strategy\n",
          f);
    for (size_t i = 0; i < mx->n; i++) {
        const wb_cmp_row *r = &mx->rows[i];
        const wb_check_result *c = &r->check;
        const wb_cmp_core *v = verdict_of(mx, r->core);
        fprintf(f, "%s,%s,%s,%u,%s,", r->core, r->guest, r->strategy, r->nest, r->na ? "n/a" : "ok");
        csv_field(f, r->na ? r->na_reason : "");
        if (r->na) {
            fprintf(f, ",,,,,,,,,,,,,,,,,");
        } else {
            char d[256];
            divergence_text(r, d, sizeof d);
            fprintf(f, ",%s,%s,%s,%s,%.4f,%" PRIu64 ",%" PRIu64 ",%" PRIu64 ",%" PRIu64 ",%" PRIu64 ",%" PRIu64
                       ",%.3f,%.3f,%.6f,%.6f,",
                    r->exit, c->equivalence ? "pass" : "fail", c->resource_control ? "pass" : "fail",
                    c->efficiency_na ? "n/a" : c->efficiency ? "pass" : "fail", c->direct_share, r->insns, r->direct, r->trapped, r->interpreted,
                    r->level0_exits, r->inner_exits, r->exit_multiplication, c->host_time_ratio, r->host_seconds,
                    c->bare_seconds);
            csv_field(f, d);
        }
        fprintf(f, ",%s,%s,%s,%s,%s,%s\n", wb_cmp_pred_name(r->pred_equivalence), wb_cmp_pred_name(r->pred_resource),
                wb_cmp_pred_name(r->pred_efficiency), r->as_predicted ? "yes" : "no", v ? v->verdict : "",
                v ? v->auto_strategy : "");
    }
}

static void json_step(wb_json *j, const char *key, const wb_check_step *s, const char *mnemonic)
{
    wb_json_key(j, key);
    if (!s->valid) {
        wb_json_null(j);
        return;
    }
    wb_json_begin_object(j);
    wb_json_key(j, "instruction_number");
    wb_json_uint(j, s->count);
    wb_json_key(j, "address");
    wb_json_hex(j, s->addr, 6);
    wb_json_key(j, "mode");
    wb_json_string(j, s->supervisor ? "supervisor" : "user");
    if (mnemonic) {
        wb_json_key(j, "mnemonic");
        wb_json_string(j, mnemonic);
    }
    wb_json_end_object(j);
}

static void json_row(wb_json *j, const wb_cmp_row *r)
{
    const wb_check_result *c = &r->check;
    wb_json_begin_object(j);
    wb_json_key(j, "core");
    wb_json_string(j, r->core);
    wb_json_key(j, "guest");
    wb_json_string(j, r->guest);
    wb_json_key(j, "strategy");
    wb_json_string(j, r->strategy);
    wb_json_key(j, "nest");
    wb_json_uint(j, r->nest);
    wb_json_key(j, "status");
    wb_json_string(j, r->na ? "n/a" : "ok");
    if (r->na) {
        wb_json_key(j, "reason");
        wb_json_string(j, r->na_reason);
    } else {
        wb_json_key(j, "exit");
        wb_json_string(j, r->exit);
        wb_json_key(j, "equivalence");
        wb_json_bool(j, c->equivalence);
        wb_json_key(j, "resource_control");
        wb_json_bool(j, c->resource_control);
        wb_json_key(j, "efficiency");
        if (c->efficiency_na)
            wb_json_null(j);
        else
            wb_json_bool(j, c->efficiency);
        wb_json_key(j, "efficiency_detail");
        wb_json_string(j, c->efficiency_detail);
        wb_json_key(j, "direct_share");
        wb_json_double(j, c->direct_share);
        wb_json_key(j, "insns");
        wb_json_uint(j, r->insns);
        wb_json_key(j, "direct");
        wb_json_uint(j, r->direct);
        wb_json_key(j, "trapped");
        wb_json_uint(j, r->trapped);
        wb_json_key(j, "interpreted");
        wb_json_uint(j, r->interpreted);
        wb_json_key(j, "level0_exits");
        wb_json_uint(j, r->level0_exits);
        wb_json_key(j, "inner_exits");
        wb_json_uint(j, r->inner_exits);
        wb_json_key(j, "exit_multiplication");
        wb_json_double(j, r->exit_multiplication);
        wb_json_key(j, "host_time_ratio");
        wb_json_double(j, c->host_time_ratio);
        wb_json_key(j, "host_seconds");
        wb_json_double(j, r->host_seconds);
        wb_json_key(j, "bare_seconds");
        wb_json_double(j, c->bare_seconds);
        wb_json_key(j, "first_divergence");
        if (!c->has_divergence) {
            wb_json_null(j);
        } else {
            wb_json_begin_object(j);
            wb_json_key(j, "instruction_number");
            wb_json_uint(j, c->div_bare.count);
            json_step(j, "bare", &c->div_bare, NULL);
            json_step(j, "monitored", &c->div_vm, NULL);
            json_step(j, "preceded_by", &c->div_prev, r->preceded_by[0] ? r->preceded_by : NULL);
            wb_json_end_object(j);
        }
    }
    wb_json_key(j, "predicted");
    wb_json_begin_object(j);
    wb_json_key(j, "equivalence");
    wb_json_string(j, wb_cmp_pred_name(r->pred_equivalence));
    wb_json_key(j, "resource_control");
    wb_json_string(j, wb_cmp_pred_name(r->pred_resource));
    wb_json_key(j, "efficiency");
    wb_json_string(j, wb_cmp_pred_name(r->pred_efficiency));
    wb_json_key(j, "why");
    wb_json_string(j, r->pred_why);
    wb_json_end_object(j);
    wb_json_key(j, "as_predicted");
    wb_json_bool(j, r->as_predicted);
    wb_json_end_object(j);
}

void wb_compare_json(const wb_cmp_matrix *mx, FILE *f)
{
    wb_json j;
    wb_json_init(&j, f, 2);
    wb_json_begin_object(&j);
    wb_json_key(&j, "max_insns");
    wb_json_uint(&j, mx->max_insns);
    wb_json_key(&j, "seconds");
    wb_json_double(&j, mx->seconds);
    wb_json_key(&j, "unexpected");
    wb_json_uint(&j, mx->unexpected);
    wb_json_key(&j, "cores");
    wb_json_begin_array(&j);
    for (unsigned i = 0; i < mx->ncores; i++) {
        wb_json_begin_object(&j);
        wb_json_key(&j, "core");
        wb_json_string(&j, mx->cores[i].core);
        wb_json_key(&j, "verdict");
        wb_json_string(&j, mx->cores[i].verdict);
        wb_json_key(&j, "reason");
        wb_json_string(&j, mx->cores[i].reason);
        wb_json_key(&j, "auto");
        wb_json_string(&j, mx->cores[i].auto_strategy);
        wb_json_end_object(&j);
    }
    wb_json_end_array(&j);
    wb_json_key(&j, "rows");
    wb_json_begin_array(&j);
    for (size_t i = 0; i < mx->n; i++)
        json_row(&j, &mx->rows[i]);
    wb_json_end_array(&j);
    wb_json_end_object(&j);
    wb_json_end(&j);
}

/* ---- SVG: one line per run; pass/fail cells green/red, measures shaded by magnitude ---- */

static void svg_text(FILE *f, double x, double y, const char *anchor, const char *s)
{
    fprintf(f, "<text x=\"%.0f\" y=\"%.0f\" text-anchor=\"%s\">", x, y, anchor);
    for (; *s; s++) {
        switch (*s) {
        case '<': fputs("&lt;", f); break;
        case '>': fputs("&gt;", f); break;
        case '&': fputs("&amp;", f); break;
        case '"': fputs("&quot;", f); break;
        default: fputc(*s, f);
        }
    }
    fputs("</text>\n", f);
}

static void svg_cell(FILE *f, double x, double y, double w, const char *fill, bool unexpected, const char *label)
{
    fprintf(f, "<rect x=\"%.0f\" y=\"%.0f\" width=\"%.0f\" height=\"16\" fill=\"%s\" stroke=\"%s\" stroke-width=\"%d\"/>\n",
            x, y, w, fill, unexpected ? "#000" : "#fff", unexpected ? 2 : 1);
    svg_text(f, x + w / 2, y + 12, "middle", label);
}

/* White to `rgb` as v goes from 0 to 1. */
static void shade(char *out, size_t len, double v, int r, int g, int b)
{
    if (!(v >= 0))
        v = 0;
    if (v > 1)
        v = 1;
    snprintf(out, len, "rgb(%d,%d,%d)", (int)(255 - (255 - r) * v), (int)(255 - (255 - g) * v),
             (int)(255 - (255 - b) * v));
}

void wb_compare_svg(const wb_cmp_matrix *mx, FILE *f)
{
    static const char *const heads[] = {"equiv", "resource", "effic", "direct", "trapped", "interp", "mult", "time"};
    const double label_w = 260, cell_w = 70, top = 40, row_h = 18;
    double width = label_w + 8 * cell_w + 20;
    for (unsigned i = 0; i < mx->ncores; i++) {   /* the verdict lines must fit too (monospace, ~7 px a character) */
        double w = 20 + 7.0 * (double)(strlen(mx->cores[i].core) + strlen(mx->cores[i].verdict) +
                                       strlen(mx->cores[i].auto_strategy) + strlen(mx->cores[i].reason) + 16);
        if (w > width)
            width = w;
    }
    double height = top + row_h * ((double)mx->n + 2) + 20.0 * (mx->ncores + 2);
    fprintf(f, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" font-family=\"monospace\" "
               "font-size=\"11\">\n",
            width, height);
    fprintf(f, "<rect x=\"0\" y=\"0\" width=\"%.0f\" height=\"%.0f\" fill=\"#fff\"/>\n", width, height);
    char title[160];
    snprintf(title, sizeof title, "vmwb compare: %zu runs, %u unexpected (black frame)", mx->n, mx->unexpected);
    svg_text(f, 10, 18, "start", title);
    for (unsigned k = 0; k < 8; k++)
        svg_text(f, label_w + cell_w * k + cell_w / 2, top - 6, "middle", heads[k]);
    for (size_t i = 0; i < mx->n; i++) {
        const wb_cmp_row *r = &mx->rows[i];
        const wb_check_result *c = &r->check;
        double y = top + row_h * (double)i;
        char label[128], v[32], fill[32];
        snprintf(label, sizeof label, "%s %s %s nest %u", r->core, r->guest, r->strategy, r->nest);
        svg_text(f, 10, y + 12, "start", label);
        if (r->na) {
            svg_cell(f, label_w, y, cell_w * 8, "#ddd", false, "n/a");
            continue;
        }
        const bool props[3] = {c->equivalence, c->resource_control, c->efficiency};
        const wb_cmp_pred preds[3] = {r->pred_equivalence, r->pred_resource, r->pred_efficiency};
        for (unsigned k = 0; k < 3; k++) {
            bool bad = preds[k] != WB_PRED_ANY && (preds[k] == WB_PRED_PASS) != props[k];
            svg_cell(f, label_w + cell_w * k, y, cell_w, props[k] ? "#7c7" : "#e66", bad, props[k] ? "pass" : "fail");
        }
        snprintf(v, sizeof v, "%.1f%%", 100.0 * c->direct_share);
        shade(fill, sizeof fill, c->direct_share, 70, 130, 220);
        svg_cell(f, label_w + cell_w * 3, y, cell_w, fill, false, v);
        double tot = r->insns ? (double)r->insns : 1.0;
        snprintf(v, sizeof v, "%" PRIu64, r->trapped);
        shade(fill, sizeof fill, (double)r->trapped / tot * 10, 230, 160, 60);
        svg_cell(f, label_w + cell_w * 4, y, cell_w, fill, false, v);
        snprintf(v, sizeof v, "%" PRIu64, r->interpreted);
        shade(fill, sizeof fill, (double)r->interpreted / tot, 230, 160, 60);
        svg_cell(f, label_w + cell_w * 5, y, cell_w, fill, false, v);
        snprintf(v, sizeof v, "%.2f", r->exit_multiplication);
        shade(fill, sizeof fill, r->exit_multiplication > 1 ? log2(r->exit_multiplication) / 6 : 0, 200, 90, 200);
        svg_cell(f, label_w + cell_w * 6, y, cell_w, fill, false, v);
        snprintf(v, sizeof v, "%.2fx", c->host_time_ratio);
        shade(fill, sizeof fill, c->host_time_ratio > 1 ? log2(c->host_time_ratio) / 6 : 0, 200, 90, 200);
        svg_cell(f, label_w + cell_w * 7, y, cell_w, fill, false, v);
    }
    double y = top + row_h * ((double)mx->n + 1);
    svg_text(f, 10, y, "start", "classifier verdicts and the strategy auto chooses:");
    for (unsigned i = 0; i < mx->ncores; i++) {
        char line[480];
        snprintf(line, sizeof line, "%s: %s, auto=%s - %s", mx->cores[i].core, mx->cores[i].verdict,
                 mx->cores[i].auto_strategy, mx->cores[i].reason);
        svg_text(f, 10, y + 20.0 * (i + 1), "start", line);
    }
    fputs("</svg>\n", f);
}
