/* The Book E monitor (monitors/ppc-booke/): trap-and-emulate with a shadow TLB, nesting, the bundled
 * guests minios / detector / escaper, and the core's additions it relies on (TLB as privileged
 * registers, a core over storage it does not own).  Console texts are written from the guests'
 * sources; the bare machine is the oracle for everything else (the check compares against it). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "tests/support/sessiont.h"
#include "monitors/ppc-booke/vmm.h"

static const char *guest(const char *name)
{
    static char rel[128];
    snprintf(rel, sizeof rel, "guests/ppc-booke/%s.elf", name);
    return sessiont_image(rel);
}

static void check_guest(wb_session *s, wb_check_result *r, const char *name, unsigned nest)
{
    wb_run_config cfg;
    sessiont_config(&cfg, "ppc-booke", guest(name), "trap", nest);
    sessiont_check(s, &cfg, r);
}

static void assert_console(wb_session *s, const char *want)
{
    assert_int_equal(s->console.len, strlen(want));
    assert_memory_equal(s->console.out, want, strlen(want));
}

static int reg(wb_machine *m, const char *name)
{
    int i = wb_reg_index(m, name);
    assert_true(i >= 0);
    return i;
}

/* Task A prints A1..A5, task B b1..b5, each a newline at its end; the decrementer interleaves them. */
#define MINIOS_OUT "minios: two tasks\nA1A2b1A3b2A4Ab35\nb4b5\nminios: all tasks done\n"

static void minios_trap_nest_1_to_3(void **state)
{
    (void)state;
    for (unsigned n = 1; n <= 3; n++) {
        wb_session s;
        wb_check_result r;
        check_guest(&s, &r, "minios", n);
        assert_true(wb_check_passed(&r));
        assert_true(r.equivalence);
        assert_true(r.resource_control);
        assert_true(r.efficiency);
        assert_false(r.has_divergence);
        assert_int_equal(s.exit.kind, WB_EXIT_HALT);
        assert_int_equal(s.depth, n);
        assert_console(&s, MINIOS_OUT);
        /* every guest instruction is accounted for once: direct or trapped (no interpretation under trap) */
        wb_machine *m = s.m;
        assert_int_equal(m->counters.direct + m->counters.trapped + m->counters.interpreted, m->counters.insns);
        assert_int_equal(m->counters.interpreted, 0);
        assert_true(m->counters.direct > m->counters.trapped);
        wb_session_close(&s);
    }
}

/* Counters: against the bare run of the same guest. */
static void minios_counters(void **state)
{
    (void)state;
    wb_run_config cfg;
    wb_session bare, s;
    sessiont_config(&cfg, "ppc-booke", guest("minios"), "none", 0);
    sessiont_run(&bare, &cfg);
    sessiont_config(&cfg, "ppc-booke", guest("minios"), "trap", 1);
    sessiont_run(&s, &cfg);
    assert_int_equal(s.exit.kind, WB_EXIT_HALT);
    assert_int_equal(s.m->counters.insns, bare.m->counters.insns);
    for (int k = 0; k < WB_TRAP_KINDS; k++)
        assert_int_equal(s.m->counters.traps[k], bare.m->counters.traps[k]);
    wb_vm *vm = (wb_vm *)s.levels[1];
    /* every sc the tasks issue is reflected through the guest's IVOR8 */
    assert_int_equal(s.m->counters.reflections, bare.m->counters.traps[WB_TRAP_SYSCALL]);
    assert_int_equal(vm->stats.exits[WB_TRAP_SYSCALL], bare.m->counters.traps[WB_TRAP_SYSCALL]);
    /* privileged instructions in virtual supervisor state trapped on the host */
    assert_true(vm->stats.exits[WB_TRAP_PRIV] > 0);
    /* the shadow TLB was filled on host misses and entries dropped on the PID switches */
    assert_true(vm->stats.shadow_faults > 0);
    assert_true(vm->stats.shadow_flushes > 0);
    assert_true(vm->stats.exits[WB_TRAP_MMU] >= vm->stats.shadow_faults);
    uint64_t sum = 0;
    for (int k = 0; k < WB_TRAP_KINDS; k++)
        sum += vm->stats.exits[k];
    assert_int_equal(sum, vm->stats.exits_total);
    assert_true(vm->stats.host_ops > 0);
    wb_session_close(&s);
    wb_session_close(&bare);
}

#define DETECTOR_OUT "detector: bare machine\n"

static void detector_sees_bare_machine(void **state)
{
    (void)state;
    for (unsigned n = 0; n <= 3; n++) {
        wb_session s;
        if (n == 0) {
            wb_run_config cfg;
            sessiont_config(&cfg, "ppc-booke", guest("detector"), "none", 0);
            sessiont_run(&s, &cfg);
        } else {
            wb_check_result r;
            check_guest(&s, &r, "detector", n);
            assert_true(wb_check_passed(&r));
        }
        assert_int_equal(s.exit.kind, WB_EXIT_HALT);
        assert_console(&s, DETECTOR_OUT);
        wb_session_close(&s);
    }
}

/* The escaper's stores past its RAM are bus errors at every depth, and no byte of the host changes
 * outside the partition: its pattern 0x5EC00DE5 appears nowhere in the host's storage. */
static void escaper_confined(void **state)
{
    (void)state;
    static const uint8_t pat[4] = {0x5E, 0xC0, 0x0D, 0xE5};
    for (unsigned n = 1; n <= 3; n++) {
        wb_session s;
        wb_check_result r;
        check_guest(&s, &r, "escaper", n);
        assert_true(wb_check_passed(&r));
        assert_true(r.resource_control);
        assert_int_equal(s.exit.kind, WB_EXIT_HALT);
        assert_console(&s, "escaper: confined (4 bus errors)\n");
        wb_machine *h = s.levels[0];
        const uint8_t *mem = h->direct_storage;
        for (uint64_t a = 0; a + 4 <= h->storage_size; a += 4)
            if (memcmp(mem + a, pat, 4) == 0)
                fail_msg("escaper pattern in host storage at 0x%llx", (unsigned long long)a);
        assert_int_equal(s.m->counters.traps[WB_TRAP_MCHECK], 4);
        wb_session_close(&s);
    }
}

/* A wait state (MSR[WE|EE]) until the decrementer fires, 20000 ticks away: the monitor interprets the
 * idle ticks and counts them as progress; the interrupt arrives at the same tick as on the bare machine.
 * Hand-assembled (Book E encodings): li r3,20000; mtspr DEC,r3; lis r3,0x0400; mtspr TCR,r3 (DIE);
 * li r3,0x100; mtspr IVOR10,r3; lis r3,4; ori r3,r3,0x8000; mtmsr r3 (WE EE); b . ;
 * at 0x100: lis r3,0x3000; mtspr DBCR0,r3 (halt); b . */
static void wait_state_until_decrementer(void **state)
{
    (void)state;
    static const uint32_t prog[] = {0x38604E20, 0x7C7603A6, 0x3C600400, 0x7C7453A6, 0x38600100, 0x7C7A63A6,
                                    0x3C600004, 0x60638000, 0x7C600124, 0x48000000};
    static const uint32_t vec[] = {0x3C603000, 0x7C744BA6, 0x48000000};
    uint8_t img[0x10C];
    memset(img, 0, sizeof img);
    for (unsigned i = 0; i < 10; i++)
        for (unsigned b = 0; b < 4; b++)
            img[4 * i + b] = (uint8_t)(prog[i] >> (24 - 8 * b));
    for (unsigned i = 0; i < 3; i++)
        for (unsigned b = 0; b < 4; b++)
            img[0x100 + 4 * i + b] = (uint8_t)(vec[i] >> (24 - 8 * b));
    char path[600];
    snprintf(path, sizeof path, "%s", sessiont_image("tests/ppc-booke/wait.bin"));
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(img, 1, sizeof img, f), sizeof img);
    fclose(f);
    for (unsigned n = 1; n <= 2; n++) {
        wb_run_config cfg;
        wb_session s;
        wb_check_result r;
        sessiont_config(&cfg, "ppc-booke", path, "trap", n);
        sessiont_check(&s, &cfg, &r);
        assert_true(r.equivalence);
        assert_int_equal(s.exit.kind, WB_EXIT_HALT);
        int tb = wb_reg_index(s.m, "tb");
        assert_true(tb >= 0);
        /* one decrementer interrupt, after the 20000 ticks (the bare run, compared by the check, is the oracle) */
        assert_int_equal(s.m->counters.traps[WB_TRAP_EXTERNAL], 1);
        assert_true(s.m->ops->get_reg(s.m, (unsigned)tb) > 20000);
        wb_session_close(&s);
    }
}

/* Nesting: the monitor above writes the TLB of the VM below through its register door (its shadow
 * entries); that is a privileged operation the VM counts, and the lower monitor drops the host entries
 * it derived from the rewritten entry. */
static void nested_tlb_write_drops_lower_shadow(void **state)
{
    (void)state;
    wb_run_config cfg;
    wb_session s;
    sessiont_config(&cfg, "ppc-booke", guest("minios"), "trap", 2);
    sessiont_run(&s, &cfg);
    assert_int_equal(s.exit.kind, WB_EXIT_HALT);
    wb_vm *vm1 = (wb_vm *)s.levels[1];
    booke_vmm *st1 = vm1->arch_state;
    wb_machine *core = s.levels[0];
    int slot = -1;
    for (unsigned i = 0; i < PPC_TLB_ENTRIES && slot < 0; i++)
        if (st1->slot_src[i] >= 0)
            slot = (int)i;
    assert_true(slot >= 0);
    unsigned src = (unsigned)st1->slot_src[slot];
    char name[32];
    snprintf(name, sizeof name, "tlb%02u.w2", src);
    uint64_t privops = vm1->stats.privops_received;
    uint32_t w2 = (uint32_t)vm1->m.ops->get_reg(&vm1->m, (unsigned)reg(&vm1->m, name));
    vm1->m.ops->set_reg(&vm1->m, (unsigned)reg(&vm1->m, name), w2 ^ 0x08);
    assert_int_equal(vm1->stats.privops_received, privops + 1);
    char w0[32];
    snprintf(w0, sizeof w0, "tlb%02d.w0", slot);
    assert_true(core->ops->get_reg(core, (unsigned)reg(core, w0)) & 0x200);
    booke_shadow_sync(vm1);   /* what the next entry into the guest does first */
    assert_int_equal(core->ops->get_reg(core, (unsigned)reg(core, w0)) & 0x200, 0);
    assert_int_equal(st1->slot_src[slot], -1);
    wb_session_close(&s);
}

/* ---- the shadow TLB, entry by entry (formats: 440UM "TLB Entry Format") ---- */

typedef struct {
    wb_session s;
    wb_vm *vm;
    booke_vmm *st;
    wb_machine *host;
} fixture;

static void open_vm(fixture *f)
{
    wb_run_config cfg;
    sessiont_config(&cfg, "ppc-booke", guest("hello"), "trap", 1);
    sessiont_run(&f->s, &cfg);
    f->vm = (wb_vm *)f->s.levels[1];
    f->st = f->vm->arch_state;
    f->host = f->s.levels[0];
}

static void guest_entry(ppc_cpu *v, unsigned i, uint32_t w0, uint32_t w1, uint32_t w2, uint32_t tid)
{
    v->tlb[i].w0 = w0;
    v->tlb[i].w1 = w1;
    v->tlb[i].w2 = w2;
    v->tlb[i].tid = tid;
    v->tlb_gen++;
}

static uint32_t host_tlb(fixture *f, unsigned slot, unsigned word)
{
    char name[32];
    static const char *const w[4] = {"w0", "w1", "w2", "tid"};
    snprintf(name, sizeof name, "tlb%02u.%s", slot, w[word]);
    return (uint32_t)f->host->ops->get_reg(f->host, (unsigned)reg(f->host, name));
}

/* Find the host slot whose w0 has this EPN, -1 when none is valid. */
static int host_slot(fixture *f, uint32_t epn)
{
    for (unsigned i = 0; i < PPC_TLB_ENTRIES; i++) {
        uint32_t w0 = host_tlb(f, i, 0);
        if ((w0 & 0x200) && (w0 & 0xFFFFFC00u) == epn)
            return (int)i;
    }
    return -1;
}

static void shadow_supervisor_page_runs_in_user_mode(void **state)
{
    (void)state;
    fixture f;
    open_vm(&f);
    ppc_cpu *v = f.st->v;
    memset(v->tlb, 0, sizeof v->tlb);
    v->msr = 0;   /* virtual supervisor */
    v->pid = 0;
    /* EA 0x00200000 4 KB -> RA 0x5000, SX SW SR, W I M G E = 0 1 0 0 0 (I: 0x400) */
    guest_entry(v, 5, 0x00200000u | 0x200 | 0x10, 0x00005000u, 0x400 | 0x07, 0);
    uint64_t faults = f.vm->stats.shadow_faults;
    assert_true(booke_shadow_fill(f.vm, 0x00200123u, false));
    int sl = host_slot(&f, 0x00200000u);
    assert_true(sl >= 0);
    assert_int_equal(host_tlb(&f, (unsigned)sl, 0), 0x00200000u | 0x200 | 0x10);          /* TS 0, 4 KB */
    assert_int_equal(host_tlb(&f, (unsigned)sl, 1), (uint32_t)(f.vm->base + 0x5000));     /* partition real */
    assert_int_equal(host_tlb(&f, (unsigned)sl, 2), 0x400 | 0x38);   /* I kept; SX SW SR -> UX UW UR */
    assert_int_equal(host_tlb(&f, (unsigned)sl, 3), SHADOW_TID_SUPER);
    assert_int_equal(f.vm->stats.shadow_faults, faults + 1);
    /* the guest rewrites its entry: the slot derived from it is dropped at the next sync */
    guest_entry(v, 5, 0x00200000u | 0x200 | 0x10, 0x00006000u, 0x07, 0);
    booke_shadow_sync(f.vm);
    assert_int_equal(host_tlb(&f, (unsigned)sl, 0) & 0x200, 0);
    wb_session_close(&f.s);
}

static void shadow_user_mode_gets_only_user_permissions(void **state)
{
    (void)state;
    fixture f;
    open_vm(&f);
    ppc_cpu *v = f.st->v;
    memset(v->tlb, 0, sizeof v->tlb);
    v->pid = 0;
    v->msr = MSR_PR;   /* virtual user */
    guest_entry(v, 0, 0x00200000u | 0x200 | 0x10, 0x00005000u, 0x07, 0);   /* supervisor only */
    assert_false(booke_shadow_fill(f.vm, 0x00200000u, false));
    assert_false(booke_shadow_fill(f.vm, 0x00200000u, true));
    assert_int_equal(host_slot(&f, 0x00200000u), -1);
    /* UR only (0x08), in address space 1 */
    v->msr = MSR_PR | MSR_DS;
    guest_entry(v, 1, 0x00300000u | 0x200 | 0x100 | 0x10, 0x00007000u, 0x08, 0);
    assert_false(booke_shadow_fill(f.vm, 0x00300000u, true));   /* no UX: the fetch is the guest's ISI */
    assert_true(booke_shadow_fill(f.vm, 0x00300010u, false));
    int sl = host_slot(&f, 0x00300000u);
    assert_true(sl >= 0);
    assert_int_equal(host_tlb(&f, (unsigned)sl, 0), 0x00300000u | 0x200 | 0x100 | 0x10);   /* TS 1 */
    assert_int_equal(host_tlb(&f, (unsigned)sl, 2), 0x08);
    assert_int_equal(host_tlb(&f, (unsigned)sl, 3), SHADOW_TID_USER);
    wb_session_close(&f.s);
}

static void shadow_large_page_and_partition_end(void **state)
{
    (void)state;
    fixture f;
    open_vm(&f);
    ppc_cpu *v = f.st->v;
    memset(v->tlb, 0, sizeof v->tlb);
    v->msr = 0;
    v->pid = 7;
    /* 64 KB page (SIZE 3) EA 0x01230000 -> RA 0x00040000, TID 7: a 4 KB shadow of the touched page */
    guest_entry(v, 2, 0x01230000u | 0x200 | 0x30, 0x00040000u, 0x05, 7);
    assert_true(booke_shadow_fill(f.vm, 0x01235678u, true));
    int sl = host_slot(&f, 0x01235000u);
    assert_true(sl >= 0);
    assert_int_equal(host_tlb(&f, (unsigned)sl, 1), (uint32_t)(f.vm->base + 0x00045000u));
    assert_int_equal(host_tlb(&f, (unsigned)sl, 2), 0x28);   /* SX SR -> UX UR */
    /* a PID switch drops slots derived from entries with a TID */
    v->pid = 8;
    booke_shadow_sync(f.vm);
    assert_int_equal(host_tlb(&f, (unsigned)sl, 0) & 0x200, 0);
    /* real addresses at or past the partition's end (a device, no RAM) are never shadowed */
    guest_entry(v, 3, 0x02000000u | 0x200 | 0x10, (uint32_t)f.vm->size, 0x07, 0);
    assert_false(booke_shadow_fill(f.vm, 0x02000000u, false));
    guest_entry(v, 4, 0x03000000u | 0x200 | 0x10, 0xEF600000u, 0x07, 0);
    assert_false(booke_shadow_fill(f.vm, 0x03000300u, false));
    guest_entry(v, 6, 0x04000000u | 0x200 | 0x10, 0x00001001u, 0x07, 0);   /* ERPN 1 */
    assert_false(booke_shadow_fill(f.vm, 0x04000000u, false));
    wb_session_close(&f.s);
}

/* ---- the core's additions ---- */

/* The TLB as registers: a write through the register door is what a lookup sees. */
static void core_tlb_registers(void **state)
{
    (void)state;
    char err[200];
    wb_core_config cfg = {.storage = 64u << 10};
    wb_machine *m = ppc_booke_create(&cfg, err, sizeof err);
    assert_non_null(m);
    ppc_cpu *c = (ppc_cpu *)m;
    assert_int_equal(wb_reg_index(m, "tlb64.w0"), -1);
    assert_true(m->regs[reg(m, "tlb63.tid")].privileged);
    m->ops->set_reg(m, (unsigned)reg(m, "tlb10.tid"), 0x1FF);
    assert_int_equal(c->tlb[10].tid, 0xFF);   /* TID is 8 bits */
    m->ops->set_reg(m, (unsigned)reg(m, "tlb10.tid"), 0);   /* TID 0: every PID */
    m->ops->set_reg(m, (unsigned)reg(m, "tlb10.w1"), 0x8000);
    m->ops->set_reg(m, (unsigned)reg(m, "tlb10.w2"), 0x3F);
    m->ops->set_reg(m, (unsigned)reg(m, "tlb10.w0"), 0x00010000u | 0x200 | 0x10);
    assert_int_equal(ppc_tlb_search(c, 0x00010ABC, 0, 5), 10);
    assert_int_equal(m->ops->get_reg(m, (unsigned)reg(m, "tlb10.w1")), 0x8000);
    /* program: lwz r3, 0x10(r4) at 0x100, with r4 = 0x10000 -> RA 0x8010 */
    static const uint8_t prog[] = {0x80, 0x64, 0x00, 0x10};
    static const uint8_t word[] = {0xCA, 0xFE, 0xBA, 0xBE};
    assert_int_equal(m->ops->write(m, 0x100, prog, 4), WB_OK);
    assert_int_equal(m->ops->write(m, 0x8010, word, 4), WB_OK);
    assert_int_equal(m->ops->start(m, true, 0x100), WB_OK);
    m->ops->set_reg(m, (unsigned)reg(m, "r4"), 0x10000);
    wb_run(m, 1);
    assert_int_equal(m->ops->get_reg(m, (unsigned)reg(m, "r3")), 0xCAFEBABEu);
    wb_destroy(m);
}

/* A view shares storage with its owner and does not free it. */
static void core_view_shares_storage(void **state)
{
    (void)state;
    char err[200];
    uint8_t *mem = calloc(1, 8192);
    assert_non_null(mem);
    wb_core_config cfg = {0};
    assert_null(ppc_booke_create_view(&cfg, mem, 100, err, sizeof err));
    wb_machine *m = ppc_booke_create_view(&cfg, mem, 8192, err, sizeof err);
    assert_non_null(m);
    assert_int_equal(m->storage_size, 8192);
    static const uint8_t b[2] = {0x12, 0x34};
    assert_int_equal(m->ops->write(m, 0x1FFE, b, 2), WB_OK);
    assert_int_equal(mem[0x1FFE], 0x12);
    assert_int_equal(m->ops->write(m, 0x1FFF, b, 2), WB_ERR_ADDRESS);
    wb_destroy(m);
    assert_int_equal(mem[0x1FFF], 0x34);   /* still ours */
    free(mem);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(minios_trap_nest_1_to_3),
        cmocka_unit_test(minios_counters),
        cmocka_unit_test(detector_sees_bare_machine),
        cmocka_unit_test(escaper_confined),
        cmocka_unit_test(wait_state_until_decrementer),
        cmocka_unit_test(nested_tlb_write_drops_lower_shadow),
        cmocka_unit_test(shadow_supervisor_page_runs_in_user_mode),
        cmocka_unit_test(shadow_user_mode_gets_only_user_permissions),
        cmocka_unit_test(shadow_large_page_and_partition_end),
        cmocka_unit_test(core_tlb_registers),
        cmocka_unit_test(core_view_shares_storage),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
