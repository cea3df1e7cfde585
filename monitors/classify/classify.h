/* monitors/classify/classify.h — the empirical Popek & Goldberg classifier.
 *
 * For every instruction case of a core (each row of its instruction table, plus operand-dependent
 * sub-cases a driver adds) the engine executes one instance, single-stepped with trap_to_host set,
 * from several register/storage states, in supervisor and in user mode, under two relocations,
 * and compares what happened:
 *   privileged          every user-mode run ends in the privileged-operation trap (WB_TRAP_PRIV)
 *                       and no supervisor run does;
 *   control-sensitive   a run that did not take the privileged-operation trap changed the machine's
 *                       privileged state (the register table's `privileged` registers, as the
 *                       driver normalises them: mode, relocation/translation, masks, keys, timers);
 *   behaviour-sensitive the outcome (exit, trap kind and code, next PC, non-privileged registers,
 *                       the storage window) differs between supervisor and user mode, between the
 *                       two relocations once their address offset is undone, or -- in user mode --
 *                       between two settings of privileged state a user program cannot see
 *                       legitimately (interrupt masks, interrupt system; the driver's "pvary").
 *   user-sensitive      control-sensitive in a user-mode run, or behaviour-sensitive between two
 *                       user-mode runs (relocation or pvary).
 * A user-mode run that takes the privileged-operation trap is never counted as a difference: the
 * trap gives the monitor control, which is all trap-and-emulate needs.
 *
 * Verdict (P&G 1974): Theorem 1 holds when every sensitive instruction is privileged; otherwise
 * Theorem 3 (a hybrid monitor) holds when every user-sensitive instruction is privileged;
 * otherwise neither.
 *
 * The engine is architecture-neutral; a driver per architecture (drv_*.c) knows how to put the
 * machine in each mode/relocation/state and where the compared storage lives. */
#ifndef WB_CLASSIFY_H
#define WB_CLASSIFY_H
#include "machine.h"
#include <stdio.h>

#define WB_CLS_MAXLEN 16

/* One instruction instance to classify. */
typedef struct {
    char mnemonic[32];
    int info;                    /* index into m->insns (the declared class), -1 when none */
    uint8_t bytes[WB_CLS_MAXLEN];/* encoding (PDP-10: one 36-bit word, big-endian in bytes 0-7) */
    unsigned len;
} wb_cls_case;

typedef struct wb_cls_driver {
    const char *arch;
    unsigned nstates;            /* register/storage states */
    unsigned npvary;             /* user-mode settings of invisible privileged state (>= 1) */
    /* A fresh machine of this variant, large enough for the driver's layout. */
    wb_machine *(*create)(const char *variant, char *err, size_t errlen);
    /* Fill cases (up to max) for every instruction of m; returns the count. */
    unsigned (*cases)(wb_machine *m, wb_cls_case *out, unsigned max);
    /* Put m in the given state, mode, relocation (0/1) and pvary setting, with the case's
     * instruction at the next PC; trap_to_host is set by the engine. */
    void (*setup)(wb_machine *m, const wb_cls_case *k, unsigned state, bool user, unsigned reloc, unsigned pvary);
    /* A privileged register's value as compared (NULL: the raw value): masks out fields that are
     * not privileged (condition code, next address) and time that passes by itself. */
    uint64_t (*priv_value)(wb_machine *m, unsigned idx, bool user);
    /* Privileged state outside the register table (S/370: storage keys), as values to compare
     * before/after; returns the count (NULL: none).  extra_name says what it is. */
    unsigned (*priv_extra)(wb_machine *m, uint64_t *out, unsigned max);
    const char *extra_name;
    /* Whether a non-privileged register takes part in the comparison (NULL: all do). */
    bool (*compare_reg)(wb_machine *m, unsigned idx);
    /* The next instruction address, as the program sees it. */
    uint64_t (*pc)(wb_machine *m);
    /* The storage window compared: physical start and length (storage units) for this
     * mode/relocation, and the address offset a relocated program sees (0 when relocation is
     * transparent, as with DAT or a relocation register). */
    void (*window)(wb_machine *m, bool user, unsigned reloc, uint64_t *phys, uint64_t *len, uint64_t *delta);
    /* The encoding as the architecture's manuals write it (NULL: hexadecimal bytes). */
    void (*encoding)(const uint8_t *bytes, unsigned len, char *out, size_t outlen);
    /* What the relocations are, in words (printed with the table). */
    const char *reloc_desc;
} wb_cls_driver;

typedef struct {
    char mnemonic[32];
    uint8_t bytes[WB_CLS_MAXLEN];
    unsigned len;
    bool has_declared;
    wb_pg_class declared;
    wb_pg_class observed;
    bool user_sensitive;
    bool mode_sensitive, location_sensitive, pvary_sensitive;
    bool control_super, control_user;
    bool priv_trap_some;         /* the privileged-operation trap in some but not all user runs */
    char evidence[96];
} wb_cls_insn;

typedef enum { WB_CLS_THEOREM1, WB_CLS_THEOREM3, WB_CLS_NONE } wb_cls_verdict;

typedef struct {
    char core[16];
    const char *arch;
    const char *reloc_desc;
    wb_cls_insn *insns;
    unsigned n;
    wb_cls_verdict verdict;
    unsigned disagreements;
} wb_cls_report;

/* The driver for an architecture family ("s370", "pdp10", "m68k"), NULL when none. */
const wb_cls_driver *wb_cls_driver_for(const char *arch);
extern const wb_cls_driver wb_cls_drv_s370, wb_cls_drv_pdp10, wb_cls_drv_m68k, wb_cls_drv_sparc, wb_cls_drv_booke;

/* Classify a core by name.  False with a message when the core or its driver is unknown. */
bool wb_classify(const char *core, wb_cls_report *r, char *err, size_t errlen);
/* Classify an existing machine of a core (built like its driver's create, with at least as much
 * storage), whose m->insns is taken as the declared table -- e.g. a table with a class changed, to
 * see the disagreement reported.  The machine's state is not preserved. */
bool wb_classify_machine(wb_machine *m, wb_cls_report *r, char *err, size_t errlen);
void wb_cls_report_free(wb_cls_report *r);

/* The verdict for a core, computed once per process and kept (for --monitor auto); NULL with a
 * message on failure.  The report stays valid until the process ends. */
const wb_cls_report *wb_classify_cached(const char *core, char *err, size_t errlen);

const char *wb_cls_verdict_name(wb_cls_verdict v);   /* "theorem1", "theorem3", "none" */
/* One sentence: what holds and which instructions violate it (names truncated to fit). */
void wb_cls_verdict_text(const wb_cls_report *r, char *out, size_t outlen);
/* Whether an instruction violates Theorem 1 (sensitive, not privileged). */
bool wb_cls_violates(const wb_cls_insn *i);

/* An instruction's encoding as text, in the architecture's notation. */
void wb_cls_encoding(const wb_cls_report *r, const wb_cls_insn *x, char *out, size_t outlen);
void wb_cls_print_table(const wb_cls_report *r, FILE *f);
void wb_cls_print_json(const wb_cls_report *r, FILE *f);

#endif
