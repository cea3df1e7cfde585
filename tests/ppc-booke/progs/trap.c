#include "rt.h"
#define TW(to, a, b)                                                                                      \
    do {                                                                                                  \
        exc_clear();                                                                                      \
        __asm__ volatile("tw " #to ",%0,%1" : : "r"((u32)(a)), "r"((u32)(b)) : "memory");                 \
        puts_("tw " #to " "); exc_print();                                                                \
    } while (0)
#define TWI(to, a, imm)                                                                                   \
    do {                                                                                                  \
        exc_clear();                                                                                      \
        __asm__ volatile("twi " #to ",%0," #imm : : "r"((u32)(a)) : "memory");                            \
        puts_("twi " #to " " #imm " "); exc_print();                                                      \
    } while (0)
int main(void)
{
    TW(16, -1, 0); TW(16, 0, -1); TW(8, 5, 3); TW(8, 3, 5); TW(4, 7, 7); TW(4, 7, 8); TW(2, 1, 0xFFFFFFFF);
    TW(2, 0xFFFFFFFF, 1); TW(1, 0xFFFFFFFF, 1); TW(31, 3, 3); TW(0, 3, 3); TW(24, 3, 3);
    TWI(4, 0, 0); TWI(16, 5, -1); TWI(1, 5, -1); TWI(2, 5, -1); TWI(12, 0, 0);
    return 0;
}
