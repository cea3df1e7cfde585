/* cores/pdp10/pdp10.h — the DEC PDP-10 KA10 processor as the core's own files see it.
 *
 * Authority: DEC PDP-10 System Reference Manual (KA10), cited as "SRM".
 *
 * Words are 36 bits, held right-justified in uint64_t (bit 0 of the manual = 2^35).
 *
 * Instruction word (SRM 2.1):
 *    0        8 9  12 13 14  17 18                    35
 *   +----------+-----+--+-----+-----------------------+
 *   |  opcode  | AC  |I |  X  |          Y            |
 *   +----------+-----+--+-----+-----------------------+
 * In-out instruction (opcode 700-777):
 *    0 2 3     9 10 12 13 14 17 18                    35
 *   +---+-------+----+--+-----+-----------------------+
 *   |111|device | fn |I |  X  |          Y            |
 *   +---+-------+----+--+-----+-----------------------+
 *
 * PC word (what JSR/JSP/PUSHJ store): flags in bits 0-12, PC in bits 18-35.
 *    0    1    2    3   4    5    6    7-10  11   12
 *   AROV CRY0 CRY1 FOV BIS USER USERIO  --  FXU  DCK
 *
 * Accumulators are memory locations 0-17 ("fast memory"): never relocated.
 */
#ifndef PDP10_H
#define PDP10_H

#include <setjmp.h>
#include <stdbool.h>
#include <stdint.h>

#include "common/console.h"
#include "machine.h"
#include "registry.h"

#define PDP10_WORD   0777777777777ull   /* 36 bits */
#define PDP10_SIGN   0400000000000ull   /* bit 0 */
#define PDP10_MAG    0377777777777ull   /* bits 1-35 */
#define PDP10_RH     0777777ull         /* bits 18-35 */
#define PDP10_LH     0777777000000ull   /* bits 0-17 */
#define PDP10_AMASK  0777777u           /* 18-bit address */

/* Flags, as they sit in the left half of a PC word (SRM 2.9, 2.10). */
enum {
    PDP10_AROV = 0400000,   /* overflow */
    PDP10_CRY0 = 0200000,   /* carry 0 */
    PDP10_CRY1 = 0100000,   /* carry 1 */
    PDP10_FOV = 040000,     /* floating overflow */
    PDP10_BIS = 020000,     /* byte increment suppression (first part done) */
    PDP10_USER = 010000,    /* user mode */
    PDP10_USERIO = 004000,  /* user in-out */
    PDP10_FXU = 0100,       /* floating underflow */
    PDP10_DCK = 040,        /* no divide */
    PDP10_FLAGMASK = 0774140,
};

/* Deterministic time (SRM: the KA10 clock ticks at the line frequency; here it ticks every
 * PDP10_CLOCK_PERIOD instructions, never with host time). */
#define PDP10_CLOCK_PERIOD 10000u
/* The console teletype finishes a character this many instructions after DATAO. */
#define PDP10_TTY_OUT_DELAY 100u
/* The teletype's keyboard is polled for a new character this often. */
#define PDP10_TTY_IN_POLL 1000u

/* How far an instruction's indirect or XCT chain may run past the budget before it is
 * abandoned (see pdp10_ea). */
#define PDP10_BUDGET_SLACK 4096u

/* Trap codes returned in wb_trap.code under trap_to_host. */
enum {
    PDP10_TRAP_MUUO = 1,      /* kind SYSCALL: MUUO (000, 040-077, unassigned codes) */
    PDP10_TRAP_IOT = 2,       /* kind PRIV: IOT / HALT / JEN in user mode without User-IOT */
    PDP10_TRAP_MPROT = 3,     /* kind MMU: memory protection violation (fault = user address) */
    PDP10_TRAP_NXM = 4,       /* kind MCHECK: non-existent memory (fault = absolute address) */
    /* kind EXTERNAL / IO: code = 010 * PI channel + 0 for APR, 1 for TTY, 2 for program request */
};

typedef struct pdp10_cpu pdp10_cpu;

/* Handler: op is the 9-bit opcode, ac the AC field, e the effective address.  When it runs,
 * c->pc already designates the next instruction. */
typedef void pdp10_handler(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e);

/* One row per instruction, defined beside its handler.  span = how many consecutive opcodes
 * the row covers (a family such as the UUO codes).  The exported wb_insn_info key is bits 0-12
 * of the instruction (word >> 23): opcode << 4 for ordinary rows, opcode << 4 | AC for the JRST
 * variants, and 7 << 10 | function (device 0) for the in-out instructions. */
typedef struct {
    uint16_t op;         /* 9-bit opcode (for in-out rows: 0700 + function) */
    uint16_t span;       /* opcodes op .. op+span-1 share the handler (1 for most) */
    const char *mnemonic;
    wb_pg_class pg;
    pdp10_handler *fn;
} pdp10_insn_def;

/* Extra info rows (JRST variants, in-out functions) exported for the classifier only. */
typedef struct {
    uint32_t key;
    const char *mnemonic;
    wb_pg_class pg;
} pdp10_info_row;

extern const pdp10_insn_def pdp10_insns_move[];   /* MOVx, half words, EXCH, BLT */
extern const pdp10_insn_def pdp10_insns_arith[];  /* ADD SUB IMUL MUL IDIV DIV */
extern const pdp10_insn_def pdp10_insns_float[];  /* UFA DFN FSC FAD FSB FMP FDV */
extern const pdp10_insn_def pdp10_insns_bool[];   /* SETZ .. SETO */
extern const pdp10_insn_def pdp10_insns_shift[];  /* ASH ROT LSH JFFO ASHC ROTC LSHC */
extern const pdp10_insn_def pdp10_insns_test[];   /* TxNx, TxZx, TxCx, TxOx */
extern const pdp10_insn_def pdp10_insns_skip[];   /* CAI CAM JUMP SKIP AOJ AOS SOJ SOS AOBJx */
extern const pdp10_insn_def pdp10_insns_jump[];   /* JRST JFCL XCT PUSH POP JSR JSP JSA JRA, UUOs */
extern const pdp10_insn_def pdp10_insns_byte[];   /* IBP ILDB LDB IDPB DPB */
extern const pdp10_insn_def pdp10_insns_io[];     /* in-out instructions 700-777 */
extern const pdp10_info_row pdp10_jrst_rows[];    /* JRST variants by AC (terminated by mnemonic NULL) */
extern const pdp10_info_row pdp10_io_rows[];      /* in-out functions (terminated by mnemonic NULL) */

/* Why an instruction was abandoned (longjmp value). */
enum { PDP10_ABORT_NONE, PDP10_ABORT_DONE, PDP10_ABORT_RESTART };

struct pdp10_cpu {
    wb_machine m;                 /* must be first: a cpu is a machine */

    /* ---- architected state (saved/restored as one block, from ac to arch_end) ---- */
    uint64_t ac[16];
    uint32_t pc;                  /* 18 bits */
    uint32_t flags;               /* PC-word left-half flag bits (PDP10_AROV ...) */
    /* APR (device 000), SRM "Arithmetic processor" */
    uint8_t apr_pia;              /* PI channel of APR flags and clock */
    bool ov_en, fov_en, clk_en;   /* interrupt enables */
    bool clk_flag, nxm_flag, mprot_flag, pdl_flag, adrbrk_flag;
    /* Protection and relocation (DATAO APR) */
    uint32_t pl, ph, rl, rh;      /* limits include the 1777 low bits */
    bool hwp;                     /* high segment write-protected */
    /* Priority interrupt (device 004).  Channel n (1..7) is bit 0200 >> n. */
    bool pi_on;
    uint8_t pie, pih, pir;        /* channels on, held (in progress), program requests */
    bool par_en;                  /* memory parity interrupt enable (no parity errors happen here) */
    /* Console teletype (device 120) */
    uint8_t tty_pia;
    uint16_t tty_status;          /* 010 output done, 020 output busy, 040 input done, 0100 input busy */
    uint8_t tty_in;
    uint64_t tty_out_at;          /* step at which the output in progress completes (0 = none) */
    uint64_t tty_poll_at;
    uint64_t clk_at;              /* step at which the clock flag next sets */
    uint64_t switches;            /* console data switches (DATAI APR) */
    uint64_t lights;              /* console lights (DATAO PI) */
    uint32_t entry;               /* start address recorded by the image loader */
    uint64_t steps;               /* instructions + interrupt cycles: the deterministic time base */
    uint8_t arch_end;

    /* ---- not architected ---- */
    uint64_t *mem;
    uint32_t memsize;             /* words */
    bool view;                    /* mem belongs to someone else (a monitor's partition) */
    uint64_t insn_steps;          /* steps before the current instruction (a trap exit undoes it) */
    pdp10_handler *dispatch[512];
    const pdp10_insn_def *rows[512];
    wb_insn_info *infos;
    unsigned ninfos;
    /* current instruction */
    uint32_t insn_pc;             /* address of the instruction being executed */
    uint64_t insn_word;
    uint64_t ea_word;             /* last word of the effective-address calculation (JRSTF) */
    bool exec_ctx;                /* MUUO/interrupt cycle: exec addressing */
    bool pi_cycle;                /* executing an interrupt instruction */
    bool pi_skip;                 /* the interrupt instruction skipped */
    bool jumped;                  /* the instruction changed the PC */
    bool trap_cycle;              /* MUUO or interrupt instruction: JSR & co. leave user mode */
    bool xct_pending;             /* execute xct_word next, in place (XCT, UUO at 41) */
    uint64_t xct_word;
    uint64_t budget_end;
    uint64_t abandon_at;          /* budget_end + PDP10_BUDGET_SLACK, saturated */
    bool exit_ready;
    wb_exit exit;
    jmp_buf abort;
};

/* Field extraction. */
static inline unsigned pdp10_op(uint64_t w) { return (unsigned)(w >> 27) & 0777; }
static inline unsigned pdp10_acf(uint64_t w) { return (unsigned)(w >> 23) & 017; }
static inline uint64_t pdp10_swap(uint64_t w) { return ((w & PDP10_RH) << 18) | ((w >> 18) & PDP10_RH); }
static inline uint64_t pdp10_lh(uint64_t w) { return (w >> 18) & PDP10_RH; }
static inline uint64_t pdp10_rh(uint64_t w) { return w & PDP10_RH; }
static inline uint64_t pdp10_neg(uint64_t w) { return (~w + 1) & PDP10_WORD; }
/* Two's-complement value of a 36-bit word. */
static inline int64_t pdp10_sval(uint64_t w) { return (w & PDP10_SIGN) ? (int64_t)(w | ~PDP10_WORD) : (int64_t)w; }
static inline uint64_t pdp10_word(int64_t v) { return (uint64_t)v & PDP10_WORD; }
static inline bool pdp10_user(const pdp10_cpu *c) { return (c->flags & PDP10_USER) && !c->exec_ctx; }

/* memory.c: every access applies the AC shortcut, relocation and protection in user mode and
 * aborts the instruction (longjmp) on a violation. */
uint64_t pdp10_read(pdp10_cpu *c, uint32_t addr);
void pdp10_write(pdp10_cpu *c, uint32_t addr, uint64_t v);
/* Check that addr may be written without writing (read-modify-write instructions). */
void pdp10_check_write(pdp10_cpu *c, uint32_t addr);
uint64_t pdp10_fetch(pdp10_cpu *c, uint32_t addr);
/* Effective address of an instruction or indirect word (SRM 2.2); sets c->ea_word. */
uint32_t pdp10_ea(pdp10_cpu *c, uint64_t w);
/* Load the relocation registers from a DATAO APR word. */
void pdp10_set_relocation(pdp10_cpu *c, uint64_t d);

/* exec.c */
wb_exit pdp10_run(wb_machine *m, uint64_t budget);
void pdp10_execute(pdp10_cpu *c, uint64_t w);
void pdp10_skip(pdp10_cpu *c);
void pdp10_jump(pdp10_cpu *c, uint32_t addr);
/* Abandon the current instruction and return a trap exit (trap_to_host) — never returns. */
_Noreturn void pdp10_trap_exit(pdp10_cpu *c, wb_trap_kind kind, uint32_t code, uint64_t fault);
/* MUUO trap (SRM 2.12): store the instruction at absolute 40, execute 41 in exec context. */
void pdp10_muuo(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e);
/* Codes 100-127 on the KA10: like a MUUO but through absolute 60/61. */
void pdp10_unimplemented(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e);
/* In user mode without User-IOT, turn the current instruction into a MUUO and return true (the
 * handler must then return at once); false when the instruction may proceed. */
bool pdp10_iot_trapped(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e);
/* PC word of the current state. */
uint64_t pdp10_pc_word(const pdp10_cpu *c, uint32_t pc);
/* Arithmetic flags after an addition a + b = r (SRM 2.5: carries out of bits 0 and 1). */
void pdp10_add_flags(pdp10_cpu *c, uint64_t a, uint64_t b, uint64_t r);
uint64_t pdp10_add(pdp10_cpu *c, uint64_t a, uint64_t b);
uint64_t pdp10_sub(pdp10_cpu *c, uint64_t a, uint64_t b);
/* Set flags (and request the APR interrupt when enabled). */
void pdp10_set_flags(pdp10_cpu *c, uint32_t f);

/* pi.c: priority interrupts and devices */
void pdp10_io_reset(pdp10_cpu *c);
/* Highest channel (1..7) with a request that may interrupt now, 0 when none. */
int pdp10_pi_pending(pdp10_cpu *c);
/* Request lines of the devices (bit 0200 >> n for channel n). */
uint8_t pdp10_pi_requests(pdp10_cpu *c);
/* Dismiss the highest held channel (JRST 10, JEN). */
void pdp10_pi_dismiss(pdp10_cpu *c);
/* Advance the deterministic devices (clock, teletype) to c->steps. */
void pdp10_devices_update(pdp10_cpu *c);
/* Next step at which a device changes state on its own (UINT64_MAX when none). */
uint64_t pdp10_devices_next(pdp10_cpu *c);
/* Device in-out transfer: fn 1 DATAI, 3 DATAO, 4 CONO, 5 CONI (4/5 also for CONSZ/CONSO). */
uint64_t pdp10_dev_in(pdp10_cpu *c, unsigned dev, unsigned fn);
void pdp10_dev_out(pdp10_cpu *c, unsigned dev, unsigned fn, uint64_t v);

/* insn_table.c */
void pdp10_build_tables(pdp10_cpu *c);

/* image.c: the project's own image format, and DEC listings */
wb_status pdp10_load_image_text(pdp10_cpu *c, const char *text, size_t len, const char *name, uint32_t *entry,
                                char *err, size_t errlen);
wb_status pdp10_load_native(wb_machine *m, const char *path, uint64_t *entry, char *err, size_t errlen);

/* listing.c: a MACRO-10 listing's octal address/word lines into storage. */
typedef struct {
    uint32_t start;       /* from the END statement (0 when none) */
    bool has_start;
    unsigned words;       /* words stored */
    uint32_t lo, hi;      /* lowest / highest address stored */
} pdp10_listing_info;
wb_status pdp10_load_listing(wb_machine *m, const char *text, size_t len, pdp10_listing_info *info, char *err,
                             size_t errlen);
/* Address of a label defined in a listing ("NAME:" on a code line), -1 when absent. */
long pdp10_listing_symbol(const char *text, size_t len, const char *name);

wb_machine *pdp10_create(const wb_core_config *cfg, char *err, size_t errlen);
/* A processor over `words` words of storage it does not own (a monitor's partition of its host):
 * the virtual CPU of the PDP-10 monitors.  words: a multiple of 1K, at most 256K. */
wb_machine *pdp10_create_view(const wb_core_config *cfg, uint64_t *mem, uint32_t words, char *err, size_t errlen);

#endif
