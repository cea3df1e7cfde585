/* Status codes shared by the whole project: an enum with a message table. */
#ifndef WB_STATUS_H
#define WB_STATUS_H

typedef enum {
    WB_OK = 0,
    WB_ERR_ARG,         /* bad argument or option value */
    WB_ERR_NOFILE,      /* file missing or unreadable */
    WB_ERR_FORMAT,      /* malformed or truncated file */
    WB_ERR_ADDRESS,     /* address outside storage */
    WB_ERR_NOMEM,       /* out of host memory */
    WB_ERR_UNKNOWN,     /* unknown core, guest, register, key ... */
    WB_ERR_UNSUPPORTED, /* valid request the model does not do */
    WB_ERR_STATE,       /* operation not valid in the current state */
    WB_STATUS_COUNT
} wb_status;

const char *wb_status_msg(wb_status s);

#endif
