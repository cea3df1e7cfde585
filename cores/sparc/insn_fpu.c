/* Floating-point operate instructions and FBfcc (V8 B.22, B.33-B.37, chapter 4.4 FSR).
 * IEEE 754 single and double on the host's arithmetic with its exception flags; quad formats are
 * unimplemented_FPop (ftt 3), as V8 permits. */
#include "sparc/sparc.h"
#include <fenv.h>
#include <math.h>
#include <string.h>

#pragma GCC diagnostic ignored "-Wunknown-pragmas"
#pragma STDC FENV_ACCESS ON

enum { FTT_INVALID_REG = 6 };

static _Noreturn void fp_trap(sparc_cpu *c, unsigned ftt)
{
    c->fsr = (c->fsr & ~FSR_FTT) | ftt << FSR_FTT_SHIFT;
    sparc_trap(c, TT_FP_EXCEPTION);
}

static float getf(const sparc_cpu *c, unsigned r) { float f; memcpy(&f, &c->f[r], 4); return f; }
static void putf(sparc_cpu *c, unsigned r, float f) { memcpy(&c->f[r], &f, 4); }
static uint64_t getd_bits(const sparc_cpu *c, unsigned r) { return (uint64_t)c->f[r] << 32 | c->f[r + 1]; }
static double getd(const sparc_cpu *c, unsigned r) { uint64_t b = getd_bits(c, r); double d; memcpy(&d, &b, 8); return d; }
static void putd(sparc_cpu *c, unsigned r, double d)
{
    uint64_t b;
    memcpy(&b, &d, 8);
    c->f[r] = (uint32_t)(b >> 32);
    c->f[r + 1] = (uint32_t)b;
}
static unsigned dreg(sparc_cpu *c, unsigned r)
{
    if (r & 1)
        fp_trap(c, FTT_INVALID_REG);
    return r;
}

/* ---- host exception flags <-> FSR cexc ---- */
static int host_round(uint32_t fsr)
{
    static const int rd[4] = {FE_TONEAREST, FE_TOWARDZERO, FE_UPWARD, FE_DOWNWARD};
    return rd[fsr >> FSR_RD_SHIFT & 3];
}
static void begin(sparc_cpu *c)
{
    feclearexcept(FE_ALL_EXCEPT);
    fesetround(host_round(c->fsr));
}
static unsigned flags(void)
{
    int e = fetestexcept(FE_ALL_EXCEPT);
    fesetround(FE_TONEAREST);
    return (e & FE_INEXACT ? FEXC_NX : 0) | (e & FE_DIVBYZERO ? FEXC_DZ : 0) | (e & FE_UNDERFLOW ? FEXC_UF : 0) |
           (e & FE_OVERFLOW ? FEXC_OF : 0) | (e & FE_INVALID ? FEXC_NV : 0);
}
/* Record cexc; a trap enabled in TEM traps before the destination is written (V8 4.4). */
static void finish(sparc_cpu *c, unsigned cexc)
{
    unsigned tem = c->fsr >> FSR_TEM_SHIFT & 31;
    c->fsr = (c->fsr & ~(FSR_FTT | 31u)) | cexc;
    if (cexc & tem)
        fp_trap(c, FTT_IEEE);
    c->fsr |= cexc << FSR_AEXC_SHIFT;
}

/* ---- NaNs: SPARC's default NaN is all ones with the sign clear; an operand NaN propagates quieted,
 * rs2's taking precedence when both are signaling or both quiet (V8 Appendix ?, "NaN operands") ---- */
static bool snan_s(uint32_t b) { return (b & 0x7FC00000u) == 0x7F800000u && (b & 0x3FFFFF); }
static bool nan_s(uint32_t b) { return (b & 0x7FFFFFFFu) > 0x7F800000u; }
static bool snan_d(uint64_t b) { return (b & 0x7FF8000000000000ull) == 0x7FF0000000000000ull && (b & 0x7FFFFFFFFFFFFull); }
static bool nan_d(uint64_t b) { return (b & 0x7FFFFFFFFFFFFFFFull) > 0x7FF0000000000000ull; }
static uint32_t nan_result_s(uint32_t a, uint32_t b, bool two)
{
    if (two && snan_s(b)) return b | 0x400000u;
    if (snan_s(a)) return a | 0x400000u;
    if (two && nan_s(b)) return b;
    if (nan_s(a)) return a;
    return 0x7FFFFFFFu;
}
static uint64_t nan_result_d(uint64_t a, uint64_t b, bool two)
{
    if (two && snan_d(b)) return b | 0x8000000000000ull;
    if (snan_d(a)) return a | 0x8000000000000ull;
    if (two && nan_d(b)) return b;
    if (nan_d(a)) return a;
    return 0x7FFFFFFFFFFFFFFFull;
}

/* ---- single / double arithmetic ---- */
enum { ADD, SUB, MUL, DIV, SQRT };

static void arith_s(sparc_cpu *c, uint32_t i, int op)
{
    sparc_fp_check(c);
    uint32_t ab = c->f[F_RS1(i)], bb = c->f[F_RS2(i)];
    float a = getf(c, F_RS1(i)), b = getf(c, F_RS2(i));
    begin(c);
    volatile float r;
    switch (op) {
    case ADD: r = a + b; break;
    case SUB: r = a - b; break;
    case MUL: r = a * b; break;
    case DIV: r = a / b; break;
    default: r = sqrtf(b); break;
    }
    unsigned e = flags();
    finish(c, e);
    float rr = r;
    uint32_t rb;
    memcpy(&rb, &rr, 4);
    if (nan_s(rb))
        rb = op == SQRT ? nan_result_s(bb, 0, false) : nan_result_s(ab, bb, true);
    c->f[F_RD(i)] = rb;
}

static void arith_d(sparc_cpu *c, uint32_t i, int op)
{
    sparc_fp_check(c);
    unsigned r1 = dreg(c, F_RS1(i)), r2 = dreg(c, F_RS2(i)), rd = dreg(c, F_RD(i));
    uint64_t ab = getd_bits(c, r1), bb = getd_bits(c, r2);
    double a = getd(c, r1), b = getd(c, r2);
    begin(c);
    volatile double r;
    switch (op) {
    case ADD: r = a + b; break;
    case SUB: r = a - b; break;
    case MUL: r = a * b; break;
    case DIV: r = a / b; break;
    default: r = sqrt(b); break;
    }
    unsigned e = flags();
    finish(c, e);
    double rr = r;
    uint64_t rb;
    memcpy(&rb, &rr, 8);
    if (nan_d(rb))
        rb = op == SQRT ? nan_result_d(bb, 0, false) : nan_result_d(ab, bb, true);
    c->f[rd] = (uint32_t)(rb >> 32);
    c->f[rd + 1] = (uint32_t)rb;
}

/* FADDs - Add single (V8 B.33) */
static void op_fadds(sparc_cpu *c, uint32_t i) { arith_s(c, i, ADD); }
/* FADDd - Add double (V8 B.33) */
static void op_faddd(sparc_cpu *c, uint32_t i) { arith_d(c, i, ADD); }
/* FSUBs - Subtract single (V8 B.33) */
static void op_fsubs(sparc_cpu *c, uint32_t i) { arith_s(c, i, SUB); }
/* FSUBd - Subtract double (V8 B.33) */
static void op_fsubd(sparc_cpu *c, uint32_t i) { arith_d(c, i, SUB); }
/* FMULs - Multiply single (V8 B.34) */
static void op_fmuls(sparc_cpu *c, uint32_t i) { arith_s(c, i, MUL); }
/* FMULd - Multiply double (V8 B.34) */
static void op_fmuld(sparc_cpu *c, uint32_t i) { arith_d(c, i, MUL); }
/* FDIVs - Divide single (V8 B.34) */
static void op_fdivs(sparc_cpu *c, uint32_t i) { arith_s(c, i, DIV); }
/* FDIVd - Divide double (V8 B.34) */
static void op_fdivd(sparc_cpu *c, uint32_t i) { arith_d(c, i, DIV); }
/* FSQRTs - Square root single (V8 B.35) */
static void op_fsqrts(sparc_cpu *c, uint32_t i) { arith_s(c, i, SQRT); }
/* FSQRTd - Square root double (V8 B.35) */
static void op_fsqrtd(sparc_cpu *c, uint32_t i) { arith_d(c, i, SQRT); }

/* FsMULd - Multiply single to double (V8 B.34): exact, so only NaN operands raise anything */
static void op_fsmuld(sparc_cpu *c, uint32_t i)
{
    sparc_fp_check(c);
    unsigned rd = dreg(c, F_RD(i));
    uint32_t ab = c->f[F_RS1(i)], bb = c->f[F_RS2(i)];
    begin(c);
    volatile double r = (double)getf(c, F_RS1(i)) * (double)getf(c, F_RS2(i));
    finish(c, flags());
    double rr = r;
    if (isnan(rr)) {
        uint32_t n = nan_result_s(ab, bb, true);
        uint64_t b = (uint64_t)(n & 0x80000000u) << 32 | 0x7FF8000000000000ull | (uint64_t)(n & 0x3FFFFFu) << 29;
        if (n == 0x7FFFFFFFu)
            b = 0x7FFFFFFFFFFFFFFFull;
        c->f[rd] = (uint32_t)(b >> 32);
        c->f[rd + 1] = (uint32_t)b;
        return;
    }
    putd(c, rd, rr);
}

/* FMOVs - Move single (V8 B.36): no exceptions, cexc cleared */
static void op_fmovs(sparc_cpu *c, uint32_t i) { sparc_fp_check(c); finish(c, 0); c->f[F_RD(i)] = c->f[F_RS2(i)]; }
/* FNEGs - Negate single (V8 B.36) */
static void op_fnegs(sparc_cpu *c, uint32_t i) { sparc_fp_check(c); finish(c, 0); c->f[F_RD(i)] = c->f[F_RS2(i)] ^ 0x80000000u; }
/* FABSs - Absolute value single (V8 B.36) */
static void op_fabss(sparc_cpu *c, uint32_t i) { sparc_fp_check(c); finish(c, 0); c->f[F_RD(i)] = c->f[F_RS2(i)] & 0x7FFFFFFFu; }

/* FiTOs - Convert integer to single (V8 B.37) */
static void op_fitos(sparc_cpu *c, uint32_t i)
{
    sparc_fp_check(c);
    begin(c);
    volatile float r = (float)(int32_t)c->f[F_RS2(i)];
    finish(c, flags());
    putf(c, F_RD(i), r);
}

/* FiTOd - Convert integer to double (V8 B.37): exact */
static void op_fitod(sparc_cpu *c, uint32_t i)
{
    sparc_fp_check(c);
    unsigned rd = dreg(c, F_RD(i));
    finish(c, 0);
    putd(c, rd, (double)(int32_t)c->f[F_RS2(i)]);
}

/* Round toward zero to a 32-bit integer; NaN and out-of-range give invalid and the largest value
 * of the operand's sign (V8 B.37: 2^31-1 for positive or NaN-with-sign-clear, -2^31 otherwise). */
static void to_int(sparc_cpu *c, uint32_t i, double v, bool neg)
{
    unsigned e = 0;
    uint32_t r;
    if (isnan(v) || v >= 2147483648.0 || v < -2147483648.0) {
        e = FEXC_NV;
        r = neg ? 0x80000000u : 0x7FFFFFFFu;
    } else {
        double t = trunc(v);
        if (t != v)
            e = FEXC_NX;
        r = (uint32_t)(int32_t)t;
    }
    finish(c, e);
    c->f[F_RD(i)] = r;
}
/* FsTOi - Convert single to integer (V8 B.37) */
static void op_fstoi(sparc_cpu *c, uint32_t i)
{
    sparc_fp_check(c);
    to_int(c, i, (double)getf(c, F_RS2(i)), (c->f[F_RS2(i)] >> 31) != 0);
}
/* FdTOi - Convert double to integer (V8 B.37) */
static void op_fdtoi(sparc_cpu *c, uint32_t i)
{
    sparc_fp_check(c);
    unsigned r2 = dreg(c, F_RS2(i));
    to_int(c, i, getd(c, r2), (c->f[r2] >> 31) != 0);
}

/* FsTOd - Convert single to double (V8 B.37) */
static void op_fstod(sparc_cpu *c, uint32_t i)
{
    sparc_fp_check(c);
    unsigned rd = dreg(c, F_RD(i));
    uint32_t b = c->f[F_RS2(i)];
    begin(c);
    volatile double r = (double)getf(c, F_RS2(i));
    finish(c, flags() | (snan_s(b) ? FEXC_NV : 0));
    if (nan_s(b)) {
        uint64_t d = (uint64_t)(b & 0x80000000u) << 32 | 0x7FF8000000000000ull | (uint64_t)(b & 0x3FFFFFu) << 29;
        c->f[rd] = (uint32_t)(d >> 32);
        c->f[rd + 1] = (uint32_t)d;
        return;
    }
    putd(c, rd, r);
}

/* FdTOs - Convert double to single (V8 B.37) */
static void op_fdtos(sparc_cpu *c, uint32_t i)
{
    sparc_fp_check(c);
    unsigned r2 = dreg(c, F_RS2(i));
    uint64_t b = getd_bits(c, r2);
    begin(c);
    volatile float r = (float)getd(c, r2);
    finish(c, flags() | (snan_d(b) ? FEXC_NV : 0));
    if (nan_d(b)) {
        c->f[F_RD(i)] = (uint32_t)(b >> 32 & 0x80000000u) | 0x7FC00000u | (uint32_t)(b >> 29 & 0x3FFFFFu);
        return;
    }
    putf(c, F_RD(i), r);
}

/* Compare and set fcc: 0 equal, 1 less, 2 greater, 3 unordered (V8 B.38).  The E forms signal
 * invalid for any NaN, the others only for a signaling NaN. */
static void fcmp(sparc_cpu *c, double a, double b, bool anysnan, bool e)
{
    unsigned fcc;
    unsigned ex = 0;
    if (isnan(a) || isnan(b)) {
        fcc = 3;
        if (e || anysnan)
            ex = FEXC_NV;
    } else
        fcc = a == b ? 0 : a < b ? 1 : 2;
    finish(c, ex);
    c->fsr = (c->fsr & ~(3u << FSR_FCC_SHIFT)) | fcc << FSR_FCC_SHIFT;
}
/* FCMPs - Compare single (V8 B.38) */
static void op_fcmps(sparc_cpu *c, uint32_t i)
{
    sparc_fp_check(c);
    fcmp(c, getf(c, F_RS1(i)), getf(c, F_RS2(i)), snan_s(c->f[F_RS1(i)]) || snan_s(c->f[F_RS2(i)]), false);
}
/* FCMPEs - Compare single and exception if unordered (V8 B.38) */
static void op_fcmpes(sparc_cpu *c, uint32_t i)
{
    sparc_fp_check(c);
    fcmp(c, getf(c, F_RS1(i)), getf(c, F_RS2(i)), true, true);
}
/* FCMPd - Compare double (V8 B.38) */
static void op_fcmpd(sparc_cpu *c, uint32_t i)
{
    sparc_fp_check(c);
    unsigned r1 = dreg(c, F_RS1(i)), r2 = dreg(c, F_RS2(i));
    fcmp(c, getd(c, r1), getd(c, r2), snan_d(getd_bits(c, r1)) || snan_d(getd_bits(c, r2)), false);
}
/* FCMPEd - Compare double and exception if unordered (V8 B.38) */
static void op_fcmped(sparc_cpu *c, uint32_t i)
{
    sparc_fp_check(c);
    unsigned r1 = dreg(c, F_RS1(i)), r2 = dreg(c, F_RS2(i));
    fcmp(c, getd(c, r1), getd(c, r2), true, true);
}

/* FPop1/FPop2 with an opf this FPU does not implement (quad, reserved): unimplemented_FPop */
static void op_fpunimp(sparc_cpu *c, uint32_t i)
{
    (void)i;
    sparc_fp_check(c);
    fp_trap(c, FTT_UNIMPLEMENTED);
}

/* FBfcc - Branch on floating-point condition codes (V8 B.22) */
static void op_fbfcc(sparc_cpu *c, uint32_t i)
{
    /* bit f of mask[cond] set: the branch is taken when fcc == f */
    static const uint8_t mask[16] = {0x0, 0xE, 0x6, 0xA, 0x2, 0xC, 0x4, 0x8,
                                     0xF, 0x1, 0x9, 0x5, 0xD, 0x3, 0xB, 0x7};
    sparc_fp_check(c);
    unsigned cond = i >> 25 & 15, fcc = c->fsr >> FSR_FCC_SHIFT & 3;
    bool a = (i >> 29) & 1;
    bool taken = (mask[cond] >> fcc) & 1;
    if (taken)
        c->next_npc = c->insn_pc + (uint32_t)((int32_t)(i << 10) >> 8);
    if (a && (!taken || cond == 8))
        c->annul = true;
}

const sparc_insn_def sparc_insns_fpu[] = {
    {SK_OP0(6), "FBFCC", WB_PG_INNOCUOUS, op_fbfcc},
    {SK_OP2(0x34), "FPOP1", WB_PG_INNOCUOUS, op_fpunimp},
    {SK_OP2(0x35), "FPOP2", WB_PG_INNOCUOUS, op_fpunimp},
    {SK_FP1(0x01), "FMOVS", WB_PG_INNOCUOUS, op_fmovs},   {SK_FP1(0x05), "FNEGS", WB_PG_INNOCUOUS, op_fnegs},
    {SK_FP1(0x09), "FABSS", WB_PG_INNOCUOUS, op_fabss},   {SK_FP1(0x29), "FSQRTS", WB_PG_INNOCUOUS, op_fsqrts},
    {SK_FP1(0x2A), "FSQRTD", WB_PG_INNOCUOUS, op_fsqrtd}, {SK_FP1(0x41), "FADDS", WB_PG_INNOCUOUS, op_fadds},
    {SK_FP1(0x42), "FADDD", WB_PG_INNOCUOUS, op_faddd},   {SK_FP1(0x45), "FSUBS", WB_PG_INNOCUOUS, op_fsubs},
    {SK_FP1(0x46), "FSUBD", WB_PG_INNOCUOUS, op_fsubd},   {SK_FP1(0x49), "FMULS", WB_PG_INNOCUOUS, op_fmuls},
    {SK_FP1(0x4A), "FMULD", WB_PG_INNOCUOUS, op_fmuld},   {SK_FP1(0x4D), "FDIVS", WB_PG_INNOCUOUS, op_fdivs},
    {SK_FP1(0x4E), "FDIVD", WB_PG_INNOCUOUS, op_fdivd},   {SK_FP1(0x69), "FSMULD", WB_PG_INNOCUOUS, op_fsmuld},
    {SK_FP1(0xC4), "FITOS", WB_PG_INNOCUOUS, op_fitos},   {SK_FP1(0xC6), "FDTOS", WB_PG_INNOCUOUS, op_fdtos},
    {SK_FP1(0xC8), "FITOD", WB_PG_INNOCUOUS, op_fitod},   {SK_FP1(0xC9), "FSTOD", WB_PG_INNOCUOUS, op_fstod},
    {SK_FP1(0xD1), "FSTOI", WB_PG_INNOCUOUS, op_fstoi},   {SK_FP1(0xD2), "FDTOI", WB_PG_INNOCUOUS, op_fdtoi},
    {SK_FP2(0x51), "FCMPS", WB_PG_INNOCUOUS, op_fcmps},   {SK_FP2(0x52), "FCMPD", WB_PG_INNOCUOUS, op_fcmpd},
    {SK_FP2(0x55), "FCMPES", WB_PG_INNOCUOUS, op_fcmpes}, {SK_FP2(0x56), "FCMPED", WB_PG_INNOCUOUS, op_fcmped},
    {0, NULL, WB_PG_INNOCUOUS, NULL},
};
