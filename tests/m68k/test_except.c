/* 68000 / 68010 exception processing: stack frames, vectors, privilege, trace, trap_to_host.
 * Expected frames are worked out from the UM (section 5) and the MC68010 UM (format 0 and 8);
 * the 68000 group-0 frame's PC follows the single-step oracle (address + 2 for a read). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>
#include "tests/m68k/m68kt.h"

static wb_exit run(m68k_cpu *c, uint64_t n) { return wb_run(&c->m, n); }

/* TRAP #5 in supervisor state: vector 37, 3-word frame SR, PC of the next instruction. */
static void trap_frame_68000(void **state)
{
    (void)state;
    m68k_cpu *c = m68kt_new("m68000");
    M68KT_CODE_AT(c, M68KT_CODE, 0x4E45);            /* TRAP #5 */
    wb_exit e = run(c, 10);
    assert_int_equal(e.kind, WB_EXIT_HALT);
    assert_int_equal(m68kt_vector(c), 37);
    assert_int_equal(c->a[7], M68KT_SSP - 6);
    assert_int_equal(m68kt_r16(c, M68KT_SSP - 6), 0x2700);
    assert_int_equal(m68kt_r32(c, M68KT_SSP - 4), M68KT_CODE + 2);
    assert_int_equal(c->m.counters.traps[WB_TRAP_SYSCALL], 1);
    wb_destroy(&c->m);
}

/* The same on the 68010: format 0, 4 words, the last one 0000 | vector offset (37 * 4). */
static void trap_frame_68010(void **state)
{
    (void)state;
    m68k_cpu *c = m68kt_new("m68010");
    M68KT_CODE_AT(c, M68KT_CODE, 0x4E45);
    wb_exit e = run(c, 10);
    assert_int_equal(e.kind, WB_EXIT_HALT);
    assert_int_equal(m68kt_vector(c), 37);
    assert_int_equal(c->a[7], M68KT_SSP - 8);
    assert_int_equal(m68kt_r16(c, M68KT_SSP - 8), 0x2700);
    assert_int_equal(m68kt_r32(c, M68KT_SSP - 6), M68KT_CODE + 2);
    assert_int_equal(m68kt_r16(c, M68KT_SSP - 2), 0x0094);
    wb_destroy(&c->m);
}

/* MOVEC D0,VBR moves the vector table: TRAP #5 then reads its vector at VBR + 0x94. */
static void vbr_relocates_vectors_68010(void **state)
{
    (void)state;
    m68k_cpu *c = m68kt_new("m68010");
    M68KT_CODE_AT(c, M68KT_CODE, 0x203C, 0x0000, 0x4000,   /* MOVE.L #$4000,D0 */
                  0x4E7B, 0x0801,                          /* MOVEC D0,VBR */
                  0x4E7A, 0x1801,                          /* MOVEC VBR,D1 */
                  0x4E45);                                 /* TRAP #5 */
    m68kt_w32(c, 0x4094, 0x5000);
    M68KT_CODE_AT(c, 0x5000, 0x4E72, 0x2700);
    wb_exit e = run(c, 10);
    assert_int_equal(e.kind, WB_EXIT_HALT);
    assert_int_equal(c->pc, 0x5004);
    assert_int_equal(c->vbr, 0x4000);
    assert_int_equal(c->d[1], 0x4000);
    assert_int_equal(c->m.ops->get_reg(&c->m, (unsigned)wb_reg_index(&c->m, "vbr")), 0x4000);
    wb_destroy(&c->m);
}

/* MOVE #$2700,SR in user state: privilege violation (vector 8), the frame's PC is the
 * instruction itself and its SR the user one; the exception runs on the supervisor stack. */
static void privilege_violation(void **state)
{
    (void)state;
    const char *models[] = {"m68000", "m68010"};
    for (int i = 0; i < 2; i++) {
        m68k_cpu *c = m68kt_new(models[i]);
        M68KT_CODE_AT(c, M68KT_CODE, 0x46FC, 0x2700);
        m68kt_user(c);
        wb_exit e = run(c, 10);
        assert_int_equal(e.kind, WB_EXIT_HALT);
        assert_int_equal(m68kt_vector(c), 8);
        unsigned frame = i ? 8 : 6;
        assert_int_equal(c->a[7], M68KT_SSP - frame);
        assert_int_equal(m68kt_r16(c, M68KT_SSP - frame), 0x0000);
        assert_int_equal(m68kt_r32(c, M68KT_SSP - frame + 2), M68KT_CODE);
        assert_int_equal(c->usp, M68KT_USP);
        assert_int_equal(c->m.counters.traps[WB_TRAP_PRIV], 1);
        wb_destroy(&c->m);
    }
}

static const wb_insn_info *find_insn(const wb_machine *m, const char *mn)
{
    for (unsigned i = 0; i < m->ninsns; i++)
        if (!strcmp(m->insns[i].mnemonic, mn))
            return &m->insns[i];
    return NULL;
}

/* MOVE SR,D0: unprivileged on the 68000 (and it shows S), privileged on the 68010, where
 * MOVE CCR,D0 is the user-state replacement. */
static void move_from_sr_privilege(void **state)
{
    (void)state;
    m68k_cpu *c = m68kt_new("m68000");
    M68KT_CODE_AT(c, M68KT_CODE, 0x40C0, 0x4E40);    /* MOVE SR,D0; TRAP #0 */
    m68kt_user(c);
    c->sr = 0x0015;
    run(c, 10);
    assert_int_equal(m68kt_vector(c), 32);
    assert_int_equal(c->d[0] & 0xFFFF, 0x0015);
    /* in supervisor state the same instruction reveals S: behaviour-sensitive */
    c->m.ops->start(&c->m, true, M68KT_CODE);
    c->sr = 0x2715;
    c->a[7] = M68KT_SSP;
    run(c, 10);
    assert_int_equal(c->d[0] & 0xFFFF, 0x2715);
    assert_int_equal(find_insn(&c->m, "MOVE from SR")->pg, WB_PG_BEHAVIOUR_SENSITIVE);
    assert_null(find_insn(&c->m, "MOVE from CCR"));
    wb_destroy(&c->m);

    c = m68kt_new("m68010");
    M68KT_CODE_AT(c, M68KT_CODE, 0x40C0, 0x4E40);
    m68kt_user(c);
    c->sr = 0x0015;
    c->d[0] = 0xAAAA5555;
    run(c, 10);
    assert_int_equal(m68kt_vector(c), 8);
    assert_int_equal(c->d[0], 0xAAAA5555);
    assert_int_equal(m68kt_r32(c, M68KT_SSP - 6), M68KT_CODE);
    assert_int_equal(find_insn(&c->m, "MOVE from SR")->pg, WB_PG_PRIVILEGED);
    static const uint8_t move_sr_d0[2] = {0x40, 0xC0}, illegal[2] = {0x4A, 0xFC}, unassigned[2] = {0x4E, 0x7C};
    int k = c->m.ops->decode(&c->m, move_sr_d0, 2);
    assert_true(k >= 0 && !strcmp(c->m.insns[k].mnemonic, "MOVE from SR"));
    k = c->m.ops->decode(&c->m, illegal, 2);
    assert_true(k >= 0 && !strcmp(c->m.insns[k].mnemonic, "ILLEGAL"));
    assert_int_equal(c->m.ops->decode(&c->m, unassigned, 2), -1);
    assert_int_equal(find_insn(&c->m, "MOVE from CCR")->pg, WB_PG_INNOCUOUS);
    /* MOVE CCR,D0 works in user state */
    c->m.ops->start(&c->m, true, M68KT_CODE);
    M68KT_CODE_AT(c, M68KT_CODE, 0x42C0, 0x4E40);
    m68kt_user(c);
    c->sr = 0x0015;
    run(c, 10);
    assert_int_equal(m68kt_vector(c), 32);
    assert_int_equal(c->d[0] & 0xFFFF, 0x0015);
    wb_destroy(&c->m);
}

/* MOVE.W (A0),D0 with A0 odd, supervisor: address error, 7-word group-0 frame. */
static void address_error_frame_68000(void **state)
{
    (void)state;
    m68k_cpu *c = m68kt_new("m68000");
    M68KT_CODE_AT(c, M68KT_CODE, 0x3010);
    c->a[0] = 0x2001;
    wb_exit e = run(c, 10);
    assert_int_equal(e.kind, WB_EXIT_HALT);
    assert_int_equal(m68kt_vector(c), 3);
    uint32_t sp = M68KT_SSP - 14;
    assert_int_equal(c->a[7], sp);
    /* IR's top bits, R/W = 1 (read), I/N = 0 (in an instruction), FC = 5 (supervisor data) */
    assert_int_equal(m68kt_r16(c, sp), 0x3000 | 0x10 | 0x5);
    assert_int_equal(m68kt_r32(c, sp + 2), 0x2001);
    assert_int_equal(m68kt_r16(c, sp + 6), 0x3010);
    assert_int_equal(m68kt_r16(c, sp + 8), 0x2700);
    assert_int_equal(m68kt_r32(c, sp + 10), M68KT_CODE + 2);
    wb_destroy(&c->m);
}

/* The same on the 68010: format 8 (29 words); RTE re-executes the instruction once the
 * handler has repaired A0. */
static void address_error_frame_68010_and_rerun(void **state)
{
    (void)state;
    m68k_cpu *c = m68kt_new("m68010");
    M68KT_CODE_AT(c, M68KT_CODE, 0x3010, 0x4E41);     /* MOVE.W (A0),D0; TRAP #1 */
    M68KT_CODE_AT(c, 0x5000, 0x207C, 0x0000, 0x2000,  /* MOVEA.L #$2000,A0 */
                  0x4E73);                           /* RTE */
    m68kt_w32(c, 4 * V_ADDRESS_ERROR, 0x5000);
    m68kt_w16(c, 0x2000, 0xBEEF);
    c->a[0] = 0x2001;
    run(c, 1);                               /* the faulting instruction and its exception */
    assert_int_equal(c->pc, 0x5000);
    uint32_t sp = M68KT_SSP - 58;
    assert_int_equal(c->a[7], sp);
    assert_int_equal(m68kt_r16(c, sp), 0x2700);
    assert_int_equal(m68kt_r32(c, sp + 2), M68KT_CODE);
    assert_int_equal(m68kt_r16(c, sp + 6), 0x800C);
    assert_int_equal(m68kt_r16(c, sp + 8), 0x1000 | 0x0100 | 0x5);   /* DF, RW = read, FC 5 */
    assert_int_equal(m68kt_r32(c, sp + 10), 0x2001);
    wb_exit e = run(c, 10);
    assert_int_equal(e.kind, WB_EXIT_HALT);
    assert_int_equal(m68kt_vector(c), 33);
    assert_int_equal(c->d[0] & 0xFFFF, 0xBEEF);
    assert_int_equal(c->a[7], M68KT_SSP - 8);   /* the format 8 frame was popped whole */
    wb_destroy(&c->m);
}

/* RTE with an unknown format: format error, vector 14 (68010). */
static void rte_format_error_68010(void **state)
{
    (void)state;
    m68k_cpu *c = m68kt_new("m68010");
    M68KT_CODE_AT(c, M68KT_CODE, 0x4E73);
    c->a[7] = 0x6F00;
    m68kt_w16(c, 0x6F00, 0x2700);
    m68kt_w32(c, 0x6F02, 0x1000);
    m68kt_w16(c, 0x6F06, 0x3000);
    run(c, 10);
    assert_int_equal(m68kt_vector(c), 14);
    wb_destroy(&c->m);
}

/* Instructions that are not executed stack their own address (UM 5.4.3-5.4.4). */
static void illegal_and_emulator_traps(void **state)
{
    (void)state;
    static const struct { uint16_t op; int vec; } cases[] = {
        {0x4AFC, 4}, {0xA123, 10}, {0xF000, 11}, {0x4E7A, 4} /* MOVEC is not a 68000 instruction */,
        {0x4E74, 4} /* neither is RTD */, {0x42C0, 4} /* nor MOVE from CCR */,
    };
    for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        m68k_cpu *c = m68kt_new("m68000");
        m68kt_w16(c, M68KT_CODE, cases[i].op);
        run(c, 10);
        assert_int_equal(m68kt_vector(c), cases[i].vec);
        assert_int_equal(m68kt_r32(c, M68KT_SSP - 4), M68KT_CODE);
        wb_destroy(&c->m);
    }
}

/* Traps raised by executed instructions stack the next instruction's address. */
static void divide_chk_trapv(void **state)
{
    (void)state;
    m68k_cpu *c = m68kt_new("m68000");
    M68KT_CODE_AT(c, M68KT_CODE, 0x80FC, 0x0000);     /* DIVU #0,D0 */
    run(c, 10);
    assert_int_equal(m68kt_vector(c), 5);
    assert_int_equal(m68kt_r32(c, M68KT_SSP - 4), M68KT_CODE + 4);
    wb_destroy(&c->m);

    c = m68kt_new("m68000");
    M68KT_CODE_AT(c, M68KT_CODE, 0x43BC, 0x000A);     /* CHK #10,D1 */
    c->d[1] = 20;                                    /* above the bound: N cleared */
    run(c, 10);
    assert_int_equal(m68kt_vector(c), 6);
    assert_int_equal(m68kt_r32(c, M68KT_SSP - 4), M68KT_CODE + 4);
    assert_int_equal(m68kt_r16(c, M68KT_SSP - 6) & SR_N, 0);
    wb_destroy(&c->m);

    c = m68kt_new("m68000");
    M68KT_CODE_AT(c, M68KT_CODE, 0x43BC, 0x000A);
    c->d[1] = 0xFFFF;                                /* negative: N set */
    run(c, 10);
    assert_int_equal(m68kt_vector(c), 6);
    assert_int_equal(m68kt_r16(c, M68KT_SSP - 6) & SR_N, SR_N);
    wb_destroy(&c->m);

    c = m68kt_new("m68000");
    M68KT_CODE_AT(c, M68KT_CODE, 0x43BC, 0x000A, 0x4E40);   /* in bounds: no trap */
    c->d[1] = 10;
    run(c, 10);
    assert_int_equal(m68kt_vector(c), 32);
    wb_destroy(&c->m);

    c = m68kt_new("m68000");
    M68KT_CODE_AT(c, M68KT_CODE, 0x44FC, 0x0002, 0x4E76);   /* MOVE #2,CCR; TRAPV */
    run(c, 10);
    assert_int_equal(m68kt_vector(c), 7);
    assert_int_equal(m68kt_r32(c, M68KT_SSP - 4), M68KT_CODE + 6);
    wb_destroy(&c->m);
}

/* T set: after each instruction a trace exception (vector 9) with the next PC; the handler
 * runs with T clear. */
static void trace_after_instruction(void **state)
{
    (void)state;
    m68k_cpu *c = m68kt_new("m68000");
    M68KT_CODE_AT(c, M68KT_CODE, 0x4E71);             /* NOP */
    m68k_set_sr(c, 0xA700);
    run(c, 10);
    assert_int_equal(m68kt_vector(c), 9);
    assert_int_equal(m68kt_r16(c, M68KT_SSP - 6), 0xA700);
    assert_int_equal(m68kt_r32(c, M68KT_SSP - 4), M68KT_CODE + 2);
    wb_destroy(&c->m);
}

/* A fault while stacking a fault: double bus fault, the processor halts. */
static void double_bus_fault_halts(void **state)
{
    (void)state;
    m68k_cpu *c = m68kt_new("m68000");
    M68KT_CODE_AT(c, M68KT_CODE, 0x4E40);
    c->a[7] = 0x7001;
    wb_exit e = run(c, 10);
    assert_int_equal(e.kind, WB_EXIT_HALT);
    assert_non_null(strstr(e.msg, "double bus fault"));
    assert_true(c->halted);
    e = run(c, 10);
    assert_int_equal(e.kind, WB_EXIT_HALT);
    wb_destroy(&c->m);
}

/* trap_to_host: the exception is returned, nothing is stacked, SR and SP unchanged. */
static void trap_to_host_exits(void **state)
{
    (void)state;
    m68k_cpu *c = m68kt_new("m68000");
    c->m.trap_to_host = true;
    M68KT_CODE_AT(c, M68KT_CODE, 0x4E41);
    wb_exit e = run(c, 10);
    assert_int_equal(e.kind, WB_EXIT_TRAP);
    assert_int_equal(e.trap.kind, WB_TRAP_SYSCALL);
    assert_int_equal(e.trap.code, 33);
    assert_int_equal(e.trap.addr, M68KT_CODE);
    assert_int_equal(e.trap.ilen, 2);
    assert_int_equal(c->pc, M68KT_CODE + 2);
    assert_int_equal(c->sr, 0x2700);
    assert_int_equal(c->a[7], M68KT_SSP);
    assert_int_equal(m68kt_r32(c, M68KT_SSP - 4), 0);
    wb_destroy(&c->m);

    c = m68kt_new("m68010");
    c->m.trap_to_host = true;
    M68KT_CODE_AT(c, M68KT_CODE, 0x40C0);             /* MOVE SR,D0 in user state */
    m68kt_user(c);
    e = run(c, 10);
    assert_int_equal(e.kind, WB_EXIT_TRAP);
    assert_int_equal(e.trap.kind, WB_TRAP_PRIV);
    assert_int_equal(e.trap.code, 8);
    assert_int_equal(c->pc, M68KT_CODE);
    assert_int_equal(c->sr, 0x0000);
    assert_int_equal(c->a[7], M68KT_USP);
    wb_destroy(&c->m);
}

/* Reset: SSP and PC from vectors 0 and 1, supervisor, mask 7; registers by name. */
static void reset_and_registers(void **state)
{
    (void)state;
    m68k_cpu *c = m68kt_new("m68000");
    wb_machine *m = &c->m;
    assert_int_equal(c->pc, M68KT_CODE);
    assert_int_equal(c->a[7], M68KT_SSP);
    assert_int_equal(c->sr, 0x2700);
    assert_true(m->ops->supervisor(m));
    const char *names[] = {"d0", "d7", "a0", "a7", "usp", "ssp", "sr", "pc"};
    for (unsigned i = 0; i < sizeof names / sizeof names[0]; i++)
        assert_true(wb_reg_index(m, names[i]) >= 0);
    assert_int_equal(wb_reg_index(m, "vbr"), -1);
    m->ops->set_reg(m, (unsigned)wb_reg_index(m, "usp"), 0x1234);
    assert_int_equal(c->usp, 0x1234);
    assert_int_equal(m->ops->get_reg(m, (unsigned)wb_reg_index(m, "ssp")), M68KT_SSP);
    m->ops->set_reg(m, (unsigned)wb_reg_index(m, "sr"), 0x0000);   /* to user: A7 becomes USP */
    assert_int_equal(c->a[7], 0x1234);
    assert_int_equal(m->ops->get_reg(m, (unsigned)wb_reg_index(m, "ssp")), M68KT_SSP);
    assert_false(m->ops->supervisor(m));
    assert_int_equal(m->ops->start(m, true, 0x2001), WB_ERR_ADDRESS);
    assert_int_equal(m->ops->start(m, true, 0x2000), WB_OK);
    assert_int_equal(c->sr, 0x2700);
    assert_int_equal(c->pc, 0x2000);
    wb_destroy(m);
}

static void save_restore_roundtrip(void **state)
{
    (void)state;
    m68k_cpu *c = m68kt_new("m68010");
    c->d[3] = 0x12345678;
    c->vbr = 0x400;
    c->mem[0x3000] = 0xAB;
    size_t n = c->m.ops->state_size(&c->m);
    void *buf = malloc(n);
    c->m.ops->save(&c->m, buf);
    uint8_t d1[32], d2[32];
    wb_digest(&c->m, d1);
    c->d[3] = 0;
    c->vbr = 0;
    c->mem[0x3000] = 0;
    c->m.ops->restore(&c->m, buf);
    wb_digest(&c->m, d2);
    assert_memory_equal(d1, d2, 32);
    assert_int_equal(c->vbr, 0x400);
    free(buf);
    wb_destroy(&c->m);
}

/* 68010 additions: RTD, MOVES through DFC, MOVEC to an unknown register. */
static void m68010_instructions(void **state)
{
    (void)state;
    m68k_cpu *c = m68kt_new("m68010");
    M68KT_CODE_AT(c, M68KT_CODE, 0x4E74, 0x0008);     /* RTD #8 */
    c->a[7] = 0x6000;
    m68kt_w32(c, 0x6000, 0x3000);
    M68KT_CODE_AT(c, 0x3000, 0x4E40);
    run(c, 10);
    assert_int_equal(m68kt_vector(c), 32);
    assert_int_equal(m68kt_r32(c, 0x600C - 8 + 2), 0x3002);   /* TRAP frame below SP = 0x6000 + 4 + 8 */

    c->m.ops->start(&c->m, true, M68KT_CODE);
    c->a[7] = M68KT_SSP;
    M68KT_CODE_AT(c, M68KT_CODE, 0x7001,               /* MOVEQ #1,D0 */
                  0x4E7B, 0x0001,                     /* MOVEC D0,DFC */
                  0x203C, 0xCAFE, 0xF00D,             /* MOVE.L #$CAFEF00D,D0 */
                  0x0E90, 0x0800,                     /* MOVES.L D0,(A0) */
                  0x4E7A, 0x1002,                     /* MOVEC CACR?,D1: not on the 68010 */
                  0x4E40);
    c->a[0] = 0x3100;
    run(c, 10);
    assert_int_equal(c->dfc, 1);
    assert_int_equal(m68kt_r32(c, 0x3100), 0xCAFEF00D);
    assert_int_equal(m68kt_vector(c), 4);
    wb_destroy(&c->m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(trap_frame_68000),
        cmocka_unit_test(trap_frame_68010),
        cmocka_unit_test(vbr_relocates_vectors_68010),
        cmocka_unit_test(privilege_violation),
        cmocka_unit_test(move_from_sr_privilege),
        cmocka_unit_test(address_error_frame_68000),
        cmocka_unit_test(address_error_frame_68010_and_rerun),
        cmocka_unit_test(rte_format_error_68010),
        cmocka_unit_test(illegal_and_emulator_traps),
        cmocka_unit_test(divide_chk_trapv),
        cmocka_unit_test(trace_after_instruction),
        cmocka_unit_test(double_bus_fault_halts),
        cmocka_unit_test(trap_to_host_exits),
        cmocka_unit_test(reset_and_registers),
        cmocka_unit_test(save_restore_roundtrip),
        cmocka_unit_test(m68010_instructions),
    };
    return cmocka_run_group_tests_name("m68k exceptions", tests, NULL, NULL);
}
