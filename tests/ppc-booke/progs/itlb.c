#include "rt.h"
typedef void (*fn)(void);
int main(void)
{
    exc_clear();
    ((fn)0x50000000u)();
    exc_print(); kv("srr0", exc.srr0); nl();
    exc_clear();
    ((fn)0x7FFFFFF0u)();
    exc_print(); kv("srr0", exc.srr0); nl();
    return 0;
}
