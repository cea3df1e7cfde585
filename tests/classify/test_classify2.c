/* The classifier on SPARC V8 and PowerPC Book E, and a declared class flipped on purpose.
 *
 * Expected classes come from the manuals and P&G's definitions, not from the cores' tables:
 *  - SPARC V8 (B.28, B.29, B.26, B.22): RDPSR/RDWIM/RDTBR, WRPSR/WRWIM/WRTBR, RETT and the alternate-space
 *    loads/stores are privileged_instruction traps in user mode; RDY/WRY are user instructions on Y,
 *    which is no privileged state.  SAVE traps (window_overflow, tt 5) when WIM marks the window
 *    CWP-1 invalid -- in both modes alike: the dependence on WIM shows only as a trap, which gives
 *    the monitor control, so SAVE is neither mode- nor location-dependent: innocuous.  With the SRMMU
 *    relocating transparently, Theorem 1 holds.
 *  - Book E (Book E "Special Purpose Registers"; 440UM register summary): mfmsr/mtmsr/wrtee/rfi/
 *    tlb* are privileged; mfspr of LR, CTR, XER, USPRG0, SPRG4-7 (260-263), TBL/TBU (268/269) are
 *    user-level; SPR numbers with bit 0x10 (SRR0 26 is 0b11010) are privileged; mftb is
 *    user-level.  Theorem 1 holds. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "frontends/common/config.h"
#include "frontends/common/session.h"
#include "monitors/classify/classify.h"
#include "registry.h"

static const wb_cls_report *report(const char *core)
{
    char err[256];
    const wb_cls_report *r = wb_classify_cached(core, err, sizeof err);
    if (!r)
        fail_msg("classify %s: %s", core, err);
    return r;
}

static const wb_cls_insn *find_in(const wb_cls_report *r, const char *mnemonic)
{
    for (unsigned i = 0; i < r->n; i++)
        if (strcmp(r->insns[i].mnemonic, mnemonic) == 0)
            return &r->insns[i];
    fail_msg("%s: no instruction %s", r->core, mnemonic);
    return NULL;
}

static wb_pg_class observed(const char *core, const char *mnemonic) { return find_in(report(core), mnemonic)->observed; }

static void verdicts(void **state)
{
    (void)state;
    assert_int_equal(report("sparc")->verdict, WB_CLS_THEOREM1);
    assert_int_equal(report("ppc-booke")->verdict, WB_CLS_THEOREM1);
    for (unsigned i = 0; i < report("sparc")->n; i++)
        assert_false(wb_cls_violates(&report("sparc")->insns[i]));
    for (unsigned i = 0; i < report("ppc-booke")->n; i++)
        assert_false(wb_cls_violates(&report("ppc-booke")->insns[i]));
}

static void sparc_classes(void **state)
{
    (void)state;
    assert_int_equal(observed("sparc", "RDPSR"), WB_PG_PRIVILEGED);
    assert_int_equal(observed("sparc", "RDWIM"), WB_PG_PRIVILEGED);
    assert_int_equal(observed("sparc", "RDTBR"), WB_PG_PRIVILEGED);
    assert_int_equal(observed("sparc", "RDY"), WB_PG_INNOCUOUS);
    assert_int_equal(observed("sparc", "WRY"), WB_PG_INNOCUOUS);
    assert_int_equal(observed("sparc", "TICC"), WB_PG_INNOCUOUS);   /* traps in both modes */
    assert_int_equal(observed("sparc", "LD"), WB_PG_INNOCUOUS);
    assert_int_equal(observed("sparc", "CALL"), WB_PG_INNOCUOUS);   /* %o7 gets the same virtual address */
    const char *priv_changes[] = {"WRPSR", "WRPSR user", "WRWIM", "WRTBR", "RETT", "STA [19] MMU control"};
    for (size_t i = 0; i < sizeof priv_changes / sizeof priv_changes[0]; i++) {
        const wb_cls_insn *x = find_in(report("sparc"), priv_changes[i]);
        assert_int_equal(x->observed, WB_PG_PRIVILEGED);
        assert_true(x->control_super);
    }
    assert_non_null(strstr(find_in(report("sparc"), "STA [19] MMU control")->evidence, "MMU regs"));
    assert_int_equal(observed("sparc", "LDA [0A] user data"), WB_PG_PRIVILEGED);
    assert_int_equal(observed("sparc", "LDA [1C] bypass"), WB_PG_PRIVILEGED);
    assert_int_equal(observed("sparc", "STDFQ"), WB_PG_PRIVILEGED);
    assert_int_equal(observed("sparc", "SAVE"), WB_PG_INNOCUOUS);
    assert_int_equal(observed("sparc", "RESTORE"), WB_PG_INNOCUOUS);
    /* the only disagreements with the core's table are SAVE/RESTORE (declared behaviour-sensitive) */
    const wb_cls_report *r = report("sparc");
    for (unsigned i = 0; i < r->n; i++)
        if (r->insns[i].has_declared && r->insns[i].declared != r->insns[i].observed)
            assert_true(!strcmp(r->insns[i].mnemonic, "SAVE") || !strcmp(r->insns[i].mnemonic, "RESTORE"));
}

/* The driver really exercises SAVE's WIM dependence: its state 2 makes SAVE take window_overflow
 * (V8 B.22, tt 5) in both modes, its state 0 lets it decrement CWP. */
static void sparc_save_traps_alike(void **state)
{
    (void)state;
    const wb_cls_driver *d = wb_cls_driver_for("sparc");
    assert_non_null(d);
    char err[128];
    wb_machine *m = d->create("sparc", err, sizeof err);
    assert_non_null(m);
    static wb_cls_case cases[512];
    unsigned n = d->cases(m, cases, 512);
    const wb_cls_case *save = NULL;
    for (unsigned i = 0; i < n; i++)
        if (!strcmp(cases[i].mnemonic, "SAVE"))
            save = &cases[i];
    assert_non_null(save);
    int psr = wb_reg_index(m, "psr");
    for (unsigned user = 0; user < 2; user++) {
        d->setup(m, save, 2, user, 1, 0);
        m->trap_to_host = true;
        wb_exit e = m->ops->run(m, 1);
        assert_int_equal(e.kind, WB_EXIT_TRAP);
        assert_int_equal(e.trap.code, 5);
        d->setup(m, save, 0, user, 0, 0);
        uint64_t cwp0 = m->ops->get_reg(m, (unsigned)psr) & 31;
        e = m->ops->run(m, 1);
        assert_int_equal(e.kind, WB_EXIT_BUDGET);
        assert_int_equal(m->ops->get_reg(m, (unsigned)psr) & 31, (cwp0 + 7) % 8);
    }
    wb_destroy(m);
}

static void booke_classes(void **state)
{
    (void)state;
    assert_int_equal(observed("ppc-booke", "mfmsr"), WB_PG_PRIVILEGED);
    const char *user_level[] = {"mfspr LR", "mfspr CTR", "mfspr XER", "mfspr USPRG0", "mfspr SPRG4R", "mfspr SPRG7R",
                                "mfspr TBL", "mfspr TBU", "mtspr LR", "mtspr CTR", "mtspr XER", "mtspr USPRG0",
                                "mftb", "mftb TBU", "sc", "add", "lwz", "stw", "isync"};
    for (size_t i = 0; i < sizeof user_level / sizeof user_level[0]; i++)
        if (observed("ppc-booke", user_level[i]) != WB_PG_INNOCUOUS)
            fail_msg("%s should be innocuous", user_level[i]);
    const char *privileged[] = {"mfspr", "mfspr SRR1", "mfspr DEC", "mfspr PID", "mfspr SPRG0", "mfspr PVR",
                                "mfspr TCR", "mtspr", "mtspr SRR0", "mtspr SPRG4", "mtspr TBL", "mtspr PID",
                                "mtmsr", "wrtee", "wrteei", "rfi", "rfci", "rfmci", "tlbwe", "tlbre", "tlbsx",
                                "dcbi", "mfdcr"};
    for (size_t i = 0; i < sizeof privileged / sizeof privileged[0]; i++)
        if (observed("ppc-booke", privileged[i]) != WB_PG_PRIVILEGED)
            fail_msg("%s should be privileged", privileged[i]);
    const char *changes[] = {"mtspr SRR0", "mtspr SPRG4", "mtspr TBL", "mtmsr", "wrteei 1", "rfi", "tlbwe"};
    for (size_t i = 0; i < sizeof changes / sizeof changes[0]; i++)
        if (!find_in(report("ppc-booke"), changes[i])->control_super)
            fail_msg("%s should change privileged state in supervisor mode", changes[i]);
    assert_non_null(strstr(find_in(report("ppc-booke"), "tlbwe")->evidence, "tlb00.w2"));   /* entry r3&63 = 0, word 2 */
    assert_int_equal(report("ppc-booke")->disagreements, 0);
}

/* A machine whose declared table has one class changed: the report shows the disagreement. */
static void flipped(const char *core, const char *mnemonic, wb_pg_class wrong, wb_pg_class truth)
{
    char err[256];
    wb_core_config cfg = {.storage = 0x40000};
    wb_machine *m = wb_core_create(core, &cfg, err, sizeof err);
    assert_non_null(m);
    wb_insn_info *copy = calloc(m->ninsns, sizeof *copy);
    assert_non_null(copy);
    memcpy(copy, m->insns, m->ninsns * sizeof *copy);
    unsigned hits = 0;
    for (unsigned i = 0; i < m->ninsns; i++)
        if (!strcmp(copy[i].mnemonic, mnemonic)) {
            copy[i].pg = wrong;
            hits++;
        }
    assert_int_equal(hits, 1);
    const wb_insn_info *orig = m->insns;
    m->insns = copy;
    wb_cls_report r;
    assert_true(wb_classify_machine(m, &r, err, sizeof err));
    m->insns = orig;
    assert_int_equal(r.disagreements, report(core)->disagreements + 1);
    const wb_cls_insn *x = find_in(&r, mnemonic);
    assert_true(x->has_declared);
    assert_int_equal(x->declared, wrong);
    assert_int_equal(x->observed, truth);
    assert_int_equal(r.verdict, report(core)->verdict);   /* the verdict is from observation only */
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    assert_non_null(f);
    wb_cls_print_table(&r, f);
    fclose(f);
    const char *line = strstr(buf, mnemonic);
    assert_non_null(line);
    const char *eol = strchr(line, '\n');
    assert_non_null(eol);
    const char *dis = strstr(line, "DISAGREES");
    assert_true(dis && dis < eol);
    free(buf);
    wb_cls_report_free(&r);
    free(copy);
    wb_destroy(m);
}

static void flipped_m68000_move_from_sr(void **state)
{
    (void)state;
    flipped("m68000", "MOVE from SR", WB_PG_PRIVILEGED, WB_PG_BEHAVIOUR_SENSITIVE);
}

static void flipped_s370_ssm(void **state)
{
    (void)state;
    flipped("s370", "SSM", WB_PG_INNOCUOUS, WB_PG_PRIVILEGED);
}

/* --monitor auto takes its reason from the verdict; where no monitor exists yet, it says so. */
static void auto_reason(const char *core, const char *start)
{
    char want[200];
    snprintf(want, sizeof want, "classify %s: every sensitive instruction is privileged: Theorem 1 holds", core);
    char t[200];
    wb_cls_verdict_text(report(core), t, sizeof t);
    assert_string_equal(t, want);
    static const uint8_t prog[8] = {0};
    char path[] = "/tmp/vmwb-classify2-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, prog, sizeof prog), (ssize_t)sizeof prog);
    close(fd);
    wb_run_config cfg;
    wb_config_defaults(&cfg);
    char err[512], arg[600];
    snprintf(arg, sizeof arg, "machine.core=%s", core);
    assert_true(wb_config_set_arg(&cfg, arg, err, sizeof err));
    assert_true(wb_config_set_arg(&cfg, "run.monitor=auto", err, sizeof err));
    snprintf(arg, sizeof arg, "machine.start=%s", start);
    assert_true(wb_config_set_arg(&cfg, arg, err, sizeof err));
    snprintf(arg, sizeof arg, "guest.load=%s@%s", path, start);
    assert_true(wb_config_set_arg(&cfg, arg, err, sizeof err));
    wb_session s;
    if (wb_session_open(&s, &cfg, err, sizeof err)) {
        assert_string_equal(s.strategy, "trap");
        assert_string_equal(s.strategy_reason, want);
        wb_session_close(&s);
    } else {
        assert_non_null(strstr(err, "no monitor exists"));
    }
    unlink(path);
}

static void auto_sparc(void **state)
{
    (void)state;
    auto_reason("sparc", "0x1000");
}

static void auto_booke(void **state)
{
    (void)state;
    auto_reason("ppc-booke", "0x1000");
}

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
    assert_int_equal(sh(out, sizeof out, "classify ppc-booke --json"), 0);
    assert_non_null(strstr(out, "\"verdict\": \"theorem1\""));
    assert_non_null(strstr(out, "\"violations\": []"));
    int rc = sh(out, sizeof out, "classify sparc");
    assert_int_equal(rc, report("sparc")->disagreements ? 1 : 0);
    assert_non_null(strstr(out, "Theorem 1 holds"));
    assert_non_null(strstr(out, "RDPSR"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(verdicts),
        cmocka_unit_test(sparc_classes),
        cmocka_unit_test(sparc_save_traps_alike),
        cmocka_unit_test(booke_classes),
        cmocka_unit_test(flipped_m68000_move_from_sr),
        cmocka_unit_test(flipped_s370_ssm),
        cmocka_unit_test(auto_sparc),
        cmocka_unit_test(auto_booke),
        cmocka_unit_test(command_line),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
