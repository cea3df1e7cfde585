/* FSR rounding direction (RD) and accrued exceptions through LDFSR/STFSR (V8 4.4). */
#include "lib.h"
static u32 fb(float f) { union { float f; u32 u; } x = {f}; return x.u; }
static void wfsr(u32 v) { __asm__ volatile("ld %0, %%fsr" : : "m"(v)); }
static u32 rfsr(void) { u32 v; __asm__ volatile("st %%fsr, %0" : "=m"(v)); return v; }
int main(void)
{
    static volatile float one = 1.0f, three = 3.0f, mone = -1.0f, big = 3e38f, tiny = 1e-38f;
    for (u32 rd = 0; rd < 4; rd++) {
        wfsr(rd << 30);
        float a = one / three, b = mone / three, c = big * three, d = tiny / three;
        u32 f = rfsr();
        puthex(fb(a)); putch(' '); puthex(fb(b)); putch(' '); puthex(fb(c)); putch(' '); puthex(fb(d));
        putch(' '); puthex(f & 0xc00003ff); putch('\n');
    }
    wfsr(0);
    return 0;
}
