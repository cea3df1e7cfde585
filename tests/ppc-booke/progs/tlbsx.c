#include "rt.h"
#define SX(ea, mmucr)                                                                                     \
    do {                                                                                                  \
        u32 idx = 0xFFFFu, c;                                                                             \
        SPR_SET(946, mmucr);                                                                              \
        __asm__ volatile("mtcrf 0xff,%3\n\ttlbsx. %0,0,%2\n\tmfcr %1" : "+r"(idx), "=r"(c) : "r"((u32)(ea)), "r"(0u)); \
        kv("ea", ea); kv("mmucr", mmucr); kv("idx", (c & 0x20000000u) ? idx : 0xFFFFu); kv("cr", c);   /* rT is undefined on a miss */ nl();                              \
    } while (0)
int main(void)
{
    SPR_SET(946, 0x07);
    tlbwe3(30, 0x60000000u | TLB_V | SZ_4K, 0x00100000u, 0x3F);   /* TID 7 */
    SPR_SET(946, 0);
    tlbwe3(31, 0x61000000u | TLB_V | SZ_64K, 0x00100000u, 0x3F);  /* TID 0: matches every PID */
    SX(0x60000123u, 0x07); SX(0x60000123u, 0x08); SX(0x60000123u, 0x00); SX(0x6100FFFCu, 0x09);
    SX(0x61010000u, 0x00); SX(0x00001000u, 0x00); SX(0xEF600300u, 0x00);
    u32 idx = 0xFFFFu;
    SPR_SET(946, 0);
    __asm__ volatile("tlbsx %0,%1,%2" : "+r"(idx) : "b"(0x00100000u), "r"(0x00000100u));
    kv("tlbsx ra+rb", idx); nl();
    tlb_inval(30); tlb_inval(31);
    return 0;
}
