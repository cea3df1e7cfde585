#include "rt.h"
int main(void)
{
    RUN_RI("addi", "-1", 0); RUN_RI("addi", "32767", 0); RUN_RI("addis", "-32768", 0); RUN_RI("addis", "0x1234", 0);
    RUN_RI("addic", "-1", 0); RUN_RI("addic", "1", 0x20000000); RUN_RI("addic.", "-32768", 0);
    RUN_RI("addic.", "0", 0x80000000); RUN_RI("subfic", "0", 0); RUN_RI("subfic", "-1", 0);
    RUN_RI("subfic", "100", 0x20000000); RUN_RI("mulli", "-3", 0); RUN_RI("mulli", "32767", 0);
    return 0;
}
