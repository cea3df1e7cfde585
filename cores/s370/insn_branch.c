/* S/370 instruction group: branching, EXECUTE and SUPERVISOR CALL (PoO chapter 7, "General
 * Instructions").
 *
 * Order of events for every branch (PoO "Branching"): the branch address is computed first,
 * then registers are updated, then the instruction address is replaced.  A branch address is
 * not checked here: an odd one raises specification when the next instruction is fetched. */
#include "s370.h"
#include <string.h>

static inline void branch_to(s370_cpu *c, uint32_t addr) { c->ia = addr & S370_AMASK; }

/* Link information of BAL/BALR, in BC and EC mode alike (PoO "Branch and Link"): the rightmost
 * word of a BC-mode PSW.
 *   0   2    4      8                        31
 *  +---+----+------+--------------------------+
 *  |ILC| CC | prog | updated instruction addr |
 *  |   |    | mask |                          |
 *  +---+----+------+--------------------------+
 * ILC is that of the instruction in control: 1 for BALR, 2 for BAL, and 2 for either when it
 * is the target of EXECUTE (c->ilc then still holds EXECUTE's length). */
static uint32_t bal_link(const s370_cpu *c)
{
    return (uint32_t)((c->ilc >> 1) & 3) << 30 | (uint32_t)(c->cc & 3) << 28 | (uint32_t)(c->pmask & 15) << 24 |
           (c->ia & S370_AMASK);
}

/* 05 BALR - Branch and Link Register [RR] (PoO 7, "Branch and Link"): R2 = 0 links only */
static void op_05(s370_cpu *c, const uint8_t *ins)
{
    unsigned r2 = s370_r2(ins);
    uint32_t target = c->gr[r2];   /* before R1 changes: R1 may equal R2 */
    c->gr[s370_r1(ins)] = bal_link(c);
    if (r2)
        branch_to(c, target);
}

/* 45 BAL - Branch and Link [RX] (PoO 7, "Branch and Link") */
static void op_45(s370_cpu *c, const uint8_t *ins)
{
    uint32_t target = s370_rx_addr(c, ins);
    c->gr[s370_r1(ins)] = bal_link(c);
    branch_to(c, target);
}

/* 0D BASR - Branch and Save Register [RR] (PoO 7, "Branch and Save"): link = updated
 * instruction address with bits 0-7 zero; R2 = 0 saves only */
static void op_0d(s370_cpu *c, const uint8_t *ins)
{
    unsigned r2 = s370_r2(ins);
    uint32_t target = c->gr[r2];
    c->gr[s370_r1(ins)] = c->ia & S370_AMASK;
    if (r2)
        branch_to(c, target);
}

/* 4D BAS - Branch and Save [RX] (PoO 7, "Branch and Save") */
static void op_4d(s370_cpu *c, const uint8_t *ins)
{
    uint32_t target = s370_rx_addr(c, ins);
    c->gr[s370_r1(ins)] = c->ia & S370_AMASK;
    branch_to(c, target);
}

/* 06 BCTR - Branch on Count Register [RR] (PoO 7, "Branch on Count"): R2 = 0 counts only */
static void op_06(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1 = s370_r1(ins), r2 = s370_r2(ins);
    uint32_t target = c->gr[r2];
    c->gr[r1] -= 1;   /* unsigned: the wrap from -2^31 to 2^31-1 is ignored, as the PoO says */
    if (r2 && c->gr[r1] != 0)
        branch_to(c, target);
}

/* 46 BCT - Branch on Count [RX] (PoO 7, "Branch on Count") */
static void op_46(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1 = s370_r1(ins);
    uint32_t target = s370_rx_addr(c, ins);
    c->gr[r1] -= 1;
    if (c->gr[r1] != 0)
        branch_to(c, target);
}

/* Does mask M1 select the current condition code?  Mask bit 8 = CC 0 ... bit 1 = CC 3. */
static inline bool cc_selected(const s370_cpu *c, unsigned m) { return (m >> (3 - (c->cc & 3))) & 1; }

/* 07 BCR - Branch on Condition Register [RR] (PoO 7, "Branch on Condition"): R2 = 0 never
 * branches; BCR 15,0 is the serialization no-op, trivially satisfied by one CPU. */
static void op_07(s370_cpu *c, const uint8_t *ins)
{
    unsigned r2 = s370_r2(ins);
    if (r2 && cc_selected(c, s370_r1(ins)))
        branch_to(c, c->gr[r2]);
}

/* 47 BC - Branch on Condition [RX] (PoO 7, "Branch on Condition") */
static void op_47(s370_cpu *c, const uint8_t *ins)
{
    if (cc_selected(c, s370_r1(ins)))
        branch_to(c, s370_rx_addr(c, ins));
}

/* BXH/BXLE common part: R1 += R3, compared with the odd register of the R3 pair (R3 itself
 * when R3 is odd).  The increment and comparand are read before R1 is replaced, so R1 may
 * coincide with either. Returns the signed comparison of sum with comparand (<0, 0, >0). */
static int index_step(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1 = s370_r1(ins), r3 = s370_r2(ins);
    uint32_t incr = c->gr[r3], comp = c->gr[r3 | 1];
    uint32_t sum = c->gr[r1] + incr;   /* overflow ignored */
    c->gr[r1] = sum;
    uint32_t a = sum ^ 0x80000000u, b = comp ^ 0x80000000u;   /* signed order as unsigned */
    return a < b ? -1 : a > b;
}

/* 86 BXH - Branch on Index High [RS] (PoO 7, "Branch on Index High") */
static void op_86(s370_cpu *c, const uint8_t *ins)
{
    uint32_t target = s370_rs_addr(c, ins);
    if (index_step(c, ins) > 0)
        branch_to(c, target);
}

/* 87 BXLE - Branch on Index Low or Equal [RS] (PoO 7, "Branch on Index Low or Equal") */
static void op_87(s370_cpu *c, const uint8_t *ins)
{
    uint32_t target = s370_rs_addr(c, ins);
    if (index_step(c, ins) <= 0)
        branch_to(c, target);
}

/* 44 EX - Execute [RX] (PoO 7, "Execute").
 * The target at the (even) second-operand address is fetched as an instruction, its second
 * byte ORed with bits 24-31 of R1 (not for R1 = 0), and executed.  c->ia stays past EX and
 * c->ilc stays 4, so link information and any interruption of the target report EX's address
 * and length, as the PoO requires.  A target that is itself EX is an execute exception. */
static void op_44(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1 = s370_r1(ins);
    uint32_t a = s370_rx_addr(c, ins);
    if (a & 1)   /* no access exception for an odd address: specification comes first */
        s370_program_check(c, S370_PGM_SPECIFICATION);
    uint8_t t[6];
    const uint8_t *p = s370_maddr(c, a, S370_ACC_IFETCH, c->pkey);
    t[0] = p[0];
    t[1] = p[1];
    if (t[0] == 0x44)
        s370_program_check(c, S370_PGM_EXECUTE);
    unsigned len = s370_ilen(t[0]);
    for (unsigned i = 2; i < len; i += 2) {   /* halfword by halfword: may cross a 2K block */
        p = s370_maddr(c, (a + i) & S370_AMASK, S370_ACC_IFETCH, c->pkey);
        t[i] = p[0];
        t[i + 1] = p[1];
    }
    if (r1)
        t[1] |= (uint8_t)c->gr[r1];

    /* c->in_exec is true while the target runs; the next instruction fetch clears it, so a program
     * check in the target (which unwinds to the run loop) cannot leave it set. */
    c->in_exec = true;
    s370_execute(c, t);
    c->in_exec = false;
}

/* 0A SVC - Supervisor Call [RR] (PoO 7, "Supervisor Call"): bits 8-15 are the interruption
 * code.  A trap by design, not a sensitive instruction: innocuous in the P&G sense. */
static void op_0a(s370_cpu *c, const uint8_t *ins) { s370_svc(c, ins[1]); }

const s370_insn_def s370_insns_branch[] = {
    {0x05, "BALR", S370_RR, WB_PG_INNOCUOUS, op_05},
    {0x45, "BAL", S370_RX, WB_PG_INNOCUOUS, op_45},
    {0x0D, "BASR", S370_RR, WB_PG_INNOCUOUS, op_0d},
    {0x4D, "BAS", S370_RX, WB_PG_INNOCUOUS, op_4d},
    {0x06, "BCTR", S370_RR, WB_PG_INNOCUOUS, op_06},
    {0x46, "BCT", S370_RX, WB_PG_INNOCUOUS, op_46},
    {0x07, "BCR", S370_RR, WB_PG_INNOCUOUS, op_07},
    {0x47, "BC", S370_RX, WB_PG_INNOCUOUS, op_47},
    {0x86, "BXH", S370_RS, WB_PG_INNOCUOUS, op_86},
    {0x87, "BXLE", S370_RS, WB_PG_INNOCUOUS, op_87},
    {0x44, "EX", S370_RX, WB_PG_INNOCUOUS, op_44},
    {0x0A, "SVC", S370_RR, WB_PG_INNOCUOUS, op_0a},
    {0, NULL, S370_RR, WB_PG_INNOCUOUS, NULL},
};
