#include "rt.h"
static u32 src[8] = {1, 0x22, 0x333, 0x4444, 0x55555, 0x666666, 0x7777777, 0x88888888u};
static u32 dst[10];
int main(void)
{
    u32 r[4];
    __asm__ volatile("lmw 28,16(%4)\n\tmr %0,28\n\tmr %1,29\n\tmr %2,30\n\tmr %3,31"
                     : "=&r"(r[0]), "=&r"(r[1]), "=&r"(r[2]), "=&r"(r[3]) : "b"(src) : "r28", "r29", "r30", "r31");
    for (int i = 0; i < 4; i++) kv("lmw", r[i]);
    nl();
    __asm__ volatile("li 27,0x2727\n\tli 28,0x2828\n\tlis 29,0x2929\n\tli 30,-1\n\tli 31,0x3131\n\tstmw 27,4(%0)"
                     : : "b"(dst) : "r27", "r28", "r29", "r30", "r31", "memory");
    for (int i = 0; i < 10; i++) kv("stmw", dst[i]);
    nl();
    return 0;
}
