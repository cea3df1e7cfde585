/* Bit manipulation: population count, leading zeros, rotations, byte swaps. */
#include "lib.h"
static int pop(u32 x) { int n = 0; while (x) { x &= x - 1; n++; } return n; }
static int clz(u32 x) { int n = 0; if (!x) return 32; while (!(x & 0x80000000u)) { x <<= 1; n++; } return n; }
static u32 rotl(u32 x, int r) { return (x << (r & 31)) | (x >> ((32 - r) & 31)); }
static u32 bswap(u32 x) { return x >> 24 | (x >> 8 & 0xff00) | (x << 8 & 0xff0000) | x << 24; }
int main(void)
{
    u32 x = 0x12345678;
    for (int i = 0; i < 24; i++) {
        puthex(x); putch(' '); putdec(pop(x)); putch(' '); putdec(clz(x)); putch(' ');
        puthex(rotl(x, i)); putch(' '); puthex(bswap(x)); putch('\n');
        x = x * 2654435761u + (u32)i;
        x ^= x >> 13;
    }
    return 0;
}
