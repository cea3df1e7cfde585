/* Byte and halfword loads/stores through string handling. */
#include "lib.h"
static char buf[256];
static unsigned short hw[40];
static u32 slen(const char *s) { u32 n = 0; while (s[n]) n++; return n; }
static void srev(char *s) { u32 n = slen(s); for (u32 i = 0; i < n / 2; i++) { char t = s[i]; s[i] = s[n - 1 - i]; s[n - 1 - i] = t; } }
static int scmp(const char *a, const char *b) { while (*a && *a == *b) { a++; b++; } return (unsigned char)*a - (unsigned char)*b; }
int main(void)
{
    const char *src = "The quick brown fox jumps over the lazy dog";
    memcpy(buf, src, slen(src) + 1);
    srev(buf);
    puts_(buf); putch('\n');
    for (u32 i = 0; buf[i]; i++) if (buf[i] >= 'a' && buf[i] <= 'z') buf[i] = (char)(buf[i] - 32);
    puts_(buf); putch('\n');
    putdec(scmp("abc", "abd")); putch(' '); putdec(scmp("zz", "z")); putch(' '); putdec(scmp("\xff", "a")); putch('\n');
    for (int i = 0; i < 40; i++) hw[i] = (unsigned short)(i * 0x1357 + 0x8000);
    u32 s = 0;
    for (int i = 0; i < 40; i++) s = s * 31 + hw[i] + (u32)(s32)(short)hw[i];
    kv("hsum", s);
    return 0;
}
