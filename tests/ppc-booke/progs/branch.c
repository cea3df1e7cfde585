#include "rt.h"
/* Count loop iterations and taken branches for the BO/BI combinations. */
static u32 bdnz_loop(u32 n)
{
    u32 k = 0;
    __asm__ volatile("mtctr %1\n1:\taddi %0,%0,1\n\tbdnz 1b" : "+r"(k) : "r"(n) : "ctr");
    return k;
}
#define BC(mn, crv, ctrv)                                                                                 \
    do {                                                                                                  \
        u32 t, ctr;                                                                                       \
        __asm__ volatile("mtcrf 0xff,%2\n\tmtctr %3\n\tli %0,0\n\t" mn " 1f\n\tli %0,1\n1:\tmfctr %1"     \
                         : "=&r"(t), "=&r"(ctr) : "r"((u32)(crv)), "r"((u32)(ctrv)) : "ctr");             \
        puts_(mn); putc_(' '); kv("fall", t); kv("ctr", ctr); nl();                                       \
    } while (0)
static u32 leaf(u32 x) { return x * 3; }
int main(void)
{
    kv("bdnz 5", bdnz_loop(5)); kv("bdnz 1", bdnz_loop(1)); nl();
    BC("beq", 0x20000000, 7); BC("beq", 0x40000000, 7); BC("bne 2,", 0x00200000, 7); BC("bgt 7,", 0x4, 7);
    BC("bdnz", 0, 2); BC("bdnz", 0, 1); BC("bdz", 0, 1); BC("bdz", 0, 0);
    BC("bdnzt 2,", 0x20000000, 3); BC("bdnzf 2,", 0x20000000, 3); BC("bdzt 0,", 0x80000000, 1);
    BC("bdzf 0,", 0x80000000, 1); BC("bc 20,0,", 0, 9); BC("bso", 0x10000000, 0);
    u32 lr, r, tgt;
    __asm__ volatile("bl 1f\n1:\tmflr %0" : "=r"(lr) : : "lr");
    kv("bl lr-ok", lr != 0); nl();
    u32 (*volatile fp)(u32) = leaf;
    r = fp(7);
    kv("bctrl", r); nl();
    __asm__ volatile("lis %1,2f@ha\n\taddi %1,%1,2f@l\n\tmtlr %1\n\tli %0,0\n\tblr\n\tli %0,5\n2:\tmflr %1"
                     : "=&r"(r), "=&r"(tgt) : : "lr");
    kv("blr skip", r); nl();
    __asm__ volatile("lis %1,2f@ha\n\taddi %1,%1,2f@l\n\tmtctr %1\n\tli %0,0\n\tmtcrf 0xff,%0\n\tbnectr\n\tli %0,5\n2:"
                     : "=&r"(r), "=&r"(tgt) : : "ctr");
    kv("bnectr", r); nl();
    __asm__ volatile("lis %1,2f@ha\n\taddi %1,%1,2f@l\n\tmtlr %1\n\tli %0,0\n\tmtcrf 0xff,%0\n\tbeqlr\n\tli %0,5\n2:"
                     : "=&r"(r), "=&r"(tgt) : : "lr");
    kv("beqlr", r); nl();
    return 0;
}
