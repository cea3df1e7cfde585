/* Multiply and divide, 16-bit operands (PRM ch. 4).
 * All arithmetic is done in unsigned or 64-bit types: no signed overflow on the host. */
#include "m68k.h"

#define EA_MODE(op) (((op) >> 3) & 7)
#define EA_REG(op) ((op) & 7)
#define REG9(op) (((op) >> 9) & 7)

/* ------------------------------------------------------------------------------------------ */
/* MULU - Unsigned Multiply (PRM ch. 4): 16 x 16 -> 32                                        */
/* ------------------------------------------------------------------------------------------ */
static void op_mulu(m68k_cpu *c, uint16_t op)
{
    uint32_t s = m68k_read_ea(c, EA_MODE(op), EA_REG(op), 2);
    uint32_t res = s * (c->d[REG9(op)] & 0xFFFF);
    c->d[REG9(op)] = res;
    cc_logic(c, res, 4);
}

/* ------------------------------------------------------------------------------------------ */
/* MULS - Signed Multiply (PRM ch. 4): 16 x 16 -> 32                                          */
/* ------------------------------------------------------------------------------------------ */
static void op_muls(m68k_cpu *c, uint16_t op)
{
    int64_t s = (int16_t)(uint16_t)m68k_read_ea(c, EA_MODE(op), EA_REG(op), 2);
    int64_t d = (int16_t)(uint16_t)c->d[REG9(op)];
    uint32_t res = (uint32_t)(uint64_t)(s * d);
    c->d[REG9(op)] = res;
    cc_logic(c, res, 4);
}

/* ------------------------------------------------------------------------------------------ */
/* DIVU - Unsigned Divide (PRM ch. 4): 32 / 16 -> 16r:16q                                     */
/* ------------------------------------------------------------------------------------------ */
static void op_divu(m68k_cpu *c, uint16_t op)
{
    uint32_t s = m68k_read_ea(c, EA_MODE(op), EA_REG(op), 2);
    uint32_t d = c->d[REG9(op)];
    if (s == 0) {
        set_cc(c, SR_N | SR_Z | SR_V | SR_C, 0);
        m68k_exception(c, V_ZERO_DIVIDE);
    }
    uint32_t q = d / s, r = d % s;
    if (q > 0xFFFF) {
        /* Overflow: the operand is unaffected; N and Z are undefined in the PRM, the 68000
         * leaves N set and Z clear (as the single-step data shows). */
        set_cc(c, SR_N | SR_Z | SR_V | SR_C, SR_V | SR_N);
        return;
    }
    c->d[REG9(op)] = r << 16 | q;
    cc_logic(c, q, 2);
}

/* ------------------------------------------------------------------------------------------ */
/* DIVS - Signed Divide (PRM ch. 4): 32 / 16 -> 16r:16q, remainder has the dividend's sign    */
/* ------------------------------------------------------------------------------------------ */
static void op_divs(m68k_cpu *c, uint16_t op)
{
    int64_t s = (int16_t)(uint16_t)m68k_read_ea(c, EA_MODE(op), EA_REG(op), 2);
    int64_t d = (int32_t)c->d[REG9(op)];
    if (s == 0) {
        set_cc(c, SR_N | SR_Z | SR_V | SR_C, 0);
        m68k_exception(c, V_ZERO_DIVIDE);
    }
    int64_t q = d / s, r = d % s;
    if (q < -32768 || q > 32767) {
        set_cc(c, SR_N | SR_Z | SR_V | SR_C, SR_V | SR_N);
        return;
    }
    c->d[REG9(op)] = ((uint32_t)(uint64_t)r & 0xFFFF) << 16 | ((uint32_t)(uint64_t)q & 0xFFFF);
    cc_logic(c, (uint32_t)(uint64_t)q, 2);
}

const m68k_insn_def m68k_insns_muldiv[] = {
    {0xC0C0, 0xF1C0, EA_DATA, 0, "MULU", M_ALL, PG_I, op_mulu},
    {0xC1C0, 0xF1C0, EA_DATA, 0, "MULS", M_ALL, PG_I, op_muls},
    {0x80C0, 0xF1C0, EA_DATA, 0, "DIVU", M_ALL, PG_I, op_divu},
    {0x81C0, 0xF1C0, EA_DATA, 0, "DIVS", M_ALL, PG_I, op_divs},
    {0, 0, 0, 0, NULL, 0, PG_I, NULL},
};
