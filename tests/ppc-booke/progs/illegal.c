#include "rt.h"
#define TRY(word)                                                                                         \
    do {                                                                                                  \
        u32 at;                                                                                           \
        exc_clear();                                                                                      \
        __asm__ volatile("bl 1f\n1:\tmflr %0\n\t.long " #word : "=r"(at) : : "lr", "memory");             \
        puts_(#word " "); exc_print(); kv("srr0-ok", exc.srr0 == at + 4); nl();                           \
    } while (0)
int main(void)
{
    TRY(0x00000000); TRY(0x04000000); TRY(0x7C0007FE); TRY(0x4C0000A4);
    return 0;
}
