/* Classifier driver for SPARC V8 (The SPARC Architecture Manual, Version 8).
 *
 * Both modes run with the Reference MMU on (V8 Appendix H): context 0's three-level table maps
 * virtual pages 0000-7FFF, ACC 3 (read/write/execute for user and supervisor).  The two
 * relocations are two context tables (two values of the context table pointer) whose page tables
 * put the same virtual pages at RAM 40010000 or 40020000; the program sees identical addresses.
 * Layout (virtual): the instruction at 1000, operands at 2000-5FFF (%l0 = 2000 + 100*state, %l1 =
 * 10*state, %l2 = 2800), the compared window is 0-7FFF.  Format-3 cases use rd %o2, rs1 %l0, rs2 %l1.
 * States vary CWP, WIM (state 1: RESTORE underflows, state 2: SAVE overflows), the icc, EF, PS; the
 * supervisor runs ET=0 in state 0 so that RETT executes there (ET=1 elsewhere).
 * pvary (user mode only): PIL 15 and ET 0 -- the interrupt level and trap enable, which a user
 * program cannot read (RDPSR is privileged) and which change nothing a single user instruction does.
 * SAVE/RESTORE depend on privileged state only through WIM, and only as a window_overflow/underflow
 * trap, alike in both modes and under both relocations.  P&G's behaviour sensitivity is dependence on
 * mode or location; other privileged state matters only where a program observes it without a trap.
 * The trap hands control to the monitor, which keeps the guest's own WIM in the real WIM (the windows
 * are the guest's) and reflects the trap: P&G's "memory trap" case.  So WIM is no pvary setting, and
 * SAVE/RESTORE are expected innocuous (the core declares them behaviour-sensitive: a disagreement). */
#include "monitors/classify/classify.h"
#include "registry.h"
#include "sparc/sparc.h"
#include <string.h>

#define V_STORAGE 0x40000u
#define V_WIN 0x8000u
#define V_CODE 0x1000u
#define V_DATA 0x2000u
#define V_DATA_END 0x6000u
#define V_TABLES 0x30000u

enum { R_PSR = 32, R_WIM, R_TBR, R_PC, R_NPC, R_Y, R_FSR };

static uint32_t frame(unsigned reloc) { return 0x10000u + reloc * 0x10000u; }   /* storage offset */
static uint32_t tables(unsigned reloc) { return V_TABLES + reloc * 0x1000u; }

static wb_machine *create(const char *variant, char *err, size_t errlen)
{
    wb_core_config cfg = {.storage = V_STORAGE};
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

#define F3(op, op3, rd, rs1) ((uint32_t)(op) << 30 | (uint32_t)(rd) << 25 | (uint32_t)(op3) << 19 | (uint32_t)(rs1) << 14)
#define IMM(v) (1u << 13 | ((uint32_t)(v) & 0x1FFFu))

/* The row's canonical encoding (see the file comment). */
static uint32_t encode(uint32_t key)
{
    if (key & 0x1000)   /* FPop: opf, rd f2, rs1 f4, rs2 f6 (even: doubles) */
        return F3(2, 0x34 + (key >> 9 & 1), 2, 4) | (key & 0x1FFu) << 5 | 6;
    if (key == SK_CALL)
        return 1u << 30 | 4;
    if (!(key & 0x100)) {   /* format 2: Bicc/FBfcc/CBccc "always" +16, SETHI, UNIMP */
        uint32_t op2 = key & 7;
        return op2 == 4 ? 10u << 25 | 4u << 22 | 0x12345u : op2 == 0 ? 0 : 8u << 25 | op2 << 22 | 4;
    }
    unsigned op = key >> 6 & 3, op3 = key & 0x3F;
    if (op == 2 && op3 >= 0x30 && op3 <= 0x33)
        return F3(2, op3, 0, 0) | IMM(op3 == 0x31 ? 0x0E3 : op3 == 0x32 ? 0x02 : op3 == 0x33 ? 0x1000 : 0x123);
    if (op == 2 && op3 == 0x3A)
        return F3(2, op3, 8, 0) | IMM(0x10);   /* TA 0x10 */
    uint32_t w = F3(op, op3, 10, 16) | 17;
    if (op == 3 && op3 >= 0x10 && op3 < 0x20)
        w |= 0x0Bu << 5;   /* ASI 0B: supervisor data, the same space a normal load uses there */
    return w;
}

static unsigned cases(wb_machine *m, wb_cls_case *out, unsigned max)
{
    sparc_cpu *c = (sparc_cpu *)m;
    unsigned n = 0;
    for (unsigned i = 0; i < c->ninfos; i++) {
        uint32_t key = c->rows[i]->key, w = encode(key);
        uint8_t b[4] = {(uint8_t)(w >> 24), (uint8_t)(w >> 16), (uint8_t)(w >> 8), (uint8_t)w};
        if (m->ops->decode(m, b, 4) != (int)i)
            continue;   /* a fallback row whose canonical encoding another row takes */
        add(out, &n, max, m->insns[i].mnemonic, (int)i, w);
        const char *mn = m->insns[i].mnemonic;
        /* operand-dependent sub-cases */
        if (!strcmp(mn, "RDY")) {
            add(out, &n, max, "RDASR %asr17", (int)i, F3(2, 0x28, 10, 17));
            add(out, &n, max, "STBAR", (int)i, F3(2, 0x28, 0, 15));
        } else if (!strcmp(mn, "WRPSR")) {   /* S=0 ET=1: enter user mode */
            add(out, &n, max, "WRPSR user", (int)i, F3(2, 0x31, 0, 0) | IMM(0x023));
        } else if (!strcmp(mn, "TICC")) {
            add(out, &n, max, "TN", (int)i, F3(2, 0x3A, 0, 0) | IMM(0x10));
            add(out, &n, max, "TE", (int)i, F3(2, 0x3A, 1, 0) | IMM(0x10));
        } else if (!strcmp(mn, "LDA")) {
            static const struct { const char *mn; uint32_t asi; } a[] = {
                {"LDA [0A] user data", 0x0A}, {"LDA [1C] bypass", 0x1C}, {"LDA [19] MMU regs", 0x19}};
            for (unsigned v = 0; v < 3; v++)
                add(out, &n, max, a[v].mn, (int)i, F3(3, 0x10, 10, 16) | a[v].asi << 5 | 17);
        } else if (!strcmp(mn, "STA")) {
            add(out, &n, max, "STA [19] MMU control", (int)i, F3(3, 0x14, 10, 16) | 0x19u << 5 | 17);
            add(out, &n, max, "STA [0A] user data", (int)i, F3(3, 0x14, 10, 16) | 0x0Au << 5 | 17);
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

static void put32(wb_machine *m, uint32_t off, uint32_t v)
{
    uint8_t b[4] = {(uint8_t)(v >> 24), (uint8_t)(v >> 16), (uint8_t)(v >> 8), (uint8_t)v};
    (void)m->ops->write(m, off, b, 4);
}

static void setup(wb_machine *m, const wb_cls_case *k, unsigned state, bool user, unsigned reloc, unsigned pvary)
{
    sparc_cpu *c = (sparc_cpu *)m;
    m->ops->reset(m, true);
    /* SRMMU tables: context table at T, level 1 at T+400, level 2 at T+800, level 3 at T+900 */
    uint32_t t = tables(reloc), pa = SPARC_RAM_BASE + t;
    static const uint8_t zero[0x1000];
    (void)m->ops->write(m, t, zero, sizeof zero);
    put32(m, t, (pa + 0x400u) >> 4 | 1);
    put32(m, t + 0x400u, (pa + 0x800u) >> 4 | 1);
    put32(m, t + 0x800u, (pa + 0x900u) >> 4 | 1);
    for (uint32_t p = 0; p < V_WIN / 0x1000u; p++)
        put32(m, t + 0x900u + 4 * p, (SPARC_RAM_BASE + frame(reloc) + p * 0x1000u) >> 12 << 8 | 3u << 2 | 2);
    c->mmu_ctp = pa >> 4;
    c->mmu_ctx = 0;
    c->mmu_ctrl = MMU_CTRL_E;
    /* the window: zeros, operands, the instruction */
    static const uint8_t zwin[V_WIN];
    uint8_t data[V_DATA_END - V_DATA];
    for (unsigned i = 0; i < sizeof data; i++) {
        unsigned a = V_DATA + i;
        data[i] = state == 0 ? (uint8_t)(a * 29u + 3u) : state == 1 ? (uint8_t)(0x5Au ^ a) : (uint8_t)(a >> 4);
    }
    (void)m->ops->write(m, frame(reloc), zwin, sizeof zwin);
    (void)m->ops->write(m, frame(reloc) + V_DATA, data, sizeof data);
    (void)m->ops->write(m, frame(reloc) + V_CODE, k->bytes, k->len);
    /* registers: every window, then the state's pointers */
    for (unsigned i = 0; i < 8; i++)
        c->g[i] = i ? mix(state, i) : 0;
    for (unsigned i = 0; i < SPARC_NWINDOWS * 16; i++)
        c->win[i] = mix(state, 8 + i);
    static const uint32_t cwp[3] = {3, 3, 5}, wim[3] = {1u << 0, 1u << 4, 1u << 4};
    static const uint32_t icc[3] = {0, PSR_ICC, PSR_Z};
    uint32_t psr = PSR_IMPL_VER | cwp[state] | icc[state] | (state != 2 ? PSR_EF : 0) | (state == 1 ? PSR_PS : 0);
    if (user)
        psr |= pvary ? PSR_PIL : PSR_ET;
    else
        psr |= PSR_S | (state == 0 ? 0 : PSR_ET);
    m->ops->set_reg(m, R_PSR, psr);
    m->ops->set_reg(m, R_WIM, wim[state]);
    m->ops->set_reg(m, R_TBR, 0x00002000u);
    m->ops->set_reg(m, R_Y, mix(state, 200));
    m->ops->set_reg(m, R_FSR, 0);
    m->ops->set_reg(m, 16, V_DATA + 0x100u * state);
    m->ops->set_reg(m, 17, 0x10u * state);
    m->ops->set_reg(m, 18, V_DATA + 0x800u);
    m->ops->set_reg(m, R_PC, V_CODE);
    m->ops->set_reg(m, R_NPC, V_CODE + 4);
}

static uint64_t priv_value(wb_machine *m, unsigned idx, bool user)
{
    (void)user;
    uint64_t v = m->ops->get_reg(m, idx);
    if (idx == R_PSR)   /* the icc and CWP are the program's own (SAVE/RESTORE move CWP) */
        return v & (PSR_EF | PSR_PIL | PSR_S | PSR_PS | PSR_ET);
    return v;
}

/* The MMU registers (not in the register table): control, context table pointer, context.  The
 * fault status/address registers are results of a fault, not control. */
static unsigned priv_extra(wb_machine *m, uint64_t *out, unsigned max)
{
    sparc_cpu *c = (sparc_cpu *)m;
    if (max < 3)
        return 0;
    out[0] = c->mmu_ctrl, out[1] = c->mmu_ctp, out[2] = c->mmu_ctx;
    return 3;
}

static uint64_t pc(wb_machine *m) { return m->ops->get_reg(m, R_PC); }

static void window(wb_machine *m, bool user, unsigned reloc, uint64_t *phys, uint64_t *len, uint64_t *delta)
{
    (void)m;
    (void)user;
    *phys = frame(reloc);
    *len = V_WIN;
    *delta = 0;
}

const wb_cls_driver wb_cls_drv_sparc = {
    .arch = "sparc",
    .nstates = 3,
    .npvary = 2,
    .create = create,
    .cases = cases,
    .setup = setup,
    .priv_value = priv_value,
    .priv_extra = priv_extra,
    .extra_name = "MMU regs",
    .pc = pc,
    .window = window,
    .reloc_desc = "SRMMU on, two context tables (virtual 0-7FFF at RAM 40010000 or 40020000)",
};
