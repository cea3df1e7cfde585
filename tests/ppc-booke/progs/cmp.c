#include "rt.h"
int main(void)
{
    title("cmp");
    for (int i = 0; i < NV; i++)
        for (int j = 0; j < NV; j++) {
            u32 c;
            __asm__ volatile("mtcrf 0xff,%1\n\tmtxer %1\n\tcmpw 3,%2,%3\n\tcmplw 5,%2,%3\n\tcmpw %2,%3\n\tmfcr %0"
                             : "=&r"(c) : "r"(0u), "r"(vals[i]), "r"(vals[j]));
            hex(c); nl();
        }
    title("cmpi/cmpli with SO");
    for (int i = 0; i < NV; i++) {
        u32 c;
        __asm__ volatile("lis 9,0x8000\n\tmtxer 9\n\tmtcrf 0xff,%1\n\tcmpwi 1,%2,-1\n\tcmplwi 2,%2,0xffff\n\t"
                         "cmpwi 7,%2,0\n\tcmplwi %2,1\n\tmfcr %0"
                         : "=&r"(c) : "r"(0u), "r"(vals[i]) : "r9");
        hex(c); nl();
    }
    return 0;
}
