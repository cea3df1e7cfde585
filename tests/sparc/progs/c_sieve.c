/* Sieve of Eratosthenes up to 20000. */
#include "lib.h"
static unsigned char comp[20001];
int main(void)
{
    u32 n = 0, sum = 0;
    for (u32 i = 2; i <= 20000; i++) {
        if (comp[i]) continue;
        n++; sum += i;
        for (u32 j = i * i; j <= 20000; j += i) comp[j] = 1;
    }
    kv("primes", n);
    kv("sum", sum);
    return 0;
}
