/* Image loaders: ELF32 big-endian (as the Debian cross assemblers make) and flat binaries. */
#ifndef WB_LOADER_H
#define WB_LOADER_H
#include "machine.h"

typedef struct {
    bool has_entry;
    uint64_t entry;     /* ELF e_entry */
    uint64_t lo, hi;    /* lowest and one-past-highest address written */
} wb_load_info;

/* Load PATH into m.  ELF files are recognised by their magic; anything else is a flat binary
 * placed at addr (0 when !has_addr).  Errors name the file and what is wrong. */
wb_status wb_load_file(wb_machine *m, const char *path, bool has_addr, uint64_t addr, wb_load_info *info,
                       char *err, size_t errlen);
/* The same from a memory buffer (used by tests and by in-process guests). */
/* Read a whole file (at most 64 MiB) into a malloc()ed buffer. */
wb_status wb_read_file(const char *path, uint8_t **data, size_t *size, char *err, size_t errlen);
wb_status wb_load_buffer(wb_machine *m, const char *name, const uint8_t *data, size_t size, bool has_addr,
                         uint64_t addr, wb_load_info *info, char *err, size_t errlen);

#endif
