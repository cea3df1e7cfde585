/* Conversions: int <-> single/double, single <-> double, truncation toward zero. */
#include "lib.h"
static volatile s32 iv[] = {0, 1, -1, 16777217, -16777217, 0x7fffffff, (s32)0x80000000, 1000000007};
static volatile double dv[] = {0.5, -0.5, 1.9999, -1.9999, 2147483647.0, -2147483648.0, 1e10, -1e10, 3.7e-40};
static u32 fb(float f) { union { float f; u32 u; } x = {f}; return x.u; }
static u64 db(double f) { union { double f; u64 u; } x = {f}; return x.u; }
int main(void)
{
    for (unsigned i = 0; i < 8; i++) {
        puthex(fb((float)iv[i])); putch(' ');
        u64 d = db((double)iv[i]); puthex((u32)(d >> 32)); puthex((u32)d); putch('\n');
    }
    for (unsigned i = 0; i < 9; i++) {
        double x = dv[i];
        if (x > -2147483649.0 && x < 2147483648.0) { puthex((u32)(s32)x); putch(' '); }
        puthex(fb((float)x)); putch(' ');
        float f = (float)x;
        u64 d = db((double)f); puthex((u32)(d >> 32)); puthex((u32)d);
        if (f > -2147483649.0f && f < 2147483648.0f) { putch(' '); puthex((u32)(s32)f); }
        putch('\n');
    }
    return 0;
}
