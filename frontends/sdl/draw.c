/* Drawing the console into its framebuffer: a grid of panes, each a header, a text screen in its
 * device's style, three status lines and a sparkline of how its instructions were executed. */
#include "frontends/sdl/console.h"
#include <stdio.h>
#include <string.h>

#define PAD 4
#define HEADER_H 12
#define GAP 4
#define SPARK_W WB_CON_HIST

#define WINDOW_BG 0x181818u
#define STATUS_BG 0x24282Cu
#define STATUS_FG 0xD8DCE0u
#define HEADER_BG 0x3A3F44u
#define FOCUS_BG 0x5A9BD5u
#define C_DIRECT 0x40C040u
#define C_TRAPPED 0xE0C040u
#define C_INTERP 0xE04848u
#define C_NATIVE 0x808890u
#define C_ERROR 0xC03030u

wb_pane_geom wb_console_geom(const wb_console_app *a, unsigned i)
{
    unsigned cols = a->cfg.columns < a->npanes ? a->cfg.columns : a->npanes;
    if (!cols)
        cols = 1;
    wb_pane_geom g;
    g.x = GAP + (int)(i % cols) * (a->pane_w + GAP);
    g.y = GAP + (int)(i / cols) * (a->pane_h + GAP);
    g.w = a->pane_w;
    g.h = a->pane_h;
    g.text_x = g.x + PAD;
    g.text_y = g.y + HEADER_H + 1;
    g.status_x = g.x + PAD;
    g.status_y = g.y + HEADER_H + (int)a->cfg.rows * WB_FONT_H + 2 + 2;
    g.spark_w = SPARK_W;
    g.spark_h = 3 * WB_FONT_H;
    g.spark_x = g.x + g.w - PAD - SPARK_W;
    g.spark_y = g.status_y;
    g.status_cells = (g.spark_x - 4 - g.status_x) / WB_FONT_W;
    return g;
}

void wb_pane_colors(const wb_pane *p, uint32_t *fg, uint32_t *bg)
{
    wb_pane_style st = p->cfg.style;
    if (st == WB_STYLE_AUTO) {
        const char *core = p->owner->open ? p->owner->s.core->arch : p->owner->cfg.run.core;
        if (!strcmp(core, "s370"))
            st = WB_STYLE_3215;
        else if (!strcmp(core, "pdp10"))
            st = WB_STYLE_TELETYPE;
        else
            st = WB_STYLE_TERMINAL;
    }
    switch (st) {
    case WB_STYLE_3270: *fg = 0x33FF66u; *bg = 0x000800u; break;      /* green phosphor */
    case WB_STYLE_TELETYPE: *fg = 0x1C1C1Cu; *bg = 0xE9E2C0u; break;  /* ASR-33 yellow paper */
    case WB_STYLE_TERMINAL: *fg = 0xFFB000u; *bg = 0x14100Au; break;  /* amber terminal */
    default: *fg = 0x1A2050u; *bg = 0xF4EEDCu; break;                 /* 3215: blue-black ink, paper */
    }
}

static void sparkline(wb_console_app *a, const wb_pane *p, const wb_pane_geom *g)
{
    wb_fb *fb = &a->fb;
    wb_fb_fill(fb, g->spark_x, g->spark_y, g->spark_w, g->spark_h, 0x101214u);
    bool vm = p->owner->open && p->owner->s.depth > 0 &&
              (p->cfg.has_level ? p->cfg.level : p->owner->s.depth) > 0;
    /* the newest frame at the right edge, one pixel column per frame */
    for (unsigned i = 0; i < p->hist_n && i < (unsigned)g->spark_w; i++) {
        const wb_pane_sample *h = &p->hist[(p->hist_pos + WB_CON_HIST - 1 - i) % WB_CON_HIST];
        int x = g->spark_x + g->spark_w - 1 - (int)i, y = g->spark_y + g->spark_h;
        if (!vm) {
            if (h->insns)
                wb_fb_fill(fb, x, y - g->spark_h, 1, g->spark_h, C_NATIVE);
            continue;
        }
        uint64_t tot = h->direct + h->trapped + h->interpreted;
        if (!tot)
            continue;
        int hd = (int)((uint64_t)g->spark_h * h->direct / tot);
        int ht = (int)((uint64_t)g->spark_h * h->trapped / tot);
        int hi = g->spark_h - hd - ht;
        if (h->trapped && !ht && hd > 1)   /* a few traps among many direct instructions still show */
            ht = 1, hd--;
        hi = g->spark_h - hd - ht;
        wb_fb_fill(fb, x, y - hd, 1, hd, C_DIRECT);
        wb_fb_fill(fb, x, y - hd - ht, 1, ht, C_TRAPPED);
        wb_fb_fill(fb, x, y - hd - ht - hi, 1, hi, C_INTERP);
    }
}

static void draw_pane(wb_console_app *a, unsigned i)
{
    wb_fb *fb = &a->fb;
    wb_pane *p = &a->panes[i];
    wb_pane_geom g = wb_console_geom(a, i);
    uint32_t fg, bg;
    wb_pane_colors(p, &fg, &bg);
    bool focus = i == a->focus;
    /* header */
    uint32_t hbg = focus ? FOCUS_BG : HEADER_BG, hfg = focus ? 0x000000u : STATUS_FG;
    wb_fb_fill(fb, g.x, g.y, g.w, HEADER_H, hbg);
    char head[256];
    if (p->cfg.of)
        snprintf(head, sizeof head, "%d %s  level view of pane %d", p->cfg.number, p->cfg.title, p->cfg.of);
    else if (p->linelen)
        snprintf(head, sizeof head, "%d %s  [%s]  input: %s_", p->cfg.number, p->cfg.title, p->state, p->line);
    else
        snprintf(head, sizeof head, "%d %s  [%s%s]", p->cfg.number, p->cfg.title, p->state,
                 p->paused && !strstr(p->state, "paused") ? ", paused" : "");
    wb_fb_text(fb, g.x + PAD, g.y + 1, head, (g.w - 2 * PAD) / WB_FONT_W, hfg, hbg);
    /* text screen */
    int ty = g.y + HEADER_H;
    wb_fb_fill(fb, g.x, ty, g.w, (int)a->cfg.rows * WB_FONT_H + 2, bg);
    if (p->error[0] && !p->open) {
        wb_textscreen t;
        wb_text_init(&t, a->cfg.cols, a->cfg.rows);
        wb_text_puts(&t, p->error);
        for (unsigned r = 0; r < t.rows && t.cells; r++)
            wb_fb_text(fb, g.text_x, g.text_y + (int)r * WB_FONT_H, wb_text_row(&t, r), (int)t.cols, C_ERROR, bg);
        wb_text_free(&t);
    } else {
        for (unsigned r = 0; r < p->screen.rows; r++) {
            char row[256];
            unsigned n = p->screen.cols < sizeof row - 1 ? p->screen.cols : (unsigned)sizeof row - 1;
            memcpy(row, wb_text_row(&p->screen, r), n);
            row[n] = 0;
            wb_fb_text(fb, g.text_x, g.text_y + (int)r * WB_FONT_H, row, (int)n, fg, bg);
        }
        if (focus && p->open && !p->cfg.of && p->screen.cx < p->screen.cols)   /* the cursor */
            wb_fb_fill(fb, g.text_x + (int)p->screen.cx * WB_FONT_W, g.text_y + (int)p->screen.cy * WB_FONT_H + 8,
                       WB_FONT_W - 1, 1, fg);
    }
    /* status */
    int sy = g.status_y - 2;
    wb_fb_fill(fb, g.x, sy, g.w, 3 * WB_FONT_H + 4, STATUS_BG);
    char lines[3][160];
    wb_pane_status(a, p, lines);
    for (int k = 0; k < 3; k++)
        wb_fb_text(fb, g.status_x, g.status_y + k * WB_FONT_H, lines[k], g.status_cells, STATUS_FG, STATUS_BG);
    sparkline(a, p, &g);
}

void wb_console_app_draw(wb_console_app *a)
{
    if (!a->fb.px)
        return;
    wb_fb_fill(&a->fb, 0, 0, a->fb.w, a->fb.h, WINDOW_BG);
    for (unsigned i = 0; i < a->npanes; i++)
        draw_pane(a, i);
    char help[256];
    snprintf(help, sizeof help,
             "Tab focus  F5 pause  F4 pause all  F6 step  F7 reset  F8/F9 rate -/+  F10 quit   rate %llu insns/frame"
             "  frame %llu",
             (unsigned long long)a->rate, (unsigned long long)a->frames);
    wb_fb_text(&a->fb, GAP, a->fb.h - 11, help, (a->fb.w - GAP) / WB_FONT_W, 0xA0A4A8u, WINDOW_BG);
}
