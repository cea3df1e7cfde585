/* A compute loop for the speed comparison against QEMU TCG (bench/qemu-speed.sh): CRC-32 over a
 * 4K buffer, 200 times.  Built with each architecture's test frame, which prints the result. */
#ifdef __sparc__
#include "lib.h"
#else
#include "rt.h"
#endif
static unsigned char data[4096];
int main(void)
{
    for (int i = 0; i < 4096; i++) data[i] = (unsigned char)(i * 7 + (i >> 3));
    u32 crc = 0xffffffffu;
    for (int pass = 0; pass < 200; pass++)
        for (int i = 0; i < 4096; i++) {
            crc ^= data[i];
            for (int k = 0; k < 8; k++) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1)));
        }
    kv("crc32", ~crc);
    return 0;
}
