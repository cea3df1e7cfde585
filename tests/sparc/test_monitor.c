/* The SPARC monitor (monitors/sparc/): trap-and-emulate under the host's Reference MMU, hybrid,
 * emulation, nesting, and the bundled guests minios / detector / escaper.  Expected console texts are
 * derived by hand from the guests' sources and V8; the bare machine is the oracle for everything else
 * (the check compares against it). */
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
#include "monitors/sparc/vmm.h"
#include "sparct.h"

static const char *guest(const char *name)
{
    static char rel[128];
    snprintf(rel, sizeof rel, "guests/sparc/%s.elf", name);
    return sessiont_image(rel);
}

static void check_guest(wb_session *s, wb_check_result *r, const char *name, const char *monitor, unsigned nest)
{
    wb_run_config cfg;
    sessiont_config(&cfg, "sparc", guest(name), monitor, nest);
    cfg.storage = 1u << 20;
    sessiont_check(s, &cfg, r);
}

static void assert_console(wb_session *s, const char *want)
{
    assert_int_equal(s->console.len, strlen(want));
    assert_memory_equal(s->console.out, want, strlen(want));
}

static bool console_has(wb_session *s, const char *want)
{
    size_t n = strlen(want);
    for (size_t i = 0; i + n <= s->console.len; i++)
        if (memcmp(s->console.out + i, want, n) == 0)
            return true;
    return false;
}

/* fib(12..16) = 144, 233, 377, 610, 987; 3 * fib(10..15) = 165, 267, 432, 699, 1131, 1830 */
static const char *const minios_values[] = {"00000090", "000000e9", "00000179", "00000262", "000003db",
                                            "000000a5", "0000010b", "000001b0", "000002bb", "0000046b",
                                            "00000726"};

/* The acceptance test: trap-and-emulate at depths 1..3 is equivalent to the bare machine, confined,
 * and runs every innocuous instruction directly; most of minios runs directly. */
static void minios_trap_depths_1_to_3(void **state)
{
    (void)state;
    for (unsigned n = 1; n <= 3; n++) {
        wb_session s;
        wb_check_result r;
        check_guest(&s, &r, "minios", "trap", n);
        assert_true(r.equivalence);
        assert_false(r.has_divergence);
        assert_true(r.resource_control);
        assert_true(r.efficiency);
        assert_true(wb_check_passed(&r));
        assert_int_equal(s.exit.kind, WB_EXIT_HALT);
        assert_int_equal(s.exit.trap.code, 0x80);   /* `ta 0` with ET=0 */
        for (size_t i = 0; i < sizeof minios_values / sizeof *minios_values; i++)
            assert_true(console_has(&s, minios_values[i]));
        assert_true(console_has(&s, "minios: both tasks done, ticks "));
        assert_true(r.direct_share > 0.8);
        wb_vm *inner = (wb_vm *)s.m;
        /* window traps, Ticc and interrupts were all delivered through the guest's TBR */
        assert_true(inner->m.counters.reflections > 0);
        assert_true(inner->stats.exits[WB_TRAP_PRIV] > 0);      /* RDPSR/WRPSR/WRWIM/RETT in the kernel */
        assert_true(inner->stats.exits[WB_TRAP_SYSCALL] > 0);   /* ta 1 / ta 2 */
        assert_true(inner->stats.exits[WB_TRAP_MMU] > 0);       /* the UART, GPTIMER, IRQMP */
        assert_true(inner->stats.exits[WB_TRAP_PROGRAM] > 0);   /* window overflow / underflow */
        assert_true(inner->stats.host_ops > 0);
        assert_int_equal(inner->m.counters.direct + inner->m.counters.trapped + inner->m.counters.interpreted,
                         inner->m.counters.insns);
        wb_session_close(&s);
    }
}

/* Interrupts arrive at the same instruction as on the bare machine: the tick count printed at the
 * end and the interleaving of the two tasks' output are the bare machine's (the check compares the
 * whole console); here the tick count is also nonzero and the output interleaved. */
static void minios_timer_is_virtual(void **state)
{
    (void)state;
    wb_session s;
    wb_check_result r;
    check_guest(&s, &r, "minios", "trap", 1);
    assert_true(r.console_equal);
    assert_false(console_has(&s, "ticks 00000000"));
    assert_true(console_has(&s, "A fib=B 3fib="));   /* task A was preempted in the middle of a line */
    wb_session_close(&s);
}

static void minios_hybrid_and_emulate(void **state)
{
    (void)state;
    wb_session s;
    wb_check_result r;
    check_guest(&s, &r, "minios", "hybrid", 1);
    assert_true(wb_check_passed(&r));
    assert_true(s.m->counters.interpreted > 0);   /* the kernel */
    assert_true(s.m->counters.direct > 0);        /* the tasks */
    wb_session_close(&s);
    check_guest(&s, &r, "minios", "emulate", 2);
    assert_true(r.equivalence);
    assert_true(r.resource_control);
    assert_int_equal(s.m->counters.direct, 0);
    wb_session_close(&s);
}

#define DETECTOR "f30000c0\n00000004\n40001000\nf3000080\n40000078\n40001030\n"

/* PSR read by the deprivileged kernel is the virtual one (S=1, PS=1, ET=0); RDPSR in user state gives
 * privileged_instruction through the guest's TBR (tt 3), the handler's PSR shows S=1, PS=0. */
static void detector_sees_the_bare_machine(void **state)
{
    (void)state;
    for (unsigned n = 0; n <= 3; n++) {
        wb_session s;
        wb_check_result r;
        check_guest(&s, &r, "detector", n ? "trap" : "none", n);
        assert_true(wb_check_passed(&r));
        assert_console(&s, DETECTOR);
        wb_session_close(&s);
    }
}

#define ESCAPER "escaper: probing\n" "tt=29\ntt=29\ntt=29\ntt=29\ntt=29\ntt=29\n" "01000000\n" \
                "tt=03\ntt=03\ntt=03\ntt=29\ntt=03\ntt=29\n" "escaper: done\n"

/* Below the partition lie the monitor's tables, beyond it the host's storage: every probe ends as
 * on the bare board, and the levels' own storage is unchanged (resource control). */
static void escaper_is_confined(void **state)
{
    (void)state;
    for (unsigned n = 1; n <= 3; n++) {
        wb_session s;
        wb_check_result r;
        check_guest(&s, &r, "escaper", "trap", n);
        assert_true(wb_check_passed(&r));
        assert_true(r.resource_control);
        assert_int_equal(r.regions_checked, n);
        assert_console(&s, ESCAPER);
        wb_session_close(&s);
    }
}

/* A level-1 VM that hosts a monitor has its MMU on (the real map of the monitor above): it runs its
 * guest directly under shadow tables composed from that map, so every level runs minios directly. */
static void nesting_composes(void **state)
{
    (void)state;
    wb_session s;
    wb_check_result r;
    check_guest(&s, &r, "minios", "trap", 2);
    assert_true(wb_check_passed(&r));
    wb_vm *l1 = (wb_vm *)s.levels[1], *l2 = (wb_vm *)s.levels[2];
    assert_int_equal(l1->m.counters.direct, l2->m.counters.direct);
    assert_int_equal(l1->m.counters.interpreted, 0);
    assert_true(l1->stats.shadow_faults > 0);
    assert_true(l2->stats.host_ops > 0);
    assert_true(l1->stats.privops_received > 0);    /* the level-2 monitor's WRPSR/WRWIM/MMU writes */
    assert_true(wb_session_level0_exits(&s) > l2->stats.exits_total);
    wb_session_close(&s);
}

#define PAGING "00001234\n04003066\n0000cafe\n04003122\n" \
               "00000009\n000003aa\n10001000\n" "00000009\n00000326\n10002000\n" \
               "00005678\n04003266\n0000cafe\n0000cafe\n" "00000009\n0000030e\n10003000\n"

/* The guest's own MMU under shadow tables: R/M bits as the bare walk sets them, FSR/FAR of
 * protection / invalid / privilege faults, PTE changes seen at once with no flush (no TLB), user and
 * supervisor permissions.  Values derived from V8 Appendix H by hand (see the guest's comments). */
static void paging_under_shadow_tables(void **state)
{
    (void)state;
    for (unsigned n = 0; n <= 3; n++) {
        wb_session s;
        wb_check_result r;
        check_guest(&s, &r, "paging", n ? "trap" : "none", n);
        assert_true(wb_check_passed(&r));
        assert_console(&s, PAGING);
        if (n) {
            wb_vm *inner = (wb_vm *)s.m;
            assert_true(inner->stats.shadow_faults > 0);
            assert_true(inner->stats.shadow_flushes > 0);   /* PTEs changed under the trees */
            assert_true(r.direct_share > 0.8);
        }
        wb_session_close(&s);
    }
}

/* Reference MMU probe, type "entire" (V8 H.5): a PTE when va is mapped. */
static bool probe_ok(sparc_cpu *h, uint32_t va) { return (sparc_mmu_probe(h, (va & ~0xFFFu) | 0x400u) & 3) == 2; }

/* The real map: the host's MMU translates guest RAM into the partition, and nothing else. */
static void real_map_translates_into_partition(void **state)
{
    (void)state;
    wb_core_config hc = {.storage = 2u << 20}, gc = {0};
    char err[256];
    wb_machine *host = sparc_create(&hc, err, sizeof err);
    assert_non_null(host);
    wb_monitor *mon = wb_monitor_create(host, err, sizeof err);
    assert_non_null(mon);
    wb_machine *m = wb_vm_create(mon, WB_STRATEGY_TRAP, 1u << 20, &gc, err, sizeof err);
    assert_non_null(m);
    wb_vm *vm = (wb_vm *)m;
    sparc_cpu *h = (sparc_cpu *)host;
    h->mmu_ctrl = MMU_CTRL_E;
    h->mmu_ctp = (uint32_t)((SPARC_RAM_BASE + vm->mon_base + SPARC_VMM_CTX) >> 4);
    h->mmu_ctx = 0;
    bool ok;
    /* page 0x23 of the guest's RAM */
    assert_true(probe_ok(h, 0x40023456u));
    uint64_t pa = sparc_translate(h, 0x40023456u, ACC_STORE, false, &ok);
    assert_int_equal(pa, SPARC_RAM_BASE + vm->base + 0x23456u);
    pa = sparc_translate(h, SPARC_RAM_BASE + 0xFFFFCu, ACC_FETCH, false, &ok);
    assert_int_equal(pa, SPARC_RAM_BASE + vm->base + 0xFFFFCu);
    /* beyond the guest's 1M, below RAM, the I/O page: no mapping */
    assert_false(probe_ok(h, 0x40100000u));
    assert_false(probe_ok(h, 0x3FFFF000u));
    assert_false(probe_ok(h, 0x80000100u));
    wb_destroy(m);
    wb_monitor_destroy(mon);
    wb_destroy(host);
}

static void too_large_guest_refused(void **state)
{
    (void)state;
    wb_core_config hc = {.storage = 80u << 20}, gc = {0};
    char err[256];
    wb_machine *host = sparc_create(&hc, err, sizeof err);
    assert_non_null(host);
    wb_monitor *mon = wb_monitor_create(host, err, sizeof err);
    assert_null(wb_vm_create(mon, WB_STRATEGY_TRAP, 72u << 20, &gc, err, sizeof err));
    assert_non_null(strstr(err, "real map"));
    wb_machine *m = wb_vm_create(mon, WB_STRATEGY_EMULATE, 72u << 20, &gc, err, sizeof err);
    assert_non_null(m);   /* emulation needs no map */
    wb_destroy(m);
    wb_monitor_destroy(mon);
    wb_destroy(host);
}

/* stop_on_trap: the trap is delivered (V8 7.5: S=1, ET=0, CWP-1, l1/l2 = PC/nPC, TBR.tt) and the run
 * returns before the handler's first instruction. */
static void stop_on_trap_ends_the_run_at_the_handler(void **state)
{
    (void)state;
    sparc_cpu *c = st_new();
    c->psr = PSR_IMPL_VER | PSR_S | PSR_ET;   /* CWP 0 */
    c->wim = 0;
    c->tbr = 0x40004000u;
    c->stop_on_trap = true;
    wb_exit e = ST_RUN(c, 5, F3I(2, 8, 0x3A, 0, 5), NOP);   /* ta 5 (cond 8: always) */
    assert_int_equal(e.kind, WB_EXIT_BUDGET);
    assert_int_equal(c->pc, 0x40004000u + 0x85 * 16);
    assert_int_equal(c->psr & PSR_CWP, 7);
    assert_int_equal(c->psr & (PSR_S | PSR_PS | PSR_ET), PSR_S | PSR_PS);
    assert_int_equal(sparc_get(c, L1), ST_CODE);
    assert_int_equal(sparc_get(c, L2), ST_CODE + 4);
    assert_int_equal(c->m.counters.insns, 0);   /* the Ticc itself is not counted (README) */
    wb_destroy(&c->m);
}

/* sparc_mmu_peek: the translation and what ACC allows, with none of the walk's side effects. */
static void peek_has_no_side_effects(void **state)
{
    (void)state;
    sparc_cpu *c = st_new();
    /* context table at 0x40010000 -> L1 at 0x40010400; VA 0x10000000 by a level-1 PTE, ACC 5 */
    st_put(c, 0x40010000u, (0x40010400u >> 4) | 1);
    st_put(c, 0x40010400u + 0x10 * 4, (0x41000000u >> 12) << 8 | 5u << 2 | 2);   /* a 16M page at 0x41000000 */
    c->mmu_ctp = 0x40010000u >> 4;
    c->mmu_ctrl = MMU_CTRL_E;
    sparc_walk w;
    assert_true(sparc_mmu_peek(c, 0x10000123u, ACC_LOAD, false, &w));
    assert_int_equal(w.pa, 0x41000123u);
    assert_int_equal(w.perms, 1);                 /* ACC 5 in user mode: read only */
    assert_int_equal(w.ndesc, 2);
    assert_int_equal(w.pte_pa, 0x40010440u);
    assert_int_equal(st_get(c, 0x40010440u) & 0x60, 0);   /* R/M untouched */
    assert_false(sparc_mmu_peek(c, 0x10000123u, ACC_STORE, false, &w));   /* protection */
    assert_true(sparc_mmu_peek(c, 0x10000123u, ACC_STORE, true, &w));     /* supervisor: rw */
    assert_int_equal(w.perms, 3);
    assert_false(sparc_mmu_peek(c, 0x20000000u, ACC_LOAD, true, &w));     /* invalid */
    assert_int_equal(c->mmu_fsr, 0);
    assert_int_equal(c->mmu_far, 0);
    c->mmu_ctp = 0x90000000u >> 4;                /* a context table in I/O space: not walked */
    assert_false(sparc_mmu_peek(c, 0x10000123u, ACC_LOAD, true, &w));
    c->mmu_ctrl = 0;
    assert_false(sparc_mmu_peek(c, 0x10000123u, ACC_LOAD, true, &w));     /* MMU off */
    wb_destroy(&c->m);
}

/* Entering direct execution: the host is in real user state with traps disabled (its traps all exit),
 * holds the guest's CWP, condition codes and EF, and the guest's virtual WIM (so SAVE/RESTORE trap
 * exactly where the bare machine's do); its MMU runs the real map.  Leaving brings CWP/icc back. */
static void enter_loads_user_state_and_virtual_wim(void **state)
{
    (void)state;
    wb_core_config hc = {.storage = 2u << 20}, gc = {0};
    char err[256];
    wb_machine *host = sparc_create(&hc, err, sizeof err);
    wb_monitor *mon = wb_monitor_create(host, err, sizeof err);
    wb_machine *m = wb_vm_create(mon, WB_STRATEGY_TRAP, 1u << 20, &gc, err, sizeof err);
    assert_non_null(m);
    wb_vm *vm = (wb_vm *)m;
    sparc_cpu *v = (sparc_cpu *)vm->arch->vcpu(vm), *h = (sparc_cpu *)host;
    v->psr = PSR_IMPL_VER | PSR_N | PSR_EF | PSR_S | PSR_PS | PSR_ET | 0x300u | 3;   /* PIL 3, CWP 3 */
    v->wim = 0x10;
    v->win[3 * 16 + 8] = 0xABCD;   /* %l0 of window 3 */
    v->pc = 0x40000100u;
    v->npc = 0x40000104u;
    vm->arch->enter(vm);
    assert_int_equal(h->psr, PSR_IMPL_VER | PSR_N | PSR_EF | 3);
    assert_int_equal(h->wim, 0x10);
    assert_int_equal(sparc_get(h, L0), 0xABCD);
    assert_int_equal(h->pc, 0x40000100u);
    assert_int_equal(h->npc, 0x40000104u);
    assert_true(h->mmu_ctrl & MMU_CTRL_E);
    assert_true(host->trap_to_host);
    assert_true(vm->stats.host_ops >= 3);   /* PSR, WIM, the MMU */
    /* as after a SAVE run directly: CWP 2, icc Z */
    h->psr = PSR_IMPL_VER | PSR_Z | PSR_EF | 2;
    vm->arch->leave(vm);
    assert_int_equal(v->psr, PSR_IMPL_VER | PSR_Z | PSR_EF | PSR_S | PSR_PS | PSR_ET | 0x300u | 2);
    wb_destroy(m);
    wb_monitor_destroy(mon);
    wb_destroy(host);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(minios_trap_depths_1_to_3),
        cmocka_unit_test(minios_timer_is_virtual),
        cmocka_unit_test(minios_hybrid_and_emulate),
        cmocka_unit_test(detector_sees_the_bare_machine),
        cmocka_unit_test(escaper_is_confined),
        cmocka_unit_test(nesting_composes),
        cmocka_unit_test(paging_under_shadow_tables),
        cmocka_unit_test(real_map_translates_into_partition),
        cmocka_unit_test(too_large_guest_refused),
        cmocka_unit_test(stop_on_trap_ends_the_run_at_the_handler),
        cmocka_unit_test(peek_has_no_side_effects),
        cmocka_unit_test(enter_loads_user_state_and_virtual_wim),
    };
    return cmocka_run_group_tests_name("sparc monitor", tests, NULL, NULL);
}
