/* Classifier driver for System/370 (PoO GA22-7000).
 *
 * Both modes run in EC mode with DAT on (PoO 3-19 ff.): 4K pages, 64K segments (CR0 TF = 10000),
 * one segment whose page table maps virtual 0000-7FFF.  The two relocations are two different
 * segment tables, mapping the same virtual pages to real 10000-17FFF and to real 20000-27FFF.
 * The program sees identical virtual addresses under both, so no offset is undone.
 * Virtual layout: the instruction at 1000, operands at 2000-5FFF (GR6 = 2000 + 100*state, GR7 =
 * 2800 as base registers, GR4 a small index), the compared window is virtual 0000-7FFF.
 * pvary (user mode only): the I/O, external and machine-check masks on, the other CR0 subclass
 * masks -- nothing a problem-state program may observe.
 * STCK is expected innocuous: PoO makes it unprivileged, and it reads the TOD clock, which is
 * neither the mode nor the relocation (P&G's behaviour sensitivity); a monitor that wants a
 * virtual TOD must handle it otherwise (offsetting the host clock), not by trapping. */
#include "monitors/classify/classify.h"
#include "registry.h"
#include "s370/s370.h"
#include <string.h>

#define S_STORAGE 0x40000u
#define S_WIN 0x8000u
#define S_CODE 0x1000u
#define S_DATA 0x2000u
#define S_DATA_END 0x6000u
#define S_TABLES 0x30000u
#define S_CR0_TF_4K_64K 0x00800000u   /* CR0 bits 8-12 = 10000 */

enum { R_PSW = 16, R_F0 = 17, R_CR0 = 21, R_PREFIX = 37, R_TOD = 38, R_CPT = 39, R_CKC = 40 };

static uint32_t frame_base(unsigned reloc) { return 0x10000u + reloc * 0x10000u; }

static wb_machine *create(const char *variant, char *err, size_t errlen)
{
    wb_core_config cfg = {.storage = S_STORAGE};
    return wb_core_create(variant, &cfg, err, errlen);
}

static void add(wb_cls_case *out, unsigned *n, unsigned max, const char *mn, int info, const uint8_t *b, unsigned len)
{
    if (*n >= max)
        return;
    wb_cls_case *k = &out[(*n)++];
    memset(k, 0, sizeof *k);
    snprintf(k->mnemonic, sizeof k->mnemonic, "%s", mn);
    k->info = info;
    memcpy(k->bytes, b, len);
    k->len = len;
}

/* Every table row with R1=2, R2/X2/R3=4, B=6 D=010 (SS: second operand B=7 D=020); the I/O group
 * addresses device 009 (the console); SIGP orders sense and external call as sub-cases. */
static unsigned cases(wb_machine *m, wb_cls_case *out, unsigned max)
{
    unsigned n = 0;
    for (unsigned i = 0; i < m->ninsns; i++) {
        uint32_t op = m->insns[i].opcode;
        uint8_t b[6] = {0, 0x24, 0x60, 0x10, 0x70, 0x20};
        if (op <= 0xFF) {
            b[0] = (uint8_t)op;
        } else {
            b[0] = (uint8_t)(op >> 8);
            b[1] = (uint8_t)op;
            if (b[0] >= 0x9C && b[0] <= 0x9F) {   /* S format: device address 009 */
                b[2] = 0x00;
                b[3] = 0x09;
            }
        }
        add(out, &n, max, m->insns[i].mnemonic, (int)i, b, s370_ilen(b[0]));
        if (op == 0xAE) {   /* SIGP R1,R3,D2(B2): order code in the second-operand address */
            uint8_t s[4] = {0xAE, 0x24, 0x00, 0x01};
            add(out, &n, max, "SIGP sense", (int)i, s, 4);
            s[3] = 0x02;
            add(out, &n, max, "SIGP extcall", (int)i, s, 4);
        }
        if (op == 0x83) {   /* DIAGNOSE: model-dependent code in the second-operand address */
            uint8_t s[4] = {0x83, 0x24, 0x00, 0x08};
            add(out, &n, max, "DIAG 008", (int)i, s, 4);
        }
    }
    return n;
}

static uint32_t mix(unsigned s, unsigned i)
{
    uint32_t x = (i + 1) * 0x9E3779B1u ^ (s + 1) * 0x85EBCA77u;
    x ^= x >> 15;
    x *= 0x2C1B3C6Du;
    return x ^ (x >> 12);
}

static void put(wb_machine *m, uint64_t a, const void *p, size_t len) { (void)m->ops->write(m, a, p, len); }

static void setup(wb_machine *m, const wb_cls_case *k, unsigned state, bool user, unsigned reloc, unsigned pvary)
{
    m->ops->reset(m, true);
    for (uint64_t a = 0; a < m->storage_size; a += S370_KEYBLOCK)
        (void)m->ops->set_key(m, a, 0);      /* no key left behind by an earlier SSK */
    uint32_t base = frame_base(reloc);
    /* translation tables for this relocation */
    uint32_t st = S_TABLES + reloc * 0x100u, pt = st + 0x40u;
    uint8_t t[0x80];
    for (unsigned i = 0; i < 16; i++)
        s370_put32(t + 4 * i, 1);               /* invalid segment */
    s370_put32(t, 0xF0000000u | pt);            /* PTL 15: 16 page entries */
    for (unsigned p = 0; p < 16; p++) {
        uint32_t real = base + p * 0x1000u;
        s370_put16(t + 0x40 + 2 * p, p < S_WIN / 0x1000u ? (uint16_t)((real >> 8) & 0xFFF0u) : 0x0008u);
    }
    put(m, st, t, sizeof t);
    /* the window: zeros, the instruction, the operands */
    static const uint8_t zero[S_WIN];
    put(m, base, zero, S_WIN);
    uint8_t data[S_DATA_END - S_DATA];
    for (unsigned i = 0; i < sizeof data; i++) {
        switch (state) {
        case 0: {   /* valid EC PSWs (enabled, DAT on, supervisor, IA 1008) */
            static const uint8_t psw[8] = {0x07, 0x08, 0x00, 0x00, 0x00, 0x00, 0x10, 0x08};
            data[i] = psw[i % 8];
            break;
        }
        case 1: data[i] = (uint8_t)(i * 37u + 11u); break;
        default: {  /* packed decimal +12, and small normalised-looking floats */
            static const uint8_t pk[8] = {0x00, 0x00, 0x01, 0x2C, 0x41, 0x10, 0x00, 0x00};
            data[i] = pk[i % 8];
            break;
        }
        }
    }
    put(m, base + S_DATA, data, sizeof data);
    put(m, base + S_CODE, k->bytes, k->len);
    for (unsigned i = 0; i < 16; i++)
        m->ops->set_reg(m, i, mix(state, i));
    m->ops->set_reg(m, 4, state * 0x10u);
    m->ops->set_reg(m, 6, S_DATA + state * 0x100u);
    m->ops->set_reg(m, 7, S_DATA + 0x800u);
    for (unsigned i = 0; i < 4; i++)
        m->ops->set_reg(m, R_F0 + i, (uint64_t)mix(state, 20 + i) << 32 | mix(state, 30 + i));
    m->ops->set_reg(m, R_CR0, pvary ? S_CR0_TF_4K_64K | 0x0000FFF0u : S_CR0_TF_4K_64K);
    m->ops->set_reg(m, R_CR0 + 1, st);          /* STL 0 (16 entries), origin st */
    uint64_t hi = 0x04080000u;                  /* DAT on, key 0, EC */
    if (user)
        hi |= 0x00010000u;
    if (pvary)
        hi |= 0x03040000u;                      /* I/O, external, machine-check masks */
    m->ops->set_reg(m, R_PSW, hi << 32 | S_CODE);
}

static uint64_t priv_value(wb_machine *m, unsigned idx, bool user)
{
    (void)user;
    s370_cpu *c = (s370_cpu *)m;
    uint64_t v = m->ops->get_reg(m, idx);
    if (idx == R_PSW)
        return v & 0xFFFFC000ull << 32;         /* bits 0-17: masks, key, EC, M, W, P */
    if (idx == R_TOD)
        return c->tod_base;                     /* the TOD as set, not as it advances */
    if (idx == R_CPT)
        return v + (c->clock << 12);
    return v;
}

/* Storage keys (access-control and fetch-protection bits; reference and change bits record
 * ordinary use) of every 2K block: SSK's target is anywhere in storage. */
static unsigned priv_extra(wb_machine *m, uint64_t *out, unsigned max)
{
    unsigned n = 0;
    for (uint64_t a = 0; a < m->storage_size && n < max; a += S370_KEYBLOCK) {
        uint8_t key = 0;
        (void)m->ops->get_key(m, a, &key);
        out[n++] = key & (S370_KEY_ACC | S370_KEY_FETCH);
    }
    return n;
}

static uint64_t pc(wb_machine *m) { return ((s370_cpu *)m)->ia; }

static void window(wb_machine *m, bool user, unsigned reloc, uint64_t *phys, uint64_t *len, uint64_t *delta)
{
    (void)m;
    (void)user;
    *phys = frame_base(reloc);
    *len = S_WIN;
    *delta = 0;
}

const wb_cls_driver wb_cls_drv_s370 = {
    .arch = "s370",
    .nstates = 3,
    .npvary = 2,
    .create = create,
    .cases = cases,
    .setup = setup,
    .priv_value = priv_value,
    .priv_extra = priv_extra,
    .extra_name = "keys",
    .pc = pc,
    .window = window,
    .reloc_desc = "EC mode with DAT on under two segment tables (virtual 0-7FFF at real 10000 or 20000)",
};
