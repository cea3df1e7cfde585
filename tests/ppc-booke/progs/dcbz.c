#include "rt.h"
static u32 buf[24] __attribute__((aligned(32)));
int main(void)
{
    for (int i = 0; i < 24; i++) buf[i] = 0x11111111u * (u32)(i + 1);
    exc_clear();
    __asm__ volatile("dcbz %0,%1" : : "b"(buf), "r"(36u) : "memory");
    for (int i = 0; i < 24; i++) { hex(buf[i]); putc_(i % 8 == 7 ? '\n' : ' '); }
    kv("count", exc.count); nl();
    /* the cache hints never fault, even on unmapped addresses */
    __asm__ volatile("dcbt 0,%0\n\tdcbtst 0,%0\n\tmbar\n\tmsync\n\tisync" : : "r"(0x40000000u) : "memory");
    kv("hints", exc.count);
    exc_clear();
    __asm__ volatile("dcbst 0,%0" : : "r"(0x40000000u) : "memory");
    kv("dcbst ivor", exc.ivor); kv("dear", exc.dear); nl();
    return 0;
}
