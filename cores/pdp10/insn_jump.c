/* Program control: JRST and its variants, JFCL, XCT, pushdown instructions, subroutine calls,
 * and the unimplemented-operation traps (UUOs) (SRM 2.9, 2.10, 2.11, 2.12). */
#include "pdp10.h"
#include <stdio.h>
#include <string.h>

/* JRST's AC field selects extra functions (SRM 2.9): 01 enter user mode, 02 restore flags
 * (JRSTF), 04 halt, 010 dismiss the interrupt in progress.  04 and 010 are privileged: in user
 * mode without User-IOT they are executed as MUUOs.  01 and 02 never trap: in user mode they
 * cannot leave user mode (that is the control-sensitive, unprivileged hole). */
#define JK(ac) ((0254u << 4) | (ac))   /* key: bits 0-12 of the instruction */
const pdp10_info_row pdp10_jrst_rows[] = {
    {JK(00), "JRST", WB_PG_INNOCUOUS},
    {JK(01), "JRST 1,", WB_PG_CONTROL_SENSITIVE},
    {JK(02), "JRSTF", WB_PG_CONTROL_SENSITIVE},
    {JK(03), "JRST 3,", WB_PG_CONTROL_SENSITIVE},
    {JK(04), "HALT", WB_PG_PRIVILEGED},
    {JK(05), "JRST 5,", WB_PG_PRIVILEGED},
    {JK(06), "JRST 6,", WB_PG_PRIVILEGED},
    {JK(07), "JRST 7,", WB_PG_PRIVILEGED},
    {JK(010), "JRST 10,", WB_PG_PRIVILEGED},
    {JK(011), "JRST 11,", WB_PG_PRIVILEGED},
    {JK(012), "JEN", WB_PG_PRIVILEGED},
    {JK(013), "JRST 13,", WB_PG_PRIVILEGED},
    {JK(014), "JRST 14,", WB_PG_PRIVILEGED},
    {JK(015), "JRST 15,", WB_PG_PRIVILEGED},
    {JK(016), "JRST 16,", WB_PG_PRIVILEGED},
    {JK(017), "JRST 17,", WB_PG_PRIVILEGED},
    {0, NULL, WB_PG_INNOCUOUS},
};

/* JRSTF (SRM 2.9): flags come from bits 0-12 of the last word of the effective-address
 * calculation.  In executive mode every flag may be set or cleared; in user mode USER stays
 * set and User-IOT can only be cleared. */
static void restore_flags(pdp10_cpu *c)
{
    uint32_t nf = (uint32_t)(c->ea_word >> 18) & PDP10_FLAGMASK;
    if (pdp10_user(c)) {
        nf |= PDP10_USER;
        nf = (nf & ~(uint32_t)PDP10_USERIO) | (nf & c->flags & PDP10_USERIO);
    }
    c->flags = nf;
}

/* 254 JRST - Jump and Restore (SRM 2.9) */
static void op_jrst(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e)
{
    if ((ac & 014) && pdp10_iot_trapped(c, op, ac, e))
        return;
    if (ac & 02)
        restore_flags(c);
    if (ac & 01)
        c->flags |= PDP10_USER;
    if (ac & 010)
        pdp10_pi_dismiss(c);
    if (ac & 04) {
        /* HALT: the processor stops with PC = E (SRM 2.9) */
        c->pc = e;
        c->jumped = true;
        memset(&c->exit, 0, sizeof c->exit);
        c->exit.kind = WB_EXIT_HALT;
        snprintf(c->exit.msg, sizeof c->exit.msg, "HALT at %06o, PC %06o", (unsigned)c->insn_pc, (unsigned)e);
        c->exit_ready = true;
        return;
    }
    pdp10_jump(c, e);
}

/* 255 JFCL - Jump on Flag and Clear (SRM 2.9): AC bits 010 AROV, 004 CRY0, 002 CRY1, 001 FOV. */
static void op_jfcl(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e)
{
    (void)op;
    uint32_t sel = 0;
    if (ac & 010)
        sel |= PDP10_AROV;
    if (ac & 004)
        sel |= PDP10_CRY0;
    if (ac & 002)
        sel |= PDP10_CRY1;
    if (ac & 001)
        sel |= PDP10_FOV;
    bool any = (c->flags & sel) != 0;
    c->flags &= ~sel;
    if (any)
        pdp10_jump(c, e);
}

/* 256 XCT - Execute (SRM 2.9): the word at E is performed in place of the XCT. */
static void op_xct(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e)
{
    (void)op;
    (void)ac;
    c->xct_word = pdp10_read(c, e);
    c->xct_pending = true;
}

/* A jump that saves the PC word in an interrupt or MUUO cycle takes the processor out of user
 * mode after the save (SRM 2.12, 2.13). */
static void leave_trap_cycle(pdp10_cpu *c)
{
    c->flags &= ~(uint32_t)PDP10_BIS;
    if (c->trap_cycle)
        c->flags &= ~(uint32_t)PDP10_USER;
}

/* Pushdown pointer arithmetic of the KA10: both halves as one word. */
static uint64_t push_ptr(pdp10_cpu *c, uint64_t p)
{
    uint64_t s = p + 01000001;
    if (s >> 36)
        c->pdl_flag = true;   /* count in the left half ran out */
    return s & PDP10_WORD;
}

static uint64_t pop_ptr(pdp10_cpu *c, uint64_t p)
{
    uint64_t s = p + 0777776777777;
    if (!(s >> 36))
        c->pdl_flag = true;
    return s & PDP10_WORD;
}

/* 260 PUSHJ - Push Down and Jump (SRM 2.10) */
static void op_pushj(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e)
{
    (void)op;
    uint64_t p = push_ptr(c, c->ac[ac]);
    uint64_t pcw = pdp10_pc_word(c, c->pc);
    pdp10_write(c, (uint32_t)pdp10_rh(p), pcw);
    c->ac[ac] = p;
    leave_trap_cycle(c);
    pdp10_jump(c, e);
}

/* 261 PUSH - Push Down (SRM 2.10) */
static void op_push(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e)
{
    (void)op;
    uint64_t v = pdp10_read(c, e);
    uint64_t p = push_ptr(c, c->ac[ac]);
    pdp10_write(c, (uint32_t)pdp10_rh(p), v);
    c->ac[ac] = p;
}

/* 262 POP - Pop Up (SRM 2.10) */
static void op_pop(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e)
{
    (void)op;
    uint64_t p = c->ac[ac];
    uint64_t v = pdp10_read(c, (uint32_t)pdp10_rh(p));
    pdp10_write(c, e, v);
    c->ac[ac] = pop_ptr(c, p);
}

/* 263 POPJ - Pop Up and Jump (SRM 2.10) */
static void op_popj(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e)
{
    (void)op;
    (void)e;
    uint64_t p = c->ac[ac];
    uint64_t v = pdp10_read(c, (uint32_t)pdp10_rh(p));
    c->ac[ac] = pop_ptr(c, p);
    pdp10_jump(c, (uint32_t)pdp10_rh(v));
}

/* 264 JSR - Jump to Subroutine (SRM 2.11): PC word to E, continue at E+1. */
static void op_jsr(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e)
{
    (void)op;
    (void)ac;
    pdp10_write(c, e, pdp10_pc_word(c, c->pc));
    leave_trap_cycle(c);
    pdp10_jump(c, e + 1);
}

/* 265 JSP - Jump and Save PC (SRM 2.11): PC word to AC. */
static void op_jsp(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e)
{
    (void)op;
    c->ac[ac] = pdp10_pc_word(c, c->pc);
    leave_trap_cycle(c);
    pdp10_jump(c, e);
}

/* 266 JSA - Jump and Save AC (SRM 2.11): AC to E, E,,PC to AC, continue at E+1. */
static void op_jsa(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e)
{
    (void)op;
    pdp10_write(c, e, c->ac[ac]);
    c->ac[ac] = ((uint64_t)e << 18) | c->pc;
    if (c->trap_cycle)
        c->flags &= ~(uint32_t)PDP10_USER;
    pdp10_jump(c, e + 1);
}

/* 267 JRA - Jump and Restore AC (SRM 2.11): AC gets the word addressed by its left half. */
static void op_jra(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e)
{
    (void)op;
    c->ac[ac] = pdp10_read(c, (uint32_t)pdp10_lh(c->ac[ac]));
    pdp10_jump(c, e);
}

/* 001-037 LUUO - Local UUO (SRM 2.12): the instruction with E goes to location 40 of the
 * current address space (relocated in user mode), and the instruction at 41 is performed in
 * place of the UUO. */
static void op_luuo(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e)
{
    pdp10_write(c, 040, ((uint64_t)op << 27) | ((uint64_t)ac << 23) | e);
    c->xct_word = pdp10_read(c, 041);
    c->xct_pending = true;
}

/* 000, 040-077 MUUO - Monitor UUO (SRM 2.12); 247 and 257 (unassigned) are taken the same way
 * here. */
static void op_muuo(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e)
{
    pdp10_muuo(c, op, ac, e);
}

/* 100-127 - the KI10's double-precision and conversion codes: unimplemented on the KA10, they
 * trap through absolute locations 60/61 (DAKAH tests this). */
static void op_unimp(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e)
{
    pdp10_unimplemented(c, op, ac, e);
}

/* UUOs trap in both modes (system calls through 40/41 or 60/61): in P&G's terms they are innocuous,
 * like the S/370's SVC -- privileged means "traps in user mode only". */
const pdp10_insn_def pdp10_insns_jump[] = {
    {0000, 1, "UUO00", WB_PG_INNOCUOUS, op_muuo},
    {0001, 037, "LUUO", WB_PG_INNOCUOUS, op_luuo},
    {0040, 040, "MUUO", WB_PG_INNOCUOUS, op_muuo},
    {0100, 030, "UNIMPLEMENTED", WB_PG_INNOCUOUS, op_unimp},
    {0247, 1, "UNASSIGNED", WB_PG_INNOCUOUS, op_muuo},
    {0257, 1, "UNASSIGNED", WB_PG_INNOCUOUS, op_muuo},
    {0254, 1, "JRST", WB_PG_CONTROL_SENSITIVE, op_jrst},
    {0255, 1, "JFCL", WB_PG_INNOCUOUS, op_jfcl},
    {0256, 1, "XCT", WB_PG_INNOCUOUS, op_xct},
    {0260, 1, "PUSHJ", WB_PG_BEHAVIOUR_SENSITIVE, op_pushj},
    {0261, 1, "PUSH", WB_PG_INNOCUOUS, op_push},
    {0262, 1, "POP", WB_PG_INNOCUOUS, op_pop},
    {0263, 1, "POPJ", WB_PG_INNOCUOUS, op_popj},
    {0264, 1, "JSR", WB_PG_BEHAVIOUR_SENSITIVE, op_jsr},
    {0265, 1, "JSP", WB_PG_BEHAVIOUR_SENSITIVE, op_jsp},
    {0266, 1, "JSA", WB_PG_INNOCUOUS, op_jsa},
    {0267, 1, "JRA", WB_PG_INNOCUOUS, op_jra},
    {0, 0, NULL, WB_PG_INNOCUOUS, NULL},
};
