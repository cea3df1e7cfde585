/* cores/m68k/m68k.h — the MC68000 / MC68010 CPU as the core's own files see it.
 *
 * Authority: M68000 Family Programmer's Reference Manual (M68000PM/AD, cited "PRM") and the
 * M68000 8-/16-/32-Bit Microprocessors User's Manual (M68000UM/AD, cited "UM").
 *
 * Status register (PRM 1.3.2):
 *
 *   15 14 13 12 11 10  8  7  5  4  3  2  1  0
 *  +--+--+--+--+--+-----+-----+--+--+--+--+--+
 *  |T |0 |S |0 |0 | I2-0|  0  |X |N |Z |V |C |
 *  +--+--+--+--+--+-----+-----+--+--+--+--+--+
 *   system byte           condition code register (CCR)
 *
 * One source serves both models; c->model selects the 68010 additions (VBR, SFC/DFC, MOVEC,
 * MOVES, RTD, MOVE from CCR, privileged MOVE from SR, format/vector words in exception frames).
 *
 * The board around the CPU (board.c) is documented there: RAM from 0, an I/O page at 0xFFF000
 * (MC6850 ACIA console, instruction-count timer, halt register, and on the 68010 a segment MMU
 * in the spirit of the MC68451).
 */
#ifndef M68K_H
#define M68K_H

#include <setjmp.h>
#include <stdbool.h>
#include <stdint.h>

#include "common/console.h"
#include "machine.h"
#include "registry.h"

typedef enum { M68K_MC68000 = 0, M68K_MC68010 = 1, M68K_MODELS } m68k_model;

#define M68K_AMASK 0x00FFFFFFu   /* the 68000/68010 drive 24 address lines */

/* Status register bits. */
enum {
    SR_C = 0x0001, SR_V = 0x0002, SR_Z = 0x0004, SR_N = 0x0008, SR_X = 0x0010,
    SR_I = 0x0700, SR_S = 0x2000, SR_T = 0x8000,
    SR_IMPL = 0xA71F,            /* bits the 68000/68010 implement */
};

/* Exception vector numbers (PRM table B-1). */
enum {
    V_RESET_SSP = 0, V_RESET_PC = 1, V_BUS_ERROR = 2, V_ADDRESS_ERROR = 3, V_ILLEGAL = 4,
    V_ZERO_DIVIDE = 5, V_CHK = 6, V_TRAPV = 7, V_PRIVILEGE = 8, V_TRACE = 9, V_LINE_A = 10,
    V_LINE_F = 11, V_FORMAT = 14, V_UNINITIALIZED = 15, V_SPURIOUS = 24, V_AUTOVECTOR = 24,
    V_TRAP0 = 32,
};

/* Function codes (UM "Function Code Outputs"). */
enum { FC_USER_DATA = 1, FC_USER_PROG = 2, FC_SUPER_DATA = 5, FC_SUPER_PROG = 6, FC_CPU = 7 };

/* Board: the I/O page and its registers (see board.c for the full map). */
#define M68K_IO_BASE 0x00FFF000u
#define M68K_IO_SIZE 0x1000u
enum {
    M68K_ACIA_CTRL = 0x00FFF000u,   /* MC6850 control (write) / status (read), byte */
    M68K_ACIA_DATA = 0x00FFF002u,   /* MC6850 transmit (write) / receive (read) data, byte */
    M68K_TIMER_CTRL = 0x00FFF010u,  /* word: bit 0 enable, bit 1 pending (write 1 clears), bits 10-8 level */
    M68K_TIMER_PERIOD = 0x00FFF014u,/* long: instructions between ticks */
    M68K_TIMER_COUNT = 0x00FFF018u, /* long, read-only: instructions left until the next tick */
    M68K_HALT_REG = 0x00FFF020u,    /* any write halts the machine (the value is reported) */
    M68K_MMU_CTRL = 0x00FFF100u,    /* 68010 only: word, bit 0 enables translation of user accesses */
    M68K_MMU_FAULT = 0x00FFF104u,   /* long, read-only: logical address of the last MMU fault */
    M68K_MMU_SEG0 = 0x00FFF120u,    /* 8 descriptors x 16 bytes: base, limit, physical, flags */
};
#define M68K_MMU_SEGS 8
#define M68K_ACIA_LEVEL 5           /* ACIA interrupt level (autovectored) */
#define M68K_TIMER_LEVEL_DEFAULT 6  /* timer interrupt level at reset (autovectored) */

typedef struct {
    uint32_t base, limit, phys;     /* logical base, length in bytes, physical base */
    uint16_t flags;                 /* M68K_SEG_VALID, M68K_SEG_WP */
} m68k_segment;
enum { M68K_SEG_VALID = 1, M68K_SEG_WP = 2, M68K_SEG_PROG_ONLY = 4, M68K_SEG_DATA_ONLY = 8 };

typedef struct m68k_cpu m68k_cpu;
typedef void (*m68k_handler)(m68k_cpu *c, uint16_t op);

/* Effective-address mode categories (PRM 2.2), one bit each, for the decode table. */
enum {
    EA_DN = 1 << 0, EA_AN = 1 << 1, EA_AI = 1 << 2, EA_PI = 1 << 3, EA_PD = 1 << 4, EA_DI = 1 << 5,
    EA_IX = 1 << 6, EA_AW = 1 << 7, EA_AL = 1 << 8, EA_PCDI = 1 << 9, EA_PCIX = 1 << 10, EA_IMM = 1 << 11,
    EA_ALL = 0xFFF,
    EA_DATA = EA_ALL & ~EA_AN,
    EA_MEM = EA_ALL & ~(EA_DN | EA_AN),
    EA_CTRL = EA_AI | EA_DI | EA_IX | EA_AW | EA_AL | EA_PCDI | EA_PCIX,
    EA_ALTER = EA_DN | EA_AN | EA_AI | EA_PI | EA_PD | EA_DI | EA_IX | EA_AW | EA_AL,
    EA_DALT = EA_ALTER & ~EA_AN,
    EA_MALT = EA_ALTER & ~(EA_DN | EA_AN),
    EA_CALT = EA_CTRL & EA_ALTER,
    EA_NONE = 0,
};

/* One instruction, defined once: its encoding, operand modes, mnemonic, P&G class per model
 * and handler.  ea_src constrains bits 5-0 (mode, register), ea_dst bits 11-6 as MOVE's
 * destination encodes them (register, mode); 0 means the field is part of the opcode. */
typedef struct {
    uint16_t match, mask;
    uint16_t ea_src, ea_dst;
    const char *mnemonic;
    uint8_t models;                 /* bit per m68k_model */
    wb_pg_class pg[M68K_MODELS];
    m68k_handler fn;
} m68k_insn_def;
#define M_00 1u
#define M_10 2u
#define M_ALL 3u
#define PG_I {WB_PG_INNOCUOUS, WB_PG_INNOCUOUS}
#define PG_P {WB_PG_PRIVILEGED, WB_PG_PRIVILEGED}

/* Group tables (each ends with a row whose fn is NULL). */
extern const m68k_insn_def m68k_insns_move[], m68k_insns_arith[], m68k_insns_logic[], m68k_insns_shift[],
    m68k_insns_bit[], m68k_insns_bcd[], m68k_insns_flow[], m68k_insns_system[], m68k_insns_muldiv[];

/* Why the group-0 fault happened (for the frame's access word). */
typedef struct {
    uint32_t addr;
    uint8_t fc;
    bool read;
    bool insn;       /* I/N: the access was not an instruction fetch ... as the UM defines it */
} m68k_fault;

struct m68k_cpu {
    wb_machine m;
    m68k_model model;

    /* ---- architected state: saved in snapshots, from d to arch_end ---- */
    uint32_t d[8];
    uint32_t a[8];          /* a[7] is the active stack pointer */
    uint32_t usp, ssp;      /* the inactive one of the two is kept here (the active one is a[7]) */
    uint32_t pc;            /* address of the next word the instruction stream delivers */
    uint16_t sr;
    uint16_t ir;            /* opcode of the current instruction */
    uint32_t vbr, sfc, dfc; /* 68010 */
    bool stopped;           /* STOP executed, waiting for an interrupt or trace */
    bool halted;            /* double bus fault or halt register: the processor is halted */
    uint8_t pending_ipl;    /* highest board interrupt request level (0 = none) */
    /* board */
    uint8_t acia_ctrl, acia_rx, acia_status;
    bool acia_rx_full;
    uint16_t timer_ctrl;
    uint32_t timer_period, timer_count;
    uint16_t mmu_ctrl;
    uint32_t mmu_fault;
    m68k_segment seg[M68K_MMU_SEGS];
    uint32_t halt_value;
    uint64_t steps;         /* instructions + exception entries performed */
    uint8_t arch_end;

    /* ---- per-run bookkeeping (not architected) ---- */
    uint32_t insn_pc;       /* address of the current instruction */
    uint16_t insn_sr;       /* SR at its start (trace, privilege decisions) */
    uint32_t fault_pc;      /* PC value a group-0 frame stacks (see except.c) */
    uint16_t fault_ir;      /* IR value a group-0 frame stacks */
    uint32_t saved_a[8];    /* address registers at instruction start (68010 restart after MMU fault) */
    bool trace_pending;
    bool in_exception;      /* stacking or vectoring: a group-0 frame then says "not an instruction" */
    bool mmu_fault_flag;    /* the bus error being raised came from the MMU */
    bool acia_eof;          /* console input is exhausted */
    bool in_group0;         /* a group-0 exception is being processed (double fault detection) */
    bool devices;           /* the I/O page is decoded (false for the bare single-step test machine) */
    bool view;              /* mem belongs to someone else (a monitor's partition): never freed here */
    bool board_mmu;         /* a monitor's 68000 host: the board has the segment MMU, and with
                             * trap_to_host a bus/address error restarts the instruction (as the 68010) */
    bool exit_ready;
    wb_exit exit;
    uint64_t budget_end;
    jmp_buf jmp;            /* an instruction that raises an exception unwinds here */

    uint8_t *mem;
    uint32_t memsize;
    uint16_t *decode;       /* 64K entries: index into defs (0 = illegal) */
    const m68k_insn_def **defs;
    unsigned ndefs;
    wb_insn_info *infos;
};

/* ---- decode.c ---- */
bool m68k_decode_build(m68k_cpu *c);
void m68k_decode_free(m68k_cpu *c);
bool m68k_ea_allowed(uint16_t allowed, unsigned mode, unsigned reg);

/* ---- bus.c: every access checks alignment, translation and decoding ---- */
uint32_t m68k_read(m68k_cpu *c, uint32_t addr, unsigned size, uint8_t fc);
void m68k_write(m68k_cpu *c, uint32_t addr, unsigned size, uint32_t v, uint8_t fc);
static inline uint8_t m68k_data_fc(const m68k_cpu *c) { return (c->sr & SR_S) ? FC_SUPER_DATA : FC_USER_DATA; }
static inline uint8_t m68k_prog_fc(const m68k_cpu *c) { return (c->sr & SR_S) ? FC_SUPER_PROG : FC_USER_PROG; }
static inline uint32_t m68k_rd(m68k_cpu *c, uint32_t a, unsigned sz) { return m68k_read(c, a, sz, m68k_data_fc(c)); }
static inline void m68k_wr(m68k_cpu *c, uint32_t a, unsigned sz, uint32_t v) { m68k_write(c, a, sz, v, m68k_data_fc(c)); }
/* Next word of the instruction stream (extension words). */
uint16_t m68k_fetch16(m68k_cpu *c);
uint32_t m68k_fetch32(m68k_cpu *c);
/* An immediate operand of SIZE bytes (a byte immediate occupies a word). */
uint32_t m68k_fetch_imm(m68k_cpu *c, unsigned size);
/* A word of RAM without any bus effect (for frames and traces). */
uint16_t m68k_peek16(const m68k_cpu *c, uint32_t addr);

/* ---- board.c ---- */
bool m68k_io_read(m68k_cpu *c, uint32_t addr, unsigned size, uint32_t *v);
bool m68k_io_write(m68k_cpu *c, uint32_t addr, unsigned size, uint32_t v);
void m68k_board_reset(m68k_cpu *c);
void m68k_board_tick(m68k_cpu *c);      /* one instruction of time has passed */
void m68k_board_update_irq(m68k_cpu *c);
bool m68k_mmu_translate(m68k_cpu *c, uint32_t addr, unsigned size, bool write, bool prog, uint32_t *phys);

/* ---- except.c ---- */
void m68k_set_sr(m68k_cpu *c, uint16_t sr);        /* swaps stacks on an S change */
_Noreturn void m68k_exception(m68k_cpu *c, unsigned vector);   /* from inside an instruction */
void m68k_take_exception(m68k_cpu *c, unsigned vector, uint32_t pc);  /* stack a frame, vector */
_Noreturn void m68k_group0(m68k_cpu *c, unsigned vector, uint32_t addr, uint8_t fc, bool read);
_Noreturn void m68k_privilege(m68k_cpu *c);
void m68k_interrupt(m68k_cpu *c, unsigned level);
void m68k_rte(m68k_cpu *c);
void m68k_halt(m68k_cpu *c, const char *why);
void m68k_push16(m68k_cpu *c, uint16_t v);
void m68k_push32(m68k_cpu *c, uint32_t v);
uint16_t m68k_pop16(m68k_cpu *c);
uint32_t m68k_pop32(m68k_cpu *c);
static inline bool m68k_super(const m68k_cpu *c) { return (c->sr & SR_S) != 0; }
#define M68K_PRIV_CHECK(c) do { if (!m68k_super(c)) m68k_privilege(c); } while (0)

/* ---- exec.c ---- */
wb_exit m68k_run(wb_machine *m, uint64_t budget);

/* ---- ea.c: effective addresses (PRM 2.2) ---- */
typedef struct {
    uint8_t kind;       /* EA_K_DREG, EA_K_AREG, EA_K_MEM, EA_K_IMM */
    uint8_t reg;
    bool prog;          /* PC-relative: the operand is read from program space */
    uint8_t post;       /* postincrement still to apply after the first access (long operands) */
    uint32_t addr;      /* memory address, or the immediate value */
} m68k_ea;
enum { EA_K_DREG, EA_K_AREG, EA_K_MEM, EA_K_IMM };
void m68k_ea_decode(m68k_cpu *c, unsigned mode, unsigned reg, unsigned size, m68k_ea *ea);
uint32_t m68k_ea_read(m68k_cpu *c, m68k_ea *ea, unsigned size);
void m68k_ea_write(m68k_cpu *c, m68k_ea *ea, unsigned size, uint32_t v);
/* Control addressing: address only, no access (LEA, PEA, JMP, JSR, MOVEM). */
uint32_t m68k_ea_addr(m68k_cpu *c, unsigned mode, unsigned reg);
static inline uint32_t m68k_read_ea(m68k_cpu *c, unsigned mode, unsigned reg, unsigned size)
{
    m68k_ea ea;
    m68k_ea_decode(c, mode, reg, size, &ea);
    return m68k_ea_read(c, &ea, size);
}

/* ---- small helpers ---- */
static inline uint32_t sz_mask(unsigned size) { return size == 1 ? 0xFFu : size == 2 ? 0xFFFFu : 0xFFFFFFFFu; }
static inline uint32_t sz_msb(unsigned size) { return size == 1 ? 0x80u : size == 2 ? 0x8000u : 0x80000000u; }
/* Operand size from the common 2-bit field (00 byte, 01 word, 10 long). */
static inline unsigned size_field(uint16_t op) { return 1u << ((op >> 6) & 3); }
static inline uint32_t sext8(uint32_t v) { return (uint32_t)(int32_t)(int8_t)(uint8_t)v; }
static inline uint32_t sext16(uint32_t v) { return (uint32_t)(int32_t)(int16_t)(uint16_t)v; }
static inline uint32_t sext(uint32_t v, unsigned size) { return size == 1 ? sext8(v) : size == 2 ? sext16(v) : v; }
/* Write the low SIZE bytes of a data register, keeping the rest. */
static inline void set_dreg(m68k_cpu *c, unsigned r, unsigned size, uint32_t v)
{
    uint32_t m = sz_mask(size);
    c->d[r] = (c->d[r] & ~m) | (v & m);
}
static inline void set_cc(m68k_cpu *c, uint16_t mask, uint16_t bits) { c->sr = (uint16_t)((c->sr & ~mask) | bits); }
/* N and Z from a result, V and C cleared (the logical-operation pattern). */
static inline void cc_logic(m68k_cpu *c, uint32_t res, unsigned size)
{
    uint16_t f = 0;
    if ((res & sz_mask(size)) == 0)
        f |= SR_Z;
    if (res & sz_msb(size))
        f |= SR_N;
    set_cc(c, SR_N | SR_Z | SR_V | SR_C, f);
}
bool m68k_cond(const m68k_cpu *c, unsigned cc);     /* PRM table 3-19 */
uint32_t m68k_add_flags(m68k_cpu *c, uint32_t s, uint32_t d, unsigned x, unsigned size, bool setx, bool keepz);
uint32_t m68k_sub_flags(m68k_cpu *c, uint32_t s, uint32_t d, unsigned x, unsigned size, bool setx, bool keepz,
                        bool cmp);

/* ---- cpu.c ---- */
wb_machine *m68k_create_model(m68k_model model, const wb_core_config *cfg, bool devices, char *err, size_t errlen);
uint16_t m68k_get_sr(const m68k_cpu *c);
/* A CPU and board over storage it does not own (a monitor's virtual CPU over a partition). */
wb_machine *m68k_create_view(m68k_model model, const wb_core_config *cfg, uint8_t *mem, uint64_t size, char *err,
                             size_t errlen);

#endif
