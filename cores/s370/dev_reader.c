/* 2540 card reader at 00C (IBM 2540 Card Read Punch component description): each line of the
 * host file wb_core_config.reader is one card, ASCII converted to EBCDIC, blank-padded (or cut)
 * to 80 columns.
 *
 * Commands: 02, 42, 82 read, feed, select stacker (the stacker is not modelled); 23, 63, A3 feed,
 * select stacker (immediate: a card passes unread); 03 no-operation; 04 sense.  Column-binary
 * reads (22, 62, A2) and any other code: unit check, command reject.
 * With no file configured the hopper is empty and the reader not ready: a read or feed gives unit
 * check with "intervention required".  After the last card (end of file) a read ends with unit
 * exception and transfers nothing, as when the operator has pressed END OF FILE. */
#include "io.h"
#include <string.h>

#define CARD 80

static s370_cmd_kind command(s370_cpu *c, s370_device *d, uint8_t cmd)
{
    (void)c;
    switch (cmd) {
    case 0x02:
    case 0x42:
    case 0x82:
    case 0x23:
    case 0x63:
    case 0xA3:
        if (!d->file) {
            d->sense = S370_SENSE_INTREQ;
            return S370_CMD_REJECT;
        }
        if ((cmd & 3) == 2)
            return S370_CMD_READ;
        if (!d->eof) {
            uint8_t card[CARD], us = 0;
            d->type->read(c, d, cmd, card, CARD, &us);
        }
        return S370_CMD_IMMEDIATE;
    case 0x03:
        return S370_CMD_IMMEDIATE;
    default:
        d->sense = S370_SENSE_CMDREJ;
        return S370_CMD_REJECT;
    }
}

static unsigned read_card(s370_cpu *c, s370_device *d, uint8_t cmd, uint8_t *buf, unsigned cap, uint8_t *us)
{
    (void)c;
    (void)cmd;
    if (!d->file || d->eof || cap < CARD) {
        *us |= S370_US_UX;
        return 0;
    }
    int ch = fgetc(d->file);
    if (ch == EOF) {
        d->eof = true;
        *us |= S370_US_UX;
        return 0;
    }
    memset(buf, 0x40, CARD);
    unsigned n = 0;
    while (ch != EOF && ch != '\n') {
        if (ch != '\r' && n < CARD)
            buf[n++] = s370_a2e(ch);
        ch = fgetc(d->file);
    }
    return CARD;
}

static void no_write(s370_cpu *c, s370_device *d, uint8_t cmd, const uint8_t *buf, unsigned n)
{
    (void)c, (void)d, (void)cmd, (void)buf, (void)n;
}

const s370_devtype s370_dev_2540 = {
    .name = "2540",
    .delay = S370_IO_DELAY_READER,
    .max_out = 0,
    .command = command,
    .read = read_card,
    .write = no_write,
    .reset = NULL,
};
