/* Console capture: what a guest writes to its console device is kept here (and optionally
 * echoed to a host stream); what it reads comes from a file, a string or nothing. */
#ifndef WB_CONSOLE_H
#define WB_CONSOLE_H
#include <stddef.h>
#include <stdio.h>

struct wb_console {
    char *out;          /* everything written, NUL-terminated */
    size_t len, cap;
    size_t limit;       /* cap on captured bytes; beyond it output is counted but dropped */
    size_t dropped;
    FILE *echo;         /* optional live copy (stdout for --console -) */
    FILE *in;           /* optional input stream (not owned) */
    const char *in_str; /* optional input string (used when in is NULL) */
    size_t in_pos;
};
typedef struct wb_console wb_console;

void wb_console_init(wb_console *c);
void wb_console_free(wb_console *c);
void wb_console_putc(wb_console *c, int ch);
void wb_console_write(wb_console *c, const char *s, size_t n);
/* Next input character, or -1 when there is none. */
int wb_console_getc(wb_console *c);

#endif
