/* Sorting: byte, halfword and word arrays (quicksort, insertion sort), printed. */
#include "lib.h"
static u32 seed = 12345;
static u32 rnd(void) { seed = seed * 1103515245u + 12345u; return seed >> 8; }
static void qs(s32 *a, int lo, int hi)
{
    if (lo >= hi) return;
    s32 p = a[(lo + hi) / 2];
    int i = lo, j = hi;
    while (i <= j) {
        while (a[i] < p) i++;
        while (a[j] > p) j--;
        if (i <= j) { s32 t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
    }
    qs(a, lo, j);
    qs(a, i, hi);
}
int main(void)
{
    static s32 w[200];
    static short h[64];
    static signed char b[64];
    for (int i = 0; i < 200; i++) w[i] = (s32)rnd() - 0x400000;
    for (int i = 0; i < 64; i++) { h[i] = (short)rnd(); b[i] = (signed char)rnd(); }
    qs(w, 0, 199);
    for (int i = 1; i < 64; i++) for (int j = i; j > 0 && h[j - 1] > h[j]; j--) { short t = h[j]; h[j] = h[j - 1]; h[j - 1] = t; }
    for (int i = 1; i < 64; i++) for (int j = i; j > 0 && b[j - 1] > b[j]; j--) { signed char t = b[j]; b[j] = b[j - 1]; b[j - 1] = t; }
    for (int i = 0; i < 200; i += 9) { putdec(w[i]); putch(' '); }
    putch('\n');
    for (int i = 0; i < 64; i += 3) { putdec(h[i]); putch(' '); }
    putch('\n');
    for (int i = 0; i < 64; i += 3) { putdec(b[i]); putch(' '); }
    putch('\n');
    return 0;
}
