/* The SPARC V8 LEON3-like board as a wb_machine: creation, reset, start, registers, storage,
 * snapshots, and the ELF loader that maps physical RAM addresses (0x40000000...) to storage. */
#include "sparc/sparc.h"
#include "common/loader.h"
#include "monitors/vm.h"
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { R_G0 = 0, R_O0 = 8, R_L0 = 16, R_I0 = 24, R_PSR = 32, R_WIM, R_TBR, R_PC, R_NPC, R_Y, R_FSR, R_F0, R_NREGS = R_F0 + 32 };

#define GPR(n, d) {n, 32, d, false}
static const wb_reg_desc sparc_regs[R_NREGS] = {
    GPR("g0", "global 0 (always zero)"), GPR("g1", "global 1"), GPR("g2", "global 2"), GPR("g3", "global 3"),
    GPR("g4", "global 4"), GPR("g5", "global 5"), GPR("g6", "global 6"), GPR("g7", "global 7"),
    GPR("o0", "out 0"), GPR("o1", "out 1"), GPR("o2", "out 2"), GPR("o3", "out 3"),
    GPR("o4", "out 4"), GPR("o5", "out 5"), GPR("o6", "out 6 (stack pointer)"), GPR("o7", "out 7 (return address)"),
    GPR("l0", "local 0"), GPR("l1", "local 1"), GPR("l2", "local 2"), GPR("l3", "local 3"),
    GPR("l4", "local 4"), GPR("l5", "local 5"), GPR("l6", "local 6"), GPR("l7", "local 7"),
    GPR("i0", "in 0"), GPR("i1", "in 1"), GPR("i2", "in 2"), GPR("i3", "in 3"),
    GPR("i4", "in 4"), GPR("i5", "in 5"), GPR("i6", "in 6 (frame pointer)"), GPR("i7", "in 7"),
    {"psr", 32, "processor state register", true}, {"wim", 32, "window invalid mask", true},
    {"tbr", 32, "trap base register", true},       {"pc", 32, "program counter", false},
    {"npc", 32, "next program counter", false},    {"y", 32, "Y register (multiply/divide)", false},
    {"fsr", 32, "floating-point state register", false},
    GPR("f0", "fp 0"), GPR("f1", "fp 1"), GPR("f2", "fp 2"), GPR("f3", "fp 3"), GPR("f4", "fp 4"),
    GPR("f5", "fp 5"), GPR("f6", "fp 6"), GPR("f7", "fp 7"), GPR("f8", "fp 8"), GPR("f9", "fp 9"),
    GPR("f10", "fp 10"), GPR("f11", "fp 11"), GPR("f12", "fp 12"), GPR("f13", "fp 13"), GPR("f14", "fp 14"),
    GPR("f15", "fp 15"), GPR("f16", "fp 16"), GPR("f17", "fp 17"), GPR("f18", "fp 18"), GPR("f19", "fp 19"),
    GPR("f20", "fp 20"), GPR("f21", "fp 21"), GPR("f22", "fp 22"), GPR("f23", "fp 23"), GPR("f24", "fp 24"),
    GPR("f25", "fp 25"), GPR("f26", "fp 26"), GPR("f27", "fp 27"), GPR("f28", "fp 28"), GPR("f29", "fp 29"),
    GPR("f30", "fp 30"), GPR("f31", "fp 31"),
};

static uint64_t get_reg(wb_machine *m, unsigned i)
{
    sparc_cpu *c = (sparc_cpu *)m;
    if (i < 32)
        return sparc_get(c, i);
    if (i >= R_F0 && i < R_F0 + 32)
        return c->f[i - R_F0];
    switch (i) {
    case R_PSR: return c->psr;
    case R_WIM: return c->wim;
    case R_TBR: return c->tbr;
    case R_PC: return c->pc;
    case R_NPC: return c->npc;
    case R_Y: return c->y;
    case R_FSR: return c->fsr;
    default: return 0;
    }
}

static void set_reg(wb_machine *m, unsigned i, uint64_t v64)
{
    sparc_cpu *c = (sparc_cpu *)m;
    uint32_t v = (uint32_t)v64;
    if (i < 32)
        sparc_set(c, i, v);
    else if (i >= R_F0 && i < R_F0 + 32)
        c->f[i - R_F0] = v;
    else
        switch (i) {
        case R_PSR:
            if ((v & PSR_CWP) < SPARC_NWINDOWS)
                sparc_set_psr(c, v);
            break;
        case R_WIM: c->wim = v & ((1u << SPARC_NWINDOWS) - 1); break;
        case R_TBR: c->tbr = v & 0xFFFFFFF0u; break;
        case R_PC: c->pc = v; break;
        case R_NPC: c->npc = v; break;
        case R_Y: c->y = v; break;
        case R_FSR: c->fsr = (v & ~(FSR_VER | 0x30301000u)); break;
        default: break;
        }
}

#define ARCH_BYTES (offsetof(sparc_cpu, arch_end) - offsetof(sparc_cpu, g))

static size_t state_size(wb_machine *m) { return ARCH_BYTES + sizeof(uint64_t) + ((sparc_cpu *)m)->memsize; }

static void save(wb_machine *m, void *buf)
{
    sparc_cpu *c = (sparc_cpu *)m;
    uint8_t *p = buf;
    memcpy(p, &c->g, ARCH_BYTES);
    memcpy(p + ARCH_BYTES, &c->m.counters.insns, sizeof(uint64_t));
    memcpy(p + ARCH_BYTES + sizeof(uint64_t), c->mem, c->memsize);
}

static wb_status restore(wb_machine *m, const void *buf)
{
    sparc_cpu *c = (sparc_cpu *)m;
    const uint8_t *p = buf;
    memcpy(&c->g, p, ARCH_BYTES);
    memcpy(&c->m.counters.insns, p + ARCH_BYTES, sizeof(uint64_t));
    memcpy(c->mem, p + ARCH_BYTES + sizeof(uint64_t), c->memsize);
    return WB_OK;
}

/* Reset (V8 7.7): S=1, ET=0, PC=0; everything else as QEMU's leon3_generic leaves it. */
static void reset(wb_machine *m, bool keep_storage)
{
    sparc_cpu *c = (sparc_cpu *)m;
    uint32_t entry = c->entry;
    memset(&c->g, 0, ARCH_BYTES);
    c->entry = keep_storage ? entry : SPARC_RAM_BASE;
    c->psr = PSR_IMPL_VER | PSR_S | PSR_PS;
    c->pc = 0;
    c->npc = 4;
    c->fsr = 0;
    sparc_board_reset(c);
    if (!keep_storage)
        memset(c->mem, 0, c->memsize);
    memset(&c->m.counters, 0, sizeof c->m.counters);
}

/* start(true, a): a is a storage offset (or a physical RAM address); start(false): the ELF entry the
 * loader recorded, else the start of RAM.  Both begin in supervisor state with traps disabled, the
 * UART enabled, as QEMU's leon3_generic boot code leaves the machine for -kernel. */
static wb_status start(wb_machine *m, bool has_addr, uint64_t addr)
{
    sparc_cpu *c = (sparc_cpu *)m;
    uint32_t pc;
    if (has_addr) {
        if (addr < c->memsize)
            pc = SPARC_RAM_BASE + (uint32_t)addr;
        else if (addr >= SPARC_RAM_BASE && addr - SPARC_RAM_BASE < c->memsize)
            pc = (uint32_t)addr;
        else
            return WB_ERR_ADDRESS;
    } else
        pc = c->entry;
    if (pc & 3)
        return WB_ERR_ADDRESS;
    c->pc = pc;
    c->npc = pc + 4;
    c->annul = false;
    c->halted = false;
    c->psr = PSR_IMPL_VER | PSR_S | PSR_PS;
    c->wim = 1;
    sparc_set(c, 14, SPARC_RAM_BASE + c->memsize);   /* %sp: top of RAM */
    /* what QEMU's boot code leaves behind: UART enabled, timer 0 free-running, no interrupt enabled */
    c->uart_ctrl = 3;
    c->tim_scaler_reload = c->tim_scaler = 39;
    c->tim[0] = (sparc_timer){0xFFFFFFFEu, 0xFFFFFFFEu, 3};
    return WB_OK;
}

static bool supervisor(wb_machine *m) { return sparc_super((sparc_cpu *)m); }

static void destroy(wb_machine *m)
{
    sparc_cpu *c = (sparc_cpu *)m;
    if (c->owns_storage)
        free(c->mem);
    free(c);
}

static int decode(wb_machine *m, const uint8_t *insn, unsigned len)
{
    if (len < 4)
        return -1;
    uint32_t w = (uint32_t)insn[0] << 24 | (uint32_t)insn[1] << 16 | (uint32_t)insn[2] << 8 | insn[3];
    return sparc_decode((sparc_cpu *)m, w);
}

static const wb_machine_ops sparc_ops = {
    .destroy = destroy,
    .reset = reset,
    .start = start,
    .run = sparc_run,
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

static wb_machine *build(const wb_core_config *cfg, uint8_t *mem, uint32_t size, bool owned, char *err,
                         size_t errlen)
{
    sparc_cpu *c = calloc(1, sizeof *c);
    if (!c) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    c->memsize = size;
    c->owns_storage = owned;
    c->mem = owned ? calloc(1, size) : mem;
    if (!c->mem) {
        free(c);
        snprintf(err, errlen, "out of memory for %lu bytes of storage", (unsigned long)size);
        return NULL;
    }
    sparc_decode_init(c);
    c->m.ops = &sparc_ops;
    c->m.arch = "sparc";
    c->m.variant = "sparc";
    c->m.regs = sparc_regs;
    c->m.nregs = R_NREGS;
    c->m.insns = c->infos;
    c->m.ninsns = c->ninfos;
    c->m.storage_size = size;
    c->m.storage_unit = 1;
    c->m.direct_storage = c->mem;
    c->m.console = cfg->console;
    reset(&c->m, !owned);
    c->entry = SPARC_RAM_BASE;
    return &c->m;
}

static bool size_ok(uint64_t size, char *err, size_t errlen)
{
    if (size < (64u << 10) || size > (256u << 20) || size % 4096) {
        snprintf(err, errlen, "sparc storage must be a multiple of 4K between 64K and 256M (got %llu bytes)",
                 (unsigned long long)size);
        return false;
    }
    return true;
}

wb_machine *sparc_create(const wb_core_config *cfg, char *err, size_t errlen)
{
    uint64_t size = cfg->storage ? cfg->storage : 8u << 20;
    if (!size_ok(size, err, errlen))
        return NULL;
    return build(cfg, NULL, (uint32_t)size, true, err, errlen);
}

wb_machine *sparc_create_view(const wb_core_config *cfg, uint8_t *mem, uint64_t size, char *err, size_t errlen)
{
    if (!size_ok(size, err, errlen))
        return NULL;
    return build(cfg, mem, (uint32_t)size, false, err, errlen);
}

static uint32_t be32(const uint8_t *p) { return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3]; }
static uint16_t be16(const uint8_t *p) { return (uint16_t)(p[0] << 8 | p[1]); }

/* ELF32 big-endian: PT_LOAD segments at their physical addresses, which must lie in RAM
 * (0x40000000 + storage offset).  Anything else is a flat image at the start of RAM. */
static wb_status load_native(wb_machine *m, const char *path, uint64_t *entry, char *err, size_t errlen)
{
    /* a VM under a monitor: load into its virtual CPU (a view of the partition) */
    if (m->ops != &sparc_ops && wb_is_vm(m))
        m = ((wb_vm *)m)->arch->vcpu((wb_vm *)m);
    if (m->ops != &sparc_ops) {
        snprintf(err, errlen, "%s: not a sparc machine", path);
        return WB_ERR_UNSUPPORTED;
    }
    sparc_cpu *c = (sparc_cpu *)m;
    uint8_t *d;
    size_t size;
    wb_status st = wb_read_file(path, &d, &size, err, errlen);
    if (st != WB_OK)
        return st;
    st = WB_OK;
    if (size < 52 || memcmp(d, "\177ELF", 4) != 0) {
        if (size > c->memsize) {
            snprintf(err, errlen, "%s: %zu bytes do not fit in storage", path, size);
            st = WB_ERR_ADDRESS;
        } else {
            memcpy(c->mem, d, size);
            c->entry = SPARC_RAM_BASE;
        }
        goto out;
    }
    if (d[4] != 1 || d[5] != 2) {
        snprintf(err, errlen, "%s: not a 32-bit big-endian ELF", path);
        st = WB_ERR_FORMAT;
        goto out;
    }
    uint32_t phoff = be32(d + 28);
    unsigned phentsize = be16(d + 42), phnum = be16(d + 44);
    if (phentsize < 32 || (uint64_t)phoff + (uint64_t)phnum * phentsize > size) {
        snprintf(err, errlen, "%s: truncated ELF program header table", path);
        st = WB_ERR_FORMAT;
        goto out;
    }
    for (unsigned i = 0; i < phnum; i++) {
        const uint8_t *ph = d + phoff + (size_t)i * phentsize;
        if (be32(ph) != 1)
            continue;
        uint32_t off = be32(ph + 4), pa = be32(ph + 12), fsz = be32(ph + 16), msz = be32(ph + 20);
        if (msz < fsz)
            msz = fsz;
        if ((uint64_t)off + fsz > size || pa < SPARC_RAM_BASE || (uint64_t)pa - SPARC_RAM_BASE + msz > c->memsize) {
            snprintf(err, errlen, "%s: segment %u (0x%08x, %u bytes) is truncated or outside RAM", path, i, pa, msz);
            st = WB_ERR_FORMAT;
            goto out;
        }
        memcpy(c->mem + (pa - SPARC_RAM_BASE), d + off, fsz);
        memset(c->mem + (pa - SPARC_RAM_BASE) + fsz, 0, msz - fsz);
    }
    c->entry = be32(d + 24);
out:
    if (entry)
        *entry = c->entry;
    free(d);
    return st;
}

const wb_core_info sparc_core_info = {
    .name = "sparc",
    .arch = "sparc",
    .desc = "SPARC V8 (LEON3-like): 8 windows, FPU, Reference MMU, APBUART/GPTIMER/IRQMP; RAM at 0x40000000",
    .default_storage = 8u << 20,
    .min_storage = 64u << 10,
    .max_storage = 256u << 20,
    .storage_unit_name = "bytes",
    .create = sparc_create,
    .load_native = load_native,
};
