/* Loads and stores (BookE 3.3.1-3.3.6 "Fixed-Point Load/Store Instructions"), byte-reversed forms,
 * load/store multiple and string, lwarx/stwcx., and the unprivileged cache-management instructions.
 * Update forms with rA=0 (and loads with rA=rT) are invalid forms: they take the illegal-instruction
 * program interrupt, before any access. */
#include "booke.h"

#define GPR(n) c->gpr[n]

static inline uint32_t ra0(ppc_cpu *c, uint32_t i) { return ppc_ra(i) ? GPR(ppc_ra(i)) : 0; }
static inline uint32_t ea_d(ppc_cpu *c, uint32_t i) { return ra0(c, i) + (uint32_t)ppc_simm(i); }
static inline uint32_t ea_x(ppc_cpu *c, uint32_t i) { return ra0(c, i) + GPR(ppc_rb(i)); }

static inline uint32_t bswap16(uint32_t v) { return ((v & 0xFF) << 8) | ((v >> 8) & 0xFF); }
static inline uint32_t bswap32(uint32_t v)
{
    return (v >> 24) | ((v >> 8) & 0xFF00u) | ((v << 8) & 0xFF0000u) | (v << 24);
}

enum { Z = 0, SEXT = 1 };
static void load(ppc_cpu *c, uint32_t i, uint32_t ea, unsigned size, int sext, bool upd)
{
    if (upd && (ppc_ra(i) == 0 || ppc_ra(i) == ppc_rt(i)))
        ppc_illegal(c, i);
    uint32_t v = ppc_load(c, ea, size);
    if (sext && size == 2)
        v = (uint32_t)(int32_t)(int16_t)v;
    GPR(ppc_rt(i)) = v;
    if (upd)
        GPR(ppc_ra(i)) = ea;
}
static void store(ppc_cpu *c, uint32_t i, uint32_t ea, unsigned size, bool upd)
{
    if (upd && ppc_ra(i) == 0)
        ppc_illegal(c, i);
    ppc_store(c, ea, size, GPR(ppc_rt(i)));
    if (upd)
        GPR(ppc_ra(i)) = ea;
}

/* 32 lwz - Load Word and Zero [D] */
static void op_lwz(ppc_cpu *c, uint32_t i) { load(c, i, ea_d(c, i), 4, Z, false); }
/* 33 lwzu - Load Word and Zero with Update [D] */
static void op_lwzu(ppc_cpu *c, uint32_t i) { load(c, i, ea_d(c, i), 4, Z, true); }
/* 34 lbz - Load Byte and Zero [D] */
static void op_lbz(ppc_cpu *c, uint32_t i) { load(c, i, ea_d(c, i), 1, Z, false); }
/* 35 lbzu - Load Byte and Zero with Update [D] */
static void op_lbzu(ppc_cpu *c, uint32_t i) { load(c, i, ea_d(c, i), 1, Z, true); }
/* 40 lhz - Load Halfword and Zero [D] */
static void op_lhz(ppc_cpu *c, uint32_t i) { load(c, i, ea_d(c, i), 2, Z, false); }
/* 41 lhzu - Load Halfword and Zero with Update [D] */
static void op_lhzu(ppc_cpu *c, uint32_t i) { load(c, i, ea_d(c, i), 2, Z, true); }
/* 42 lha - Load Halfword Algebraic [D] */
static void op_lha(ppc_cpu *c, uint32_t i) { load(c, i, ea_d(c, i), 2, SEXT, false); }
/* 43 lhau - Load Halfword Algebraic with Update [D] */
static void op_lhau(ppc_cpu *c, uint32_t i) { load(c, i, ea_d(c, i), 2, SEXT, true); }
/* 36 stw - Store Word [D] */
static void op_stw(ppc_cpu *c, uint32_t i) { store(c, i, ea_d(c, i), 4, false); }
/* 37 stwu - Store Word with Update [D] */
static void op_stwu(ppc_cpu *c, uint32_t i) { store(c, i, ea_d(c, i), 4, true); }
/* 38 stb - Store Byte [D] */
static void op_stb(ppc_cpu *c, uint32_t i) { store(c, i, ea_d(c, i), 1, false); }
/* 39 stbu - Store Byte with Update [D] */
static void op_stbu(ppc_cpu *c, uint32_t i) { store(c, i, ea_d(c, i), 1, true); }
/* 44 sth - Store Halfword [D] */
static void op_sth(ppc_cpu *c, uint32_t i) { store(c, i, ea_d(c, i), 2, false); }
/* 45 sthu - Store Halfword with Update [D] */
static void op_sthu(ppc_cpu *c, uint32_t i) { store(c, i, ea_d(c, i), 2, true); }
/* 31/23 lwzx - Load Word and Zero Indexed [X] */
static void op_lwzx(ppc_cpu *c, uint32_t i) { load(c, i, ea_x(c, i), 4, Z, false); }
/* 31/55 lwzux - Load Word and Zero with Update Indexed [X] */
static void op_lwzux(ppc_cpu *c, uint32_t i) { load(c, i, ea_x(c, i), 4, Z, true); }
/* 31/87 lbzx - Load Byte and Zero Indexed [X] */
static void op_lbzx(ppc_cpu *c, uint32_t i) { load(c, i, ea_x(c, i), 1, Z, false); }
/* 31/119 lbzux - Load Byte and Zero with Update Indexed [X] */
static void op_lbzux(ppc_cpu *c, uint32_t i) { load(c, i, ea_x(c, i), 1, Z, true); }
/* 31/279 lhzx - Load Halfword and Zero Indexed [X] */
static void op_lhzx(ppc_cpu *c, uint32_t i) { load(c, i, ea_x(c, i), 2, Z, false); }
/* 31/311 lhzux - Load Halfword and Zero with Update Indexed [X] */
static void op_lhzux(ppc_cpu *c, uint32_t i) { load(c, i, ea_x(c, i), 2, Z, true); }
/* 31/343 lhax - Load Halfword Algebraic Indexed [X] */
static void op_lhax(ppc_cpu *c, uint32_t i) { load(c, i, ea_x(c, i), 2, SEXT, false); }
/* 31/375 lhaux - Load Halfword Algebraic with Update Indexed [X] */
static void op_lhaux(ppc_cpu *c, uint32_t i) { load(c, i, ea_x(c, i), 2, SEXT, true); }
/* 31/151 stwx - Store Word Indexed [X] */
static void op_stwx(ppc_cpu *c, uint32_t i) { store(c, i, ea_x(c, i), 4, false); }
/* 31/183 stwux - Store Word with Update Indexed [X] */
static void op_stwux(ppc_cpu *c, uint32_t i) { store(c, i, ea_x(c, i), 4, true); }
/* 31/215 stbx - Store Byte Indexed [X] */
static void op_stbx(ppc_cpu *c, uint32_t i) { store(c, i, ea_x(c, i), 1, false); }
/* 31/247 stbux - Store Byte with Update Indexed [X] */
static void op_stbux(ppc_cpu *c, uint32_t i) { store(c, i, ea_x(c, i), 1, true); }
/* 31/407 sthx - Store Halfword Indexed [X] */
static void op_sthx(ppc_cpu *c, uint32_t i) { store(c, i, ea_x(c, i), 2, false); }
/* 31/439 sthux - Store Halfword with Update Indexed [X] */
static void op_sthux(ppc_cpu *c, uint32_t i) { store(c, i, ea_x(c, i), 2, true); }

/* 31/534 lwbrx - Load Word Byte-Reverse Indexed [X] */
static void op_lwbrx(ppc_cpu *c, uint32_t i) { GPR(ppc_rt(i)) = bswap32(ppc_load(c, ea_x(c, i), 4)); }
/* 31/790 lhbrx - Load Halfword Byte-Reverse Indexed [X] */
static void op_lhbrx(ppc_cpu *c, uint32_t i) { GPR(ppc_rt(i)) = bswap16(ppc_load(c, ea_x(c, i), 2)); }
/* 31/662 stwbrx - Store Word Byte-Reverse Indexed [X] */
static void op_stwbrx(ppc_cpu *c, uint32_t i) { ppc_store(c, ea_x(c, i), 4, bswap32(GPR(ppc_rt(i)))); }
/* 31/918 sthbrx - Store Halfword Byte-Reverse Indexed [X] */
static void op_sthbrx(ppc_cpu *c, uint32_t i) { ppc_store(c, ea_x(c, i), 2, bswap16(GPR(ppc_rt(i)) & 0xFFFF)); }

/* 46 lmw - Load Multiple Word [D]: rT..r31 */
static void op_lmw(ppc_cpu *c, uint32_t i)
{
    uint32_t ea = ea_d(c, i);
    uint32_t v[32];
    unsigned n = 0;
    for (unsigned r = ppc_rt(i); r < 32; r++, ea += 4)
        v[n++] = ppc_load(c, ea, 4);   /* all loads first: an interrupt leaves the registers unchanged */
    n = 0;
    for (unsigned r = ppc_rt(i); r < 32; r++)
        GPR(r) = v[n++];
}
/* 47 stmw - Store Multiple Word [D] */
static void op_stmw(ppc_cpu *c, uint32_t i)
{
    uint32_t ea = ea_d(c, i);
    for (unsigned r = ppc_rt(i); r < 32; r++, ea += 4)
        ppc_store(c, ea, 4, GPR(r));
}

/* Load string: n bytes into rT, rT+1, ... (wrapping r31 -> r0), four per register, left-justified. */
static void load_string(ppc_cpu *c, uint32_t i, uint32_t ea, unsigned n)
{
    unsigned r = ppc_rt(i);
    uint32_t v[32] = {0};
    unsigned nregs = (n + 3) / 4;
    for (unsigned k = 0; k < n; k++)
        v[k / 4] |= ppc_load(c, ea + k, 1) << (24 - 8 * (k % 4));
    for (unsigned k = 0; k < nregs; k++)
        GPR((r + k) & 31) = v[k];
}
static void store_string(ppc_cpu *c, uint32_t i, uint32_t ea, unsigned n)
{
    unsigned r = ppc_rt(i);
    for (unsigned k = 0; k < n; k++)
        ppc_store(c, ea + k, 1, (GPR((r + k / 4) & 31) >> (24 - 8 * (k % 4))) & 0xFF);
}
static unsigned nb_count(uint32_t i) { unsigned nb = ppc_rb(i); return nb ? nb : 32; }
/* 31/597 lswi - Load String Word Immediate [X] */
static void op_lswi(ppc_cpu *c, uint32_t i) { load_string(c, i, ra0(c, i), nb_count(i)); }
/* 31/533 lswx - Load String Word Indexed [X] (count in XER[25:31]) */
static void op_lswx(ppc_cpu *c, uint32_t i) { load_string(c, i, ea_x(c, i), c->xer & 0x7F); }
/* 31/725 stswi - Store String Word Immediate [X] */
static void op_stswi(ppc_cpu *c, uint32_t i) { store_string(c, i, ra0(c, i), nb_count(i)); }
/* 31/661 stswx - Store String Word Indexed [X] */
static void op_stswx(ppc_cpu *c, uint32_t i) { store_string(c, i, ea_x(c, i), c->xer & 0x7F); }

/* lwarx/stwcx. need a word-aligned address: otherwise an alignment interrupt (BookE 5.6.6). */
static void need_word(ppc_cpu *c, uint32_t ea, bool st)
{
    if (ea & 3)
        ppc_interrupt(c, IVOR_ALIGN, c->cia, st ? ESR_ST : 0, true, ea, true, WB_TRAP_PROGRAM);
}
/* 31/20 lwarx - Load Word and Reserve Indexed [X] */
static void op_lwarx(ppc_cpu *c, uint32_t i)
{
    uint32_t ea = ea_x(c, i);
    need_word(c, ea, false);
    GPR(ppc_rt(i)) = ppc_load(c, ea, 4);
    c->resv = 1;
    c->resv_addr = ea;
}
/* 31/150 stwcx. - Store Word Conditional Indexed [X]: CR0[EQ] says whether it stored */
static void op_stwcx(ppc_cpu *c, uint32_t i)
{
    uint32_t ea = ea_x(c, i);
    need_word(c, ea, true);
    bool ok = c->resv && c->resv_addr == ea;
    if (ok)
        ppc_store(c, ea, 4, GPR(ppc_rt(i)));
    c->resv = 0;
    ppc_set_crf(c, 0, (ok ? 2 : 0) | (c->xer >> 31));
}

/* 31/1014 dcbz - Data Cache Block set to Zero [X]: 32-byte line; write-through or caching-inhibited
 * storage gives an alignment interrupt (440UM "dcbz"). */
static void op_dcbz(ppc_cpu *c, uint32_t i)
{
    uint32_t ea = ea_x(c, i) & ~31u;
    ppc_translate_data(c, ea, true);
    int e = ppc_tlb_search(c, ea, (c->msr & MSR_DS) != 0, c->pid & 0xFF);
    if (e >= 0 && (c->tlb[e].w2 & 0x0C00))
        ppc_interrupt(c, IVOR_ALIGN, c->cia, ESR_ST, true, ea_x(c, i), true, WB_TRAP_PROGRAM);
    for (unsigned k = 0; k < 32; k += 4)
        ppc_store(c, ea + k, 4, 0);
}
/* 31/86 dcbf - Data Cache Block Flush [X]: no cache is modelled; translation still applies */
static void op_dcbf(ppc_cpu *c, uint32_t i) { ppc_translate_data(c, ea_x(c, i), false); }
/* 31/54 dcbst - Data Cache Block Store [X] */
static void op_dcbst(ppc_cpu *c, uint32_t i) { ppc_translate_data(c, ea_x(c, i), false); }
/* 31/982 icbi - Instruction Cache Block Invalidate [X] (translated as a load) */
static void op_icbi(ppc_cpu *c, uint32_t i) { ppc_translate_data(c, ea_x(c, i), false); }
/* 31/278 dcbt - Data Cache Block Touch [X]: a hint that never faults */
static void op_dcbt(ppc_cpu *c, uint32_t i) { (void)c; (void)i; }
/* 31/246 dcbtst - Data Cache Block Touch for Store [X] */
static void op_dcbtst(ppc_cpu *c, uint32_t i) { (void)c; (void)i; }
/* 31/22 icbt - Instruction Cache Block Touch [X] */
static void op_icbt(ppc_cpu *c, uint32_t i) { (void)c; (void)i; }
/* 31/758 dcba - Data Cache Block Allocate [X]: a hint on the 440 (no-op) */
static void op_dcba(ppc_cpu *c, uint32_t i) { (void)c; (void)i; }

#define I WB_PG_INNOCUOUS
const ppc_insn_def ppc_insns_mem[] = {
    {32, 0, 0, "lwz", I, op_lwz},        {33, 0, 0, "lwzu", I, op_lwzu},     {34, 0, 0, "lbz", I, op_lbz},
    {35, 0, 0, "lbzu", I, op_lbzu},      {40, 0, 0, "lhz", I, op_lhz},       {41, 0, 0, "lhzu", I, op_lhzu},
    {42, 0, 0, "lha", I, op_lha},        {43, 0, 0, "lhau", I, op_lhau},     {36, 0, 0, "stw", I, op_stw},
    {37, 0, 0, "stwu", I, op_stwu},      {38, 0, 0, "stb", I, op_stb},       {39, 0, 0, "stbu", I, op_stbu},
    {44, 0, 0, "sth", I, op_sth},        {45, 0, 0, "sthu", I, op_sthu},     {31, 23, 0, "lwzx", I, op_lwzx},
    {31, 55, 0, "lwzux", I, op_lwzux},   {31, 87, 0, "lbzx", I, op_lbzx},    {31, 119, 0, "lbzux", I, op_lbzux},
    {31, 279, 0, "lhzx", I, op_lhzx},    {31, 311, 0, "lhzux", I, op_lhzux}, {31, 343, 0, "lhax", I, op_lhax},
    {31, 375, 0, "lhaux", I, op_lhaux},  {31, 151, 0, "stwx", I, op_stwx},   {31, 183, 0, "stwux", I, op_stwux},
    {31, 215, 0, "stbx", I, op_stbx},    {31, 247, 0, "stbux", I, op_stbux}, {31, 407, 0, "sthx", I, op_sthx},
    {31, 439, 0, "sthux", I, op_sthux},  {31, 534, 0, "lwbrx", I, op_lwbrx}, {31, 790, 0, "lhbrx", I, op_lhbrx},
    {31, 662, 0, "stwbrx", I, op_stwbrx}, {31, 918, 0, "sthbrx", I, op_sthbrx},
    {46, 0, 0, "lmw", I, op_lmw},        {47, 0, 0, "stmw", I, op_stmw},     {31, 597, 0, "lswi", I, op_lswi},
    {31, 533, 0, "lswx", I, op_lswx},    {31, 725, 0, "stswi", I, op_stswi}, {31, 661, 0, "stswx", I, op_stswx},
    {31, 20, 0, "lwarx", I, op_lwarx},   {31, 150, 0, "stwcx.", I, op_stwcx},
    {31, 1014, 0, "dcbz", I, op_dcbz},   {31, 86, 0, "dcbf", I, op_dcbf},    {31, 54, 0, "dcbst", I, op_dcbst},
    {31, 982, 0, "icbi", I, op_icbi},    {31, 278, 0, "dcbt", I, op_dcbt},   {31, 246, 0, "dcbtst", I, op_dcbtst},
    {31, 22, 0, "icbt", I, op_icbt},     {31, 758, 0, "dcba", I, op_dcba},
    {0, 0, 0, NULL, I, NULL},
};
