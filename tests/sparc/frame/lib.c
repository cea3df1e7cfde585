#include "lib.h"
#define UART ((volatile u32 *)0x80000100)

void putch(int c) { UART[0] = (u32)c; }
void puts_(const char *s) { while (*s) putch(*s++); }
void puthex(u32 v)
{
    for (int i = 28; i >= 0; i -= 4)
        putch("0123456789abcdef"[(v >> i) & 15]);
}
void putu(u32 v)
{
    char b[12];
    int n = 0;
    do {
        b[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    while (n)
        putch(b[--n]);
}
void putdec(s32 v)
{
    if (v < 0) {
        putch('-');
        putu(0u - (u32)v);
    } else
        putu((u32)v);
}
void kv(const char *k, u32 v)
{
    puts_(k);
    putch('=');
    puthex(v);
    putch('\n');
}
void *memset(void *d, int c, unsigned long n)
{
    unsigned char *p = d;
    while (n--)
        *p++ = (unsigned char)c;
    return d;
}
void *memcpy(void *d, const void *s, unsigned long n)
{
    unsigned char *p = d;
    const unsigned char *q = s;
    while (n--)
        *p++ = *q++;
    return d;
}

/* The trap log the frame's generic handler keeps: count, interrupts, types in order. */
void report(void)
{
    u32 n = trap_count;
    puts_("traps=");
    putu(n);
    puts_(" irqs=");
    putu(irq_count);
    puts_(":");
    for (u32 i = 0; i < n && i < 64; i++) {
        putch(' ');
        puthex(trap_log[i] & 0xff);
    }
    putch('\n');
}
