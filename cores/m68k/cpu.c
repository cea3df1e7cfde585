/* The MC68000 and MC68010 as wb_machines: creation, reset, start, registers, storage, snapshots.
 * One source for both; the model is chosen per instance ("m68000" / "m68010"). */
#include "m68k.h"
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Register table (names as DESIGN.md's JSON contract spells them). */
enum { R_D0 = 0, R_A0 = 8, R_USP = 16, R_SSP, R_SR, R_PC, R_VBR, R_SFC, R_DFC, R_NREGS };

/* "privileged": writing it takes supervisor state (SR's system byte, MOVE USP, MOVEC). */
static const wb_reg_desc m68k_regs[R_NREGS] = {
    {"d0", 32, "data register 0", false},    {"d1", 32, "data register 1", false},
    {"d2", 32, "data register 2", false},    {"d3", 32, "data register 3", false},
    {"d4", 32, "data register 4", false},    {"d5", 32, "data register 5", false},
    {"d6", 32, "data register 6", false},    {"d7", 32, "data register 7", false},
    {"a0", 32, "address register 0", false}, {"a1", 32, "address register 1", false},
    {"a2", 32, "address register 2", false}, {"a3", 32, "address register 3", false},
    {"a4", 32, "address register 4", false}, {"a5", 32, "address register 5", false},
    {"a6", 32, "address register 6", false}, {"a7", 32, "active stack pointer", false},
    {"usp", 32, "user stack pointer", true}, {"ssp", 32, "supervisor stack pointer", true},
    {"sr", 16, "status register", true},     {"pc", 32, "program counter", false},
    {"vbr", 32, "vector base register (68010)", true},
    {"sfc", 8, "source function code (68010)", true},
    {"dfc", 8, "destination function code (68010)", true},
};

static uint64_t get_reg(wb_machine *m, unsigned i)
{
    m68k_cpu *c = (m68k_cpu *)m;
    if (i < 8)
        return c->d[i];
    if (i < 16)
        return c->a[i - 8];
    switch (i) {
    case R_USP: return (c->sr & SR_S) ? c->usp : c->a[7];
    case R_SSP: return (c->sr & SR_S) ? c->a[7] : c->ssp;
    case R_SR: return c->sr;
    case R_PC: return c->pc;
    case R_VBR: return c->vbr;
    case R_SFC: return c->sfc;
    case R_DFC: return c->dfc;
    default: return 0;
    }
}

static void set_reg(wb_machine *m, unsigned i, uint64_t v)
{
    m68k_cpu *c = (m68k_cpu *)m;
    uint32_t w = (uint32_t)v;
    if (i < 8)
        c->d[i] = w;
    else if (i < 16)
        c->a[i - 8] = w;
    else if (i == R_USP)
        *((c->sr & SR_S) ? &c->usp : &c->a[7]) = w;
    else if (i == R_SSP)
        *((c->sr & SR_S) ? &c->a[7] : &c->ssp) = w;
    else if (i == R_SR)
        m68k_set_sr(c, (uint16_t)w);
    else if (i == R_PC) {
        c->pc = w;
        c->stopped = false;
    } else if (i == R_VBR)
        c->vbr = w;
    else if (i == R_SFC)
        c->sfc = w & 7;
    else if (i == R_DFC)
        c->dfc = w & 7;
}

#define ARCH_BYTES (offsetof(m68k_cpu, arch_end) - offsetof(m68k_cpu, d))

static size_t state_size(wb_machine *m)
{
    m68k_cpu *c = (m68k_cpu *)m;
    return ARCH_BYTES + sizeof(uint64_t) + c->memsize;
}

static void save(wb_machine *m, void *buf)
{
    m68k_cpu *c = (m68k_cpu *)m;
    uint8_t *p = buf;
    memcpy(p, c->d, ARCH_BYTES);
    p += ARCH_BYTES;
    memcpy(p, &c->m.counters.insns, sizeof(uint64_t));
    p += sizeof(uint64_t);
    memcpy(p, c->mem, c->memsize);
}

static wb_status restore(wb_machine *m, const void *buf)
{
    m68k_cpu *c = (m68k_cpu *)m;
    const uint8_t *p = buf;
    memcpy(c->d, p, ARCH_BYTES);
    p += ARCH_BYTES;
    memcpy(&c->m.counters.insns, p, sizeof(uint64_t));
    p += sizeof(uint64_t);
    memcpy(c->mem, p, c->memsize);
    c->trace_pending = false;
    return WB_OK;
}

/* RESET (UM "Reset" exception): supervisor, trace off, mask 7, VBR 0; SSP and PC come from
 * vectors 0 and 1 when the machine is started without an address. */
static void reset(wb_machine *m, bool keep_storage)
{
    m68k_cpu *c = (m68k_cpu *)m;
    memset(c->d, 0, ARCH_BYTES);
    c->sr = SR_S | SR_I;
    c->trace_pending = false;
    c->exit_ready = false;
    if (!keep_storage)
        memset(c->mem, 0, c->memsize);
    m68k_board_reset(c);
    memset(&c->m.counters, 0, sizeof c->m.counters);
}

static uint32_t peek32(const m68k_cpu *c, uint32_t a)
{
    if (a + 4 > c->memsize)
        return 0;
    const uint8_t *p = c->mem + a;
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static wb_status start(wb_machine *m, bool has_addr, uint64_t addr)
{
    m68k_cpu *c = (m68k_cpu *)m;
    c->halted = false;
    c->stopped = false;
    c->trace_pending = false;
    c->vbr = 0;
    m68k_set_sr(c, SR_S | SR_I);
    if (has_addr) {
        if (addr >= c->memsize || (addr & 1))
            return WB_ERR_ADDRESS;
        c->pc = (uint32_t)addr;
        return WB_OK;
    }
    /* The reset sequence: SSP from vector 0, PC from vector 1 (UM "Reset"). */
    c->a[7] = peek32(c, 0);
    c->pc = peek32(c, 4);
    return WB_OK;
}

static bool supervisor(wb_machine *m)
{
    return (((m68k_cpu *)m)->sr & SR_S) != 0;
}

static void destroy(wb_machine *m)
{
    m68k_cpu *c = (m68k_cpu *)m;
    m68k_decode_free(c);
    if (!c->view)
        free(c->mem);
    free(c);
}

/* Index into m->insns of the instruction whose first word is insn[0..1], or -1 (illegal). */
static int decode(wb_machine *m, const uint8_t *insn, unsigned len)
{
    m68k_cpu *c = (m68k_cpu *)m;
    if (len < 2)
        return -1;
    unsigned d = c->decode[(uint16_t)(insn[0] << 8 | insn[1])];
    return d ? (int)d - 1 : -1;
}

static const wb_machine_ops m68k_ops = {
    .destroy = destroy,
    .reset = reset,
    .start = start,
    .run = m68k_run,
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

static wb_machine *build(m68k_model model, const wb_core_config *cfg, bool devices, uint8_t *view, uint64_t size,
                        char *err, size_t errlen)
{
    if (size < (64u << 10) || size > (16u << 20) || size % 1024) {
        snprintf(err, errlen, "m68k storage must be a multiple of 1K between 64K and 16M (got %llu bytes)",
                 (unsigned long long)size);
        return NULL;
    }
    m68k_cpu *c = calloc(1, sizeof *c);
    if (!c) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    c->model = model;
    c->memsize = (uint32_t)size;
    c->view = view != NULL;
    c->mem = view ? view : calloc(1, c->memsize);
    if (!c->mem || !m68k_decode_build(c)) {
        if (!view)
            free(c->mem);
        m68k_decode_free(c);
        free(c);
        snprintf(err, errlen, "out of memory for %llu bytes of storage", (unsigned long long)size);
        return NULL;
    }
    c->devices = devices;
    c->m.ops = &m68k_ops;
    c->m.arch = "m68k";
    c->m.variant = model == M68K_MC68010 ? "m68010" : "m68000";
    c->m.regs = m68k_regs;
    c->m.nregs = model == M68K_MC68010 ? R_NREGS : R_VBR;
    c->m.insns = c->infos;
    c->m.ninsns = c->ndefs - 1;
    c->m.storage_size = c->memsize;
    c->m.storage_unit = 1;
    c->m.direct_storage = c->mem;
    c->m.direct_keys = NULL;
    c->m.key_block = 0;
    c->m.console = cfg->console;
    reset(&c->m, false);
    m68k_set_sr(c, SR_S | SR_I);
    return &c->m;
}

wb_machine *m68k_create_model(m68k_model model, const wb_core_config *cfg, bool devices, char *err, size_t errlen)
{
    return build(model, cfg, devices, NULL, cfg->storage ? cfg->storage : 1u << 20, err, errlen);
}

wb_machine *m68k_create_view(m68k_model model, const wb_core_config *cfg, uint8_t *mem, uint64_t size, char *err,
                             size_t errlen)
{
    return build(model, cfg, true, mem, size, err, errlen);
}

static wb_machine *create_68000(const wb_core_config *cfg, char *err, size_t errlen)
{
    return m68k_create_model(M68K_MC68000, cfg, true, err, errlen);
}

static wb_machine *create_68010(const wb_core_config *cfg, char *err, size_t errlen)
{
    return m68k_create_model(M68K_MC68010, cfg, true, err, errlen);
}

const wb_core_info m68000_core_info = {
    .name = "m68000",
    .arch = "m68k",
    .desc = "Motorola MC68000: user/supervisor, 3/7-word exception frames, ACIA console, timer",
    .default_storage = 1u << 20,
    .min_storage = 64u << 10,
    .max_storage = 16u << 20,
    .storage_unit_name = "bytes",
    .create = create_68000,
    .load_native = NULL,
};

const wb_core_info m68010_core_info = {
    .name = "m68010",
    .arch = "m68k",
    .desc = "Motorola MC68010: VBR, MOVEC/MOVES, format 0/8 frames, segment MMU, ACIA console, timer",
    .default_storage = 1u << 20,
    .min_storage = 64u << 10,
    .max_storage = 16u << 20,
    .storage_unit_name = "bytes",
    .create = create_68010,
    .load_native = NULL,
};
