/* The SPARC V8 run loop: fetch, annulment, delayed control transfer, traps (V8 chapter 7). */
#include "sparc/sparc.h"
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

/* r[0..31] of the current window (V8 4.1): ins of window w are the outs of window w+1. */
uint32_t *sparc_reg(sparc_cpu *c, unsigned r)
{
    unsigned cwp = c->psr & PSR_CWP;
    if (r < 8)
        return &c->g[r];
    if (r < 24)
        return &c->win[cwp * 16 + (r - 8)];
    return &c->win[((cwp + 1) % SPARC_NWINDOWS) * 16 + (r - 24)];
}

void sparc_set_psr(sparc_cpu *c, uint32_t v)
{
    /* impl/ver are read-only; EC stays 0 (no coprocessor) */
    c->psr = PSR_IMPL_VER | (v & (PSR_ICC | PSR_EF | PSR_PIL | PSR_S | PSR_PS | PSR_ET | PSR_CWP));
}

void sparc_fp_check(sparc_cpu *c)
{
    if (!(c->psr & PSR_EF))
        sparc_trap(c, TT_FP_DISABLED);
}

/* Integer condition codes (V8 Table F-? / B.21 Bicc). */
bool sparc_icc(uint32_t psr, unsigned cond)
{
    bool n = psr & PSR_N, z = psr & PSR_Z, v = psr & PSR_V, cy = psr & PSR_C;
    bool r;
    switch (cond & 7) {
    case 0: r = false; break;              /* BN / BA */
    case 1: r = z; break;                  /* BE / BNE */
    case 2: r = z || (n != v); break;      /* BLE / BG */
    case 3: r = n != v; break;             /* BL / BGE */
    case 4: r = cy || z; break;            /* BLEU / BGU */
    case 5: r = cy; break;                 /* BCS / BCC */
    case 6: r = n; break;                  /* BNEG / BPOS */
    default: r = v; break;                 /* BVS / BVC */
    }
    return (cond & 8) ? !r : r;
}

static wb_trap_kind trap_kind(unsigned tt)
{
    if (tt >= TT_TICC)
        return WB_TRAP_SYSCALL;
    if (tt > TT_INTERRUPT && tt < 0x20)
        return WB_TRAP_EXTERNAL;
    switch (tt) {
    case TT_PRIV: return WB_TRAP_PRIV;
    case TT_IACCESS: case TT_DACCESS: return WB_TRAP_MMU;
    case TT_IACCESS_ERROR: case TT_DACCESS_ERROR: return WB_TRAP_MCHECK;
    default: return WB_TRAP_PROGRAM;
    }
}

/* Take trap tt for the instruction at c->insn_pc (V8 7.5 "Trap Control").  PC/nPC have not been
 * advanced yet, so l1/l2 receive the trapping instruction's PC and nPC; for an interrupt they are
 * those of the instruction about to run.  Never returns. */
_Noreturn void sparc_trap(sparc_cpu *c, unsigned tt)
{
    wb_trap_kind k = trap_kind(tt);
    c->m.counters.traps[k]++;
    if (c->m.trap_to_host) {
        memset(&c->exit, 0, sizeof c->exit);
        c->exit.kind = WB_EXIT_TRAP;
        c->exit.trap.kind = k;
        c->exit.trap.code = tt;
        c->exit.trap.addr = c->insn_pc;
        c->exit.trap.fault = (tt == TT_IACCESS || tt == TT_DACCESS) ? c->mmu_far : 0;
        c->exit.trap.ilen = 4;
        c->trap_exit = true;
        longjmp(c->jb, 1);
    }
    if (!(c->psr & PSR_ET)) {
        /* error mode (V8 7.3.1): the processor halts; QEMU's LEON3 exits the same way */
        c->halted = true;
        memset(&c->exit, 0, sizeof c->exit);
        c->exit.kind = WB_EXIT_HALT;
        snprintf(c->exit.msg, sizeof c->exit.msg, "error mode: trap 0x%02x with ET=0 at pc 0x%08" PRIx32, tt,
                 c->insn_pc);
        c->exit.trap.code = tt;
        c->exit.trap.addr = c->insn_pc;
        c->trap_exit = true;
        longjmp(c->jb, 1);
    }
    uint32_t s = c->psr & PSR_S;
    unsigned cwp = ((c->psr & PSR_CWP) + SPARC_NWINDOWS - 1) % SPARC_NWINDOWS;
    c->psr = (c->psr & ~(PSR_ET | PSR_PS | PSR_CWP)) | PSR_S | (s ? PSR_PS : 0) | cwp;
    sparc_set(c, 17, c->pc);
    sparc_set(c, 18, c->npc);
    c->tbr = (c->tbr & 0xFFFFF000u) | (tt & 0xFF) << 4;
    c->pc = c->tbr;
    c->npc = c->tbr + 4;
    c->annul = false;
    if (k == WB_TRAP_EXTERNAL)
        sparc_irq_ack(c, tt - TT_INTERRUPT);
    if (c->stop_on_trap) {
        memset(&c->exit, 0, sizeof c->exit);
        c->exit.kind = WB_EXIT_BUDGET;
        c->trap_exit = true;
    }
    longjmp(c->jb, 1);
}

static uint32_t fetch(sparc_cpu *c)
{
    bool ok;
    uint64_t pa = sparc_translate(c, c->pc, ACC_FETCH, sparc_super(c), &ok);
    uint32_t w;
    if (!sparc_phys_read(c, pa, 4, &w))
        sparc_trap(c, TT_IACCESS_ERROR);
    return w;
}

wb_exit sparc_run(wb_machine *m, uint64_t budget)
{
    sparc_cpu *c = (sparc_cpu *)m;
    /* volatile: survives the longjmp of a trap */
    volatile uint64_t done = 0;
    c->trap_exit = false;
    if (c->halted) {
        wb_exit e = {.kind = WB_EXIT_HALT};
        snprintf(e.msg, sizeof e.msg, "processor is in error mode");
        return e;
    }
    setjmp(c->jb);
    if (c->trap_exit) {
        c->trap_exit = false;
        return c->exit;
    }
    while (done < budget) {
        if (c->annul) {
            /* the delay instruction is annulled: not executed, not counted (V8 5.5.1.1) */
            c->annul = false;
            c->pc = c->npc;
            c->npc += 4;
            continue;
        }
        c->insn_pc = c->pc;
        if (c->psr & PSR_ET) {
            unsigned lvl = sparc_irq_level(c);
            if (lvl && (lvl == 15 || lvl > ((c->psr & PSR_PIL) >> 8)))
                sparc_trap(c, TT_INTERRUPT + lvl);
        }
        uint32_t insn = fetch(c);
        if (c->m.trace) {
            wb_trace_rec r = {.addr = c->pc, .ilen = 4, .supervisor = sparc_super(c), .count = c->m.counters.insns};
            r.insn[0] = (uint8_t)(insn >> 24);
            r.insn[1] = (uint8_t)(insn >> 16);
            r.insn[2] = (uint8_t)(insn >> 8);
            r.insn[3] = (uint8_t)insn;
            c->m.trace(c->m.trace_ctx, &r);
        }
        int idx = sparc_decode(c, insn);
        if (idx < 0)
            sparc_trap(c, TT_ILLEGAL);
        c->next_pc = c->npc;
        c->next_npc = c->npc + 4;
        c->rows[idx]->fn(c, insn);
        c->pc = c->next_pc;
        c->npc = c->next_npc;
        c->m.counters.insns++;
        c->insns++;
        done++;
        sparc_board_tick(c);
    }
    wb_exit e = {.kind = WB_EXIT_BUDGET};
    return e;
}
