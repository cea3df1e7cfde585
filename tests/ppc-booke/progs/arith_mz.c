#include "rt.h"
int main(void)
{
    RUN_RR("addme", 0); RUN_RR("addmeo.", 0x20000000); RUN_RR("addze", 0x20000000); RUN_RR("addzeo.", 0x20000000);
    RUN_RR("subfme", 0); RUN_RR("subfmeo.", 0x20000000); RUN_RR("subfze", 0); RUN_RR("subfzeo.", 0x20000000);
    RUN_RR("neg", 0); RUN_RR("nego.", 0); RUN_RR("nego", 0x80000000);
    return 0;
}
