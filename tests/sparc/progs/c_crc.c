/* CRC-32 and Adler-32 of a generated buffer. */
#include "lib.h"
static unsigned char data[1024];
int main(void)
{
    for (int i = 0; i < 1024; i++) data[i] = (unsigned char)(i * 7 + (i >> 3));
    u32 crc = 0xffffffffu;
    for (int i = 0; i < 1024; i++) {
        crc ^= data[i];
        for (int k = 0; k < 8; k++) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1)));
    }
    kv("crc32", ~crc);
    u32 a = 1, b = 0;
    for (int i = 0; i < 1024; i++) { a = (a + data[i]) % 65521; b = (b + a) % 65521; }
    kv("adler", b << 16 | a);
    return 0;
}
