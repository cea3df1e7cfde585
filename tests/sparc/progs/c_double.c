/* Double-precision arithmetic: results printed as bits. */
#include "lib.h"
static volatile double dv[] = {0.0, 1.0, -2.5, 3.141592653589793, 1e300, -1e-300, 123456.789, 0.1};
static u64 bits(double f) { union { double f; u64 u; } x = {f}; return x.u; }
static void ph64(u64 v) { puthex((u32)(v >> 32)); puthex((u32)v); }
int main(void)
{
    for (unsigned i = 0; i < 8; i++) {
        for (unsigned j = 0; j < 8; j++) {
            double a = dv[i], b = dv[j];
            ph64(bits(a + b)); putch(' ');
            ph64(bits(a * b)); putch(' ');
            if (b != 0.0) ph64(bits(a / b));
            putch('\n');
        }
    }
    return 0;
}
