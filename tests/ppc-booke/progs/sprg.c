#include "rt.h"
int main(void)
{
    SPR_SET(272, 0x10101010); SPR_SET(273, 0x11111111); SPR_SET(274, 0x12121212); SPR_SET(275, 0x13131313);
    SPR_SET(276, 0x14141414); SPR_SET(277, 0x15151515); SPR_SET(278, 0x16161616); SPR_SET(279, 0x17171717);
    SPR_SET(256, 0xABCD0123);
    kv("sprg0", SPR_GET(272)); kv("sprg3", SPR_GET(275)); kv("sprg4", SPR_GET(276)); kv("sprg7", SPR_GET(279)); nl();
    kv("sprg4r", SPR_GET(260)); kv("sprg5r", SPR_GET(261)); kv("sprg6r", SPR_GET(262)); kv("sprg7r", SPR_GET(263)); nl();
    kv("usprg0", SPR_GET(256)); nl();
    SPR_SET(8, 0x1234); SPR_SET(9, 0x5678);
    kv("lr", SPR_GET(8)); kv("ctr", SPR_GET(9)); nl();
    SPR_SET(26, 0xFFFFFFFF); SPR_SET(27, 0x5555AAAA); SPR_SET(58, 0x01020304); SPR_SET(59, 0x00000001);
    kv("srr0", SPR_GET(26)); kv("srr1", SPR_GET(27)); kv("csrr0", SPR_GET(58)); kv("csrr1", SPR_GET(59)); nl();
    SPR_SET(61, 0xDEADBEEF); SPR_SET(62, 0x08000000);
    kv("dear", SPR_GET(61)); kv("esr", SPR_GET(62)); nl();
    kv("pvr", SPR_GET(287)); nl();
    return 0;
}
