#include "rt.h"
static u32 buf[4] = {0x11223344u, 0x55667788u, 0x99AABBCCu, 0xDDEEFF00u};
int main(void)
{
    u32 d, o;
    for (o = 0; o < 8; o++) {
        __asm__ volatile("lwbrx %0,%1,%2" : "=r"(d) : "b"(buf), "r"(o)); kv("lwbrx", d);
        __asm__ volatile("lhbrx %0,%1,%2" : "=r"(d) : "b"(buf), "r"(o)); kv("lhbrx", d); nl();
    }
    o = 8;
    __asm__ volatile("stwbrx %0,%1,%2" : : "r"(0xCAFEBABEu), "b"(buf), "r"(o) : "memory");
    o = 13;
    __asm__ volatile("sthbrx %0,%1,%2" : : "r"(0x1234ABCDu), "b"(buf), "r"(o) : "memory");
    for (int i = 0; i < 4; i++) { hex(buf[i]); nl(); }
    return 0;
}
