#include "rt.h"
int main(void)
{
    u32 a = SPR_GET(268), b, u;
    for (volatile int i = 0; i < 1000; i++) ;
    b = SPR_GET(268);
    kv("advances", b != a);
    SPR_SET(284, 0); SPR_SET(285, 0x12345678u);
    __asm__ volatile("mftbu %0" : "=r"(u)); kv("mftbu", u);
    SPR_SET(284, 0xFFFFF000u);
    for (volatile int i = 0; i < 20000; i++) ;
    kv("carry", SPR_GET(269)); nl();
    to_user(); __asm__ volatile("mftb %0" : "=r"(b)); to_super();
    kv("user mftb ok", b != 0); nl();
    return 0;
}
