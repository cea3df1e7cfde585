/* A software framebuffer (0xRRGGBB pixels) and the console's own bitmap font: everything the SDL
 * console draws goes through here, so tests can render expected text exactly as the console does. */
#ifndef WB_SDL_FB_H
#define WB_SDL_FB_H
#include <stddef.h>
#include <stdint.h>

#define WB_FONT_W 6          /* cell width in pixels: a 5-pixel glyph and one column of space */
#define WB_FONT_H 10         /* cell height: a 7-row glyph, one row above, two below */
#define WB_GLYPH_ROWS 7

typedef struct {
    uint32_t *px;            /* w * h pixels, row-major, 0x00RRGGBB */
    int w, h;
} wb_fb;

/* The 7 row bitmaps (bit 4 = leftmost pixel) of a character; a box for characters without a glyph. */
const uint8_t *wb_font_glyph(int ch);
/* The cell row where a character's first glyph row is drawn (1; 3 for letters with descenders). */
int wb_font_top(int ch);
void wb_fb_fill(wb_fb *fb, int x, int y, int w, int h, uint32_t rgb);
/* One character cell at (x, y): the background fills the whole cell, the glyph is drawn in fg. */
void wb_fb_char(wb_fb *fb, int x, int y, int ch, uint32_t fg, uint32_t bg);
/* A string of cells; returns the x after the last cell.  Stops at max_cells (<0: no limit). */
int wb_fb_text(wb_fb *fb, int x, int y, const char *s, int max_cells, uint32_t fg, uint32_t bg);

#endif
