#include "rt.h"
int main(void)
{
    u32 mm;
    SPR_SET(946, 0x0000002Au);   /* MMUCR STID = 0x2A */
    tlbwe3(20, 0x12345000u | TLB_V | TLB_TS | SZ_4K, 0x6789A003u, 0x0000F93Fu);
    SPR_SET(946, 0);
    kv("w0", tlbre_w(20, 0)); mm = SPR_GET(946); kv("mmucr", mm & 0xFF);
    kv("w1", tlbre_w(20, 1)); kv("w2", tlbre_w(20, 2)); nl();
    SPR_SET(946, 0x00000001u);
    tlbwe3(21, 0xABCD0000u | SZ_64K, 0x00010000u, 0x00000007u);   /* invalid entry */
    kv("w0", tlbre_w(21, 0)); kv("mmucr", SPR_GET(946) & 0xFF); kv("w1", tlbre_w(21, 1)); kv("w2", tlbre_w(21, 2)); nl();
    kv("ram w0", tlbre_w(61, 0)); kv("w1", tlbre_w(61, 1)); kv("w2", tlbre_w(61, 2)); nl();
    kv("uart w0", tlbre_w(62, 0)); kv("w1", tlbre_w(62, 1)); kv("w2", tlbre_w(62, 2)); nl();
    tlb_inval(20); tlb_inval(21);
    SPR_SET(946, 0);
    return 0;
}
