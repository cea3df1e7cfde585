/* The PPC440 Book E core on a bamboo-like board as a wb_machine: registers, reset, start, storage,
 * snapshots, the decoder door and the registry descriptor.
 *
 * Board (QEMU "bamboo" / AMCC PPC440EP evaluation board): RAM at physical 0, a 16550 UART at
 * 0_EF600300, DBCR0[RST] ends the run.  Start: the ELF entry point, remembered by load_native (the
 * session does not pass the loader's entry to start()); without an image the reset vector
 * 0xFFFFFFFC.  The 440 resets with only a 4 KB shadow mapping of the boot page (440UM "Reset"); a
 * program loaded at its ELF entry runs, as under a boot loader, with one architectural TLB entry
 * (index 63, TS=0, TID=0, 256 MB at EA 0 -> RA 0, supervisor read/write/execute) so that its first
 * instructions can set up the TLB it wants. */
#include "booke.h"
#include "common/loader.h"
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
    R_GPR0 = 0, R_PC = 32, R_MSR, R_LR, R_CTR, R_CR, R_XER, R_SRR0, R_SRR1, R_CSRR0, R_CSRR1, R_DEAR, R_ESR,
    R_IVPR, R_PID, R_MMUCR, R_TB, R_DEC, R_DECAR, R_TCR, R_TSR, R_DBCR0, R_IVOR0, R_SPRG0 = R_IVOR0 + 16,
    R_USPRG0 = R_SPRG0 + 8, R_TLB0, R_NREGS = R_TLB0 + 4 * PPC_TLB_ENTRIES
};

static const wb_reg_desc booke_regs[R_NREGS] = {
    {"r0", 32, "general register 0", false},   {"r1", 32, "general register 1", false},
    {"r2", 32, "general register 2", false},   {"r3", 32, "general register 3", false},
    {"r4", 32, "general register 4", false},   {"r5", 32, "general register 5", false},
    {"r6", 32, "general register 6", false},   {"r7", 32, "general register 7", false},
    {"r8", 32, "general register 8", false},   {"r9", 32, "general register 9", false},
    {"r10", 32, "general register 10", false}, {"r11", 32, "general register 11", false},
    {"r12", 32, "general register 12", false}, {"r13", 32, "general register 13", false},
    {"r14", 32, "general register 14", false}, {"r15", 32, "general register 15", false},
    {"r16", 32, "general register 16", false}, {"r17", 32, "general register 17", false},
    {"r18", 32, "general register 18", false}, {"r19", 32, "general register 19", false},
    {"r20", 32, "general register 20", false}, {"r21", 32, "general register 21", false},
    {"r22", 32, "general register 22", false}, {"r23", 32, "general register 23", false},
    {"r24", 32, "general register 24", false}, {"r25", 32, "general register 25", false},
    {"r26", 32, "general register 26", false}, {"r27", 32, "general register 27", false},
    {"r28", 32, "general register 28", false}, {"r29", 32, "general register 29", false},
    {"r30", 32, "general register 30", false}, {"r31", 32, "general register 31", false},
    {"pc", 32, "program counter", false},      {"msr", 32, "machine state register", true},
    {"lr", 32, "link register", false},        {"ctr", 32, "count register", false},
    {"cr", 32, "condition register", false},   {"xer", 32, "fixed-point exception register", false},
    {"srr0", 32, "save/restore register 0", true}, {"srr1", 32, "save/restore register 1", true},
    {"csrr0", 32, "critical save/restore 0", true}, {"csrr1", 32, "critical save/restore 1", true},
    {"dear", 32, "data exception address", true}, {"esr", 32, "exception syndrome", true},
    {"ivpr", 32, "interrupt vector prefix", true}, {"pid", 32, "process ID", true},
    {"mmucr", 32, "MMU control", true},        {"tb", 64, "time base", true},
    {"dec", 32, "decrementer", true},          {"decar", 32, "decrementer auto-reload", true},
    {"tcr", 32, "timer control", true},        {"tsr", 32, "timer status", true},
    {"dbcr0", 32, "debug control 0", true},
    {"ivor0", 32, "IVOR0 critical input", true}, {"ivor1", 32, "IVOR1 machine check", true},
    {"ivor2", 32, "IVOR2 data storage", true},   {"ivor3", 32, "IVOR3 instruction storage", true},
    {"ivor4", 32, "IVOR4 external input", true}, {"ivor5", 32, "IVOR5 alignment", true},
    {"ivor6", 32, "IVOR6 program", true},        {"ivor7", 32, "IVOR7 FP unavailable", true},
    {"ivor8", 32, "IVOR8 system call", true},    {"ivor9", 32, "IVOR9 APU unavailable", true},
    {"ivor10", 32, "IVOR10 decrementer", true},  {"ivor11", 32, "IVOR11 fixed-interval timer", true},
    {"ivor12", 32, "IVOR12 watchdog", true},     {"ivor13", 32, "IVOR13 data TLB error", true},
    {"ivor14", 32, "IVOR14 instruction TLB error", true}, {"ivor15", 32, "IVOR15 debug", true},
    {"sprg0", 32, "SPRG0", true}, {"sprg1", 32, "SPRG1", true}, {"sprg2", 32, "SPRG2", true},
    {"sprg3", 32, "SPRG3", true}, {"sprg4", 32, "SPRG4", true}, {"sprg5", 32, "SPRG5", true},
    {"sprg6", 32, "SPRG6", true}, {"sprg7", 32, "SPRG7", true},
    {"usprg0", 32, "user SPRG0", false},
#include "regs_tlb.inc"
};

static uint32_t *reg_ptr(ppc_cpu *c, unsigned i)
{
    static const size_t off[] = {
        [R_PC] = offsetof(ppc_cpu, pc),       [R_MSR] = offsetof(ppc_cpu, msr),
        [R_LR] = offsetof(ppc_cpu, lr),       [R_CTR] = offsetof(ppc_cpu, ctr),
        [R_CR] = offsetof(ppc_cpu, cr),       [R_XER] = offsetof(ppc_cpu, xer),
        [R_SRR0] = offsetof(ppc_cpu, srr0),   [R_SRR1] = offsetof(ppc_cpu, srr1),
        [R_CSRR0] = offsetof(ppc_cpu, csrr0), [R_CSRR1] = offsetof(ppc_cpu, csrr1),
        [R_DEAR] = offsetof(ppc_cpu, dear),   [R_ESR] = offsetof(ppc_cpu, esr),
        [R_IVPR] = offsetof(ppc_cpu, ivpr),   [R_PID] = offsetof(ppc_cpu, pid),
        [R_MMUCR] = offsetof(ppc_cpu, mmucr), [R_DEC] = offsetof(ppc_cpu, dec),
        [R_DECAR] = offsetof(ppc_cpu, decar), [R_TCR] = offsetof(ppc_cpu, tcr),
        [R_TSR] = offsetof(ppc_cpu, tsr),     [R_DBCR0] = offsetof(ppc_cpu, dbcr0),
    };
    if (i < 32)
        return &c->gpr[i];
    if (i >= R_IVOR0 && i < R_IVOR0 + 16)
        return &c->ivor[i - R_IVOR0];
    if (i >= R_SPRG0 && i < R_SPRG0 + 8)
        return &c->sprg[i - R_SPRG0];
    if (i == R_USPRG0)
        return &c->usprg0;
    if (i < sizeof off / sizeof off[0] && off[i])
        return (uint32_t *)((uint8_t *)c + off[i]);
    return NULL;
}

/* TLB entry word i (w0, w1, w2, tid in turn), or NULL. */
static uint32_t *tlb_reg(ppc_cpu *c, unsigned i)
{
    if (i < R_TLB0 || i >= R_NREGS)
        return NULL;
    ppc_tlbe *e = &c->tlb[(i - R_TLB0) / 4];
    switch ((i - R_TLB0) % 4) {
    case 0: return &e->w0;
    case 1: return &e->w1;
    case 2: return &e->w2;
    default: return &e->tid;
    }
}

static uint64_t get_reg(wb_machine *m, unsigned i)
{
    ppc_cpu *c = (ppc_cpu *)m;
    uint32_t *t = tlb_reg(c, i);
    if (t)
        return *t;
    if (i == R_TB)
        return c->tb;
    uint32_t *p = reg_ptr(c, i);
    return p ? *p : 0;
}

static void set_reg(wb_machine *m, unsigned i, uint64_t v)
{
    ppc_cpu *c = (ppc_cpu *)m;
    if (i == R_TB) {
        c->tb = v;
        return;
    }
    uint32_t *t = tlb_reg(c, i);
    if (t) {
        /* what tlbwe stores: the TID is 8 bits; lookups see the change */
        *t = (i - R_TLB0) % 4 == 3 ? (uint32_t)v & 0xFF : (uint32_t)v;
        c->tlb_gen++;
        return;
    }
    uint32_t *p = reg_ptr(c, i);
    if (!p)
        return;
    *p = (uint32_t)v;
    if (i == R_MSR)
        ppc_set_msr(c, (uint32_t)v);
    else if (i == R_XER)
        c->xer &= 0xE000007Fu;
}

#define ARCH_BYTES (offsetof(ppc_cpu, arch_end) - offsetof(ppc_cpu, gpr))

static size_t state_size(wb_machine *m)
{
    return ARCH_BYTES + sizeof(uint64_t) + ((ppc_cpu *)m)->memsize;
}

static void save(wb_machine *m, void *buf)
{
    ppc_cpu *c = (ppc_cpu *)m;
    uint8_t *p = buf;
    memcpy(p, &c->gpr, ARCH_BYTES);
    memcpy(p + ARCH_BYTES, &c->m.counters.insns, sizeof(uint64_t));
    memcpy(p + ARCH_BYTES + sizeof(uint64_t), c->mem, c->memsize);
}

static wb_status restore(wb_machine *m, const void *buf)
{
    ppc_cpu *c = (ppc_cpu *)m;
    const uint8_t *p = buf;
    memcpy(&c->gpr, p, ARCH_BYTES);
    memcpy(&c->m.counters.insns, p + ARCH_BYTES, sizeof(uint64_t));
    memcpy(c->mem, p + ARCH_BYTES + sizeof(uint64_t), c->memsize);
    c->tlb_gen++;
    return WB_OK;
}

/* Processor reset (440UM "Reset"): MSR = 0, PC = 0xFFFFFFFC, timers stopped, TLB not initialised
 * (modelled as all entries invalid). */
static void reset(wb_machine *m, bool keep_storage)
{
    ppc_cpu *c = (ppc_cpu *)m;
    uint32_t entry = c->boot_entry;
    uint8_t has_entry = c->has_boot_entry;
    memset(&c->gpr, 0, ARCH_BYTES);
    c->tlb_gen++;
    c->pc = 0xFFFFFFFCu;
    if (keep_storage) {
        c->boot_entry = entry;
        c->has_boot_entry = has_entry;
    } else {
        memset(c->mem, 0, c->memsize);
    }
    ppc_uart_reset(c);
    memset(&c->m.counters, 0, sizeof c->m.counters);
}

/* The boot loader's hand-off mapping: one 256 MB entry for RAM (see the file comment). */
static void boot_mapping(ppc_cpu *c)
{
    c->tlb_gen++;
    ppc_tlbe *e = &c->tlb[PPC_TLB_ENTRIES - 1];
    e->w0 = 0x00000000u | 0x200 | (9u << 4);   /* EPN 0, V, TS 0, SIZE 256 MB */
    e->w1 = 0;                                  /* RPN 0, ERPN 0 */
    e->w2 = 0x07;                               /* SX SW SR */
    e->tid = 0;
}

static wb_status start(wb_machine *m, bool has_addr, uint64_t addr)
{
    ppc_cpu *c = (ppc_cpu *)m;
    c->halted = c->checkstop = 0;
    c->msr = 0;
    if (has_addr) {
        if (addr & 3)
            return WB_ERR_ADDRESS;
        boot_mapping(c);
        c->pc = (uint32_t)addr;
        c->boot_entry = (uint32_t)addr;   /* a later IPL-style start begins here too */
        c->has_boot_entry = 1;
    } else if (c->has_boot_entry) {
        boot_mapping(c);
        c->pc = c->boot_entry;
    } else {
        c->pc = 0xFFFFFFFCu;   /* the reset vector: on this board no storage answers there */
    }
    return WB_OK;
}

static const wb_machine_ops booke_ops;

static wb_status load_native(wb_machine *m, const char *path, uint64_t *entry, char *err, size_t errlen)
{
    wb_load_info li;
    wb_status st = wb_load_file(m, path, false, 0, &li, err, errlen);
    if (st != WB_OK)
        return st;
    if (m->ops != &booke_ops) {
        /* a virtual machine over a Book E core: its start remembers the entry in its virtual CPU */
        uint64_t e = li.has_entry ? li.entry : 0;
        if (entry)
            *entry = e;
        return m->ops->start(m, true, e);
    }
    ppc_cpu *c = (ppc_cpu *)m;
    if (li.has_entry) {
        c->boot_entry = (uint32_t)li.entry;
        c->has_boot_entry = 1;
    } else {
        c->boot_entry = 0;
        c->has_boot_entry = 1;   /* a flat image starts at its first byte */
    }
    if (entry)
        *entry = c->boot_entry;
    return WB_OK;
}

static bool supervisor(wb_machine *m) { return !(((ppc_cpu *)m)->msr & MSR_PR); }

static void destroy(wb_machine *m)
{
    ppc_cpu *c = (ppc_cpu *)m;
    if (c->owns_storage)
        free(c->mem);
    free(c);
}

static int decode(wb_machine *m, const uint8_t *insn, unsigned len)
{
    if (len < 4)
        return -1;
    uint32_t w = (uint32_t)insn[0] << 24 | (uint32_t)insn[1] << 16 | (uint32_t)insn[2] << 8 | insn[3];
    return ppc_decode_index((ppc_cpu *)m, w);
}

static const wb_machine_ops booke_ops = {
    .destroy = destroy,
    .reset = reset,
    .start = start,
    .run = ppc_run,
    .get_reg = get_reg,
    .set_reg = set_reg,
    .read = wb_flat_read,
    .write = wb_flat_write,
    .state_size = state_size,
    .save = save,
    .restore = restore,
    .get_key = NULL,
    .set_key = NULL,
    .supervisor = supervisor,
    .decode = decode,
};

/* Common construction over storage `mem` of `size` bytes (owned or not). */
static ppc_cpu *build(const wb_core_config *cfg, uint8_t *mem, uint64_t size, bool owns)
{
    ppc_cpu *c = calloc(1, sizeof *c);
    if (!c)
        return NULL;
    c->mem = mem;
    c->memsize = (uint32_t)size;
    c->owns_storage = owns;
    ppc_build_tables(c);
    c->m.ops = &booke_ops;
    c->m.arch = "ppc-booke";
    c->m.variant = "ppc-booke";
    c->m.regs = booke_regs;
    c->m.nregs = R_NREGS;
    c->m.insns = c->infos;
    c->m.ninsns = c->ndefs;
    c->m.storage_size = size;
    c->m.storage_unit = 1;
    c->m.direct_storage = c->mem;
    c->m.console = cfg->console;
    reset(&c->m, true);
    return c;
}

wb_machine *ppc_booke_create(const wb_core_config *cfg, char *err, size_t errlen)
{
    uint64_t size = cfg->storage ? cfg->storage : 16u << 20;
    if (size < (64u << 10) || size > (256u << 20) || size % 4096) {
        snprintf(err, errlen, "ppc-booke storage must be a multiple of 4K between 64K and 256M (got %llu bytes)",
                 (unsigned long long)size);
        return NULL;
    }
    uint8_t *mem = calloc(1, (size_t)size);
    ppc_cpu *c = mem ? build(cfg, mem, size, true) : NULL;
    if (!c) {
        free(mem);
        snprintf(err, errlen, "out of memory for %llu bytes of storage", (unsigned long long)size);
        return NULL;
    }
    return &c->m;
}

/* A core over storage it does not own (a monitor's partition of its host): the virtual CPU of a VM.
 * Storage is left as it is. */
wb_machine *ppc_booke_create_view(const wb_core_config *cfg, uint8_t *mem, uint64_t size, char *err, size_t errlen)
{
    if (size < 4096 || size > (256u << 20) || size % 4096) {
        snprintf(err, errlen, "ppc-booke partition must be a multiple of 4K up to 256M (got %llu bytes)",
                 (unsigned long long)size);
        return NULL;
    }
    ppc_cpu *c = build(cfg, mem, size, false);
    if (!c) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    return &c->m;
}

const wb_core_info ppc_booke_core_info = {
    .name = "ppc-booke",
    .arch = "ppc-booke",
    .desc = "PowerPC Book E (PPC440) on a bamboo-like board: 64-entry TLB, timers, 16550 UART",
    .default_storage = 16u << 20,
    .min_storage = 64u << 10,
    .max_storage = 256u << 20,
    .storage_unit_name = "bytes",
    .create = ppc_booke_create,
    .load_native = load_native,
};
