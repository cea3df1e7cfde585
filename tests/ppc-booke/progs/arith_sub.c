#include "rt.h"
int main(void)
{
    RUN_RRR("subf", 0); RUN_RRR("subfo.", 0); RUN_RRR("subfc", 0); RUN_RRR("subfco.", 0);
    RUN_RRR("subfe", 0); RUN_RRR("subfeo.", 0x20000000); RUN_RRR("subf.", 0x80000000);
    return 0;
}
