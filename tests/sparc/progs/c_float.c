/* Single-precision arithmetic: results printed as bits. */
#include "lib.h"
static volatile float fv[] = {0.0f, 1.0f, -2.5f, 3.14159f, 1e30f, -1e-30f, 123456.78f, 0.1f};
static u32 bits(float f) { union { float f; u32 u; } x = {f}; return x.u; }
int main(void)
{
    for (unsigned i = 0; i < 8; i++) {
        for (unsigned j = 0; j < 8; j++) {
            float a = fv[i], b = fv[j];
            u32 r = bits(a + b) ^ (bits(a - b) << 1) ^ (bits(a * b) >> 1);
            if (b != 0.0f) r += bits(a / b);
            puthex(r);
            putch(j == 7 ? '\n' : ' ');
        }
    }
    return 0;
}
