/* Deep recursion: many window overflows and underflows through the frame's handlers. */
#include "lib.h"
static int ack(int m, int n)
{
    if (m == 0) return n + 1;
    if (n == 0) return ack(m - 1, 1);
    return ack(m - 1, ack(m, n - 1));
}
static u32 fib(u32 n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
static u32 deep(u32 n, u32 a, u32 b, u32 c, u32 d, u32 e)
{
    if (n == 0) return a ^ b ^ c ^ d ^ e;
    u32 r = deep(n - 1, b + 1, c * 3, d ^ n, e + a, a - n);
    return r + n * a;
}
int main(void)
{
    kv("ack23", (u32)ack(2, 3));
    kv("ack33", (u32)ack(3, 3));
    kv("fib20", fib(20));
    kv("deep50", deep(50, 1, 2, 3, 4, 5));
    kv("deep200", deep(200, 7, 6, 5, 4, 3));
    report();
    return 0;
}
