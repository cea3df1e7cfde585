#include "rt.h"
/* Privileged instructions and SPRs in problem state: program interrupt with ESR[PPR]. */
#define UTRY(name, asmtext)                                                                               \
    do {                                                                                                  \
        exc_clear();                                                                                      \
        to_user();                                                                                        \
        __asm__ volatile(asmtext ::: "r3", "memory");                                                     \
        to_super();                                                                                       \
        puts_(name " "); exc_print();                                                                     \
    } while (0)
int main(void)
{
    UTRY("mfmsr", "mfmsr 3"); UTRY("mtmsr", "li 3,0\n\tmtmsr 3"); UTRY("wrteei", "wrteei 1");
    UTRY("rfi", "rfi"); UTRY("mfsrr0", "mfspr 3,26"); UTRY("mtsrr0", "mtspr 26,3");
    UTRY("mfsprg0", "mfspr 3,272"); UTRY("mtsprg4", "mtspr 276,3"); UTRY("mfsprg4r", "mfspr 3,260");
    UTRY("mflr", "mflr 3"); UTRY("mtctr", "mtctr 3\n\tmfctr 3"); UTRY("mfusprg0", "mtspr 256,3\n\tmfspr 3,256");
    UTRY("mftbl", "mfspr 3,268"); UTRY("mttbl", "mtspr 284,3"); UTRY("tlbwe", "li 3,0\n\ttlbwe 3,3,0");
    UTRY("tlbre", "li 3,0\n\ttlbre 3,3,0"); UTRY("tlbsx", "li 3,0\n\ttlbsx 3,0,3"); UTRY("tlbsync", "tlbsync");
    UTRY("mfpvr", "mfspr 3,287"); UTRY("mfdec", "mfspr 3,22"); UTRY("mtdbcr0", "li 3,0\n\tmtspr 308,3");
    UTRY("mfmmucr", "mfspr 3,946"); UTRY("rfci", "rfci"); UTRY("mfdcr", "mfdcr 3,0x10");
    UTRY("dccci", "li 3,0\n\tdccci 0,3"); UTRY("iccci", "li 3,0\n\ticcci 0,3");
    return 0;
}
