#include "rt.h"
/* MSR writes and reads (ME is masked out: QEMU's mtmsr cannot set it). */
int main(void)
{
    u32 save = get_msr();
    static const u32 v[] = {0x00000000u, 0x00000200u, 0x00020000u, 0x00002000u, 0x00000100u, 0x00000800u};
    for (unsigned i = 0; i < sizeof v / sizeof v[0]; i++) {
        set_msr(v[i]);
        kv("msr", get_msr() & ~0x1000u);
    }
    nl();
    set_msr(0);
    __asm__ volatile("wrteei 1"); kv("wrteei1", get_msr() & ~0x1000u);
    __asm__ volatile("wrteei 0"); kv("wrteei0", get_msr() & ~0x1000u);
    __asm__ volatile("wrtee %0" : : "r"(0xFFFFFFFFu)); kv("wrtee", get_msr() & ~0x1000u);
    __asm__ volatile("wrtee %0" : : "r"(0xFFFF7FFFu)); kv("wrtee", get_msr() & ~0x1000u);
    nl();
    set_msr(save);
    return 0;
}
