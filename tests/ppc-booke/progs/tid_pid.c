#include "rt.h"
/* Two entries for the same EA 0x70000000 with TID 3 and TID 4 mapping different RAM pages;
 * PID chooses which one translates.  PID 5 finds neither: DTLB miss. */
int main(void)
{
    st32(0x00400000u, 0x33333333u);
    st32(0x00401000u, 0x44444444u);
    SPR_SET(946, 3); tlbwe3(40, 0x70000000u | TLB_V | SZ_4K, 0x00400000u, 0x3F);
    SPR_SET(946, 4); tlbwe3(41, 0x70000000u | TLB_V | SZ_4K, 0x00401000u, 0x3F);
    SPR_SET(946, 0);
    SPR_SET(48, 3); __asm__ volatile("isync"); kv("pid3", ld32(0x70000000u));
    SPR_SET(48, 4); __asm__ volatile("isync"); kv("pid4", ld32(0x70000000u));
    SPR_SET(48, 5); __asm__ volatile("isync");
    exc_clear(); u32 v = ld32(0x70000000u); kv("pid5", v); exc_print();
    kv("pid", SPR_GET(48)); nl();
    SPR_SET(48, 0); __asm__ volatile("isync");
    exc_clear(); v = ld32(0x70000000u); kv("pid0", v); exc_print();
    tlb_inval(40); tlb_inval(41);
    return 0;
}
