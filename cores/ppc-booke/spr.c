/* Special-purpose registers: the permission table and mfspr/mtspr semantics.
 *
 * BookE "Special Purpose Registers" and 440UM "Register Summary": every SPR says whether problem
 * state may read it and write it, and whether it exists for reads and writes at all.  The
 * architecture makes every SPR number with bit 0x10 set privileged; the table states it per register so that
 * the user-readable ones (SPRG4-7 via 260-263, TBL/TBU via 268/269) are explicit. */
#include "booke.h"
#include <stddef.h>

enum { UR = 1, UW = 2, SR = 4, SW = 8 };

typedef struct {
    uint16_t num;
    uint8_t perm;
    const char *name;
} spr_def;

static const spr_def sprs[] = {
    {1, UR | UW | SR | SW, "XER"},       {8, UR | UW | SR | SW, "LR"},        {9, UR | UW | SR | SW, "CTR"},
    {22, SR | SW, "DEC"},                {26, SR | SW, "SRR0"},               {27, SR | SW, "SRR1"},
    {48, SR | SW, "PID"},                {54, SW, "DECAR"},                   {58, SR | SW, "CSRR0"},
    {59, SR | SW, "CSRR1"},              {61, SR | SW, "DEAR"},               {62, SR | SW, "ESR"},
    {63, SR | SW, "IVPR"},               {256, UR | UW | SR | SW, "USPRG0"},  {260, UR | SR, "SPRG4R"},
    {261, UR | SR, "SPRG5R"},            {262, UR | SR, "SPRG6R"},            {263, UR | SR, "SPRG7R"},
    {268, UR | SR, "TBL"},               {269, UR | SR, "TBU"},               {272, SR | SW, "SPRG0"},
    {273, SR | SW, "SPRG1"},             {274, SR | SW, "SPRG2"},             {275, SR | SW, "SPRG3"},
    {276, SR | SW, "SPRG4"},             {277, SR | SW, "SPRG5"},             {278, SR | SW, "SPRG6"},
    {279, SR | SW, "SPRG7"},                  {284, SW, "TBL"},                    {285, SW, "TBU"},
    {286, SR, "PIR"},                    {287, SR, "PVR"},                    {304, SR | SW, "DBSR"},
    {308, SR | SW, "DBCR0"},             {309, SR | SW, "DBCR1"},             {310, SR | SW, "DBCR2"},
    {312, SR | SW, "IAC1"},              {313, SR | SW, "IAC2"},              {314, SR | SW, "IAC3"},
    {315, SR | SW, "IAC4"},              {316, SR | SW, "DAC1"},              {317, SR | SW, "DAC2"},
    {318, SR | SW, "DVC1"},              {319, SR | SW, "DVC2"},              {336, SR | SW, "TSR"},
    {340, SR | SW, "TCR"},               {400, SR | SW, "IVOR0"},             {401, SR | SW, "IVOR1"},
    {402, SR | SW, "IVOR2"},             {403, SR | SW, "IVOR3"},             {404, SR | SW, "IVOR4"},
    {405, SR | SW, "IVOR5"},             {406, SR | SW, "IVOR6"},             {407, SR | SW, "IVOR7"},
    {408, SR | SW, "IVOR8"},             {409, SR | SW, "IVOR9"},             {410, SR | SW, "IVOR10"},
    {411, SR | SW, "IVOR11"},            {412, SR | SW, "IVOR12"},            {413, SR | SW, "IVOR13"},
    {414, SR | SW, "IVOR14"},            {415, SR | SW, "IVOR15"},            {570, SR | SW, "MCSRR0"},
    {571, SR | SW, "MCSRR1"},            {572, SR | SW, "MCSR"},              {888, SR | SW, "CCR1"},
    {923, SR | SW, "RSTCFG"},            {946, SR | SW, "MMUCR"},             {947, SR | SW, "CCR0"},
};

#define PPC440_PVR 0x422218D3u   /* PPC440EP Rev. B, the bamboo board's processor */

static const spr_def *find(unsigned n)
{
    for (size_t i = 0; i < sizeof sprs / sizeof sprs[0]; i++)
        if (sprs[i].num == n)
            return &sprs[i];
    return NULL;
}

/* Privilege first (SPR numbers with bit 4 set are privileged, BookE "mtspr"), then existence. */
static void check(ppc_cpu *c, unsigned n, bool write)
{
    const spr_def *d = find(n);
    bool user = (c->msr & MSR_PR) != 0;
    unsigned need = write ? (user ? UW : SW) : (user ? UR : SR);
    if (d && (d->perm & need))
        return;
    if (user && ((n & 0x10) || (d && (d->perm & (write ? SW : SR)))))
        ppc_program(c, ESR_PPR);
    ppc_program(c, ESR_PIL);
}

uint32_t ppc_mfspr(ppc_cpu *c, unsigned n)
{
    check(c, n, false);
    switch (n) {
    case 1: return c->xer & 0xE000007Fu;
    case 8: return c->lr;
    case 9: return c->ctr;
    case 22: return c->dec;
    case 26: return c->srr0;
    case 27: return c->srr1;
    case 48: return c->pid;
    case 58: return c->csrr0;
    case 59: return c->csrr1;
    case 61: return c->dear;
    case 62: return c->esr;
    case 63: return c->ivpr;
    case 256: return c->usprg0;
    case 260: case 261: case 262: case 263: return c->sprg[n - 256];
    case 268: return (uint32_t)c->tb;
    case 269: return (uint32_t)(c->tb >> 32);
    case 286: return 0;   /* PIR: processor 0 */
    case 287: return PPC440_PVR;
    case 304: return c->dbsr;
    case 308: return c->dbcr0;
    case 309: return c->dbcr1;
    case 310: return c->dbcr2;
    case 336: return c->tsr;
    case 340: return c->tcr;
    case 570: return c->mcsrr0;
    case 571: return c->mcsrr1;
    case 572: return c->mcsr;
    case 888: return c->ccr1;
    case 923: return c->rstcfg;
    case 946: return c->mmucr;
    case 947: return c->ccr0;
    default:
        if (n >= 272 && n <= 279)
            return c->sprg[n - 272];
        if (n >= 312 && n <= 315)
            return c->iac[n - 312];
        if (n == 316 || n == 317)
            return c->dac[n - 316];
        if (n == 318 || n == 319)
            return c->dvc[n - 318];
        if (n >= 400 && n <= 415)
            return c->ivor[n - 400];
        return 0;
    }
}

void ppc_mtspr(ppc_cpu *c, unsigned n, uint32_t v)
{
    check(c, n, true);
    switch (n) {
    case 1: c->xer = v & 0xE000007Fu; break;
    case 8: c->lr = v; break;
    case 9: c->ctr = v; break;
    case 22: c->dec = v; break;
    case 26: c->srr0 = v; break;
    case 27: c->srr1 = v; break;
    case 48: c->pid = v & 0xFF; break;
    case 54: c->decar = v; break;
    case 58: c->csrr0 = v; break;
    case 59: c->csrr1 = v; break;
    case 61: c->dear = v; break;
    case 62: c->esr = v; break;
    case 63: c->ivpr = v & 0xFFFF0000u; break;
    case 256: c->usprg0 = v; break;
    case 284: c->tb = (c->tb & 0xFFFFFFFF00000000ull) | v; break;
    case 285: c->tb = (c->tb & 0xFFFFFFFFull) | (uint64_t)v << 32; break;
    case 304: c->dbsr &= ~v; break;   /* write one to clear */
    case 308:
        c->dbcr0 = v;
        if (v & 0x30000000u)
            ppc_request_halt(c, "reset requested through DBCR0[RST]");
        break;
    case 309: c->dbcr1 = v; break;
    case 310: c->dbcr2 = v; break;
    case 336: c->tsr &= ~v; break;    /* write one to clear (440UM "TSR") */
    case 340:   /* TCR[WRC] can be set once and then only a reset clears it (440UM "TCR") */
        c->tcr = (v & ~TCR_WRC) | ((c->tcr & TCR_WRC) ? (c->tcr & TCR_WRC) : (v & TCR_WRC));
        break;
    case 570: c->mcsrr0 = v; break;
    case 571: c->mcsrr1 = v; break;
    case 572: c->mcsr &= ~v; break;
    case 888: c->ccr1 = v; break;
    case 923: c->rstcfg = v; break;
    case 946: c->mmucr = v; break;
    case 947: c->ccr0 = v; break;
    default:
        if (n >= 272 && n <= 279)
            c->sprg[n - 272] = v;
        else if (n >= 312 && n <= 315)
            c->iac[n - 312] = v;
        else if (n == 316 || n == 317)
            c->dac[n - 316] = v;
        else if (n == 318 || n == 319)
            c->dvc[n - 318] = v;
        else if (n >= 400 && n <= 415)
            c->ivor[n - 400] = v & 0x0000FFF0u;
        break;
    }
}
