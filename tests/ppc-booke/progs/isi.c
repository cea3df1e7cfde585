#include "rt.h"
/* Code copied to RAM 0x00300000, mapped at three EAs with different execute permissions (each EA is
 * mapped once: QEMU keeps stale translations of code it already ran). */
typedef unsigned (*fn)(void);
int main(void)
{
    volatile u32 *code = (volatile u32 *)0x00300000u;
    code[0] = 0x38600077u;   /* li r3,0x77 */
    code[1] = 0x4E800020u;   /* blr */
    __asm__ volatile("dcbst 0,%0\n\tsync\n\ticbi 0,%0\n\tisync" : : "r"(code) : "memory");
    tlbwe3(11, 0x30000000u | TLB_V | SZ_4K, 0x00300000u, 0x03);   /* no SX */
    tlbwe3(12, 0x30001000u | TLB_V | SZ_4K, 0x00300000u, 0x1F);   /* no UX */
    tlbwe3(13, 0x30002000u | TLB_V | SZ_4K, 0x00300000u, 0x3F);
    exc_clear(); ((fn)0x30000000u)(); exc_print(); kv("srr0", exc.srr0); nl();
    exc_clear(); to_user(); ((fn)0x30001000u)(); to_super(); exc_print(); kv("srr0", exc.srr0); nl();
    exc_clear(); kv("run", ((fn)0x30002000u)()); exc_print();
    exc_clear(); to_user(); u32 r = ((fn)0x30002000u)(); to_super(); kv("user run", r); exc_print();
    tlb_inval(11); tlb_inval(12); tlb_inval(13);
    return 0;
}
