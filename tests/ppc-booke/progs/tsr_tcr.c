#include "rt.h"
int main(void)
{
    SPR_SET(340, 0);
    SPR_SET(336, 0xFFFFFFFFu);
    kv("tsr0", SPR_GET(336) & 0x0C000000u);
    SPR_SET(340, 0x04C00000u);
    kv("tcr", SPR_GET(340));
    SPR_SET(340, 0x03000000u);
    kv("tcr", SPR_GET(340)); nl();
    SPR_SET(340, 0);
    return 0;
}
