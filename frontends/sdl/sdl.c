/* vmwb console: the SDL2 window around the console model (console.h). */
#include "frontends/sdl/console.h"
#include "common/parse.h"
#include <SDL.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void console_usage(FILE *f)
{
    fprintf(f,
            "usage: vmwb console FILE.ini [--frames N] [--screenshot OUT.bmp] [--rate N] [--stats]\n"
            "\n"
            "Opens one window with a pane for every virtual machine of the configuration: the guest's\n"
            "console as a text screen (S/370 a 3215 typewriter or a 3270 screen, PDP-10 a teletype, 68k a\n"
            "terminal), and status lines with the core, the monitor strategy, the nest level, the virtual\n"
            "mode, instructions per second, the shares of direct / trapped / interpreted instructions\n"
            "(with a sparkline: green direct, yellow trapped, red interpreted, grey bare) and exits per\n"
            "second by cause.  Machines stay deterministic: each gets a budget of instructions per frame.\n"
            "\n"
            "options:\n"
            "  --frames N          run N frames as fast as possible, then exit (no display needed:\n"
            "                      without one the dummy SDL video driver is used)\n"
            "  --screenshot FILE   write the last frame as a BMP image\n"
            "  --rate N            instructions per pane per frame (overrides [console] rate)\n"
            "  --stats             print frames per second and each pane's instructions at the end\n"
            "  -h, --help          this text\n"
            "\n"
            "keys: Tab / Shift-Tab or a click: focus   F5: pause the focused pane   F4: pause all\n"
            "      F6: single-step the focused pane   F7: reset it   F8 / F9: halve / double the rate\n"
            "      F10: quit   anything typed goes to the focused guest (the 3215 takes a line at Enter)\n"
            "\n"
            "FILE.ini:\n"
            "  [console]  title, columns (panes per row), cols, rows (text cells), fps, rate, scale\n"
            "  [pane.N]   title, style = auto|3215|3270|teletype|terminal, and the machine as `vmwb run`\n"
            "             takes it: core, guest, load, monitor, nest, storage, start, max_insns, reader,\n"
            "             printer, console_input; level = I shows level I's counters of the nest;\n"
            "             of = M makes a pane that shows level I of pane M's nest instead of a machine\n");
}

static wb_console_key map_key(const SDL_KeyboardEvent *k)
{
    switch (k->keysym.sym) {
    case SDLK_TAB: return (k->keysym.mod & KMOD_SHIFT) ? WB_KEY_PREV : WB_KEY_NEXT;
    case SDLK_F4: return WB_KEY_PAUSE_ALL;
    case SDLK_F5: return WB_KEY_PAUSE;
    case SDLK_F6: return WB_KEY_STEP;
    case SDLK_F7: return WB_KEY_RESET;
    case SDLK_F8: return WB_KEY_SLOWER;
    case SDLK_F9: return WB_KEY_FASTER;
    case SDLK_F10: return WB_KEY_QUIT;
    case SDLK_RETURN: case SDLK_KP_ENTER: return WB_KEY_ENTER;
    case SDLK_BACKSPACE: return WB_KEY_BACKSPACE;
    default: return WB_KEY_NONE;
    }
}

static double now_seconds(void) { return (double)SDL_GetPerformanceCounter() / (double)SDL_GetPerformanceFrequency(); }

int cli_console(int argc, char **argv)
{
    static const struct option opts[] = {
        {"frames", required_argument, 0, 'f'}, {"screenshot", required_argument, 0, 's'},
        {"rate", required_argument, 0, 'r'},   {"stats", no_argument, 0, 'S'},
        {"help", no_argument, 0, 'h'},         {0, 0, 0, 0},
    };
    uint64_t frames = 0, rate = 0;
    bool has_frames = false, stats = false;
    const char *shot = NULL;
    optind = 1;
    opterr = 0;
    int ch;
    while ((ch = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        switch (ch) {
        case 'f':
            if (!wb_parse_u64(optarg, &frames) || frames == 0) {
                fprintf(stderr, "vmwb console: --frames needs a positive count, got '%s'\n", optarg);
                return 2;
            }
            has_frames = true;
            break;
        case 's': shot = optarg; break;
        case 'r':
            if (!wb_parse_u64(optarg, &rate) || rate == 0 || rate > 1000000000ull) {
                fprintf(stderr, "vmwb console: --rate needs a count from 1 to 1000000000, got '%s'\n", optarg);
                return 2;
            }
            break;
        case 'S': stats = true; break;
        case 'h': console_usage(stdout); return 0;
        default:
            fprintf(stderr, "vmwb console: unknown or incomplete option '%s' (vmwb console --help)\n", argv[optind - 1]);
            return 2;
        }
    }
    if (optind + 1 != argc) {
        fprintf(stderr, "vmwb console: give exactly one configuration file (vmwb console --help)\n");
        return 2;
    }
    static wb_console_config cfg;   /* large: panes carry whole run configurations */
    wb_console_config_defaults(&cfg);
    char err[1024];
    if (!wb_console_config_load(&cfg, argv[optind], err, sizeof err)) {
        fprintf(stderr, "vmwb console: %s\n", err);
        return 2;
    }
    if (rate)
        cfg.rate = rate;
    /* A scripted run needs no display: fall back to the dummy driver where there is none. */
    if (has_frames && !getenv("SDL_VIDEODRIVER") && !getenv("DISPLAY") && !getenv("WAYLAND_DISPLAY"))
        SDL_setenv("SDL_VIDEODRIVER", "dummy", 1);   /* a window surface, no GL libraries */
    if (SDL_Init(SDL_INIT_VIDEO) != 0) {
        fprintf(stderr, "vmwb console: SDL: %s (no display? try SDL_VIDEODRIVER=offscreen with --frames)\n",
                SDL_GetError());
        return 1;
    }
    static wb_console_app app;
    if (!wb_console_app_open(&app, &cfg, err, sizeof err)) {
        fprintf(stderr, "vmwb console: %s\n", err);
        SDL_Quit();
        return 1;
    }
    for (unsigned i = 0; i < app.npanes; i++)
        if (app.panes[i].error[0])
            fprintf(stderr, "vmwb console: pane %d: %s\n", app.panes[i].cfg.number, app.panes[i].error);
    int rc = 0;
    int sc = (int)cfg.scale;
    SDL_Window *win = SDL_CreateWindow(cfg.title, SDL_WINDOWPOS_UNDEFINED, SDL_WINDOWPOS_UNDEFINED, app.fb.w * sc,
                                       app.fb.h * sc, has_frames ? SDL_WINDOW_HIDDEN : 0);
    SDL_Surface *fbs = SDL_CreateRGBSurfaceWithFormatFrom(app.fb.px, app.fb.w, app.fb.h, 32, app.fb.w * 4,
                                                          SDL_PIXELFORMAT_RGB888);
    if (!win || !fbs) {
        fprintf(stderr, "vmwb console: SDL: %s\n", SDL_GetError());
        rc = 1;
        goto out;
    }
    SDL_StartTextInput();
    double t0 = now_seconds(), last = t0, period = 1.0 / cfg.fps;
    uint64_t frame = 0;
    while (!app.quit && (!has_frames || frame < frames)) {
        SDL_Event ev;
        while (SDL_PollEvent(&ev)) {
            if (ev.type == SDL_QUIT)
                app.quit = true;
            else if (ev.type == SDL_KEYDOWN)
                wb_console_app_key(&app, map_key(&ev.key));
            else if (ev.type == SDL_TEXTINPUT)
                wb_console_app_text(&app, ev.text.text);
            else if (ev.type == SDL_MOUSEBUTTONDOWN)
                wb_console_app_focus_at(&app, ev.button.x / sc, ev.button.y / sc);
        }
        double t = now_seconds();
        wb_console_app_frame(&app, frame ? t - last : period);
        last = t;
        frame++;
        SDL_Surface *ws = SDL_GetWindowSurface(win);
        if (ws) {
            if (sc == 1)
                SDL_BlitSurface(fbs, NULL, ws, NULL);
            else
                SDL_BlitScaled(fbs, NULL, ws, NULL);
            SDL_UpdateWindowSurface(win);
        }
        if (!has_frames) {   /* interactive: hold the frame rate */
            double spent = now_seconds() - t;
            if (spent < period)
                SDL_Delay((Uint32)((period - spent) * 1000.0));
        }
    }
    double secs = now_seconds() - t0;
    if (shot && SDL_SaveBMP(fbs, shot) != 0) {
        fprintf(stderr, "vmwb console: %s: %s\n", shot, SDL_GetError());
        rc = 1;
    }
    if (stats) {
        printf("frames %llu in %.3f s: %.1f frames/s with %u panes\n", (unsigned long long)frame, secs,
               secs > 0 ? (double)frame / secs : 0.0, app.npanes);
        for (unsigned i = 0; i < app.npanes; i++) {
            const wb_pane *p = &app.panes[i];
            if (p->open)
                printf("pane %d: %s, %s, nest %u: %llu instructions, %s\n", p->cfg.number, p->s.m->variant,
                       p->s.strategy, p->s.depth, (unsigned long long)p->s.m->counters.insns, p->state);
            else if (!p->cfg.of)
                printf("pane %d: %s\n", p->cfg.number, p->error);
        }
    }
out:
    if (fbs)
        SDL_FreeSurface(fbs);
    if (win)
        SDL_DestroyWindow(win);
    wb_console_app_close(&app);
    SDL_Quit();
    return rc;
}
