/* Reference MMU permissions seen from user state (V8 Table H-4): ACC 5 is read-only for the user
 * and read/write for the supervisor, ACC 6/7 are supervisor-only (privilege violation, FT 3),
 * ACC 4 is execute-only; faults are data_access_exception (tt 9). */
#include "lib.h"
static u32 ctx_table[256] __attribute__((aligned(1024)));
static u32 l1[256] __attribute__((aligned(1024)));
static u32 l2[64] __attribute__((aligned(256)));
static u32 l3[64] __attribute__((aligned(256)));
static u32 page[1024] __attribute__((aligned(4096)));
#define PTD(p) ((((u32)(p)) >> 4) | 1)
#define PTE(pa, acc) ((((u32)(pa)) >> 4) | ((acc) << 2) | 2)
static u32 mmu_reg(u32 r) { return LDA(0x19, r << 8); }
static volatile u32 sink;
static void show(const char *what)
{
    u32 fsr = mmu_reg(3);
    puts_(what);
    puts_(": ft=");
    puthex(fsr >> 2 & 7);
    puts_(" at=");
    puthex(fsr >> 5 & 7);
    puts_(" traps=");
    putu(trap_count);
    putch('\n');
}
int main(void)
{
    ctx_table[0] = PTD(l1);
    l1[0x40] = PTE(0x40000000, 3);
    l1[0x80] = PTE(0x80000000, 3);
    l1[0x10] = PTD(l2);
    l2[0] = PTD(l3);
    l3[0] = PTE(page, 5);
    l3[1] = PTE(page, 6);
    l3[2] = PTE(page, 4);
    l3[3] = PTE(page, 7);
    page[0] = 0x11;
    STA(0x19, 0x100, ((u32)ctx_table) >> 4);
    STA(0x19, 0x200, 0);
    STA(0x19, 0x000, 1);
    volatile u32 *p5 = (volatile u32 *)0x10000000, *p6 = (volatile u32 *)0x10001000;
    volatile u32 *p4 = (volatile u32 *)0x10002000, *p7 = (volatile u32 *)0x10003000;
    p5[1] = 0x22;                 /* supervisor may write ACC 5 */
    show("super write acc5");
    __asm__ volatile("ta 2" ::: "memory");   /* to user state */
    sink = p5[0];                 /* user may read ACC 5 */
    u32 a = sink;
    p5[2] = 0x33;                 /* but not write: protection */
    u32 f1 = mmu_reg(3);          /* LDA in user state: privileged, skipped (f1 is whatever the register held) */
    sink = p6[0];                 /* ACC 6: privilege violation */
    sink = p7[0];
    sink = p4[0];                 /* ACC 4: execute-only, a load is a protection error */
    __asm__ volatile("ta 1" ::: "memory");   /* back to supervisor */
    kv("user read", a);
    kv("lda in user", f1);
    show("after user faults");
    kv("page[2]", page[2]);
    STA(0x19, 0x000, 0);
    report();
    return 0;
}
