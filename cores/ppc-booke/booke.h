/* PowerPC Book E (PPC440) core: internal API shared by the files of cores/ppc-booke/.
 *
 * References: "Book E: Enhanced PowerPC Architecture" v1.0 (IBM/Motorola 2002), cited "BookE p";
 * "PPC440x5 CPU Core User's Manual" (IBM SA14-2613), cited "440UM p".  Bit numbers in comments are
 * the manuals' big-endian numbering (bit 0 = MSB of a 32-bit register). */
#ifndef PPC_BOOKE_H
#define PPC_BOOKE_H
#include <setjmp.h>
#include <stdbool.h>
#include <stdint.h>

#include "machine.h"
#include "registry.h"

/* MSR bits (440UM "Machine State Register") */
#define MSR_WE 0x00040000u
#define MSR_CE 0x00020000u
#define MSR_EE 0x00008000u
#define MSR_PR 0x00004000u
#define MSR_FP 0x00002000u
#define MSR_ME 0x00001000u
#define MSR_FE0 0x00000800u
#define MSR_DWE 0x00000400u
#define MSR_DE 0x00000200u
#define MSR_FE1 0x00000100u
#define MSR_IS 0x00000020u
#define MSR_DS 0x00000010u
#define MSR_MASK 0x0006FF30u   /* the implemented bits; the rest read as zero */

/* XER */
#define XER_SO 0x80000000u
#define XER_OV 0x40000000u
#define XER_CA 0x20000000u

/* ESR bits (BookE "Exception Syndrome Register") */
#define ESR_PIL 0x08000000u
#define ESR_PPR 0x04000000u
#define ESR_PTR 0x02000000u
#define ESR_ST 0x00800000u
#define ESR_PUO 0x00040000u

/* TCR / TSR (440UM "Timer Facilities") */
#define TCR_WP 0xC0000000u
#define TCR_WRC 0x30000000u
#define TCR_WIE 0x08000000u
#define TCR_DIE 0x04000000u
#define TCR_FP 0x03000000u
#define TCR_FIE 0x00800000u
#define TCR_ARE 0x00400000u
#define TSR_ENW 0x80000000u
#define TSR_WIS 0x40000000u
#define TSR_WRS 0x30000000u
#define TSR_DIS 0x08000000u
#define TSR_FIS 0x04000000u

/* MMUCR (440UM "Memory Management Unit Control Register") */
#define MMUCR_STS 0x00010000u
#define MMUCR_STID 0x000000FFu

/* Interrupt vector offsets register numbers (BookE "Interrupt Vector Offset Registers") */
enum {
    IVOR_CRITICAL = 0, IVOR_MCHECK, IVOR_DSI, IVOR_ISI, IVOR_EXTERNAL, IVOR_ALIGN, IVOR_PROGRAM, IVOR_FPUNAVAIL,
    IVOR_SYSCALL, IVOR_APUNAVAIL, IVOR_DEC, IVOR_FIT, IVOR_WATCHDOG, IVOR_DTLB, IVOR_ITLB, IVOR_DEBUG
};

#define PPC_TLB_ENTRIES 64
#define PPC_UART_BASE 0xEF600300u   /* bamboo's first 16550 (physical, ERPN 0) */

/* One TLB entry as the three tlbwe words plus TID (440UM "TLB Entry Format"). */
typedef struct {
    uint32_t w0;   /* EPN 0:21, V 22, TS 23, SIZE 24:27 */
    uint32_t w1;   /* RPN 0:21, ERPN 28:31 */
    uint32_t w2;   /* U0-U3 16:19, W I M G E 20:24, UX UW UR SX SW SR 26:31 */
    uint32_t tid;  /* 8 bits */
} ppc_tlbe;

typedef struct {
    uint32_t block, gen;
    uint8_t ts, pid;
    int8_t idx;
} ppc_tlb_hint;

typedef struct ppc_cpu ppc_cpu;
typedef void (*ppc_handler)(ppc_cpu *c, uint32_t insn);

/* Instruction-table row.  xo = 0 for the primary-only opcodes; flags say how the extended opcode is
 * matched. */
enum { PPC_F_NONE = 0, PPC_F_OE = 1 /* XO form: the OE bit (21) is part of the 10-bit field */ };
typedef struct {
    uint8_t primary;
    uint16_t xo;
    uint8_t flags;
    const char *mnemonic;
    wb_pg_class pg;
    ppc_handler fn;
} ppc_insn_def;

extern const ppc_insn_def ppc_insns_int[], ppc_insns_mem[], ppc_insns_branch[], ppc_insns_sys[];

#define PPC_MAX_INSNS 256

struct ppc_cpu {
    wb_machine m;
    /* ---- architected state (snapshots copy gpr .. arch_end) ---- */
    uint32_t gpr[32];
    uint32_t pc, msr, cr, xer, lr, ctr;
    uint32_t srr0, srr1, csrr0, csrr1, mcsrr0, mcsrr1, dear, esr, ivpr, ivor[16];
    uint32_t sprg[8], usprg0, pid, mmucr, dec, decar, tcr, tsr;
    uint32_t dbcr0, dbcr1, dbcr2, dbsr, iac[4], dac[2], dvc[2], ccr0, ccr1, mcsr, rstcfg;
    uint64_t tb;
    ppc_tlbe tlb[PPC_TLB_ENTRIES];
    uint32_t resv_addr;
    uint32_t boot_entry;
    uint8_t resv, has_boot_entry, halted, checkstop;
    uint8_t uart_ier, uart_lcr, uart_mcr, uart_scr, uart_dll, uart_dlm, uart_fcr;
    uint8_t arch_end;
    /* ---- not part of the architected state ---- */
    uint8_t *mem;
    uint32_t memsize;
    bool owns_storage;
    uint32_t cia;                /* address of the instruction being executed */
    bool stop;                   /* leave the run loop after this instruction */
    uint64_t idle_ticks;         /* time-base ticks spent in the wait state (a monitor's progress measure) */
    wb_exit exit;
    jmp_buf jb;
    const ppc_insn_def *defs[PPC_MAX_INSNS];
    wb_insn_info infos[PPC_MAX_INSNS];
    unsigned ndefs;
    /* Lookup hints (not architected): the entry a full search found for a 1 KB effective block in
     * one address space and PID; valid while tlb_gen is unchanged (every tlbwe and restore bumps it),
     * so a hint always names the entry a full lowest-index search would find. */
    ppc_tlb_hint hint[2];        /* [0] data, [1] instruction fetch */
    uint32_t tlb_gen;
    uint16_t primary_ix[64];     /* index+1 into defs, 0 = none */
    uint16_t op19_ix[1024], op31_ix[1024];
};

/* Field extraction (BookE "Instruction Formats"). */
static inline unsigned ppc_rt(uint32_t i) { return (i >> 21) & 31; }
static inline unsigned ppc_ra(uint32_t i) { return (i >> 16) & 31; }
static inline unsigned ppc_rb(uint32_t i) { return (i >> 11) & 31; }
static inline int32_t ppc_simm(uint32_t i) { return (int32_t)(int16_t)(i & 0xFFFF); }
static inline uint32_t ppc_uimm(uint32_t i) { return i & 0xFFFF; }
static inline bool ppc_rc(uint32_t i) { return i & 1; }
static inline bool ppc_oe(uint32_t i) { return (i >> 10) & 1; }

/* exec.c: interrupts and the run loop */
_Noreturn void ppc_interrupt(ppc_cpu *c, unsigned ivor, uint32_t srr0, uint32_t esr, bool set_esr,
                             uint32_t dear, bool set_dear, wb_trap_kind kind);
_Noreturn void ppc_program(ppc_cpu *c, uint32_t esr);   /* program interrupt at cia */
static inline void ppc_priv(ppc_cpu *c) { if (c->msr & 0x00004000u) ppc_program(c, ESR_PPR); }
_Noreturn void ppc_illegal(ppc_cpu *c, uint32_t insn);
_Noreturn void ppc_machine_check(ppc_cpu *c, uint32_t addr);
wb_exit ppc_run(wb_machine *m, uint64_t budget);
void ppc_set_msr(ppc_cpu *c, uint32_t v);
void ppc_build_tables(ppc_cpu *c);
int ppc_decode_index(const ppc_cpu *c, uint32_t insn);
void ppc_timers_advance(ppc_cpu *c, uint64_t n);
void ppc_request_halt(ppc_cpu *c, const char *why);

/* mmu.c: translation, loads and stores, the UART */
uint32_t ppc_load(ppc_cpu *c, uint32_t ea, unsigned size);
void ppc_store(ppc_cpu *c, uint32_t ea, unsigned size, uint32_t v);
uint32_t ppc_fetch(ppc_cpu *c, uint32_t ea);
/* Translate for a data access without touching storage (dcbz, dcbi, dcbst...).  Returns the
 * physical address; raises the interrupt itself. */
uint64_t ppc_translate_data(ppc_cpu *c, uint32_t ea, bool store);
int ppc_tlb_search(const ppc_cpu *c, uint32_t ea, unsigned ts, unsigned tid);
uint32_t ppc_tlb_size(uint32_t w0);   /* page size in bytes of entry word 0, 0 when invalid size */
void ppc_uart_reset(ppc_cpu *c);

/* spr.c */
uint32_t ppc_mfspr(ppc_cpu *c, unsigned spr);
void ppc_mtspr(ppc_cpu *c, unsigned spr, uint32_t v);

/* CR helpers (BookE "Condition Register") */
static inline void ppc_set_crf(ppc_cpu *c, unsigned f, unsigned v4)
{
    unsigned sh = 28 - 4 * f;
    c->cr = (c->cr & ~(0xFu << sh)) | ((uint32_t)(v4 & 15) << sh);
}
/* CR0 from a result: LT GT EQ and a copy of XER[SO]. */
static inline void ppc_cr0(ppc_cpu *c, uint32_t r)
{
    unsigned v = (int32_t)r < 0 ? 8 : r ? 4 : 2;
    ppc_set_crf(c, 0, v | (c->xer >> 31));
}

wb_machine *ppc_booke_create(const wb_core_config *cfg, char *err, size_t errlen);
wb_machine *ppc_booke_create_view(const wb_core_config *cfg, uint8_t *mem, uint64_t size, char *err, size_t errlen);
/* For a monitor: the highest-priority enabled asynchronous interrupt (-1: none); ticks until the next
 * timer condition could arise. */
int ppc_due_async(const ppc_cpu *c);
uint64_t ppc_next_timer_event(const ppc_cpu *c);

#endif
