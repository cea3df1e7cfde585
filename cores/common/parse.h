/* Number parsing shared by the CLI, the config files and the tests. */
#ifndef WB_PARSE_H
#define WB_PARSE_H
#include <stdbool.h>
#include <stdint.h>

/* C-syntax unsigned number: 0x.. hex, 0o.. or 0.. octal, decimal.  Whole string must match. */
bool wb_parse_u64(const char *s, uint64_t *out);
/* A size: number with optional K, M or G suffix (powers of 1024). */
bool wb_parse_size(const char *s, uint64_t *out);
bool wb_parse_bool(const char *s, bool *out);

#endif
