#include "rt.h"
static u32 buf[16] __attribute__((aligned(16)));
int main(void)
{
    for (int i = 0; i < 16; i++) buf[i] = 0x01234567u * (u32)(i + 1) ^ 0x80F08001u;
    unsigned char *b = (unsigned char *)buf;
    u32 a, d, e;
    __asm__ volatile("lwz %0,4(%1)" : "=r"(d) : "b"(b)); kv("lwz", d);
    __asm__ volatile("lbz %0,5(%1)" : "=r"(d) : "b"(b)); kv("lbz", d);
    __asm__ volatile("lhz %0,6(%1)" : "=r"(d) : "b"(b)); kv("lhz", d);
    __asm__ volatile("lha %0,0(%1)" : "=r"(d) : "b"(b)); kv("lha", d);
    __asm__ volatile("lha %0,2(%1)" : "=r"(d) : "b"(b)); kv("lha2", d); nl();
    a = (u32)b; __asm__ volatile("lwzu %0,8(%1)" : "=r"(d), "+b"(a)); kv("lwzu", d); kv("ea", a - (u32)b);
    a = (u32)b; __asm__ volatile("lbzu %0,9(%1)" : "=r"(d), "+b"(a)); kv("lbzu", d); kv("ea", a - (u32)b);
    a = (u32)b; __asm__ volatile("lhzu %0,10(%1)" : "=r"(d), "+b"(a)); kv("lhzu", d);
    a = (u32)b; __asm__ volatile("lhau %0,12(%1)" : "=r"(d), "+b"(a)); kv("lhau", d); nl();
    e = 12;
    __asm__ volatile("lwzx %0,%1,%2" : "=r"(d) : "b"(b), "r"(e)); kv("lwzx", d);
    __asm__ volatile("lbzx %0,%1,%2" : "=r"(d) : "b"(b), "r"(e)); kv("lbzx", d);
    __asm__ volatile("lhzx %0,%1,%2" : "=r"(d) : "b"(b), "r"(e)); kv("lhzx", d);
    __asm__ volatile("lhax %0,%1,%2" : "=r"(d) : "b"(b), "r"(e)); kv("lhax", d); nl();
    a = (u32)b; __asm__ volatile("lwzux %0,%1,%2" : "=r"(d), "+b"(a) : "r"(e)); kv("lwzux", d); kv("ea", a - (u32)b);
    a = (u32)b; __asm__ volatile("lbzux %0,%1,%2" : "=r"(d), "+b"(a) : "r"(e)); kv("lbzux", d);
    a = (u32)b; __asm__ volatile("lhzux %0,%1,%2" : "=r"(d), "+b"(a) : "r"(e)); kv("lhzux", d);
    a = (u32)b; __asm__ volatile("lhaux %0,%1,%2" : "=r"(d), "+b"(a) : "r"(e)); kv("lhaux", d); nl();
    d = 0xA1B2C3D4u;
    __asm__ volatile("stw %0,16(%1)\n\tstb %0,21(%1)\n\tsth %0,26(%1)" : : "r"(d), "b"(b) : "memory");
    a = (u32)b; __asm__ volatile("stwu %1,28(%0)" : "+b"(a) : "r"(d) : "memory"); kv("stwu ea", a - (u32)b);
    a = (u32)b; __asm__ volatile("stbu %1,33(%0)" : "+b"(a) : "r"(d) : "memory");
    a = (u32)b; __asm__ volatile("sthu %1,36(%0)" : "+b"(a) : "r"(d) : "memory");
    e = 40;
    __asm__ volatile("stwx %0,%1,%2" : : "r"(d), "b"(b), "r"(e) : "memory"); e = 45;
    __asm__ volatile("stbx %0,%1,%2" : : "r"(d), "b"(b), "r"(e) : "memory"); e = 46;
    __asm__ volatile("sthx %0,%1,%2" : : "r"(d), "b"(b), "r"(e) : "memory"); e = 48;
    a = (u32)b; __asm__ volatile("stwux %1,%0,%2" : "+b"(a) : "r"(d), "r"(e) : "memory"); e = 52;
    a = (u32)b; __asm__ volatile("stbux %1,%0,%2" : "+b"(a) : "r"(d), "r"(e) : "memory"); e = 54;
    a = (u32)b; __asm__ volatile("sthux %1,%0,%2" : "+b"(a) : "r"(d), "r"(e) : "memory"); kv("sthux ea", a - (u32)b);
    nl();
    for (int i = 0; i < 16; i++) { hex(buf[i]); nl(); }
    return 0;
}
