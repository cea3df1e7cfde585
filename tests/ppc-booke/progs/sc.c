#include "rt.h"
int main(void)
{
    u32 after;
    exc_clear();
    __asm__ volatile("sc\n\tbl 1f\n1:\tmflr %0" : "=r"(after) : : "lr", "memory");
    exc_print(); kv("srr0-ok", exc.srr0 == after - 4); nl();
    exc_clear();
    set_msr(0x00000200u);
    __asm__ volatile("sc" ::: "memory");
    exc_print(); kv("msr", get_msr() & ~0x1000u); nl();
    set_msr(0);
    return 0;
}
