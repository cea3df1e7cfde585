/* Test support: run a configuration through the same session code `vmwb run` uses. */
#ifndef SESSIONT_H
#define SESSIONT_H
#include "frontends/common/check.h"
#include "frontends/common/session.h"

/* Path of a built image under $BUILD (default "build"), e.g. sessiont_image("tests/monitors/progs/tasks.elf"). */
const char *sessiont_image(const char *rel);
/* A run configuration for core `core` loading `image`, with monitor/nest set. */
void sessiont_config(wb_run_config *cfg, const char *core, const char *image, const char *monitor, unsigned nest);
/* Open and run; asserts the session opened.  Caller closes. */
void sessiont_run(wb_session *s, const wb_run_config *cfg);
/* Open, run with --check semantics, and fill r.  Caller closes. */
void sessiont_check(wb_session *s, const wb_run_config *cfg, wb_check_result *r);
/* State digest of the session's guest machine as a hex string. */
void sessiont_digest(wb_session *s, char out[65]);

#endif
