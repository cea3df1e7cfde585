/* Address spaces and the SPARC Reference MMU (V8 Appendix H) as LEON3 places it:
 * MMU registers in ASI 0x19, flush/probe in ASI 0x18 (V8's ASI 0x04 / 0x03), bypass in ASI 0x1C.
 * There is no TLB: every access walks the tables, so flushes have nothing to discard. */
#include "sparc/sparc.h"
#include <string.h>

/* ---- physical bus ---- */

bool sparc_phys_read(sparc_cpu *c, uint64_t pa, unsigned size, uint32_t *v)
{
    if (pa >= SPARC_RAM_BASE && pa - SPARC_RAM_BASE < c->memsize && pa - SPARC_RAM_BASE + size <= c->memsize) {
        const uint8_t *p = c->mem + (pa - SPARC_RAM_BASE);
        uint32_t w = 0;
        for (unsigned i = 0; i < size; i++)
            w = w << 8 | p[i];
        *v = w;
        return true;
    }
    if (pa >= 0x80000000u && pa < 0x80100000u) {
        uint32_t w;
        if (!sparc_io_read(c, (uint32_t)pa & ~3u, &w))
            return false;
        unsigned sh = (4 - size - ((unsigned)pa & 3)) * 8;
        *v = size == 4 ? w : (w >> sh) & ((1u << size * 8) - 1);
        return true;
    }
    return false;
}

bool sparc_phys_write(sparc_cpu *c, uint64_t pa, unsigned size, uint32_t v)
{
    if (pa >= SPARC_RAM_BASE && pa - SPARC_RAM_BASE < c->memsize && pa - SPARC_RAM_BASE + size <= c->memsize) {
        uint8_t *p = c->mem + (pa - SPARC_RAM_BASE);
        for (unsigned i = 0; i < size; i++)
            p[i] = (uint8_t)(v >> (size - 1 - i) * 8);
        return true;
    }
    if (pa >= 0x80000000u && pa < 0x80100000u) {
        /* GRLIB APB registers are word registers: a narrower store writes the value as the word */
        return sparc_io_write(c, (uint32_t)pa & ~3u, v);
    }
    return false;
}

/* ---- Reference MMU ---- */

/* May an access of this kind go through ACC (V8 Table H-4)?  0 = yes, 2 = protection error,
 * 3 = privilege violation. */
static const uint8_t acc_user[8] = {1, 3, 5, 7, 4, 1, 0, 0}, acc_sup[8] = {1, 3, 5, 7, 4, 3, 5, 7};

static unsigned acc_check(unsigned accf, int acc, bool super)
{
    const uint8_t *user = acc_user, *sup = acc_sup;
    /* bit 0 read, bit 1 write, bit 2 execute */
    unsigned need = acc == ACC_LOAD ? 1 : acc == ACC_STORE ? 2 : 4;
    if (!super && accf >= 6)
        return 3;
    return ((super ? sup : user)[accf] & need) ? 0 : 2;
}

static uint64_t ptd_addr(uint32_t d) { return (uint64_t)(d & ~3u) << 4; }

static _Noreturn void fault(sparc_cpu *c, uint32_t va, int acc, bool super, unsigned level, unsigned ft)
{
    unsigned at = acc == ACC_FETCH ? (super ? 3 : 2) : acc == ACC_STORE ? (super ? 5 : 4) : (super ? 1 : 0);
    uint32_t ow = (c->mmu_fsr & 2) ? 1 : 0;   /* overwrite: a previous fault was never read */
    c->mmu_fsr = (level & 3) << 8 | at << 5 | ft << 2 | 2 | ow;
    c->mmu_far = va;
    sparc_trap(c, acc == ACC_FETCH ? TT_IACCESS : TT_DACCESS);
}

static bool read_desc(sparc_cpu *c, uint64_t pa, uint32_t *d) { return sparc_phys_read(c, pa, 4, d); }

uint64_t sparc_translate(sparc_cpu *c, uint32_t va, int acc, bool super, bool *ok)
{
    *ok = true;
    if (!(c->mmu_ctrl & MMU_CTRL_E))
        return va;
    uint64_t at = ptd_addr(c->mmu_ctp) + (uint64_t)(c->mmu_ctx & 0xFF) * 4;
    static const unsigned shift[4] = {32, 24, 18, 12};
    for (unsigned level = 0;; level++) {
        uint32_t d;
        if (!read_desc(c, at, &d))
            fault(c, va, acc, super, level, 5);
        switch (d & 3) {
        case 0:
            fault(c, va, acc, super, level, 1);
        case 1:
            if (level == 3)
                fault(c, va, acc, super, level, 4);
            at = ptd_addr(d) + (uint64_t)((va >> shift[level + 1]) & (level == 0 ? 0xFF : 0x3F)) * 4;
            continue;
        case 2: {
            unsigned e = acc_check(d >> 2 & 7, acc, super);
            if (e)
                fault(c, va, acc, super, level, e);
            uint32_t nd = d | 0x20u | (acc == ACC_STORE ? 0x40u : 0);
            if (nd != d)
                sparc_phys_write(c, at, 4, nd);   /* referenced / modified (V8 H.3.2) */
            uint64_t mask = level == 0 ? 0xFFFFFFFFull : (1ull << shift[level]) - 1;
            return (((uint64_t)(d >> 8) << 12) & ~mask) | (va & mask);
        }
        default:
            fault(c, va, acc, super, level, 4);
        }
    }
}

/* The walk sparc_translate makes for va, without its side effects (no referenced/modified update, no
 * fault status, no device read): false when the access would fault or a descriptor lies outside RAM
 * (the caller then lets the machine itself perform the access).  For a monitor's shadow tables. */
bool sparc_mmu_peek(sparc_cpu *c, uint32_t va, int acc, bool super, sparc_walk *w)
{
    memset(w, 0, sizeof *w);
    if (!(c->mmu_ctrl & MMU_CTRL_E))
        return false;
    uint64_t at = ptd_addr(c->mmu_ctp) + (uint64_t)(c->mmu_ctx & 0xFF) * 4;
    static const unsigned shift[4] = {32, 24, 18, 12};
    for (unsigned level = 0; level < 4; level++) {
        if (at < SPARC_RAM_BASE || at - SPARC_RAM_BASE + 4 > c->memsize)
            return false;
        uint32_t d = 0;
        sparc_phys_read(c, at, 4, &d);
        w->desc_pa[w->ndesc++] = at;
        if ((d & 3) == 2) {
            unsigned accf = d >> 2 & 7;
            if (acc_check(accf, acc, super))
                return false;
            w->perms = (super ? acc_sup : acc_user)[accf];
            w->pte = d;
            w->pte_pa = at;
            uint64_t mask = level == 0 ? 0xFFFFFFFFull : (1ull << shift[level]) - 1;
            w->pa = (((uint64_t)(d >> 8) << 12) & ~mask) | (va & mask);
            return true;
        }
        if ((d & 3) != 1 || level == 3)
            return false;
        at = ptd_addr(d) + (uint64_t)((va >> shift[level + 1]) & (level == 0 ? 0xFF : 0x3F)) * 4;
    }
    return false;
}

/* Probe (V8 H.5): the entry that maps va at the level the probe type names, 0 when there is none. */
uint32_t sparc_mmu_probe(sparc_cpu *c, uint32_t va)
{
    unsigned type = va >> 8 & 0xF;
    if (type > 4)
        return 0;
    unsigned want = type == 4 ? 4 : 3 - type;   /* level at which a PTD is returned */
    uint64_t at = ptd_addr(c->mmu_ctp) + (uint64_t)(c->mmu_ctx & 0xFF) * 4;
    static const unsigned shift[4] = {32, 24, 18, 12};
    for (unsigned level = 0; level < 4; level++) {
        uint32_t d;
        if (!read_desc(c, at, &d))
            return 0;
        if ((d & 3) == 2)
            return d;
        if ((d & 3) != 1 || level == 3)
            return 0;
        if (level == want)
            return d;
        at = ptd_addr(d) + (uint64_t)((va >> shift[level + 1]) & (level == 0 ? 0xFF : 0x3F)) * 4;
    }
    return 0;
}

/* MMU registers in ASI 0x19, selected by VA bits 10:8 (V8 H.6). */
uint32_t sparc_mmu_reg_read(sparc_cpu *c, uint32_t va)
{
    switch (va >> 8 & 7) {
    case 0: return MMU_IMPL_VER | c->mmu_ctrl;
    case 1: return c->mmu_ctp;
    case 2: return c->mmu_ctx;
    case 3: {
        uint32_t v = c->mmu_fsr;   /* reading the fault status clears it */
        c->mmu_fsr = 0;
        return v;
    }
    case 4: return c->mmu_far;
    default: return 0;
    }
}

void sparc_mmu_reg_write(sparc_cpu *c, uint32_t va, uint32_t v)
{
    switch (va >> 8 & 7) {
    case 0: c->mmu_ctrl = v & (MMU_CTRL_E | MMU_CTRL_NF | 0x80u); break;
    case 1: c->mmu_ctp = v & ~3u; break;
    case 2: c->mmu_ctx = v & 0xFF; break;
    case 3: c->mmu_fsr = 0; break;
    case 4: c->mmu_far = v; break;
    default: break;
    }
}

/* ---- address spaces ---- */

static uint64_t data_pa(sparc_cpu *c, int asi, uint32_t va, int acc, bool *direct)
{
    bool ok;
    *direct = true;
    switch (asi) {
    case -1: case 0x01: return sparc_translate(c, va, acc, sparc_super(c), &ok);
    case 0x08: case 0x0A: return sparc_translate(c, va, acc, false, &ok);
    case 0x09: case 0x0B: return sparc_translate(c, va, acc, true, &ok);
    case 0x1C: return va;                     /* MMU bypass */
    default: *direct = false; return 0;
    }
}

uint32_t sparc_load(sparc_cpu *c, int asi, uint32_t va, unsigned size)
{
    bool direct;
    uint64_t pa = data_pa(c, asi, va, ACC_LOAD, &direct);
    uint32_t v = 0;
    if (direct) {
        if (!sparc_phys_read(c, pa, size, &v))
            sparc_trap(c, TT_DACCESS_ERROR);
        return v;
    }
    switch (asi) {
    case 0x19: return sparc_mmu_reg_read(c, va);
    case 0x18: case 0x03: return sparc_mmu_probe(c, va);
    case 0x02: case 0x0C: case 0x0D: case 0x0E: case 0x0F: case 0x10: case 0x11:
        return 0;   /* LEON cache control, tags and flushes: no cache is modelled */
    default: sparc_trap(c, TT_DACCESS);
    }
}

void sparc_store(sparc_cpu *c, int asi, uint32_t va, unsigned size, uint32_t v)
{
    bool direct;
    uint64_t pa = data_pa(c, asi, va, ACC_STORE, &direct);
    if (direct) {
        if (!sparc_phys_write(c, pa, size, v))
            sparc_trap(c, TT_DACCESS_ERROR);
        return;
    }
    switch (asi) {
    case 0x19: sparc_mmu_reg_write(c, va, v); return;
    case 0x18: case 0x03: return;   /* flush: no TLB to flush */
    case 0x02: case 0x0C: case 0x0D: case 0x0E: case 0x0F: case 0x10: case 0x11: return;
    default: sparc_trap(c, TT_DACCESS);
    }
}
