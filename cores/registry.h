/* The list of cores: name -> constructor.  The CLI, the tests and the monitors create
 * machines only through here. */
#ifndef WB_REGISTRY_H
#define WB_REGISTRY_H
#include "machine.h"

/* What a core needs to be built.  Zero/NULL fields take the core's defaults. */
typedef struct {
    uint64_t storage;            /* bytes (PDP-10: words); 0 = core default */
    wb_console *console;         /* console capture (may be NULL) */
    const char *reader;          /* card reader input file (S/370), NULL = empty hopper */
    const char *printer;         /* printer output file, NULL = discard */
} wb_core_config;

typedef struct wb_core_info {
    const char *name;            /* as the CLI spells it */
    const char *arch;            /* family: guests live in build/guests/<arch>/ */
    const char *desc;
    uint64_t default_storage, min_storage, max_storage;
    const char *storage_unit_name; /* "bytes" or "words" */
    wb_machine *(*create)(const wb_core_config *cfg, char *err, size_t errlen);
    /* Optional native image loader for formats other than ELF32/flat (NULL = none). */
    wb_status (*load_native)(wb_machine *m, const char *path, uint64_t *entry, char *err, size_t errlen);
} wb_core_info;

const wb_core_info *wb_core_find(const char *name);
/* Iterate: returns NULL past the end. */
const wb_core_info *wb_core_at(unsigned i);
/* Create a machine by name with size checks; NULL with a message in err on failure. */
wb_machine *wb_core_create(const char *name, const wb_core_config *cfg, char *err, size_t errlen);

#endif
