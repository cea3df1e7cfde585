#include "rt.h"
/* Entry 10 maps EA 0x20000000 -> RAM 0x00200000 (64 KB) with chosen permissions. */
static void map(u32 perms) { tlbwe3(10, 0x20000000u | TLB_V | SZ_64K, 0x00200000u, perms); }
int main(void)
{
    map(0x3F);
    st32(0x20000010u, 0x600DF00Du);
    kv("alias", ld32(0x00200010u)); nl();
    map(0x01);   /* SR only */
    exc_clear(); st32(0x20000010u, 1); exc_print(); kv("dear", exc.dear); nl();
    exc_clear(); kv("read", ld32(0x20000010u)); exc_print();
    map(0x3D);   /* no SW */
    exc_clear(); st32(0x20000020u, 1); exc_print(); kv("dear", exc.dear); nl();
    map(0x37);   /* no UR */
    exc_clear();
    to_user();
    u32 v = ld32(0x20000010u);
    to_super();
    exc_print(); kv("dear", exc.dear); kv("v", v); nl();
    map(0x2F);   /* no UW */
    exc_clear(); to_user(); st32(0x20000030u, 7); to_super(); exc_print(); kv("dear", exc.dear); nl();
    map(0x3F);
    exc_clear(); to_user(); st32(0x20000030u, 7); to_super(); exc_print(); kv("mem", ld32(0x00200030u)); nl();
    tlb_inval(10);
    return 0;
}
