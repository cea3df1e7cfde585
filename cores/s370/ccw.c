/* Channel-program execution (PoO chapter 13, "Execution of Input/Output Operations"):
 * fetching and checking CCWs, transfer in channel, data and command chaining, skip, PCI,
 * incorrect length, and the channel's own storage references (absolute addresses, CAW key).
 *
 * The channel keeps the current CCW of each subchannel in its s370_device: address, command,
 * flags, data address and residual count.  Every routine here leaves d->ccw designating the CCW
 * that the CSW must name (the CSW holds that address + 8). */
#include "io.h"

uint64_t s370_csw(const s370_device *d, uint8_t us, uint8_t cs)
{
    return (uint64_t)(d->key & 15) << 60 | (uint64_t)((d->ccw + 8) & S370_AMASK) << 32 | (uint64_t)us << 24 |
           (uint64_t)cs << 16 | d->count;
}

/* A channel reference to absolute storage: addressing, then key-controlled protection with the
 * key from the CAW (PoO "Protection Check" among the channel-status conditions).  Returns 0 or the
 * channel-status bit to report. */
static uint8_t chan_access(s370_cpu *c, const s370_device *d, uint32_t a, bool store)
{
    if (a >= c->memsize)
        return S370_CS_PROG;   /* invalid data or CCW address */
    uint8_t *k = &c->keys[a / S370_KEYBLOCK];
    if (d->key != 0 && (*k >> 4) != d->key && (store || (*k & S370_KEY_FETCH)))
        return S370_CS_PROT;
    *k |= S370_KEY_REF | (store ? S370_KEY_CHG : 0);
    return 0;
}

/* Fetch the CCW at addr into d, following one transfer in channel (PoO "Transfer in Channel").
 * first: the CCW designated by the CAW (which may not be a TIC); data_chain: the command field of
 * the new CCW is ignored (only flags, address and count are taken).  Returns 0, or the channel
 * status (program check / protection check) with d->ccw set to the CCW the CSW must name. */
uint8_t s370_ccw_load(s370_cpu *c, s370_device *d, uint32_t addr, bool first, bool data_chain)
{
    bool after_tic = false;
    uint32_t tic = 0;
    for (;;) {
        addr &= S370_AMASK;
        if (addr > c->memsize - 8) {
            /* invalid CCW address: the CSW names the TIC that specified it, else the address */
            d->ccw = after_tic ? tic : addr;
            return S370_CS_PROG;
        }
        d->ccw = addr;
        uint8_t e = chan_access(c, d, addr, false);   /* a doubleword never spans two key blocks */
        if (e)
            return e;
        const uint8_t *p = c->mem + addr;
        uint8_t cmd = p[0];
        uint32_t data = (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
        if ((cmd & 0x0F) == 0x08) {
            /* TIC: not as the first CCW, not to another TIC, only to a doubleword */
            if (first || after_tic || (data & 7))
                return S370_CS_PROG;
            after_tic = true;
            tic = addr;
            addr = data;
            continue;
        }
        uint8_t flags = p[4];
        uint16_t count = s370_be16(p + 6);
        if ((flags & S370_CCW_MBZ) || count == 0 || (!data_chain && (cmd & 0x0F) == 0))
            return S370_CS_PROG;   /* invalid CCW format, invalid count, invalid command code */
        if (!data_chain)
            d->cmd = cmd;
        d->flags = flags;
        d->data = data;
        d->count = count;
        if (flags & S370_CCW_PCI)
            d->pci = true;
        return 0;
    }
}

/* Incorrect length is suppressed only by SLI in a CCW that does not also specify data chaining. */
static bool il_suppressed(const s370_device *d)
{
    return (d->flags & S370_CCW_SLI) && !(d->flags & S370_CCW_CD);
}

/* Input: the device offers a record of n bytes; place it in the data areas of the current CCW and
 * its data-chained successors.  Skip suppresses the storing, not the counting.  Incorrect length
 * when the record and the areas differ: the device had more than the areas hold, or the areas
 * (residual count, or further data chaining asked for) are not filled. */
static uint8_t input(s370_cpu *c, s370_device *d, const uint8_t *buf, unsigned n)
{
    unsigned pos = 0;
    for (;;) {
        while (pos < n && d->count > 0) {
            if (!(d->flags & S370_CCW_SKIP)) {
                uint8_t e = chan_access(c, d, d->data, true);
                if (e)
                    return e;
                c->mem[d->data] = buf[pos];
            }
            d->data = (d->data + 1) & S370_AMASK;
            d->count--;
            pos++;
        }
        if (pos == n || !(d->flags & S370_CCW_CD))
            break;
        uint8_t e = s370_ccw_load(c, d, d->ccw + 8, false, true);
        if (e)
            return e;
    }
    bool il = pos < n || d->count > 0 || (d->flags & S370_CCW_CD);
    return il && !il_suppressed(d) ? S370_CS_IL : 0;
}

/* Output: gather up to max bytes (what the device takes) from the data areas.  A device that
 * takes less than the areas hold leaves a residual count: incorrect length. */
static uint8_t output(s370_cpu *c, s370_device *d, uint8_t *buf, unsigned max, unsigned *n)
{
    unsigned pos = 0;
    uint8_t e = 0;
    for (;;) {
        while (pos < max && d->count > 0) {
            e = chan_access(c, d, d->data, false);
            if (e)
                goto out;
            buf[pos++] = c->mem[d->data];
            d->data = (d->data + 1) & S370_AMASK;
            d->count--;
        }
        if (pos == max || !(d->flags & S370_CCW_CD))
            break;
        e = s370_ccw_load(c, d, d->ccw + 8, false, true);
        if (e)
            goto out;
    }
    if ((d->count > 0 || (d->flags & S370_CCW_CD)) && !il_suppressed(d))
        e = S370_CS_IL;
out:
    *n = pos;
    return e;
}

static bool is_sense(uint8_t cmd) { return (cmd & 0x0F) == 0x04; }

/* Initiate the command in the current CCW and go on through immediate commands and command
 * chaining until a command needs time, or the chain ends.  now = the clock value at which this
 * initiation happens.  On an ending, d->csw holds the CSW to present. */
s370_exec s370_ccw_execute(s370_cpu *c, s370_device *d, uint64_t now, bool first)
{
    /* A chain that loops through commands transferring no data (say NOP, TIC back) would never
     * end: the channel recognises 256 such chained commands as a program check (PoO, "Channel
     * Command Word", programming note). */
    for (unsigned chained = 0;; chained++) {
        if (chained >= 256) {
            uint8_t pci = d->pci ? S370_CS_PCI : 0;
            d->pci = false;
            d->csw = s370_csw(d, 0, (uint8_t)(S370_CS_PROG | pci));
            return S370_EXEC_ENDED;
        }
        s370_cmd_kind k = is_sense(d->cmd) ? S370_CMD_READ : d->type->command(c, d, d->cmd);
        d->kind = k;
        if (k == S370_CMD_READ || k == S370_CMD_WRITE) {
            d->due = now + d->type->delay;
            return S370_EXEC_WORKING;
        }
        uint8_t pci = d->pci ? S370_CS_PCI : 0;
        if (k == S370_CMD_REJECT) {
            /* ended at initiation: unit check alone, no channel end or device end (PoO
             * "Conclusion at Operation Initiation") */
            d->pci = false;
            d->csw = s370_csw(d, S370_US_UC, pci);
            return first ? S370_EXEC_ENDED_AT_START : S370_EXEC_ENDED;
        }
        /* immediate: no data, no incorrect length; chaining proceeds when asked for */
        if (!(d->flags & S370_CCW_CC)) {
            d->pci = false;
            d->csw = s370_csw(d, S370_US_CE | S370_US_DE, pci);
            return first ? S370_EXEC_ENDED_AT_START : S370_EXEC_ENDED;
        }
        uint8_t e = s370_ccw_load(c, d, d->ccw + 8, false, false);
        first = false;
        if (e) {
            pci = d->pci ? S370_CS_PCI : 0;
            d->pci = false;
            d->csw = s370_csw(d, 0, (uint8_t)(e | pci));
            return S370_EXEC_ENDED;
        }
    }
}

/* The command in progress reaches its completion time: transfer the data, then end or chain. */
s370_exec s370_ccw_complete(s370_cpu *c, s370_device *d)
{
    uint8_t us = S370_US_CE | S370_US_DE, devus = 0, cs = 0;
    uint8_t buf[256];
    if (is_sense(d->cmd)) {
        buf[0] = d->sense;
        d->sense = 0;
        cs = input(c, d, buf, 1);
    } else if (d->kind == S370_CMD_READ) {
        unsigned n = d->type->read(c, d, d->cmd, buf, sizeof buf, &devus);
        /* a device that ends with unit check or unit exception before sending data asks for
         * nothing: no transfer and no incorrect length */
        if (n || !(devus & (S370_US_UC | S370_US_UX)))
            cs = input(c, d, buf, n);
    } else {
        unsigned max = d->type->max_out < sizeof buf ? d->type->max_out : sizeof buf, n = 0;
        cs = output(c, d, buf, max, &n);
        if (n || !(cs & (S370_CS_PROG | S370_CS_PROT)))
            d->type->write(c, d, d->cmd, buf, n);
    }
    us |= devus;
    /* Command chaining goes on only after a normal ending (PoO "Command Chaining"). */
    if ((d->flags & S370_CCW_CC) && !(us & (S370_US_UC | S370_US_UX)) && !cs) {
        uint8_t e = s370_ccw_load(c, d, d->ccw + 8, false, false);
        if (!e)
            return s370_ccw_execute(c, d, d->due, false);
        cs = e;
        us = 0;   /* ended at the initiation of the next command */
    }
    uint8_t pci = d->pci ? S370_CS_PCI : 0;
    d->pci = false;
    d->csw = s370_csw(d, us, (uint8_t)(cs | pci));
    return S370_EXEC_ENDED;
}

/* HALT I/O on a working subchannel: the operation ends now, nothing more is transferred; the
 * unfilled areas give incorrect length (subject to SLI), command chaining is suppressed. */
void s370_ccw_halt(s370_cpu *c, s370_device *d)
{
    (void)c;
    uint8_t cs = (d->count > 0 || (d->flags & S370_CCW_CD)) && !il_suppressed(d) ? S370_CS_IL : 0;
    if (d->pci)
        cs |= S370_CS_PCI;
    d->pci = false;
    d->csw = s370_csw(d, S370_US_CE | S370_US_DE, cs);
}
