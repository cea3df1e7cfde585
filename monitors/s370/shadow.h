#ifndef WB_S370_SHADOW_H
#define WB_S370_SHADOW_H
#include "monitors/s370/vmm.h"

/* Build the real map for the partition; returns the host CR1 value that designates it. */
uint32_t s370_shadow_realmap_build(wb_vm *vm);
/* Page and segment sizes (as shifts) from a CR0 value; false for an invalid format. */
bool s370_shadow_geometry(uint32_t cr0, unsigned *page_shift, unsigned *seg_shift);
/* Invalidate every shadow entry for a guest using `guest_cr0`'s format; returns the host CR1 value. */
uint32_t s370_shadow_reset(wb_vm *vm, uint32_t guest_cr0);
/* Make guest virtual page `vaddr` map to guest real `guest_real` in the shadow tables. */
void s370_shadow_fill(wb_vm *vm, uint32_t guest_cr0, uint32_t vaddr, uint32_t guest_real);

#endif
