/* 3215 console printer-keyboard at 009 (IBM 3210/3215 Console Printer-Keyboard component
 * description): what it prints goes to the machine's console capture as ASCII, what the operator
 * types comes from wb_console_getc.
 *
 * Commands: 01 write, no carrier return; 09 write, automatic carrier return; 0A read inquiry;
 * 0B audible alarm (immediate); 03 no-operation (immediate); 04 sense (handled by the channel).
 * Any other code: unit check, sense "command reject".
 *
 * A read takes one line of input (up to the END key, here the newline; at most 126 characters,
 * the rest of a longer line is discarded) and prints it, as the 3215 does while the operator
 * types.  With no input at all (end of the input stream) the read ends with unit exception, as
 * when the operator cancels it, and transfers nothing. */
#include "io.h"

#define LINE 126   /* print positions of the 3215 */

static s370_cmd_kind command(s370_cpu *c, s370_device *d, uint8_t cmd)
{
    (void)c;
    switch (cmd) {
    case 0x01:
    case 0x09:
        return S370_CMD_WRITE;
    case 0x0A:
        return S370_CMD_READ;
    case 0x03:
    case 0x0B:
        return S370_CMD_IMMEDIATE;
    default:
        d->sense = S370_SENSE_CMDREJ;
        return S370_CMD_REJECT;
    }
}

static void print(s370_cpu *c, const uint8_t *ebcdic, unsigned n, bool cr)
{
    char line[LINE + 2];
    unsigned k = 0;
    for (unsigned i = 0; i < n && k < LINE; i++)
        line[k++] = (char)s370_ebcdic_to_ascii[ebcdic[i]];
    if (cr)
        line[k++] = '\n';
    wb_console_write(c->m.console, line, k);
}

static unsigned read_line(s370_cpu *c, s370_device *d, uint8_t cmd, uint8_t *buf, unsigned cap, uint8_t *us)
{
    (void)d;
    (void)cmd;
    unsigned n = 0, max = cap < LINE ? cap : LINE;
    int ch = wb_console_getc(c->m.console);
    if (ch < 0) {
        *us |= S370_US_UX;
        return 0;
    }
    while (ch >= 0 && ch != '\n') {
        if (ch != '\r' && n < max)
            buf[n++] = s370_a2e(ch);
        ch = wb_console_getc(c->m.console);
    }
    print(c, buf, n, true);
    return n;
}

static void write_line(s370_cpu *c, s370_device *d, uint8_t cmd, const uint8_t *buf, unsigned n)
{
    (void)d;
    print(c, buf, n, cmd == 0x09);
}

const s370_devtype s370_dev_3215 = {
    .name = "3215",
    .delay = S370_IO_DELAY_CONSOLE,
    .max_out = LINE,
    .command = command,
    .read = read_line,
    .write = write_line,
    .reset = NULL,
};
