/* Structure copies and 64-bit integer add/subtract/compare (LDD/STD, ADDX/SUBX). */
#include "lib.h"
struct s { u64 a; u32 b, c; u64 d; };
static struct s arr[16];
int main(void)
{
    for (u32 i = 0; i < 16; i++) {
        arr[i].a = ((u64)i << 32) | (0xfffffff0u + i);
        arr[i].b = i * 3; arr[i].c = ~i; arr[i].d = arr[i].a + 0x100000010ull;
    }
    struct s t = arr[3];
    arr[3] = arr[12];
    arr[12] = t;
    u64 sum = 0;
    for (u32 i = 0; i < 16; i++) { sum += arr[i].a - arr[i].d; sum ^= arr[i].c; if (arr[i].a > arr[i].d) sum++; }
    kv("hi", (u32)(sum >> 32));
    kv("lo", (u32)sum);
    u64 m = (u64)0xfedcba98u * 0x12345678u;
    kv("mhi", (u32)(m >> 32));
    kv("mlo", (u32)m);
    s32 neg = -5;
    long long sm = (long long)neg * 0x7fffffff;
    kv("smhi", (u32)((u64)sm >> 32));
    kv("smlo", (u32)sm);
    return 0;
}
