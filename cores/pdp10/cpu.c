/* The PDP-10 KA10 as a wb_machine: creation, reset, start, registers, storage, snapshots. */
#include "pdp10.h"
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { R_AC0 = 0, R_PC = 16, R_FLAGS, R_APR, R_PI, R_RELOC, R_STEPS, R_NREGS };

/* Names follow DESIGN.md's JSON contract: ACs in octal (ac0..ac7, ac10..ac17). */
static const wb_reg_desc pdp10_regs[R_NREGS] = {
    {"ac0", 36, "accumulator 0", false},   {"ac1", 36, "accumulator 1", false},   {"ac2", 36, "accumulator 2", false},
    {"ac3", 36, "accumulator 3", false},   {"ac4", 36, "accumulator 4", false},   {"ac5", 36, "accumulator 5", false},
    {"ac6", 36, "accumulator 6", false},   {"ac7", 36, "accumulator 7", false},   {"ac10", 36, "accumulator 10", false},
    {"ac11", 36, "accumulator 11", false}, {"ac12", 36, "accumulator 12", false}, {"ac13", 36, "accumulator 13", false},
    {"ac14", 36, "accumulator 14", false}, {"ac15", 36, "accumulator 15", false}, {"ac16", 36, "accumulator 16", false},
    {"ac17", 36, "accumulator 17", false},
    {"pc", 18, "program counter", false},
    {"flags", 18, "PC-word flags (left half): 400000 AROV ... 010000 USER 004000 USERIO ... 040 DCK", true},
    {"apr", 18, "APR conditions as CONI APR reads them (PIA, enables, flags)", true},
    {"pi", 36, "PI system: 177 channels on, 200 on, 77400 held; 177 << 18 program requests", true},
    {"reloc", 36, "protection/relocation as the DATAO APR word that loads it", true},
    {"steps", 64, "deterministic time: instructions, interrupt cycles, indirections (clock and TTY run on it)", true},
};

static uint64_t apr_state(const pdp10_cpu *c)
{
    return (uint64_t)c->apr_pia | (c->ov_en ? 020u : 0u) | (c->fov_en ? 0200u : 0u) | (c->clk_flag ? 01000u : 0u) |
           (c->clk_en ? 02000u : 0u) | (c->nxm_flag ? 010000u : 0u) | (c->mprot_flag ? 020000u : 0u) |
           (c->adrbrk_flag ? 040000u : 0u) | (c->pdl_flag ? 0200000u : 0u);
}

static void set_apr_state(pdp10_cpu *c, uint64_t v)
{
    c->apr_pia = (uint8_t)(v & 7);
    c->ov_en = v & 020;
    c->fov_en = v & 0200;
    c->clk_flag = v & 01000;
    c->clk_en = v & 02000;
    c->nxm_flag = v & 010000;
    c->mprot_flag = v & 020000;
    c->adrbrk_flag = v & 040000;
    c->pdl_flag = v & 0200000;
}

static uint64_t reloc_word(const pdp10_cpu *c)
{
    return ((uint64_t)((c->pl >> 10) & 0377) << 28) | ((uint64_t)((c->ph >> 10) & 0377) << 19) |
           ((uint64_t)c->hwp << 18) | ((uint64_t)((c->rl >> 10) & 0377) << 10) |
           ((uint64_t)((c->rh >> 10) & 0377) << 1);
}

static uint64_t get_reg(wb_machine *m, unsigned i)
{
    pdp10_cpu *c = (pdp10_cpu *)m;
    if (i < 16)
        return c->ac[i];
    switch (i) {
    case R_PC: return c->pc;
    case R_FLAGS: return c->flags;
    case R_APR: return apr_state(c);
    case R_PI:
        return (uint64_t)c->pie | (c->pi_on ? 0200u : 0u) | ((uint64_t)c->pih << 8) | ((uint64_t)c->pir << 18);
    case R_RELOC: return reloc_word(c);
    case R_STEPS: return c->steps;
    default: return 0;
    }
}

static void set_reg(wb_machine *m, unsigned i, uint64_t v)
{
    pdp10_cpu *c = (pdp10_cpu *)m;
    if (i < 16) {
        c->ac[i] = v & PDP10_WORD;
        return;
    }
    switch (i) {
    case R_PC: c->pc = (uint32_t)v & PDP10_AMASK; break;
    case R_FLAGS: c->flags = (uint32_t)v & PDP10_FLAGMASK; break;
    case R_APR: set_apr_state(c, v); break;
    case R_PI:
        c->pie = (uint8_t)(v & 0177);
        c->pi_on = v & 0200;
        c->pih = (uint8_t)((v >> 8) & 0177);
        c->pir = (uint8_t)((v >> 18) & 0177);
        break;
    case R_RELOC: pdp10_set_relocation(c, v); break;
    case R_STEPS: c->steps = v; break;
    default: break;
    }
}

static wb_status mem_read(wb_machine *m, uint64_t addr, void *buf, size_t len)
{
    pdp10_cpu *c = (pdp10_cpu *)m;
    if (addr > c->memsize || len > c->memsize - addr)
        return WB_ERR_ADDRESS;
    memcpy(buf, c->mem + addr, len * sizeof(uint64_t));
    return WB_OK;
}

static wb_status mem_write(wb_machine *m, uint64_t addr, const void *buf, size_t len)
{
    pdp10_cpu *c = (pdp10_cpu *)m;
    if (addr > c->memsize || len > c->memsize - addr)
        return WB_ERR_ADDRESS;
    memcpy(c->mem + addr, buf, len * sizeof(uint64_t));
    for (size_t i = 0; i < len; i++)
        c->mem[addr + i] &= PDP10_WORD;
    return WB_OK;
}

#define ARCH_BYTES (offsetof(pdp10_cpu, arch_end) - offsetof(pdp10_cpu, ac))

static size_t state_size(wb_machine *m)
{
    pdp10_cpu *c = (pdp10_cpu *)m;
    return ARCH_BYTES + sizeof(uint64_t) + (size_t)c->memsize * sizeof(uint64_t);
}

static void save(wb_machine *m, void *buf)
{
    pdp10_cpu *c = (pdp10_cpu *)m;
    uint8_t *p = buf;
    memcpy(p, &c->ac, ARCH_BYTES);
    p += ARCH_BYTES;
    memcpy(p, &c->m.counters.insns, sizeof(uint64_t));
    p += sizeof(uint64_t);
    memcpy(p, c->mem, (size_t)c->memsize * sizeof(uint64_t));
}

static wb_status restore(wb_machine *m, const void *buf)
{
    pdp10_cpu *c = (pdp10_cpu *)m;
    const uint8_t *p = buf;
    memcpy(&c->ac, p, ARCH_BYTES);
    p += ARCH_BYTES;
    memcpy(&c->m.counters.insns, p, sizeof(uint64_t));
    p += sizeof(uint64_t);
    memcpy(c->mem, p, (size_t)c->memsize * sizeof(uint64_t));
    return WB_OK;
}

/* Console reset: processor and devices clear, executive mode, relocation off. */
static void reset(wb_machine *m, bool keep_storage)
{
    pdp10_cpu *c = (pdp10_cpu *)m;
    uint32_t entry = c->entry;
    memset(&c->ac, 0, ARCH_BYTES);
    c->entry = keep_storage ? entry : 0;
    c->clk_at = PDP10_CLOCK_PERIOD;
    c->tty_poll_at = 0;
    c->pl = c->ph = 01777;
    pdp10_io_reset(c);
    if (!keep_storage)
        memset(c->mem, 0, (size_t)c->memsize * sizeof(uint64_t));
    c->exit_ready = false;
    c->pi_cycle = c->exec_ctx = c->trap_cycle = c->xct_pending = false;
    memset(&c->m.counters, 0, sizeof c->m.counters);
}

/* Start at addr in executive mode (the console START key: USER and User-IOT clear, the other
 * flags kept); without an address, at the start address the image loader recorded. */
static wb_status start(wb_machine *m, bool has_addr, uint64_t addr)
{
    pdp10_cpu *c = (pdp10_cpu *)m;
    if (!has_addr)
        addr = c->entry;
    if (addr > PDP10_AMASK)
        return WB_ERR_ADDRESS;
    c->entry = (uint32_t)addr;   /* the address switches keep it: a later START goes there again */
    c->pc = (uint32_t)addr;
    c->flags &= ~(uint32_t)(PDP10_USER | PDP10_USERIO);
    return WB_OK;
}

static bool supervisor(wb_machine *m)
{
    return !(((pdp10_cpu *)m)->flags & PDP10_USER);
}

static void destroy(wb_machine *m)
{
    pdp10_cpu *c = (pdp10_cpu *)m;
    free(c->infos);
    if (!c->view)
        free(c->mem);
    free(c);
}

/* The instruction table row of a traced instruction (5 big-endian bytes of the 36-bit word). */
static int decode(wb_machine *m, const uint8_t *insn, unsigned len)
{
    pdp10_cpu *c = (pdp10_cpu *)m;
    if (len < 5)
        return -1;
    uint64_t w = 0;
    for (int i = 0; i < 5; i++)
        w = w << 8 | insn[i];
    w &= PDP10_WORD;
    unsigned op = pdp10_op(w);
    uint32_t key;
    if (op == 0254)
        key = (uint32_t)op << 4 | pdp10_acf(w);
    else if (op >= 0700)
        key = 07u << 10 | (unsigned)((w >> 23) & 7);
    else if (c->rows[op])
        key = (uint32_t)c->rows[op]->op << 4;
    else
        return -1;
    for (unsigned i = 0; i < c->ninfos; i++)
        if (c->infos[i].opcode == key)
            return (int)i;
    return -1;
}

static const wb_machine_ops pdp10_ops = {
    .destroy = destroy,
    .reset = reset,
    .start = start,
    .run = pdp10_run,
    .get_reg = get_reg,
    .set_reg = set_reg,
    .read = mem_read,
    .write = mem_write,
    .state_size = state_size,
    .save = save,
    .restore = restore,
    .get_key = NULL,
    .set_key = NULL,
    .supervisor = supervisor,
    .decode = decode,
};

static wb_machine *create(const wb_core_config *cfg, uint64_t *view, uint64_t size, char *err, size_t errlen)
{
    pdp10_cpu *c = calloc(1, sizeof *c);
    if (!c) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    c->memsize = (uint32_t)size;
    c->view = view != NULL;
    c->mem = view ? view : calloc(c->memsize, sizeof(uint64_t));
    if (!c->mem) {
        free(c);
        snprintf(err, errlen, "out of memory for %llu words of storage", (unsigned long long)size);
        return NULL;
    }
    pdp10_build_tables(c);
    if (!c->infos) {
        if (!c->view)
            free(c->mem);
        free(c);
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    c->m.ops = &pdp10_ops;
    c->m.arch = "pdp10";
    c->m.variant = "pdp10";
    c->m.regs = pdp10_regs;
    c->m.nregs = R_NREGS;
    c->m.insns = c->infos;
    c->m.ninsns = c->ninfos;
    c->m.storage_size = c->memsize;
    c->m.storage_unit = 8;
    c->m.direct_storage = (uint8_t *)c->mem;
    c->m.console = cfg->console;
    /* a view starts over storage somebody else filled: a console reset clears the processor only */
    reset(&c->m, view != NULL);
    return &c->m;
}

wb_machine *pdp10_create(const wb_core_config *cfg, char *err, size_t errlen)
{
    uint64_t size = cfg->storage ? cfg->storage : 256u << 10;
    if (size < (16u << 10) || size > (256u << 10)) {
        snprintf(err, errlen, "pdp10 storage must be between 16K and 256K words (got %llu words)",
                 (unsigned long long)size);
        return NULL;
    }
    return create(cfg, NULL, size, err, errlen);
}

wb_machine *pdp10_create_view(const wb_core_config *cfg, uint64_t *mem, uint32_t words, char *err, size_t errlen)
{
    if (words == 0 || words % 1024 || words > (256u << 10)) {
        snprintf(err, errlen, "a pdp10 view needs a multiple of 1K words, at most 256K (got %u)", words);
        return NULL;
    }
    return create(cfg, mem, words, err, errlen);
}

const wb_core_info pdp10_core_info = {
    .name = "pdp10",
    .arch = "pdp10",
    .desc = "DEC PDP-10 KA10: 36-bit words, two-segment relocation, 7-level PI, console TTY",
    .default_storage = 128u << 10,   /* leaves room for a monitor per nesting level below 256K */
    .min_storage = 16u << 10,
    .max_storage = 256u << 10,
    .storage_unit_name = "words",
    .create = pdp10_create,
    .load_native = pdp10_load_native,
};
