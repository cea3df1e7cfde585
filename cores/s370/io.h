/* cores/s370/io.h — the S/370 channel subsystem as its own files (channel.c, ccw.c, dev_*.c,
 * insn_io.c) and the tests see it.  PoO chapter 13, "Input/Output Operations".
 *
 * Configuration modelled: one byte-multiplexer channel, channel 0, with a nonshared subchannel per
 * device, and the three unit-record devices at Hercules' default addresses:
 *   009  3215 console printer-keyboard   (writes to c->m.console, reads from wb_console_getc)
 *   00C  2540 card reader                (80-column cards from wb_core_config.reader)
 *   00E  1403 printer                    (lines to wb_core_config.printer)
 * Any other channel, or any other device address on channel 0, is not operational (CC 3).
 *
 * CAW, real location 72 (X'48'):
 *   0    3 4    7 8                              31
 *  +------+------+---------------------------------+
 *  | key  | 0000 |  CCW address (doubleword)       |
 *  +------+------+---------------------------------+
 * CSW, real location 64 (X'40'):
 *   0    3 4  5 6 7 8                  31 32      39 40      47 48           63
 *  +------+--+--+---+----------------------+----------+----------+--------------+
 *  | key  |0 |L | CC| CCW address + 8      |unit stat.|chan stat.| residual cnt |
 *  +------+--+--+---+----------------------+----------+----------+--------------+
 *  CC = deferred condition code (START I/O FAST RELEASE).
 * CCW, format 0 (doubleword):
 *   0       7 8                      31 32 33 34  35   36  37-39 40  47 48        63
 *  +---------+-------------------------+--+--+---+----+---+-----+------+-----------+
 *  | command | data address            |CD|CC|SLI|SKIP|PCI| 000 |//////| count     |
 *  +---------+-------------------------+--+--+---+----+---+-----+------+-----------+
 *
 * Timing (deterministic, in clock units = instructions = microseconds of virtual time): a command
 * that transfers data completes a fixed delay after it is started (S370_IO_DELAY_*); an immediate
 * command (control without data: no-operation, spacing, alarm, card feed) completes at initiation,
 * and so does a command the device rejects.  Data moves between storage and the device at the
 * moment the command completes; chained commands start at that moment. */
#ifndef S370_IO_H
#define S370_IO_H

#include "s370.h"
#include <stdio.h>

/* Unit status (CSW bits 32-39). */
enum {
    S370_US_ATTN = 0x80, S370_US_SM = 0x40, S370_US_CUE = 0x20, S370_US_BUSY = 0x10,
    S370_US_CE = 0x08, S370_US_DE = 0x04, S370_US_UC = 0x02, S370_US_UX = 0x01,
};
/* Channel status (CSW bits 40-47). */
enum {
    S370_CS_PCI = 0x80, S370_CS_IL = 0x40, S370_CS_PROG = 0x20, S370_CS_PROT = 0x10,
    S370_CS_CDC = 0x08, S370_CS_CCC = 0x04, S370_CS_ICC = 0x02, S370_CS_CHAIN = 0x01,
};
/* CCW flags (bits 32-39). */
enum {
    S370_CCW_CD = 0x80, S370_CCW_CC = 0x40, S370_CCW_SLI = 0x20, S370_CCW_SKIP = 0x10,
    S370_CCW_PCI = 0x08, S370_CCW_MBZ = 0x07,
};
/* Sense byte 0 (common to the three devices). */
enum {
    S370_SENSE_CMDREJ = 0x80, S370_SENSE_INTREQ = 0x40, S370_SENSE_BUSOUT = 0x20,
    S370_SENSE_EQUIP = 0x10, S370_SENSE_DATA = 0x08, S370_SENSE_OVERRUN = 0x04,
};

/* Device addresses (channel 0). */
enum { S370_DEV_CONSOLE = 0x009, S370_DEV_READER = 0x00C, S370_DEV_PRINTER = 0x00E };

/* Model delays in clock units from the start of a data-transfer command to its channel end and
 * device end (not the devices' mechanical speeds: small, fixed, documented). */
enum { S370_IO_DELAY_CONSOLE = 50, S370_IO_DELAY_READER = 100, S370_IO_DELAY_PRINTER = 100 };

/* Channel ID word stored by STIDC at real location 168: type 0001 = byte multiplexer. */
#define S370_CHANNEL_ID 0x10000000u
#define S370_PSA_CHANNEL_ID 0xA8u

/* What a device does with a command code. */
typedef enum {
    S370_CMD_REJECT,     /* unit check at initiation; the device sets its sense byte */
    S370_CMD_IMMEDIATE,  /* channel end and device end at initiation, no data */
    S370_CMD_READ,       /* input: the device supplies a record */
    S370_CMD_WRITE,      /* output: the device accepts up to max_out bytes */
} s370_cmd_kind;

typedef struct s370_device s370_device;

/* A device type: the channel calls these; each lives in its dev_*.c file. */
typedef struct {
    const char *name;
    unsigned delay;          /* clock units per data-transfer command */
    unsigned max_out;        /* bytes a write command can take (line length) */
    /* Classify a command (other than sense, which the channel handles for every device).  For an
     * immediate command, also perform it. */
    s370_cmd_kind (*command)(s370_cpu *c, s370_device *d, uint8_t cmd);
    /* Produce the record for a read command into buf (cap bytes): returns its length; may add
     * unit exception / unit check to *us (then no data is expected). */
    unsigned (*read)(s370_cpu *c, s370_device *d, uint8_t cmd, uint8_t *buf, unsigned cap, uint8_t *us);
    /* Consume the n bytes of a write command. */
    void (*write)(s370_cpu *c, s370_device *d, uint8_t cmd, const uint8_t *buf, unsigned n);
    void (*reset)(s370_device *d);
} s370_devtype;

/* Subchannel state (PoO "States of the Input/Output System"). */
typedef enum { S370_SC_AVAILABLE, S370_SC_WORKING, S370_SC_PENDING } s370_sc_state;

struct s370_device {
    uint16_t addr;
    const s370_devtype *type;
    /* ---- subchannel ---- */
    s370_sc_state sc;
    uint8_t key;             /* from the CAW */
    uint32_t ccw;            /* address of the current CCW */
    uint8_t cmd, flags;      /* current command (of the first CCW of a data chain) and flags */
    s370_cmd_kind kind;      /* what the device made of cmd */
    uint32_t data;           /* current data address */
    uint16_t count;          /* current residual count */
    uint64_t due;            /* clock value at which the current command completes */
    bool pci;                /* PCI interruption condition pending */
    uint64_t csw;            /* final CSW, valid in S370_SC_PENDING */
    uint64_t seq;            /* order in which the interruption condition arose (priority) */
    /* ---- device ---- */
    uint8_t dev_status;      /* status pending at the device while the subchannel is available */
    uint8_t sense;           /* sense byte 0 */
    /* device-specific */
    FILE *file;              /* reader input / printer output (owned) */
    bool eof;                /* reader: hopper empty, end of file */
    bool overprint;          /* printer: last line written without spacing */
};

#define S370_NDEV 3
struct s370_channel {
    s370_device dev[S370_NDEV];
    uint64_t seq;            /* next interruption-condition sequence number */
};

extern const s370_devtype s370_dev_3215, s370_dev_2540, s370_dev_1403;

/* Channel-program execution (ccw.c). */
typedef enum { S370_EXEC_WORKING, S370_EXEC_ENDED_AT_START, S370_EXEC_ENDED } s370_exec;
uint64_t s370_csw(const s370_device *d, uint8_t us, uint8_t cs);
uint8_t s370_ccw_load(s370_cpu *c, s370_device *d, uint32_t addr, bool first, bool data_chain);
s370_exec s370_ccw_execute(s370_cpu *c, s370_device *d, uint64_t now, bool first);
s370_exec s370_ccw_complete(s370_cpu *c, s370_device *d);
void s370_ccw_halt(s370_cpu *c, s370_device *d);

/* The I/O instructions' functions (channel.c).  addr = bits 16-31 of the second-operand address.
 * Each returns the condition code, having stored the CSW (or its status portion) when it is 1. */
unsigned s370_io_sio(s370_cpu *c, uint16_t addr, bool fast);
unsigned s370_io_tio(s370_cpu *c, uint16_t addr);
unsigned s370_io_clrio(s370_cpu *c, uint16_t addr);
unsigned s370_io_hio(s370_cpu *c, uint16_t addr);
unsigned s370_io_tch(s370_cpu *c, uint16_t addr);
unsigned s370_io_stidc(s370_cpu *c, uint16_t addr);
/* An asynchronous device signal: the console's REQUEST key (attention), or a device becoming ready
 * (device end).  Ignored when the device is busy or absent. */
void s370_io_device_signal(s370_cpu *c, uint16_t addr, uint8_t status);
s370_device *s370_io_device(s370_cpu *c, uint16_t addr);

/* Character sets: EBCDIC (code page 037) <-> ASCII; unmapped EBCDIC codes become '.', ASCII
 * control characters become EBCDIC blank. */
extern const uint8_t s370_ebcdic_to_ascii[256];
extern const uint8_t s370_ascii_to_ebcdic[128];
static inline uint8_t s370_a2e(int ch) { return (ch >= 0 && ch < 128) ? s370_ascii_to_ebcdic[ch] : 0x40; }

#endif
