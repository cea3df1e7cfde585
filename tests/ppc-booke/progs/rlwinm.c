#include "rt.h"
int main(void)
{
    RUN_SA("rlwinm", ",0,0,31", 0); RUN_SA("rlwinm.", ",8,24,31", 0); RUN_SA("rlwinm", ",31,0,0", 0);
    RUN_SA("rlwinm.", ",16,28,3", 0); RUN_SA("rlwinm", ",1,31,30", 0); RUN_SA("rlwinm", ",4,0,27", 0);
    RUN_SA("rlwinm.", ",0,16,15", 0);
    return 0;
}
