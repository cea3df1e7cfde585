#include "rt.h"
/* A compiled workload: a table of squares, a byte checksum and a bubble sort. */
static u32 t[64];
static unsigned char bytes[200];
int main(void)
{
    for (u32 i = 0; i < 64; i++) t[i] = (i * 2654435761u) ^ (i << 7);
    for (int i = 0; i < 64; i++)
        for (int j = 0; j < 63 - i; j++)
            if (t[j] > t[j + 1]) { u32 x = t[j]; t[j] = t[j + 1]; t[j + 1] = x; }
    u32 s = 0;
    for (int i = 0; i < 64; i++) s = (s << 3 | s >> 29) ^ t[i];
    kv("sorted-sum", s); kv("min", t[0]); kv("max", t[63]); nl();
    for (int i = 0; i < 200; i++) bytes[i] = (unsigned char)(i * 7 + 3);
    u32 a = 1, b = 0;
    for (int i = 0; i < 200; i++) { a = (a + bytes[i]) % 65521u; b = (b + a) % 65521u; }
    kv("adler", b << 16 | a); nl();
    long long q = 1;
    for (int i = 0; i < 20; i++) q = q * 3 - i;
    kv("q-hi", (u32)(q >> 32)); kv("q-lo", (u32)q); kv("div", (u32)(q / 12345)); nl();
    return 0;
}
