/* vmwb console: one window, one pane per virtual machine of a configuration (issue 7).
 *
 * The model here has no SDL in it: configuration, panes (a session each, or a view of one level of
 * another pane's nest), the text screens, the counters and the drawing into a software framebuffer.
 * sdl.c puts the framebuffer in a window and turns SDL events into the keys below.  Machines stay
 * deterministic: the console paces them from outside, giving each a budget of instructions per frame.
 */
#ifndef WB_SDL_CONSOLE_H
#define WB_SDL_CONSOLE_H
#include "frontends/common/multi.h"
#include "frontends/common/session.h"
#include "frontends/sdl/fb.h"
#include <stdbool.h>
#include <stddef.h>

#define WB_CON_MAX_PANES 16
#define WB_CON_HIST 100            /* frames of history kept per pane (the sparkline's width) */

typedef enum { WB_STYLE_AUTO, WB_STYLE_3215, WB_STYLE_3270, WB_STYLE_TELETYPE, WB_STYLE_TERMINAL } wb_pane_style;

typedef struct {
    int number;                    /* N of [pane.N] */
    char title[64];
    wb_pane_style style;
    bool has_level;
    unsigned level;                /* which level's counters to show (default: the innermost) */
    int of;                        /* 0, or the pane whose session this pane views */
    int vm;                        /* 0, or the N of the [vm.N] (a time-shared sibling) this pane shows */
    bool has_machine_keys;         /* any of core/guest/monitor/... given */
    wb_run_config run;
} wb_pane_config;

typedef struct {
    char title[128];
    unsigned columns;              /* panes per row of the grid */
    unsigned cols, rows;           /* text cells of each pane's screen */
    unsigned fps;                  /* frames per second when interactive */
    uint64_t rate;                 /* instructions per pane per frame */
    unsigned scale;                /* window pixels per framebuffer pixel */
    wb_pane_config panes[WB_CON_MAX_PANES];
    unsigned npanes;
    /* [machine], [run] and [vm.N]: several VMs time-sharing one machine, as `vmwb run` reads them */
    wb_run_config shared;
    bool has_vms;
} wb_console_config;

void wb_console_config_defaults(wb_console_config *c);
/* One SECTION.KEY=VALUE of a console file ([console] or [pane.N]); false with a message. */
bool wb_console_config_set(wb_console_config *c, const char *section, const char *key, const char *value, char *err,
                           size_t errlen);
/* Read a console .ini; errors name the file, the line and the key.  Checks the panes (at least one;
 * `of` names an existing pane with a machine; a level within its nest is checked when it opens). */
bool wb_console_config_load(wb_console_config *c, const char *path, char *err, size_t errlen);
bool wb_console_config_check(wb_console_config *c, char *err, size_t errlen);

/* A text screen: what the guest wrote, wrapped and scrolled. */
typedef struct {
    unsigned cols, rows;
    char *cells;                   /* rows * cols characters */
    unsigned cx, cy;
} wb_textscreen;
void wb_text_init(wb_textscreen *t, unsigned cols, unsigned rows);
void wb_text_free(wb_textscreen *t);
void wb_text_clear(wb_textscreen *t);
void wb_text_putc(wb_textscreen *t, int ch);
void wb_text_puts(wb_textscreen *t, const char *s);
const char *wb_text_row(const wb_textscreen *t, unsigned row);   /* cols characters, not terminated */

/* Counters at one moment (or their change over one frame, with the host seconds it took). */
typedef struct {
    uint64_t insns, direct, trapped, interpreted;
    uint64_t exits[WB_TRAP_KINDS];
    double secs;
} wb_pane_sample;

typedef struct wb_pane {
    wb_pane_config cfg;
    struct wb_pane *owner;         /* the pane whose session this one shows (itself when it has one) */
    wb_multi *multi;               /* the time-shared machine a [vm.N] pane's VM lives on */
    const char *multi_error;       /* why that machine could not be built */
    wb_session s;
    bool open;                     /* s holds a machine */
    char error[512];               /* why it is not running, shown in the pane */
    wb_textscreen screen;
    char *input;                   /* typed text handed to the guest's console (NUL-terminated) */
    size_t inlen, incap;
    char line[128];                /* the line being typed (line-mode consoles: the 3215) */
    size_t linelen;
    bool paused, stopped;
    char state[128];               /* running, paused, halted, wait, ... */
    uint64_t run_insns;            /* instructions run so far (for the [run] max_insns cap) */
    wb_pane_sample last;
    wb_pane_sample hist[WB_CON_HIST];
    unsigned hist_n, hist_pos;
} wb_pane;

typedef enum {
    WB_KEY_NONE, WB_KEY_PAUSE, WB_KEY_PAUSE_ALL, WB_KEY_STEP, WB_KEY_RESET, WB_KEY_SLOWER, WB_KEY_FASTER,
    WB_KEY_NEXT, WB_KEY_PREV, WB_KEY_QUIT, WB_KEY_ENTER, WB_KEY_BACKSPACE,
} wb_console_key;

typedef struct {
    wb_console_config cfg;
    wb_pane panes[WB_CON_MAX_PANES];
    unsigned npanes, focus;
    uint64_t rate;
    uint64_t frames;
    bool quit;
    wb_fb fb;
    int pane_w, pane_h, grid_rows;
    wb_multi *multi;               /* the [vm.N] siblings, when the file has any */
    char multi_error[600];
} wb_console_app;

/* Opens every pane (a pane that cannot start shows why); false only when out of memory. */
bool wb_console_app_open(wb_console_app *a, const wb_console_config *cfg, char *err, size_t errlen);
void wb_console_app_close(wb_console_app *a);
/* One frame: run every pane for its budget (host_dt: host seconds since the last frame), then draw. */
void wb_console_app_frame(wb_console_app *a, double host_dt);
void wb_console_app_draw(wb_console_app *a);
void wb_console_app_key(wb_console_app *a, wb_console_key k);
void wb_console_app_text(wb_console_app *a, const char *text);
void wb_console_app_focus_at(wb_console_app *a, int x, int y);

/* Geometry, for the window and for tests. */
typedef struct {
    int x, y, w, h;                /* the pane */
    int text_x, text_y;            /* top-left of text cell (0, 0) */
    int status_x, status_y;        /* top-left of the first status line's first cell */
    int status_cells;              /* cells per status line */
    int spark_x, spark_y, spark_w, spark_h;
} wb_pane_geom;
wb_pane_geom wb_console_geom(const wb_console_app *a, unsigned i);
/* The colours a pane's text is drawn in. */
void wb_pane_colors(const wb_pane *p, uint32_t *fg, uint32_t *bg);
/* The status lines (3) of a pane as drawn. */
void wb_pane_status(const wb_console_app *a, const wb_pane *p, char lines[3][160]);

int cli_console(int argc, char **argv);

#endif
