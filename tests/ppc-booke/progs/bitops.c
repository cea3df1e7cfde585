#include "rt.h"
/* Compiled bit manipulation exercising rotates, masks and carries. */
static u32 popc(u32 v) { u32 n = 0; while (v) { v &= v - 1; n++; } return n; }
static u32 rev(u32 v) { u32 r = 0; for (int i = 0; i < 32; i++) { r = r << 1 | (v & 1); v >>= 1; } return r; }
int main(void)
{
    for (int i = 0; i < NV; i++) {
        u32 v = vals[i];
        kv("pop", popc(v)); kv("rev", rev(v)); kv("clz", (u32)__builtin_clz(v | 1)); kv("rot", (v << 13) | (v >> 19));
        kv("sx", (u32)(int)(signed char)v); nl();
    }
    unsigned long long acc = 0;
    for (int i = 0; i < NV; i++) acc += (unsigned long long)vals[i] * vals[(i + 3) % NV];
    kv("acc-hi", (u32)(acc >> 32)); kv("acc-lo", (u32)acc); nl();
    return 0;
}
