#include "rt.h"
int main(void)
{
    RUN_RRR("mullw", 0); RUN_RRR("mullwo.", 0); RUN_RRR("mullwo", 0x80000000);
    RUN_RRR("mulhw", 0); RUN_RRR("mulhw.", 0); RUN_RRR("mulhwu", 0); RUN_RRR("mulhwu.", 0x80000000);
    return 0;
}
