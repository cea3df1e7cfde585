/* The sixteen Boolean functions SETZ .. SETO, each with the four modes (SRM 2.7). */
#include "pdp10.h"

/* Function number (bits 3-6 of the opcode) -> result from A = C(AC), M = the operand. */
static uint64_t boole(unsigned fn, uint64_t a, uint64_t m)
{
    uint64_t r;
    switch (fn) {
    case 0: r = 0; break;            /* SETZ */
    case 1: r = a & m; break;        /* AND */
    case 2: r = ~a & m; break;       /* ANDCA */
    case 3: r = m; break;            /* SETM */
    case 4: r = a & ~m; break;       /* ANDCM */
    case 5: r = a; break;            /* SETA */
    case 6: r = a ^ m; break;        /* XOR */
    case 7: r = a | m; break;        /* IOR */
    case 8: r = ~a & ~m; break;      /* ANDCB */
    case 9: r = ~(a ^ m); break;     /* EQV */
    case 10: r = ~a; break;          /* SETCA */
    case 11: r = ~a | m; break;      /* ORCA */
    case 12: r = ~m; break;          /* SETCM */
    case 13: r = a | ~m; break;      /* ORCM */
    case 14: r = ~a | ~m; break;     /* ORCB */
    default: r = PDP10_WORD; break;  /* SETO */
    }
    return r & PDP10_WORD;
}

/* 400-477 SETZ AND ANDCA SETM ANDCM SETA XOR IOR ANDCB EQV SETCA ORCA SETCM ORCM ORCB SETO
 * with modes (none) I M B (SRM 2.7).  Functions that ignore M make no memory reference in
 * the basic and immediate modes. */
static void op_bool(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e)
{
    unsigned fn = (op >> 2) & 017, mode = op & 3;
    bool uses_m = !(fn == 0 || fn == 5 || fn == 10 || fn == 15);
    uint64_t m = 0;
    if (mode == 1)
        m = e;
    else if (uses_m)
        m = pdp10_read(c, e);
    uint64_t r = boole(fn, c->ac[ac], m);
    if (mode >= 2)
        pdp10_write(c, e, r);
    if (mode != 2)
        c->ac[ac] = r;
}

#define B4(op, n) {op, 1, n, WB_PG_INNOCUOUS, op_bool}, {op + 1, 1, n "I", WB_PG_INNOCUOUS, op_bool}, \
    {op + 2, 1, n "M", WB_PG_INNOCUOUS, op_bool}, {op + 3, 1, n "B", WB_PG_INNOCUOUS, op_bool}

const pdp10_insn_def pdp10_insns_bool[] = {
    B4(0400, "SETZ"), B4(0404, "AND"),   B4(0410, "ANDCA"), B4(0414, "SETM"),
    B4(0420, "ANDCM"), B4(0424, "SETA"), B4(0430, "XOR"),   B4(0434, "IOR"),
    B4(0440, "ANDCB"), B4(0444, "EQV"),  B4(0450, "SETCA"), B4(0454, "ORCA"),
    B4(0460, "SETCM"), B4(0464, "ORCM"), B4(0470, "ORCB"),  B4(0474, "SETO"),
    {0, 0, NULL, WB_PG_INNOCUOUS, NULL},
};
