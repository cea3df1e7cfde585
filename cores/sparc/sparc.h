/* SPARC V8 (The SPARC Architecture Manual, Version 8, "V8") on a LEON3-like board.
 *
 * Integer unit with 8 register windows, FPU (single/double), the SPARC Reference MMU (V8 Appendix H),
 * and the GRLIB devices QEMU's leon3_generic offers: APBUART, GPTIMER, IRQMP.  RAM lives at
 * physical 0x40000000; the wb_machine storage address 0 is physical 0x40000000.
 */
#ifndef WB_SPARC_H
#define WB_SPARC_H
#include <setjmp.h>
#include <stdbool.h>
#include <stdint.h>

#include "machine.h"
#include "registry.h"

#define SPARC_NWINDOWS 8
#define SPARC_RAM_BASE 0x40000000u
#define SPARC_UART_BASE 0x80000100u
#define SPARC_IRQMP_BASE 0x80000200u
#define SPARC_TIMER_BASE 0x80000300u
#define SPARC_TIMER_IRQ 6          /* GPTIMER timer 0 interrupt line (QEMU leon3_generic) */
#define SPARC_NTIMERS 2

/* PSR fields (V8 4.2) */
#define PSR_IMPL_VER 0xF3000000u  /* LEON3 as QEMU models it */
#define PSR_ICC 0x00F00000u
#define PSR_N 0x00800000u
#define PSR_Z 0x00400000u
#define PSR_V 0x00200000u
#define PSR_C 0x00100000u
#define PSR_EC 0x00002000u
#define PSR_EF 0x00001000u
#define PSR_PIL 0x00000F00u
#define PSR_S 0x00000080u
#define PSR_PS 0x00000040u
#define PSR_ET 0x00000020u
#define PSR_CWP 0x0000001Fu

/* Trap types (V8 Table 7-1) */
enum {
    TT_RESET = 0x00, TT_IACCESS = 0x01, TT_ILLEGAL = 0x02, TT_PRIV = 0x03, TT_FP_DISABLED = 0x04,
    TT_WOVERFLOW = 0x05, TT_WUNDERFLOW = 0x06, TT_ALIGN = 0x07, TT_FP_EXCEPTION = 0x08, TT_DACCESS = 0x09,
    TT_TAG_OVERFLOW = 0x0A, TT_INTERRUPT = 0x10, TT_IACCESS_ERROR = 0x21, TT_CP_DISABLED = 0x24,
    TT_DACCESS_ERROR = 0x29, TT_DIV_ZERO = 0x2A, TT_TICC = 0x80,
};

/* FSR fields (V8 4.4) */
#define FSR_RD_SHIFT 30
#define FSR_TEM_SHIFT 23
#define FSR_NS 0x00400000u
#define FSR_VER 0x000E0000u
#define FSR_FTT_SHIFT 14
#define FSR_FTT 0x0001C000u
#define FSR_QNE 0x00002000u
#define FSR_FCC_SHIFT 10
#define FSR_AEXC_SHIFT 5
enum { FTT_NONE = 0, FTT_IEEE = 1, FTT_UNFINISHED = 2, FTT_UNIMPLEMENTED = 3, FTT_SEQUENCE = 4 };
enum { FEXC_NX = 1, FEXC_DZ = 2, FEXC_UF = 4, FEXC_OF = 8, FEXC_NV = 16 };

/* Reference MMU (V8 Appendix H) */
#define MMU_CTRL_E 1u
#define MMU_CTRL_NF 2u
#define MMU_IMPL_VER 0x01000000u

typedef struct sparc_cpu sparc_cpu;
typedef void (*sparc_handler)(sparc_cpu *c, uint32_t insn);

/* One row of an instruction group table: key (see sparc_key), mnemonic, P&G class, handler. */
typedef struct {
    uint32_t key;
    const char *mnemonic;
    wb_pg_class pg;
    sparc_handler fn;
} sparc_insn_def;

/* Decode key: op 0 -> 0x000 | op2; op 1 -> 0x008; op 2/3 -> 0x100 | op<<6 | op3;
 * FPop1/FPop2 -> 0x1000 | (op3 & 1) << 9 | opf. */
#define SK_OP0(op2) (0x000u | (op2))
#define SK_CALL 0x008u
#define SK_OP2(op3) (0x100u | 2u << 6 | (op3))
#define SK_OP3(op3) (0x100u | 3u << 6 | (op3))
#define SK_FP1(opf) (0x1000u | (opf))
#define SK_FP2(opf) (0x1000u | 0x200u | (opf))

typedef struct {
    uint32_t counter, reload, ctrl;
} sparc_timer;

struct sparc_cpu {
    wb_machine m;                   /* first member: a sparc_cpu is a wb_machine */
    /* ---- architected state (saved/restored as one block) ---- */
    uint32_t g[8];
    uint32_t win[SPARC_NWINDOWS * 16];  /* window w: outs at w*16+0..7, locals at w*16+8..15; ins = outs of w+1 */
    uint32_t pc, npc, y, psr, wim, tbr;
    uint32_t f[32], fsr;
    bool annul;                     /* the instruction at pc is annulled */
    bool halted;                    /* error mode (V8 7.3) */
    uint32_t entry;                 /* start address for start(false): ELF entry or RAM base */
    /* MMU */
    uint32_t mmu_ctrl, mmu_ctp, mmu_ctx, mmu_fsr, mmu_far;
    /* board: APBUART, IRQMP, GPTIMER */
    uint32_t uart_ctrl, uart_scaler;
    int32_t uart_rx;                /* received character waiting in the holding register, -1 = none */
    uint32_t irq_level, irq_pending, irq_force, irq_mask;
    uint32_t tim_scaler, tim_scaler_reload, tim_config;
    sparc_timer tim[SPARC_NTIMERS];
    uint64_t insns;                 /* instructions executed since reset (drives the timers) */
    uint8_t arch_end;
    /* ---- host-side ---- */
    uint8_t *mem;
    uint32_t memsize;
    bool owns_storage;
    jmp_buf jb;                     /* a trap longjmps to the run loop */
    uint32_t insn_pc;               /* address of the instruction being executed */
    uint32_t next_pc, next_npc;     /* PC/nPC after it: handlers of control transfers change next_npc */
    bool trap_exit;                 /* the run loop must return c->exit */
    bool stop_on_trap;              /* a monitor's virtual CPU: run returns WB_EXIT_BUDGET right after a
                                     * trap is delivered (its handler's first instruction runs directly) */
    wb_exit exit;
    int16_t dispatch[4][64];        /* op 2/3 by op3 (rows 2 and 3), op 0 by op2 (row 0), -1 = none */
    int16_t fpdispatch[2][512];
    const sparc_insn_def *rows[256];  /* decode index -> row */
    wb_insn_info infos[256];
    unsigned ninfos;
};

/* decode/insn tables */
void sparc_decode_init(sparc_cpu *c);
int sparc_decode(const sparc_cpu *c, uint32_t insn);
extern const sparc_insn_def sparc_insns_alu[], sparc_insns_ctl[], sparc_insns_mem[], sparc_insns_sys[],
    sparc_insns_fpu[];

/* execution */
wb_exit sparc_run(wb_machine *m, uint64_t budget);
_Noreturn void sparc_trap(sparc_cpu *c, unsigned tt);
uint32_t *sparc_reg(sparc_cpu *c, unsigned r);
static inline uint32_t sparc_get(sparc_cpu *c, unsigned r) { return r ? *sparc_reg(c, r) : 0; }
static inline void sparc_set(sparc_cpu *c, unsigned r, uint32_t v) { if (r) *sparc_reg(c, r) = v; }
static inline bool sparc_super(const sparc_cpu *c) { return (c->psr & PSR_S) != 0; }
static inline void sparc_priv(sparc_cpu *c) { if (!sparc_super(c)) sparc_trap(c, TT_PRIV); }
static inline unsigned F_RD(uint32_t i) { return i >> 25 & 31; }
static inline unsigned F_RS1(uint32_t i) { return i >> 14 & 31; }
static inline unsigned F_RS2(uint32_t i) { return i & 31; }
static inline bool F_I(uint32_t i) { return (i >> 13 & 1) != 0; }
static inline unsigned F_ASI(uint32_t i) { return i >> 5 & 0xFF; }
/* operand 2: rs2 or sign-extended simm13 */
static inline uint32_t sparc_op2(sparc_cpu *c, uint32_t i)
{
    return F_I(i) ? (uint32_t)((int32_t)(i << 19) >> 19) : sparc_get(c, F_RS2(i));
}
void sparc_set_psr(sparc_cpu *c, uint32_t v);  /* checks nothing: caller validates CWP */
bool sparc_icc(uint32_t psr, unsigned cond);
void sparc_fp_check(sparc_cpu *c);             /* fp_disabled when EF=0 */

/* memory: asi < 0 = the current normal data space */
enum { ACC_LOAD, ACC_STORE, ACC_FETCH };
uint32_t sparc_load(sparc_cpu *c, int asi, uint32_t va, unsigned size);
void sparc_store(sparc_cpu *c, int asi, uint32_t va, unsigned size, uint32_t v);
/* Translate (or trap); returns a physical address (36 bits fit in 64). */
uint64_t sparc_translate(sparc_cpu *c, uint32_t va, int acc, bool super, bool *ok);
uint32_t sparc_mmu_probe(sparc_cpu *c, uint32_t va);
/* A side-effect-free table walk (for a monitor's shadow tables): see mmu.c. */
typedef struct {
    uint64_t pa;            /* the translation */
    uint64_t pte_pa;        /* where the PTE lies */
    uint32_t pte;
    unsigned perms;         /* what ACC allows in the walk's mode: bit 0 read, 1 write, 2 execute */
    uint64_t desc_pa[4];    /* every descriptor read (context table entry, PTDs, PTE) */
    unsigned ndesc;
} sparc_walk;
bool sparc_mmu_peek(sparc_cpu *c, uint32_t va, int acc, bool super, sparc_walk *w);
uint32_t sparc_mmu_reg_read(sparc_cpu *c, uint32_t va);
void sparc_mmu_reg_write(sparc_cpu *c, uint32_t va, uint32_t v);
bool sparc_phys_read(sparc_cpu *c, uint64_t pa, unsigned size, uint32_t *v);
bool sparc_phys_write(sparc_cpu *c, uint64_t pa, unsigned size, uint32_t v);

/* board */
void sparc_board_reset(sparc_cpu *c);
bool sparc_io_read(sparc_cpu *c, uint32_t pa, uint32_t *v);
bool sparc_io_write(sparc_cpu *c, uint32_t pa, uint32_t v);
void sparc_board_tick(sparc_cpu *c);
unsigned sparc_irq_level(const sparc_cpu *c);
void sparc_irq_ack(sparc_cpu *c, unsigned level);

wb_machine *sparc_create(const wb_core_config *cfg, char *err, size_t errlen);
wb_machine *sparc_create_view(const wb_core_config *cfg, uint8_t *mem, uint64_t size, char *err, size_t errlen);
extern const wb_core_info sparc_core_info;

#endif
