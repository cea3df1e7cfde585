/* Run configuration: one struct filled from an .ini file (through inih), then from command-line
 * flags, which override it.  One table of keys drives the .ini parser, `--set SECTION.KEY=VALUE`,
 * `vmwb run --help` and the README's key list. */
#ifndef WB_CONFIG_H
#define WB_CONFIG_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define WB_PATH_MAX 1024
#define WB_MAX_LOADS 16
#define WB_MAX_DUMPS 32

typedef struct {
    char path[WB_PATH_MAX];
    bool has_addr;
    uint64_t addr;
} wb_load_spec;

typedef struct {
    uint64_t addr, len;
} wb_dump_spec;

/* [vm.N]: one VM of several time-shared by one monitor (frontends/common/multi.c). */
#define WB_MAX_VMS 32
typedef struct {
    int number;                /* N of [vm.N]; 0 = unused */
    char core[32];             /* must be the machine's core (one monitor, one real machine) */
    char guest[64];            /* bundled guest; empty: a VM that only hosts others (see host) */
    uint64_t storage;          /* 0 = core default (or, for a hosting VM, what its guests need) */
    char monitor[16];          /* trap|hybrid|emulate|auto|scan; empty = [run] monitor, else trap */
    unsigned nest;             /* monitor levels from the shared monitor down to the guest (default 1) */
    int host;                  /* 0, or the M of the VM whose own monitor runs this one (one level deeper) */
} wb_vm_spec;

typedef struct {
    /* [machine] */
    char core[32];
    uint64_t storage;          /* 0 = core default */
    bool has_start;
    uint64_t start;
    /* [run] */
    char monitor[16];          /* none|auto|trap|hybrid|emulate */
    unsigned nest;
    uint64_t max_insns;
    bool check;
    /* [guest] */
    char guest[64];
    wb_load_spec loads[WB_MAX_LOADS];
    unsigned nloads;
    /* [output] */
    char console[WB_PATH_MAX];
    char json[WB_PATH_MAX];
    char trace[WB_PATH_MAX];
    wb_dump_spec dumps[WB_MAX_DUMPS];
    unsigned ndumps;
    /* [devices] */
    char reader[WB_PATH_MAX];
    char printer[WB_PATH_MAX];
    char console_input[WB_PATH_MAX];
    /* [vm.N] sections and the time-sharing dispatcher */
    wb_vm_spec vms[WB_MAX_VMS];
    unsigned nvms;
    uint64_t quantum;          /* [run] quantum: guest steps per time slice (default 10000) */
} wb_run_config;

typedef struct {
    const char *section, *key;
    const char *value_help;    /* e.g. "SIZE", "ADDR" */
    const char *help;
} wb_config_key_doc;

#define WB_DEFAULT_MAX_INSNS 200000000ull
#define WB_DEFAULT_QUANTUM 10000ull

void wb_config_defaults(wb_run_config *c);
/* Apply one SECTION.KEY=VALUE.  On failure returns false with a message (no file/line). */
bool wb_config_set(wb_run_config *c, const char *section, const char *key, const char *value, char *err,
                   size_t errlen);
/* Parse "SECTION.KEY=VALUE" as --set takes it. */
bool wb_config_set_arg(wb_run_config *c, const char *arg, char *err, size_t errlen);
/* Read an .ini file; errors name the file, the line and the key. */
bool wb_config_load_ini(wb_run_config *c, const char *path, char *err, size_t errlen);
/* "FILE[@ADDR]" and "ADDR:LEN" parsers used by flags and keys alike. */
bool wb_config_parse_load(const char *s, wb_load_spec *out, char *err, size_t errlen);
bool wb_config_parse_dump(const char *s, wb_dump_spec *out, char *err, size_t errlen);
/* "core:guest[:strategy[:nest]]" as --vm takes it: appends the next [vm.N]. */
bool wb_config_add_vm(wb_run_config *c, const char *spec, char *err, size_t errlen);
/* The documented keys, terminated by a NULL section. */
const wb_config_key_doc *wb_config_keys(void);

#endif
