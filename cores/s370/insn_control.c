/* S/370 instruction group: control instructions (PoO chapter 10, "Control Instructions"), plus
 * the two unprivileged ones that live here because they touch control state: STORE CLOCK and
 * MONITOR CALL (PoO chapter 7).
 *
 * Model choices (the PoO leaves them to the model):
 *  - The dual-address-space facility is not installed, so SPKA and IPK are privileged outright in
 *    the problem state (PoO: "When DAS is not installed, execution of the instruction in the
 *    problem state results in a privileged-operation exception regardless of the contents of
 *    control register 3").  CR3's PSW-key mask and CR0 bit 4 are therefore not consulted.
 *  - No clock-synchronization facility and no TOD-clock security switch: SET CLOCK always sets the
 *    clock (cc 0) and the clock is always in the set state (STORE CLOCK cc 0).  The clocks resolve
 *    to bit 51 (1 us, one instruction); bits to the right are ignored when set and stored as zeros.
 *  - STORE CPU ID: version code 00, CPU identification number 000370, model 3168, MCEL length 0.
 *  - DIAGNOSE is model-dependent: it calls c->diag_hook when one is installed (code = second-operand
 *    address) and is otherwise a no-op leaving the condition code unchanged.
 *  - SIGNAL PROCESSOR: a one-CPU configuration whose CPU address is 0; see op_sigp.
 */
#include "s370.h"
#include <string.h>

/* EC-mode system-mask bits that must be zero: PSW bits 0 and 2-4. */
#define EC_SYSMASK_INVALID 0xB8u

static inline void require_aligned(s370_cpu *c, uint32_t addr, uint32_t align)
{
    if (addr & (align - 1))
        s370_program_check(c, S370_PGM_SPECIFICATION);
}

/* Early exception for a PSW made invalid by SSM/STOSM: the operation is completed and the
 * program interruption follows with the instruction's ILC (PoO "Exceptions Associated with the PSW"). */
static void check_ec_sysmask(s370_cpu *c)
{
    s370_recheck(c);
    if (c->ec && (c->sysmask & EC_SYSMASK_INVALID))
        s370_program_check(c, S370_PGM_SPECIFICATION);
}

/* Absolute address of the 2K key block designated by a real address; addressing exception when
 * outside storage. */
static uint32_t key_block(s370_cpu *c, uint32_t real)
{
    uint32_t a = s370_abs(c, real & 0x00FFF800u);
    if (a >= c->memsize)
        s370_program_check(c, S370_PGM_ADDRESSING);
    return a;
}

/* 80 SSM - Set System Mask [S] (PoO ch. 10) */
static void op_ssm(s370_cpu *c, const uint8_t *ins)
{
    s370_priv_check(c);
    if (c->cr[0] & S370_CR0_SSM_SUPPRESS)
        s370_program_check(c, S370_PGM_SPECIAL_OPERATION);
    c->sysmask = s370_fetch1(c, s370_rs_addr(c, ins));
    check_ec_sysmask(c);
}

/* 82 LPSW - Load PSW [S] (PoO ch. 10) */
static void op_lpsw(s370_cpu *c, const uint8_t *ins)
{
    s370_priv_check(c);
    uint32_t addr = s370_rs_addr(c, ins);
    require_aligned(c, addr, 8);
    uint8_t psw[8];
    s370_fetchc(c, psw, addr, 8);
    if (s370_psw_load(c, psw)) {
        /* The invalid PSW is loaded; the specification exception is recognised early, with ILC 0. */
        c->ilc = 0;
        c->insn_addr = c->ia;
        s370_program_check(c, S370_PGM_SPECIFICATION);
    }
}

/* 83 DIAGNOSE [RS] (PoO ch. 10: model-dependent) */
static void op_diagnose(s370_cpu *c, const uint8_t *ins)
{
    s370_priv_check(c);
    if (c->diag_hook)
        (void)c->diag_hook(c, s370_rs_addr(c, ins), s370_r1(ins), s370_r2(ins), c->diag_ctx);
}

/* 08 SSK - Set Storage Key [RR] (PoO ch. 10) */
static void op_ssk(s370_cpu *c, const uint8_t *ins)
{
    s370_priv_check(c);
    uint32_t r2 = c->gr[s370_r2(ins)];
    if (r2 & 0xF)
        s370_program_check(c, S370_PGM_SPECIFICATION);
    uint32_t a = key_block(c, r2);
    /* Bits 24-30 of R1: ACC, F, R, C; bit 31 is ignored. */
    c->keys[a / S370_KEYBLOCK] = (uint8_t)(c->gr[s370_r1(ins)] & 0xFE);
}

/* 09 ISK - Insert Storage Key [RR] (PoO ch. 10) */
static void op_isk(s370_cpu *c, const uint8_t *ins)
{
    s370_priv_check(c);
    uint32_t r2 = c->gr[s370_r2(ins)];
    if (r2 & 0xF)
        s370_program_check(c, S370_PGM_SPECIFICATION);
    uint8_t key = c->keys[key_block(c, r2) / S370_KEYBLOCK];
    /* Mode-sensitive: EC mode inserts the 7-bit key (ACC F R C), BC mode only ACC and F. */
    uint32_t v = c->ec ? (key & 0xFEu) : (key & 0xF8u);
    unsigned r1 = s370_r1(ins);
    c->gr[r1] = (c->gr[r1] & 0xFFFFFF00u) | v;
}

/* B20A SPKA - Set PSW Key from Address [S] (PoO ch. 10) */
static void op_spka(s370_cpu *c, const uint8_t *ins)
{
    s370_priv_check(c);
    c->pkey = (uint8_t)((s370_rs_addr(c, ins) >> 4) & 0xF);
}

/* B20B IPK - Insert PSW Key [S] (PoO ch. 10) */
static void op_ipk(s370_cpu *c, const uint8_t *ins)
{
    (void)ins;
    s370_priv_check(c);
    c->gr[2] = (c->gr[2] & 0xFFFFFF00u) | (uint32_t)(c->pkey & 0xF) << 4;
}

/* AC STNSM - Store Then AND System Mask [SI] (PoO ch. 10) */
static void op_stnsm(s370_cpu *c, const uint8_t *ins)
{
    s370_priv_check(c);
    s370_store1(c, s370_rs_addr(c, ins), c->sysmask);
    c->sysmask &= ins[1];
    check_ec_sysmask(c);   /* ANDing cannot introduce ones, but the old mask may already be bad */
}

/* AD STOSM - Store Then OR System Mask [SI] (PoO ch. 10) */
static void op_stosm(s370_cpu *c, const uint8_t *ins)
{
    s370_priv_check(c);
    s370_store1(c, s370_rs_addr(c, ins), c->sysmask);
    c->sysmask |= ins[1];
    check_ec_sysmask(c);
}

/* Store status (PoO "Store Status"): CPU timer, clock comparator, PSW, prefix, FPRs, GRs, CRs at
 * their assigned locations of this CPU's prefix area. */
static void store_status(s370_cpu *c)
{
    uint8_t *low = c->mem + c->prefix;
    s370_put64(low + 0xD8, (uint64_t)s370_cpu_timer(c) & ~0xFFFull);
    s370_put64(low + 0xE0, c->clock_comp);
    s370_psw_store(c, low + 0x100);
    s370_put32(low + 0x108, c->prefix);
    for (int i = 0; i < 4; i++)
        s370_put64(low + 0x160 + 8 * i, c->fpr[i]);
    for (int i = 0; i < 16; i++) {
        s370_put32(low + 0x180 + 4 * i, c->gr[i]);
        s370_put32(low + 0x1C0 + 4 * i, c->cr[i]);
    }
    c->keys[c->prefix / S370_KEYBLOCK] |= S370_KEY_REF | S370_KEY_CHG;
}

/* The CPU enters the stopped state: for this model, the run ends. */
static void stop_cpu(s370_cpu *c, const char *why)
{
    memset(&c->exit, 0, sizeof c->exit);
    c->exit.kind = WB_EXIT_HALT;
    strncpy(c->exit.msg, why, sizeof c->exit.msg - 1);
    c->exit_ready = true;
    c->attention = true;
}

enum { SIGP_STATUS_INCORRECT_STATE = 0x00000200u, SIGP_STATUS_INVALID_ORDER = 0x00000080u };

/* AE SIGP - Signal Processor [RS] (PoO ch. 10).  One CPU, address 0: any other address is not
 * operational (cc 3).  Orders to this CPU itself: sense (no status: cc 0), external call and
 * emergency signal (made pending here), start (already operating), restart (pending restart),
 * stop, stop and store status, and the four resets (pending interruption conditions are cleared,
 * then the CPU stops: the run ends).  Set prefix and store status at address require the
 * addressed CPU to be stopped, which a CPU signalling itself never is: status "incorrect state",
 * cc 1.  Other order codes: status "invalid order", cc 1. */
static void op_sigp(s370_cpu *c, const uint8_t *ins)
{
    s370_priv_check(c);
    unsigned r1 = s370_r1(ins);
    uint32_t order = s370_rs_addr(c, ins) & 0xFF;
    if ((c->gr[s370_r2(ins)] & 0xFFFF) != 0) {
        c->cc = 3;
        return;
    }
    c->cc = 0;
    switch (order) {
    case 0x01:   /* sense */
    case 0x04:   /* start */
        break;
    case 0x02:   /* external call */
        c->pending |= S370_PEND_EXTCALL;
        s370_recheck(c);
        break;
    case 0x03:   /* emergency signal */
        c->pending |= S370_PEND_EMERGENCY;
        s370_recheck(c);
        break;
    case 0x06:   /* restart */
        c->pending |= S370_PEND_RESTART;
        s370_recheck(c);
        break;
    case 0x05:   /* stop */
        stop_cpu(c, "CPU stopped by SIGP stop");
        break;
    case 0x09:   /* stop and store status */
        store_status(c);
        stop_cpu(c, "CPU stopped by SIGP stop and store status");
        break;
    case 0x07:   /* initial program reset */
    case 0x08:   /* program reset */
    case 0x0B:   /* initial CPU reset */
    case 0x0C:   /* CPU reset */
        c->pending &= ~(S370_PEND_EXTCALL | S370_PEND_EMERGENCY | S370_PEND_RESTART | S370_PEND_INTKEY);
        stop_cpu(c, "CPU reset and stopped by SIGP");
        break;
    case 0x0D:   /* set prefix */
    case 0x0E:   /* store status at address */
        c->gr[r1] = SIGP_STATUS_INCORRECT_STATE;
        c->cc = 1;
        break;
    default:
        c->gr[r1] = SIGP_STATUS_INVALID_ORDER;
        c->cc = 1;
        break;
    }
}

/* Monitoring locations (PoO "Monitoring"): class number at 148-149, monitor code at 156-159. */
enum { PSA_MONITOR_CLASS = 0x94, PSA_MONITOR_CODE = 0x9C };

/* AF MC - Monitor Call [SI] (PoO ch. 7 / "Monitoring") */
static void op_mc(s370_cpu *c, const uint8_t *ins)
{
    uint8_t i2 = ins[1];
    if (i2 & 0xF0)
        s370_program_check(c, S370_PGM_SPECIFICATION);
    unsigned cls = i2 & 0xF;
    if (!(c->cr[8] & (0x8000u >> cls)))
        return;   /* class masked off in CR8 bits 16-31: no event */
    uint32_t code = s370_rs_addr(c, ins);
    if (c->m.trap_to_host) {
        c->tea = code;   /* the exit reports the monitor code as its fault value */
    } else {
        s370_real_store2(c, PSA_MONITOR_CLASS, (uint16_t)cls);
        s370_real_store4(c, PSA_MONITOR_CODE, code);
    }
    s370_program_check(c, S370_PGM_MONITOR_EVENT);   /* the operation is completed */
}

/* B1 LRA - Load Real Address [RX] (PoO ch. 10) */
static void op_lra(s370_cpu *c, const uint8_t *ins)
{
    s370_priv_check(c);
    unsigned r1 = s370_r1(ins);
    uint32_t out = c->gr[r1];
    c->cc = (uint8_t)s370_lra(c, s370_rx_addr(c, ins), &out);
    c->gr[r1] = out;
}

/* B6 STCTL - Store Control [RS] (PoO ch. 10) */
static void op_stctl(s370_cpu *c, const uint8_t *ins)
{
    s370_priv_check(c);
    uint32_t addr = s370_rs_addr(c, ins);
    require_aligned(c, addr, 4);
    unsigned r1 = s370_r1(ins), n = ((s370_r2(ins) - r1) & 15) + 1;
    uint8_t buf[64];
    for (unsigned i = 0; i < n; i++)
        s370_put32(buf + 4 * i, c->cr[(r1 + i) & 15]);
    s370_storec(c, addr, buf, 4 * n);
}

/* B7 LCTL - Load Control [RS] (PoO ch. 10) */
static void op_lctl(s370_cpu *c, const uint8_t *ins)
{
    s370_priv_check(c);
    uint32_t addr = s370_rs_addr(c, ins);
    require_aligned(c, addr, 4);
    unsigned r1 = s370_r1(ins), n = ((s370_r2(ins) - r1) & 15) + 1;
    uint8_t buf[64];
    s370_fetchc(c, buf, addr, 4 * n);   /* whole operand accessible before any register changes */
    uint32_t old0 = c->cr[0], old1 = c->cr[1];
    for (unsigned i = 0; i < n; i++)
        c->cr[(r1 + i) & 15] = s370_be32(buf + 4 * i);
    /* New translation parameters make the TLB's contents stale (CR0 bits 8-12, CR1). */
    if (((old0 ^ c->cr[0]) & 0x00F80000u) || old1 != c->cr[1])
        s370_tlb_purge(c);
    s370_recheck(c);   /* subclass and channel masks may have changed */
}

/* B202 STIDP - Store CPU ID [S] (PoO ch. 10) */
static void op_stidp(s370_cpu *c, const uint8_t *ins)
{
    s370_priv_check(c);
    uint32_t addr = s370_rs_addr(c, ins);
    require_aligned(c, addr, 8);
    /* version 00 | CPU identification number 000370 | model 3168 | MCEL length 0000 */
    s370_store8(c, addr, 0x0000037031680000ull);
}

#define CLOCK_UNUSED_BITS 0xFFFull   /* bits 52-63: below the clocks' 1-us resolution */

/* B204 SCK - Set Clock [S] (PoO ch. 10) */
static void op_sck(s370_cpu *c, const uint8_t *ins)
{
    s370_priv_check(c);
    uint32_t addr = s370_rs_addr(c, ins);
    require_aligned(c, addr, 8);
    s370_set_tod(c, s370_fetch8(c, addr) & ~CLOCK_UNUSED_BITS);
    c->cc = 0;   /* clock value set */
}

/* B205 STCK - Store Clock [S] (PoO ch. 7) */
static void op_stck(s370_cpu *c, const uint8_t *ins)
{
    s370_store8(c, s370_rs_addr(c, ins), s370_tod(c) & ~CLOCK_UNUSED_BITS);
    c->cc = 0;   /* clock in the set state */
}

/* B206 SCKC - Set Clock Comparator [S] (PoO ch. 10) */
static void op_sckc(s370_cpu *c, const uint8_t *ins)
{
    s370_priv_check(c);
    uint32_t addr = s370_rs_addr(c, ins);
    require_aligned(c, addr, 8);
    s370_set_clock_comp(c, s370_fetch8(c, addr) & ~CLOCK_UNUSED_BITS);
}

/* B207 STCKC - Store Clock Comparator [S] (PoO ch. 10) */
static void op_stckc(s370_cpu *c, const uint8_t *ins)
{
    s370_priv_check(c);
    uint32_t addr = s370_rs_addr(c, ins);
    require_aligned(c, addr, 8);
    s370_store8(c, addr, c->clock_comp & ~CLOCK_UNUSED_BITS);
}

/* B208 SPT - Set CPU Timer [S] (PoO ch. 10) */
static void op_spt(s370_cpu *c, const uint8_t *ins)
{
    s370_priv_check(c);
    uint32_t addr = s370_rs_addr(c, ins);
    require_aligned(c, addr, 8);
    s370_set_cpu_timer(c, (int64_t)(s370_fetch8(c, addr) & ~CLOCK_UNUSED_BITS));
}

/* B209 STPT - Store CPU Timer [S] (PoO ch. 10) */
static void op_stpt(s370_cpu *c, const uint8_t *ins)
{
    s370_priv_check(c);
    uint32_t addr = s370_rs_addr(c, ins);
    require_aligned(c, addr, 8);
    s370_store8(c, addr, (uint64_t)s370_cpu_timer(c) & ~CLOCK_UNUSED_BITS);
}

/* B20D PTLB - Purge TLB [S] (PoO ch. 10) */
static void op_ptlb(s370_cpu *c, const uint8_t *ins)
{
    (void)ins;
    s370_priv_check(c);
    s370_tlb_purge(c);
}

/* B213 RRB - Reset Reference Bit [S] (PoO ch. 10) */
static void op_rrb(s370_cpu *c, const uint8_t *ins)
{
    s370_priv_check(c);
    uint8_t *k = &c->keys[key_block(c, s370_rs_addr(c, ins)) / S370_KEYBLOCK];
    c->cc = (uint8_t)(((*k & S370_KEY_REF) ? 2 : 0) | ((*k & S370_KEY_CHG) ? 1 : 0));
    *k &= (uint8_t)~S370_KEY_REF;
}

const s370_insn_def s370_insns_control[] = {
    {0x08, "SSK", S370_RR, WB_PG_PRIVILEGED, op_ssk},
    {0x09, "ISK", S370_RR, WB_PG_PRIVILEGED, op_isk},
    {0x80, "SSM", S370_S, WB_PG_PRIVILEGED, op_ssm},
    {0x82, "LPSW", S370_S, WB_PG_PRIVILEGED, op_lpsw},
    {0x83, "DIAG", S370_RS, WB_PG_PRIVILEGED, op_diagnose},
    {0xAC, "STNSM", S370_SI, WB_PG_PRIVILEGED, op_stnsm},
    {0xAD, "STOSM", S370_SI, WB_PG_PRIVILEGED, op_stosm},
    {0xAE, "SIGP", S370_RS, WB_PG_PRIVILEGED, op_sigp},
    {0xAF, "MC", S370_SI, WB_PG_INNOCUOUS, op_mc},
    {0xB1, "LRA", S370_RX, WB_PG_PRIVILEGED, op_lra},
    {0xB6, "STCTL", S370_RS, WB_PG_PRIVILEGED, op_stctl},
    {0xB7, "LCTL", S370_RS, WB_PG_PRIVILEGED, op_lctl},
    {0xB202, "STIDP", S370_S, WB_PG_PRIVILEGED, op_stidp},
    {0xB204, "SCK", S370_S, WB_PG_PRIVILEGED, op_sck},
    {0xB205, "STCK", S370_S, WB_PG_INNOCUOUS, op_stck},
    {0xB206, "SCKC", S370_S, WB_PG_PRIVILEGED, op_sckc},
    {0xB207, "STCKC", S370_S, WB_PG_PRIVILEGED, op_stckc},
    {0xB208, "SPT", S370_S, WB_PG_PRIVILEGED, op_spt},
    {0xB209, "STPT", S370_S, WB_PG_PRIVILEGED, op_stpt},
    {0xB20A, "SPKA", S370_S, WB_PG_PRIVILEGED, op_spka},
    {0xB20B, "IPK", S370_S, WB_PG_PRIVILEGED, op_ipk},
    {0xB20D, "PTLB", S370_S, WB_PG_PRIVILEGED, op_ptlb},
    {0xB213, "RRB", S370_S, WB_PG_PRIVILEGED, op_rrb},
    {0, NULL, S370_RR, WB_PG_INNOCUOUS, NULL},
};
