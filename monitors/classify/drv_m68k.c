/* Classifier driver for the MC68000 / MC68010 (M68000 PRM).
 *
 * Neither processor relocates: there is no relocation register, and the 68010's only relocating
 * register is the VBR, which moves the exception vectors and nothing an instruction computes.  (The
 * board's segment MMU is not the CPU's and is left off.)  The two "relocations" are therefore two
 * load addresses, 10000 and 18000: the program, its operands and its stack are placed at the
 * chosen base, address registers point into that copy, and differences of exactly the base are
 * undone before comparing (a stored address is the same address seen from two places).  On the
 * 68010 the second relocation also moves the VBR to 400.
 * Layout (offsets from the base): the instruction at 100, operands at 1000-2FFF (A0-A6 point
 * there), the stack at 3800 (A7, both modes; the inactive stack pointer at 3C00); the compared
 * window is 0-3FFF.
 * Cases: every row of the decode table, encoded with the first operand mode the row accepts
 * among (A1), D1, A1, d16(A1), (A1)+, -(A1), #imm, d16(PC) (destination D2, (A2), A2, ...) that
 * decodes back to the row; extension words 0010 0020 0030 ... follow.
 * pvary (user mode only): interrupt mask 0 or 7 -- the system byte a user program must not see. */
#include "monitors/classify/classify.h"
#include "registry.h"
#include "m68k/m68k.h"
#include <string.h>

#define K_STORAGE 0x40000u
#define K_WIN 0x4000u
#define K_CODE 0x100u
#define K_DATA 0x1000u
#define K_STACK 0x3800u
#define K_OTHER_SP 0x3C00u

enum { R_USP = 16, R_SSP, R_SR, R_PC, R_VBR };

/* 10000 and 18000: the same upper half, so a word read from the middle of a stored address (a
 * misaligned pop) is the same in both copies instead of a spurious difference. */
static uint32_t load_base(unsigned reloc) { return 0x10000u + reloc * 0x8000u; }

static wb_machine *create(const char *variant, char *err, size_t errlen)
{
    wb_core_config cfg = {.storage = K_STORAGE};
    return wb_core_create(variant, &cfg, err, errlen);
}

static unsigned cases(wb_machine *m, wb_cls_case *out, unsigned max)
{
    static const uint8_t src[][2] = {{2, 1}, {0, 1}, {1, 1}, {5, 1}, {3, 1}, {4, 1}, {7, 4}, {7, 2}, {6, 1}};
    static const uint8_t dst[][2] = {{0, 2}, {2, 2}, {1, 2}, {5, 2}, {3, 2}, {4, 2}};
    m68k_cpu *c = (m68k_cpu *)m;
    unsigned n = 0;
    for (unsigned i = 0; i < m->ninsns && n < max; i++) {
        const m68k_insn_def *d = c->defs[i + 1];
        int found = -1;
        unsigned ns = d->ea_src ? sizeof src / sizeof src[0] : 1;
        unsigned nd = d->ea_dst ? sizeof dst / sizeof dst[0] : 1;
        for (unsigned a = 0; a < ns && found < 0; a++)
            for (unsigned b = 0; b < nd && found < 0; b++) {
                uint16_t op = d->match;
                if (d->ea_src)
                    op = (uint16_t)(op | src[a][0] << 3 | src[a][1]);
                if (d->ea_dst)
                    op = (uint16_t)(op | dst[b][1] << 9 | dst[b][0] << 6);
                uint8_t bytes[2] = {(uint8_t)(op >> 8), (uint8_t)op};
                if ((op & d->mask) == d->match && m->ops->decode(m, bytes, 2) == (int)i)
                    found = op;
            }
        if (found < 0)
            continue;   /* every encoding of this row decodes to an earlier row */
        wb_cls_case *k = &out[n++];
        memset(k, 0, sizeof *k);
        snprintf(k->mnemonic, sizeof k->mnemonic, "%s", d->mnemonic);
        k->info = (int)i;
        k->bytes[0] = (uint8_t)(found >> 8);
        k->bytes[1] = (uint8_t)found;
        for (unsigned w = 1; w < 6; w++) {
            k->bytes[2 * w] = 0;
            k->bytes[2 * w + 1] = (uint8_t)(0x10 * w);
        }
        k->len = 12;
        if (strcmp(d->mnemonic, "MOVEC") == 0 && n + 2 <= max) {
            /* operand-dependent: the control register is in the extension word (8801 = A0 <-> VBR) */
            static const struct { const char *mn; uint8_t op1; } mc[] = {{"MOVEC VBR,A0", 0x7A}, {"MOVEC A0,VBR", 0x7B}};
            for (unsigned v = 0; v < 2; v++) {
                wb_cls_case *x = &out[n++];
                *x = *k;
                snprintf(x->mnemonic, sizeof x->mnemonic, "%s", mc[v].mn);
                x->bytes[1] = mc[v].op1;
                x->bytes[2] = 0x88;
                x->bytes[3] = 0x01;
            }
        }
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
    m->ops->reset(m, true);
    uint32_t base = load_base(reloc);
    uint8_t w[K_WIN];
    memset(w, 0, sizeof w);
    for (unsigned i = K_DATA; i < 0x3000u; i++)
        w[i] = state == 0 ? (uint8_t)(i * 13u + 7u) : state == 1 ? (uint8_t)(0xA5u ^ i) : 0;
    /* stack contents: return addresses into this copy (RTS), or SR/CCR + PC frames (RTE, RTR) */
    for (unsigned i = K_STACK - 0x600u; i + 6 <= K_WIN; ) {   /* frames start exactly at A7 */
        uint32_t ret = base + 0x200u + state * 0x40u;
        if (state == 0) {
            w[i] = (uint8_t)(ret >> 24), w[i + 1] = (uint8_t)(ret >> 16), w[i + 2] = (uint8_t)(ret >> 8),
            w[i + 3] = (uint8_t)ret;
            i += 4;
        } else {
            uint16_t sr = state == 1 ? 0x0000u : 0x2700u;
            w[i] = (uint8_t)(sr >> 8), w[i + 1] = (uint8_t)sr;
            w[i + 2] = (uint8_t)(ret >> 24), w[i + 3] = (uint8_t)(ret >> 16), w[i + 4] = (uint8_t)(ret >> 8),
            w[i + 5] = (uint8_t)ret;
            i += 6;
        }
    }
    memcpy(w + K_CODE, k->bytes, k->len);
    (void)m->ops->write(m, base, w, sizeof w);
    for (unsigned i = 0; i < 8; i++)
        m->ops->set_reg(m, i, mix(state, i));
    for (unsigned i = 0; i < 7; i++)
        m->ops->set_reg(m, 8 + i, base + K_DATA + 0x200u * i + 0x10u * state);
    uint16_t ccr = state == 1 ? 0x1Fu : state == 2 ? 0x04u : 0x00u;
    uint16_t sr = (uint16_t)(user ? (pvary ? 0x0700u : 0) : 0x2700u) | ccr;
    m->ops->set_reg(m, R_SR, sr);                       /* swaps the stack pointers */
    m->ops->set_reg(m, 15, base + K_STACK);              /* the active one */
    m->ops->set_reg(m, user ? R_SSP : R_USP, base + K_OTHER_SP);
    if (strcmp(m->variant, "m68010") == 0)
        m->ops->set_reg(m, R_VBR, reloc ? 0x400u : 0u);
    m->ops->set_reg(m, R_PC, base + K_CODE);
}

static uint64_t priv_value(wb_machine *m, unsigned idx, bool user)
{
    uint64_t v = m->ops->get_reg(m, idx);
    if (idx == R_SR)
        return v & (SR_T | SR_S | SR_I);               /* the system byte; the CCR is the user's */
    if (idx == R_USP)
        return user ? 0 : v;                           /* in user mode it is A7, the user's own */
    if (idx == R_SSP)
        return user ? v : 0;                           /* in supervisor mode it is A7 */
    return v;
}

static uint64_t pc(wb_machine *m) { return m->ops->get_reg(m, R_PC); }

static void window(wb_machine *m, bool user, unsigned reloc, uint64_t *phys, uint64_t *len, uint64_t *delta)
{
    (void)m;
    (void)user;
    *phys = load_base(reloc);
    *len = K_WIN;
    *delta = load_base(reloc);
}

const wb_cls_driver wb_cls_drv_m68k = {
    .arch = "m68k",
    .nstates = 3,
    .npvary = 2,
    .create = create,
    .cases = cases,
    .setup = setup,
    .priv_value = priv_value,
    .pc = pc,
    .window = window,
    .reloc_desc = "no relocation hardware: two load addresses (10000, 18000; 68010 also VBR 0 / 400)",
};
