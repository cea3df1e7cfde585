/* The code-scanning variant: instruction lengths, the scanner and the translation cache
 * (see scan.h).  Lengths follow the PRM's encodings (ch. 8 "Instruction Format Summary"). */
#include "monitors/m68k/scan.h"
#include <string.h>

static unsigned w16(const uint8_t *p) { return (unsigned)p[0] << 8 | p[1]; }

/* Extension bytes of an effective address (PRM 2.2), -1 for a mode that does not exist. */
static int ea_ext(unsigned mode, unsigned reg, unsigned size)
{
    if (mode < 5)
        return 0;
    if (mode == 5 || mode == 6)
        return 2;
    switch (reg) {
    case 0: return 2;                    /* (xxx).W */
    case 1: return 4;                    /* (xxx).L */
    case 2: case 3: return 2;            /* (d16,PC), (d8,PC,Xn) */
    case 4: return size == 4 ? 4 : 2;    /* #imm: a byte takes a word */
    default: return -1;
    }
}

static int plus(int base, int ext) { return ext < 0 ? -1 : base + ext; }

int m68k_insn_len(const uint8_t *p)
{
    unsigned op = w16(p), mode = (op >> 3) & 7, reg = op & 7, ss = (op >> 6) & 3, opm = (op >> 6) & 7;
    unsigned sz = ss == 0 ? 1 : ss == 1 ? 2 : 4;
    switch (op >> 12) {
    case 0x0:
        if (op & 0x0100)
            return mode == 1 ? 4 : plus(2, ea_ext(mode, reg, 1));          /* MOVEP / BTST.. Dn,<ea> */
        switch ((op >> 9) & 7) {
        case 4: return plus(4, ea_ext(mode, reg, 1));                      /* BTST.. #n,<ea> */
        case 7: return ss == 3 ? -1 : plus(4, ea_ext(mode, reg, sz));      /* MOVES (68010) */
        default:
            if (ss == 3)
                return -1;
            if ((op & 0x3F) == 0x3C)
                return 4;                                                  /* to CCR / SR */
            return plus(2 + (sz == 4 ? 4 : 2), ea_ext(mode, reg, sz));     /* ORI ANDI SUBI ADDI EORI CMPI */
        }
    case 0x1: case 0x2: case 0x3: {                                       /* MOVE, MOVEA */
        unsigned msz = (op >> 12) == 1 ? 1 : (op >> 12) == 3 ? 2 : 4;
        int s = ea_ext(mode, reg, msz), d = ea_ext((op >> 6) & 7, (op >> 9) & 7, msz);
        return s < 0 || d < 0 ? -1 : 2 + s + d;
    }
    case 0x4:
        if (opm == 7)
            return plus(2, ea_ext(mode, reg, 4));                          /* LEA */
        if (opm == 6)
            return plus(2, ea_ext(mode, reg, 2));                          /* CHK.W */
        switch ((op >> 8) & 0xF) {
        case 0x0: case 0x2: case 0x4: case 0x6:                            /* NEGX CLR NEG NOT, MOVE SR/CCR */
            return plus(2, ea_ext(mode, reg, ss == 3 ? 2 : sz));
        case 0x8:
            if (ss == 0)
                return plus(2, ea_ext(mode, reg, 1));                      /* NBCD */
            if (mode == 0)
                return 2;                                                  /* SWAP, EXT */
            return ss == 1 ? plus(2, ea_ext(mode, reg, 4)) : plus(4, ea_ext(mode, reg, 2));   /* PEA, MOVEM */
        case 0xA:
            if (op == 0x4AFC)
                return 2;                                                  /* ILLEGAL */
            return plus(2, ea_ext(mode, reg, ss == 3 ? 1 : sz));           /* TAS, TST */
        case 0xC:
            return ss >= 2 ? plus(4, ea_ext(mode, reg, 2)) : -1;           /* MOVEM <ea>,list */
        case 0xE:
            if ((op & 0xFFF8) == 0x4E50 || op == 0x4E72 || op == 0x4E74 || op == 0x4E7A || op == 0x4E7B)
                return 4;                                                  /* LINK STOP RTD MOVEC */
            if ((op & 0xFF80) == 0x4E00)
                return (op & 0xFFC0) == 0x4E40 ? 2 : -1;                   /* TRAP UNLK MOVE USP RESET.. */
            return plus(2, ea_ext(mode, reg, 4));                          /* JSR, JMP */
        default:
            return -1;
        }
    case 0x5:
        if (ss == 3)
            return mode == 1 ? 4 : plus(2, ea_ext(mode, reg, 1));          /* DBcc, Scc */
        return plus(2, ea_ext(mode, reg, sz));                             /* ADDQ, SUBQ */
    case 0x6:
        return (op & 0xFF) == 0 ? 4 : 2;                                   /* Bcc BRA BSR */
    case 0x7:
        return 2;                                                          /* MOVEQ */
    case 0x8: case 0xC:
        if (opm == 3 || opm == 7)
            return plus(2, ea_ext(mode, reg, 2));                          /* DIVU DIVS MULU MULS */
        if (opm >= 4 && mode <= 1 && (opm == 4 || (op >> 12) == 0xC))
            return 2;                                                      /* SBCD ABCD EXG */
        return plus(2, ea_ext(mode, reg, 1u << (opm & 3)));                /* OR, AND */
    case 0x9: case 0xD: case 0xB:
        if (opm == 3 || opm == 7)
            return plus(2, ea_ext(mode, reg, opm == 3 ? 2 : 4));           /* SUBA ADDA CMPA */
        if (opm >= 4 && (((op >> 12) != 0xB && mode <= 1) || ((op >> 12) == 0xB && mode == 1)))
            return 2;                                                      /* SUBX ADDX CMPM */
        return plus(2, ea_ext(mode, reg, 1u << (opm & 3)));                /* SUB ADD CMP EOR */
    case 0xE:
        return ss == 3 ? plus(2, ea_ext(mode, reg, 2)) : 2;                /* shifts and rotates */
    default:
        return 2;                                                          /* line A, line F */
    }
}

static m68k_vmm *st(wb_vm *vm) { return vm->arch_state; }

static uint8_t *cache_bytes(wb_vm *vm, unsigned i)
{
    return vm->host->direct_storage + vm->mon_base + (uint64_t)i * M68K_SCAN_PAGE;
}

void m68k_scan_map(wb_vm *vm, m68k_segment out[M68K_MMU_SEGS])
{
    m68k_vmm *s = st(vm);
    memset(out, 0, sizeof(m68k_segment) * M68K_MMU_SEGS);
    unsigned j = 0;
    /* data in a cached page: write-protected, so a store into scanned code traps (the first matching
     * descriptor wins) */
    for (unsigned i = 0; i < M68K_SCAN_SLOTS; i++)
        if (s->slot[i].used)
            out[j++] = (m68k_segment){.base = s->slot[i].page, .limit = M68K_SCAN_PAGE,
                                      .phys = (uint32_t)(vm->base + s->slot[i].page),
                                      .flags = M68K_SEG_VALID | M68K_SEG_DATA_ONLY | M68K_SEG_WP};
    out[j++] = (m68k_segment){.base = 0, .limit = (uint32_t)vm->size, .phys = (uint32_t)vm->base,
                              .flags = M68K_SEG_VALID | M68K_SEG_DATA_ONLY};
    for (unsigned i = 0; i < M68K_SCAN_SLOTS; i++)
        if (s->slot[i].used)
            out[j++] = (m68k_segment){.base = s->slot[i].page, .limit = M68K_SCAN_PAGE,
                                      .phys = (uint32_t)(vm->mon_base + (uint64_t)i * M68K_SCAN_PAGE),
                                      .flags = M68K_SEG_VALID | M68K_SEG_PROG_ONLY};
}

void m68k_scan_validate(wb_vm *vm)
{
    m68k_vmm *s = st(vm);
    /* Direct execution cannot change a cached page (its stores there trap): only what the virtual CPU
     * did since the last validation (or a write from outside the run) can. */
    uint64_t nd = s->v->steps - vm->m.counters.direct;
    if (nd == s->seen_nondirect && !s->dirty)
        return;
    s->seen_nondirect = nd;
    s->dirty = false;
    /* only the words scanned as code count: data sharing the page may change freely */
    for (unsigned i = 0; i < M68K_SCAN_SLOTS; i++) {
        m68k_scan_slot *sl = &s->slot[i];
        if (!sl->used)
            continue;
        const uint8_t *now = s->v->mem + sl->page;
        if (memcmp(sl->pristine, now, M68K_SCAN_PAGE) == 0)
            continue;   /* the usual case, and quick */
        for (unsigned w = 0; w < M68K_SCAN_PAGE / 2; w++)
            if (sl->kind[w] != SCAN_NONE && (sl->pristine[2 * w] != now[2 * w] || sl->pristine[2 * w + 1] != now[2 * w + 1])) {
                sl->used = false;
                vm->stats.shadow_flushes++;
                break;
            }
    }
}

static bool is_sensitive(const m68k_cpu *v, unsigned op)
{
    unsigned ix = v->decode[op];
    if (!ix)
        return false;
    wb_pg_class pg = v->defs[ix]->pg[v->model];
    return pg == WB_PG_CONTROL_SENSITIVE || pg == WB_PG_BEHAVIOUR_SENSITIVE;
}

/* A memory read through a PC-relative operand: a program-space read (it would see the cache). */
static bool reads_pc_relative(unsigned op)
{
    bool pcrel = ((op >> 3) & 7) == 7 && ((op & 7) == 2 || (op & 7) == 3);
    bool address_only = (op & 0xF1C0) == 0x41C0 || (op & 0xFFC0) == 0x4840 || (op & 0xFF80) == 0x4E80;
    return pcrel && !address_only;   /* LEA, PEA, JSR, JMP only compute the address */
}

static void scan(wb_vm *vm, unsigned i, uint32_t entry)
{
    m68k_vmm *s = st(vm);
    m68k_scan_slot *sl = &s->slot[i];
    uint8_t *cache = cache_bytes(vm, i);
    uint32_t work[M68K_SCAN_PAGE / 2];
    unsigned n = 0;
    work[n++] = entry;
    while (n) {
        uint32_t a = work[--n];
        if (a < sl->page || a >= sl->page + M68K_SCAN_PAGE || (a & 1))
            continue;
        uint32_t off = a - sl->page;
        if (sl->kind[off / 2] == SCAN_START || sl->kind[off / 2] == SCAN_PATCHED)
            continue;
        const uint8_t *p = s->v->mem + a;   /* the guest's bytes as they are now */
        uint8_t buf[12] = {0};
        size_t avail = M68K_SCAN_PAGE - off < 12 ? M68K_SCAN_PAGE - off : 12;
        memcpy(buf, p, avail);
        memcpy(sl->pristine + off, p, avail);   /* what validation compares with */
        unsigned op = w16(buf);
        int len = m68k_insn_len(buf);
        bool patch = len < 0 || off + (unsigned)len > M68K_SCAN_PAGE || is_sensitive(s->v, op) ||
                     reads_pc_relative(op);
        if (patch) {
            /* executed on the virtual CPU from the original; it continues wherever it goes */
            cache[off] = 0x4A;
            cache[off + 1] = 0xFC;
            sl->kind[off / 2] = SCAN_PATCHED;
            s->patched++;
            if (len < 0 || off + (unsigned)len > M68K_SCAN_PAGE)
                continue;
        } else {
            memcpy(cache + off, p, (size_t)len);
            sl->kind[off / 2] = SCAN_START;
            for (int k = 2; k < len; k += 2)
                if (sl->kind[(off + (unsigned)k) / 2] == SCAN_NONE)
                    sl->kind[(off + (unsigned)k) / 2] = SCAN_PART;
        }
        uint32_t next = a + (uint32_t)len;
        /* successors (PRM: Bcc/BRA/BSR, DBcc, JMP/JSR, returns) */
        if ((op & 0xF000) == 0x6000) {
            uint32_t disp = (op & 0xFF) ? (uint32_t)(int32_t)(int8_t)(op & 0xFF) : (uint32_t)(int32_t)(int16_t)w16(buf + 2);
            if (n < M68K_SCAN_PAGE / 2)
                work[n++] = a + 2 + disp;
            if ((op & 0x0F00) != 0x0000 && n < M68K_SCAN_PAGE / 2)   /* not BRA */
                work[n++] = next;
            continue;
        }
        if ((op & 0xF0F8) == 0x50C8) {                                       /* DBcc */
            if (n + 2 <= M68K_SCAN_PAGE / 2) {
                work[n++] = a + 2 + (uint32_t)(int32_t)(int16_t)w16(buf + 2);
                work[n++] = next;
            }
            continue;
        }
        if ((op & 0xFFC0) == 0x4EC0 || op == 0x4E73 || op == 0x4E74 || op == 0x4E75 || op == 0x4E77 ||
            op == 0x4AFC || (op & 0xF000) == 0xA000 || (op & 0xF000) == 0xF000)
            continue;   /* JMP, RTE, RTD, RTS, RTR, ILLEGAL, line A/F: no fall-through */
        if ((op & 0xFFC0) == 0x4E80 && (op & 0x3F) == 0x3A && n < M68K_SCAN_PAGE / 2)   /* JSR (d16,PC) */
            work[n++] = a + 2 + (uint32_t)(int32_t)(int16_t)w16(buf + 2);
        if (n < M68K_SCAN_PAGE / 2)
            work[n++] = next;
    }
}

/* A slot for the page at `page`: an existing one, or a new one (the least recently used replaced). */
static unsigned slot_for(wb_vm *vm, uint32_t page, bool *fresh)
{
    m68k_vmm *s = st(vm);
    unsigned victim = 0;
    for (unsigned i = 0; i < M68K_SCAN_SLOTS; i++) {
        if (s->slot[i].used && s->slot[i].page == page) {
            *fresh = false;
            s->slot[i].stamp = ++s->scan_clock;
            return i;
        }
        if (!s->slot[i].used || (s->slot[victim].used && s->slot[i].stamp < s->slot[victim].stamp))
            victim = i;
    }
    m68k_scan_slot *sl = &s->slot[victim];
    sl->used = true;
    sl->page = page;
    sl->stamp = ++s->scan_clock;
    memcpy(sl->pristine, s->v->mem + page, M68K_SCAN_PAGE);
    memset(sl->kind, SCAN_NONE, sizeof sl->kind);
    uint8_t *cache = cache_bytes(vm, victim);
    for (unsigned k = 0; k < M68K_SCAN_PAGE; k += 2) {   /* everything unscanned traps */
        cache[k] = 0x4A;
        cache[k + 1] = 0xFC;
    }
    vm->stats.shadow_faults++;
    *fresh = true;
    return victim;
}

bool m68k_scan_cached(wb_vm *vm, uint32_t addr)
{
    m68k_vmm *s = st(vm);
    for (unsigned i = 0; i < M68K_SCAN_SLOTS; i++)
        if (s->slot[i].used && addr - s->slot[i].page < M68K_SCAN_PAGE)
            return true;
    return false;
}

bool m68k_scan_fault(wb_vm *vm, uint32_t addr, bool fetch_fault)
{
    m68k_vmm *s = st(vm);
    if ((addr & 1) || addr >= vm->size || vm->size - addr < M68K_SCAN_PAGE - (addr % M68K_SCAN_PAGE))
        return false;
    uint32_t page = addr & ~(M68K_SCAN_PAGE - 1);
    bool fresh;
    unsigned i = slot_for(vm, page, &fresh);
    uint8_t k = s->slot[i].kind[(addr - page) / 2];
    if (!fetch_fault && (k == SCAN_START || k == SCAN_PATCHED))
        return false;   /* a patched instruction, or the guest's own ILLEGAL */
    if (k == SCAN_PART)
        return false;   /* into the middle of a scanned instruction: interpret it */
    scan(vm, i, addr);
    return true;
}
