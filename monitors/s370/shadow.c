/* Host translation tables for a guest: the real map (guest DAT off) and shadow tables (guest DAT on).
 * Formats per PoO "Dynamic Address Translation": segment-table entry = PTL(0-3) | PTO(8-28) | I(31);
 * page-table entry (2 bytes) = PFRA | I, bit 12 invalid for 4K pages, bit 13 for 2K pages. */
#include "monitors/s370/shadow.h"
#include <string.h>

static uint8_t *host_mem(wb_vm *vm) { return vm->host->direct_storage; }

static void put32(uint8_t *p, uint32_t v) { p[0] = (uint8_t)(v >> 24); p[1] = (uint8_t)(v >> 16); p[2] = (uint8_t)(v >> 8); p[3] = (uint8_t)v; }
static void put16(uint8_t *p, uint16_t v) { p[0] = (uint8_t)(v >> 8); p[1] = (uint8_t)v; }

uint32_t s370_shadow_realmap_build(wb_vm *vm)
{
    /* 4K pages, 64K segments: CR0 bits 8-9 = 10, bits 11-12 = 00 */
    uint8_t *m = host_mem(vm);
    uint64_t sto = vm->mon_base + S370_VMM_REALMAP_STO;
    uint64_t segs = (vm->size + 0xFFFF) >> 16;
    for (uint64_t s = 0; s < 256; s++) {
        uint64_t pt = vm->mon_base + S370_VMM_REALMAP_PT + s * 32;
        if (s >= segs) {
            put32(m + sto + 4 * s, 0x00000001);   /* invalid */
            continue;
        }
        put32(m + sto + 4 * s, 0xF0000000u | (uint32_t)(pt & 0x00FFFFF8u));
        for (uint64_t p = 0; p < 16; p++) {
            uint64_t g = (s << 16) | (p << 12);
            uint16_t pte = g < vm->size ? (uint16_t)(((vm->base + g) >> 8) & 0xFFF0u) : 0x0008;
            put16(m + pt + 2 * p, pte);
        }
    }
    /* STL in units of 16 entries, minus one */
    uint32_t stl = (uint32_t)((segs + 15) / 16 - 1);
    return stl << 24 | (uint32_t)(sto & 0x00FFFFC0u);
}

/* Geometry of the guest's translation format from its CR0 (bits 8-9 page size, 11-12 segment size). */
bool s370_shadow_geometry(uint32_t cr0, unsigned *page_shift, unsigned *seg_shift)
{
    unsigned ps = (cr0 >> 22) & 3, ss = (cr0 >> 19) & 3;
    if (ps == 1)
        *page_shift = 11;
    else if (ps == 2)
        *page_shift = 12;
    else
        return false;
    if (ss == 0)
        *seg_shift = 16;
    else if (ss == 2)
        *seg_shift = 20;
    else
        return false;
    return true;
}

uint32_t s370_shadow_reset(wb_vm *vm, uint32_t guest_cr0)
{
    unsigned ps, ss;
    uint8_t *m = host_mem(vm);
    uint64_t sto = vm->mon_base + S370_VMM_SHADOW_STO;
    if (!s370_shadow_geometry(guest_cr0, &ps, &ss)) {
        ps = 12;
        ss = 16;
    }
    unsigned nsegs = 1u << (24 - ss);
    for (unsigned s = 0; s < nsegs; s++)
        put32(m + sto + 4 * s, 0x00000001);
    return (uint32_t)((nsegs + 15) / 16 - 1) << 24 | (uint32_t)(sto & 0x00FFFFC0u);
}

void s370_shadow_fill(wb_vm *vm, uint32_t guest_cr0, uint32_t vaddr, uint32_t guest_real)
{
    unsigned ps, ss;
    if (!s370_shadow_geometry(guest_cr0, &ps, &ss))
        return;
    uint8_t *m = host_mem(vm);
    uint64_t sto = vm->mon_base + S370_VMM_SHADOW_STO;
    unsigned seg = (vaddr & 0xFFFFFF) >> ss;
    unsigned entries = 1u << (ss - ps);
    uint64_t pt = vm->mon_base + S370_VMM_SHADOW_PT + (uint64_t)seg * entries * 2;
    uint8_t *ste = m + sto + 4 * seg;
    if (ste[3] & 1) {
        /* first use of this segment: all its pages invalid, then the entry valid at full length */
        uint16_t inv = ps == 12 ? 0x0008 : 0x0004;
        for (unsigned p = 0; p < entries; p++)
            put16(m + pt + 2 * p, inv);
        put32(ste, 0xF0000000u | (uint32_t)(pt & 0x00FFFFF8u));
    }
    unsigned page = ((vaddr & 0xFFFFFF) >> ps) & (entries - 1);
    uint64_t frame = vm->base + (guest_real & ~((1u << ps) - 1));
    uint16_t pte = ps == 12 ? (uint16_t)((frame >> 8) & 0xFFF0u) : (uint16_t)((frame >> 8) & 0xFFF8u);
    put16(m + pt + 2 * page, pte);
}
