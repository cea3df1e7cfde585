/* The empirical P&G classifier (monitors/classify) and --monitor auto, which chooses from its verdict.
 *
 * Expected classes come from the manuals and P&G's definitions, not from the cores' tables:
 *  - S/370 (PoO): LPSW, SSM are privileged-operation exceptions in the problem state and change the
 *    PSW in the supervisor state; STCK is unprivileged and reads the TOD clock, which is neither mode
 *    nor relocation: innocuous under P&G; LRA yields the real address, so it depends on the
 *    translation tables (seen in supervisor state); the architecture satisfies Theorem 1.
 *  - PDP-10 KA10 (SRM 2.9): JRST 1, in executive mode enters user mode, in user mode it is a plain jump
 *    (no trap): control-sensitive, not privileged, not user-sensitive; JSR stores the PC word whose
 *    USER flag reveals the mode (behaviour-sensitive); HALT (JRST 4,) traps in user mode.
 *    Theorem 3 holds, Theorem 1 does not.
 *  - MC68000 (PRM): MOVE from SR is unprivileged and reads the whole SR (S bit, interrupt mask):
 *    user-sensitive, so neither theorem holds.  MC68010: MOVE from SR is privileged, MOVE from CCR
 *    added; Theorem 1 holds. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/wait.h>
#include <unistd.h>

#include "frontends/common/config.h"
#include "frontends/common/session.h"
#include "monitors/classify/classify.h"

static const wb_cls_report *report(const char *core)
{
    char err[256];
    const wb_cls_report *r = wb_classify_cached(core, err, sizeof err);
    if (!r)
        fail_msg("classify %s: %s", core, err);
    return r;
}

static const wb_cls_insn *find(const wb_cls_report *r, const char *mnemonic)
{
    for (unsigned i = 0; i < r->n; i++)
        if (strcmp(r->insns[i].mnemonic, mnemonic) == 0)
            return &r->insns[i];
    fail_msg("%s: no instruction %s", r->core, mnemonic);
    return NULL;
}

static void verdicts(void **state)
{
    (void)state;
    assert_int_equal(report("s370")->verdict, WB_CLS_THEOREM1);
    assert_int_equal(report("pdp10")->verdict, WB_CLS_THEOREM3);
    assert_int_equal(report("m68000")->verdict, WB_CLS_NONE);
    assert_int_equal(report("m68010")->verdict, WB_CLS_THEOREM1);
    assert_string_equal(wb_cls_verdict_name(WB_CLS_THEOREM1), "theorem1");
    assert_string_equal(wb_cls_verdict_name(WB_CLS_THEOREM3), "theorem3");
    assert_string_equal(wb_cls_verdict_name(WB_CLS_NONE), "none");
}

static void s370_classes(void **state)
{
    (void)state;
    const wb_cls_report *r = report("s370");
    const wb_cls_insn *lpsw = find(r, "LPSW"), *ssm = find(r, "SSM"), *stck = find(r, "STCK");
    assert_int_equal(lpsw->observed, WB_PG_PRIVILEGED);
    assert_true(lpsw->control_super);            /* loads a new PSW in the supervisor state */
    assert_int_equal(ssm->observed, WB_PG_PRIVILEGED);
    assert_true(ssm->control_super);
    assert_int_equal(stck->observed, WB_PG_INNOCUOUS);
    assert_int_equal(find(r, "AR")->observed, WB_PG_INNOCUOUS);
    assert_int_equal(find(r, "SVC")->observed, WB_PG_INNOCUOUS);   /* traps in both states */
    assert_int_equal(find(r, "SIGP sense")->observed, WB_PG_PRIVILEGED);
    const wb_cls_insn *ssk = find(r, "SSK");
    assert_int_equal(ssk->observed, WB_PG_PRIVILEGED);
    assert_true(ssk->control_super);             /* changes a storage key (not a register) */
    assert_non_null(strstr(ssk->evidence, "keys"));
    const wb_cls_insn *lra = find(r, "LRA");
    assert_int_equal(lra->observed, WB_PG_PRIVILEGED);
    assert_true(lra->location_sensitive);        /* the real address differs under the two tables */
    /* nothing on S/370 is sensitive without being privileged */
    for (unsigned i = 0; i < r->n; i++)
        assert_false(wb_cls_violates(&r->insns[i]));
}

static void pdp10_classes(void **state)
{
    (void)state;
    const wb_cls_report *r = report("pdp10");
    const wb_cls_insn *jrst1 = find(r, "JRST 1,");
    assert_int_equal(jrst1->observed, WB_PG_CONTROL_SENSITIVE);
    assert_true(jrst1->control_super);
    assert_false(jrst1->control_user);
    assert_false(jrst1->user_sensitive);
    assert_true(wb_cls_violates(jrst1));
    assert_int_equal(find(r, "JRST")->observed, WB_PG_INNOCUOUS);
    assert_int_equal(find(r, "HALT")->observed, WB_PG_PRIVILEGED);
    assert_int_equal(find(r, "DATAO APR")->observed, WB_PG_PRIVILEGED);
    const wb_cls_insn *jsr = find(r, "JSR");
    assert_int_equal(jsr->observed, WB_PG_BEHAVIOUR_SENSITIVE);
    assert_true(jsr->mode_sensitive);
    assert_false(jsr->user_sensitive);
    assert_int_equal(find(r, "MOVE")->observed, WB_PG_INNOCUOUS);
    for (unsigned i = 0; i < r->n; i++)
        assert_false(wb_cls_violates(&r->insns[i]) && r->insns[i].user_sensitive);
}

static void m68k_classes(void **state)
{
    (void)state;
    const wb_cls_report *r0 = report("m68000"), *r1 = report("m68010");
    const wb_cls_insn *mfs0 = find(r0, "MOVE from SR"), *mfs1 = find(r1, "MOVE from SR");
    assert_int_equal(mfs0->observed, WB_PG_BEHAVIOUR_SENSITIVE);
    assert_true(mfs0->mode_sensitive);
    assert_true(mfs0->pvary_sensitive);          /* the interrupt mask shows in user mode */
    assert_true(mfs0->user_sensitive);
    assert_int_equal(mfs1->observed, WB_PG_PRIVILEGED);
    assert_int_equal(find(r0, "MOVE to SR")->observed, WB_PG_PRIVILEGED);
    assert_int_equal(find(r1, "MOVE from CCR")->observed, WB_PG_INNOCUOUS);
    assert_int_equal(find(r1, "MOVEC")->observed, WB_PG_PRIVILEGED);
    const wb_cls_insn *to_vbr = find(r1, "MOVEC A0,VBR");
    assert_int_equal(to_vbr->observed, WB_PG_PRIVILEGED);
    assert_true(to_vbr->control_super);          /* moves the vector table: a privileged register */
    /* PEA pushes an address: under two load addresses it differs by exactly the offset */
    const wb_cls_insn *pea = find(r0, "PEA");
    assert_int_equal(pea->observed, WB_PG_INNOCUOUS);
    assert_false(pea->location_sensitive);
    /* the only user-sensitive instruction of the 68000 */
    for (unsigned i = 0; i < r0->n; i++)
        if (wb_cls_violates(&r0->insns[i]))
            assert_string_equal(r0->insns[i].mnemonic, "MOVE from SR");
}

static char *json_of(const char *core)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    assert_non_null(f);
    wb_cls_print_json(report(core), f);
    fclose(f);
    return buf;
}

static void json_shape(void **state)
{
    (void)state;
    char *j = json_of("m68000");
    assert_non_null(strstr(j, "\"core\": \"m68000\""));
    assert_non_null(strstr(j, "\"verdict\": \"none\""));
    assert_non_null(strstr(j, "\"violations\": [\n    {\n      \"mnemonic\": \"MOVE from SR\",\n"
                              "      \"observed\": \"behaviour-sensitive\",\n"
                              "      \"declared\": \"behaviour-sensitive\"\n    }\n  ]"));
    assert_non_null(strstr(j, "\"instructions\": ["));
    free(j);
    j = json_of("pdp10");
    assert_non_null(strstr(j, "\"verdict\": \"theorem3\""));
    assert_non_null(strstr(j, "\"mnemonic\": \"JRST 1,\""));
    assert_non_null(strstr(j, "\"encoding\": \"254040001000\""));
    free(j);
    j = json_of("s370");
    assert_non_null(strstr(j, "\"verdict\": \"theorem1\""));
    assert_non_null(strstr(j, "\"violations\": []"));
    free(j);
}

static void verdict_text(void **state)
{
    (void)state;
    char t[400];
    wb_cls_verdict_text(report("pdp10"), t, sizeof t);
    assert_non_null(strstr(t, "only Theorem 3 holds"));
    assert_non_null(strstr(t, "JRST 1,"));
    wb_cls_verdict_text(report("m68000"), t, sizeof t);
    assert_non_null(strstr(t, "neither theorem holds"));
    assert_non_null(strstr(t, "MOVE from SR"));
    /* a short buffer still holds a terminated sentence */
    char small[40];
    wb_cls_verdict_text(report("pdp10"), small, sizeof small);
    assert_true(strlen(small) < sizeof small);
}

static void cached_once(void **state)
{
    (void)state;
    assert_ptr_equal(report("s370"), report("s370"));
    char err[128];
    assert_null(wb_classify_cached("no-such-core", err, sizeof err));
    assert_non_null(strstr(err, "unknown core"));
}

/* --monitor auto on S/370 chooses trap-and-emulate, and says why. */
static void auto_chooses_trap_for_s370(void **state)
{
    (void)state;
    /* LPSW 208 ; a disabled-wait BC PSW at 208: the guest halts at once */
    static const uint8_t prog[16] = {0x82, 0x00, 0x02, 0x08, 0, 0, 0, 0, 0x00, 0x02, 0, 0, 0, 0, 0, 0};
    char path[] = "/tmp/vmwb-classify-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, prog, sizeof prog), (ssize_t)sizeof prog);
    close(fd);
    wb_run_config cfg;
    wb_config_defaults(&cfg);
    char err[512], arg[600];
    assert_true(wb_config_set_arg(&cfg, "machine.core=s370", err, sizeof err));
    assert_true(wb_config_set_arg(&cfg, "run.monitor=auto", err, sizeof err));
    assert_true(wb_config_set_arg(&cfg, "machine.start=0x200", err, sizeof err));
    snprintf(arg, sizeof arg, "guest.load=%s@0x200", path);
    assert_true(wb_config_set_arg(&cfg, arg, err, sizeof err));
    wb_session s;
    if (!wb_session_open(&s, &cfg, err, sizeof err))
        fail_msg("session: %s", err);
    wb_session_run(&s);
    assert_string_equal(s.strategy, "trap");
    assert_non_null(strstr(s.strategy_reason, "Theorem 1 holds"));
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    wb_session_json(&s, f);
    fclose(f);
    assert_non_null(strstr(buf, "\"monitor\": \"trap\""));
    assert_non_null(strstr(buf, "\"monitor_reason\": \"classify s370: every sensitive instruction is privileged: "
                                "Theorem 1 holds\""));
    assert_non_null(strstr(buf, "\"exit\": \"halt\""));
    free(buf);
    wb_session_close(&s);
    unlink(path);
}

/* The whole classification of a core takes well under a few seconds (generous under sanitizers). */
static void fast_enough(void **state)
{
    (void)state;
    wb_cls_report r;
    char err[128];
    clock_t t0 = clock();
    assert_true(wb_classify("pdp10", &r, err, sizeof err));
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    wb_cls_report_free(&r);
    assert_true(secs < 5.0);
}

/* The command line: table with the verdict; --json; exit 1 when a declared class disagrees. */
static int sh(char *out, size_t outlen, const char *cmd)
{
    const char *vmwb = getenv("VMWB") ? getenv("VMWB") : "./vmwb";
    char full[512];
    snprintf(full, sizeof full, "%s %s 2>&1", vmwb, cmd);
    FILE *p = popen(full, "r");
    assert_non_null(p);
    size_t n = fread(out, 1, outlen - 1, p);
    out[n] = 0;
    int st = pclose(p);
    return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

static void command_line(void **state)
{
    (void)state;
    static char out[1 << 20];
    assert_int_equal(sh(out, sizeof out, "classify s370"), 0);
    assert_non_null(strstr(out, "Theorem 1 holds"));
    assert_non_null(strstr(out, "LPSW"));
    assert_int_equal(sh(out, sizeof out, "classify m68010 --json"), 0);
    assert_non_null(strstr(out, "\"verdict\": \"theorem1\""));
    /* every declared class agrees with what is observed (the UUOs, which trap in both modes, are
     * declared innocuous like SVC); JRST 1 is the Theorem-1 violation */
    assert_int_equal(sh(out, sizeof out, "classify pdp10"), 0);
    assert_null(strstr(out, "DISAGREES"));
    assert_non_null(strstr(out, "only Theorem 3 holds"));
    assert_int_equal(sh(out, sizeof out, "classify"), 2);
    assert_int_equal(sh(out, sizeof out, "classify nosuch"), 2);
    assert_non_null(strstr(out, "unknown core"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(verdicts),      cmocka_unit_test(s370_classes), cmocka_unit_test(pdp10_classes),
        cmocka_unit_test(m68k_classes),  cmocka_unit_test(json_shape),   cmocka_unit_test(verdict_text),
        cmocka_unit_test(cached_once),   cmocka_unit_test(auto_chooses_trap_for_s370),
        cmocka_unit_test(fast_enough),   cmocka_unit_test(command_line),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
