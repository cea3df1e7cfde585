/* S/370 instruction group: storage-to-storage character and conversion instructions
 * (PoO chapter 7, "General Instructions").
 *
 * SS operands are processed left to right one byte at a time (PACK, UNPK and MVO right to
 * left), exactly as the PoO defines the result of overlapping operands: each result byte is
 * stored immediately after the operand bytes it needs are fetched.  Addresses wrap at 2^24.
 * Where an instruction stores into storage, the whole of each operand is checked for access
 * first (s370_validate), so an access exception leaves storage unchanged; the bytes are then
 * processed through host pointers obtained one 2K block at a time (keys, prefixing and DAT
 * pages are all multiples of 2K, so a block maps contiguously). */
#include "s370.h"

/* ---------- SS-format fields ---------- */

/* First-operand address of the SS format. */
static inline uint32_t ss_addr1(const s370_cpu *c, const uint8_t *i) { return s370_ea(c, 0, s370_b(i + 2), s370_d(i + 2)); }
/* Single length field L: the operand is L+1 bytes. */
static inline unsigned ss_len(const uint8_t *i) { return (unsigned)i[1] + 1; }
/* Two length fields L1 L2 (PACK, UNPK, MVO). */
static inline unsigned ss_len1(const uint8_t *i) { return (unsigned)(i[1] >> 4) + 1; }
static inline unsigned ss_len2(const uint8_t *i) { return (unsigned)(i[1] & 15) + 1; }

/* ---------- byte cursor over a (validated) operand ---------- */

/* Walks an operand one byte at a time, translating once per 2K block.  The 2K block
 * boundary at 2^24 coincides with the address wrap, so wrapping needs no special case. */
typedef struct {
    uint32_t addr;     /* logical address of the next byte */
    uint8_t *p;        /* host pointer of that byte, valid while left > 0 */
    uint32_t left;     /* bytes remaining in the current 2K block */
    s370_acc acc;
    int step;          /* +1 left to right, -1 right to left */
} cursor;

static void cur_init(cursor *k, uint32_t addr, s370_acc acc, int step)
{
    k->addr = addr & S370_AMASK;
    k->p = NULL;
    k->left = 0;
    k->acc = acc;
    k->step = step;
}

/* Host pointer of the byte under the cursor. */
static inline uint8_t *cur_ptr(s370_cpu *c, cursor *k)
{
    if (!k->left) {
        k->p = s370_maddr(c, k->addr, k->acc, c->pkey);
        uint32_t off = k->addr & (S370_KEYBLOCK - 1);
        k->left = k->step > 0 ? S370_KEYBLOCK - off : off + 1;
    }
    return k->p;
}

static inline void cur_next(cursor *k)
{
    k->addr = (k->addr + (uint32_t)k->step) & S370_AMASK;
    k->left--;
    if (k->left)
        k->p += k->step;
}

/* Address of a byte n positions to the right of a, wrapped. */
static inline uint32_t wrap(uint32_t a, uint32_t n) { return (a + n) & S370_AMASK; }

/* ---------- MVC MVN MVZ NC OC XC: byte-wise left to right ---------- */

enum bop { OP_MOVE, OP_NUMERICS, OP_ZONES, OP_AND, OP_OR, OP_XOR };

/* Apply op to each byte pair, left to right; returns true when any result byte is nonzero.
 * Operand 1 is validated for store (which also covers its fetch for NC/OC/XC/MVN/MVZ),
 * operand 2 for fetch, before any byte changes. */
static bool ss_bytewise(s370_cpu *c, const uint8_t *ins, enum bop op)
{
    unsigned len = ss_len(ins);
    uint32_t a1 = ss_addr1(c, ins), a2 = s370_ss_addr2(c, ins);
    s370_validate(c, a1, len, S370_ACC_STORE, c->pkey);
    s370_validate(c, a2, len, S370_ACC_FETCH, c->pkey);
    cursor k1, k2;
    cur_init(&k1, a1, S370_ACC_STORE, 1);
    cur_init(&k2, a2, S370_ACC_FETCH, 1);
    uint8_t any = 0;
    for (unsigned i = 0; i < len; i++) {
        uint8_t *d = cur_ptr(c, &k1);
        uint8_t s = *cur_ptr(c, &k2);    /* fetched before the result byte is stored */
        uint8_t r;
        switch (op) {
        case OP_MOVE: r = s; break;
        case OP_NUMERICS: r = (uint8_t)((*d & 0xF0) | (s & 0x0F)); break;
        case OP_ZONES: r = (uint8_t)((*d & 0x0F) | (s & 0xF0)); break;
        case OP_AND: r = *d & s; break;
        case OP_OR: r = *d | s; break;
        default: r = *d ^ s; break;
        }
        *d = r;
        any |= r;
        cur_next(&k1);
        cur_next(&k2);
    }
    return any != 0;
}

/* D2 MVC - Move Characters [SS] (PoO ch. 7, "MOVE") */
static void op_mvc(s370_cpu *c, const uint8_t *ins) { ss_bytewise(c, ins, OP_MOVE); }

/* D1 MVN - Move Numerics [SS] (PoO ch. 7, "MOVE NUMERICS") */
static void op_mvn(s370_cpu *c, const uint8_t *ins) { ss_bytewise(c, ins, OP_NUMERICS); }

/* D3 MVZ - Move Zones [SS] (PoO ch. 7, "MOVE ZONES") */
static void op_mvz(s370_cpu *c, const uint8_t *ins) { ss_bytewise(c, ins, OP_ZONES); }

/* D4 NC - And Characters [SS] (PoO ch. 7, "AND"): CC 0 result zero, 1 nonzero */
static void op_nc(s370_cpu *c, const uint8_t *ins) { c->cc = ss_bytewise(c, ins, OP_AND) ? 1 : 0; }

/* D6 OC - Or Characters [SS] (PoO ch. 7, "OR") */
static void op_oc(s370_cpu *c, const uint8_t *ins) { c->cc = ss_bytewise(c, ins, OP_OR) ? 1 : 0; }

/* D7 XC - Exclusive Or Characters [SS] (PoO ch. 7, "EXCLUSIVE OR") */
static void op_xc(s370_cpu *c, const uint8_t *ins) { c->cc = ss_bytewise(c, ins, OP_XOR) ? 1 : 0; }

/* ---------- CLC ---------- */

/* D5 CLC - Compare Logical Characters [SS] (PoO ch. 7, "COMPARE LOGICAL")
 * Left to right, ending at the first unequal byte; the PoO leaves it unpredictable whether
 * access exceptions are recognized beyond that byte, and here they are not. */
static void op_clc(s370_cpu *c, const uint8_t *ins)
{
    unsigned len = ss_len(ins);
    cursor k1, k2;
    cur_init(&k1, ss_addr1(c, ins), S370_ACC_FETCH, 1);
    cur_init(&k2, s370_ss_addr2(c, ins), S370_ACC_FETCH, 1);
    for (unsigned i = 0; i < len; i++) {
        uint8_t x = *cur_ptr(c, &k1), y = *cur_ptr(c, &k2);
        if (x != y) {
            c->cc = x < y ? 1 : 2;
            return;
        }
        cur_next(&k1);
        cur_next(&k2);
    }
    c->cc = 0;
}

/* ---------- TR, TRT ---------- */

/* DC TR - Translate [SS] (PoO ch. 7, "TRANSLATE")
 * Access exceptions are recognized only for the function bytes actually required; they are
 * all probed (for the arguments as they stand) before the first argument is replaced. */
static void op_tr(s370_cpu *c, const uint8_t *ins)
{
    unsigned len = ss_len(ins);
    uint32_t a1 = ss_addr1(c, ins), a2 = s370_ss_addr2(c, ins);
    s370_validate(c, a1, len, S370_ACC_STORE, c->pkey);
    cursor k1;
    cur_init(&k1, a1, S370_ACC_FETCH, 1);
    for (unsigned i = 0; i < len; i++) {
        s370_maddr(c, wrap(a2, *cur_ptr(c, &k1)), S370_ACC_FETCH, c->pkey);
        cur_next(&k1);
    }
    cur_init(&k1, a1, S370_ACC_STORE, 1);
    for (unsigned i = 0; i < len; i++) {
        uint8_t *d = cur_ptr(c, &k1);
        /* Fetched after the previous result byte was stored: an overlapping table sees it. */
        *d = *s370_maddr(c, wrap(a2, *d), S370_ACC_FETCH, c->pkey);
        cur_next(&k1);
    }
}

/* DD TRT - Translate and Test [SS] (PoO ch. 7, "TRANSLATE AND TEST")
 * On the first nonzero function byte: its argument's address goes to bits 8-31 of GR1, the
 * function byte to bits 24-31 of GR2; CC 1, or 2 when it was the last argument byte.
 * CC 0 (registers unchanged) when every function byte is zero. */
static void op_trt(s370_cpu *c, const uint8_t *ins)
{
    unsigned len = ss_len(ins);
    uint32_t a2 = s370_ss_addr2(c, ins);
    cursor k1;
    cur_init(&k1, ss_addr1(c, ins), S370_ACC_FETCH, 1);
    for (unsigned i = 0; i < len; i++) {
        uint32_t at = k1.addr;
        uint8_t f = *s370_maddr(c, wrap(a2, *cur_ptr(c, &k1)), S370_ACC_FETCH, c->pkey);
        if (f) {
            c->gr[1] = (c->gr[1] & ~S370_AMASK) | at;
            c->gr[2] = (c->gr[2] & 0xFFFFFF00u) | f;
            c->cc = i == len - 1 ? 2 : 1;
            return;
        }
        cur_next(&k1);
    }
    c->cc = 0;
}

/* ---------- ED, EDMK ---------- */

enum { ED_DIGIT_SELECT = 0x20, ED_SIG_START = 0x21, ED_FIELD_SEP = 0x22 };

/* The editing operation shared by ED and EDMK (PoO ch. 8, "EDIT").  The result is built in a
 * buffer and stored at the end, so a data exception (invalid source digit) or an access
 * exception on a source byte leaves the pattern unchanged.  Returns true and sets *mark
 * to the address of the result byte where a nonzero digit first made the significance
 * indicator go on (the last such one when several fields are edited). */
static bool edit(s370_cpu *c, const uint8_t *ins, uint32_t *mark)
{
    unsigned len = ss_len(ins);
    uint32_t a1 = ss_addr1(c, ins), a2 = s370_ss_addr2(c, ins);
    uint8_t pat[256];
    s370_validate(c, a1, len, S370_ACC_STORE, c->pkey);
    s370_fetchc(c, pat, a1, len);
    const uint8_t fill = pat[0];
    bool sig = false;        /* significance indicator */
    bool nonzero = false;    /* a nonzero digit was seen in the current field */
    bool right_pending = false;
    bool marked = false;
    uint8_t src = 0;
    for (unsigned i = 0; i < len; i++) {
        uint8_t b = pat[i];
        if (b == ED_DIGIT_SELECT || b == ED_SIG_START) {
            unsigned d;
            bool sign_follows = false;
            if (right_pending) {
                d = src & 0x0F;
                right_pending = false;
            } else {
                src = s370_fetch1(c, a2);
                a2 = wrap(a2, 1);
                d = src >> 4;
                if (d > 9)
                    s370_program_check(c, S370_PGM_DATA);
                /* The right half is the next digit, or a sign code that ends this byte. */
                if ((src & 0x0F) <= 9)
                    right_pending = true;
                else
                    sign_follows = true;
            }
            if (d)
                nonzero = true;
            if (sig || d) {
                if (!sig && mark) {
                    *mark = wrap(a1, i);
                    marked = true;
                }
                pat[i] = (uint8_t)(0xF0 | d);
                sig = true;
            } else {
                pat[i] = fill;
            }
            if (b == ED_SIG_START)
                sig = true;
            /* A plus sign turns significance off; a minus sign leaves it as it is. */
            if (sign_follows) {
                unsigned s = src & 0x0F;
                if (s != 0x0B && s != 0x0D)
                    sig = false;
            }
        } else if (b == ED_FIELD_SEP) {
            pat[i] = fill;
            sig = false;
            nonzero = false;
        } else if (!sig) {
            pat[i] = fill;         /* message byte before significance */
        }
    }
    s370_storec(c, a1, pat, len);
    c->cc = !nonzero ? 0 : sig ? 1 : 2;
    return marked;
}

/* DE ED - Edit [SS] (PoO ch. 8, "EDIT") */
static void op_ed(s370_cpu *c, const uint8_t *ins) { edit(c, ins, NULL); }

/* DF EDMK - Edit and Mark [SS] (PoO ch. 8, "EDIT AND MARK")
 * Bits 8-31 of GR1 receive the address of the first significant result digit; GR1 is
 * unchanged when significance was only forced by a significance starter. */
static void op_edmk(s370_cpu *c, const uint8_t *ins)
{
    uint32_t mark = 0;
    if (edit(c, ins, &mark))
        c->gr[1] = (c->gr[1] & ~S370_AMASK) | mark;
}

/* ---------- PACK, UNPK, MVO: right to left, nibbles ---------- */

/* Cursors start at the rightmost byte of each operand and move left. */
static void rtl_setup(s370_cpu *c, const uint8_t *ins, s370_acc acc1, cursor *k1, cursor *k2,
                      unsigned *l1, unsigned *l2)
{
    *l1 = ss_len1(ins);
    *l2 = ss_len2(ins);
    uint32_t a1 = ss_addr1(c, ins), a2 = s370_ss_addr2(c, ins);
    s370_validate(c, a1, *l1, acc1, c->pkey);
    s370_validate(c, a2, *l2, S370_ACC_FETCH, c->pkey);
    cur_init(k1, wrap(a1, *l1 - 1), acc1, -1);
    cur_init(k2, wrap(a2, *l2 - 1), S370_ACC_FETCH, -1);
}

/* Next operand-2 byte moving left, or zero once the operand is exhausted. */
static inline uint8_t rtl_fetch(s370_cpu *c, cursor *k2, unsigned *l2)
{
    if (!*l2)
        return 0;
    uint8_t v = *cur_ptr(c, k2);
    cur_next(k2);
    (*l2)--;
    return v;
}

/* F2 PACK - Pack [SS] (PoO ch. 7, "PACK")
 * The rightmost byte has its halves swapped (zone becomes sign); then the numeric halves of
 * the second operand, two per byte, fill the first operand leftwards, zero-extended. */
static void op_pack(s370_cpu *c, const uint8_t *ins)
{
    cursor k1, k2;
    unsigned l1, l2;
    rtl_setup(c, ins, S370_ACC_STORE, &k1, &k2, &l1, &l2);
    uint8_t b = rtl_fetch(c, &k2, &l2);
    *cur_ptr(c, &k1) = (uint8_t)(b << 4 | b >> 4);
    cur_next(&k1);
    for (unsigned i = 1; i < l1; i++) {
        uint8_t lo = rtl_fetch(c, &k2, &l2) & 0x0F;
        uint8_t hi = rtl_fetch(c, &k2, &l2) & 0x0F;
        *cur_ptr(c, &k1) = (uint8_t)(hi << 4 | lo);
        cur_next(&k1);
    }
}

/* F3 UNPK - Unpack [SS] (PoO ch. 7, "UNPACK")
 * The rightmost byte has its halves swapped; every other digit becomes a byte with zone F,
 * and the first operand is filled on the left with X'F0' once the second is exhausted. */
static void op_unpk(s370_cpu *c, const uint8_t *ins)
{
    cursor k1, k2;
    unsigned l1, l2;
    rtl_setup(c, ins, S370_ACC_STORE, &k1, &k2, &l1, &l2);
    uint8_t b = rtl_fetch(c, &k2, &l2);
    *cur_ptr(c, &k1) = (uint8_t)(b << 4 | b >> 4);
    cur_next(&k1);
    for (unsigned i = 1; i < l1; i++) {
        if (i & 1)
            b = rtl_fetch(c, &k2, &l2);     /* low digit of a fresh source byte */
        else
            b >>= 4;                        /* then its high digit */
        *cur_ptr(c, &k1) = (uint8_t)(0xF0 | (b & 0x0F));
        cur_next(&k1);
    }
}

/* F1 MVO - Move with Offset [SS] (PoO ch. 7, "MOVE WITH OFFSET")
 * The second operand goes to the left of the rightmost four bits of the first operand,
 * which keep their value: the result is the second operand shifted left one digit. */
static void op_mvo(s370_cpu *c, const uint8_t *ins)
{
    cursor k1, k2;
    unsigned l1, l2;
    rtl_setup(c, ins, S370_ACC_STORE, &k1, &k2, &l1, &l2);
    uint8_t *d = cur_ptr(c, &k1);
    uint8_t prev = rtl_fetch(c, &k2, &l2);
    *d = (uint8_t)((prev & 0x0F) << 4 | (*d & 0x0F));
    cur_next(&k1);
    for (unsigned i = 1; i < l1; i++) {
        uint8_t cur = rtl_fetch(c, &k2, &l2);
        *cur_ptr(c, &k1) = (uint8_t)((cur & 0x0F) << 4 | prev >> 4);
        prev = cur;
        cur_next(&k1);
    }
}

/* ---------- MVCL, CLCL ---------- */

/* Even-odd register pair operand: address in R, length in bits 8-31 of R+1. */
static void long_regs(s370_cpu *c, const uint8_t *ins, unsigned *r1, unsigned *r2)
{
    *r1 = s370_r1(ins);
    *r2 = s370_r2(ins);
    if ((*r1 | *r2) & 1)
        s370_program_check(c, S370_PGM_SPECIFICATION);
}

/* Write back progress: addresses with bits 0-7 zero, lengths keeping bits 0-7 of R1+1 and
 * the padding byte in R2+1. */
static void long_update(s370_cpu *c, unsigned r1, unsigned r2, uint32_t a1, uint32_t l1, uint32_t a2, uint32_t l2)
{
    c->gr[r1] = a1;
    c->gr[r1 + 1] = (c->gr[r1 + 1] & ~S370_AMASK) | l1;
    c->gr[r2] = a2;
    c->gr[r2 + 1] = (c->gr[r2 + 1] & ~S370_AMASK) | l2;
}

static inline uint32_t to_block_end(uint32_t a) { return S370_KEYBLOCK - (a & (S370_KEYBLOCK - 1)); }
static inline uint32_t min32(uint32_t a, uint32_t b) { return a < b ? a : b; }

/* 0E MVCL - Move Long [RR] (PoO ch. 7, "MOVE LONG")
 * CC from the lengths: 0 equal, 1 first shorter, 2 first longer; 3 and no movement on
 * destructive overlap.  Interruptible: the data move in units of at most a 2K block of each
 * operand and the registers are brought up to date after each unit, so an access exception
 * part way leaves them describing what is left (re-executed after a nullifying one). */
static void op_mvcl(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1, r2;
    long_regs(c, ins, &r1, &r2);
    uint32_t a1 = c->gr[r1] & S370_AMASK, l1 = c->gr[r1 + 1] & S370_AMASK;
    uint32_t a2 = c->gr[r2] & S370_AMASK, l2 = c->gr[r2 + 1] & S370_AMASK;
    uint8_t pad = (uint8_t)(c->gr[r2 + 1] >> 24);
    uint8_t cc = l1 == l2 ? 0 : l1 < l2 ? 1 : 2;
    /* Destructive overlap: the leftmost first-operand byte coincides with a participating
     * second-operand byte other than the leftmost one (participating: the shorter length). */
    uint32_t n = min32(l1, l2);
    uint32_t dist = (a1 - a2) & S370_AMASK;
    if (n > 1 && dist >= 1 && dist < n) {
        long_update(c, r1, r2, a1, l1, a2, l2);
        c->cc = 3;
        return;
    }
    c->cc = cc;
    long_update(c, r1, r2, a1, l1, a2, l2);
    while (l1) {
        uint32_t chunk = min32(l1, to_block_end(a1));
        uint8_t *d = s370_maddr(c, a1, S370_ACC_STORE, c->pkey);
        if (l2) {
            chunk = min32(chunk, min32(l2, to_block_end(a2)));
            const uint8_t *s = s370_maddr(c, a2, S370_ACC_FETCH, c->pkey);
            for (uint32_t i = 0; i < chunk; i++)   /* byte order matters when they overlap */
                d[i] = s[i];
            a2 = wrap(a2, chunk);
            l2 -= chunk;
        } else {
            for (uint32_t i = 0; i < chunk; i++)
                d[i] = pad;
        }
        a1 = wrap(a1, chunk);
        l1 -= chunk;
        long_update(c, r1, r2, a1, l1, a2, l2);
    }
}

/* 0F CLCL - Compare Logical Long [RR] (PoO ch. 7, "COMPARE LOGICAL LONG")
 * The shorter operand is extended with the padding byte.  At the end the registers
 * designate the first unequal byte (or the ends of the operands): the lengths are reduced
 * and the addresses advanced by the number of equal bytes, never past an operand's end. */
static void op_clcl(s370_cpu *c, const uint8_t *ins)
{
    unsigned r1, r2;
    long_regs(c, ins, &r1, &r2);
    uint32_t a1 = c->gr[r1] & S370_AMASK, l1 = c->gr[r1 + 1] & S370_AMASK;
    uint32_t a2 = c->gr[r2] & S370_AMASK, l2 = c->gr[r2 + 1] & S370_AMASK;
    uint8_t pad = (uint8_t)(c->gr[r2 + 1] >> 24);
    cursor k1, k2;
    cur_init(&k1, a1, S370_ACC_FETCH, 1);
    cur_init(&k2, a2, S370_ACC_FETCH, 1);
    uint8_t cc = 0;
    long_update(c, r1, r2, a1, l1, a2, l2);
    while (l1 || l2) {
        /* Registers are current before every fetch, so an access exception leaves the
         * progress made so far (the operation is interruptible like MVCL). */
        uint8_t x = l1 ? *cur_ptr(c, &k1) : pad;
        uint8_t y = l2 ? *cur_ptr(c, &k2) : pad;
        if (x != y) {
            cc = x < y ? 1 : 2;
            break;
        }
        if (l1) {
            cur_next(&k1);
            l1--;
        }
        if (l2) {
            cur_next(&k2);
            l2--;
        }
        long_update(c, r1, r2, k1.addr, l1, k2.addr, l2);
    }
    c->cc = cc;
}

const s370_insn_def s370_insns_storage[] = {
    {0x0E, "MVCL", S370_RR, WB_PG_INNOCUOUS, op_mvcl},
    {0x0F, "CLCL", S370_RR, WB_PG_INNOCUOUS, op_clcl},
    {0xD1, "MVN", S370_SS, WB_PG_INNOCUOUS, op_mvn},
    {0xD2, "MVC", S370_SS, WB_PG_INNOCUOUS, op_mvc},
    {0xD3, "MVZ", S370_SS, WB_PG_INNOCUOUS, op_mvz},
    {0xD4, "NC", S370_SS, WB_PG_INNOCUOUS, op_nc},
    {0xD5, "CLC", S370_SS, WB_PG_INNOCUOUS, op_clc},
    {0xD6, "OC", S370_SS, WB_PG_INNOCUOUS, op_oc},
    {0xD7, "XC", S370_SS, WB_PG_INNOCUOUS, op_xc},
    {0xDC, "TR", S370_SS, WB_PG_INNOCUOUS, op_tr},
    {0xDD, "TRT", S370_SS, WB_PG_INNOCUOUS, op_trt},
    {0xDE, "ED", S370_SS, WB_PG_INNOCUOUS, op_ed},
    {0xDF, "EDMK", S370_SS, WB_PG_INNOCUOUS, op_edmk},
    {0xF1, "MVO", S370_SS, WB_PG_INNOCUOUS, op_mvo},
    {0xF2, "PACK", S370_SS, WB_PG_INNOCUOUS, op_pack},
    {0xF3, "UNPK", S370_SS, WB_PG_INNOCUOUS, op_unpk},
    {0, NULL, S370_RR, WB_PG_INNOCUOUS, NULL},
};
