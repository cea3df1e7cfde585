#include "common/status.h"

static const char *const messages[WB_STATUS_COUNT] = {
    [WB_OK] = "ok",
    [WB_ERR_ARG] = "invalid argument",
    [WB_ERR_NOFILE] = "file missing or unreadable",
    [WB_ERR_FORMAT] = "malformed or truncated file",
    [WB_ERR_ADDRESS] = "address outside storage",
    [WB_ERR_NOMEM] = "out of memory",
    [WB_ERR_UNKNOWN] = "unknown name",
    [WB_ERR_UNSUPPORTED] = "not supported by this model",
    [WB_ERR_STATE] = "not valid in the current state",
};

const char *wb_status_msg(wb_status s)
{
    if ((unsigned)s >= WB_STATUS_COUNT)
        return "unknown status";
    return messages[s];
}
