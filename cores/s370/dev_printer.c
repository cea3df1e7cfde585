/* 1403 printer at 00E (IBM 2821 Control Unit / 1403 Printer component description): lines go
 * to the host file wb_core_config.printer as ASCII, trailing blanks dropped; no file = discarded.
 *
 * Command byte: bit 0-4 carriage, bits 5-7 001 = write (then move the carriage after printing),
 * 011 = control (move it at once, an immediate command):
 *   01 write, no spacing (the next line overprints: written as a carriage return)
 *   09 11 19   write, then space 1, 2, 3 lines      0B 13 1B   space 1, 2, 3 lines
 *   89..E1     write, then skip to channel 1..12    8B..E3     skip to channel 1..12
 *   03 no-operation; 04 sense.  Any other code: unit check, command reject.
 * No forms-control buffer is modelled: a skip to channel 1 is a form feed, a skip to another
 * channel one line space.  A write takes at most 132 bytes (print positions). */
#include "io.h"

#define LINE 132

/* Does the command's carriage field name a movement: space 0-3, or skip to channel 1-12? */
static bool carriage_ok(uint8_t cmd)
{
    if (cmd & 0x80) {
        unsigned ch = (cmd >> 3) & 15;
        return ch >= 1 && ch <= 12;
    }
    return (cmd >> 3) <= 3;
}

static void move(s370_device *d, uint8_t cmd)
{
    if (!d->file)
        return;
    if (cmd & 0x80) {
        if (((cmd >> 3) & 15) == 1)
            fputc('\f', d->file);
        else
            fputc('\n', d->file);
    } else {
        for (unsigned i = 0; i < (cmd >> 3); i++)
            fputc('\n', d->file);
    }
    fflush(d->file);
}

static s370_cmd_kind command(s370_cpu *c, s370_device *d, uint8_t cmd)
{
    (void)c;
    if (cmd == 0x03)
        return S370_CMD_IMMEDIATE;
    if ((cmd & 7) == 1 && carriage_ok(cmd))
        return S370_CMD_WRITE;
    if ((cmd & 7) == 3 && cmd != 0x03 && carriage_ok(cmd)) {
        move(d, cmd);
        return S370_CMD_IMMEDIATE;
    }
    d->sense = S370_SENSE_CMDREJ;
    return S370_CMD_REJECT;
}

static void print_line(s370_cpu *c, s370_device *d, uint8_t cmd, const uint8_t *buf, unsigned n)
{
    (void)c;
    if (!d->file)
        return;
    while (n && buf[n - 1] == 0x40)
        n--;
    for (unsigned i = 0; i < n; i++)
        fputc(s370_ebcdic_to_ascii[buf[i]], d->file);
    if (cmd == 0x01)
        fputc('\r', d->file);
    move(d, cmd);
}

static unsigned no_read(s370_cpu *c, s370_device *d, uint8_t cmd, uint8_t *buf, unsigned cap, uint8_t *us)
{
    (void)c, (void)d, (void)cmd, (void)buf, (void)cap;
    *us |= S370_US_UC;
    return 0;
}

const s370_devtype s370_dev_1403 = {
    .name = "1403",
    .delay = S370_IO_DELAY_PRINTER,
    .max_out = LINE,
    .command = command,
    .read = no_read,
    .write = print_line,
    .reset = NULL,
};
