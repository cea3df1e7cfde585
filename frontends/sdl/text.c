/* A pane's text screen: characters wrap at the right edge and the screen scrolls up at the bottom,
 * as on a terminal or a console typewriter's paper. */
#include "frontends/sdl/console.h"
#include <stdlib.h>
#include <string.h>

void wb_text_init(wb_textscreen *t, unsigned cols, unsigned rows)
{
    t->cols = cols;
    t->rows = rows;
    t->cells = malloc((size_t)cols * rows);
    wb_text_clear(t);
}

void wb_text_free(wb_textscreen *t)
{
    free(t->cells);
    t->cells = NULL;
}

void wb_text_clear(wb_textscreen *t)
{
    if (t->cells)
        memset(t->cells, ' ', (size_t)t->cols * t->rows);
    t->cx = t->cy = 0;
}

static void newline(wb_textscreen *t)
{
    t->cx = 0;
    if (t->cy + 1 < t->rows) {
        t->cy++;
        return;
    }
    memmove(t->cells, t->cells + t->cols, (size_t)t->cols * (t->rows - 1));
    memset(t->cells + (size_t)t->cols * (t->rows - 1), ' ', t->cols);
}

void wb_text_putc(wb_textscreen *t, int ch)
{
    if (!t->cells)
        return;
    ch &= 0xFF;
    if (ch == '\n') {
        newline(t);
        return;
    }
    if (ch == '\r') {
        t->cx = 0;
        return;
    }
    if (ch == '\b') {
        if (t->cx)
            t->cx--;
        return;
    }
    if (ch == '\t') {
        do
            wb_text_putc(t, ' ');
        while (t->cx % 8);
        return;
    }
    if (ch < 0x20 || ch == 0x7F)
        return;   /* other control characters (bell, nul) print nothing */
    if (t->cx >= t->cols)
        newline(t);
    t->cells[(size_t)t->cy * t->cols + t->cx++] = (char)ch;
}

void wb_text_puts(wb_textscreen *t, const char *s)
{
    while (*s)
        wb_text_putc(t, (unsigned char)*s++);
}

const char *wb_text_row(const wb_textscreen *t, unsigned row) { return t->cells + (size_t)row * t->cols; }
