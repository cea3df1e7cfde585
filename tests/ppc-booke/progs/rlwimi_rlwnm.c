#include "rt.h"
int main(void)
{
    RUN_SA("rlwimi", ",8,8,15", 0xAAAAAAAAu); RUN_SA("rlwimi.", ",0,30,1", 0x55555555u);
    RUN_SA("rlwimi", ",31,0,31", 0x12345678u);
    RUN_SABF("rlwnm", ",0,31", 0); RUN_SABF("rlwnm.", ",4,27", 0); RUN_SABF("rlwnm", ",28,3", 0);
    return 0;
}
