/* A small streaming JSON writer (objects, arrays, strings, numbers) with correct escaping. */
#ifndef WB_JSON_H
#define WB_JSON_H
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

typedef struct {
    FILE *f;
    int depth;
    bool first[32];   /* per nesting level: no member written yet */
    bool after_key;
    int indent;       /* spaces per level; 0 = compact */
} wb_json;

void wb_json_init(wb_json *j, FILE *f, int indent);
void wb_json_begin_object(wb_json *j);
void wb_json_end_object(wb_json *j);
void wb_json_begin_array(wb_json *j);
void wb_json_end_array(wb_json *j);
void wb_json_key(wb_json *j, const char *k);
void wb_json_string(wb_json *j, const char *s);
void wb_json_string_n(wb_json *j, const char *s, size_t n);
void wb_json_uint(wb_json *j, uint64_t v);
void wb_json_int(wb_json *j, int64_t v);
void wb_json_double(wb_json *j, double v);
void wb_json_bool(wb_json *j, bool v);
void wb_json_null(wb_json *j);
/* "0x..." hex string of a value, zero-padded to digits. */
void wb_json_hex(wb_json *j, uint64_t v, int digits);
void wb_json_end(wb_json *j);   /* final newline */

#endif
