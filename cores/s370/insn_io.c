/* S/370 instruction group: io. */
#include "s370.h"

const s370_insn_def s370_insns_io[] = {
    {0, NULL, S370_RR, WB_PG_INNOCUOUS, NULL},
};
