#include "rt.h"
/* Data address space 1 (MSR[DS]=1): a TS=1 entry maps EA 0x00500000 elsewhere; instruction fetch
 * stays in space 0.  The stack and the UART are not mapped in space 1, so nothing is printed
 * while DS=1. */
int main(void)
{
    st32(0x00500000u, 0x00000AAAu);
    st32(0x00600000u, 0x00000BBBu);
    tlbwe3(50, 0x00500000u | TLB_V | TLB_TS | SZ_4K, 0x00600000u, 0x3F);
    u32 a, b, d;
    __asm__ volatile("mfmsr 9\n\tori 10,9,0x10\n\tmtmsr 10\n\tisync\n\tlwz %0,0(%3)\n\t"
                     "li %2,0\n\tlwz %2,4096(%3)\n\tmtmsr 9\n\tisync\n\tlwz %1,0(%3)"
                     : "=&r"(a), "=&r"(b), "=&r"(d) : "b"(0x00500000u) : "r9", "r10", "memory");
    kv("ds1", a); kv("ds0", b); kv("miss-load", d); nl();
    exc_print(); kv("dear", exc.dear); nl();
    tlb_inval(50);
    return 0;
}
