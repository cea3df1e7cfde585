/* Floating-point comparisons and FBfcc, including NaN (unordered). */
#include "lib.h"
static volatile float fv[] = {0.0f, -0.0f, 1.0f, -1.0f, 1e38f, 0.0f};
static volatile double dv[] = {0.0, -0.0, 2.0, -3.0, 1e308, 0.0};
int main(void)
{
    fv[5] = fv[0] / fv[0];   /* NaN (with invalid: no trap, TEM=0) */
    dv[5] = dv[0] / dv[0];
    for (int i = 0; i < 6; i++) {
        for (int j = 0; j < 6; j++) {
            float a = fv[i], b = fv[j];
            double c = dv[i], d = dv[j];
            u32 m = (a < b) | (a <= b) << 1 | (a == b) << 2 | (a != b) << 3 | (a > b) << 4 | (a >= b) << 5;
            m |= ((c < d) | (c <= d) << 1 | (c == d) << 2 | (c != d) << 3 | (c > d) << 4 | (c >= d) << 5) << 8;
            m |= (!(a < b) && !(a >= b)) << 16;
            puthex(m); putch(' ');
        }
        putch('\n');
    }
    return 0;
}
