/* PSW handling and interruptions (PoO chapter 6, "Interruptions").
 *
 * An interruption stores the current PSW as the old PSW of its class and loads the new PSW.
 * In BC mode the interruption code (and for program/SVC the ILC) goes into the old PSW; in EC
 * mode they go to fixed low-storage locations.  With trap_to_host set, the machine instead stops
 * with the PSW as it would have been stored and reports the condition as an exit. */
#include "s370.h"
#include <stdio.h>
#include <string.h>

/* EC mode: bits 0, 2-4, 16-17 and 24-39 must be zero (PoO "Exceptions Associated with the PSW"). */
#define EC_MUST_BE_ZERO 0xB800C0FFFF000000ull

uint64_t s370_psw_value(const s370_cpu *c)
{
    uint64_t w = (uint64_t)c->sysmask << 56 | (uint64_t)(c->pkey & 15) << 52 | (uint64_t)c->ec << 51 |
                 (uint64_t)c->mcheck << 50 | (uint64_t)c->wait << 49 | (uint64_t)c->problem << 48;
    if (c->ec) {
        w |= (uint64_t)(c->cc & 3) << 44 | (uint64_t)(c->pmask & 15) << 40 | c->psw_unassigned;
    } else {
        w |= (uint64_t)c->intcode << 32 | (uint64_t)((c->ilc >> 1) & 3) << 30 | (uint64_t)(c->cc & 3) << 28 |
             (uint64_t)(c->pmask & 15) << 24;
    }
    return w | (c->ia & S370_AMASK);
}

void s370_psw_store(const s370_cpu *c, uint8_t out[8])
{
    s370_put64(out, s370_psw_value(c));
}

void s370_psw_set(s370_cpu *c, uint64_t w)
{
    c->sysmask = (uint8_t)(w >> 56);
    c->pkey = (uint8_t)(w >> 52) & 15;
    c->ec = (w >> 51) & 1;
    c->mcheck = (w >> 50) & 1;
    c->wait = (w >> 49) & 1;
    c->problem = (w >> 48) & 1;
    if (c->ec) {
        c->cc = (w >> 44) & 3;
        c->pmask = (w >> 40) & 15;
        c->psw_unassigned = w & EC_MUST_BE_ZERO;
    } else {
        c->psw_unassigned = 0;
        c->intcode = (uint16_t)(w >> 32);
        c->cc = (w >> 28) & 3;
        c->pmask = (w >> 24) & 15;
    }
    c->ia = (uint32_t)w & S370_AMASK;
    s370_recheck(c);
}

int s370_psw_load(s370_cpu *c, const uint8_t in[8])
{
    uint64_t w = s370_be64(in);
    s370_psw_set(c, w);
    if (((w >> 51) & 1) && (w & EC_MUST_BE_ZERO))
        return S370_PGM_SPECIFICATION;
    return 0;
}

bool s370_ext_enabled(const s370_cpu *c)
{
    return c->sysmask & 0x01;
}

bool s370_io_mask_enabled(const s370_cpu *c, unsigned channel)
{
    if (c->ec) {
        /* EC: PSW bit 6 and the channel mask in control register 2 (bit n = channel n). */
        if (!(c->sysmask & 0x02))
            return false;
        return channel < 32 && (c->cr[2] & (0x80000000u >> channel));
    }
    /* BC: bits 0-5 mask channels 0-5, bit 6 channels 6 and up (together with CR2). */
    if (channel < 6)
        return c->sysmask & (0x80 >> channel);
    return (c->sysmask & 0x02) && channel < 32 && (c->cr[2] & (0x80000000u >> channel));
}

void s370_recheck(s370_cpu *c)
{
    c->attention = true;
}

static void exit_trap(s370_cpu *c, wb_trap_kind kind, uint16_t code)
{
    memset(&c->exit, 0, sizeof c->exit);
    c->exit.kind = WB_EXIT_TRAP;
    c->exit.trap.kind = kind;
    c->exit.trap.code = code;
    c->exit.trap.addr = c->insn_addr;
    c->exit.trap.fault = c->tea;
    c->exit.trap.ilen = c->ilc;
    c->exit_ready = true;
    c->attention = true;
}

void s370_interrupt(s370_cpu *c, wb_trap_kind kind, unsigned old_off, uint16_t code)
{
    c->m.counters.traps[kind]++;
    if (c->m.trap_to_host) {
        exit_trap(c, kind, code);
        return;
    }
    uint8_t *low = c->mem + c->prefix;
    if (c->ec) {
        switch (old_off) {
        case S370_PSA_PGM_OLD:
            s370_put16(low + S370_PSA_PGM_CODE, (uint16_t)((c->ilc >> 1) << 1));
            s370_put16(low + S370_PSA_PGM_CODE + 2, code);
            if ((code & 0xFF) >= S370_PGM_SEGMENT_TRANSLATION && (code & 0xFF) <= S370_PGM_PAGE_TRANSLATION)
                s370_put32(low + S370_PSA_TEA, c->tea & S370_AMASK);
            break;
        case S370_PSA_SVC_OLD:
            s370_put16(low + S370_PSA_SVC_CODE, (uint16_t)((c->ilc >> 1) << 1));
            s370_put16(low + S370_PSA_SVC_CODE + 2, code);
            break;
        case S370_PSA_EXT_OLD:
            s370_put16(low + S370_PSA_EXT_CPUADDR, 0);
            s370_put16(low + S370_PSA_EXT_CODE, code);
            break;
        case S370_PSA_IO_OLD:
            s370_put16(low + S370_PSA_IO_ADDR, code);
            break;
        default:
            break;
        }
    } else {
        c->intcode = code;
        if (old_off == S370_PSA_PGM_OLD && (code & 0xFF) >= S370_PGM_SEGMENT_TRANSLATION &&
            (code & 0xFF) <= S370_PGM_PAGE_TRANSLATION)
            s370_put32(low + S370_PSA_TEA, c->tea & S370_AMASK);
    }
    s370_psw_store(c, low + old_off);
    uint8_t newpsw[8];
    unsigned new_off = old_off == S370_PSA_RESTART_OLD ? S370_PSA_RESTART_NEW : old_off + 0x40;
    memcpy(newpsw, low + new_off, 8);
    int bad = s370_psw_load(c, newpsw);
    if (bad) {
        /* Early exception for an invalid new PSW: the program interruption follows with ILC 0.
         * Loop protection: a bad program new PSW would recur forever; report it. */
        if (old_off == S370_PSA_PGM_OLD) {
            memset(&c->exit, 0, sizeof c->exit);
            c->exit.kind = WB_EXIT_ERROR;
            snprintf(c->exit.msg, sizeof c->exit.msg, "program new PSW at 0x68 is invalid: interruption loop");
            c->exit_ready = true;
            c->attention = true;
            return;
        }
        c->ilc = 0;
        c->insn_addr = c->ia;
        s370_interrupt(c, WB_TRAP_PROGRAM, S370_PSA_PGM_OLD, S370_PGM_SPECIFICATION);
    }
}

_Noreturn void s370_program_check(s370_cpu *c, uint16_t code)
{
    /* Nullifying exceptions leave the instruction address at the instruction itself. */
    unsigned k = code & 0xFF;
    if (k == S370_PGM_SEGMENT_TRANSLATION || k == S370_PGM_PAGE_TRANSLATION)
        c->ia = c->insn_addr;
    wb_trap_kind kind = k == S370_PGM_PRIVILEGED ? WB_TRAP_PRIV
                        : (k >= S370_PGM_SEGMENT_TRANSLATION && k <= S370_PGM_TRANSLATION_SPEC) ? WB_TRAP_MMU
                                                                                                  : WB_TRAP_PROGRAM;
    s370_interrupt(c, kind, S370_PSA_PGM_OLD, code);
    longjmp(c->progjmp, 1);
}

void s370_svc(s370_cpu *c, uint8_t code)
{
    s370_interrupt(c, WB_TRAP_SYSCALL, S370_PSA_SVC_OLD, code);
}
