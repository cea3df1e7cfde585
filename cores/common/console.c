#include "common/console.h"
#include <stdlib.h>
#include <string.h>

#define WB_CONSOLE_DEFAULT_LIMIT (16u << 20)

void wb_console_init(wb_console *c)
{
    memset(c, 0, sizeof *c);
    c->limit = WB_CONSOLE_DEFAULT_LIMIT;
}

void wb_console_free(wb_console *c)
{
    free(c->out);
    c->out = NULL;
    c->len = c->cap = 0;
}

void wb_console_putc(wb_console *c, int ch)
{
    char b = (char)ch;
    wb_console_write(c, &b, 1);
}

void wb_console_write(wb_console *c, const char *s, size_t n)
{
    if (!c || !n)
        return;
    if (c->echo) {
        fwrite(s, 1, n, c->echo);
        fflush(c->echo);
    }
    if (c->len + n > c->limit) {
        size_t room = c->limit > c->len ? c->limit - c->len : 0;
        c->dropped += n - room;
        n = room;
        if (!n)
            return;
    }
    if (c->len + n + 1 > c->cap) {
        size_t cap = c->cap ? c->cap : 256;
        while (cap < c->len + n + 1)
            cap *= 2;
        char *p = realloc(c->out, cap);
        if (!p) {
            c->dropped += n;
            return;
        }
        c->out = p;
        c->cap = cap;
    }
    memcpy(c->out + c->len, s, n);
    c->len += n;
    c->out[c->len] = 0;
}

int wb_console_getc(wb_console *c)
{
    if (!c)
        return -1;
    if (c->in) {
        int ch = fgetc(c->in);
        return ch == EOF ? -1 : ch;
    }
    if (c->in_str && c->in_str[c->in_pos])
        return (unsigned char)c->in_str[c->in_pos++];
    return -1;
}
