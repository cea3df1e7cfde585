/* Tiny freestanding library of the differential programs: UART output only. */
#ifndef SPARC_TLIB_H
#define SPARC_TLIB_H
typedef unsigned int u32;
typedef int s32;
typedef unsigned long long u64;
void putch(int c);
void puts_(const char *s);
void puthex(u32 v);
void putdec(s32 v);
void putu(u32 v);
void kv(const char *k, u32 v);   /* "k=xxxxxxxx\n" */
void report(void);            /* print the trap log */
extern volatile u32 trap_count, irq_count, trap_log[64];
void exit(void) __attribute__((noreturn));
void *memset(void *d, int c, unsigned long n);
void *memcpy(void *d, const void *s, unsigned long n);
static inline u32 rd_psr(void) { u32 v; __asm__ volatile("rd %%psr, %0" : "=r"(v)); return v; }
static inline u32 rd_y(void) { u32 v; __asm__ volatile("rd %%y, %0" : "=r"(v)); return v; }
static inline void wr_y(u32 v) { __asm__ volatile("wr %0, %%y; nop; nop; nop" : : "r"(v)); }
#define LDA(asi, addr) ({ u32 _v; __asm__ volatile("lda [%1] " #asi ", %0" : "=r"(_v) : "r"(addr) : "memory"); _v; })
#define STA(asi, addr, val) __asm__ volatile("sta %0, [%1] " #asi : : "r"(val), "r"(addr) : "memory")
#endif
