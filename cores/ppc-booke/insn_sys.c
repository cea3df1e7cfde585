/* Privileged and processor-control instructions: MSR, SPR and DCR moves, return from interrupt,
 * TLB management (440UM "TLB Management Instructions"), supervisor cache operations, and the
 * synchronisation instructions. */
#include "booke.h"

#define GPR(n) c->gpr[n]
static inline uint32_t ra0(ppc_cpu *c, uint32_t i) { return ppc_ra(i) ? GPR(ppc_ra(i)) : 0; }
static inline unsigned spr_f(uint32_t i) { return ((i >> 16) & 31) | (((i >> 11) & 31) << 5); }

/* 31/83 mfmsr - Move From Machine State Register [X] */
static void op_mfmsr(ppc_cpu *c, uint32_t i) { ppc_priv(c); GPR(ppc_rt(i)) = c->msr; }
/* 31/146 mtmsr - Move To Machine State Register [X] */
static void op_mtmsr(ppc_cpu *c, uint32_t i) { ppc_priv(c); ppc_set_msr(c, GPR(ppc_rt(i))); }
/* 31/131 wrtee - Write MSR External Enable [X]: MSR[EE] = rS bit 16 */
static void op_wrtee(ppc_cpu *c, uint32_t i) { ppc_priv(c); c->msr = (c->msr & ~MSR_EE) | (GPR(ppc_rt(i)) & MSR_EE); }
/* 31/163 wrteei - Write MSR External Enable Immediate [X]: E = bit 16 */
static void op_wrteei(ppc_cpu *c, uint32_t i) { ppc_priv(c); c->msr = (c->msr & ~MSR_EE) | (i & MSR_EE); }
/* 19/50 rfi - Return From Interrupt [XL] */
static void op_rfi(ppc_cpu *c, uint32_t i)
{
    (void)i;
    ppc_priv(c);
    ppc_set_msr(c, c->srr1);
    c->pc = c->srr0 & ~3u;
}
/* 19/51 rfci - Return From Critical Interrupt [XL] */
static void op_rfci(ppc_cpu *c, uint32_t i)
{
    (void)i;
    ppc_priv(c);
    ppc_set_msr(c, c->csrr1);
    c->pc = c->csrr0 & ~3u;
}
/* 19/38 rfmci - Return From Machine Check Interrupt [XL] */
static void op_rfmci(ppc_cpu *c, uint32_t i)
{
    (void)i;
    ppc_priv(c);
    ppc_set_msr(c, c->mcsrr1);
    c->pc = c->mcsrr0 & ~3u;
}
/* 31/339 mfspr - Move From Special Purpose Register [XFX] (privilege per SPR, spr.c) */
static void op_mfspr(ppc_cpu *c, uint32_t i) { GPR(ppc_rt(i)) = ppc_mfspr(c, spr_f(i)); }
/* 31/467 mtspr - Move To Special Purpose Register [XFX] */
static void op_mtspr(ppc_cpu *c, uint32_t i) { ppc_mtspr(c, spr_f(i), GPR(ppc_rt(i))); }
/* 31/371 mftb - Move From Time Base [XFX]: TBR 268 (TBL) or 269 (TBU), user-readable */
static void op_mftb(ppc_cpu *c, uint32_t i)
{
    unsigned n = spr_f(i);
    if (n != 268 && n != 269)
        ppc_illegal(c, i);
    GPR(ppc_rt(i)) = ppc_mfspr(c, n);
}
/* 31/323 mfdcr - Move From Device Control Register [XFX]: no DCR devices are modelled (reads 0) */
static void op_mfdcr(ppc_cpu *c, uint32_t i) { ppc_priv(c); GPR(ppc_rt(i)) = 0; }
/* 31/451 mtdcr - Move To Device Control Register [XFX]: writes are ignored */
static void op_mtdcr(ppc_cpu *c, uint32_t i) { (void)i; ppc_priv(c); }

/* ---- TLB management.  rA = entry index (low 6 bits), WS (bits 16:20 = rB field) = word ---- */
static unsigned ws_f(uint32_t i) { return ppc_rb(i); }
/* 31/978 tlbwe - TLB Write Entry [X]: word 0 also takes TID from MMUCR[STID] */
static void op_tlbwe(ppc_cpu *c, uint32_t i)
{
    ppc_priv(c);
    ppc_tlbe *e = &c->tlb[GPR(ppc_ra(i)) & 63];
    uint32_t v = GPR(ppc_rt(i));
    c->tlb_gen++;   /* drop the lookup hints */
    switch (ws_f(i)) {
    case 0:
        e->w0 = v & 0xFFFFFFF0u;
        e->tid = c->mmucr & MMUCR_STID;
        break;
    case 1: e->w1 = v & 0xFFFFFC0Fu; break;
    case 2: e->w2 = v & 0x0000FFBFu; break;
    default: ppc_illegal(c, i);
    }
}
/* 31/946 tlbre - TLB Read Entry [X]: word 0 also sets MMUCR[STID] from TID */
static void op_tlbre(ppc_cpu *c, uint32_t i)
{
    ppc_priv(c);
    ppc_tlbe *e = &c->tlb[GPR(ppc_ra(i)) & 63];
    switch (ws_f(i)) {
    case 0:
        GPR(ppc_rt(i)) = e->w0;
        c->mmucr = (c->mmucr & ~MMUCR_STID) | e->tid;
        break;
    case 1: GPR(ppc_rt(i)) = e->w1; break;
    case 2: GPR(ppc_rt(i)) = e->w2; break;
    default: ppc_illegal(c, i);
    }
}
/* 31/914 tlbsx - TLB Search Indexed [X]: search with MMUCR[STS] and MMUCR[STID]; Rc=1 sets CR0[EQ] */
static void op_tlbsx(ppc_cpu *c, uint32_t i)
{
    ppc_priv(c);
    uint32_t ea = ra0(c, i) + GPR(ppc_rb(i));
    int e = ppc_tlb_search(c, ea, (c->mmucr & MMUCR_STS) != 0, c->mmucr & MMUCR_STID);
    if (e >= 0)
        GPR(ppc_rt(i)) = (uint32_t)e;
    if (ppc_rc(i))
        ppc_set_crf(c, 0, (e >= 0 ? 2 : 0) | (c->xer >> 31));
}
/* 31/566 tlbsync - TLB Synchronize [X]: a single processor has nothing to wait for */
static void op_tlbsync(ppc_cpu *c, uint32_t i) { (void)i; ppc_priv(c); }
/* 31/786 tlbivax - TLB Invalidate Virtual Address Indexed [X]: privileged; modelled as a no-op (single
 * processor; 440 software invalidates entries with tlbwe).  DOUBTFUL: not checked against 440UM. */
static void op_tlbivax(ppc_cpu *c, uint32_t i) { (void)i; ppc_priv(c); }

/* 31/470 dcbi - Data Cache Block Invalidate [X] (privileged; translated as a store) */
static void op_dcbi(ppc_cpu *c, uint32_t i) { ppc_priv(c); ppc_translate_data(c, ra0(c, i) + GPR(ppc_rb(i)), true); }
/* 31/454 dccci - Data Cache Congruence Class Invalidate [X] */
static void op_dccci(ppc_cpu *c, uint32_t i) { (void)i; ppc_priv(c); }
/* 31/966 iccci - Instruction Cache Congruence Class Invalidate [X] */
static void op_iccci(ppc_cpu *c, uint32_t i) { (void)i; ppc_priv(c); }
/* 31/486 dcread - Data Cache Read [X]: no cache arrays are modelled (reads 0) */
static void op_dcread(ppc_cpu *c, uint32_t i) { ppc_priv(c); GPR(ppc_rt(i)) = 0; }
/* 31/998 icread - Instruction Cache Read [X] */
static void op_icread(ppc_cpu *c, uint32_t i) { (void)i; ppc_priv(c); }
/* 19/150 isync - Instruction Synchronize [XL] */
static void op_isync(ppc_cpu *c, uint32_t i) { (void)c; (void)i; }
/* 31/598 msync - Memory Synchronize [X] (sync) */
static void op_msync(ppc_cpu *c, uint32_t i) { (void)c; (void)i; }
/* 31/854 mbar - Memory Barrier [X] (eieio) */
static void op_mbar(ppc_cpu *c, uint32_t i) { (void)c; (void)i; }

#define I WB_PG_INNOCUOUS
#define P WB_PG_PRIVILEGED
const ppc_insn_def ppc_insns_sys[] = {
    {31, 83, 0, "mfmsr", P, op_mfmsr},     {31, 146, 0, "mtmsr", P, op_mtmsr},   {31, 131, 0, "wrtee", P, op_wrtee},
    {31, 163, 0, "wrteei", P, op_wrteei},  {19, 50, 0, "rfi", P, op_rfi},        {19, 51, 0, "rfci", P, op_rfci},
    {19, 38, 0, "rfmci", P, op_rfmci},     {31, 339, 0, "mfspr", P, op_mfspr},   {31, 467, 0, "mtspr", P, op_mtspr},
    {31, 371, 0, "mftb", I, op_mftb},      {31, 323, 0, "mfdcr", P, op_mfdcr},   {31, 451, 0, "mtdcr", P, op_mtdcr},
    {31, 978, 0, "tlbwe", P, op_tlbwe},    {31, 946, 0, "tlbre", P, op_tlbre},   {31, 914, 0, "tlbsx", P, op_tlbsx},
    {31, 566, 0, "tlbsync", P, op_tlbsync}, {31, 786, 0, "tlbivax", P, op_tlbivax},
    {31, 470, 0, "dcbi", P, op_dcbi},      {31, 454, 0, "dccci", P, op_dccci},   {31, 966, 0, "iccci", P, op_iccci},
    {31, 486, 0, "dcread", P, op_dcread},  {31, 998, 0, "icread", P, op_icread}, {19, 150, 0, "isync", I, op_isync},
    {31, 598, 0, "msync", I, op_msync},    {31, 854, 0, "mbar", I, op_mbar},
    {0, 0, 0, NULL, I, NULL},
};
