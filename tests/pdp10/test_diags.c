/* DEC's KA10 processor diagnostics (MAINDEC-10-DAKAA .. DAKAM, DAKBA), loaded from their
 * MACRO-10 listings in ../shared/testdata/pdp10-ka10-diag/ (never copied into the repository).
 *
 * Each test loads one listing into a 64K-word machine (the diagnostics expect 777777 to be
 * non-existent) and runs it from the END address.  Success conventions, from the listings:
 *  - DAKAA..DAKAH carry SPCCPU's "special BEGEND": a pass ends at $SPBEND, which counts it in
 *    PASCNT and starts over.  Success = PASCNT reaches 1 with no HALT.  An error is a HALT
 *    (the STOP macro: HALT .+1).
 *  - DAKAI..DAKAM and DAKBA call the diagnostic subroutine package (SUBRTN), which is not in
 *    the listing.  A stand-in is installed first: MODLNK (27776) points at START, SUBLNK (27777)
 *    at a routine that returns to the PGMINT caller, and the UUO vector 41 at a dispatcher that
 *    halts at PASS_STOP for ENDUUO (end of pass), halts at FAIL_STOP for an error UUO (001-036),
 *    ERRHLT or FATAL, and ignores the other 037 UUOs (typing).  Success = halt at PASS_STOP.
 * A diagnostic that does not pass is reported as failing, with the address where it stopped. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "tests/pdp10/pdp10t.h"
#include "common/loader.h"

#define DIAG_DIR "../shared/testdata/pdp10-ka10-diag"
#define STUB 020000u
#define PASS_STOP (STUB + 040)
#define FAIL_STOP (STUB + 050)
#define BUDGET 400000000u

static void install_stubs(pdp10_cpu *c)
{
    static const uint64_t stub[] = {
        /* 020000 */ 0254020000000, /* JRST @0: return from PGMINT (JSP 0,SBINIT) */
    };
    static const uint64_t uuo[] = {
        /* 020010 */ 0,             /* JSR here from 41 */
        /* 020011 */ 0202040020030, /* MOVEM 1,SAVE */
        /* 020012 */ 0554040000040, /* HLRZ 1,40: opcode, AC, I, X of the UUO */
        /* 020013 */ 0620040000037, /* TRZ 1,37: drop I, X */
        /* 020014 */ 0306040037500, /* CAIN 1,037500: ENDUUO? */
        /* 020015 */ 0254000000000 | PASS_STOP,
        /* 020016 */ 0302040037600, /* CAIE 1,037600: ERRHLT? */
        /* 020017 */ 0306040037640, /* CAIN 1,037640: FATAL? */
        /* 020020 */ 0254000000000 | FAIL_STOP,
        /* 020021 */ 0305040037000, /* CAIGE 1,037000: an error UUO 001-036 (or 000)? */
        /* 020022 */ 0254000000000 | FAIL_STOP,
        /* 020023 */ 0301040040000, /* CAIL 1,040000: a MUUO? */
        /* 020024 */ 0254000000000 | FAIL_STOP,
        /* 020025 */ 0200040020030, /* MOVE 1,SAVE */
        /* 020026 */ 0254020020010, /* JRST @020010: back after the UUO */
    };
    pdp10t_code(c, STUB, stub, 1);
    pdp10t_code(c, STUB + 010, uuo, sizeof uuo / sizeof uuo[0]);
    pdp10t_put(c, PASS_STOP, 0254200000000 | PASS_STOP);   /* HALT . */
    pdp10t_put(c, FAIL_STOP, 0254200000000 | FAIL_STOP);
    pdp10t_put(c, 041, 0264000000000 | (STUB + 010));     /* JSR UUO dispatcher */
    pdp10t_put(c, 027777, STUB);                          /* SUBLNK */
}

/* PDP10_DIAG_TRACE=name prints every instruction of that diagnostic (octal PC and word). */
static void trace_octal(void *ctx, const wb_trace_rec *t)
{
    (void)ctx;
    uint64_t w = 0;
    for (unsigned i = 0; i < t->ilen; i++)
        w = (w << 8) | t->insn[i];
    fprintf(stderr, "%06llo %012llo%s\n", (unsigned long long)t->addr, (unsigned long long)w,
            t->supervisor ? "" : " U");
}

typedef struct {
    bool loaded;
    bool passed;
    char why[400];
} diag_result;

static diag_result run_diag(const char *name)
{
    diag_result r = {0};
    char path[256], upper[16], err[256];
    size_t n = strlen(name);
    for (size_t i = 0; i <= n && i < sizeof upper; i++)
        upper[i] = (char)(name[i] >= 'a' && name[i] <= 'z' ? name[i] - 32 : name[i]);
    snprintf(path, sizeof path, "%s/%s/%s.LST.txt", DIAG_DIR, name, upper);
    uint8_t *text;
    size_t len;
    if (wb_read_file(path, &text, &len, err, sizeof err) != WB_OK) {
        snprintf(r.why, sizeof r.why, "listing not found: %s", err);
        return r;
    }
    r.loaded = true;
    pdp10_cpu *c = pdp10t_new(64u << 10);
    install_stubs(c);
    pdp10_listing_info li;
    if (pdp10_load_listing(&c->m, (const char *)text, len, &li, err, sizeof err) != WB_OK) {
        snprintf(r.why, sizeof r.why, "listing: %s", err);
        free(text);
        pdp10t_free(c);
        return r;
    }
    long spbend = pdp10_listing_symbol((const char *)text, len, "$SPBEND");
    long pascnt = pdp10_listing_symbol((const char *)text, len, "PASCNT");
    long start = pdp10_listing_symbol((const char *)text, len, "START");
    if (start >= 0 && pdp10t_get(c, 027776) == 0)
        pdp10t_put(c, 027776, (uint64_t)start);   /* MODLNK: the mode check goes straight to START */
    const char *tr = getenv("PDP10_DIAG_TRACE");
    if (tr && strcmp(tr, name) == 0)
        c->m.trace = trace_octal;
    c->m.ops->start(&c->m, true, li.has_start ? li.start : 030000);
    uint64_t done = 0;
    while (done < BUDGET) {
        wb_exit e = wb_run(&c->m, 100000);
        done += 100000;
        if (spbend >= 0 && pascnt >= 0 && pdp10t_get(c, (uint32_t)pascnt) >= 1) {
            r.passed = true;
            snprintf(r.why, sizeof r.why, "pass completed after %llu instructions",
                     (unsigned long long)c->m.counters.insns);
            break;
        }
        if (e.kind == WB_EXIT_HALT) {
            if (c->pc == PASS_STOP) {
                r.passed = true;
                snprintf(r.why, sizeof r.why, "ENDUUO after %llu instructions",
                         (unsigned long long)c->m.counters.insns);
            } else if (c->pc == FAIL_STOP) {
                uint64_t pcw = pdp10t_get(c, STUB + 010);
                snprintf(r.why, sizeof r.why, "error UUO %012llo at %06llo",
                         (unsigned long long)pdp10t_get(c, 040), (unsigned long long)((pcw & 0777777) - 1));
            } else {
                snprintf(r.why, sizeof r.why, "%s", e.msg);
            }
            break;
        }
        if (e.kind != WB_EXIT_BUDGET) {
            snprintf(r.why, sizeof r.why, "stopped: %s at %06o", wb_exit_name(e.kind), (unsigned)c->pc);
            break;
        }
    }
    if (!r.passed && !r.why[0])
        snprintf(r.why, sizeof r.why, "no pass completed in %u instructions (PC %06o)", BUDGET, (unsigned)c->pc);
    free(text);
    pdp10t_free(c);
    return r;
}

static void diag(const char *name)
{
    diag_result r = run_diag(name);
    if (!r.loaded) {
        printf("[ DIAG     ] %s: SKIPPED (%s)\n", name, r.why);
        skip();
    }
    printf("[ DIAG     ] %s: %s (%s)\n", name, r.passed ? "PASS" : "FAIL", r.why);
    assert_true(r.passed);
}

#define DIAG(n) static void test_##n(void **s) { (void)s; diag(#n); }
DIAG(dakaa)
DIAG(dakab)
DIAG(dakac)
DIAG(dakad)
DIAG(dakae)
DIAG(dakaf)
DIAG(dakag)
DIAG(dakah)
DIAG(dakai)
DIAG(dakaj)
DIAG(dakak)
DIAG(dakal)
DIAG(dakam)
DIAG(dakba)

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dakaa), cmocka_unit_test(test_dakab), cmocka_unit_test(test_dakac),
        cmocka_unit_test(test_dakad), cmocka_unit_test(test_dakae), cmocka_unit_test(test_dakaf),
        cmocka_unit_test(test_dakag), cmocka_unit_test(test_dakah), cmocka_unit_test(test_dakai),
        cmocka_unit_test(test_dakaj), cmocka_unit_test(test_dakak), cmocka_unit_test(test_dakal),
        cmocka_unit_test(test_dakam), cmocka_unit_test(test_dakba),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
