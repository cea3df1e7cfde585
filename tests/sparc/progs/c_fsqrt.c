/* Square roots (FSQRTs/FSQRTd via __builtin_sqrt) and Newton's method. */
#include "lib.h"
static u32 fb(float f) { union { float f; u32 u; } x = {f}; return x.u; }
static u64 db(double f) { union { double f; u64 u; } x = {f}; return x.u; }
int main(void)
{
    static volatile double v[] = {0.0, 1.0, 2.0, 3.0, 1e-300, 1e300, 12345.678, 0.25};
    for (int i = 0; i < 8; i++) {
        double r = __builtin_sqrt(v[i]);
        float s = __builtin_sqrtf((float)v[i]);
        u64 d = db(r);
        puthex((u32)(d >> 32)); puthex((u32)d); putch(' '); puthex(fb(s)); putch('\n');
    }
    double x = 2.0, g = 1.0;
    for (int i = 0; i < 6; i++) g = 0.5 * (g + x / g);
    u64 d = db(g);
    puthex((u32)(d >> 32)); puthex((u32)d); putch('\n');
    return 0;
}
