#include "rt.h"
static const char text[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
static char out[48];
int main(void)
{
    u32 r[4];
    __asm__ volatile("li 5,-1\n\tli 6,-1\n\tli 7,-1\n\tlswi 5,%4,7\n\tmr %0,5\n\tmr %1,6\n\tmr %2,7\n\tli %3,0"
                     : "=&r"(r[0]), "=&r"(r[1]), "=&r"(r[2]), "=&r"(r[3]) : "b"(text) : "r5", "r6", "r7");
    for (int i = 0; i < 3; i++) kv("lswi", r[i]);
    nl();
    __asm__ volatile("li 9,10\n\tmtxer 9\n\tli 9,3\n\tli 5,-1\n\tli 6,-1\n\tli 7,-1\n\tlswx 5,%3,9\n\t"
                     "mr %0,5\n\tmr %1,6\n\tmr %2,7"
                     : "=&r"(r[0]), "=&r"(r[1]), "=&r"(r[2]) : "b"(text) : "r5", "r6", "r7", "r9", "xer");
    for (int i = 0; i < 3; i++) kv("lswx", r[i]);
    nl();
    __asm__ volatile("lis 5,0x4142\n\tori 5,5,0x4344\n\tlis 6,0x4546\n\tori 6,6,0x4748\n\tstswi 5,%0,6"
                     : : "b"(out) : "r5", "r6", "memory");
    __asm__ volatile("li 9,5\n\tmtxer 9\n\tli 9,10\n\tlis 5,0x6162\n\tori 5,5,0x6364\n\tlis 6,0x6566\n\tstswx 5,%0,9"
                     : : "b"(out) : "r5", "r6", "r9", "xer", "memory");
    for (int i = 0; i < 16; i++) { hex((unsigned char)out[i]); putc_(' '); }
    nl();
    return 0;
}
