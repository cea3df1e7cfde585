#include "rt.h"
int main(void)
{
    u32 v;
    exc_clear();
    v = ld32(0x40000000u);
    exc_print(); kv("dear", exc.dear); kv("v", v); nl();
    exc_clear();
    st32(0x40001234u, 5);
    exc_print(); kv("dear", exc.dear); nl();
    exc_clear();
    __asm__ volatile("lbz %0,0(%1)" : "=r"(v) : "b"(0xEF601000u));   /* just past the UART page */
    exc_print(); kv("dear", exc.dear); nl();
    exc_clear();
    __asm__ volatile("stwu %0,-4(%1)" : : "r"(0u), "b"(0x40000000u) : "memory");
    exc_print(); kv("dear", exc.dear); nl();
    return 0;
}
