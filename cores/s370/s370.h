/* cores/s370/s370.h — the System/370 CPU as the core's own files see it.
 *
 * Authority: IBM System/370 Principles of Operation, GA22-7000 (cited as "PoO").
 *
 * PSW (PoO chapter 4, "Program-Status Word"), 64 bits, bit 0 = most significant:
 *
 *  BC mode (bit 12 = 0)
 *   0     5  6  7  8  11 12 13 14 15 16            31 32 33 34 35 36  39 40               63
 *  +-------+--+--+-----+--+--+--+--+----------------+-----+-----+------+-------------------+
 *  |chan   |IO|EX| key |0 |M |W |P | interrupt code | ILC | CC  |prog  | instruction addr  |
 *  |masks  |  |  |     |  |  |  |  |                |     |     |mask  |                   |
 *  +-------+--+--+-----+--+--+--+--+----------------+-----+-----+------+-------------------+
 *  EC mode (bit 12 = 1)
 *   0 1 2 4 5 6  7  8  11 12 13 14 15 16 17 18 19 20 23 24      39 40               63
 *  +-+-+---+-+--+--+-----+--+--+--+--+-----+-----+-----+----------+-------------------+
 *  |0|R|000|T|IO|EX| key |1 |M |W |P | 00  | CC  |prog |  zeros   | instruction addr  |
 *  +-+-+---+-+--+--+-----+--+--+--+--+-----+-----+-----+----------+-------------------+
 *  R = PER mask, T = DAT mode, M = machine-check mask, W = wait, P = problem state.
 */
#ifndef S370_H
#define S370_H

#include <setjmp.h>
#include <stdbool.h>
#include <stdint.h>

#include "common/console.h"
#include "machine.h"
#include "registry.h"

#define S370_AMASK 0x00FFFFFFu   /* 24-bit addressing */
#define S370_KEYBLOCK 2048u      /* storage keys are per 2K block */

/* Program interruption codes (PoO "Program Interruption"). */
enum {
    S370_PGM_OPERATION = 0x01,
    S370_PGM_PRIVILEGED = 0x02,
    S370_PGM_EXECUTE = 0x03,
    S370_PGM_PROTECTION = 0x04,
    S370_PGM_ADDRESSING = 0x05,
    S370_PGM_SPECIFICATION = 0x06,
    S370_PGM_DATA = 0x07,
    S370_PGM_FIXED_OVERFLOW = 0x08,
    S370_PGM_FIXED_DIVIDE = 0x09,
    S370_PGM_DECIMAL_OVERFLOW = 0x0A,
    S370_PGM_DECIMAL_DIVIDE = 0x0B,
    S370_PGM_EXPONENT_OVERFLOW = 0x0C,
    S370_PGM_EXPONENT_UNDERFLOW = 0x0D,
    S370_PGM_SIGNIFICANCE = 0x0E,
    S370_PGM_FLOAT_DIVIDE = 0x0F,
    S370_PGM_SEGMENT_TRANSLATION = 0x10,
    S370_PGM_PAGE_TRANSLATION = 0x11,
    S370_PGM_TRANSLATION_SPEC = 0x12,
    S370_PGM_SPECIAL_OPERATION = 0x13,
    S370_PGM_MONITOR_EVENT = 0x40,
};

/* Program mask bits (PSW bits 36-39 BC / 20-23 EC). */
enum { S370_PM_FIXED = 8, S370_PM_DECIMAL = 4, S370_PM_EXPUNDER = 2, S370_PM_SIGNIF = 1 };

/* External interruption codes. */
enum {
    S370_EXT_INTERRUPT_KEY = 0x0040,
    S370_EXT_INTERVAL_TIMER = 0x0080,
    S370_EXT_CLOCK_COMPARATOR = 0x1004,
    S370_EXT_CPU_TIMER = 0x1005,
    S370_EXT_EMERGENCY_SIGNAL = 0x1201,
    S370_EXT_EXTERNAL_CALL = 0x1202,
};

/* Control register 0 bits used by the core (bit 0 = MSB of the 32-bit register). */
#define S370_CR0_SSM_SUPPRESS 0x40000000u /* bit 1: SSM suppression control */
#define S370_CR0_TOD_SYNC     0x20000000u /* bit 2 */
#define S370_CR0_EMERG_MASK   0x00004000u /* bit 17: emergency signal subclass mask */
#define S370_CR0_EXTCALL_MASK 0x00002000u /* bit 18: external call subclass mask */
#define S370_CR0_CKC_MASK     0x00000800u /* bit 20: clock comparator subclass mask */
#define S370_CR0_CPT_MASK     0x00000400u /* bit 21: CPU timer subclass mask */
#define S370_CR0_ITIMER_MASK  0x00000080u /* bit 24: interval timer subclass mask */
#define S370_CR0_INTKEY_MASK  0x00000040u /* bit 25: interrupt key subclass mask */
#define S370_CR0_EXTSIG_MASK  0x00000020u /* bit 26: external signal subclass mask */

/* Storage key byte: ACC(4) F R C, kept in the high 7 bits as the PoO draws it. */
#define S370_KEY_ACC   0xF0
#define S370_KEY_FETCH 0x08
#define S370_KEY_REF   0x04
#define S370_KEY_CHG   0x02

/* Access types for storage references. */
typedef enum { S370_ACC_FETCH, S370_ACC_STORE, S370_ACC_IFETCH } s370_acc;

/* Pending-interrupt bits ("something unusual pending" word). */
enum {
    S370_PEND_ITIMER = 1u << 0,
    S370_PEND_CKC = 1u << 1,
    S370_PEND_CPT = 1u << 2,
    S370_PEND_IO = 1u << 3,
    S370_PEND_RESTART = 1u << 4,
    S370_PEND_INTKEY = 1u << 5,
    S370_PEND_EMERGENCY = 1u << 6,   /* SIGP emergency signal to this CPU */
    S370_PEND_EXTCALL = 1u << 7,     /* SIGP external call to this CPU */
};

typedef struct s370_cpu s370_cpu;
typedef struct s370_channel s370_channel;

/* An instruction handler: ins points at the instruction's bytes (2, 4 or 6). When it runs,
 * c->ia already designates the next sequential instruction and c->ilc holds the length. */
typedef void s370_handler(s370_cpu *c, const uint8_t *ins);

typedef enum { S370_RR, S370_RX, S370_RS, S370_SI, S370_S, S370_SS, S370_SSE } s370_fmt;

/* One row per instruction, defined beside its handler: opcode (one byte, or two for the
 * B2xx family and the I/O group 9C00..9F00 where the second byte's low bit selects), mnemonic,
 * format, and its Popek-Goldberg class. */
typedef struct {
    uint16_t op;
    const char *mnemonic;
    s370_fmt fmt;
    wb_pg_class pg;
    s370_handler *fn;
} s370_insn_def;

/* Instruction groups, each defined in its own insn_*.c file, terminated by a row with fn NULL. */
extern const s370_insn_def s370_insns_fixed[];    /* fixed-point arithmetic */
extern const s370_insn_def s370_insns_logical[];  /* logical, shifts, compare logical, TM, ICM... */
extern const s370_insn_def s370_insns_branch[];   /* branching, EX, SVC */
extern const s370_insn_def s370_insns_storage[];  /* SS moves, TR/TRT, ED/EDMK, MVCL/CLCL, PACK... */
extern const s370_insn_def s370_insns_decimal[];  /* AP SP ZAP CP MP DP SRP */
extern const s370_insn_def s370_insns_float[];    /* hexadecimal floating point */
extern const s370_insn_def s370_insns_control[];  /* privileged / control instructions */
extern const s370_insn_def s370_insns_io[];       /* SIO SIOF TIO CLRIO HIO HDV TCH STIDC */

struct s370_cpu {
    wb_machine m;                 /* must be first: a cpu is a machine */

    /* ---- architected state (saved/restored as one block, from gr to arch_end) ---- */
    uint32_t gr[16];
    uint64_t fpr[4];              /* FPRs 0, 2, 4, 6 */
    uint32_t cr[16];
    /* PSW, decomposed */
    uint8_t sysmask;              /* bits 0-7 */
    uint8_t pkey;                 /* bits 8-11, as 0..15 */
    bool ec;                      /* bit 12 */
    bool mcheck;                  /* bit 13 */
    bool wait;                    /* bit 14 */
    bool problem;                 /* bit 15 */
    uint16_t intcode;             /* BC bits 16-31 (as last stored) */
    uint8_t ilc;                  /* length of the current instruction in bytes: 0, 2, 4 or 6 */
    uint8_t cc;                   /* 0..3 */
    uint8_t pmask;                /* 0..15 */
    uint32_t ia;                  /* next instruction address */
    uint64_t psw_unassigned;      /* EC mode: bits that must be zero, kept as loaded (an invalid PSW
                                   * is stored back unchanged when the early exception follows) */
    uint32_t prefix;
    /* Deterministic time: "clock" counts microseconds of virtual time; one instruction takes one.
     * Waiting advances it to the next timer event. */
    uint64_t clock;
    uint64_t tod_base;            /* TOD value (bit 51 = 1 us) at clock == 0 */
    int64_t cpu_timer_base;       /* CPU timer value at clock == cpu_timer_set_at */
    uint64_t cpu_timer_set_at;
    uint64_t clock_comp;
    uint64_t itimer_next;         /* clock value of the next interval-timer decrement */
    uint64_t itimer_ticks;        /* interval-timer ticks applied so far */
    uint64_t steps;               /* instructions + interruptions: what the budget counts */
    uint32_t pending;             /* S370_PEND_* */
    uint32_t insn_addr;           /* address of the instruction being executed */
    uint32_t tea;                 /* translation-exception address for the next program check */
    uint8_t arch_end;             /* marker: end of the saved block */

    /* ---- model state ---- */
    uint8_t *mem;                 /* absolute storage, big-endian */
    uint32_t memsize;
    uint8_t *keys;                /* one key byte per 2K block */
    bool owns_storage;            /* false for a virtual CPU viewing a monitor's partition */
    uint64_t purge_count;         /* TLB purges so far (monitors discard shadow tables on a change) */
    uint64_t budget_end;          /* stop when clock-independent insn count reaches this */
    bool attention;               /* break out of the fast loop: masks changed, exit ready... */
    bool exit_ready;
    wb_exit exit;
    jmp_buf progjmp;              /* per instance: program checks unwind to the run loop */
    bool in_exec;                 /* executing the target of EX */
    s370_channel *chan;           /* channel subsystem and devices (channel.c) */
    void *tlb;                    /* DAT translation-lookaside buffer (dat.c) */
    /* Optional DIAGNOSE hook for monitors/tests: returns true when it handled the code. */
    bool (*diag_hook)(s370_cpu *c, uint32_t code, unsigned r1, unsigned r3, void *ctx);
    void *diag_ctx;
};

/* ---------- field extraction ---------- */
static inline unsigned s370_r1(const uint8_t *i) { return i[1] >> 4; }
static inline unsigned s370_r2(const uint8_t *i) { return i[1] & 15; }   /* also X2 (RX), R3 (RS) */
static inline unsigned s370_b(const uint8_t *p) { return p[0] >> 4; }      /* p -> B|D halfword */
static inline unsigned s370_d(const uint8_t *p) { return (unsigned)(p[0] & 15) << 8 | p[1]; }

/* Effective address: (X) + (B) + D, register 0 meaning zero, wrapped to 24 bits. */
static inline uint32_t s370_ea(const s370_cpu *c, unsigned x, unsigned b, unsigned d)
{
    uint32_t a = d;
    if (x) a += c->gr[x];
    if (b) a += c->gr[b];
    return a & S370_AMASK;
}
/* Second-operand address of RX, RS and S formats; first of SI; first of SS is s370_ea1_ss. */
static inline uint32_t s370_rx_addr(const s370_cpu *c, const uint8_t *i) { return s370_ea(c, i[1] & 15, s370_b(i + 2), s370_d(i + 2)); }
static inline uint32_t s370_rs_addr(const s370_cpu *c, const uint8_t *i) { return s370_ea(c, 0, s370_b(i + 2), s370_d(i + 2)); }
static inline uint32_t s370_ss_addr2(const s370_cpu *c, const uint8_t *i) { return s370_ea(c, 0, s370_b(i + 4), s370_d(i + 4)); }

/* ---------- interruptions and PSW (interrupt.c) ---------- */
_Noreturn void s370_program_check(s370_cpu *c, uint16_t code);
/* Privileged-operation check: call first in every privileged handler. */
static inline void s370_priv_check(s370_cpu *c) { if (c->problem) s370_program_check(c, S370_PGM_PRIVILEGED); }
void s370_svc(s370_cpu *c, uint8_t code);           /* SVC interruption (returns normally) */
void s370_psw_store(const s370_cpu *c, uint8_t out[8]);
uint64_t s370_psw_value(const s370_cpu *c);
/* Load a PSW; returns 0, or S370_PGM_SPECIFICATION when invalid (the PSW is loaded anyway and the
 * caller raises the early exception, as the PoO says). */
int s370_psw_load(s370_cpu *c, const uint8_t in[8]);
void s370_psw_set(s370_cpu *c, uint64_t psw);
/* Re-evaluate which interrupts may be taken (call after changing masks, CRs, pending bits). */
void s370_recheck(s370_cpu *c);
bool s370_ext_enabled(const s370_cpu *c);
bool s370_io_mask_enabled(const s370_cpu *c, unsigned channel);

/* ---------- storage (storage.c) ---------- */
/* Logical address -> host pointer to absolute storage, after DAT, prefixing, addressing and key
 * checks, setting reference/change bits.  The pointer is valid up to the end of the 2K block. */
uint8_t *s370_maddr(s370_cpu *c, uint32_t addr, s370_acc acc, unsigned key);
/* Check that [addr, addr+len) can be accessed (len 1..65536), raising the program check if not. */
void s370_validate(s370_cpu *c, uint32_t addr, uint32_t len, s370_acc acc, unsigned key);
uint8_t s370_fetch1(s370_cpu *c, uint32_t addr);
uint16_t s370_fetch2(s370_cpu *c, uint32_t addr);
uint32_t s370_fetch4(s370_cpu *c, uint32_t addr);
uint64_t s370_fetch8(s370_cpu *c, uint32_t addr);
void s370_store1(s370_cpu *c, uint32_t addr, uint8_t v);
void s370_store2(s370_cpu *c, uint32_t addr, uint16_t v);
void s370_store4(s370_cpu *c, uint32_t addr, uint32_t v);
void s370_store8(s370_cpu *c, uint32_t addr, uint64_t v);
/* len bytes (1..256): whole operand checked before any byte is stored. */
void s370_fetchc(s370_cpu *c, void *dst, uint32_t addr, unsigned len);
void s370_storec(s370_cpu *c, uint32_t addr, const void *src, unsigned len);
/* Absolute/real storage helpers for the CPU's own low-storage references (no key check). */
uint32_t s370_abs(const s370_cpu *c, uint32_t real);          /* prefixing */
bool s370_abs_ok(const s370_cpu *c, uint32_t absaddr, uint32_t len);
uint32_t s370_real_fetch4(s370_cpu *c, uint32_t real);
void s370_real_store4(s370_cpu *c, uint32_t real, uint32_t v);
void s370_real_store2(s370_cpu *c, uint32_t real, uint16_t v);

static inline uint16_t s370_be16(const uint8_t *p) { return (uint16_t)(p[0] << 8 | p[1]); }
static inline uint32_t s370_be32(const uint8_t *p) { return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3]; }
static inline uint64_t s370_be64(const uint8_t *p) { return (uint64_t)s370_be32(p) << 32 | s370_be32(p + 4); }
static inline void s370_put16(uint8_t *p, uint16_t v) { p[0] = (uint8_t)(v >> 8); p[1] = (uint8_t)v; }
static inline void s370_put32(uint8_t *p, uint32_t v) { p[0] = (uint8_t)(v >> 24); p[1] = (uint8_t)(v >> 16); p[2] = (uint8_t)(v >> 8); p[3] = (uint8_t)v; }
static inline void s370_put64(uint8_t *p, uint64_t v) { s370_put32(p, (uint32_t)(v >> 32)); s370_put32(p + 4, (uint32_t)v); }

/* ---------- dynamic address translation (dat.c) ---------- */
/* Translate a logical address when DAT is on (EC mode, PSW bit 5).  On failure sets c->tea and
 * returns the program interruption code (0x10, 0x11, 0x12); 0 on success.  A table entry outside
 * storage raises the addressing exception itself (s370_program_check). */
unsigned s370_translate(s370_cpu *c, uint32_t vaddr, s370_acc acc, uint32_t *real);
/* LOAD REAL ADDRESS's translation (no TLB): returns the condition code; cc 0 puts the real address
 * in *out, cc 1/2 the real address of the invalid segment/page-table entry, cc 3 (length
 * violation) the address the entry would have had, as Hercules does.  Translation-specification
 * and addressing exceptions program-check. */
unsigned s370_lra(s370_cpu *c, uint32_t vaddr, uint32_t *out);
void s370_tlb_purge(s370_cpu *c);
bool s370_dat_on(const s370_cpu *c);
void s370_dat_init(s370_cpu *c);
void s370_dat_free(s370_cpu *c);

/* ---------- time (timer.c) ---------- */
uint64_t s370_tod(const s370_cpu *c);
void s370_set_tod(s370_cpu *c, uint64_t tod);
int64_t s370_cpu_timer(const s370_cpu *c);
void s370_set_cpu_timer(s370_cpu *c, int64_t v);
void s370_set_clock_comp(s370_cpu *c, uint64_t v);
/* Bring timers up to c->clock: decrement the interval timer at location 80, raise pending bits. */
void s370_timers_update(s370_cpu *c);
/* Clock value of the next timer event that could raise an interrupt (UINT64_MAX when none). */
uint64_t s370_next_timer_event(const s370_cpu *c);

/* ---------- channel subsystem (channel.c) ---------- */
wb_status s370_channel_init(s370_cpu *c, const wb_core_config *cfg, char *err, size_t errlen);
void s370_channel_free(s370_cpu *c);
void s370_channel_reset(s370_cpu *c);
/* If an I/O interruption is pending and enabled, perform it (PSW swap or trap exit) and return
 * true. */
bool s370_io_interrupt(s370_cpu *c);
/* Clock value at which the next I/O event happens (UINT64_MAX when none). */
uint64_t s370_io_next_event(const s370_cpu *c);
/* Advance device activity to c->clock (completes started operations, raises S370_PEND_IO). */
void s370_io_update(s370_cpu *c);

/* ---------- interruption delivery helper shared by the classes ---------- */
/* Old/new PSW locations in low storage. */
enum {
    S370_PSA_RESTART_NEW = 0x00, S370_PSA_RESTART_OLD = 0x08,
    S370_PSA_EXT_OLD = 0x18, S370_PSA_SVC_OLD = 0x20, S370_PSA_PGM_OLD = 0x28,
    S370_PSA_MCK_OLD = 0x30, S370_PSA_IO_OLD = 0x38, S370_PSA_CSW = 0x40, S370_PSA_CAW = 0x48,
    S370_PSA_ITIMER = 0x50,
    S370_PSA_EXT_NEW = 0x58, S370_PSA_SVC_NEW = 0x60, S370_PSA_PGM_NEW = 0x68,
    S370_PSA_MCK_NEW = 0x70, S370_PSA_IO_NEW = 0x78,
    S370_PSA_EXT_CPUADDR = 0x84, S370_PSA_EXT_CODE = 0x86, S370_PSA_SVC_CODE = 0x88,
    S370_PSA_PGM_CODE = 0x8C, S370_PSA_TEA = 0x90, S370_PSA_IO_ADDR = 0xBA,
};
/* Perform an interruption: store old PSW (with code/ILC as the mode requires), load new.  When
 * trap_to_host is set, records an exit instead and leaves the PSW untouched. */
void s370_interrupt(s370_cpu *c, wb_trap_kind kind, unsigned old_off, uint16_t code);

/* ---------- instruction table (insn_table.c) ---------- */
const s370_insn_def *s370_lookup(const uint8_t *ins);
void s370_execute(s370_cpu *c, const uint8_t *ins);  /* dispatch one decoded instruction */
unsigned s370_insn_count(void);
int s370_insn_index(const uint8_t *ins);   /* index into s370_insn_infos(), -1 if unassigned */
const wb_insn_info *s370_insn_infos(void);
static inline unsigned s370_ilen(uint8_t op) { return op < 0x40 ? 2 : op < 0xC0 ? 4 : 6; }

wb_exit s370_run(wb_machine *m, uint64_t budget);
/* For monitors driving a virtual CPU: bring timers and devices up to c->clock and say whether the CPU
 * is waiting or has an interruption pending that run() would take before the next instruction. */
bool s370_attention_due(s370_cpu *c);
/* Clock value of the next timer or I/O event (UINT64_MAX when none). */
uint64_t s370_next_event(const s370_cpu *c);
/* Build a machine (used by the registry and by tests). */
wb_machine *s370_create(const wb_core_config *cfg, char *err, size_t errlen);
/* A CPU over storage and keys it does not own (a monitor's partition): the virtual CPU of a VM. */
wb_machine *s370_create_view(const wb_core_config *cfg, uint8_t *mem, uint8_t *keys, uint64_t size, char *err,
                             size_t errlen);

#endif
