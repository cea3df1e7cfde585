/* Helpers every machine shares: names, digests, register lookup. */
#include "machine.h"
#include "common/sha256.h"
#include <stdlib.h>
#include <string.h>

int wb_reg_index(const wb_machine *m, const char *name)
{
    for (unsigned i = 0; i < m->nregs; i++)
        if (strcmp(m->regs[i].name, name) == 0)
            return (int)i;
    return -1;
}

const char *wb_exit_name(wb_exit_kind k)
{
    static const char *const n[] = {"halt", "wait", "budget", "error", "trap"};
    return (unsigned)k < sizeof n / sizeof n[0] ? n[k] : "?";
}

const char *wb_trap_name(wb_trap_kind k)
{
    static const char *const n[WB_TRAP_KINDS] = {"program", "privileged", "syscall", "external",
                                                  "io",      "mmu",        "mcheck",  "restart"};
    return (unsigned)k < WB_TRAP_KINDS ? n[k] : "?";
}

const char *wb_pg_name(wb_pg_class c)
{
    static const char *const n[] = {"innocuous", "privileged", "control-sensitive", "behaviour-sensitive"};
    return (unsigned)c < sizeof n / sizeof n[0] ? n[c] : "?";
}

static void hash_storage(wb_machine *m, wb_sha256 *s)
{
    enum { CHUNK = 4096 };
    uint8_t buf[CHUNK * 8];
    uint64_t unit = m->storage_unit ? m->storage_unit : 1;
    uint64_t per = sizeof buf / unit;
    for (uint64_t a = 0; a < m->storage_size; a += per) {
        uint64_t n = m->storage_size - a < per ? m->storage_size - a : per;
        if (m->ops->read(m, a, buf, n) != WB_OK)
            memset(buf, 0xee, n * unit);
        wb_sha256_update(s, buf, n * unit);
    }
}

void wb_storage_digest(wb_machine *m, uint8_t out[32])
{
    wb_sha256 s;
    wb_sha256_init(&s);
    hash_storage(m, &s);
    wb_sha256_final(&s, out);
}

void wb_digest(wb_machine *m, uint8_t out[32])
{
    wb_sha256 s;
    wb_sha256_init(&s);
    for (unsigned i = 0; i < m->nregs; i++) {
        uint64_t v = m->ops->get_reg(m, i);
        uint8_t b[8];
        for (int k = 0; k < 8; k++)
            b[k] = (uint8_t)(v >> (56 - 8 * k));
        wb_sha256_update(&s, b, 8);
    }
    hash_storage(m, &s);
    wb_sha256_final(&s, out);
}

/* Storage access for machines whose storage is one flat byte array (direct_storage, storage_size):
 * what every byte-addressed core's read/write ops are. */
wb_status wb_flat_read(wb_machine *m, uint64_t addr, void *buf, size_t len)
{
    if (addr > m->storage_size || len > m->storage_size - addr)
        return WB_ERR_ADDRESS;
    memcpy(buf, m->direct_storage + addr, len);
    return WB_OK;
}

wb_status wb_flat_write(wb_machine *m, uint64_t addr, const void *buf, size_t len)
{
    if (addr > m->storage_size || len > m->storage_size - addr)
        return WB_ERR_ADDRESS;
    memcpy(m->direct_storage + addr, buf, len);
    return WB_OK;
}
