/* Classifier driver for the PDP-10 KA10 (DEC PDP-10 System Reference Manual).
 *
 * Executive mode runs unrelocated; user mode runs under the protection/relocation registers
 * (SRM 2.14), loaded for the two relocations with PL = 17777 and RL = 20000 or 40000: the user's
 * virtual 0-17777 is real 20000-37777 or 40000-57777.  Accumulators are fast memory, never
 * relocated.  Executive runs use the same two register settings (which must not matter there).
 * The instruction sits at 400 (virtual), Y = 1000 designates the operand area 1000-1777; the
 * compared window is virtual 0-17777.  User mode is USER without User-IOT.
 * Cases: every row of the table with AC 0, every JRST variant by its AC field, and every in-out
 * function on devices APR (000) and PI (004).
 * Every address the states contain (AC0 halves, byte pointers, BLT pointers) lies inside the user's
 * bounds: executive mode has no bounds at all, and an out-of-bounds address traps differently in the
 * two modes (protection vs non-existent memory) whatever the instruction.
 * pvary (user mode only): the priority-interrupt system on with every channel, the APR assigned to
 * channel 1 with the clock enabled -- nothing a user program may observe. */
#include "monitors/classify/classify.h"
#include "registry.h"
#include "pdp10/pdp10.h"
#include <stdlib.h>
#include <string.h>

#define P_STORAGE 0100000u   /* words */
#define P_WIN 020000u
#define P_CODE 0400u
#define P_Y 01000u

enum { R_PC = 16, R_FLAGS, R_APR, R_PI, R_RELOC };

static uint32_t rl_of(unsigned reloc) { return reloc ? 040000u : 020000u; }

static wb_machine *create(const char *variant, char *err, size_t errlen)
{
    wb_core_config cfg = {.storage = P_STORAGE};
    return wb_core_create(variant, &cfg, err, errlen);
}

static void add(wb_cls_case *out, unsigned *n, unsigned max, const char *mn, int info, uint64_t w)
{
    if (*n >= max)
        return;
    wb_cls_case *k = &out[(*n)++];
    memset(k, 0, sizeof *k);
    snprintf(k->mnemonic, sizeof k->mnemonic, "%s", mn);
    k->info = info;
    for (unsigned i = 0; i < 8; i++)
        k->bytes[i] = (uint8_t)(w >> (56 - 8 * i));
    k->len = 8;
}

static unsigned cases(wb_machine *m, wb_cls_case *out, unsigned max)
{
    unsigned n = 0;
    for (unsigned i = 0; i < m->ninsns; i++) {
        uint32_t key = m->insns[i].opcode;   /* bits 0-12 of the instruction */
        if ((key >> 10) == 07) {             /* in-out: function on APR and PI */
            static const struct { unsigned dev; const char *name; } devs[] = {{0, "APR"}, {1, "PI"}};
            for (unsigned d = 0; d < 2; d++) {
                char mn[32];
                snprintf(mn, sizeof mn, "%s %s", m->insns[i].mnemonic, devs[d].name);
                uint32_t k = (07u << 10) | (devs[d].dev << 3) | (key & 7);
                add(out, &n, max, mn, (int)i, (uint64_t)k << 23 | P_Y);
            }
        } else {
            add(out, &n, max, m->insns[i].mnemonic, (int)i, (uint64_t)key << 23 | P_Y);
        }
    }
    return n;
}

static uint64_t word(const wb_cls_case *k)
{
    uint64_t w = 0;
    for (unsigned i = 0; i < 8; i++)
        w = w << 8 | k->bytes[i];
    return w;
}

static void setup(wb_machine *m, const wb_cls_case *k, unsigned state, bool user, unsigned reloc, unsigned pvary)
{
    m->ops->reset(m, true);
    uint64_t base = user ? rl_of(reloc) : 0;
    uint64_t *buf = calloc(P_WIN, sizeof *buf);
    if (!buf)
        return;   /* the run then shows an empty machine: reported as a difference, never a crash */
    for (unsigned i = 0; i < P_WIN; i++) {
        uint64_t v = 0;
        if (i >= P_Y && i < P_Y + 01000) {
            switch (state) {
            case 0: v = P_Y + (i * 0123u) % 01000u; break;                 /* opcode 000, in-bounds addresses */
            case 1: v = 0201000000000ull | i; break;                       /* MOVEI 0,i */
            default: v = 0777777000000ull | (P_Y + (i & 077)); break;     /* -1,,addr pointers */
            }
        }
        buf[i] = v;
    }
    buf[P_CODE] = word(k);
    (void)m->ops->write(m, base, buf, P_WIN);
    free(buf);
    for (unsigned i = 0; i < 16; i++) {
        uint64_t v;
        switch (state) {
        case 0: v = i * 01001u + 5u; break;
        case 1: v = (uint64_t)(P_Y + 020u * i) << 18 | (P_Y + 040u * i); break;   /* address,,address */
        default:   /* even ACs address,,address; odd ones pushdown pointers (negative count) */
            v = (i & 1) ? 0777770000000ull | (P_Y + 0100u + i) : (uint64_t)(P_Y + 0200u + i) << 18 | (P_Y + 0100u + i);
            break;
        }
        m->ops->set_reg(m, i, v);
    }
    /* PL = 17777 (field 7), RL as chosen (field RL >> 10), high segment unused */
    m->ops->set_reg(m, R_RELOC, (uint64_t)7 << 28 | (uint64_t)(rl_of(reloc) >> 10) << 10);
    m->ops->set_reg(m, R_FLAGS, user ? PDP10_USER : 0);
    m->ops->set_reg(m, R_PI, pvary ? 0377u : 0u);
    m->ops->set_reg(m, R_APR, pvary ? 02001u : 0u);
    m->ops->set_reg(m, R_PC, P_CODE);
}

static uint64_t priv_value(wb_machine *m, unsigned idx, bool user)
{
    (void)user;
    uint64_t v = m->ops->get_reg(m, idx);
    if ((int)idx == wb_reg_index(m, "steps"))
        return 0;   /* the deterministic clock advances with every step: time, not a resource change */
    if (idx == R_FLAGS)
        return v & (PDP10_USER | PDP10_USERIO);
    if (idx == R_APR)
        return v & (07u | 020u | 0200u | 02000u);   /* PIA and enables; condition flags are results */
    return v;
}

/* A 36-bit word in octal, as the SRM writes instructions. */
static void encoding(const uint8_t *bytes, unsigned len, char *out, size_t outlen)
{
    uint64_t w = 0;
    for (unsigned i = 0; i < len && i < 8; i++)
        w = w << 8 | bytes[i];
    snprintf(out, outlen, "%012llo", (unsigned long long)(w & PDP10_WORD));
}

static uint64_t pc(wb_machine *m) { return m->ops->get_reg(m, R_PC); }

static void window(wb_machine *m, bool user, unsigned reloc, uint64_t *phys, uint64_t *len, uint64_t *delta)
{
    (void)m;
    *phys = user ? rl_of(reloc) : 0;
    *len = P_WIN;
    *delta = 0;
}

const wb_cls_driver wb_cls_drv_pdp10 = {
    .arch = "pdp10",
    .nstates = 3,
    .npvary = 2,
    .create = create,
    .cases = cases,
    .setup = setup,
    .priv_value = priv_value,
    .pc = pc,
    .window = window,
    .encoding = encoding,
    .reloc_desc = "user mode under relocation RL = 20000 or 40000 (PL 17777); executive mode unrelocated",
};
