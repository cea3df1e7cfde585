/* SPARC Reference MMU (V8 Appendix H, LEON3 ASIs 0x18/0x19): context table, 16M level-1 PTEs
 * mapping RAM and I/O one to one, a three-level walk for VA 0x10000000, referenced/modified bits,
 * protection and invalid-entry faults (data_access_exception, tt 9) with FSR, and probes.  FAR is
 * printed page-aligned only (QEMU keeps just the page address). */
#include "lib.h"
static u32 ctx_table[256] __attribute__((aligned(1024)));
static u32 l1[256] __attribute__((aligned(1024)));
static u32 l2[64] __attribute__((aligned(256)));
static u32 l3[64] __attribute__((aligned(256)));
static u32 page[1024] __attribute__((aligned(4096)));
#define PTD(p) ((((u32)(p)) >> 4) | 1)
#define PTE(pa, acc) ((((u32)(pa)) >> 4) | ((acc) << 2) | 2)
static u32 mmu_reg(u32 r) { return LDA(0x19, r << 8); }
int main(void)
{
    ctx_table[0] = PTD(l1);
    l1[0x40] = PTE(0x40000000, 3);
    l1[0x80] = PTE(0x80000000, 3);
    l1[0x10] = PTD(l2);
    l2[0] = PTD(l3);
    l3[0] = PTE(page, 1);        /* RW */
    l3[1] = PTE(page, 0);        /* read-only */
    l3[2] = 0;                   /* invalid */
    l3[3] = PTE(page, 6);        /* supervisor RX */
    page[2] = 0x600dbeef;
    STA(0x19, 0x100, ((u32)ctx_table) >> 4);
    STA(0x19, 0x200, 0);
    STA(0x19, 0x000, 1);         /* enable */
    kv("ctrl.e", mmu_reg(0) & 1);
    volatile u32 *v0 = (volatile u32 *)0x10000000, *v1 = (volatile u32 *)0x10001000;
    volatile u32 *v2 = (volatile u32 *)0x10002000, *v3 = (volatile u32 *)0x10003000;
    kv("v0[2]", v0[2]);
    kv("pte0 after load", l3[0]);
    v0[3] = 0x12345678;
    kv("pte0 after store", l3[0]);
    kv("page[3]", page[3]);
    kv("v1[3]", v1[3]);
    (void)mmu_reg(3);            /* clear the fault status */
    v1[4] = 0x1111;              /* protection error */
    u32 fsr = mmu_reg(3), far = mmu_reg(4);
    kv("fsr.ft", fsr >> 2 & 7);
    kv("fsr.at", fsr >> 5 & 7);
    kv("fsr.fav", fsr >> 1 & 1);
    kv("far.page", far & ~0xfffu);
    kv("page[4]", page[4]);
    u32 x = 0xabc;
    x = v2[0];                   /* invalid: traps, x unchanged */
    fsr = mmu_reg(3);
    kv("x", x);
    kv("fsr.ft", fsr >> 2 & 7);
    kv("fsr.at", fsr >> 5 & 7);
    kv("far.page", mmu_reg(4) & ~0xfffu);
    kv("v3[2]", v3[2]);          /* supervisor may read ACC 6 */
    v3[5] = 5;                   /* but not write */
    fsr = mmu_reg(3);
    kv("fsr.ft", fsr >> 2 & 7);
    kv("probe page", LDA(0x18, 0x10000000 | 0 << 8));
    kv("probe entire", LDA(0x18, 0x10001000 | 4 << 8));
    kv("probe invalid", LDA(0x18, 0x10002000 | 4 << 8));
    kv("probe ram", LDA(0x18, 0x40000000 | 4 << 8));
    STA(0x18, 0x400, 0);         /* flush entire */
    STA(0x19, 0x000, 0);         /* disable */
    kv("ctrl.e", mmu_reg(0) & 1);
    report();
    return 0;
}
