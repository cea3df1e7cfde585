#include "tests/support/sessiont.h"
#include "common/sha256.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *sessiont_image(const char *rel)
{
    static char path[1024];
    const char *b = getenv("BUILD");
    snprintf(path, sizeof path, "%s/%s", b && *b ? b : "build", rel);
    return path;
}

void sessiont_config(wb_run_config *cfg, const char *core, const char *image, const char *monitor, unsigned nest)
{
    /* bundled guests (--guest NAME) come from the build folder the tests run against */
    if (!getenv("VMWB_GUESTS")) {
        const char *b = getenv("BUILD");
        char dir[512];
        snprintf(dir, sizeof dir, "%s/guests", b && *b ? b : "build");
        setenv("VMWB_GUESTS", dir, 0);
    }
    wb_config_defaults(cfg);
    snprintf(cfg->core, sizeof cfg->core, "%s", core);
    snprintf(cfg->monitor, sizeof cfg->monitor, "%s", monitor);
    cfg->nest = nest;
    snprintf(cfg->loads[0].path, sizeof cfg->loads[0].path, "%s", image);
    cfg->nloads = 1;
    cfg->max_insns = 50000000;
}

void sessiont_run(wb_session *s, const wb_run_config *cfg)
{
    char err[512];
    if (!wb_session_open(s, cfg, err, sizeof err)) {
        fprintf(stderr, "session: %s\n", err);
        abort();
    }
    wb_session_run(s);
}

void sessiont_check(wb_session *s, const wb_run_config *cfg, wb_check_result *r)
{
    char err[512];
    if (!wb_session_open(s, cfg, err, sizeof err) || !wb_check_run(s, r, err, sizeof err)) {
        fprintf(stderr, "session: %s\n", err);
        abort();
    }
    s->check = r;
}

void sessiont_digest(wb_session *s, char out[65])
{
    uint8_t d[32];
    wb_digest(s->m, d);
    wb_sha256_hex(d, out);
}
