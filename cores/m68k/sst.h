/* Runner for the 68000 single-step tests (SingleStepTests/m68000, generated from MAME's
 * microcoded 68000): load a test's initial state, execute one instruction (with any exception
 * it raises), compare registers and RAM with the final state.
 *
 * Two formats are read:
 *  - the binary `<INSTR>.json.bin` (little-endian; layout documented by the data set's
 *    decode.py): registers, two prefetch words, RAM as 16-bit words; `pc` is the address of
 *    the instruction + 4 (the next prefetch address);
 *  - the older Tom Harte JSON (`<instr>.json` or `.json.gz`, decompressed with `gzip -dc`):
 *    `pc` is the instruction's address and RAM is given as bytes.
 * Used by `vmwb sst` and tests/m68k/test_sst.c. */
#ifndef M68K_SST_H
#define M68K_SST_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "machine.h"

typedef struct {
    unsigned pass, total;
} m68k_sst_result;

/* Called for each failing test with a one-line description of the first differences. */
typedef void (*m68k_sst_fail_fn)(void *ctx, const char *test_name, const char *detail);

/* A machine for the tests: 16M of RAM, no I/O page. model: "m68000" or "m68010". */
wb_machine *m68k_sst_machine(const char *model, char *err, size_t errlen);
/* Run every test in PATH on M.  Returns false (with err) when the file cannot be read. */
bool m68k_sst_run_file(wb_machine *m, const char *path, m68k_sst_result *res, m68k_sst_fail_fn fail, void *ctx,
                       char *err, size_t errlen);

#endif
