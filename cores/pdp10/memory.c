/* Storage references: fast memory (ACs), KA10 two-segment relocation and protection, the
 * non-existent-memory check, and the effective-address calculation (SRM 2.2, 2.14). */
#include "pdp10.h"

/* Load Pl, Ph, Rl, Rh and the high-segment write protection from DATAO APR (SRM 2.14):
 *   bits 0-7 low protection, 8-15 high protection, 17 high-segment write protect,
 *   18-25 low relocation, 27-34 high relocation; all in 1K-word units. */
void pdp10_set_relocation(pdp10_cpu *c, uint64_t d)
{
    c->pl = (uint32_t)(((d >> 28) & 0377) << 10) | 01777;
    c->ph = (uint32_t)(((d >> 19) & 0377) << 10) | 01777;
    c->hwp = (d >> 18) & 1;
    c->rl = (uint32_t)((d >> 10) & 0377) << 10;
    c->rh = (uint32_t)((d >> 1) & 0377) << 10;
}

/* A memory-protection violation: the flag sets, the APR interrupt is requested when
 * assigned, and the instruction is abandoned (SRM 2.14). */
static _Noreturn void protection(pdp10_cpu *c, uint32_t addr)
{
    c->mprot_flag = true;
    if (c->m.trap_to_host)
        pdp10_trap_exit(c, WB_TRAP_MMU, PDP10_TRAP_MPROT, addr);
    longjmp(c->abort, PDP10_ABORT_DONE);
}

/* Non-existent memory: the KA10's memory cycle times out, the flag sets (requesting the APR
 * interrupt when assigned) and the instruction goes on as if the memory had answered with
 * zeros; a write is lost. */
static void nonexistent(pdp10_cpu *c, uint32_t phys)
{
    c->nxm_flag = true;
    if (c->m.trap_to_host)
        pdp10_trap_exit(c, WB_TRAP_MCHECK, PDP10_TRAP_NXM, phys);
}

/* Absolute address of a user (or exec) reference; addresses 0-17 never get here.  Returns
 * UINT32_MAX for non-existent memory. */
static uint32_t translate(pdp10_cpu *c, uint32_t addr, bool write)
{
    uint32_t phys = addr;
    if (pdp10_user(c)) {
        if (addr <= c->pl)
            phys = (addr + c->rl) & PDP10_AMASK;
        else if ((addr & 0400000) && addr <= c->ph && !(write && c->hwp))
            phys = (addr + c->rh) & PDP10_AMASK;
        else
            protection(c, addr);
    }
    if (phys >= c->memsize) {
        nonexistent(c, phys);
        return UINT32_MAX;
    }
    return phys;
}

uint64_t pdp10_read(pdp10_cpu *c, uint32_t addr)
{
    addr &= PDP10_AMASK;
    if (addr < 16)
        return c->ac[addr];
    uint32_t phys = translate(c, addr, false);
    return phys == UINT32_MAX ? 0 : c->mem[phys];
}

uint64_t pdp10_fetch(pdp10_cpu *c, uint32_t addr)
{
    return pdp10_read(c, addr);
}

void pdp10_check_write(pdp10_cpu *c, uint32_t addr)
{
    addr &= PDP10_AMASK;
    if (addr >= 16)
        (void)translate(c, addr, true);
}

void pdp10_write(pdp10_cpu *c, uint32_t addr, uint64_t v)
{
    addr &= PDP10_AMASK;
    v &= PDP10_WORD;
    if (addr < 16) {
        c->ac[addr] = v;
        return;
    }
    uint32_t phys = translate(c, addr, true);
    if (phys != UINT32_MAX)
        c->mem[phys] = v;
}

/* SRM 2.2: E = Y + C(X) (X != 0), then if I, fetch the word at E and repeat.  The KA10 loops
 * forever on an indirect loop until interrupted; every indirection here counts as a step of
 * deterministic time (so the clock can interrupt the loop, as DAKAH checks) and lets a pending
 * interrupt in.  An instruction may overrun the run budget by PDP10_BUDGET_SLACK steps before
 * it is abandoned (and redone by the next run), so an ordinary indirect chain that straddles a
 * budget boundary completes the same way whatever the slicing, and a loop never hangs. */
uint32_t pdp10_ea(pdp10_cpu *c, uint64_t w)
{
    for (;;) {
        uint64_t ar = w;
        unsigned x = (unsigned)(w >> 18) & 017;
        if (x)
            ar = (pdp10_rh(w) + c->ac[x]) & PDP10_WORD;   /* the KA10 adds the full index word */
        c->ea_word = ar;
        uint32_t e = (uint32_t)(ar & PDP10_RH);
        if (!(w & 020000000))
            return e;
        c->steps++;
        pdp10_devices_update(c);
        if (c->steps > c->abandon_at || pdp10_pi_pending(c))
            longjmp(c->abort, PDP10_ABORT_RESTART);
        w = pdp10_read(c, e);
    }
}
