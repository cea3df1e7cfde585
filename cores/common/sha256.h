/* SHA-256 (FIPS 180-4), used for state digests. */
#ifndef WB_SHA256_H
#define WB_SHA256_H
#include <stddef.h>
#include <stdint.h>

typedef struct {
    uint32_t h[8];
    uint64_t len;
    uint8_t buf[64];
    unsigned fill;
} wb_sha256;

void wb_sha256_init(wb_sha256 *s);
void wb_sha256_update(wb_sha256 *s, const void *data, size_t n);
void wb_sha256_final(wb_sha256 *s, uint8_t out[32]);
void wb_sha256_hex(const uint8_t dig[32], char out[65]);

#endif
