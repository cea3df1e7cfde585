#include "rt.h"
/* Divide: the quotient (and CR0 LT/GT/EQ) are undefined for x/0 and 0x80000000/-1: print only XER and
 * CR0[SO] there. */
#define DIV(mn, sign)                                                                                     \
    do {                                                                                                  \
        title(mn);                                                                                        \
        for (int i = 0; i < NV; i++)                                                                      \
            for (int j = 0; j < NV; j++) {                                                                \
                u32 d, c, x, a = vals[i], b = vals[j];                                                    \
                __asm__ volatile("mtxer %3\n\tmtcrf 0xff,%3\n\t" mn " %0,%4,%5\n\tmfcr %1\n\tmfxer %2"    \
                                 : "=&r"(d), "=&r"(c), "=&r"(x) : "r"(0u), "b"(a), "b"(b));               \
                int bad = b == 0 || (sign && a == 0x80000000u && b == 0xFFFFFFFFu);                       \
                if (bad) { d = 0xDEADDEAD; c &= 0x1FFFFFFFu; }                                            \
                line3(d, c, x);                                                                           \
            }                                                                                             \
    } while (0)
int main(void)
{
    DIV("divw", 1); DIV("divwo.", 1); DIV("divwu", 0); DIV("divwuo.", 0); DIV("divw.", 1);
    return 0;
}
