/* Storage references (PoO chapter 3, "Storage"): logical -> real through DAT, real -> absolute
 * through prefixing, then the addressing check and key-controlled protection, with the reference
 * and change bits of the storage key maintained. */
#include "s370.h"

uint32_t s370_abs(const s370_cpu *c, uint32_t real)
{
    uint32_t page = real & ~0xFFFu;
    if (page == 0)
        return real | c->prefix;
    if (page == c->prefix)
        return real & 0xFFFu;
    return real;
}

bool s370_abs_ok(const s370_cpu *c, uint32_t absaddr, uint32_t len)
{
    return absaddr < c->memsize && len <= c->memsize - absaddr;
}

bool s370_dat_on(const s370_cpu *c)
{
    return c->ec && (c->sysmask & 0x04);
}

uint8_t *s370_maddr(s370_cpu *c, uint32_t addr, s370_acc acc, unsigned key)
{
    addr &= S370_AMASK;
    uint32_t real = addr;
    if (s370_dat_on(c)) {
        unsigned code = s370_translate(c, addr, acc, &real);
        if (code)
            s370_program_check(c, (uint16_t)code);
    }
    uint32_t a = s370_abs(c, real);
    if (a >= c->memsize)
        s370_program_check(c, S370_PGM_ADDRESSING);
    uint8_t *k = &c->keys[a / S370_KEYBLOCK];
    if (key != 0 && (*k >> 4) != key) {
        if (acc == S370_ACC_STORE || (*k & S370_KEY_FETCH))
            s370_program_check(c, S370_PGM_PROTECTION);
    }
    *k |= S370_KEY_REF | (acc == S370_ACC_STORE ? S370_KEY_CHG : 0);
    return c->mem + a;
}

void s370_validate(s370_cpu *c, uint32_t addr, uint32_t len, s370_acc acc, unsigned key)
{
    if (!len)
        return;
    addr &= S370_AMASK;
    uint32_t last = (addr + len - 1) & S370_AMASK;
    /* One probe per 2K block touched (keys and pages are both multiples of 2K). */
    uint32_t a = addr;
    for (;;) {
        s370_maddr(c, a, acc, key);
        if (((a ^ last) & ~(S370_KEYBLOCK - 1)) == 0)
            break;
        a = ((a | (S370_KEYBLOCK - 1)) + 1) & S370_AMASK;
    }
}

static inline bool same_block(uint32_t addr, unsigned len)
{
    return (addr & (S370_KEYBLOCK - 1)) + len <= S370_KEYBLOCK;
}

uint8_t s370_fetch1(s370_cpu *c, uint32_t addr)
{
    return *s370_maddr(c, addr, S370_ACC_FETCH, c->pkey);
}

void s370_fetchc(s370_cpu *c, void *dst, uint32_t addr, unsigned len)
{
    uint8_t *d = dst;
    addr &= S370_AMASK;
    if (same_block(addr, len)) {
        const uint8_t *p = s370_maddr(c, addr, S370_ACC_FETCH, c->pkey);
        for (unsigned i = 0; i < len; i++)
            d[i] = p[i];
        return;
    }
    s370_validate(c, addr, len, S370_ACC_FETCH, c->pkey);
    for (unsigned i = 0; i < len; i++)
        d[i] = *s370_maddr(c, (addr + i) & S370_AMASK, S370_ACC_FETCH, c->pkey);
}

void s370_storec(s370_cpu *c, uint32_t addr, const void *src, unsigned len)
{
    const uint8_t *s = src;
    addr &= S370_AMASK;
    if (same_block(addr, len)) {
        uint8_t *p = s370_maddr(c, addr, S370_ACC_STORE, c->pkey);
        for (unsigned i = 0; i < len; i++)
            p[i] = s[i];
        return;
    }
    s370_validate(c, addr, len, S370_ACC_STORE, c->pkey);
    for (unsigned i = 0; i < len; i++)
        *s370_maddr(c, (addr + i) & S370_AMASK, S370_ACC_STORE, c->pkey) = s[i];
}

uint16_t s370_fetch2(s370_cpu *c, uint32_t addr)
{
    uint8_t b[2];
    s370_fetchc(c, b, addr, 2);
    return s370_be16(b);
}

uint32_t s370_fetch4(s370_cpu *c, uint32_t addr)
{
    addr &= S370_AMASK;
    if (same_block(addr, 4))
        return s370_be32(s370_maddr(c, addr, S370_ACC_FETCH, c->pkey));
    uint8_t b[4];
    s370_fetchc(c, b, addr, 4);
    return s370_be32(b);
}

uint64_t s370_fetch8(s370_cpu *c, uint32_t addr)
{
    uint8_t b[8];
    s370_fetchc(c, b, addr, 8);
    return s370_be64(b);
}

void s370_store1(s370_cpu *c, uint32_t addr, uint8_t v)
{
    *s370_maddr(c, addr, S370_ACC_STORE, c->pkey) = v;
}

void s370_store2(s370_cpu *c, uint32_t addr, uint16_t v)
{
    uint8_t b[2];
    s370_put16(b, v);
    s370_storec(c, addr, b, 2);
}

void s370_store4(s370_cpu *c, uint32_t addr, uint32_t v)
{
    addr &= S370_AMASK;
    if (same_block(addr, 4)) {
        s370_put32(s370_maddr(c, addr, S370_ACC_STORE, c->pkey), v);
        return;
    }
    uint8_t b[4];
    s370_put32(b, v);
    s370_storec(c, addr, b, 4);
}

void s370_store8(s370_cpu *c, uint32_t addr, uint64_t v)
{
    uint8_t b[8];
    s370_put64(b, v);
    s370_storec(c, addr, b, 8);
}

uint32_t s370_real_fetch4(s370_cpu *c, uint32_t real)
{
    uint32_t a = s370_abs(c, real & S370_AMASK);
    if (!s370_abs_ok(c, a, 4))
        s370_program_check(c, S370_PGM_ADDRESSING);
    return s370_be32(c->mem + a);
}

void s370_real_store4(s370_cpu *c, uint32_t real, uint32_t v)
{
    uint32_t a = s370_abs(c, real & S370_AMASK);
    if (!s370_abs_ok(c, a, 4))
        s370_program_check(c, S370_PGM_ADDRESSING);
    s370_put32(c->mem + a, v);
    c->keys[a / S370_KEYBLOCK] |= S370_KEY_REF | S370_KEY_CHG;
}

void s370_real_store2(s370_cpu *c, uint32_t real, uint16_t v)
{
    uint32_t a = s370_abs(c, real & S370_AMASK);
    if (!s370_abs_ok(c, a, 2))
        s370_program_check(c, S370_PGM_ADDRESSING);
    s370_put16(c->mem + a, v);
    c->keys[a / S370_KEYBLOCK] |= S370_KEY_REF | S370_KEY_CHG;
}
