#include "rt.h"
int main(void)
{
    RUN_SA("ori", ",0x8001", 0); RUN_SA("oris", ",0x8001", 0); RUN_SA("xori", ",0xffff", 0);
    RUN_SA("xoris", ",0x8000", 0); RUN_SA("andi.", ",0x8001", 0); RUN_SA("andis.", ",0x8000", 0);
    RUN_SA("andi.", ",0", 0);
    return 0;
}
