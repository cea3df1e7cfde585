/* Jump tables (JMPL through a table) and function pointers. */
#include "lib.h"
static u32 f0(u32 x) { return x + 1; }
static u32 f1(u32 x) { return x * 3; }
static u32 f2(u32 x) { return x ^ 0x55; }
static u32 f3(u32 x) { return x >> 1; }
static u32 (*const tab[4])(u32) = {f0, f1, f2, f3};
static u32 sw(u32 v, u32 x)
{
    switch (v) {
    case 0: return x + 10; case 1: return x - 3; case 2: return x * 7; case 3: return x << 2;
    case 4: return x >> 3; case 5: return ~x; case 6: return x & 0xf0f0; case 7: return x | 1;
    case 8: return x ^ v; case 9: return 99; default: return x;
    }
}
int main(void)
{
    u32 x = 1;
    for (u32 i = 0; i < 100; i++) {
        x = sw(i % 13, x) + tab[i & 3](x);
        if (i % 10 == 9) { puthex(x); putch('\n'); }
    }
    return 0;
}
