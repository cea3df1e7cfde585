/* The S/370 as a wb_machine: creation, reset, start, registers, storage, snapshots. */
#include "s370.h"
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Register table.  Order matters only for the digest; names follow DESIGN.md's contract. */
enum { R_GR0 = 0, R_PSW = 16, R_FPR0 = 17, R_CR0 = 21, R_PREFIX = 37, R_TOD, R_CPT, R_CKC, R_NREGS };

static const wb_reg_desc s370_regs[R_NREGS] = {
    {"r0", 32, "general register 0", false},   {"r1", 32, "general register 1", false},   {"r2", 32, "general register 2", false},
    {"r3", 32, "general register 3", false},   {"r4", 32, "general register 4", false},   {"r5", 32, "general register 5", false},
    {"r6", 32, "general register 6", false},   {"r7", 32, "general register 7", false},   {"r8", 32, "general register 8", false},
    {"r9", 32, "general register 9", false},   {"r10", 32, "general register 10", false}, {"r11", 32, "general register 11", false},
    {"r12", 32, "general register 12", false}, {"r13", 32, "general register 13", false}, {"r14", 32, "general register 14", false},
    {"r15", 32, "general register 15", false}, {"psw", 64, "program-status word", true},
    {"f0", 64, "floating-point register 0", false}, {"f2", 64, "floating-point register 2", false},
    {"f4", 64, "floating-point register 4", false}, {"f6", 64, "floating-point register 6", false},
    {"cr0", 32, "control register 0", true},   {"cr1", 32, "control register 1 (segment table)", true},
    {"cr2", 32, "control register 2 (channel masks)", true}, {"cr3", 32, "control register 3", true},
    {"cr4", 32, "control register 4", true},   {"cr5", 32, "control register 5", true},   {"cr6", 32, "control register 6", true},
    {"cr7", 32, "control register 7", true},   {"cr8", 32, "control register 8", true},   {"cr9", 32, "control register 9", true},
    {"cr10", 32, "control register 10", true}, {"cr11", 32, "control register 11", true}, {"cr12", 32, "control register 12", true},
    {"cr13", 32, "control register 13", true}, {"cr14", 32, "control register 14", true}, {"cr15", 32, "control register 15", true},
    {"prefix", 32, "prefix register", true},   {"tod", 64, "time-of-day clock", true},    {"cpu_timer", 64, "CPU timer", true},
    {"clock_comp", 64, "clock comparator", true},
};

static uint64_t get_reg(wb_machine *m, unsigned i)
{
    s370_cpu *c = (s370_cpu *)m;
    if (i < 16)
        return c->gr[i];
    if (i == R_PSW)
        return s370_psw_value(c);
    if (i >= R_FPR0 && i < R_FPR0 + 4)
        return c->fpr[i - R_FPR0];
    if (i >= R_CR0 && i < R_CR0 + 16)
        return c->cr[i - R_CR0];
    switch (i) {
    case R_PREFIX: return c->prefix;
    case R_TOD: return s370_tod(c);
    case R_CPT: return (uint64_t)s370_cpu_timer(c);
    case R_CKC: return c->clock_comp;
    default: return 0;
    }
}

static void set_reg(wb_machine *m, unsigned i, uint64_t v)
{
    s370_cpu *c = (s370_cpu *)m;
    if (i < 16)
        c->gr[i] = (uint32_t)v;
    else if (i == R_PSW)
        s370_psw_set(c, v);
    else if (i >= R_FPR0 && i < R_FPR0 + 4)
        c->fpr[i - R_FPR0] = v;
    else if (i >= R_CR0 && i < R_CR0 + 16) {
        c->cr[i - R_CR0] = (uint32_t)v;
        if (i == R_CR0 || i == R_CR0 + 1)
            s370_tlb_purge(c);
    } else if (i == R_PREFIX)
        c->prefix = ((uint32_t)v & 0x00FFF000u) < c->memsize ? ((uint32_t)v & 0x00FFF000u) : c->prefix;
    else if (i == R_TOD)
        s370_set_tod(c, v);
    else if (i == R_CPT)
        s370_set_cpu_timer(c, (int64_t)v);
    else if (i == R_CKC)
        s370_set_clock_comp(c, v);
    c->attention = true;
}

static wb_status get_key(wb_machine *m, uint64_t addr, uint8_t *key)
{
    s370_cpu *c = (s370_cpu *)m;
    if (addr >= c->memsize)
        return WB_ERR_ADDRESS;
    *key = c->keys[addr / S370_KEYBLOCK];
    return WB_OK;
}

static wb_status set_key(wb_machine *m, uint64_t addr, uint8_t key)
{
    s370_cpu *c = (s370_cpu *)m;
    if (addr >= c->memsize)
        return WB_ERR_ADDRESS;
    c->keys[addr / S370_KEYBLOCK] = key & 0xFE;
    return WB_OK;
}

#define ARCH_BYTES (offsetof(s370_cpu, arch_end) - offsetof(s370_cpu, gr))

static size_t state_size(wb_machine *m)
{
    s370_cpu *c = (s370_cpu *)m;
    return ARCH_BYTES + sizeof(uint64_t) + c->memsize + c->memsize / S370_KEYBLOCK;
}

static void save(wb_machine *m, void *buf)
{
    s370_cpu *c = (s370_cpu *)m;
    uint8_t *p = buf;
    memcpy(p, &c->gr, ARCH_BYTES);
    p += ARCH_BYTES;
    memcpy(p, &c->m.counters.insns, sizeof(uint64_t));
    p += sizeof(uint64_t);
    memcpy(p, c->mem, c->memsize);
    p += c->memsize;
    memcpy(p, c->keys, c->memsize / S370_KEYBLOCK);
}

static wb_status restore(wb_machine *m, const void *buf)
{
    s370_cpu *c = (s370_cpu *)m;
    const uint8_t *p = buf;
    memcpy(&c->gr, p, ARCH_BYTES);
    p += ARCH_BYTES;
    memcpy(&c->m.counters.insns, p, sizeof(uint64_t));
    p += sizeof(uint64_t);
    memcpy(c->mem, p, c->memsize);
    p += c->memsize;
    memcpy(c->keys, p, c->memsize / S370_KEYBLOCK);
    s370_tlb_purge(c);
    c->attention = true;
    return WB_OK;
}

/* CPU reset followed by clear reset values of the control registers (PoO "Initial CPU Reset"). */
static void reset(wb_machine *m, bool keep_storage)
{
    s370_cpu *c = (s370_cpu *)m;
    memset(&c->gr, 0, ARCH_BYTES);
    c->cr[0] = 0x000000E0u;   /* interval timer, interrupt key, external signal subclass masks */
    c->cr[2] = 0xFFFFFFFFu;   /* all channel masks */
    c->cr[14] = 0xC2000000u;  /* machine-check handling */
    c->cr[15] = 512;          /* machine-check extended logout address */
    c->clock_comp = UINT64_MAX;
    c->cpu_timer_base = INT64_MAX;
    c->itimer_next = 10000 / 3;
    c->pending = 0;
    c->exit_ready = false;
    c->attention = true;
    if (!keep_storage) {
        memset(c->mem, 0, c->memsize);
        memset(c->keys, 0, c->memsize / S370_KEYBLOCK);
    }
    s370_tlb_purge(c);
    s370_channel_reset(c);
    memset(&c->m.counters, 0, sizeof c->m.counters);
}

static wb_status start(wb_machine *m, bool has_addr, uint64_t addr)
{
    s370_cpu *c = (s370_cpu *)m;
    if (has_addr) {
        if (addr >= c->memsize || (addr & 1))
            return WB_ERR_ADDRESS;
        s370_psw_set(c, addr & S370_AMASK);   /* BC mode, supervisor, disabled, key 0 */
        return WB_OK;
    }
    /* IPL-style start: the PSW at absolute location 0 (the IPL record put it there). */
    int bad = s370_psw_load(c, c->mem);
    if (bad) {
        c->ilc = 0;
        c->insn_addr = c->ia;
        s370_interrupt(c, WB_TRAP_PROGRAM, S370_PSA_PGM_OLD, S370_PGM_SPECIFICATION);
    }
    return WB_OK;
}

static bool supervisor(wb_machine *m)
{
    return !((s370_cpu *)m)->problem;
}

static void destroy(wb_machine *m)
{
    s370_cpu *c = (s370_cpu *)m;
    s370_channel_free(c);
    s370_dat_free(c);
    if (c->owns_storage) {
        free(c->mem);
        free(c->keys);
    }
    free(c);
}

static int decode(wb_machine *m, const uint8_t *insn, unsigned len)
{
    (void)m;
    if (len < 2)
        return -1;
    return s370_insn_index(insn);
}

static const wb_machine_ops s370_ops = {
    .destroy = destroy,
    .reset = reset,
    .start = start,
    .run = s370_run,
    .get_reg = get_reg,
    .set_reg = set_reg,
    .read = wb_flat_read,
    .write = wb_flat_write,
    .state_size = state_size,
    .save = save,
    .restore = restore,
    .get_key = get_key,
    .set_key = set_key,
    .supervisor = supervisor,
    .decode = decode,
};

/* Common construction: mem/keys either owned (a real machine) or a view of a monitor's partition. */
static wb_machine *build(const wb_core_config *cfg, uint8_t *mem, uint8_t *keys, uint32_t size, bool owned,
                         char *err, size_t errlen)
{
    s370_cpu *c = calloc(1, sizeof *c);
    if (!c) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    c->memsize = size;
    c->owns_storage = owned;
    if (owned) {
        c->mem = calloc(1, c->memsize);
        c->keys = calloc(1, c->memsize / S370_KEYBLOCK);
        if (!c->mem || !c->keys) {
            free(c->mem);
            free(c->keys);
            free(c);
            snprintf(err, errlen, "out of memory for %lu bytes of storage", (unsigned long)size);
            return NULL;
        }
    } else {
        c->mem = mem;
        c->keys = keys;
    }
    c->m.ops = &s370_ops;
    c->m.arch = "s370";
    c->m.variant = "s370";
    c->m.regs = s370_regs;
    c->m.nregs = R_NREGS;
    c->m.insns = s370_insn_infos();
    c->m.ninsns = s370_insn_count();
    c->m.storage_size = c->memsize;
    c->m.storage_unit = 1;
    c->m.direct_storage = c->mem;
    c->m.direct_keys = c->keys;
    c->m.key_block = S370_KEYBLOCK;
    c->m.console = cfg->console;
    s370_dat_init(c);
    if (s370_channel_init(c, cfg, err, errlen) != WB_OK) {
        c->owns_storage = owned;
        destroy(&c->m);
        return NULL;
    }
    reset(&c->m, !owned);
    return &c->m;
}

static bool size_ok(uint64_t size, char *err, size_t errlen)
{
    if (size < (64u << 10) || size > (16u << 20) || size % 4096) {
        snprintf(err, errlen, "s370 storage must be a multiple of 4K between 64K and 16M (got %llu bytes)",
                 (unsigned long long)size);
        return false;
    }
    return true;
}

wb_machine *s370_create(const wb_core_config *cfg, char *err, size_t errlen)
{
    uint64_t size = cfg->storage ? cfg->storage : 1u << 20;
    if (!size_ok(size, err, errlen))
        return NULL;
    return build(cfg, NULL, NULL, (uint32_t)size, true, err, errlen);
}

wb_machine *s370_create_view(const wb_core_config *cfg, uint8_t *mem, uint8_t *keys, uint64_t size, char *err,
                             size_t errlen)
{
    if (!size_ok(size, err, errlen))
        return NULL;
    return build(cfg, mem, keys, (uint32_t)size, false, err, errlen);
}

const wb_core_info s370_core_info = {
    .name = "s370",
    .arch = "s370",
    .desc = "IBM System/370 (GA22-7000): BC/EC PSW, DAT, storage keys, channel I/O",
    .default_storage = 1u << 20,
    .min_storage = 64u << 10,
    .max_storage = 16u << 20,
    .storage_unit_name = "bytes",
    .create = s370_create,
    .load_native = NULL,
};
