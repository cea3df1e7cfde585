/* ELF32 (big-endian, ET_EXEC, PT_LOAD segments at their physical addresses) and flat binaries. */
#include "common/loader.h"
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define WB_MAX_IMAGE (64u << 20)

static uint32_t be32(const uint8_t *p) { return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3]; }
static uint16_t be16(const uint8_t *p) { return (uint16_t)(p[0] << 8 | p[1]); }

static wb_status place(wb_machine *m, const char *name, uint64_t addr, const uint8_t *src, uint64_t n, uint64_t zeros,
                       wb_load_info *info, char *err, size_t errlen)
{
    uint64_t total = n + zeros;
    if (addr > m->storage_size || total > m->storage_size - addr) {
        snprintf(err, errlen, "%s: %" PRIu64 " bytes at 0x%" PRIx64 " do not fit in storage of 0x%" PRIx64 " bytes",
                 name, total, addr, m->storage_size);
        return WB_ERR_ADDRESS;
    }
    if (n && m->ops->write(m, addr, src, n) != WB_OK) {
        snprintf(err, errlen, "%s: cannot write at 0x%" PRIx64, name, addr);
        return WB_ERR_ADDRESS;
    }
    if (zeros) {
        uint8_t z[256] = {0};
        for (uint64_t off = 0; off < zeros; off += sizeof z) {
            uint64_t k = zeros - off < sizeof z ? zeros - off : sizeof z;
            m->ops->write(m, addr + n + off, z, k);
        }
    }
    if (total) {
        if (addr < info->lo)
            info->lo = addr;
        if (addr + total > info->hi)
            info->hi = addr + total;
    }
    return WB_OK;
}

static wb_status load_elf(wb_machine *m, const char *name, const uint8_t *d, size_t size, wb_load_info *info,
                          char *err, size_t errlen)
{
    if (size < 52) {
        snprintf(err, errlen, "%s: truncated ELF header (%zu bytes)", name, size);
        return WB_ERR_FORMAT;
    }
    if (d[4] != 1) {
        snprintf(err, errlen, "%s: only 32-bit ELF is supported (EI_CLASS=%u)", name, d[4]);
        return WB_ERR_FORMAT;
    }
    if (d[5] != 2) {
        snprintf(err, errlen, "%s: ELF is not big-endian", name);
        return WB_ERR_FORMAT;
    }
    uint32_t phoff = be32(d + 28);
    uint16_t phentsize = be16(d + 42), phnum = be16(d + 44);
    if (phnum == 0) {
        snprintf(err, errlen, "%s: ELF has no program headers", name);
        return WB_ERR_FORMAT;
    }
    if (phentsize < 32 || (uint64_t)phoff + (uint64_t)phnum * phentsize > size) {
        snprintf(err, errlen, "%s: truncated ELF program header table", name);
        return WB_ERR_FORMAT;
    }
    info->has_entry = true;
    info->entry = be32(d + 24);
    int loaded = 0;
    for (unsigned i = 0; i < phnum; i++) {
        const uint8_t *ph = d + phoff + (size_t)i * phentsize;
        if (be32(ph) != 1 /* PT_LOAD */)
            continue;
        uint32_t off = be32(ph + 4), paddr = be32(ph + 12), filesz = be32(ph + 16), memsz = be32(ph + 20);
        if ((uint64_t)off + filesz > size) {
            snprintf(err, errlen, "%s: truncated ELF segment %u (needs %" PRIu64 " bytes, file has %zu)", name, i,
                     (uint64_t)off + filesz, size);
            return WB_ERR_FORMAT;
        }
        if (memsz < filesz)
            memsz = filesz;
        wb_status st = place(m, name, paddr, d + off, filesz, memsz - filesz, info, err, errlen);
        if (st != WB_OK)
            return st;
        loaded++;
    }
    if (!loaded) {
        snprintf(err, errlen, "%s: ELF has no loadable segment", name);
        return WB_ERR_FORMAT;
    }
    return WB_OK;
}

wb_status wb_load_buffer(wb_machine *m, const char *name, const uint8_t *data, size_t size, bool has_addr,
                         uint64_t addr, wb_load_info *info, char *err, size_t errlen)
{
    info->has_entry = false;
    info->entry = 0;
    info->lo = UINT64_MAX;
    info->hi = 0;
    if (m->storage_unit > 1) {
        snprintf(err, errlen, "%s: the %s core loads images in its own formats only", name, m->variant);
        return WB_ERR_UNSUPPORTED;
    }
    if (size >= 4 && memcmp(data, "\177ELF", 4) == 0)
        return load_elf(m, name, data, size, info, err, errlen);
    if (size == 0) {
        snprintf(err, errlen, "%s: empty image", name);
        return WB_ERR_FORMAT;
    }
    return place(m, name, has_addr ? addr : 0, data, size, 0, info, err, errlen);
}

/* Read a whole file, refusing absurd sizes. */
wb_status wb_read_file(const char *path, uint8_t **data, size_t *size, char *err, size_t errlen)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return WB_ERR_NOFILE;
    }
    uint8_t *buf = NULL;
    size_t len = 0, cap = 0;
    for (;;) {
        if (len == cap) {
            cap = cap ? cap * 2 : 65536;
            if (cap > WB_MAX_IMAGE + 1)
                cap = WB_MAX_IMAGE + 1;
            uint8_t *p = realloc(buf, cap);
            if (!p) {
                free(buf);
                fclose(f);
                snprintf(err, errlen, "%s: out of memory", path);
                return WB_ERR_NOMEM;
            }
            buf = p;
        }
        size_t got = fread(buf + len, 1, cap - len, f);
        len += got;
        if (len > WB_MAX_IMAGE) {
            free(buf);
            fclose(f);
            snprintf(err, errlen, "%s: image larger than %u MiB", path, WB_MAX_IMAGE >> 20);
            return WB_ERR_FORMAT;
        }
        if (got == 0)
            break;
    }
    int bad = ferror(f);
    fclose(f);
    if (bad) {
        free(buf);
        snprintf(err, errlen, "%s: read error", path);
        return WB_ERR_NOFILE;
    }
    *data = buf;
    *size = len;
    return WB_OK;
}

wb_status wb_load_file(wb_machine *m, const char *path, bool has_addr, uint64_t addr, wb_load_info *info, char *err,
                       size_t errlen)
{
    uint8_t *data;
    size_t size;
    wb_status st = wb_read_file(path, &data, &size, err, errlen);
    if (st != WB_OK)
        return st;
    st = wb_load_buffer(m, path, data, size, has_addr, addr, info, err, errlen);
    free(data);
    return st;
}
