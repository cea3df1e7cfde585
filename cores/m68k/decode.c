/* The 64K decode table, built per machine from the instruction definitions of the group files
 * (one row per instruction: encoding, operand modes, mnemonic, P&G class per model, handler).
 * Built once when the machine is created, constant afterwards.  Entry 0 is the illegal
 * instruction: every encoding no row claims raises the illegal-instruction exception. */
#include "m68k.h"
#include <stdlib.h>

/* Unassigned encodings (PRM ILLEGAL; UM "Illegal and Unimplemented Instructions"). */
static void op_illegal(m68k_cpu *c, uint16_t op)
{
    (void)op;
    m68k_exception(c, V_ILLEGAL);
}

static const m68k_insn_def illegal_def = {0, 0, 0, 0, "(illegal)", M_ALL, PG_I, op_illegal};

static const m68k_insn_def *const *groups(void)
{
    static const m68k_insn_def *const g[] = {
        m68k_insns_system, m68k_insns_move, m68k_insns_arith, m68k_insns_muldiv, m68k_insns_logic,
        m68k_insns_shift,  m68k_insns_bit,  m68k_insns_bcd,   m68k_insns_flow,   NULL,
    };
    return g;
}

bool m68k_ea_allowed(uint16_t allowed, unsigned mode, unsigned reg)
{
    unsigned bit = mode < 7 ? mode : reg <= 4 ? 7 + reg : 99;
    return bit < 12 && (allowed & (1u << bit));
}

static bool fits(const m68k_insn_def *d, uint16_t op)
{
    if (d->ea_src && !m68k_ea_allowed(d->ea_src, (op >> 3) & 7, op & 7))
        return false;
    if (d->ea_dst && !m68k_ea_allowed(d->ea_dst, (op >> 6) & 7, (op >> 9) & 7))
        return false;
    return true;
}

bool m68k_decode_build(m68k_cpu *c)
{
    unsigned bit = 1u << c->model, n = 1;
    for (const m68k_insn_def *const *g = groups(); *g; g++)
        for (const m68k_insn_def *d = *g; d->fn; d++)
            n += (d->models & bit) != 0;
    c->decode = calloc(65536, sizeof *c->decode);
    c->defs = calloc(n, sizeof *c->defs);
    c->infos = calloc(n, sizeof *c->infos);
    if (!c->decode || !c->defs || !c->infos) {
        m68k_decode_free(c);
        return false;
    }
    c->defs[0] = &illegal_def;
    n = 1;
    for (const m68k_insn_def *const *g = groups(); *g; g++) {
        for (const m68k_insn_def *d = *g; d->fn; d++) {
            if (!(d->models & bit))
                continue;
            c->defs[n] = d;
            c->infos[n - 1] = (wb_insn_info){d->mnemonic, d->match, d->pg[c->model]};
            /* Every opcode the row's fixed bits allow: walk the submasks of the free bits. */
            uint16_t free_bits = (uint16_t)~d->mask;
            uint16_t sub = 0;
            do {
                uint16_t op = (uint16_t)(d->match | sub);
                if (!c->decode[op] && fits(d, op))
                    c->decode[op] = (uint16_t)n;
                sub = (uint16_t)((sub - free_bits) & free_bits);
            } while (sub);
            n++;
        }
    }
    c->ndefs = n;
    return true;
}

void m68k_decode_free(m68k_cpu *c)
{
    free(c->decode);
    free(c->defs);
    free(c->infos);
    c->decode = NULL;
    c->defs = NULL;
    c->infos = NULL;
}
