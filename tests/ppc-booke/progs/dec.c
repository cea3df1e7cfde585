#include "rt.h"
/* Decrementer: DEC counts down with the time base; reaching zero sets TSR[DIS] and, with TCR[DIE]
 * and MSR[EE], interrupts (IVOR10).  DEC is never read back (QEMU's reads right after a write are
 * not faithful); only the status and the interrupt are printed. */
int main(void)
{
    SPR_SET(340, 0);
    SPR_SET(336, 0xFFFFFFFFu);
    SPR_SET(22, 200);
    u32 k = 0;
    while (!(SPR_GET(336) & 0x08000000u) && k < 10000000u) k++;
    kv("dis", SPR_GET(336) & 0x08000000u); kv("polled", k > 0); nl();
    SPR_SET(336, 0x08000000u);
    kv("cleared", SPR_GET(336) & 0x08000000u); nl();
    exc_clear();
    SPR_SET(22, 300);
    SPR_SET(340, 0x04000000u);   /* DIE */
    set_msr(0x8000u);            /* EE */
    k = 0;
    while (exc.count == 0 && k < 10000000u) k++;
    set_msr(0);
    exc_print(); kv("tcr", SPR_GET(340)); kv("tsr", SPR_GET(336) & 0x0C000000u); nl();
    /* with EE off the condition stays pending until enabled */
    exc_clear();
    SPR_SET(22, 100);
    SPR_SET(340, 0x04000000u);
    k = 0;
    while (!(SPR_GET(336) & 0x08000000u) && k < 10000000u) k++;
    kv("pending", exc.count);
    set_msr(0x8000u);
    __asm__ volatile("nop\n\tnop" ::: "memory");
    set_msr(0);
    kv("taken", exc.count); kv("ivor", exc.ivor); nl();
    return 0;
}
