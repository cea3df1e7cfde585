/* Interrupts, privilege, SPRs, timers, the TLB, the board (UART, reset), trap_to_host, decode and
 * snapshots.  Expected values are worked out by hand from Book E and the 440 user's manual. */
#include "bt.h"
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

#define SC 0x44000002u
#define RFI 0x4C000064u
#define MFMSR(rt) bt_X(31, rt, 0, 0, 83, 0)
#define MTMSR(rs) bt_X(31, rs, 0, 0, 146, 0)
#define TLBWE(rs, ra, ws) bt_X(31, rs, ra, ws, 978, 0)
#define TLBRE(rt, ra, ws) bt_X(31, rt, ra, ws, 946, 0)
#define TLBSX_(rt, ra, rb) bt_X(31, rt, ra, rb, 914, 1)
#define LWZ(rt, ra, d) bt_D(32, rt, ra, d)
#define STW(rs, ra, d) bt_D(36, rs, ra, d)
#define LI(rt, v) bt_D(14, rt, 0, v)
#define B_SELF 0x48000000u

/* Put the machine in problem state at BT_CODE. */
static void user(bt_ctx *t) { bt_set(t, "msr", 0x4000); }

static void privileged_in_user_mode(void **s)
{
    (void)s;
    const uint32_t insns[] = {MFMSR(3), MTMSR(3), RFI, MFSPR(3, 26), MTSPR(26, 3), MFSPR(3, 272), TLBWE(3, 4, 0),
                              TLBRE(3, 4, 0), MTSPR(284, 3), MTSPR(308, 3), bt_X(31, 0, 0, 0, 163, 0) | 0x8000};
    for (unsigned i = 0; i < sizeof insns / sizeof insns[0]; i++) {
        bt_ctx t;
        bt_new(&t);
        BT_PROG(&t, insns[i]);
        user(&t);
        bt_run(&t, 1);
        assert_int_equal(bt_get(&t, "pc"), BT_VEC(6));
        assert_int_equal(bt_get(&t, "esr"), 0x04000000u);      /* ESR[PPR] */
        assert_int_equal(bt_get(&t, "srr0"), BT_CODE);
        assert_int_equal(bt_get(&t, "srr1"), 0x4000u);         /* the interrupted MSR, PR set */
        assert_int_equal(bt_get(&t, "msr"), 0);                /* PR cleared */
        bt_free(&t);
    }
}

static void user_sprs_allowed(void **s)
{
    (void)s;
    bt_ctx t;
    bt_new(&t);
    bt_set(&t, "sprg4", 0x44);
    BT_PROG(&t, LI(3, 7), MTSPR(8, 3), MFSPR(4, 8), MTSPR(9, 3), MFSPR(5, 9), MTSPR(256, 3), MFSPR(6, 256),
            MFSPR(7, 260), MFSPR(8, 268), bt_SPR(371, 9, 269));
    user(&t);
    bt_run(&t, 10);
    assert_int_equal(bt_get(&t, "pc"), BT_CODE + 40);
    assert_int_equal(bt_get(&t, "r4"), 7);
    assert_int_equal(bt_get(&t, "r5"), 7);
    assert_int_equal(bt_get(&t, "r6"), 7);
    assert_int_equal(bt_get(&t, "r7"), 0x44);
    assert_int_equal(bt_get(&t, "r8"), 9);                     /* TBL: one tick per instruction, read at the 9th */
    assert_int_equal(bt_get(&t, "r9"), 0);
    bt_free(&t);
}

static void illegal_and_invalid_forms(void **s)
{
    (void)s;
    const uint32_t insns[] = {0, 0x04000000u, MFSPR(3, 1000), bt_D(33, 3, 0, 0) /* lwzu rA=0 */,
                              bt_D(33, 3, 3, 0) /* lwzu rA=rT */, bt_X(19, 0x10, 0, 0, 528, 0) /* bdnzctr */};
    for (unsigned i = 0; i < sizeof insns / sizeof insns[0]; i++) {
        bt_ctx t;
        bt_new(&t);
        BT_PROG(&t, insns[i]);
        bt_run(&t, 1);
        assert_int_equal(bt_get(&t, "pc"), BT_VEC(6));
        assert_int_equal(bt_get(&t, "esr"), 0x08000000u);      /* ESR[PIL] */
        assert_int_equal(bt_get(&t, "srr0"), BT_CODE);
        bt_free(&t);
    }
}

static void system_call_and_rfi(void **s)
{
    (void)s;
    bt_ctx t;
    bt_new(&t);
    bt_set(&t, "ivpr", 0);
    BT_PROG(&t, SC);
    bt_w32(&t, BT_VEC(8), RFI);
    bt_set(&t, "msr", 0x4000 | 0x8000 | 0x200 | 0x20000);      /* PR EE DE CE */
    bt_run(&t, 1);
    assert_int_equal(bt_get(&t, "pc"), BT_VEC(8));
    assert_int_equal(bt_get(&t, "srr0"), BT_CODE + 4);         /* sc: the next instruction */
    assert_int_equal(bt_get(&t, "srr1"), 0x4000 | 0x8000 | 0x200 | 0x20000);
    assert_int_equal(bt_get(&t, "msr"), 0x200 | 0x20000);      /* base class keeps CE, DE */
    bt_run(&t, 1);
    assert_int_equal(bt_get(&t, "pc"), BT_CODE + 4);
    assert_int_equal(bt_get(&t, "msr"), 0x4000 | 0x8000 | 0x200 | 0x20000);
    bt_free(&t);
}

static void ivpr_forms_the_vector(void **s)
{
    (void)s;
    bt_ctx t;
    bt_new(&t);
    bt_set(&t, "ivpr", 0x00050000);
    bt_set(&t, "ivor8", 0x1238);                               /* low 4 bits are not part of the offset */
    BT_PROG(&t, SC);
    bt_run(&t, 1);
    assert_int_equal(bt_get(&t, "pc"), 0x00051230u);
    bt_free(&t);
}

static void decrementer(void **s)
{
    (void)s;
    bt_ctx t;
    bt_new(&t);
    BT_PROG(&t, NOP, NOP, NOP, NOP, NOP, NOP, NOP, NOP);
    bt_set(&t, "dec", 3);
    bt_run(&t, 2);
    assert_int_equal(bt_get(&t, "dec"), 1);
    assert_int_equal(bt_get(&t, "tsr"), 0);
    bt_run(&t, 1);                                             /* 1 -> 0: TSR[DIS], stops at 0 */
    assert_int_equal(bt_get(&t, "dec"), 0);
    assert_int_equal(bt_get(&t, "tsr"), 0x08000000u);
    bt_run(&t, 2);
    assert_int_equal(bt_get(&t, "dec"), 0);
    /* enabling DIE and EE takes the interrupt before the next instruction */
    bt_set(&t, "tcr", 0x04000000u);
    bt_set(&t, "msr", 0x8000);
    bt_run(&t, 1);
    assert_int_equal(bt_get(&t, "pc"), BT_VEC(10));
    assert_int_equal(bt_get(&t, "srr0"), BT_CODE + 20);
    assert_int_equal(bt_get(&t, "srr1"), 0x8000);
    bt_free(&t);
}

static void decrementer_auto_reload(void **s)
{
    (void)s;
    bt_ctx t;
    bt_new(&t);
    for (unsigned i = 0; i < 16; i++)
        bt_w32(&t, BT_CODE + 4 * i, NOP);
    bt_set(&t, "tcr", 0x00400000u);                            /* ARE */
    bt_set(&t, "decar", 4);
    bt_set(&t, "dec", 2);
    bt_run(&t, 2);                                             /* reaches 0 and reloads 4 */
    assert_int_equal(bt_get(&t, "dec"), 4);
    assert_int_equal(bt_get(&t, "tsr"), 0x08000000u);
    bt_run(&t, 3);
    assert_int_equal(bt_get(&t, "dec"), 1);
    bt_free(&t);
}

static void tsr_write_one_to_clear_and_fit(void **s)
{
    (void)s;
    bt_ctx t;
    bt_new(&t);
    BT_PROG(&t, LI(3, 0), bt_D(15, 3, 0, 0x0800), MTSPR(336, 3), B_SELF);
    bt_set(&t, "tsr", 0x0C000000u);
    bt_run(&t, 3);
    assert_int_equal(bt_get(&t, "tsr"), 0x04000000u);          /* only DIS cleared */
    bt_set(&t, "tsr", 0);
    bt_set(&t, "tb", 0);
    /* FIT period 2^13 (FP = 0): TB bit 2^12 first rises at tb = 4096 */
    bt_run(&t, 4095);
    assert_int_equal(bt_get(&t, "tsr"), 0);
    bt_run(&t, 1);
    assert_int_equal(bt_get(&t, "tsr"), 0x04000000u);
    bt_set(&t, "tsr", 0);                                      /* next rise: one period (8192) later */
    bt_run(&t, 8191);
    assert_int_equal(bt_get(&t, "tsr"), 0);
    bt_run(&t, 1);
    assert_int_equal(bt_get(&t, "tsr"), 0x04000000u);
    bt_free(&t);
}

static void watchdog_stages(void **s)
{
    (void)s;
    bt_ctx t;
    bt_new(&t);
    BT_PROG(&t, B_SELF);
    bt_set(&t, "tcr", 0x10000000u);                            /* WP 0 (period 2^21), WRC = 01 */
    bt_run(&t, (1u << 20) - 1);
    assert_int_equal(bt_get(&t, "tsr") & 0xC0000000u, 0);     /* (the FIT's FIS rises meanwhile) */
    bt_run(&t, 1);                                             /* TB bit 2^20 rises: first expiry, ENW */
    assert_int_equal(bt_get(&t, "tsr") & 0xC0000000u, 0x80000000u);
    bt_run(&t, 1u << 21);
    assert_int_equal(bt_get(&t, "tsr") & 0xC0000000u, 0xC0000000u);   /* second: WIS */
    wb_exit e = bt_run(&t, 1u << 21);                          /* third: reset per WRC */
    assert_int_equal(e.kind, WB_EXIT_HALT);
    assert_int_equal(bt_get(&t, "tsr") & 0x30000000u, 0x10000000u);
    bt_free(&t);
}

static void wait_state(void **s)
{
    (void)s;
    bt_ctx t;
    bt_new(&t);
    BT_PROG(&t, LI(3, 0), bt_D(15, 3, 3, 4), MTMSR(3), NOP);   /* r3 = 0x00040000 = WE */
    wb_exit e = bt_run(&t, 100);
    assert_int_equal(e.kind, WB_EXIT_WAIT);                    /* nothing can end the wait */
    bt_free(&t);
    bt_new(&t);
    BT_PROG(&t, LI(3, 0), bt_D(15, 3, 3, 4), bt_D(24, 3, 3, 0x8000), MTMSR(3), NOP);   /* WE | EE */
    bt_set(&t, "dec", 1000);
    bt_set(&t, "tcr", 0x04000000u);
    e = bt_run(&t, 5000);
    assert_int_equal(bt_get(&t, "srr0"), BT_CODE + 16);        /* woken by the decrementer */
    assert_int_equal(bt_get(&t, "srr1"), 0x00048000u);         /* SRR1 keeps WE; the interrupt clears it */
    assert_int_equal(bt_get(&t, "msr"), 0);
    assert_int_equal(bt_get(&t, "tsr") & 0x08000000u, 0x08000000u);   /* (FIS rose on the way, too) */
    bt_free(&t);
}

static void tlb_write_read_search(void **s)
{
    (void)s;
    bt_ctx t;
    bt_new(&t);
    bt_set(&t, "r4", 5);
    bt_set(&t, "r5", 0x12345000u | 0x200 | 0x100 | 0x10);      /* V TS 4K */
    bt_set(&t, "r6", 0x6789A003u);
    bt_set(&t, "r7", 0x0000F93Fu);
    bt_set(&t, "mmucr", 0x00010042u);                          /* STS 1, STID 0x42 */
    BT_PROG(&t, TLBWE(6, 4, 1), TLBWE(7, 4, 2), TLBWE(5, 4, 0), MTSPR(946, 0) /* r0 = 0 */, TLBRE(8, 4, 0),
            TLBRE(9, 4, 1), TLBRE(10, 4, 2), MFSPR(11, 946), bt_X(31, 0, 0, 0, 0, 0) /* placeholder */);
    bt_w32(&t, BT_CODE + 32, MTSPR(946, 12));
    bt_w32(&t, BT_CODE + 36, TLBSX_(13, 0, 14));
    bt_run(&t, 8);
    assert_int_equal(bt_get(&t, "r8"), 0x12345310u);
    assert_int_equal(bt_get(&t, "r9"), 0x6789A003u);
    assert_int_equal(bt_get(&t, "r10"), 0x0000F93Fu);
    assert_int_equal(bt_get(&t, "r11"), 0x42);                 /* tlbre word 0 puts TID in MMUCR[STID] */
    bt_set(&t, "r12", 0x00010042u);
    bt_set(&t, "r14", 0x12345FFCu);
    bt_set(&t, "pc", BT_CODE + 32);
    bt_run(&t, 2);
    assert_int_equal(bt_get(&t, "r13"), 5);
    assert_int_equal(bt_get(&t, "cr") >> 28, 2);
    /* the same search in space 0 misses: CR0[EQ] clear */
    bt_set(&t, "r12", 0x00000042u);
    bt_set(&t, "pc", BT_CODE + 32);
    bt_run(&t, 2);
    assert_int_equal(bt_get(&t, "cr") >> 28, 0);
    bt_free(&t);
}

/* Map EA 0x40000000 (4K, TID tid) to RA 0x00020000 with permissions perm in entry 3. */
static void map(bt_ctx *t, unsigned tid, uint32_t perm)
{
    bt_set(t, "mmucr", tid);
    BT_PROG(t, TLBWE(6, 4, 1), TLBWE(7, 4, 2), TLBWE(5, 4, 0));
    bt_set(t, "r4", 3);
    bt_set(t, "r5", 0x40000000u | 0x200 | 0x10);
    bt_set(t, "r6", 0x00020000u);
    bt_set(t, "r7", perm);
    bt_run(t, 3);
    bt_set(t, "pc", BT_CODE);
}

static void translation_and_faults(void **s)
{
    (void)s;
    bt_ctx t;
    bt_new(&t);
    map(&t, 0, 0x3F);
    bt_w32(&t, 0x00020010, 0xCAFEF00Du);
    bt_set(&t, "r8", 0x40000000u);
    BT_PROG(&t, LWZ(9, 8, 0x10), STW(9, 8, 0x20), LWZ(10, 8, 0x1000));
    bt_run(&t, 2);
    assert_int_equal(bt_get(&t, "r9"), 0xCAFEF00Du);
    assert_int_equal(bt_r32(&t, 0x00020020), 0xCAFEF00Du);
    bt_run(&t, 1);                                             /* next page: DTLB miss */
    assert_int_equal(bt_get(&t, "pc"), BT_VEC(13));
    assert_int_equal(bt_get(&t, "dear"), 0x40001000u);
    assert_int_equal(bt_get(&t, "esr"), 0);
    assert_int_equal(bt_get(&t, "srr0"), BT_CODE + 8);
    bt_free(&t);
    /* store to a read-only page: DSI with ESR[ST] */
    bt_new(&t);
    map(&t, 0, 0x3D);
    bt_set(&t, "r8", 0x40000000u);
    BT_PROG(&t, STW(9, 8, 0x24));
    bt_run(&t, 1);
    assert_int_equal(bt_get(&t, "pc"), BT_VEC(2));
    assert_int_equal(bt_get(&t, "esr"), 0x00800000u);
    assert_int_equal(bt_get(&t, "dear"), 0x40000024u);
    bt_free(&t);
    /* TID 7 entry: invisible with PID 6, visible with PID 7 */
    bt_new(&t);
    map(&t, 7, 0x3F);
    bt_set(&t, "r8", 0x40000000u);
    bt_set(&t, "pid", 6);
    BT_PROG(&t, LWZ(9, 8, 0));
    bt_run(&t, 1);
    assert_int_equal(bt_get(&t, "pc"), BT_VEC(13));
    bt_set(&t, "pid", 7);
    bt_set(&t, "pc", BT_CODE);
    bt_set(&t, "msr", 0);
    bt_run(&t, 1);
    assert_int_equal(bt_get(&t, "pc"), BT_CODE + 4);
    bt_free(&t);
    /* instruction fetch: unmapped -> ITLB miss; mapped without SX -> ISI */
    bt_new(&t);
    map(&t, 0, 0x03);
    BT_PROG(&t, bt_D(15, 8, 0, 0x5000), MTSPR(9, 8) /* mtctr r8 */, 0x4E800420u /* bctr */);
    bt_run(&t, 3);
    bt_run(&t, 1);
    assert_int_equal(bt_get(&t, "pc"), BT_VEC(14));
    assert_int_equal(bt_get(&t, "srr0"), 0x50000000u);
    bt_set(&t, "pc", 0x40000000u);
    bt_set(&t, "msr", 0);
    bt_run(&t, 1);
    assert_int_equal(bt_get(&t, "pc"), BT_VEC(3));
    assert_int_equal(bt_get(&t, "srr0"), 0x40000000u);
    bt_free(&t);
}

static void uart_and_reset(void **s)
{
    (void)s;
    bt_ctx t;
    bt_new(&t);
    /* entry 4: EA 0xEF600000 -> RA 0_EF600000, I G SR SW */
    bt_set(&t, "r4", 4);
    bt_set(&t, "r5", 0xEF600000u | 0x200 | 0x10);
    bt_set(&t, "r6", 0xEF600000u);
    bt_set(&t, "r7", 0x0503);
    bt_set(&t, "r8", 0xEF600300u);
    bt_set(&t, "r9", 'H');
    bt_set(&t, "r10", 0x30000000u);
    BT_PROG(&t, TLBWE(6, 4, 1), TLBWE(7, 4, 2), TLBWE(5, 4, 0), bt_D(34, 11, 8, 5) /* lbz LSR */,
            bt_D(38, 9, 8, 0) /* stb THR */, MTSPR(308, 10), NOP);
    wb_exit e = bt_run(&t, 100);
    assert_int_equal(e.kind, WB_EXIT_HALT);
    assert_int_equal(bt_get(&t, "r11"), 0x60);                 /* THRE | TEMT */
    assert_string_equal(t.con.out, "H");
    assert_int_equal(bt_get(&t, "pc"), BT_CODE + 24);
    e = bt_run(&t, 100);                                       /* stays halted */
    assert_int_equal(e.kind, WB_EXIT_HALT);
    bt_free(&t);
}

static void bus_error_machine_check(void **s)
{
    (void)s;
    bt_ctx t;
    bt_new(&t);
    bt_set(&t, "r8", 0x00200000u);                             /* beyond the 1 MB of RAM, inside the mapping */
    BT_PROG(&t, LWZ(9, 8, 0));
    bt_set(&t, "msr", 0x1000);                                 /* ME */
    bt_run(&t, 1);
    assert_int_equal(bt_get(&t, "pc"), BT_VEC(1));
    assert_int_equal(bt_get(&t, "msr"), 0);
    bt_free(&t);
    bt_new(&t);
    bt_set(&t, "r8", 0x00200000u);
    BT_PROG(&t, LWZ(9, 8, 0));
    wb_exit e = bt_run(&t, 1);                                 /* ME = 0: checkstop */
    assert_int_equal(e.kind, WB_EXIT_HALT);
    bt_free(&t);
}

static void lwarx_stwcx_alignment(void **s)
{
    (void)s;
    bt_ctx t;
    bt_new(&t);
    bt_set(&t, "r4", 0x2000);
    bt_set(&t, "r5", 0x2002);
    bt_w32(&t, 0x2000, 41);
    BT_PROG(&t, bt_X(31, 3, 0, 4, 150, 1), bt_X(31, 3, 0, 4, 20, 0), bt_D(14, 3, 3, 1), bt_X(31, 3, 0, 4, 150, 1),
            bt_X(31, 3, 0, 5, 20, 0));
    bt_run(&t, 1);                                             /* no reservation: fails */
    assert_int_equal(bt_get(&t, "cr") >> 28, 0);
    bt_run(&t, 3);
    assert_int_equal(bt_get(&t, "cr") >> 28, 2);
    assert_int_equal(bt_r32(&t, 0x2000), 42);
    bt_run(&t, 1);                                             /* misaligned lwarx: alignment interrupt */
    assert_int_equal(bt_get(&t, "pc"), BT_VEC(5));
    assert_int_equal(bt_get(&t, "dear"), 0x2002);
    bt_free(&t);
}

static void trap_to_host_keeps_state(void **s)
{
    (void)s;
    bt_ctx t;
    bt_new(&t);
    t.m->trap_to_host = true;
    bt_set(&t, "srr0", 0x1234);
    BT_PROG(&t, NOP, MFMSR(3), SC);
    user(&t);
    wb_exit e = bt_run(&t, 10);
    assert_int_equal(e.kind, WB_EXIT_TRAP);
    assert_int_equal(e.trap.kind, WB_TRAP_PRIV);
    assert_int_equal(e.trap.code, 6);
    assert_int_equal(e.trap.addr, BT_CODE + 4);
    assert_int_equal(bt_get(&t, "pc"), BT_CODE + 4);
    assert_int_equal(bt_get(&t, "srr0"), 0x1234);              /* nothing stored */
    assert_int_equal(bt_get(&t, "msr"), 0x4000);
    bt_set(&t, "pc", BT_CODE + 8);
    e = bt_run(&t, 10);
    assert_int_equal(e.kind, WB_EXIT_TRAP);
    assert_int_equal(e.trap.kind, WB_TRAP_SYSCALL);
    assert_int_equal(bt_get(&t, "pc"), BT_CODE + 12);          /* where SRR0 would point */
    bt_free(&t);
}

static void decode_and_classes(void **s)
{
    (void)s;
    bt_ctx t;
    bt_new(&t);
    const uint8_t add[4] = {0x7C, 0x64, 0x2A, 0x14};           /* add r3,r4,r5 */
    const uint8_t addo[4] = {0x7C, 0x64, 0x2E, 0x14};          /* addo r3,r4,r5 */
    const uint8_t mtmsr[4] = {0x7C, 0x60, 0x01, 0x24};
    const uint8_t bad[4] = {0, 0, 0, 0};
    int i = t.m->ops->decode(t.m, add, 4);
    assert_true(i >= 0);
    assert_string_equal(t.m->insns[i].mnemonic, "add");
    assert_int_equal(t.m->ops->decode(t.m, addo, 4), i);
    i = t.m->ops->decode(t.m, mtmsr, 4);
    assert_true(i >= 0);
    assert_string_equal(t.m->insns[i].mnemonic, "mtmsr");
    assert_int_equal(t.m->insns[i].pg, WB_PG_PRIVILEGED);
    assert_int_equal(t.m->ops->decode(t.m, bad, 4), -1);
    /* every mnemonic appears once */
    for (unsigned a = 0; a < t.m->ninsns; a++)
        for (unsigned b = a + 1; b < t.m->ninsns; b++)
            assert_true(strcmp(t.m->insns[a].mnemonic, t.m->insns[b].mnemonic) != 0);
    bt_free(&t);
}

static void snapshot_and_budget(void **s)
{
    (void)s;
    bt_ctx t;
    bt_new(&t);
    BT_PROG(&t, bt_D(14, 3, 3, 1), 0x4BFFFFFCu);              /* addi r3,r3,1; b .-4 */
    bt_run(&t, 10);
    size_t n = t.m->ops->state_size(t.m);
    void *buf = malloc(n);
    assert_non_null(buf);
    t.m->ops->save(t.m, buf);
    bt_run(&t, 10);
    uint64_t r3 = bt_get(&t, "r3");
    assert_int_equal(r3, 10);
    assert_int_equal(t.m->ops->restore(t.m, buf), WB_OK);
    assert_int_equal(bt_get(&t, "r3"), 5);
    bt_run(&t, 10);
    assert_int_equal(bt_get(&t, "r3"), r3);
    free(buf);
    /* a fetch that faults into an unmapped vector loops, but the budget still ends the run */
    bt_set(&t, "ivpr", 0x70000000u);
    bt_set(&t, "pc", 0x60000000u);
    wb_exit e = bt_run(&t, 1000);
    assert_int_equal(e.kind, WB_EXIT_BUDGET);
    bt_free(&t);
}


/* A new lower-index entry inside a page already used for translation takes effect at once (the
 * core's lookup hints must not hide it), and so does a PID change. */
static void tlb_changes_take_effect(void **s)
{
    (void)s;
    bt_ctx t;
    bt_new(&t);
    bt_w32(&t, 0x5000, 0x55555555u);
    bt_w32(&t, 0x9000, 0x99999999u);
    bt_set(&t, "r8", 0x5000);
    bt_set(&t, "r4", 1);
    bt_set(&t, "r5", 0x00005000u | 0x200 | 0x10);             /* EA 0x5000, 4K */
    bt_set(&t, "r6", 0x00009000u);
    bt_set(&t, "r7", 0x3F);
    bt_set(&t, "mmucr", 9);                                    /* TID 9 */
    BT_PROG(&t, LWZ(9, 8, 0), TLBWE(6, 4, 1), TLBWE(7, 4, 2), TLBWE(5, 4, 0), LWZ(10, 8, 0),
            MTSPR(48, 11), LWZ(12, 8, 0));
    bt_set(&t, "pid", 9);
    bt_set(&t, "r11", 0);
    bt_run(&t, 7);
    assert_int_equal(bt_get(&t, "r9"), 0x55555555u);           /* through the 256 MB entry 63 */
    assert_int_equal(bt_get(&t, "r10"), 0x99999999u);          /* entry 1 (TID 9 = PID) now */
    assert_int_equal(bt_get(&t, "r12"), 0x55555555u);          /* PID 0: entry 1 no longer matches */
    bt_free(&t);
}

/* Every SPR number read in problem state: the user-readable ones (XER, LR, CTR, USPRG0, SPRG4-7 via
 * 260-263, TBL/TBU) work; other numbers with bit 0x10 set are privileged (ESR[PPR]); the remaining
 * unprivileged numbers name no register (ESR[PIL]).  Book E "mfspr" and its SPR table. */
static void spr_user_read_permissions(void **s)
{
    (void)s;
    static const unsigned ok[] = {1, 8, 9, 256, 260, 261, 262, 263, 268, 269};
    bt_ctx t;
    bt_new(&t);
    for (unsigned spr = 0; spr < 1024; spr++) {
        bt_w32(&t, BT_CODE, MFSPR(3, spr));
        bt_set(&t, "pc", BT_CODE);
        bt_set(&t, "msr", 0x4000);
        bt_set(&t, "esr", 0);
        bt_run(&t, 1);
        bool allowed = false;
        for (unsigned k = 0; k < sizeof ok / sizeof ok[0]; k++)
            allowed |= ok[k] == spr;
        if (allowed) {
            assert_int_equal(bt_get(&t, "pc"), BT_CODE + 4);
        } else {
            assert_int_equal(bt_get(&t, "pc"), BT_VEC(6));
            assert_int_equal(bt_get(&t, "esr"), (spr & 0x10) ? 0x04000000u : 0x08000000u);
        }
    }
    bt_free(&t);
}

/* Random instruction words in both states, from random registers: the core must take an
 * architected path (next instruction, a branch, or an interrupt vector) and never crash (run this
 * under ASan/UBSan). */
static void random_words(void **s)
{
    (void)s;
    bt_ctx t;
    bt_new(&t);
    uint32_t x = 0x12345678u;
    char name[16];
    for (unsigned n = 0; n < 20000; n++) {
        for (unsigned r = 0; r < 32; r++) {
            x = x * 1664525u + 1013904223u;
            snprintf(name, sizeof name, "r%u", r);
            bt_set(&t, name, (r & 1) ? x : (x & 0xFFFFF));   /* half the registers hold small addresses */
        }
        x = x * 1664525u + 1013904223u;
        uint32_t w = x;
        if ((w >> 26) == 31 && (((w >> 1) & 1023) == 978 || ((w >> 1) & 1023) == 467))
            w = NOP;   /* keep the TLB, IVORs and DBCR0 as set up */
        bt_w32(&t, BT_CODE, w);
        bt_set(&t, "pc", BT_CODE);
        bt_set(&t, "msr", (n & 1) ? 0x4000 : 0);
        wb_exit e = bt_run(&t, 1);
        assert_true(e.kind == WB_EXIT_BUDGET || e.kind == WB_EXIT_HALT || e.kind == WB_EXIT_WAIT);
        assert_true(bt_get(&t, "pc") % 4 == 0);
    }
    bt_free(&t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(privileged_in_user_mode), cmocka_unit_test(user_sprs_allowed),
        cmocka_unit_test(illegal_and_invalid_forms), cmocka_unit_test(system_call_and_rfi),
        cmocka_unit_test(ivpr_forms_the_vector), cmocka_unit_test(decrementer),
        cmocka_unit_test(decrementer_auto_reload), cmocka_unit_test(tsr_write_one_to_clear_and_fit),
        cmocka_unit_test(watchdog_stages), cmocka_unit_test(wait_state),
        cmocka_unit_test(tlb_write_read_search), cmocka_unit_test(translation_and_faults),
        cmocka_unit_test(uart_and_reset), cmocka_unit_test(bus_error_machine_check),
        cmocka_unit_test(lwarx_stwcx_alignment), cmocka_unit_test(trap_to_host_keeps_state),
        cmocka_unit_test(decode_and_classes), cmocka_unit_test(snapshot_and_budget),
        cmocka_unit_test(spr_user_read_permissions), cmocka_unit_test(random_words),
        cmocka_unit_test(tlb_changes_take_effect),
    };
    return cmocka_run_group_tests_name("ppc-booke system", tests, NULL, NULL);
}
