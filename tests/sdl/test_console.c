/* The SDL console (vmwb console, frontends/sdl/): configuration, text screens, pane controls, and a
 * headless run whose screenshot must show the guest's text and the status lines where they belong. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <SDL.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "frontends/sdl/console.h"

static char ticker[512];   /* tests/sdl/progs/ticker.S: "VMWB CONSOLE TEST", then "TICK 000001", ... */
static const char *build_dir(void)
{
    const char *b = getenv("BUILD");
    return b && *b ? b : "build";
}

static const char *write_ini(const char *name, const char *text)
{
    static char path[600];
    snprintf(path, sizeof path, "%s/tests/sdl/%s", build_dir(), name);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
    return path;
}

static void load(wb_console_config *c, const char *name, const char *text)
{
    char err[1024];
    wb_console_config_defaults(c);
    bool ok = wb_console_config_load(c, write_ini(name, text), err, sizeof err);
    if (!ok)
        fail_msg("%s", err);
}

static void ticker_ini(char *out, size_t n, const char *extra)
{
    snprintf(out, n,
             "[console]\nrate = 5000\ncols = 40\nrows = 24\n"
             "[pane.1]\ntitle = bare\ncore = s370\nload = %s\n"
             "[pane.2]\ntitle = nest\ncore = s370\nload = %s\nmonitor = trap\nnest = 2\nstyle = 3270\n%s",
             ticker, ticker, extra);
}

/* ---- text screen ---- */

static void row_is(const wb_textscreen *t, unsigned r, const char *want)
{
    char got[256];
    memcpy(got, wb_text_row(t, r), t->cols);
    got[t->cols] = 0;
    assert_string_equal(got, want);
}

static void test_text_wraps_and_scrolls(void **state)
{
    (void)state;
    wb_textscreen t;
    wb_text_init(&t, 4, 2);
    wb_text_puts(&t, "abcdef");         /* wraps after 4 cells */
    row_is(&t, 0, "abcd");
    row_is(&t, 1, "ef  ");
    wb_text_puts(&t, "\nxy");           /* the bottom line scrolls the screen up */
    row_is(&t, 0, "ef  ");
    row_is(&t, 1, "xy  ");
    wb_text_puts(&t, "\rZ\b\x07");      /* CR to column 0, backspace moves back, bell prints nothing */
    row_is(&t, 1, "Zy  ");
    assert_int_equal(t.cx, 0);
    wb_text_free(&t);
}

/* ---- configuration ---- */

static void test_config_panes(void **state)
{
    (void)state;
    wb_console_config c;
    load(&c, "cfg1.ini",
         "[console]\ncolumns = 3\nrate = 500\n[pane.2]\nof = 1\nlevel = 1\n"
         "[pane.1]\ncore = s370\nguest = minios\nmonitor = hybrid\nnest = 3\nstorage = 64K\n");
    assert_int_equal(c.columns, 3);
    assert_int_equal(c.rate, 500);
    assert_int_equal(c.npanes, 2);
    assert_int_equal(c.panes[0].number, 1);   /* sorted by number */
    assert_string_equal(c.panes[0].run.core, "s370");
    assert_string_equal(c.panes[0].run.monitor, "hybrid");
    assert_int_equal(c.panes[0].run.nest, 3);
    assert_int_equal(c.panes[0].run.storage, 65536);
    assert_string_equal(c.panes[0].run.guest, "minios");
    assert_int_equal(c.panes[1].of, 1);
    assert_int_equal(c.panes[1].level, 1);
}

static void expect_error(const char *text, const char *fragment)
{
    wb_console_config c;
    wb_console_config_defaults(&c);
    char err[1024] = "";
    assert_false(wb_console_config_load(&c, write_ini("bad.ini", text), err, sizeof err));
    if (!strstr(err, fragment))
        fail_msg("error '%s' lacks '%s'", err, fragment);
}

static void test_config_errors(void **state)
{
    (void)state;
    expect_error("[console]\nrate = 10\n[pane.1]\ncore = s370\ncolour = red\n", "bad.ini:5: unknown key 'pane.1.colour'");
    expect_error("[pane.1]\nmonitor = sideways\n", "bad.ini:2: pane.1: run.monitor");
    expect_error("[pane.1]\ncore = s370\nguest = hello\n[pane.2]\nof = 7\n", "of = 7 names no pane");
    expect_error("[pane.1]\nof = 2\ncore = s370\n[pane.2]\ncore = s370\n", "cannot have a machine of its own");
    expect_error("[console]\nrate = 0\n", "console.rate");
    expect_error("[console]\n", "no panes");
    expect_error("[window]\nx = 1\n", "unknown section [window]");
}

/* ---- panes ---- */

static void test_pause_step_reset_rate(void **state)
{
    (void)state;
    char ini[2048];
    ticker_ini(ini, sizeof ini, "");
    wb_console_config c;
    load(&c, "keys.ini", ini);
    static wb_console_app a;
    char err[256];
    assert_true(wb_console_app_open(&a, &c, err, sizeof err));
    wb_console_app_frame(&a, 0.01);
    wb_machine *m = a.panes[0].s.m;
    /* one frame = one budget of 5000 steps (an I/O interruption is a step, not an instruction) */
    uint64_t n1 = m->counters.insns;
    assert_true(n1 > 4900 && n1 <= 5000);
    wb_console_app_key(&a, WB_KEY_PAUSE);                 /* focus is pane 1 */
    wb_console_app_frame(&a, 0.01);
    assert_int_equal(m->counters.insns, n1);
    assert_true(a.panes[1].s.m->counters.insns > n1);     /* the other pane goes on */
    wb_console_app_key(&a, WB_KEY_STEP);
    assert_int_equal(m->counters.insns, n1 + 1);
    assert_true(a.panes[0].paused);
    wb_console_app_key(&a, WB_KEY_FASTER);
    assert_int_equal(a.rate, 10000);
    wb_console_app_key(&a, WB_KEY_SLOWER);
    wb_console_app_key(&a, WB_KEY_SLOWER);
    assert_int_equal(a.rate, 2500);
    wb_console_app_key(&a, WB_KEY_RESET);
    assert_false(a.panes[0].paused);
    assert_int_equal(a.panes[0].s.m->counters.insns, 0);
    assert_int_equal(a.panes[0].screen.cy, 0);
    wb_console_app_key(&a, WB_KEY_NEXT);
    assert_int_equal(a.focus, 1);
    wb_console_app_key(&a, WB_KEY_NEXT);
    assert_int_equal(a.focus, 0);
    wb_console_app_key(&a, WB_KEY_PREV);
    assert_int_equal(a.focus, 1);
    /* typing on a 3215 builds a line; Enter hands it to the guest's console with its newline */
    wb_console_app_text(&a, "log");
    wb_console_app_key(&a, WB_KEY_BACKSPACE);
    assert_string_equal(a.panes[1].line, "lo");
    assert_string_equal(a.panes[1].input, "");
    wb_console_app_key(&a, WB_KEY_ENTER);
    assert_string_equal(a.panes[1].input, "lo\n");
    wb_console_app_key(&a, WB_KEY_QUIT);
    assert_true(a.quit);
    wb_console_app_close(&a);
}

static void test_deterministic_and_level_view(void **state)
{
    (void)state;
    char ini[2048];
    ticker_ini(ini, sizeof ini, "[pane.3]\nof = 2\nlevel = 1\n");
    wb_console_config c;
    load(&c, "det.ini", ini);
    static wb_console_app a, b;
    char err[256];
    assert_true(wb_console_app_open(&a, &c, err, sizeof err));
    assert_true(wb_console_app_open(&b, &c, err, sizeof err));
    for (int i = 0; i < 4; i++) {
        wb_console_app_frame(&a, 0.001);
        wb_console_app_frame(&b, 0.5);   /* host time differs, the machines do not */
    }
    for (int i = 0; i < 2; i++) {
        assert_int_equal(a.panes[i].s.m->counters.insns, b.panes[i].s.m->counters.insns);
        assert_memory_equal(a.panes[i].screen.cells, b.panes[i].screen.cells, 40 * 24);
    }
    /* the bare pane and the nested one print the same lines (equivalence, seen on the screen) */
    assert_memory_equal(a.panes[0].screen.cells, a.panes[1].screen.cells, 40 * 24);
    row_is(&a.panes[0].screen, 0, "VMWB CONSOLE TEST                       ");
    row_is(&a.panes[0].screen, 1, "TICK 000001                             ");
    /* the view pane describes level 1 of pane 2's nest */
    const char *r0 = wb_text_row(&a.panes[2].screen, 0);
    assert_memory_equal(r0, "level 1 of 2 in pane 2", 22);
    char st[3][160];
    wb_pane_status(&a, &a.panes[2], st);
    assert_memory_equal(st[0], "s370 trap L1/2 ", 15);
    wb_console_app_close(&a);
    wb_console_app_close(&b);
}

/* ---- the whole console, headless, through its command line ---- */

static SDL_Surface *load_rgb(const char *path)
{
    SDL_Surface *s = SDL_LoadBMP(path);
    if (!s)
        fail_msg("%s: %s", path, SDL_GetError());
    SDL_Surface *r = SDL_ConvertSurfaceFormat(s, SDL_PIXELFORMAT_RGB888, 0);
    SDL_FreeSurface(s);
    assert_non_null(r);
    return r;
}

static uint32_t pixel(SDL_Surface *s, int x, int y)
{
    return ((uint32_t *)((uint8_t *)s->pixels + (size_t)y * (size_t)s->pitch))[x] & 0xFFFFFFu;
}

/* The screenshot shows `text` at (x, y) exactly as the console's font draws it in fg on bg. */
static void expect_text(SDL_Surface *shot, int x, int y, const char *text, uint32_t fg, uint32_t bg)
{
    int w = (int)strlen(text) * WB_FONT_W;
    uint32_t *px = calloc((size_t)w * WB_FONT_H, sizeof *px);
    wb_fb fb = {px, w, WB_FONT_H};
    wb_fb_text(&fb, 0, 0, text, -1, fg, bg);
    int ink = 0;
    for (int j = 0; j < WB_FONT_H; j++)
        for (int i = 0; i < w; i++) {
            if (px[j * w + i] != pixel(shot, x + i, y + j))
                fail_msg("'%s' at (%d,%d): pixel (%d,%d) is %06x, the font says %06x", text, x, y, i, j,
                         pixel(shot, x + i, y + j), px[j * w + i]);
            ink += px[j * w + i] == fg;
        }
    assert_true(ink > 0);
    free(px);
}

static void test_headless_screenshot(void **state)
{
    (void)state;
    char ini[2048];
    ticker_ini(ini, sizeof ini, "[pane.3]\ncore = ppc-booke\nguest = nosuchguest\nmonitor = emulate\n");
    const char *path = write_ini("shot.ini", ini);
    char ipath[600], shot[600];
    snprintf(ipath, sizeof ipath, "%s", path);
    snprintf(shot, sizeof shot, "%s/tests/sdl/console.bmp", build_dir());
    remove(shot);
    setenv("SDL_VIDEODRIVER", "dummy", 1);   /* the dummy driver loads no GL libraries */
    char *argv[] = {"console", ipath, "--frames", "3", "--screenshot", shot, NULL};
    assert_int_equal(cli_console(6, argv), 0);

    /* where things are: the same geometry the console used */
    wb_console_config c;
    load(&c, "shot.ini", ini);
    static wb_console_app a;
    char err[256];
    assert_true(wb_console_app_open(&a, &c, err, sizeof err));
    SDL_Surface *s = load_rgb(shot);
    assert_int_equal(s->w, a.fb.w);
    assert_int_equal(s->h, a.fb.h);
    uint32_t fg, bg;
    /* pane 1: a 3215, the guest's lines from the top */
    wb_pane_geom g = wb_console_geom(&a, 0);
    wb_pane_colors(&a.panes[0], &fg, &bg);
    assert_int_equal(bg, 0xF4EEDC);   /* paper */
    expect_text(s, g.text_x, g.text_y, "VMWB CONSOLE TEST", fg, bg);
    expect_text(s, g.text_x, g.text_y + WB_FONT_H, "TICK 000001", fg, bg);
    expect_text(s, g.text_x, g.text_y + 3 * WB_FONT_H, "TICK 000003", fg, bg);
    /* its status lines: core, strategy, level/depth, virtual mode; then the execution shares */
    const uint32_t sfg = 0xD8DCE0, sbg = 0x24282C;
    expect_text(s, g.status_x, g.status_y, "s370 none L0/0 SUP ", sfg, sbg);
    expect_text(s, g.status_x, g.status_y + WB_FONT_H, "bare machine", sfg, sbg);
    expect_text(s, g.status_x, g.status_y + 2 * WB_FONT_H, "ints/s io ", sfg, sbg);
    /* pane 2: the same guest two monitors deep, green on black */
    g = wb_console_geom(&a, 1);
    wb_pane_colors(&a.panes[1], &fg, &bg);
    assert_int_equal(fg, 0x33FF66);
    expect_text(s, g.text_x, g.text_y + WB_FONT_H, "TICK 000001", fg, bg);
    expect_text(s, g.status_x, g.status_y, "s370 trap L2/2 SUP ", sfg, sbg);
    expect_text(s, g.status_x, g.status_y + WB_FONT_H, "direct ", sfg, sbg);
    expect_text(s, g.status_x, g.status_y + 2 * WB_FONT_H, "exits/s privileged ", sfg, sbg);
    /* its sparkline: the newest column is mostly green (direct execution) */
    int green = 0;
    for (int y = g.spark_y; y < g.spark_y + g.spark_h; y++)
        green += pixel(s, g.spark_x + g.spark_w - 1, y) == 0x40C040;
    assert_true(green > g.spark_h / 2);
    /* pane 3: a pane that cannot start (no such guest) says so instead of crashing */
    g = wb_console_geom(&a, 2);
    wb_pane_colors(&a.panes[2], &fg, &bg);
    expect_text(s, g.text_x, g.text_y, "cannot start this pane: unknown guest", 0xC03030, bg);
    expect_text(s, g.status_x, g.status_y + WB_FONT_H, "not running", sfg, sbg);
    SDL_FreeSurface(s);
    wb_console_app_close(&a);
}

static void test_cli_usage(void **state)
{
    (void)state;
    char *noarg[] = {"console", NULL};
    assert_int_equal(cli_console(1, noarg), 2);
    char *badframes[] = {"console", "x.ini", "--frames", "zero", NULL};
    assert_int_equal(cli_console(4, badframes), 2);
    char *missing[] = {"console", "/nonexistent/x.ini", NULL};
    assert_int_equal(cli_console(2, missing), 2);
}

int main(void)
{
    snprintf(ticker, sizeof ticker, "%s/tests/sdl/progs/ticker.elf", build_dir());
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_text_wraps_and_scrolls),
        cmocka_unit_test(test_config_panes),
        cmocka_unit_test(test_config_errors),
        cmocka_unit_test(test_pause_step_reset_rate),
        cmocka_unit_test(test_deterministic_and_level_view),
        cmocka_unit_test(test_headless_screenshot),
        cmocka_unit_test(test_cli_usage),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
