#include "rt.h"
int main(void)
{
    u32 d, c, x;
    /* SO is sticky: an overflow sets it, later non-overflowing o-forms clear OV only */
    __asm__ volatile("li 9,0\n\tmtxer 9\n\tlis 9,0x7fff\n\tori 9,9,0xffff\n\taddo. %0,9,9\n\tli 9,1\n\taddo. %0,9,9\n\t"
                     "mfcr %1\n\tmfxer %2" : "=&r"(d), "=&r"(c), "=&r"(x) : : "r9", "xer", "cr0");
    line3(d, c, x);
    __asm__ volatile("cmpwi 3,%3,0\n\tmfcr %0\n\tmfxer %1\n\tli 9,0\n\tmtxer 9\n\tmfxer %2" : "=&r"(c), "=&r"(x), "=&r"(d) : "r"(x) : "r9", "xer");
    line3(d, c, x);
    /* add. (no o) copies SO into CR0 without touching OV */
    __asm__ volatile("lis 9,0xC000\n\tmtxer 9\n\tli 9,1\n\tadd. %0,9,9\n\tmfcr %1\n\tmfxer %2" : "=&r"(d), "=&r"(c), "=&r"(x) : : "r9", "xer", "cr0");
    line3(d, c, x);
    set_xer(0x1234567Fu); kv("xer", get_xer() & 0xE000007Fu);   /* reserved bits: QEMU keeps them */
    set_xer(0xE0000000u); kv("xer", get_xer()); nl();
    return 0;
}
