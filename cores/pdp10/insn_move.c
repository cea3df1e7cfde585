/* Full-word and half-word transfers, EXCH and BLT (SRM 2.3, 2.4, 2.6). */
#include "pdp10.h"

/* Modes of the move class: 0 C(E) -> AC, 1 0,,E -> AC, 2 AC -> E, 3 self: C(E) -> E and AC
 * when AC != 0. */
static uint64_t move_source(pdp10_cpu *c, unsigned mode, unsigned ac, uint32_t e)
{
    switch (mode) {
    case 0: return pdp10_read(c, e);
    case 1: return e;
    case 2: return c->ac[ac];
    default: return pdp10_read(c, e);
    }
}

static void move_dest(pdp10_cpu *c, unsigned mode, unsigned ac, uint32_t e, uint64_t v)
{
    v &= PDP10_WORD;
    if (mode >= 2)
        pdp10_write(c, e, v);
    if (mode < 2 || (mode == 3 && ac))
        c->ac[ac] = v;
}

/* 200-203 MOVE MOVEI MOVEM MOVES - Move (SRM 2.3) */
static void op_move(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e)
{
    unsigned mode = op & 3;
    uint64_t v = move_source(c, mode, ac, e);
    move_dest(c, mode, ac, e, v);
}

/* 204-207 MOVS MOVSI MOVSM MOVSS - Move Swapped (SRM 2.3) */
static void op_movs(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e)
{
    unsigned mode = op & 3;
    uint64_t v = move_source(c, mode, ac, e);
    move_dest(c, mode, ac, e, pdp10_swap(v));
}

/* Negation sets CRY0 and CRY1 for zero, AROV and CRY1 for -2^35 (SRM 2.3, 2.5). */
static uint64_t negate(pdp10_cpu *c, uint64_t v)
{
    if (v == 0)
        pdp10_set_flags(c, PDP10_CRY0 | PDP10_CRY1);
    else if (v == PDP10_SIGN)
        pdp10_set_flags(c, PDP10_AROV | PDP10_CRY1);
    return pdp10_neg(v);
}

/* 210-213 MOVN MOVNI MOVNM MOVNS - Move Negative (SRM 2.3) */
static void op_movn(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e)
{
    unsigned mode = op & 3;
    uint64_t v = move_source(c, mode, ac, e);
    if (mode >= 2)
        pdp10_check_write(c, e);
    move_dest(c, mode, ac, e, negate(c, v));
}

/* 214-217 MOVM MOVMI MOVMM MOVMS - Move Magnitude (SRM 2.3) */
static void op_movm(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e)
{
    unsigned mode = op & 3;
    uint64_t v = move_source(c, mode, ac, e);
    if (mode >= 2)
        pdp10_check_write(c, e);
    if (v & PDP10_SIGN)
        v = negate(c, v);
    move_dest(c, mode, ac, e, v);
}

/* 250 EXCH - Exchange (SRM 2.3) */
static void op_exch(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e)
{
    (void)op;
    uint64_t m = pdp10_read(c, e);
    pdp10_write(c, e, c->ac[ac]);
    c->ac[ac] = m;
}

/* 251 BLT - Block Transfer (SRM 2.3): AC holds source,,destination; words move until the one
 * stored at E.  The KA10 keeps the updated pointer in AC between words (so an interrupted
 * BLT can resume); after the last word the AC still points at it. */
static void op_blt(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e)
{
    (void)op;
    uint64_t ptr = c->ac[ac];
    for (;;) {
        uint32_t src = (uint32_t)pdp10_lh(ptr), dst = (uint32_t)pdp10_rh(ptr);
        uint64_t v = pdp10_read(c, src);
        pdp10_write(c, dst, v);
        if (dst >= e)
            break;
        ptr = ((uint64_t)((src + 1) & PDP10_AMASK) << 18) | ((dst + 1) & PDP10_AMASK);
        c->ac[ac] = ptr;
    }
}

/* 500-577 half-word transfers (SRM 2.4).  Bit 040 of the opcode: destination is the right
 * half; bit 004: the source is the other half; bits 030: what happens to the destination's
 * other half (0 unchanged, 1 zeros, 2 ones, 3 extend the sign of the half moved). */
static void op_halfword(pdp10_cpu *c, unsigned op, unsigned ac, uint32_t e)
{
    unsigned mode = op & 3, ext = (op >> 3) & 3;
    bool dst_right = (op & 040) != 0;
    bool src_left = dst_right == ((op & 4) != 0);
    uint64_t src = move_source(c, mode, ac, e);
    uint64_t half = src_left ? pdp10_lh(src) : pdp10_rh(src);
    uint64_t old;
    if (mode == 0 || mode == 1)
        old = c->ac[ac];
    else if (mode == 2)
        old = pdp10_read(c, e);
    else
        old = src;
    uint64_t other;
    switch (ext) {
    case 0: other = dst_right ? pdp10_lh(old) : pdp10_rh(old); break;
    case 1: other = 0; break;
    case 2: other = PDP10_RH; break;
    default: other = (half & 0400000) ? PDP10_RH : 0; break;
    }
    uint64_t v = dst_right ? (other << 18) | half : (half << 18) | other;
    move_dest(c, mode, ac, e, v);
}

const pdp10_insn_def pdp10_insns_move[] = {
    {0200, 1, "MOVE", WB_PG_INNOCUOUS, op_move},   {0201, 1, "MOVEI", WB_PG_INNOCUOUS, op_move},
    {0202, 1, "MOVEM", WB_PG_INNOCUOUS, op_move},  {0203, 1, "MOVES", WB_PG_INNOCUOUS, op_move},
    {0204, 1, "MOVS", WB_PG_INNOCUOUS, op_movs},   {0205, 1, "MOVSI", WB_PG_INNOCUOUS, op_movs},
    {0206, 1, "MOVSM", WB_PG_INNOCUOUS, op_movs},  {0207, 1, "MOVSS", WB_PG_INNOCUOUS, op_movs},
    {0210, 1, "MOVN", WB_PG_INNOCUOUS, op_movn},   {0211, 1, "MOVNI", WB_PG_INNOCUOUS, op_movn},
    {0212, 1, "MOVNM", WB_PG_INNOCUOUS, op_movn},  {0213, 1, "MOVNS", WB_PG_INNOCUOUS, op_movn},
    {0214, 1, "MOVM", WB_PG_INNOCUOUS, op_movm},   {0215, 1, "MOVMI", WB_PG_INNOCUOUS, op_movm},
    {0216, 1, "MOVMM", WB_PG_INNOCUOUS, op_movm},  {0217, 1, "MOVMS", WB_PG_INNOCUOUS, op_movm},
    {0250, 1, "EXCH", WB_PG_INNOCUOUS, op_exch},   {0251, 1, "BLT", WB_PG_INNOCUOUS, op_blt},
    {0500, 1, "HLL", WB_PG_INNOCUOUS, op_halfword},   {0501, 1, "HLLI", WB_PG_INNOCUOUS, op_halfword},
    {0502, 1, "HLLM", WB_PG_INNOCUOUS, op_halfword},  {0503, 1, "HLLS", WB_PG_INNOCUOUS, op_halfword},
    {0504, 1, "HRL", WB_PG_INNOCUOUS, op_halfword},   {0505, 1, "HRLI", WB_PG_INNOCUOUS, op_halfword},
    {0506, 1, "HRLM", WB_PG_INNOCUOUS, op_halfword},  {0507, 1, "HRLS", WB_PG_INNOCUOUS, op_halfword},
    {0510, 1, "HLLZ", WB_PG_INNOCUOUS, op_halfword},  {0511, 1, "HLLZI", WB_PG_INNOCUOUS, op_halfword},
    {0512, 1, "HLLZM", WB_PG_INNOCUOUS, op_halfword}, {0513, 1, "HLLZS", WB_PG_INNOCUOUS, op_halfword},
    {0514, 1, "HRLZ", WB_PG_INNOCUOUS, op_halfword},  {0515, 1, "HRLZI", WB_PG_INNOCUOUS, op_halfword},
    {0516, 1, "HRLZM", WB_PG_INNOCUOUS, op_halfword}, {0517, 1, "HRLZS", WB_PG_INNOCUOUS, op_halfword},
    {0520, 1, "HLLO", WB_PG_INNOCUOUS, op_halfword},  {0521, 1, "HLLOI", WB_PG_INNOCUOUS, op_halfword},
    {0522, 1, "HLLOM", WB_PG_INNOCUOUS, op_halfword}, {0523, 1, "HLLOS", WB_PG_INNOCUOUS, op_halfword},
    {0524, 1, "HRLO", WB_PG_INNOCUOUS, op_halfword},  {0525, 1, "HRLOI", WB_PG_INNOCUOUS, op_halfword},
    {0526, 1, "HRLOM", WB_PG_INNOCUOUS, op_halfword}, {0527, 1, "HRLOS", WB_PG_INNOCUOUS, op_halfword},
    {0530, 1, "HLLE", WB_PG_INNOCUOUS, op_halfword},  {0531, 1, "HLLEI", WB_PG_INNOCUOUS, op_halfword},
    {0532, 1, "HLLEM", WB_PG_INNOCUOUS, op_halfword}, {0533, 1, "HLLES", WB_PG_INNOCUOUS, op_halfword},
    {0534, 1, "HRLE", WB_PG_INNOCUOUS, op_halfword},  {0535, 1, "HRLEI", WB_PG_INNOCUOUS, op_halfword},
    {0536, 1, "HRLEM", WB_PG_INNOCUOUS, op_halfword}, {0537, 1, "HRLES", WB_PG_INNOCUOUS, op_halfword},
    {0540, 1, "HRR", WB_PG_INNOCUOUS, op_halfword},   {0541, 1, "HRRI", WB_PG_INNOCUOUS, op_halfword},
    {0542, 1, "HRRM", WB_PG_INNOCUOUS, op_halfword},  {0543, 1, "HRRS", WB_PG_INNOCUOUS, op_halfword},
    {0544, 1, "HLR", WB_PG_INNOCUOUS, op_halfword},   {0545, 1, "HLRI", WB_PG_INNOCUOUS, op_halfword},
    {0546, 1, "HLRM", WB_PG_INNOCUOUS, op_halfword},  {0547, 1, "HLRS", WB_PG_INNOCUOUS, op_halfword},
    {0550, 1, "HRRZ", WB_PG_INNOCUOUS, op_halfword},  {0551, 1, "HRRZI", WB_PG_INNOCUOUS, op_halfword},
    {0552, 1, "HRRZM", WB_PG_INNOCUOUS, op_halfword}, {0553, 1, "HRRZS", WB_PG_INNOCUOUS, op_halfword},
    {0554, 1, "HLRZ", WB_PG_INNOCUOUS, op_halfword},  {0555, 1, "HLRZI", WB_PG_INNOCUOUS, op_halfword},
    {0556, 1, "HLRZM", WB_PG_INNOCUOUS, op_halfword}, {0557, 1, "HLRZS", WB_PG_INNOCUOUS, op_halfword},
    {0560, 1, "HRRO", WB_PG_INNOCUOUS, op_halfword},  {0561, 1, "HRROI", WB_PG_INNOCUOUS, op_halfword},
    {0562, 1, "HRROM", WB_PG_INNOCUOUS, op_halfword}, {0563, 1, "HRROS", WB_PG_INNOCUOUS, op_halfword},
    {0564, 1, "HLRO", WB_PG_INNOCUOUS, op_halfword},  {0565, 1, "HLROI", WB_PG_INNOCUOUS, op_halfword},
    {0566, 1, "HLROM", WB_PG_INNOCUOUS, op_halfword}, {0567, 1, "HLROS", WB_PG_INNOCUOUS, op_halfword},
    {0570, 1, "HRRE", WB_PG_INNOCUOUS, op_halfword},  {0571, 1, "HRREI", WB_PG_INNOCUOUS, op_halfword},
    {0572, 1, "HRREM", WB_PG_INNOCUOUS, op_halfword}, {0573, 1, "HRRES", WB_PG_INNOCUOUS, op_halfword},
    {0574, 1, "HLRE", WB_PG_INNOCUOUS, op_halfword},  {0575, 1, "HLREI", WB_PG_INNOCUOUS, op_halfword},
    {0576, 1, "HLREM", WB_PG_INNOCUOUS, op_halfword}, {0577, 1, "HLRES", WB_PG_INNOCUOUS, op_halfword},
    {0, 0, NULL, WB_PG_INNOCUOUS, NULL},
};
