#include "rt.h"
/* Problem state: arithmetic, memory, LR/CTR/XER/USPRG0 and the user views of SPRG4-7 and TB work;
 * MSR[PR] shows in SRR1 of an interrupt taken from there. */
int main(void)
{
    SPR_SET(276, 0x44444444u);
    u32 a, b, c, d;
    exc_clear();
    to_user();
    __asm__ volatile("li 3,0x55\n\tmtspr 256,3\n\tmfspr %0,256\n\tmfspr %1,260\n\tmtctr 3\n\tmfctr %2\n\t"
                     "li 4,0x66\n\tmtlr 4\n\tmflr %3"
                     : "=&r"(a), "=&r"(b), "=&r"(c), "=&r"(d) : : "r3", "r4", "ctr", "lr");
    static u32 cell;
    cell = a + 1;
    __asm__ volatile("twi 31,0,0" ::: "memory");
    to_super();
    kv("usprg0", a); kv("sprg4r", b); kv("ctr", c); kv("lr", d); kv("cell", cell); nl();
    exc_print(); kv("pr", exc.srr1 & 0x4000u); nl();
    return 0;
}
