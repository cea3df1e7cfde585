#include "rt.h"
int main(void)
{
    RUN_SAB("and", 0); RUN_SAB("and.", 0); RUN_SAB("andc.", 0); RUN_SAB("or.", 0); RUN_SAB("orc.", 0);
    RUN_SAB("xor.", 0); RUN_SAB("nand.", 0); RUN_SAB("nor.", 0); RUN_SAB("eqv.", 0); RUN_SAB("eqv", 0);
    return 0;
}
