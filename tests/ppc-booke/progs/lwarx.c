#include "rt.h"
static u32 w[4] __attribute__((aligned(16))) = {5, 6, 7, 8};
int main(void)
{
    u32 d, c;
    exc_clear();
    __asm__ volatile("lwarx %0,0,%2\n\taddi %0,%0,1\n\tstwcx. %0,0,%2\n\tmfcr %1" : "=&r"(d), "=&r"(c) : "b"(&w[0]) : "memory", "cr0");
    kv("ok cr", c); kv("w0", w[0]); nl();
    __asm__ volatile("stwcx. %1,0,%2\n\tmfcr %0" : "=&r"(c) : "r"(99u), "b"(&w[0]) : "memory", "cr0");
    kv("again cr", c); kv("w0", w[0]); nl();
    __asm__ volatile("lwarx %0,0,%2\n\tstwcx. %0,0,%3\n\tmfcr %1" : "=&r"(d), "=&r"(c) : "b"(&w[0]), "b"(&w[1]) : "memory", "cr0");
    kv("other cr", c); kv("w1", w[1]); nl();
    __asm__ volatile("lis 9,0x8000\n\tmtxer 9\n\tlwarx %0,0,%2\n\tstwcx. %0,0,%2\n\tmfcr %1\n\tli 9,0\n\tmtxer 9"
                     : "=&r"(d), "=&r"(c) : "b"(&w[2]) : "memory", "cr0", "r9");
    kv("so cr", c); nl();
    u32 mis = (u32)&w[0] + 2;
    __asm__ volatile("lwarx %0,0,%1" : "=r"(d) : "b"(mis));
    exc_print(); kv("dear-ok", exc.dear == mis); nl();
    return 0;
}
