/* Shadow Reference MMU tables for a guest whose MMU is on: guest virtual -> host physical, composed
 * from the guest's tables (guest virtual -> guest physical) and the partition (guest physical RAM ->
 * host physical), filled lazily on host MMU faults and kept exact as vmm.h explains. */
#include "monitors/sparc/vmm.h"
#include <string.h>

static sparc_vmm *st(wb_vm *vm) { return vm->arch_state; }

static void put32(uint8_t *p, uint32_t w)
{
    p[0] = (uint8_t)(w >> 24);
    p[1] = (uint8_t)(w >> 16);
    p[2] = (uint8_t)(w >> 8);
    p[3] = (uint8_t)w;
}

static uint32_t get32(const uint8_t *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

/* Tree t: offset in the host storage, and its host physical address. */
static uint64_t tree_off(wb_vm *vm, unsigned t) { return vm->mon_base + SPARC_SHADOW_BASE + (uint64_t)t * SPARC_SHADOW_TREE; }
static uint8_t *tree_mem(wb_vm *vm, unsigned t) { return vm->host->direct_storage + tree_off(vm, t); }
static uint64_t tree_pa(wb_vm *vm, unsigned t) { return SPARC_RAM_BASE + tree_off(vm, t); }

static void flush_tree(wb_vm *vm, unsigned t)
{
    uint8_t *m = tree_mem(vm, t);
    memset(m, 0, 4096);
    put32(m, (uint32_t)((tree_pa(vm, t) + 1024) >> 4) | 1u);   /* context 0 -> the L1 table */
    st(vm)->tree_next[t] = 0;
}

static void flush_all(wb_vm *vm)
{
    flush_tree(vm, 0);
    flush_tree(vm, 1);
    vm->stats.shadow_flushes++;
}

/* A guest page-table page: watched from now on.  Trees built before may map it writable: discard. */
static void watch(wb_vm *vm, uint32_t page)
{
    sparc_vmm *s = st(vm);
    for (unsigned i = 0; i < s->npt; i++)
        if (s->pt_page[i] == page)
            return;
    if (s->npt == SPARC_SHADOW_MAXPT)
        s->npt = 0;   /* too many: start over (the trees are discarded below) */
    s->pt_page[s->npt] = page;
    memcpy(s->pt_snap + (size_t)s->npt * 4096, s->v->mem + (page - SPARC_RAM_BASE), 4096);
    s->npt++;
    flush_all(vm);
}

static bool watched(wb_vm *vm, uint32_t page)
{
    sparc_vmm *s = st(vm);
    for (unsigned i = 0; i < s->npt; i++)
        if (s->pt_page[i] == page)
            return true;
    return false;
}

uint32_t sparc_shadow_enter(wb_vm *vm)
{
    sparc_vmm *s = st(vm);
    sparc_cpu *v = s->v;
    if (!s->tag_valid || s->tag_ctrl != v->mmu_ctrl || s->tag_ctp != v->mmu_ctp || s->tag_ctx != v->mmu_ctx) {
        s->tag_valid = true;
        s->tag_ctrl = v->mmu_ctrl;
        s->tag_ctp = v->mmu_ctp;
        s->tag_ctx = v->mmu_ctx;
        s->npt = 0;
        flush_all(vm);
    } else {
        bool changed = false;
        for (unsigned i = 0; i < s->npt; i++) {
            uint8_t *snap = s->pt_snap + (size_t)i * 4096, *now = v->mem + (s->pt_page[i] - SPARC_RAM_BASE);
            if (memcmp(snap, now, 4096) != 0) {
                memcpy(snap, now, 4096);
                changed = true;
            }
        }
        if (changed)
            flush_all(vm);
    }
    return (uint32_t)(tree_pa(vm, sparc_super(v) ? 1 : 0) >> 4);
}

/* A zeroed pool table of tree t, or 0 when the pool is exhausted. */
static uint64_t alloc_table(wb_vm *vm, unsigned t)
{
    sparc_vmm *s = st(vm);
    if (s->tree_next[t] == SPARC_SHADOW_POOL)
        return 0;
    uint64_t off = 4096u + (uint64_t)s->tree_next[t]++ * 256u;
    memset(tree_mem(vm, t) + off, 0, 256);
    return off;
}

/* Map the 4K page of va in tree t to host physical hpa with ACC acc (L1/L2 PTDs made as needed). */
static void fill(wb_vm *vm, unsigned t, uint32_t va, uint64_t hpa, unsigned acc)
{
    for (int attempt = 0; attempt < 2; attempt++) {
        uint8_t *m = tree_mem(vm, t);
        uint64_t pa = tree_pa(vm, t);
        uint64_t l1 = 1024 + (uint64_t)(va >> 24) * 4;
        uint32_t d = get32(m + l1);
        if ((d & 3) != 1) {
            uint64_t off = alloc_table(vm, t);
            if (!off) {
                flush_tree(vm, t);
                continue;
            }
            d = (uint32_t)((pa + off) >> 4) | 1u;
            put32(m + l1, d);
        }
        uint64_t l2 = (((uint64_t)(d & ~3u) << 4) - pa) + (va >> 18 & 63) * 4;
        d = get32(m + l2);
        if ((d & 3) != 1) {
            uint64_t off = alloc_table(vm, t);
            if (!off) {
                flush_tree(vm, t);
                continue;
            }
            d = (uint32_t)((pa + off) >> 4) | 1u;
            put32(m + l2, d);
        }
        uint64_t l3 = (((uint64_t)(d & ~3u) << 4) - pa) + (va >> 12 & 63) * 4;
        /* R and M preset: the host's walk never writes the shadow */
        put32(m + l3, (uint32_t)(hpa >> 12) << 8 | 0x40u | 0x20u | acc << 2 | 2u);
        return;
    }
}

/* ACC giving user mode exactly these permissions (V8 Table H-4): r, rw, rx, rwx, x. */
static unsigned acc_for(unsigned perms)
{
    switch (perms & 7) {
    case 1: return 0;
    case 3: return 1;
    case 5: return 2;
    case 7: return 3;
    default: return 4;   /* execute only */
    }
}

bool sparc_shadow_fault(wb_vm *vm, const wb_exit *e)
{
    sparc_vmm *s = st(vm);
    sparc_cpu *v = s->v;
    sparc_cpu *hc = sparc_vmm_cpu(vm->host);
    uint32_t va = (uint32_t)e->trap.fault;
    int acc;
    if (e->trap.code == TT_IACCESS)
        acc = ACC_FETCH;
    else {
        unsigned at = hc->mmu_fsr >> 5 & 7;   /* the host's fault status: access type (V8 H.6) */
        acc = at >= 4 ? ACC_STORE : ACC_LOAD;
    }
    bool super = sparc_super(v);
    sparc_walk w;
    if (!sparc_mmu_peek(v, va, acc, super, &w))
        return false;   /* the guest's tables refuse it: the virtual CPU faults through the guest's TBR */
    if (w.pa < SPARC_RAM_BASE || w.pa - SPARC_RAM_BASE >= v->memsize)
        return false;   /* the board's devices, or beyond the guest's RAM */
    uint32_t page = (uint32_t)(w.pa & ~0xFFFull);
    unsigned need = acc == ACC_LOAD ? 1 : acc == ACC_STORE ? 2 : 4;
    if (acc == ACC_STORE && watched(vm, page))
        return false;   /* a store into the guest's tables: done by the virtual CPU, noticed at entry */
    for (unsigned i = 0; i < w.ndesc; i++)
        watch(vm, (uint32_t)(w.desc_pa[i] & ~0xFFFull));
    if (acc == ACC_STORE && watched(vm, page))
        return false;
    /* referenced (and modified) as the bare machine's walk leaves them (V8 H.3.2) */
    uint32_t nd = w.pte | 0x20u | (acc == ACC_STORE ? 0x40u : 0);
    if (nd != w.pte) {
        sparc_phys_write(v, w.pte_pa, 4, nd);
        for (unsigned i = 0; i < s->npt; i++)
            if (s->pt_page[i] == (uint32_t)(w.pte_pa & ~0xFFFull))
                put32(s->pt_snap + (size_t)i * 4096 + (w.pte_pa & 0xFFF), nd);
    }
    unsigned perms = w.perms;
    if (!(nd & 0x40u) || watched(vm, page))
        perms &= ~2u;   /* writable only once modified, never the guest's own tables */
    if (!(perms & need))
        return false;
    fill(vm, super ? 1 : 0, va, SPARC_RAM_BASE + vm->base + (page - SPARC_RAM_BASE), acc_for(perms));
    vm->stats.shadow_faults++;
    return true;
}
