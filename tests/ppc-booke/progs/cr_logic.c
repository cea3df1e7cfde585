#include "rt.h"
#define CR3(mn)                                                                                           \
    do {                                                                                                  \
        u32 c;                                                                                            \
        __asm__ volatile("mtcrf 0xff,%1\n\t" mn "\n\tmfcr %0" : "=r"(c) : "r"(0x5A3C96F0u));              \
        puts_(mn); putc_(' '); hex(c); nl();                                                              \
    } while (0)
int main(void)
{
    CR3("crand 0,1,3"); CR3("crand 31,4,5"); CR3("crandc 2,1,0"); CR3("crnand 7,1,3"); CR3("crnor 8,0,2");
    CR3("cror 12,0,2"); CR3("crorc 13,0,1"); CR3("crxor 14,1,3"); CR3("creqv 15,1,1"); CR3("creqv 16,0,1");
    CR3("crxor 3,3,3"); CR3("mcrf 0,7"); CR3("mcrf 5,1"); CR3("mcrf 3,3");
    u32 c, x;
    __asm__ volatile("lis 9,0xE000\n\tori 9,9,0x7f\n\tmtxer 9\n\tmtcrf 0xff,%2\n\tmcrxr 4\n\tmfcr %0\n\tmfxer %1"
                     : "=r"(c), "=r"(x) : "r"(0u) : "r9");
    kv("mcrxr cr", c); kv("xer", x); nl();
    __asm__ volatile("mtcrf 0xff,%1\n\tmtcrf 0x81,%2\n\tmfcr %0" : "=&r"(c) : "r"(0u), "r"(0xFFFFFFFFu));
    kv("mtcrf81", c); nl();
    __asm__ volatile("mtcrf 0xff,%1\n\tmtcrf 0x3c,%2\n\tmfcr %0" : "=&r"(c) : "r"(0x11111111u), "r"(0xABCDEF01u));
    kv("mtcrf3c", c); nl();
    set_xer(0xFFFFFFFFu);
    kv("xer mask", get_xer() & 0xE000007Fu);   /* reserved bits: QEMU keeps them */ nl();
    return 0;
}
