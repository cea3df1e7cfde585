/* The m68k monitor (monitors/m68k/): emulation, trap-and-emulate under the board's segment MMU,
 * hybrid, nesting, and the bundled guests detector / detector10 / minios / escaper.
 * Expected console texts are written from the guests' sources; the bare machine is the oracle for
 * everything else (the check compares against it). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "tests/support/sessiont.h"
#include "monitors/vm.h"
#include "m68kt.h"
#include "monitors/m68k/scan.h"

static const char *guest(const char *name)
{
    static char rel[128];
    snprintf(rel, sizeof rel, "guests/m68k/%s.elf", name);
    return sessiont_image(rel);
}

static void check_guest(wb_session *s, wb_check_result *r, const char *core, const char *name, const char *monitor,
                        unsigned nest, uint64_t storage)
{
    wb_run_config cfg;
    sessiont_config(&cfg, core, guest(name), monitor, nest);
    cfg.storage = storage;
    sessiont_check(s, &cfg, r);
}

static void assert_console(wb_session *s, const char *want)
{
    assert_int_equal(s->console.len, strlen(want));
    assert_memory_equal(s->console.out, want, strlen(want));
}

static uint64_t counted(const wb_machine *m)
{
    return m->counters.direct + m->counters.trapped + m->counters.interpreted;
}

#define DET_S1 "detector: kernel MOVE from SR sees S=1 (supervisor)\n"
#define DET_S0 "detector: kernel MOVE from SR sees S=0 (deprivileged!)\n"
#define DET_U0 "detector: user MOVE from SR sees S=0 (no trap)\n"
#define DET_PRIV "detector: user MOVE from SR is a privilege violation\n"
#define DET_VBR "detector: vector table moved to 0x3000 (VBR)\n"

/* Emulation interprets every instruction on the virtual CPU: equivalent and confined at every depth. */
static void emulate_detector_depths_1_to_4(void **state)
{
    (void)state;
    for (unsigned n = 1; n <= 4; n++) {
        wb_session s;
        wb_check_result r;
        check_guest(&s, &r, "m68000", "detector", "emulate", n, 0);
        assert_true(r.equivalence);
        assert_true(r.resource_control);
        assert_false(r.has_divergence);
        assert_int_equal(s.exit.kind, WB_EXIT_HALT);
        assert_console(&s, DET_S1 DET_U0);
        assert_int_equal(s.m->counters.interpreted, s.m->counters.insns);
        assert_int_equal(s.m->counters.direct, 0);
        assert_int_equal(s.depth, n);
        wb_session_close(&s);
    }
}

/* The 68010 build under trap-and-emulate: all three properties hold, the exceptions went through the
 * guest's VBR, and most instructions ran directly. */
static void trap_detector10_passes_on_68010(void **state)
{
    (void)state;
    for (unsigned n = 1; n <= 3; n++) {
        wb_session s;
        wb_check_result r;
        check_guest(&s, &r, "m68010", "detector10", "trap", n, 0);
        assert_true(wb_check_passed(&r));
        assert_console(&s, DET_VBR DET_S1 DET_PRIV);
        assert_true(s.m->counters.direct > s.m->counters.insns / 2);
        assert_true(s.m->counters.trapped > 0);
        assert_int_equal(s.m->counters.interpreted, 0);
        assert_int_equal(counted(s.m), s.m->counters.insns);
        /* the user MOVE from SR was reflected as a privilege violation */
        assert_true(s.m->counters.traps[WB_TRAP_PRIV] >= 1);
        wb_session_close(&s);
    }
}

/* The first MOVE from SR of a supervisor-mode detector, as the bare 68000 numbers it. */
typedef struct {
    uint64_t count;
    bool found;
} find_move_sr;

static void find_trace(void *ctx, const wb_trace_rec *r)
{
    find_move_sr *f = ctx;
    if (!f->found && r->supervisor && r->insn[0] == 0x40 && (r->insn[1] & 0xC0) == 0xC0) {
        f->found = true;
        f->count = r->count;
    }
}

/* Forced trap-and-emulate on the 68000 is not equivalent: the kernel's MOVE from SR runs directly in
 * real user mode and sees S=0; the first divergence is where its result is first used (BTST #13 then
 * BEQ: the branch goes the other way, three instructions after the MOVE from SR). */
static void forced_trap_on_68000_fails_at_move_from_sr(void **state)
{
    (void)state;
    wb_run_config cfg;
    sessiont_config(&cfg, "m68000", guest("detector"), "none", 0);
    wb_session bare;
    char err[256];
    assert_true(wb_session_open(&bare, &cfg, err, sizeof err));
    find_move_sr f = {0, false};
    bare.m->trace = find_trace;
    bare.m->trace_ctx = &f;
    wb_session_run(&bare);
    assert_true(f.found);
    wb_session_close(&bare);

    wb_session s;
    wb_check_result r;
    check_guest(&s, &r, "m68000", "detector", "trap", 1, 0);
    assert_false(r.equivalence);
    assert_false(r.console_equal);
    assert_true(r.resource_control);
    assert_true(r.has_divergence);
    assert_int_equal(r.div_bare.count, f.count + 3);
    assert_true(r.div_bare.supervisor);
    assert_true(r.div_vm.supervisor);
    assert_int_not_equal(r.div_bare.addr, r.div_vm.addr);
    assert_console(&s, DET_S0 DET_U0);
    wb_session_close(&s);
}

/* Hybrid (Theorem 3) on the 68000: virtual supervisor state interpreted, so MOVE from SR is right. */
static void hybrid_detector_passes_on_68000(void **state)
{
    (void)state;
    wb_session s;
    wb_check_result r;
    check_guest(&s, &r, "m68000", "detector", "hybrid", 2, 0);
    assert_true(wb_check_passed(&r));
    assert_console(&s, DET_S1 DET_U0);
    assert_true(s.m->counters.direct > 0);   /* the user-mode part */
    wb_session_close(&s);
}

/* minios: timer preemption and system calls, under every strategy, both models, nested. */
static void minios_under_every_monitor(void **state)
{
    (void)state;
    wb_run_config cfg;
    sessiont_config(&cfg, "m68000", guest("minios"), "none", 0);
    wb_session bare;
    sessiont_run(&bare, &cfg);
    assert_int_equal(bare.exit.kind, WB_EXIT_HALT);
    const char *head = "minios: two tasks, timer-driven\n", *tail = "\nminios: both tasks exited\n";
    assert_true(bare.console.len > strlen(head) + strlen(tail));
    assert_memory_equal(bare.console.out, head, strlen(head));
    assert_memory_equal(bare.console.out + bare.console.len - strlen(tail), tail, strlen(tail));
    /* between banner and farewell: each task's letter ten times, each digit twice (once per task) */
    const char *mid = bare.console.out + strlen(head);
    size_t midlen = bare.console.len - strlen(head) - strlen(tail);
    unsigned na = 0, nb = 0, digits[10] = {0};
    const char *last_a = NULL, *first_b = NULL;
    for (size_t k = 0; k < midlen; k++) {
        if (mid[k] == 'a') {
            na++;
            last_a = mid + k;
        } else if (mid[k] == 'B') {
            nb++;
            if (!first_b)
                first_b = mid + k;
        } else if (mid[k] >= '0' && mid[k] <= '9') {
            digits[mid[k] - '0']++;
        }
    }
    assert_int_equal(na, 10);
    assert_int_equal(nb, 10);
    for (int i = 0; i < 10; i++)
        assert_int_equal(digits[i], 2);
    /* preemption interleaved the tasks: B printed before a finished */
    assert_true(first_b < last_a);
    wb_session_close(&bare);

    const struct {
        const char *core, *mon;
        unsigned nest;
        bool efficient;
    } cases[] = {
        {"m68010", "trap", 1, true}, {"m68010", "trap", 3, true},   {"m68000", "trap", 1, true},
        {"m68000", "hybrid", 2, true}, {"m68010", "emulate", 2, true},   /* emulate: not applicable */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        wb_session s;
        wb_check_result r;
        check_guest(&s, &r, cases[i].core, "minios", cases[i].mon, cases[i].nest, 0);
        assert_true(r.equivalence);
        assert_true(r.resource_control);
        assert_int_equal(r.efficiency, cases[i].efficient);
        assert_int_equal(r.efficiency_na, strcmp(cases[i].mon, "emulate") == 0);
        assert_int_equal(counted(s.m), s.m->counters.insns);
        if (strcmp(cases[i].mon, "trap") == 0) {
            /* timer interrupts are virtual: delivered by the monitor through the guest's vector 30 */
            assert_true(s.m->counters.traps[WB_TRAP_EXTERNAL] > 5);
            assert_true(r.direct_share > 0.8);
        }
        wb_session_close(&s);
    }
}

#define ESC_ALL                                                                                             \
    "escaper: probing the board from inside\n"                                                              \
    "escaper: probe 1: bus error\n"                                                                         \
    "escaper: probe 2: bus error\n"                                                                         \
    "escaper: probe 3: bus error\n"                                                                         \
    "escaper: probe 4: privilege violation\n"                                                               \
    "escaper: probe 5: privilege violation\n"                                                               \
    "escaper: probe 6: privilege violation\n"                                                               \
    "escaper: probe 7: privilege violation\n"                                                               \
    "escaper: probe 8: bus error\n"                                                                         \
    "escaper: every probe was stopped\n"

/* escaper: every probe fails inside the guest exactly as on the bare board, and the monitor's own
 * storage is untouched; the host's halt register was never written (the run ends with the guest's
 * STOP, not a halt-register halt). */
static void escaper_is_confined(void **state)
{
    (void)state;
    const struct {
        const char *core, *mon;
        unsigned nest;
        uint64_t storage;
    } cases[] = {
        {"m68000", "none", 0, 0},        {"m68010", "none", 0, 0},          {"m68010", "trap", 1, 0},
        {"m68010", "trap", 2, 64u << 10}, {"m68000", "trap", 1, 64u << 10}, {"m68000", "emulate", 3, 0},
        {"m68010", "hybrid", 1, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        wb_session s;
        wb_check_result r;
        check_guest(&s, &r, cases[i].core, "escaper", cases[i].mon, cases[i].nest, cases[i].storage);
        assert_true(r.equivalence);
        assert_true(r.resource_control);
        assert_console(&s, ESC_ALL);
        assert_int_equal(s.exit.kind, WB_EXIT_HALT);
        assert_non_null(strstr(s.exit.msg, "STOP"));
        for (unsigned l = 0; l < s.depth; l++)
            assert_false(((m68k_cpu *)(l == 0 ? s.levels[0] : ((wb_vm *)s.levels[l])->arch->vcpu((wb_vm *)s.levels[l])))->halted);
        wb_session_close(&s);
    }
}

/* Nesting is composition: every level below multiplies the exits. */
static void nesting_multiplies_exits(void **state)
{
    (void)state;
    wb_session s;
    wb_check_result r;
    check_guest(&s, &r, "m68010", "minios", "trap", 3, 0);
    assert_true(wb_check_passed(&r));
    wb_vm *inner = (wb_vm *)s.levels[3];
    assert_true(inner->stats.exits_total > 0);
    assert_true(wb_session_level0_exits(&s) > inner->stats.exits_total);
    assert_true(((wb_vm *)s.levels[1])->stats.privops_received > 0);
    assert_true(inner->stats.host_ops > 0);
    wb_session_close(&s);
}

/* Regression (core): on the 68010, MOVE.L An,-(A7) decrements A7 (the by-hand predecrement of the
 * 68000 fault model was not applied on the 68010 path). */
static void move_long_predecrement_on_68010(void **state)
{
    (void)state;
    const char *models[] = {"m68000", "m68010"};
    for (int i = 0; i < 2; i++) {
        m68k_cpu *c = m68kt_new_console(models[i], NULL);
        assert_non_null(c);
        m68kt_w16(c, M68KT_CODE, 0x41F8);          /* LEA $0500.W,A0 */
        m68kt_w16(c, M68KT_CODE + 2, 0x0500);
        m68kt_w16(c, M68KT_CODE + 4, 0x2F08);      /* MOVE.L A0,-(A7) */
        m68kt_w16(c, M68KT_CODE + 6, 0x225F);      /* MOVEA.L (A7)+,A1 */
        m68kt_w16(c, M68KT_CODE + 8, 0x4E72);      /* STOP #$2700 */
        m68kt_w16(c, M68KT_CODE + 10, 0x2700);
        wb_exit e = wb_run(&c->m, 100);
        assert_int_equal(e.kind, WB_EXIT_HALT);
        assert_int_equal(c->a[1], 0x500);
        assert_int_equal(c->a[7], M68KT_SSP);
        assert_int_equal(m68kt_r32(c, M68KT_SSP - 4), 0x500);
        wb_destroy(&c->m);
    }
}

/* With trap_to_host, a restarted instruction (MMU bus error) leaves the condition codes it started
 * with, as the format 8 frame's SR would hold them. */
static void restart_keeps_condition_codes(void **state)
{
    (void)state;
    m68k_cpu *c = m68kt_new_console("m68010", NULL);
    assert_non_null(c);
    c->mmu_ctrl = 1;
    c->seg[0] = (m68k_segment){.base = 0, .limit = 0x8000, .phys = 0, .flags = M68K_SEG_VALID};
    m68kt_w16(c, M68KT_CODE, 0x44FC);              /* MOVE #$04,CCR (Z) */
    m68kt_w16(c, M68KT_CODE + 2, 0x0004);
    m68kt_w16(c, M68KT_CODE + 4, 0x46FC);          /* MOVE #$0000,SR: user mode */
    m68kt_w16(c, M68KT_CODE + 6, 0x0004);          /* (keeps Z) */
    m68kt_w16(c, M68KT_CODE + 8, 0x23FC);          /* MOVE.L #$12345678,$9000: outside segment 0 */
    m68kt_w32(c, M68KT_CODE + 10, 0x12345678);
    m68kt_w32(c, M68KT_CODE + 14, 0x00009000);
    c->m.trap_to_host = true;
    wb_exit e = wb_run(&c->m, 100);
    assert_int_equal(e.kind, WB_EXIT_TRAP);
    assert_int_equal(e.trap.kind, WB_TRAP_MMU);
    assert_int_equal(e.trap.addr, M68KT_CODE + 8);
    assert_int_equal(c->sr & 0x1F, SR_Z);          /* MOVE would have cleared Z: restarted, it did not */
    assert_int_equal(c->pc, M68KT_CODE + 8);
    wb_destroy(&c->m);
}

/* A view over foreign storage: the CPU sees it from address 0 and never frees it. */
static void view_over_partition(void **state)
{
    (void)state;
    uint8_t *buf = calloc(1, 128u << 10);
    assert_non_null(buf);
    wb_core_config cfg;
    memset(&cfg, 0, sizeof cfg);
    char err[128];
    wb_machine *v = m68k_create_view(M68K_MC68010, &cfg, buf + (64u << 10), 64u << 10, err, sizeof err);
    assert_non_null(v);
    assert_int_equal(v->storage_size, 64u << 10);
    uint8_t prog[] = {0x00, 0x00, 0x80, 0x00, 0x00, 0x00, 0x04, 0x00};   /* SSP 0x8000, PC 0x400 */
    assert_int_equal(v->ops->write(v, 0, prog, sizeof prog), WB_OK);
    assert_int_equal(buf[(64u << 10) + 2], 0x80);
    assert_null(m68k_create_view(M68K_MC68010, &cfg, buf, 1000, err, sizeof err));   /* not a multiple of 1K */
    wb_destroy(v);
    free(buf);
}

/* Instruction lengths for the scanner, worked out by hand from the PRM's encodings (ch. 8). */
static void insn_lengths(void **state)
{
    (void)state;
    static const struct {
        uint16_t w[3];
        int len;
    } t[] = {
        {{0x4E71}, 2},                 /* NOP */
        {{0x203C}, 6},                 /* MOVE.L #imm,D0 */
        {{0x13FC}, 8},                 /* MOVE.B #imm,(xxx).L */
        {{0x23FC}, 10},                /* MOVE.L #imm,(xxx).L */
        {{0x31FC}, 6},                 /* MOVE.W #imm,(xxx).W */
        {{0x2F08}, 2},                 /* MOVE.L A0,-(A7) */
        {{0x2030}, 4},                 /* MOVE.L (d8,A0,Xn),D0 */
        {{0x0839}, 8},                 /* BTST #n,(xxx).L */
        {{0x0C80}, 6},                 /* CMPI.L #imm,D0 */
        {{0x0200}, 4},                 /* ANDI.B #imm,D0 */
        {{0x003C}, 4},                 /* ORI #imm,CCR */
        {{0x46FC}, 4},                 /* MOVE #imm,SR */
        {{0x40C0}, 2},                 /* MOVE SR,D0 */
        {{0x40F9}, 6},                 /* MOVE SR,(xxx).L */
        {{0x48E7}, 4},                 /* MOVEM.L list,-(A7) */
        {{0x4CF9}, 8},                 /* MOVEM.L (xxx).L,list */
        {{0x6000}, 4},                 /* BRA.W */
        {{0x6706}, 2},                 /* BEQ.S */
        {{0x51C8}, 4},                 /* DBRA */
        {{0x4E72}, 4},                 /* STOP */
        {{0x4E56}, 4},                 /* LINK */
        {{0x41FA}, 4},                 /* LEA (d16,PC),A0 */
        {{0x4EB9}, 6},                 /* JSR (xxx).L */
        {{0x4E75}, 2},                 /* RTS */
        {{0xD0BC}, 6},                 /* ADD.L #imm,D0 */
        {{0xD0FC}, 4},                 /* ADDA.W #imm,A0 */
        {{0xC0FC}, 4},                 /* MULU #imm,D0 */
        {{0xE388}, 2},                 /* LSL.L #1,D0 */
        {{0xE1F9}, 6},                 /* ASL (xxx).L */
        {{0xB308}, 2},                 /* CMPM.B (A0)+,(A1)+ */
        {{0xC340}, 2},                 /* EXG D1,D0 */
        {{0x0108}, 4},                 /* MOVEP.W (d16,A0),D0 */
        {{0x4AFC}, 2},                 /* ILLEGAL */
        {{0x4E7A}, 4},                 /* MOVEC (68010) */
        {{0xA000}, 2},                 /* line A */
        {{0x00C0}, -1},                /* size 11 in the immediate group */
        {{0x203D}, -1},                /* MOVE.L with source mode 7, register 5 */
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        uint8_t b[12] = {0};
        b[0] = (uint8_t)(t[i].w[0] >> 8);
        b[1] = (uint8_t)t[i].w[0];
        if (m68k_insn_len(b) != t[i].len)
            fail_msg("%04x: length %d, want %d", t[i].w[0], m68k_insn_len(b), t[i].len);
    }
}

/* The scanner's lengths against the assembler's own disassembler, over every instruction of the QEMU
 * programs and the guests (objdump -m m68k:68000).  Not compared: words objdump cannot decode either
 * (.short), odd addresses (string bytes), and brief extension words with bit 8 set, which objdump
 * reads as the 68020's full format and the 68000 ignores. */
static void insn_lengths_match_objdump(void **state)
{
    (void)state;
    if (system("command -v m68k-linux-gnu-objdump >/dev/null 2>&1") != 0)
        skip();
    static const char *const files[] = {"tests/m68k/qemu/addsub", "tests/m68k/qemu/logic", "tests/m68k/qemu/shift",
                                        "tests/m68k/qemu/muldiv", "tests/m68k/qemu/bcd", "tests/m68k/qemu/extend",
                                        "guests/m68k/minios", "guests/m68k/escaper", "guests/m68k/detector"};
    unsigned compared = 0;
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        char rel[128], bin[700], cmd[1600];
        snprintf(rel, sizeof rel, "%s.bin", files[i]);
        snprintf(bin, sizeof bin, "%s", sessiont_image(rel));
        FILE *f = fopen(bin, "rb");
        assert_non_null(f);
        static uint8_t mem[1u << 16];
        memset(mem, 0, sizeof mem);
        size_t n = fread(mem, 1, sizeof mem - 16, f);
        fclose(f);
        snprintf(cmd, sizeof cmd,
                 "m68k-linux-gnu-objdump -D -b binary -m m68k:68000 --insn-width=16 %s | "
                 "awk -F'\\t' '/^ +[0-9a-f]+:/ {split($1,a,\":\"); b=$2; gsub(/ /,\"\",b); print a[1], length(b)/2, $3}'",
                 bin);
        FILE *p = popen(cmd, "r");
        assert_non_null(p);
        unsigned addr, len;
        char mn[64];
        char line[256];
        while (fgets(line, sizeof line, p)) {
            if (sscanf(line, "%x %u %63s", &addr, &len, mn) != 3)
                continue;
            if (addr < 0x400 || addr + 12 > n || (addr & 1) || strcmp(mn, ".short") == 0)
                continue;
            unsigned op = (unsigned)mem[addr] << 8 | mem[addr + 1];
            bool indexed = ((op >> 3) & 7) == 6 || (op & 0x3F) == 0x3B || ((op >> 6) & 7) == 6;
            if (indexed && (mem[addr + 2] & 1))
                continue;
            if (m68k_insn_len(mem + addr) != (int)len)
                fail_msg("%s %x: %04x objdump %u (%s), scanner %d", files[i], addr, op, len, mn, m68k_insn_len(mem + addr));
            compared++;
        }
        pclose(p);
    }
    assert_true(compared > 5000);
}

/* The board MMU's address-space flags: one logical range, program fetches from one place and data
 * from another (the translation cache's mechanism). */
static void mmu_program_and_data_spaces(void **state)
{
    (void)state;
    m68k_cpu *c = m68kt_new_console("m68010", NULL);
    assert_non_null(c);
    c->seg[0] = (m68k_segment){.base = 0, .limit = 0x8000, .phys = 0x10000, .flags = M68K_SEG_VALID | M68K_SEG_DATA_ONLY};
    c->seg[1] = (m68k_segment){.base = 0, .limit = 0x8000, .phys = 0, .flags = M68K_SEG_VALID | M68K_SEG_PROG_ONLY};
    m68kt_w16(c, M68KT_CODE, 0x33FC);              /* MOVE.W #$0001,$FFF100: MMU on */
    m68kt_w16(c, M68KT_CODE + 2, 0x0001);
    m68kt_w32(c, M68KT_CODE + 4, 0x00FFF100);
    m68kt_w16(c, M68KT_CODE + 8, 0x46FC);          /* MOVE #$0000,SR: user mode */
    m68kt_w16(c, M68KT_CODE + 10, 0x0000);
    m68kt_w16(c, M68KT_CODE + 12, 0x2038);         /* MOVE.L $2000.W,D0: data space */
    m68kt_w16(c, M68KT_CODE + 14, 0x2000);
    m68kt_w16(c, M68KT_CODE + 16, 0x223A);         /* MOVE.L (d16,PC),D1: program space, $2000 */
    m68kt_w16(c, M68KT_CODE + 18, (uint16_t)(0x2000 - (M68KT_CODE + 18)));
    m68kt_w16(c, M68KT_CODE + 20, 0x4E72);         /* STOP: privileged in user mode -> vector 8 */
    m68kt_w32(c, 0x2000, 0x11111111);
    m68kt_w32(c, 0x12000, 0x22222222);
    wb_run(&c->m, 100);
    assert_int_equal(c->d[0], 0x22222222);
    assert_int_equal(c->d[1], 0x11111111);
    wb_destroy(&c->m);
}

/* The code-scanning variant on the 68000: the detector passes all three properties at depths 1..3;
 * its kernel MOVE from SR was patched and executed on the virtual CPU. */
static void scan_detector_passes_on_68000(void **state)
{
    (void)state;
    for (unsigned n = 1; n <= 3; n++) {
        wb_session s;
        wb_check_result r;
        check_guest(&s, &r, "m68000", "detector", "scan", n, 0);
        assert_true(wb_check_passed(&r));
        assert_console(&s, DET_S1 DET_U0);
        assert_int_equal(s.m->counters.interpreted, 0);
        assert_true(s.m->counters.trapped > 0);
        assert_true(r.direct_share > 0.6);
        wb_vm *inner = (wb_vm *)s.levels[n];
        assert_true(inner->stats.shadow_faults >= 1);   /* pages translated */
        assert_true(((m68k_vmm *)inner->arch_state)->patched >= 1);
        wb_session_close(&s);
    }
    wb_session s;
    wb_check_result r;
    check_guest(&s, &r, "m68000", "minios", "scan", 1, 0);
    assert_true(wb_check_passed(&r));
    assert_true(r.direct_share > 0.9);
    wb_session_close(&s);
}

/* Self-modifying code under the scan variant: a routine runs, is rewritten to MOVE SR,D1 and runs again.
 * Bare: D1 = $2700 (supervisor, mask 7, N Z V C clear after the MOVE.W of a positive nonzero word). */
static void scan_self_modifying_code(void **state)
{
    (void)state;
    static const uint16_t prog[] = {
        0x6100, 0x001E,                 /* 400 BSR.W $420 */
        0x31FC, 0x40C1, 0x0420,         /* 404 MOVE.W #$40C1,$0420.W: the routine becomes MOVE SR,D1 */
        0x6100, 0x0014,                 /* 40A BSR.W $420 */
        0x4E72, 0x2700,                 /* 40E STOP #$2700 */
    };
    const char *strategies[] = {"none", "scan", "trap"};
    uint32_t d1[3];
    for (int k = 0; k < 3; k++) {
        wb_core_config cfg;
        memset(&cfg, 0, sizeof cfg);
        cfg.storage = 64u << 10;
        char err[256];
        wb_machine *core = NULL, *m;
        wb_monitor *mon = NULL;
        if (k == 0) {
            m = wb_core_create("m68000", &cfg, err, sizeof err);
        } else {
            wb_strategy st;
            assert_true(wb_strategy_parse(strategies[k], &st));
            wb_core_config hc = {.storage = wb_vm_host_size(wb_vmm_for("m68k"), 64u << 10, 1)};
            core = wb_core_create("m68000", &hc, err, sizeof err);
            assert_non_null(core);
            mon = wb_monitor_create(core, err, sizeof err);
            assert_non_null(mon);
            m = wb_vm_create(mon, st, 64u << 10, &cfg, err, sizeof err);
        }
        assert_non_null(m);
        uint8_t b[sizeof prog];
        for (size_t i = 0; i < sizeof prog / 2; i++) {
            b[2 * i] = (uint8_t)(prog[i] >> 8);
            b[2 * i + 1] = (uint8_t)prog[i];
        }
        uint8_t sub[] = {0x72, 0x01, 0x4E, 0x75};   /* 420 MOVEQ #1,D1; RTS */
        assert_int_equal(m->ops->write(m, 0x400, b, sizeof b), WB_OK);
        assert_int_equal(m->ops->write(m, 0x420, sub, sizeof sub), WB_OK);
        assert_int_equal(m->ops->start(m, true, 0x400), WB_OK);
        m->ops->set_reg(m, (unsigned)wb_reg_index(m, "a7"), 0x8000);
        wb_exit e = wb_run(m, 1000);
        assert_int_equal(e.kind, WB_EXIT_HALT);
        d1[k] = (uint32_t)m->ops->get_reg(m, (unsigned)wb_reg_index(m, "d1"));
        wb_destroy(m);
        wb_monitor_destroy(mon);
        wb_destroy(core);
    }
    assert_int_equal(d1[0], 0x2700);
    assert_int_equal(d1[1], 0x2700);   /* scan: the rewritten routine was rescanned and patched */
    assert_int_equal(d1[2] & 0x2000, 0); /* naive trap: the routine ran directly in user mode */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(emulate_detector_depths_1_to_4),
        cmocka_unit_test(trap_detector10_passes_on_68010),
        cmocka_unit_test(forced_trap_on_68000_fails_at_move_from_sr),
        cmocka_unit_test(hybrid_detector_passes_on_68000),
        cmocka_unit_test(minios_under_every_monitor),
        cmocka_unit_test(escaper_is_confined),
        cmocka_unit_test(nesting_multiplies_exits),
        cmocka_unit_test(move_long_predecrement_on_68010),
        cmocka_unit_test(restart_keeps_condition_codes),
        cmocka_unit_test(view_over_partition),
        cmocka_unit_test(insn_lengths),
        cmocka_unit_test(insn_lengths_match_objdump),
        cmocka_unit_test(mmu_program_and_data_spaces),
        cmocka_unit_test(scan_detector_passes_on_68000),
        cmocka_unit_test(scan_self_modifying_code),
    };
    return cmocka_run_group_tests_name("m68k monitor", tests, NULL, NULL);
}
