/* Drawing into the software framebuffer: filled rectangles and text cells, clipped. */
#include "frontends/sdl/fb.h"

void wb_fb_fill(wb_fb *fb, int x, int y, int w, int h, uint32_t rgb)
{
    int x0 = x < 0 ? 0 : x, y0 = y < 0 ? 0 : y;
    int x1 = x + w > fb->w ? fb->w : x + w, y1 = y + h > fb->h ? fb->h : y + h;
    for (int j = y0; j < y1; j++)
        for (int i = x0; i < x1; i++)
            fb->px[(size_t)j * (size_t)fb->w + (size_t)i] = rgb;
}

void wb_fb_char(wb_fb *fb, int x, int y, int ch, uint32_t fg, uint32_t bg)
{
    wb_fb_fill(fb, x, y, WB_FONT_W, WB_FONT_H, bg);
    if (ch == ' ')
        return;
    const uint8_t *g = wb_font_glyph(ch);
    int top = wb_font_top(ch);
    for (int r = 0; r < WB_GLYPH_ROWS; r++)
        for (int b = 0; b < 5; b++)
            if (g[r] & (0x10 >> b)) {
                int px = x + b, py = y + top + r;
                if (px >= 0 && py >= 0 && px < fb->w && py < fb->h)
                    fb->px[(size_t)py * (size_t)fb->w + (size_t)px] = fg;
            }
}

int wb_fb_text(wb_fb *fb, int x, int y, const char *s, int max_cells, uint32_t fg, uint32_t bg)
{
    for (int n = 0; (max_cells < 0 || n < max_cells) && *s; s++, n++) {   /* the count first: rows are not terminated */
        wb_fb_char(fb, x, y, (unsigned char)*s, fg, bg);
        x += WB_FONT_W;
    }
    return x;
}
