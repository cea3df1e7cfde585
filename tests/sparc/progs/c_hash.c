/* FNV-1a and a multiplicative hash over words, with unsigned division and remainder. */
#include "lib.h"
int main(void)
{
    u32 h = 2166136261u;
    for (u32 i = 0; i < 5000; i++) { h ^= i & 0xff; h *= 16777619u; }
    kv("fnv", h);
    u32 q = 0;
    for (u32 i = 1; i < 2000; i++) q += (h / i) ^ (h % (i + 7)) ^ (u32)((s32)h / (s32)(i | 1));
    kv("divs", q);
    return 0;
}
