/* Integer arithmetic through the compiler: add/sub/mul/div with Y, shifts, comparisons. */
#include "lib.h"
static volatile s32 va[] = {0, 1, -1, 7, -7, 0x7fffffff, (s32)0x80000000, 12345, -99999, 0x10000};
int main(void)
{
    for (unsigned i = 0; i < sizeof va / sizeof va[0]; i++)
        for (unsigned j = 0; j < sizeof va / sizeof va[0]; j++) {
            s32 a = va[i], b = va[j];
            u32 r = (u32)a + (u32)b;
            r ^= (u32)a * (u32)b * 3u;
            if (b != 0 && !(a == (s32)0x80000000 && b == -1))
                r += (u32)(a / b) + (u32)(a % b) * 7u;
            if (b != 0)
                r += (u32)a / (u32)b;
            r += (u32)(a >> (b & 31)) + ((u32)a << (b & 31)) + ((u32)a >> ((b >> 3) & 31));
            r += (a < b) + 2 * ((u32)a < (u32)b);
            puthex(r);
            putch(j == 9 ? '\n' : ' ');
        }
    return 0;
}
