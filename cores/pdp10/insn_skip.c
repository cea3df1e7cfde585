/* Arithmetic testing: CAI CAM JUMP SKIP AOJ AOS SOJ SOS, AOBJP AOBJN (SRM 2.6). */
#include "pdp10.h"

/* Condition in the low three opcode bits: never, L, E, LE, A(lways), GE, N, G. */
static bool cond(unsigned op, int64_t a, int64_t b)
{
    switch (op & 7) {
    case 0: return false;
    case 1: return a < b;
    case 2: return a == b;
    case 3: return a <= b;
    case 4: return true;
    case 5: return a >= b;
    case 6: return a != b;
    default: return a > b;
    }
}

/* 300-307 CAI CAIL CAIE CAILE CAIA CAIGE CAIN CAIG - Compare AC Immediate, skip (SRM 2.6) */
static void op_cai(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e)
{
    if (cond(op, pdp10_sval(c->ac[ac]), (int64_t)e))
        pdp10_skip(c);
}

/* 310-317 CAM CAML CAME CAMLE CAMA CAMGE CAMN CAMG - Compare AC with Memory, skip (SRM 2.6) */
static void op_cam(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e)
{
    uint64_t m = pdp10_read(c, e);
    if (cond(op, pdp10_sval(c->ac[ac]), pdp10_sval(m)))
        pdp10_skip(c);
}

/* 320-327 JUMP JUMPL JUMPE JUMPLE JUMPA JUMPGE JUMPN JUMPG - Jump on AC (SRM 2.6) */
static void op_jump(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e)
{
    if (cond(op, pdp10_sval(c->ac[ac]), 0))
        pdp10_jump(c, e);
}

/* 330-337 SKIP SKIPL SKIPE SKIPLE SKIPA SKIPGE SKIPN SKIPG - Skip on Memory; AC != 0 gets
 * C(E) (SRM 2.6) */
static void op_skip(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e)
{
    uint64_t m = pdp10_read(c, e);
    if (ac)
        c->ac[ac] = m;
    if (cond(op, pdp10_sval(m), 0))
        pdp10_skip(c);
}

/* 340-347 AOJx, 360-367 SOJx - Add/Subtract One to AC and Jump (SRM 2.6) */
static void op_aoj(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e)
{
    uint64_t v = (op & 020) ? pdp10_sub(c, c->ac[ac], 1) : pdp10_add(c, c->ac[ac], 1);
    c->ac[ac] = v;
    if (cond(op, pdp10_sval(v), 0))
        pdp10_jump(c, e);
}

/* 350-357 AOSx, 370-377 SOSx - Add/Subtract One to Memory and Skip; AC != 0 gets the result
 * (SRM 2.6) */
static void op_aos(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e)
{
    uint64_t m = pdp10_read(c, e);
    pdp10_check_write(c, e);
    uint64_t v = (op & 020) ? pdp10_sub(c, m, 1) : pdp10_add(c, m, 1);
    pdp10_write(c, e, v);
    if (ac)
        c->ac[ac] = v;
    if (cond(op, pdp10_sval(v), 0))
        pdp10_skip(c);
}

/* 252 AOBJP, 253 AOBJN - Add One to Both halves of AC and Jump if Positive / Negative
 * (SRM 2.6).  The KA10 adds 1000001 to the whole word: a carry out of the right half
 * propagates into the left half. */
static void op_aobj(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e)
{
    uint64_t v = (c->ac[ac] + 01000001) & PDP10_WORD;
    c->ac[ac] = v;
    bool neg = (v & PDP10_SIGN) != 0;
    if ((op == 0253) == neg)
        pdp10_jump(c, e);
}

#define C8(op, n, f) {op, 1, n, WB_PG_INNOCUOUS, f}, {op + 1, 1, n "L", WB_PG_INNOCUOUS, f}, \
    {op + 2, 1, n "E", WB_PG_INNOCUOUS, f}, {op + 3, 1, n "LE", WB_PG_INNOCUOUS, f}, \
    {op + 4, 1, n "A", WB_PG_INNOCUOUS, f}, {op + 5, 1, n "GE", WB_PG_INNOCUOUS, f}, \
    {op + 6, 1, n "N", WB_PG_INNOCUOUS, f}, {op + 7, 1, n "G", WB_PG_INNOCUOUS, f}

const pdp10_insn_def pdp10_insns_skip[] = {
    C8(0300, "CAI", op_cai), C8(0310, "CAM", op_cam), C8(0320, "JUMP", op_jump), C8(0330, "SKIP", op_skip),
    C8(0340, "AOJ", op_aoj), C8(0350, "AOS", op_aos), C8(0360, "SOJ", op_aoj),   C8(0370, "SOS", op_aos),
    {0252, 1, "AOBJP", WB_PG_INNOCUOUS, op_aobj}, {0253, 1, "AOBJN", WB_PG_INNOCUOUS, op_aobj},
    {0, 0, NULL, WB_PG_INNOCUOUS, NULL},
};
