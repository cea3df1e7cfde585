/* S/370 instruction group: logical operations, logical compare, insert/store characters, logical
 * shifts, TEST AND SET and SET PROGRAM MASK (PoO chapter 7, "General Instructions"). */
#include "s370.h"

/* CC of AND, OR, EXCLUSIVE OR: 0 result zero, 1 result not zero. */
static inline uint8_t cc_nz(uint32_t v) { return v != 0; }

/* Unsigned compare: CC 0 equal, 1 first low, 2 first high. */
static inline uint8_t cc_cmp(uint32_t a, uint32_t b) { return a == b ? 0 : a < b ? 1 : 2; }

/* ---------------------------------------------------------------- AND, OR, EXCLUSIVE OR */

/* 14 NR - And Register [RR] (PoO 7, "And") */
static void op_14(s370_cpu *c, const uint8_t *ins) { c->cc = cc_nz(c->gr[s370_r1(ins)] &= c->gr[s370_r2(ins)]); }
/* 54 N - And [RX] (PoO 7, "And") */
static void op_54(s370_cpu *c, const uint8_t *ins)
{
    uint32_t v = s370_fetch4(c, s370_rx_addr(c, ins));
    c->cc = cc_nz(c->gr[s370_r1(ins)] &= v);
}
/* 16 OR - Or Register [RR] (PoO 7, "Or") */
static void op_16(s370_cpu *c, const uint8_t *ins) { c->cc = cc_nz(c->gr[s370_r1(ins)] |= c->gr[s370_r2(ins)]); }
/* 56 O - Or [RX] (PoO 7, "Or") */
static void op_56(s370_cpu *c, const uint8_t *ins)
{
    uint32_t v = s370_fetch4(c, s370_rx_addr(c, ins));
    c->cc = cc_nz(c->gr[s370_r1(ins)] |= v);
}
/* 17 XR - Exclusive Or Register [RR] (PoO 7, "Exclusive Or") */
static void op_17(s370_cpu *c, const uint8_t *ins) { c->cc = cc_nz(c->gr[s370_r1(ins)] ^= c->gr[s370_r2(ins)]); }
/* 57 X - Exclusive Or [RX] (PoO 7, "Exclusive Or") */
static void op_57(s370_cpu *c, const uint8_t *ins)
{
    uint32_t v = s370_fetch4(c, s370_rx_addr(c, ins));
    c->cc = cc_nz(c->gr[s370_r1(ins)] ^= v);
}

/* SI-format first-operand address: B1 D1 in bytes 2-3. */
static inline uint32_t si_addr(const s370_cpu *c, const uint8_t *ins) { return s370_rs_addr(c, ins); }

/* The storage byte of NI/OI/XI is an update: the store access is checked before the fetch,
 * so a store-protected byte is never half-processed. */
static uint8_t *si_update(s370_cpu *c, const uint8_t *ins) { return s370_maddr(c, si_addr(c, ins), S370_ACC_STORE, c->pkey); }

/* 94 NI - And Immediate [SI] (PoO 7, "And") */
static void op_94(s370_cpu *c, const uint8_t *ins)
{
    uint8_t *p = si_update(c, ins);
    c->cc = cc_nz(*p &= ins[1]);
}
/* 96 OI - Or Immediate [SI] (PoO 7, "Or") */
static void op_96(s370_cpu *c, const uint8_t *ins)
{
    uint8_t *p = si_update(c, ins);
    c->cc = cc_nz(*p |= ins[1]);
}
/* 97 XI - Exclusive Or Immediate [SI] (PoO 7, "Exclusive Or") */
static void op_97(s370_cpu *c, const uint8_t *ins)
{
    uint8_t *p = si_update(c, ins);
    c->cc = cc_nz(*p ^= ins[1]);
}

/* ---------------------------------------------------------------- compare logical */

/* 15 CLR - Compare Logical Register [RR] (PoO 7, "Compare Logical") */
static void op_15(s370_cpu *c, const uint8_t *ins) { c->cc = cc_cmp(c->gr[s370_r1(ins)], c->gr[s370_r2(ins)]); }
/* 55 CL - Compare Logical [RX] (PoO 7, "Compare Logical") */
static void op_55(s370_cpu *c, const uint8_t *ins) { c->cc = cc_cmp(c->gr[s370_r1(ins)], s370_fetch4(c, s370_rx_addr(c, ins))); }
/* 95 CLI - Compare Logical Immediate [SI] (PoO 7, "Compare Logical"): storage is operand 1 */
static void op_95(s370_cpu *c, const uint8_t *ins) { c->cc = cc_cmp(s370_fetch1(c, si_addr(c, ins)), ins[1]); }

/* Bytes of R1 selected by mask m (bit 8 = leftmost byte), packed left to right. */
static unsigned select_bytes(uint32_t r, unsigned m, uint8_t out[4])
{
    unsigned n = 0;
    for (unsigned i = 0; i < 4; i++)
        if (m & (8u >> i))
            out[n++] = (uint8_t)(r >> (24 - 8 * i));
    return n;
}

/* BD CLM - Compare Logical Characters under Mask [RS] (PoO 7, "Compare Logical Characters
 * under Mask"): mask zero gives CC 0, with access exceptions recognized for one byte. */
static void op_bd(s370_cpu *c, const uint8_t *ins)
{
    uint8_t sel[4], mem[4];
    unsigned n = select_bytes(c->gr[s370_r1(ins)], s370_r2(ins), sel);
    uint32_t a = s370_rs_addr(c, ins);
    if (n == 0) {
        s370_validate(c, a, 1, S370_ACC_FETCH, c->pkey);
        c->cc = 0;
        return;
    }
    s370_fetchc(c, mem, a, n);
    c->cc = 0;
    for (unsigned i = 0; i < n; i++)
        if (sel[i] != mem[i]) {
            c->cc = sel[i] < mem[i] ? 1 : 2;
            break;
        }
}

/* 91 TM - Test under Mask [SI] (PoO 7, "Test under Mask"): CC 0 selected bits all zero (or
 * mask zero), 1 mixed, 3 all ones.  The byte is fetched even when the mask is zero. */
static void op_91(s370_cpu *c, const uint8_t *ins)
{
    uint8_t m = ins[1], v = s370_fetch1(c, si_addr(c, ins)) & m;
    c->cc = v == 0 ? 0 : v == m ? 3 : 1;
}

/* ---------------------------------------------------------------- insert and store characters */

/* 43 IC - Insert Character [RX] (PoO 7, "Insert Character"): bits 24-31, CC unchanged */
static void op_43(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1 = s370_r1(ins);
    uint8_t b = s370_fetch1(c, s370_rx_addr(c, ins));
    c->gr[r1] = (c->gr[r1] & 0xFFFFFF00u) | b;
}

/* 42 STC - Store Character [RX] (PoO 7, "Store Character") */
static void op_42(s370_cpu *c, const uint8_t *ins) { s370_store1(c, s370_rx_addr(c, ins), (uint8_t)c->gr[s370_r1(ins)]); }

/* BF ICM - Insert Characters under Mask [RS] (PoO 7, "Insert Characters under Mask"):
 * CC 0 inserted bits all zero or mask zero, 1 leftmost inserted bit one, 2 otherwise.
 * Mask zero: nothing inserted, access exceptions recognized for one byte. */
static void op_bf(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1 = s370_r1(ins), m = s370_r2(ins), n = 0;
    uint32_t a = s370_rs_addr(c, ins);
    for (unsigned i = 0; i < 4; i++)
        n += (m >> i) & 1;
    if (n == 0) {
        s370_validate(c, a, 1, S370_ACC_FETCH, c->pkey);
        c->cc = 0;
        return;
    }
    uint8_t mem[4];
    s370_fetchc(c, mem, a, n);
    uint32_t r = c->gr[r1];
    unsigned k = 0;
    bool any = false;
    for (unsigned i = 0; i < 4; i++)
        if (m & (8u >> i)) {
            unsigned sh = 24 - 8 * i;
            r = (r & ~(0xFFu << sh)) | (uint32_t)mem[k] << sh;
            any |= mem[k] != 0;
            k++;
        }
    c->gr[r1] = r;
    c->cc = !any ? 0 : (mem[0] & 0x80) ? 1 : 2;
}

/* BE STCM - Store Characters under Mask [RS] (PoO 7, "Store Characters under Mask"):
 * mask zero leaves storage unchanged; store access is still checked for the one byte (some
 * models fetch and store it back). */
static void op_be(s370_cpu *c, const uint8_t *ins)
{
    uint8_t sel[4];
    unsigned n = select_bytes(c->gr[s370_r1(ins)], s370_r2(ins), sel);
    uint32_t a = s370_rs_addr(c, ins);
    if (n == 0)
        s370_validate(c, a, 1, S370_ACC_STORE, c->pkey);
    else
        s370_storec(c, a, sel, n);
}

/* 92 MVI - Move Immediate [SI] (PoO 7, "Move") */
static void op_92(s370_cpu *c, const uint8_t *ins) { s370_store1(c, si_addr(c, ins), ins[1]); }

/* ---------------------------------------------------------------- logical shifts */

static inline unsigned shift_amount(const s370_cpu *c, const uint8_t *ins) { return s370_rs_addr(c, ins) & 63; }

static void need_even(s370_cpu *c, unsigned r)
{
    if (r & 1)
        s370_program_check(c, S370_PGM_SPECIFICATION);
}

/* 89 SLL - Shift Left Single Logical [RS] (PoO 7, "Shift Left Single Logical") */
static void op_89(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1 = s370_r1(ins), n = shift_amount(c, ins);
    c->gr[r1] = n > 31 ? 0 : c->gr[r1] << n;
}

/* 88 SRL - Shift Right Single Logical [RS] (PoO 7, "Shift Right Single Logical") */
static void op_88(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1 = s370_r1(ins), n = shift_amount(c, ins);
    c->gr[r1] = n > 31 ? 0 : c->gr[r1] >> n;
}

/* 8D SLDL - Shift Left Double Logical [RS] (PoO 7, "Shift Left Double Logical"): R1 even */
static void op_8d(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1 = s370_r1(ins), n = shift_amount(c, ins);
    need_even(c, r1);
    uint64_t v = ((uint64_t)c->gr[r1] << 32 | c->gr[r1 + 1]) << n;
    c->gr[r1] = (uint32_t)(v >> 32);
    c->gr[r1 + 1] = (uint32_t)v;
}

/* 8C SRDL - Shift Right Double Logical [RS] (PoO 7, "Shift Right Double Logical"): R1 even */
static void op_8c(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1 = s370_r1(ins), n = shift_amount(c, ins);
    need_even(c, r1);
    uint64_t v = ((uint64_t)c->gr[r1] << 32 | c->gr[r1 + 1]) >> n;
    c->gr[r1] = (uint32_t)(v >> 32);
    c->gr[r1 + 1] = (uint32_t)v;
}

/* ---------------------------------------------------------------- TS and SPM */

/* 93 TS - Test and Set [S] (PoO 7, "Test and Set"): CC from the leftmost bit of the byte,
 * which is then set to all ones (an interlocked update; only B1 D1 are used). */
static void op_93(s370_cpu *c, const uint8_t *ins)
{
    uint8_t *p = s370_maddr(c, si_addr(c, ins), S370_ACC_STORE, c->pkey);
    c->cc = *p >> 7;
    *p = 0xFF;
}

/* 04 SPM - Set Program Mask [RR] (PoO 7, "Set Program Mask"): bits 2-3 of R1 become the CC,
 * bits 4-7 the program mask; the R2 field is ignored.  Works the same in BC and EC mode. */
static void op_04(s370_cpu *c, const uint8_t *ins)
{
    uint32_t v = c->gr[s370_r1(ins)];
    c->cc = (v >> 28) & 3;
    c->pmask = (v >> 24) & 15;
}

const s370_insn_def s370_insns_logical[] = {
    {0x14, "NR", S370_RR, WB_PG_INNOCUOUS, op_14},
    {0x54, "N", S370_RX, WB_PG_INNOCUOUS, op_54},
    {0x94, "NI", S370_SI, WB_PG_INNOCUOUS, op_94},
    {0x16, "OR", S370_RR, WB_PG_INNOCUOUS, op_16},
    {0x56, "O", S370_RX, WB_PG_INNOCUOUS, op_56},
    {0x96, "OI", S370_SI, WB_PG_INNOCUOUS, op_96},
    {0x17, "XR", S370_RR, WB_PG_INNOCUOUS, op_17},
    {0x57, "X", S370_RX, WB_PG_INNOCUOUS, op_57},
    {0x97, "XI", S370_SI, WB_PG_INNOCUOUS, op_97},
    {0x15, "CLR", S370_RR, WB_PG_INNOCUOUS, op_15},
    {0x55, "CL", S370_RX, WB_PG_INNOCUOUS, op_55},
    {0x95, "CLI", S370_SI, WB_PG_INNOCUOUS, op_95},
    {0xBD, "CLM", S370_RS, WB_PG_INNOCUOUS, op_bd},
    {0x91, "TM", S370_SI, WB_PG_INNOCUOUS, op_91},
    {0x43, "IC", S370_RX, WB_PG_INNOCUOUS, op_43},
    {0x42, "STC", S370_RX, WB_PG_INNOCUOUS, op_42},
    {0xBF, "ICM", S370_RS, WB_PG_INNOCUOUS, op_bf},
    {0xBE, "STCM", S370_RS, WB_PG_INNOCUOUS, op_be},
    {0x92, "MVI", S370_SI, WB_PG_INNOCUOUS, op_92},
    {0x89, "SLL", S370_RS, WB_PG_INNOCUOUS, op_89},
    {0x88, "SRL", S370_RS, WB_PG_INNOCUOUS, op_88},
    {0x8D, "SLDL", S370_RS, WB_PG_INNOCUOUS, op_8d},
    {0x8C, "SRDL", S370_RS, WB_PG_INNOCUOUS, op_8c},
    {0x93, "TS", S370_S, WB_PG_INNOCUOUS, op_93},
    {0x04, "SPM", S370_RR, WB_PG_INNOCUOUS, op_04},
    {0, NULL, S370_RR, WB_PG_INNOCUOUS, NULL},
};
