#include "rt.h"
int main(void)
{
    u32 r, m;
    __asm__ volatile("lis 9,1f@ha\n\taddi 9,9,1f@l\n\tmtsrr0 9\n\tli 9,0x200\n\tmtsrr1 9\n\tli %0,1\n\trfi\n\t"
                     "li %0,2\n1:\tmfmsr %1\n\tli 9,0\n\tmtmsr 9"
                     : "=&r"(r), "=&r"(m) : : "r9", "memory");
    kv("r", r); kv("msr", m & ~0x1000u); nl();
    __asm__ volatile("lis 9,1f@ha\n\taddi 9,9,1f@l\n\tmtspr 58,9\n\tlis 9,2\n\tmtspr 59,9\n\tli %0,1\n\trfci\n\t"
                     "li %0,2\n1:\tmfmsr %1\n\tli 9,0\n\tmtmsr 9"
                     : "=&r"(r), "=&r"(m) : : "r9", "memory");
    kv("r", r); kv("msr", m & ~0x1000u); nl();
    /* srr0 low bits are ignored by rfi */
    __asm__ volatile("lis 9,1f@ha\n\taddi 9,9,1f@l\n\tori 9,9,3\n\tmtsrr0 9\n\tli 9,0\n\tmtsrr1 9\n\tli %0,1\n\trfi\n\t"
                     "li %0,2\n1:\tnop"
                     : "=&r"(r) : : "r9", "memory");
    kv("r", r); nl();
    return 0;
}
