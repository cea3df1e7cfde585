/* Integer and double matrix products. */
#include "lib.h"
#define N 12
static s32 a[N][N], b[N][N], c[N][N];
static double x[N][N], y[N][N], z[N][N];
static u64 db(double f) { union { double f; u64 u; } v = {f}; return v.u; }
int main(void)
{
    for (int i = 0; i < N; i++) for (int j = 0; j < N; j++) {
        a[i][j] = i * 3 - j * 5 + 1; b[i][j] = (i ^ j) - 4;
        x[i][j] = (i + 1) / (double)(j + 2); y[i][j] = (double)(i - j) * 0.37;
    }
    for (int i = 0; i < N; i++) for (int j = 0; j < N; j++) {
        s32 s = 0; double t = 0;
        for (int k = 0; k < N; k++) { s += a[i][k] * b[k][j]; t += x[i][k] * y[k][j]; }
        c[i][j] = s; z[i][j] = t;
    }
    u32 h = 0;
    for (int i = 0; i < N; i++) for (int j = 0; j < N; j++) { h = h * 33 + (u32)c[i][j]; u64 d = db(z[i][j]); h ^= (u32)d ^ (u32)(d >> 32); }
    kv("hash", h);
    kv("c00", (u32)c[0][0]);
    kv("c_last", (u32)c[N - 1][N - 1]);
    return 0;
}
