/* The board: MC6850 ACIA console, instruction-count timer and interrupts, halt register, the
 * supervisor-only I/O page, and the 68010's segment MMU (register map in cores/m68k/board.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>
#include "tests/m68k/m68kt.h"

static wb_exit run(m68k_cpu *c, uint64_t n) { return wb_run(&c->m, n); }

/* Code builder: words appended, with the index of interesting instructions remembered. */
typedef struct {
    uint16_t w[128];
    unsigned n;
} prog;

static void put(prog *p, unsigned k, ...)
{
    va_list ap;
    va_start(ap, k);
    for (unsigned i = 0; i < k; i++)
        p->w[p->n++] = (uint16_t)va_arg(ap, unsigned);
    va_end(ap);
}
/* MOVE.L #v,addr.L and MOVE.W #v,addr.L */
static void move_l(prog *p, uint32_t v, uint32_t a) { put(p, 5, 0x23FC, v >> 16, v & 0xFFFF, a >> 16, a & 0xFFFF); }
static void move_w(prog *p, uint16_t v, uint32_t a) { put(p, 4, 0x33FC, v, a >> 16, a & 0xFFFF); }
static void move_b(prog *p, uint8_t v, uint32_t a) { put(p, 4, 0x13FC, v, a >> 16, a & 0xFFFF); }
static void load(m68k_cpu *c, const prog *p) { m68kt_code(c, M68KT_CODE, p->w, p->n); }

/* Bytes written to the ACIA's data register appear on the machine's console. */
static void acia_transmits_to_console(void **state)
{
    (void)state;
    wb_console con;
    wb_console_init(&con);
    m68k_cpu *c = m68kt_new_console("m68000", &con);
    prog p = {.n = 0};
    move_b(&p, 'H', M68K_ACIA_DATA);
    move_b(&p, 'i', M68K_ACIA_DATA);
    put(&p, 3, 0x1039, 0x00FF, 0xF000);                 /* MOVE.B $FFF000,D0: status */
    put(&p, 2, 0x4E72, 0x2700);
    load(c, &p);
    wb_exit e = run(c, 100);
    assert_int_equal(e.kind, WB_EXIT_HALT);
    assert_int_equal(con.len, 2);
    assert_memory_equal(con.out, "Hi", 2);
    assert_int_equal(c->d[0] & 0xFF, 0x02);            /* TDRE only: nothing received */
    wb_destroy(&c->m);
    wb_console_free(&con);
}

/* Received characters come from the console input: RDRF, then the data register. */
static void acia_receives_from_console(void **state)
{
    (void)state;
    wb_console con;
    wb_console_init(&con);
    con.in_str = "A";
    m68k_cpu *c = m68kt_new_console("m68000", &con);
    prog p = {.n = 0};
    put(&p, 3, 0x1039, 0x00FF, 0xF000);                 /* MOVE.B status,D0 */
    put(&p, 3, 0x1239, 0x00FF, 0xF002);                 /* MOVE.B data,D1 */
    put(&p, 3, 0x1439, 0x00FF, 0xF000);                 /* MOVE.B status,D2 */
    put(&p, 2, 0x4E72, 0x2700);
    load(c, &p);
    run(c, 100);
    assert_int_equal(c->d[0] & 0xFF, 0x03);            /* RDRF | TDRE */
    assert_int_equal(c->d[1] & 0xFF, 'A');
    assert_int_equal(c->d[2] & 0xFF, 0x02);
    wb_destroy(&c->m);
    wb_console_free(&con);
}

/* With receive interrupts enabled (control bit 7), a character requests level 5: vector 29. */
static void acia_receive_interrupt(void **state)
{
    (void)state;
    wb_console con;
    wb_console_init(&con);
    con.in_str = "x";
    m68k_cpu *c = m68kt_new_console("m68000", &con);
    prog p = {.n = 0};
    move_b(&p, 0x95, M68K_ACIA_CTRL);                   /* RIE, 8N1, divide by 16 */
    put(&p, 2, 0x4E72, 0x2000);                          /* STOP #$2000: wait */
    load(c, &p);
    wb_exit e = run(c, 100);
    assert_int_equal(e.kind, WB_EXIT_HALT);
    assert_int_equal(m68kt_vector(c), 24 + M68K_ACIA_LEVEL);
    assert_int_equal(m68kt_r32(c, M68KT_SSP - 4), M68KT_CODE + 8 + 4);
    assert_int_equal(c->m.counters.traps[WB_TRAP_IO], 1);
    wb_destroy(&c->m);
    wb_console_free(&con);
}

/* The timer: period 5, level 6 (vector 30) once the mask is below 6; the handler's frame holds
 * the interrupted loop's PC and the SR with the old mask. */
static void timer_interrupt_and_mask(void **state)
{
    (void)state;
    m68k_cpu *c = m68kt_new("m68000");
    prog p = {.n = 0};
    move_l(&p, 5, M68K_TIMER_PERIOD);
    move_w(&p, 0x0601, M68K_TIMER_CTRL);
    put(&p, 2, 0x46FC, 0x2600);                          /* MOVE #$2600,SR: level 6 masked */
    unsigned loop = p.n;
    put(&p, 1, 0x60FE);                                  /* BRA * */
    load(c, &p);
    wb_exit e = run(c, 200);
    assert_int_equal(e.kind, WB_EXIT_BUDGET);            /* masked: never taken */
    assert_int_equal(c->timer_ctrl & 3, 3);              /* but pending */
    c->sr = 0x2500;
    e = run(c, 10);
    assert_int_equal(e.kind, WB_EXIT_HALT);
    assert_int_equal(m68kt_vector(c), 30);
    assert_int_equal(m68kt_r16(c, M68KT_SSP - 6), 0x2500);
    assert_int_equal(m68kt_r32(c, M68KT_SSP - 4), M68KT_CODE + 2 * loop);
    assert_int_equal(c->m.counters.traps[WB_TRAP_EXTERNAL], 1);
    wb_destroy(&c->m);
}

/* Time is counted in instructions: the first tick comes exactly PERIOD instructions after the
 * period is written; the count register shows what is left. */
static void timer_counts_instructions(void **state)
{
    (void)state;
    m68k_cpu *c = m68kt_new("m68000");
    prog p = {.n = 0};
    move_l(&p, 10, M68K_TIMER_PERIOD);
    move_w(&p, 0x0001, M68K_TIMER_CTRL);                 /* enable, level 0: never interrupts */
    put(&p, 1, 0x4E71);                                  /* NOP */
    put(&p, 3, 0x2039, 0x00FF, 0xF018);                 /* MOVE.L count,D0 */
    for (int i = 0; i < 8; i++)
        put(&p, 1, 0x4E71);
    put(&p, 3, 0x3239, 0x00FF, 0xF010);                 /* MOVE.W ctrl,D1 */
    put(&p, 2, 0x4E72, 0x2700);
    load(c, &p);
    run(c, 100);
    /* period written by instruction 1, timer enabled by instruction 2; instructions 3 and 4 each
     * count one unit as they start, so the read in instruction 4 sees 10 - 2 */
    assert_int_equal(c->d[0], 8);
    /* eight units later (instruction 12) the count reaches zero: tick pending, count reloaded */
    assert_int_equal(c->d[1] & 0xFFFF, 0x0003);
    wb_destroy(&c->m);
}

/* STOP conventions: with the mask at 7 the machine halts; with a lower mask and nothing to wake
 * it, the run ends in a wait; the halt register halts with its value reported. */
static void stop_and_halt_register(void **state)
{
    (void)state;
    m68k_cpu *c = m68kt_new("m68000");
    M68KT_CODE_AT(c, M68KT_CODE, 0x4E72, 0x2000);
    wb_exit e = run(c, 100);
    assert_int_equal(e.kind, WB_EXIT_WAIT);
    wb_destroy(&c->m);

    c = m68kt_new("m68000");
    prog p = {.n = 0};
    move_l(&p, 0x1234, M68K_HALT_REG);
    put(&p, 1, 0x4E71);
    load(c, &p);
    e = run(c, 100);
    assert_int_equal(e.kind, WB_EXIT_HALT);
    assert_non_null(strstr(e.msg, "0x1234"));
    assert_int_equal(c->pc, M68KT_CODE + 10);
    wb_destroy(&c->m);

    /* STOP with the timer running wakes at its interrupt */
    c = m68kt_new("m68000");
    p.n = 0;
    move_l(&p, 1000, M68K_TIMER_PERIOD);
    move_w(&p, 0x0601, M68K_TIMER_CTRL);
    put(&p, 2, 0x4E72, 0x2000);
    load(c, &p);
    e = run(c, 2000);
    assert_int_equal(e.kind, WB_EXIT_HALT);
    assert_int_equal(m68kt_vector(c), 30);
    assert_int_equal(m68kt_r32(c, M68KT_SSP - 4), M68KT_CODE + 10 + 8 + 4);
    wb_destroy(&c->m);
}

/* The I/O page answers supervisor data accesses only: a user write there is a bus error. */
static void io_page_is_supervisor_only(void **state)
{
    (void)state;
    m68k_cpu *c = m68kt_new("m68000");
    prog p = {.n = 0};
    move_b(&p, 'x', M68K_ACIA_DATA);
    load(c, &p);
    m68kt_user(c);
    run(c, 10);
    assert_int_equal(m68kt_vector(c), V_BUS_ERROR);
    uint32_t sp = M68KT_SSP - 14;
    assert_int_equal(m68kt_r16(c, sp) & 0x1F, 0x01);    /* write, in an instruction, FC 1 */
    assert_int_equal(m68kt_r32(c, sp + 2), M68K_ACIA_DATA);
    /* the 68000 has no MMU registers: a supervisor access to them is a bus error too */
    wb_destroy(&c->m);
    c = m68kt_new("m68000");
    p.n = 0;
    move_w(&p, 1, M68K_MMU_CTRL);
    load(c, &p);
    run(c, 10);
    assert_int_equal(m68kt_vector(c), V_BUS_ERROR);
    wb_destroy(&c->m);
}

/* The 68010 segment MMU, programmed through the I/O page by supervisor code:
 *   segment 0: logical 0x1000-0x1FFF -> physical 0x1000 (the code, identity)
 *   segment 1: logical 0x0000-0x0FFF -> physical 0x20000
 *   segment 2: logical 0x3000-0x30FF -> physical 0x21000, write-protected
 * then ANDI #0,SR drops to user state and the code reads and writes through it. */
static void mmu_translates_user_accesses(void **state)
{
    (void)state;
    m68k_cpu *c = m68kt_new("m68010");
    prog p = {.n = 0};
    uint32_t s = M68K_MMU_SEG0;
    move_l(&p, 0x1000, s + 0);  move_l(&p, 0x1000, s + 4);  move_l(&p, 0x1000, s + 8);   move_w(&p, 1, s + 12);
    move_l(&p, 0x0000, s + 16); move_l(&p, 0x1000, s + 20); move_l(&p, 0x20000, s + 24); move_w(&p, 1, s + 28);
    move_l(&p, 0x3000, s + 32); move_l(&p, 0x0100, s + 36); move_l(&p, 0x21000, s + 40); move_w(&p, 3, s + 44);
    move_w(&p, 1, M68K_MMU_CTRL);
    put(&p, 2, 0x027C, 0x0000);                          /* ANDI #0,SR: user state */
    put(&p, 2, 0x3038, 0x0100);                          /* MOVE.W $0100,D0 */
    put(&p, 2, 0x31C0, 0x0102);                          /* MOVE.W D0,$0102 */
    put(&p, 2, 0x3238, 0x3004);                          /* MOVE.W $3004,D1: read-only is readable */
    unsigned fault = p.n;
    put(&p, 2, 0x31C0, 0x3000);                          /* MOVE.W D0,$3000: write-protected */
    load(c, &p);
    m68kt_w16(c, 0x20100, 0xCAFE);
    m68kt_w16(c, 0x21004, 0x5A5A);
    wb_exit e = run(c, 100);
    assert_int_equal(e.kind, WB_EXIT_HALT);
    assert_int_equal(c->d[0] & 0xFFFF, 0xCAFE);
    assert_int_equal(m68kt_r16(c, 0x20102), 0xCAFE);
    assert_int_equal(m68kt_r32(c, 0x0100), M68KT_HANDLER(64));   /* physical 0x100 (a vector) untouched */
    assert_int_equal(c->d[1] & 0xFFFF, 0x5A5A);
    assert_int_equal(m68kt_vector(c), V_BUS_ERROR);
    uint32_t sp = M68KT_SSP - 58;
    assert_int_equal(m68kt_r16(c, sp), 0x0000);                     /* user SR */
    assert_int_equal(m68kt_r32(c, sp + 2), M68KT_CODE + 2 * fault);  /* the faulting instruction */
    assert_int_equal(m68kt_r16(c, sp + 6), 0x8008);                  /* format 8, vector 2 */
    assert_int_equal(m68kt_r16(c, sp + 8), 0x1000 | 0x1);            /* DF, write, FC 1 */
    assert_int_equal(m68kt_r32(c, sp + 10), 0x3000);
    assert_int_equal(c->mmu_fault, 0x3000);
    assert_int_equal(c->m.counters.traps[WB_TRAP_MMU], 1);
    wb_destroy(&c->m);
}

/* An unmapped user access with trap_to_host: an MMU trap with the faulting logical address,
 * the instruction not executed (PC at it, registers as they were). */
static void mmu_fault_trap_to_host(void **state)
{
    (void)state;
    m68k_cpu *c = m68kt_new("m68010");
    c->seg[0] = (m68k_segment){0x1000, 0x1000, 0x1000, M68K_SEG_VALID};
    c->mmu_ctrl = 1;
    c->m.trap_to_host = true;
    M68KT_CODE_AT(c, M68KT_CODE, 0x3018);                /* MOVE.W (A0)+,D0 */
    m68kt_user(c);
    c->a[0] = 0x5000;
    wb_exit e = run(c, 10);
    assert_int_equal(e.kind, WB_EXIT_TRAP);
    assert_int_equal(e.trap.kind, WB_TRAP_MMU);
    assert_int_equal(e.trap.code, V_BUS_ERROR);
    assert_int_equal(e.trap.fault, 0x5000);
    assert_int_equal(c->pc, M68KT_CODE);
    assert_int_equal(c->a[0], 0x5000);
    wb_destroy(&c->m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(acia_transmits_to_console),
        cmocka_unit_test(acia_receives_from_console),
        cmocka_unit_test(acia_receive_interrupt),
        cmocka_unit_test(timer_interrupt_and_mask),
        cmocka_unit_test(timer_counts_instructions),
        cmocka_unit_test(stop_and_halt_register),
        cmocka_unit_test(io_page_is_supervisor_only),
        cmocka_unit_test(mmu_translates_user_accesses),
        cmocka_unit_test(mmu_fault_trap_to_host),
    };
    return cmocka_run_group_tests_name("m68k board", tests, NULL, NULL);
}
