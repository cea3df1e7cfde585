/* Classifier driver for PowerPC Book E (Book E v1.0; PPC440x5 User's Manual).
 *
 * Both modes run translated (Book E has no untranslated mode): TLB entry 0 maps the 64K effective
 * page 0000-FFFF, TS 0, TID 0, UX UW UR SX SW SR.  The two relocations are two values of that entry
 * with different real pages, 10000 or 20000; the program sees identical effective addresses.
 * Layout (effective): the instruction at 1000, operands at 2000-5FFF (r3 = 2000 + 100*state, r4 =
 * 10*state, result r5), LR 1040 and CTR 1080 as branch targets, SRR0/CSRR0/MCSRR0 1100 with
 * SRR1/CSRR1/MCSRR1 a user-mode MSR; the compared window is 0000-7FFF.
 * Cases: every table row (X/XO forms rt 5, ra 3, rb 4; D forms d 10; branches "always" +10; TLB
 * instructions word 2 of entry r3&63, i.e. entry 0 itself), and for mfspr/mtspr one sub-case per
 * SPR the permission table (cores/ppc-booke/spr.c) treats differently.  The rows mfspr/mtspr use
 * SRR0 (a privileged SPR); the per-SPR sub-cases carry no declared class (-1): the core declares one
 * class per row, and whether an SPR number is user-accessible lives in its permission table, whose
 * expectations the tests check against Book E's SPR list.
 * The TLB is in the register table (tlbNN.w0/w1/w2/tid, privileged), so tlbwe's change shows there.
 * Time: TB advances one per executed instruction and DEC is 0 (stopped); the time base is compared
 * as "TB minus instructions executed".
 * pvary (user mode only): MSR[EE CE ME DE] -- interrupt enables a problem-state program cannot read.
 * SPRG4-7 are deliberately user-readable (SPRs 260-263) and are not varied. */
#include "monitors/classify/classify.h"
#include "registry.h"
#include "ppc-booke/booke.h"
#include <string.h>

#define B_STORAGE 0x40000u
#define B_WIN 0x8000u
#define B_CODE 0x1000u
#define B_DATA 0x2000u
#define B_DATA_END 0x6000u

enum { R_PC = 32, R_MSR, R_LR, R_CTR, R_CR, R_XER, R_SRR0, R_SRR1, R_CSRR0, R_CSRR1, R_TB = 47, R_DEC };

static uint32_t frame(unsigned reloc) { return 0x10000u + reloc * 0x10000u; }

static wb_machine *create(const char *variant, char *err, size_t errlen)
{
    wb_core_config cfg = {.storage = B_STORAGE};
    return wb_core_create(variant, &cfg, err, errlen);
}

static void add(wb_cls_case *out, unsigned *n, unsigned max, const char *mn, int info, uint32_t w)
{
    if (*n >= max)
        return;
    wb_cls_case *k = &out[(*n)++];
    memset(k, 0, sizeof *k);
    snprintf(k->mnemonic, sizeof k->mnemonic, "%s", mn);
    k->info = info;
    k->bytes[0] = (uint8_t)(w >> 24), k->bytes[1] = (uint8_t)(w >> 16), k->bytes[2] = (uint8_t)(w >> 8);
    k->bytes[3] = (uint8_t)w;
    k->len = 4;
}

static uint32_t spr_insn(unsigned xo, unsigned n) { return 31u << 26 | 5u << 21 | (n & 31) << 16 | (n >> 5) << 11 | xo << 1; }

static uint32_t encode(const ppc_insn_def *d)
{
    uint32_t p = d->primary;
    if (d->primary == 31 && (d->xo == 339 || d->xo == 467))
        return spr_insn(d->xo, 26);                         /* SRR0 */
    if (d->primary == 31 && d->xo == 371)
        return spr_insn(371, 268);                          /* mftb TBL */
    if (d->primary == 31 && (d->xo == 978 || d->xo == 946))
        return 31u << 26 | 5u << 21 | 3u << 16 | 2u << 11 | (uint32_t)d->xo << 1;   /* WS 2 */
    if (d->primary == 19 || d->primary == 31)
        return p << 26 | 5u << 21 | 3u << 16 | 4u << 11 | (uint32_t)d->xo << 1;
    switch (d->primary) {
    case 18: return 18u << 26 | 0x10;                        /* b +10 */
    case 16: return 16u << 26 | 20u << 21 | 0x10;            /* bc always, +10 */
    case 17: return 0x44000002u;                             /* sc */
    case 46: case 47: return p << 26 | 28u << 21 | 3u << 16 | 0x10;   /* lmw/stmw r28-r31 */
    default: return p << 26 | 5u << 21 | 3u << 16 | 0x10;
    }
}

static unsigned cases(wb_machine *m, wb_cls_case *out, unsigned max)
{
    ppc_cpu *c = (ppc_cpu *)m;
    static const struct { const char *name; unsigned n; } mf[] = {
        {"XER", 1}, {"LR", 8}, {"CTR", 9}, {"USPRG0", 256}, {"SPRG4R", 260}, {"SPRG7R", 263}, {"TBL", 268},
        {"TBU", 269}, {"DEC", 22}, {"SRR1", 27}, {"PID", 48}, {"SPRG0", 272}, {"PVR", 287}, {"TCR", 340},
        {"MMUCR", 946}};
    static const struct { const char *name; unsigned n; } mt[] = {
        {"XER", 1}, {"LR", 8}, {"CTR", 9}, {"USPRG0", 256}, {"SRR0", 26}, {"PID", 48}, {"SPRG4", 276},
        {"TBL", 284}, {"IVPR", 63}, {"IVOR6", 406}, {"MMUCR", 946}};
    unsigned n = 0;
    for (unsigned i = 0; i < c->ndefs; i++) {
        const ppc_insn_def *d = c->defs[i];
        uint32_t w = encode(d);
        if (ppc_decode_index(c, w) != (int)i)
            continue;
        add(out, &n, max, d->mnemonic, (int)i, w);
        char mn[32];
        if (d->primary == 31 && d->xo == 339)
            for (unsigned s = 0; s < sizeof mf / sizeof mf[0]; s++) {
                snprintf(mn, sizeof mn, "mfspr %s", mf[s].name);
                add(out, &n, max, mn, -1, spr_insn(339, mf[s].n));
            }
        if (d->primary == 31 && d->xo == 467)
            for (unsigned s = 0; s < sizeof mt / sizeof mt[0]; s++) {
                snprintf(mn, sizeof mn, "mtspr %s", mt[s].name);
                add(out, &n, max, mn, -1, spr_insn(467, mt[s].n));
            }
        if (d->primary == 31 && d->xo == 371)
            add(out, &n, max, "mftb TBU", -1, spr_insn(371, 269));
        if (d->primary == 31 && d->xo == 163)   /* E = 1: enable external interrupts */
            add(out, &n, max, "wrteei 1", -1, 31u << 26 | 1u << 15 | 163u << 1);
        if (d->primary == 31 && d->xo == 978)   /* word 0: also takes TID from MMUCR */
            add(out, &n, max, "tlbwe word 0", -1, 31u << 26 | 5u << 21 | 3u << 16 | 978u << 1);
    }
    return n;
}

static uint32_t mix(unsigned s, unsigned i)
{
    uint32_t x = (i + 1) * 0x9E3779B1u ^ (s + 1) * 0x7FEB352Du;
    x ^= x >> 16;
    x *= 0x846CA68Bu;
    return x ^ (x >> 16);
}

static void setup(wb_machine *m, const wb_cls_case *k, unsigned state, bool user, unsigned reloc, unsigned pvary)
{
    ppc_cpu *c = (ppc_cpu *)m;
    m->ops->reset(m, true);
    c->tlb[0] = (ppc_tlbe){.w0 = 0x200u | 3u << 4, .w1 = frame(reloc), .w2 = 0x3Fu, .tid = 0};
    c->tlb_gen++;
    static const uint8_t zero[B_WIN];
    uint8_t data[B_DATA_END - B_DATA];
    for (unsigned i = 0; i < sizeof data; i++) {
        unsigned a = B_DATA + i;
        data[i] = state == 0 ? (uint8_t)(a * 37u + 11u) : state == 1 ? (uint8_t)(0xC3u ^ a) : (uint8_t)(a >> 3);
    }
    (void)m->ops->write(m, frame(reloc), zero, sizeof zero);
    (void)m->ops->write(m, frame(reloc) + B_DATA, data, sizeof data);
    (void)m->ops->write(m, frame(reloc) + B_CODE, k->bytes, k->len);
    for (unsigned i = 0; i < 32; i++)
        m->ops->set_reg(m, i, mix(state, i));
    m->ops->set_reg(m, 3, B_DATA + 0x100u * state);
    m->ops->set_reg(m, 4, 0x10u * state);
    for (unsigned i = 0; i < 8; i++)
        c->sprg[i] = mix(state, 40 + i);
    c->usprg0 = mix(state, 50);
    m->ops->set_reg(m, R_LR, B_CODE + 0x40u);
    m->ops->set_reg(m, R_CTR, B_CODE + 0x80u);
    m->ops->set_reg(m, R_CR, state == 1 ? 0x24000000u : state == 2 ? 0x80000000u : 0);
    m->ops->set_reg(m, R_XER, state == 1 ? XER_CA | 8u : 4u);
    for (unsigned r = 0; r < 3; r++) {   /* SRR, CSRR, MCSRR pairs: return to user mode at 1100 */
        uint32_t *p0 = r == 0 ? &c->srr0 : r == 1 ? &c->csrr0 : &c->mcsrr0;
        uint32_t *p1 = r == 0 ? &c->srr1 : r == 1 ? &c->csrr1 : &c->mcsrr1;
        *p0 = B_CODE + 0x100u;
        *p1 = MSR_PR | MSR_EE | MSR_ME;
    }
    c->ivpr = 0x00000000u;
    c->pid = state;
    m->ops->set_reg(m, R_TB, 0x100u + state);
    uint32_t msr = user ? MSR_PR : 0;
    if (pvary)
        msr |= MSR_EE | MSR_CE | MSR_ME | MSR_DE;
    m->ops->set_reg(m, R_MSR, msr);
    m->ops->set_reg(m, R_PC, B_CODE);
}

static uint64_t priv_value(wb_machine *m, unsigned idx, bool user)
{
    (void)user;
    uint64_t v = m->ops->get_reg(m, idx);
    if (idx == R_TB)
        return v - m->counters.insns;   /* time that passes by itself is not a change of state */
    return v;
}

static uint64_t pc(wb_machine *m) { return m->ops->get_reg(m, R_PC); }

static void window(wb_machine *m, bool user, unsigned reloc, uint64_t *phys, uint64_t *len, uint64_t *delta)
{
    (void)m;
    (void)user;
    *phys = frame(reloc);
    *len = B_WIN;
    *delta = 0;
}

const wb_cls_driver wb_cls_drv_booke = {
    .arch = "ppc-booke",
    .nstates = 3,
    .npvary = 2,
    .create = create,
    .cases = cases,
    .setup = setup,
    .priv_value = priv_value,
    .pc = pc,
    .window = window,
    .reloc_desc = "TLB entry 0 maps effective 0-FFFF to real 10000 or 20000 (TS 0, TID 0)",
};
