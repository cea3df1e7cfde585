#include "rt.h"
static const u32 sh[] = {0, 1, 4, 31, 32, 33, 63, 64, 0xFFFFFFE1u};
#define SH(mn)                                                                                            \
    do {                                                                                                  \
        title(mn);                                                                                        \
        for (int i = 0; i < NV; i++)                                                                      \
            for (unsigned j = 0; j < sizeof sh / sizeof sh[0]; j++) {                                     \
                u32 d, c, x;                                                                              \
                __asm__ volatile("mtxer %3\n\tmtcrf 0xff,%3\n\t" mn " %0,%4,%5\n\tmfcr %1\n\tmfxer %2"    \
                                 : "=&r"(d), "=&r"(c), "=&r"(x) : "r"(0u), "r"(vals[i]), "r"(sh[j]));     \
                line3(d, c, x);                                                                           \
            }                                                                                             \
    } while (0)
int main(void)
{
    SH("slw"); SH("slw."); SH("srw."); SH("sraw"); SH("sraw.");
    RUN_SA("srawi", ",0", 0); RUN_SA("srawi.", ",1", 0); RUN_SA("srawi", ",31", 0); RUN_SA("srawi.", ",16", 0);
    return 0;
}
