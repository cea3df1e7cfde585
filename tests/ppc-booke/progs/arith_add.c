#include "rt.h"
int main(void)
{
    RUN_RRR("add", 0); RUN_RRR("addo.", 0); RUN_RRR("addc", 0); RUN_RRR("addco.", 0);
    RUN_RRR("adde", 0); RUN_RRR("adde", 0x20000000); RUN_RRR("addeo.", 0x20000000);
    return 0;
}
