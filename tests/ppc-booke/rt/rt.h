/* Runtime for the Book E differential programs: UART output, hex printing, interrupt record. */
#ifndef BOOKE_RT_H
#define BOOKE_RT_H
typedef unsigned int u32;

/* filled by the vector stubs in crt0.S */
struct exc_rec { volatile u32 ivor, srr0, srr1, esr, dear, count; };
extern struct exc_rec exc;

#define UART ((volatile unsigned char *)0xEF600300u)

static inline void putc_(char ch)
{
    while (!(UART[5] & 0x20))
        ;
    UART[0] = (unsigned char)ch;
}
static inline void puts_(const char *s) { while (*s) putc_(*s++); }
static inline void hex(u32 v)
{
    for (int i = 28; i >= 0; i -= 4)
        putc_("0123456789abcdef"[(v >> i) & 15]);
}
/* "name=xxxxxxxx " */
static inline void kv(const char *name, u32 v) { puts_(name); putc_('='); hex(v); putc_(' '); }
static inline void nl(void) { putc_('\n'); }
static inline void exc_clear(void) { exc.ivor = 0xFFFFFFFFu; exc.srr0 = exc.srr1 = exc.esr = exc.dear = exc.count = 0; }
/* Print the last interrupt.  SRR1 is printed without 0x000E0000 (QEMU adds Book S reason bits there on
 * program interrupts: 0x80000 illegal, 0x40000 privileged, 0x20000 trap; the programs never run with
 * MSR[WE] or MSR[CE] set when an interrupt is recorded) and without MSR[ME] (QEMU's mtmsr cannot set it). */
static inline void exc_print(void)
{
    kv("ivor", exc.ivor); kv("srr1", exc.srr1 & ~0xE1000u); kv("esr", exc.esr); kv("n", exc.count); nl();
}
#define SPR_GET(n) ({ u32 _v; __asm__ volatile("mfspr %0, " #n : "=r"(_v)); _v; })
#define SPR_SET(n, v) __asm__ volatile("mtspr " #n ", %0" : : "r"((u32)(v)) : "memory")
static inline u32 get_msr(void) { u32 v; __asm__ volatile("mfmsr %0" : "=r"(v)); return v; }
static inline void set_msr(u32 v) { __asm__ volatile("mtmsr %0; isync" : : "r"(v) : "memory"); }
static inline u32 get_cr(void) { u32 v; __asm__ volatile("mfcr %0" : "=r"(v)); return v; }
static inline u32 get_xer(void) { u32 v; __asm__ volatile("mfxer %0" : "=r"(v)); return v; }
static inline void set_xer(u32 v) { __asm__ volatile("mtxer %0" : : "r"(v)); }
static inline void set_cr(u32 v) { __asm__ volatile("mtcrf 0xff, %0" : : "r"(v)); }
/* Enter problem state at the next instruction (rfi with MSR[PR] set); `sc` returns to supervisor. */
static inline void to_user(void)
{
    __asm__ volatile("mfmsr 3; ori 3,3,0x4000; mtsrr1 3; bl 1f; 1: mflr 4; addi 4,4,16; mtsrr0 4; rfi"
                     ::: "r3", "r4", "lr", "memory");
}
static inline void to_super(void) { __asm__ volatile("sc" ::: "memory"); }
#endif

/* ---- helpers for the instruction-group programs ---- */
static const u32 vals[] = {0, 1, 2, 0x7FFFFFFFu, 0x80000000u, 0xFFFFFFFFu, 0x12345678u, 0xFFFF8000u, 0x80000001u};
#define NV ((int)(sizeof vals / sizeof vals[0]))
static inline void line3(u32 a, u32 b, u32 c) { hex(a); putc_(' '); hex(b); putc_(' '); hex(c); nl(); }
static inline void title(const char *s) { puts_(s); nl(); }
/* rD = op(rA, rB) over every pair of vals, with XER = xin and CR = 0 before: prints rD CR XER */
#define RUN_RRR(mn, xin)                                                                                  \
    do {                                                                                                  \
        title(mn);                                                                                        \
        for (int _i = 0; _i < NV; _i++)                                                                   \
            for (int _j = 0; _j < NV; _j++) {                                                             \
                u32 _d, _c, _x;                                                                           \
                __asm__ volatile("mtxer %3\n\tmtcrf 0xff,%4\n\t" mn " %0,%5,%6\n\tmfcr %1\n\tmfxer %2"    \
                                 : "=&r"(_d), "=&r"(_c), "=&r"(_x)                                        \
                                 : "r"((u32)(xin)), "r"(0u), "b"(vals[_i]), "b"(vals[_j]));               \
                line3(_d, _c, _x);                                                                        \
            }                                                                                             \
    } while (0)
/* rD = op(rA) */
#define RUN_RR(mn, xin)                                                                                   \
    do {                                                                                                  \
        title(mn);                                                                                        \
        for (int _i = 0; _i < NV; _i++) {                                                                 \
            u32 _d, _c, _x;                                                                               \
            __asm__ volatile("mtxer %3\n\tmtcrf 0xff,%4\n\t" mn " %0,%5\n\tmfcr %1\n\tmfxer %2"           \
                             : "=&r"(_d), "=&r"(_c), "=&r"(_x)                                            \
                             : "r"((u32)(xin)), "r"(0u), "b"(vals[_i]));                                  \
            line3(_d, _c, _x);                                                                            \
        }                                                                                                 \
    } while (0)
/* rD = op(rA, IMM) for a literal immediate or field list, e.g. RUN_RI("addic.", "-5") */
#define RUN_RI(mn, imm, xin)                                                                              \
    do {                                                                                                  \
        title(mn " " imm);                                                                                \
        for (int _i = 0; _i < NV; _i++) {                                                                 \
            u32 _d, _c, _x;                                                                               \
            __asm__ volatile("mtxer %3\n\tmtcrf 0xff,%4\n\t" mn " %0,%5," imm "\n\tmfcr %1\n\tmfxer %2"   \
                             : "=&r"(_d), "=&r"(_c), "=&r"(_x)                                            \
                             : "r"((u32)(xin)), "r"(0u), "b"(vals[_i]));                                  \
            line3(_d, _c, _x);                                                                            \
        }                                                                                                 \
    } while (0)
/* rA-destination forms (logical, rotate): rA = op(rS, rB) with rA preloaded with `pre` */
#define RUN_SAB(mn, pre) RUN_SABF(mn, "", pre)
#define RUN_SABF(mn, fields, pre)                                                                         \
    do {                                                                                                  \
        title(mn fields);                                                                                        \
        for (int _i = 0; _i < NV; _i++)                                                                   \
            for (int _j = 0; _j < NV; _j++) {                                                             \
                u32 _d = (pre), _c, _x;                                                                   \
                __asm__ volatile("mtxer %3\n\tmtcrf 0xff,%3\n\t" mn " %0,%4,%5" fields "\n\tmfcr %1\n\tmfxer %2" \
                                 : "+&r"(_d), "=&r"(_c), "=&r"(_x)                                        \
                                 : "r"(0u), "b"(vals[_i]), "b"(vals[_j]));                                \
                line3(_d, _c, _x);                                                                        \
            }                                                                                             \
    } while (0)
#define RUN_SA(mn, fields, pre)                                                                           \
    do {                                                                                                  \
        title(mn " " fields);                                                                             \
        for (int _i = 0; _i < NV; _i++) {                                                                 \
            u32 _d = (pre), _c, _x;                                                                       \
            __asm__ volatile("mtxer %3\n\tmtcrf 0xff,%3\n\t" mn " %0,%4" fields "\n\tmfcr %1\n\tmfxer %2" \
                             : "+&r"(_d), "=&r"(_c), "=&r"(_x)                                            \
                             : "r"(0u), "b"(vals[_i]));                                                   \
            line3(_d, _c, _x);                                                                            \
        }                                                                                                 \
    } while (0)

/* ---- TLB helpers ---- */
static inline void tlbwe3(u32 idx, u32 w0, u32 w1, u32 w2)
{
    __asm__ volatile("tlbwe %1,%0,1\n\ttlbwe %2,%0,2\n\ttlbwe %3,%0,0\n\tisync"
                     : : "r"(idx), "r"(w1), "r"(w2), "r"(w0) : "memory");
}
static inline u32 tlbre_w(u32 idx, int w)
{
    u32 v;
    if (w == 0) __asm__ volatile("tlbre %0,%1,0" : "=r"(v) : "r"(idx));
    else if (w == 1) __asm__ volatile("tlbre %0,%1,1" : "=r"(v) : "r"(idx));
    else __asm__ volatile("tlbre %0,%1,2" : "=r"(v) : "r"(idx));
    return v;
}
static inline void tlb_inval(u32 idx) { __asm__ volatile("tlbwe %1,%0,0\n\tisync" : : "r"(idx), "r"(0u) : "memory"); }
static inline u32 ld32(u32 a) { u32 v; __asm__ volatile("lwz %0,0(%1)" : "=r"(v) : "b"(a) : "memory"); return v; }
static inline void st32(u32 a, u32 v) { __asm__ volatile("stw %0,0(%1)" : : "r"(v), "b"(a) : "memory"); }
#define TLB_V 0x200u
#define TLB_TS 0x100u
#define SZ_4K (1u << 4)
#define SZ_64K (3u << 4)
