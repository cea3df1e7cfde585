#include "rt.h"
int main(void)
{
    RUN_SA("extsb", "", 0); RUN_SA("extsb.", "", 0); RUN_SA("extsh.", "", 0); RUN_SA("extsh", "", 0);
    RUN_SA("cntlzw", "", 0); RUN_SA("cntlzw.", "", 0);
    return 0;
}
