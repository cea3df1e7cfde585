#include "rt.h"
static u32 buf[8] __attribute__((aligned(32))) = {0x00112233u, 0x44556677u, 0x8899AABBu, 0xCCDDEEFFu};
int main(void)
{
    unsigned char *b = (unsigned char *)buf;
    u32 d;
    for (int o = 0; o < 5; o++) {
        __asm__ volatile("lwz %0,0(%1)" : "=r"(d) : "b"(b + o)); kv("lwz", d);
        __asm__ volatile("lhz %0,0(%1)" : "=r"(d) : "b"(b + o)); kv("lhz", d);
        __asm__ volatile("lha %0,0(%1)" : "=r"(d) : "b"(b + o)); kv("lha", d); nl();
    }
    __asm__ volatile("stw %0,17(%1)\n\tsth %0,23(%1)" : : "r"(0xA5B6C7D8u), "b"(b) : "memory");
    for (int i = 0; i < 8; i++) { hex(buf[i]); nl(); }
    return 0;
}
