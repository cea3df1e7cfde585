/* Composition of the guest's protection and relocation (SRM 2.14) with its partition of the host.
 *
 * The KA10 relocates a user address a <= Pl to a + Rl, and a high-segment address
 * 400000 <= a <= Ph to a + Rh (modulo 2^18); anything else is a protection violation.  The host
 * registers take the same form, so a guest whose segments lie inside its partition is confined by
 * Pl' = Pl, Rl' = Rl + base, Ph' = Ph, Rh' = Rh + base.  A guest whose segments reach past its
 * storage (where the bare machine would answer non-existent memory) cannot be expressed in 1K
 * units without letting it address the host beyond the partition: such a guest is interpreted. */
#include "monitors/pdp10/vmm.h"

static uint64_t word(uint32_t pl, uint32_t ph, bool hwp, uint32_t rl, uint32_t rh)
{
    return ((uint64_t)((pl >> 10) & 0377) << 28) | ((uint64_t)((ph >> 10) & 0377) << 19) | ((uint64_t)hwp << 18) |
           ((uint64_t)((rl >> 10) & 0377) << 10) | ((uint64_t)((rh >> 10) & 0377) << 1);
}

bool pdp10_vmm_compose(const pdp10_cpu *v, uint64_t base, uint64_t size, bool user, uint64_t *out)
{
    if (size == 0 || size > 01000000 || base + size > 01000000)
        return false;
    if (!user) {
        /* executive mode addresses the guest's storage unrelocated: exactly the partition */
        *out = word((uint32_t)(size - 1), 0, false, (uint32_t)base, 0);
        return true;
    }
    /* low segment: [0, Pl] -> [Rl, Rl + Pl] must lie inside the guest's storage */
    if ((uint64_t)v->rl + v->pl >= size)
        return false;
    uint32_t rl = (uint32_t)(v->rl + base);
    uint32_t ph = 0, rh = 0;
    if (v->ph >= 0400000) {
        uint64_t lo = (0400000u + v->rh) & PDP10_AMASK;
        uint64_t hi = lo + (v->ph - 0400000u);
        if (hi >= size)
            return false;
        ph = v->ph;
        rh = (uint32_t)((v->rh + base) & PDP10_AMASK);
    }
    *out = word(v->pl, ph, v->hwp, rl, rh);
    return true;
}
