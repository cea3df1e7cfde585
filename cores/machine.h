/* cores/machine.h — the one door between the hardware models and everything else.
 *
 * Every core implements this interface, and so does every virtual machine a monitor
 * creates: a monitor runs on any wb_machine and produces wb_machines, so nesting is
 * composition (Popek & Goldberg's Theorem 2).  No global state: every machine is a
 * value you can have two of.
 *
 * Time is deterministic: a machine's clocks and timers advance with the instructions
 * it executes, never with host time.
 */
#ifndef WB_MACHINE_H
#define WB_MACHINE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "common/status.h"

typedef struct wb_machine wb_machine;
typedef struct wb_console wb_console;

/* Why run() returned. */
typedef enum {
    WB_EXIT_HALT,   /* the architecture's stop convention (S/370: disabled wait) */
    WB_EXIT_WAIT,   /* enabled wait with nothing that can ever wake it in this run */
    WB_EXIT_BUDGET, /* the instruction budget is spent */
    WB_EXIT_ERROR,  /* the model cannot continue (a host-side failure, described in msg) */
    WB_EXIT_TRAP,   /* an interrupt condition, returned because trap_to_host is set */
} wb_exit_kind;

/* Architecture-neutral trap classes; the architected detail is in code. */
typedef enum {
    WB_TRAP_PROGRAM,   /* program check / exception raised by an instruction */
    WB_TRAP_PRIV,      /* privileged operation attempted in user (problem) state */
    WB_TRAP_SYSCALL,   /* SVC, TRAP #n, MUUO, ticc, sc */
    WB_TRAP_EXTERNAL,  /* timers, external signals */
    WB_TRAP_IO,        /* I/O completion interrupt */
    WB_TRAP_MMU,       /* translation or protection fault raised by the MMU */
    WB_TRAP_MCHECK,    /* machine check */
    WB_TRAP_RESTART,   /* restart / reset request */
    WB_TRAP_KINDS
} wb_trap_kind;

typedef struct {
    wb_trap_kind kind;
    uint32_t code;     /* architected interruption code (S/370: program/SVC/ext code, I/O device) */
    uint64_t addr;     /* address of the instruction that caused it (or faulting address for MMU) */
    uint64_t fault;    /* translation-exception / fault address where the architecture has one */
    unsigned ilen;     /* instruction length in bytes (0 where the architecture stores none) */
} wb_trap;

typedef struct {
    wb_exit_kind kind;
    wb_trap trap;      /* valid when kind == WB_EXIT_TRAP */
    char msg[128];     /* human-readable detail for HALT/ERROR */
} wb_exit;

/* One row of a machine's register table (SIMH's REG idea): drives the CLI, the JSON
 * dump, the SDL status panel and the config keys. */
typedef struct {
    const char *name;   /* "r0", "psw", "ac17", ... as DESIGN.md's JSON contract spells them */
    unsigned bits;      /* width: 8..64 */
    const char *desc;
    bool privileged;    /* writing it is a privileged operation (PSW, control registers, clocks) */
} wb_reg_desc;

/* Per-instruction trace record (address, instruction bytes, mode). */
typedef struct {
    uint64_t addr;
    uint8_t insn[8];
    unsigned ilen;
    bool supervisor;
    bool direct;        /* executed directly on the machine below a VM (set by monitors) */
    bool guarded;       /* an operand was a resource the machine guards in user mode (a memory-mapped device,
                         * absent storage, an unmapped segment): with these operands it traps (set by monitors) */
    uint64_t count;     /* instruction number, from 0 */
} wb_trace_rec;
typedef void (*wb_trace_fn)(void *ctx, const wb_trace_rec *rec);

/* Counters every machine keeps.  For a bare core only insns and traps are used; a VM
 * also fills direct / trapped / interpreted. */
typedef struct {
    uint64_t insns;                  /* instructions executed (guest view) */
    uint64_t direct;                 /* executed directly on the machine below */
    uint64_t trapped;                /* trapped and emulated by a monitor */
    uint64_t interpreted;            /* interpreted by a monitor */
    uint64_t traps[WB_TRAP_KINDS];   /* interrupt conditions taken or returned, by class */
    uint64_t reflections;            /* interrupts a monitor reflected into its guest */
} wb_counters;

/* P&G instruction classes (the classifier in monitors/ checks them empirically). */
typedef enum {
    WB_PG_INNOCUOUS,
    WB_PG_PRIVILEGED,          /* traps in user mode; may also be sensitive */
    WB_PG_CONTROL_SENSITIVE,   /* changes mode/resources but does not trap in user mode */
    WB_PG_BEHAVIOUR_SENSITIVE, /* result depends on mode or relocation, no trap in user mode */
} wb_pg_class;

/* Identity row of an instruction table, exported for the classifier and `vmwb list`. */
typedef struct {
    const char *mnemonic;
    uint32_t opcode;          /* architecture-specific encoding key */
    wb_pg_class pg;
} wb_insn_info;

typedef struct wb_machine_ops {
    void (*destroy)(wb_machine *m);
    /* Architected reset (CPU reset + clear); leaves storage as the loader set it when keep_storage. */
    void (*reset)(wb_machine *m, bool keep_storage);
    /* Prepare to start at addr in supervisor state, interrupts disabled (the --start semantics),
     * or, when has_addr is false, perform the architecture's IPL-style start from storage. */
    wb_status (*start)(wb_machine *m, bool has_addr, uint64_t addr);
    wb_exit (*run)(wb_machine *m, uint64_t budget);
    /* Registers by index into m->regs. */
    uint64_t (*get_reg)(wb_machine *m, unsigned idx);
    void (*set_reg)(wb_machine *m, unsigned idx, uint64_t value);
    /* Physical (absolute) storage access.  PDP-10: addr and len count 36-bit words, buf holds
     * uint64_t.  Returns WB_ERR_ADDRESS when any part lies outside storage. */
    wb_status (*read)(wb_machine *m, uint64_t addr, void *buf, size_t len);
    wb_status (*write)(wb_machine *m, uint64_t addr, const void *buf, size_t len);
    /* Whole-state snapshot: size in bytes, then save/restore into a caller buffer. */
    size_t (*state_size)(wb_machine *m);
    void (*save)(wb_machine *m, void *buf);
    wb_status (*restore)(wb_machine *m, const void *buf);
    /* Optional: storage keys or equivalent per-block attributes (NULL where none). */
    wb_status (*get_key)(wb_machine *m, uint64_t addr, uint8_t *key);
    wb_status (*set_key)(wb_machine *m, uint64_t addr, uint8_t key);
    /* True while the machine is in supervisor (executive) state. */
    bool (*supervisor)(wb_machine *m);
    /* Index into m->insns of the instruction these bytes encode, or -1 (NULL op: no decoder). */
    int (*decode)(wb_machine *m, const uint8_t *insn, unsigned len);
} wb_machine_ops;

struct wb_machine {
    const wb_machine_ops *ops;
    const char *arch;            /* "s370", "pdp10", "m68k", "sparc", "ppc-booke" */
    const char *variant;         /* core name as the CLI spells it: "s370", "m68010", ... */
    const wb_reg_desc *regs;     /* register table */
    unsigned nregs;
    const wb_insn_info *insns;   /* instruction table with declared P&G classes */
    unsigned ninsns;
    uint64_t storage_size;       /* bytes (PDP-10: words) */
    unsigned storage_unit;       /* bytes per addressable unit in read/write buffers: 1, or 8 for PDP-10 */
    /* Direct views of storage (and, where the architecture has them, of per-block storage keys) for a
     * monitor building a virtual machine over a partition; NULL where the machine offers none. */
    uint8_t *direct_storage;
    uint8_t *direct_keys;
    unsigned key_block;          /* bytes per storage key (S/370: 2048), 0 = no keys */
    bool trap_to_host;           /* interrupts exit to the caller instead of vectoring */
    wb_trace_fn trace;           /* optional per-instruction hook; NULL costs nothing */
    void *trace_ctx;
    wb_console *console;         /* where the machine's console device writes (may be NULL) */
    wb_counters counters;
};

/* Convenience wrappers. */
static inline wb_exit wb_run(wb_machine *m, uint64_t budget) { return m->ops->run(m, budget); }
static inline void wb_destroy(wb_machine *m) { if (m) m->ops->destroy(m); }

int wb_reg_index(const wb_machine *m, const char *name); /* -1 when unknown */
const char *wb_exit_name(wb_exit_kind k);                /* "halt", "wait", ... */
const char *wb_trap_name(wb_trap_kind k);                /* "program", "svc", ... */
const char *wb_pg_name(wb_pg_class c);
/* SHA-256 over registers (in table order, as 8-byte big-endian values) and all storage. */
void wb_digest(wb_machine *m, uint8_t out[32]);
/* read/write ops for a machine whose storage is the flat byte array direct_storage[storage_size]. */
wb_status wb_flat_read(wb_machine *m, uint64_t addr, void *buf, size_t len);
wb_status wb_flat_write(wb_machine *m, uint64_t addr, const void *buf, size_t len);
/* SHA-256 over storage only. */
void wb_storage_digest(wb_machine *m, uint8_t out[32]);

#endif
