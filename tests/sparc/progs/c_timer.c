/* GPTIMER timer 1 with interrupts through the IRQMP: a one-shot underflow raises its line and
 * is taken once; a periodic timer keeps interrupting.  Counts are compared only coarsely (QEMU's
 * timer clock differs from vmwb's one-instruction tick). */
#include "lib.h"
#define GPT ((volatile u32 *)0x80000300)
#define IRQMP ((volatile u32 *)0x80000200)
int main(void)
{
    u32 cfg = GPT[2];
    kv("timers", cfg & 7);
    u32 irq = cfg >> 3 & 31;
    kv("irq", irq);
    IRQMP[0x40 / 4] = 1u << (irq + 1);   /* timer 1's line (separate interrupts) */
    GPT[1] = 3;                           /* prescaler reload */
    GPT[0] = 3;
    GPT[0x24 / 4] = 50;                   /* timer 1 reload */
    GPT[0x28 / 4] = 1 | 4 | 8;            /* enable, load, interrupt enable: one shot */
    u32 spins = 0;
    while (irq_count == 0 && spins < 1000000) spins++;
    kv("fired", irq_count == 1);
    kv("ip", GPT[0x28 / 4] >> 4 & 1);
    GPT[0x28 / 4] = 0;
    u32 before = irq_count;
    GPT[0x24 / 4] = 100;
    GPT[0x28 / 4] = 1 | 2 | 4 | 8;        /* periodic */
    while (irq_count < before + 5 && spins < 10000000) spins++;
    GPT[0x28 / 4] = 0;
    kv("periodic>=5", irq_count >= before + 5);
    IRQMP[0x40 / 4] = 0;
    u32 lvl = 0;
    for (u32 i = 0; i < trap_count && i < 64; i++) if (trap_log[i] != 0x10 + irq + 1) lvl++;
    kv("other traps", lvl);
    return 0;
}
