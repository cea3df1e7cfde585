/* The channel subsystem (PoO chapter 13): states of channel, subchannel and device; the functions
 * of the I/O instructions with their condition codes and CSW storing; I/O interruptions; the
 * deterministic completion of operations.  The configuration is described in io.h.
 *
 * States follow the PoO's "States of the Input/Output System": the byte-multiplexer channel is
 * never working (no burst mode is modelled), it is interruption-pending when any of its devices
 * has an interruption condition; each nonshared subchannel is available, working (a channel
 * program in progress, possibly with a PCI condition) or interruption-pending (the operation has
 * ended, its CSW waits); a device whose subchannel is available may hold status of its own
 * (attention, device end) that it presents as an interruption condition. */
#include "io.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const struct { uint16_t addr; const s370_devtype *type; } config[S370_NDEV] = {
    {S370_DEV_CONSOLE, &s370_dev_3215},
    {S370_DEV_READER, &s370_dev_2540},
    {S370_DEV_PRINTER, &s370_dev_1403},
};

static s370_device *find(s370_channel *ch, uint16_t addr)
{
    for (unsigned i = 0; ch && i < S370_NDEV; i++)
        if (ch->dev[i].addr == addr)
            return &ch->dev[i];
    return NULL;
}

s370_device *s370_io_device(s370_cpu *c, uint16_t addr)
{
    return find(c->chan, addr);
}

static bool has_condition(const s370_device *d)
{
    return d->sc == S370_SC_PENDING || d->pci || d->dev_status;
}

/* Keep the "I/O interruption pending" bit of the CPU in step with the devices. */
static void update_pending(s370_cpu *c)
{
    bool any = false;
    for (unsigned i = 0; i < S370_NDEV; i++)
        any |= has_condition(&c->chan->dev[i]);
    if (any) {
        c->pending |= S370_PEND_IO;
        c->attention = true;
    } else {
        c->pending &= ~S370_PEND_IO;
    }
}

/* Call after a change that may have created an interruption condition: had = whether the device
 * had one before.  Conditions are presented in the order they arose. */
static void note_condition(s370_cpu *c, s370_device *d, bool had)
{
    if (!had && has_condition(d))
        d->seq = c->chan->seq++;
    update_pending(c);
}

static void store_csw(s370_cpu *c, uint64_t csw)
{
    uint32_t a = s370_abs(c, S370_PSA_CSW);
    s370_put64(c->mem + a, csw);
    c->keys[a / S370_KEYBLOCK] |= S370_KEY_REF | S370_KEY_CHG;
}

/* Only the status portion, bits 32-47 (the rest of the CSW at location 64 is left unchanged). */
static void store_csw_status(s370_cpu *c, uint8_t us, uint8_t cs)
{
    uint32_t a = s370_abs(c, S370_PSA_CSW);
    c->mem[a + 4] = us;
    c->mem[a + 5] = cs;
    c->keys[a / S370_KEYBLOCK] |= S370_KEY_REF | S370_KEY_CHG;
}

/* Take the device's interruption condition: its CSW, the condition cleared. */
static uint64_t take_condition(s370_device *d)
{
    uint64_t csw;
    if (d->sc == S370_SC_PENDING) {
        csw = d->csw | (d->pci ? (uint64_t)S370_CS_PCI << 16 : 0);
        d->sc = S370_SC_AVAILABLE;
    } else if (d->pci) {
        /* PCI while the program goes on: current CCW and count, no unit status */
        csw = s370_csw(d, 0, S370_CS_PCI);
    } else {
        /* status from the device alone: zeros in key, address and count */
        csw = (uint64_t)d->dev_status << 24;
        d->dev_status = 0;
    }
    d->pci = false;
    return csw;
}

/* The outcome of a channel program step: make the ending an interruption condition. */
static void settle(s370_cpu *c, s370_device *d, s370_exec r, bool had)
{
    if (r == S370_EXEC_WORKING) {
        d->sc = S370_SC_WORKING;
        c->attention = true;   /* a new event: the run loop recomputes its next stop */
    } else {
        d->sc = S370_SC_PENDING;
    }
    note_condition(c, d, had);
}

/* ---------------- the functions of the I/O instructions ---------------- */

static s370_device *addressed(s370_cpu *c, uint16_t addr)
{
    return s370_io_device(c, addr);   /* NULL: channel, subchannel or device not operational */
}

/* START I/O and START I/O FAST RELEASE (PoO "Start I/O").  SIOF is executed independently of the
 * device: whatever would make SIO set condition code 1 becomes an I/O interruption condition whose
 * CSW carries deferred condition code 1, and SIOF sets condition code 0. */
unsigned s370_io_sio(s370_cpu *c, uint16_t addr, bool fast)
{
    s370_device *d = addressed(c, addr);
    if (!d)
        return 3;
    if (d->sc != S370_SC_AVAILABLE)
        return 2;   /* subchannel working, or interruption pending in it */
    const uint64_t deferred1 = 1ull << 56;
    if (d->dev_status) {
        /* device holds status: the command is rejected with busy and that status, which is
         * cleared (PoO "Indications of Busy in CSW") */
        uint8_t us = S370_US_BUSY | d->dev_status;
        d->dev_status = 0;
        if (fast) {
            d->csw = deferred1 | (uint64_t)us << 24;
            d->sc = S370_SC_PENDING;
            note_condition(c, d, false);
            return 0;
        }
        update_pending(c);
        store_csw_status(c, us, 0);
        return 1;
    }
    uint32_t caw = s370_real_fetch4(c, S370_PSA_CAW);
    d->key = (uint8_t)(caw >> 28);
    d->pci = false;
    d->count = 0;
    d->ccw = (caw & S370_AMASK);
    s370_exec r;
    uint8_t e;
    if ((caw & 0x0F000000u) || (caw & 7)) {
        e = S370_CS_PROG;   /* invalid CAW format, or CCW address not on a doubleword */
    } else {
        e = s370_ccw_load(c, d, caw & S370_AMASK, true, false);
    }
    if (e) {
        d->pci = false;   /* the PCI bit is unpredictable here: none is given */
        d->csw = s370_csw(d, 0, e);
        r = S370_EXEC_ENDED_AT_START;
    } else {
        r = s370_ccw_execute(c, d, c->clock, true);
    }
    if (r == S370_EXEC_ENDED_AT_START) {
        if (!fast) {
            store_csw(c, d->csw);   /* no interruption condition: the subchannel stays available */
            return 1;
        }
        d->csw |= deferred1;
        r = S370_EXEC_ENDED;
    }
    settle(c, d, r, false);
    return 0;
}

/* TEST I/O (PoO "Test I/O"). */
unsigned s370_io_tio(s370_cpu *c, uint16_t addr)
{
    s370_device *d = addressed(c, addr);
    if (!d)
        return 3;
    if (d->sc == S370_SC_WORKING)
        return 2;
    if (d->sc == S370_SC_PENDING || d->dev_status) {
        store_csw(c, take_condition(d));
        update_pending(c);
        return 1;
    }
    return 0;
}

/* CLEAR I/O (PoO "Clear I/O"): the CLRIO function when the block-multiplexing control (control
 * register 0 bit 0) is one, the TIO function otherwise. */
unsigned s370_io_clrio(s370_cpu *c, uint16_t addr)
{
    if (!(c->cr[0] & 0x80000000u))
        return s370_io_tio(c, addr);
    s370_device *d = addressed(c, addr);
    if (!d)
        return 3;
    if (d->sc == S370_SC_PENDING) {
        store_csw(c, take_condition(d));
        update_pending(c);
        return 1;
    }
    if (d->sc == S370_SC_WORKING) {
        /* discontinue: the CSW tells how far the operation got; the subchannel is available and
         * no interruption condition remains */
        uint8_t cs = d->pci ? S370_CS_PCI : 0;
        d->pci = false;
        store_csw(c, s370_csw(d, 0, cs));
        d->sc = S370_SC_AVAILABLE;
        update_pending(c);
        return 1;
    }
    return 0;   /* available, or status held at the device: no action */
}

/* HALT I/O and HALT DEVICE (PoO "Halt I/O", "Halt Device").  With one nonshared subchannel per
 * device on a channel never working in burst mode the two act alike: an interruption condition in
 * the subchannel gives CC 0 and no action; otherwise the device is signalled (ending any operation
 * in progress at once) and CC 1 is set with zeros stored in the CSW status field. */
unsigned s370_io_hio(s370_cpu *c, uint16_t addr)
{
    s370_device *d = addressed(c, addr);
    if (!d)
        return 3;
    if (d->sc == S370_SC_PENDING)
        return 0;
    if (d->sc == S370_SC_WORKING) {
        bool had = has_condition(d);
        s370_ccw_halt(c, d);
        d->sc = S370_SC_PENDING;
        note_condition(c, d, had);
    }
    store_csw_status(c, 0, 0);
    return 1;
}

/* TEST CHANNEL (PoO "Test Channel"): bits 16-23 name the channel. */
unsigned s370_io_tch(s370_cpu *c, uint16_t addr)
{
    if ((addr >> 8) != 0 || !c->chan)
        return 3;
    for (unsigned i = 0; i < S370_NDEV; i++)
        if (has_condition(&c->chan->dev[i]))
            return 1;
    return 0;
}

/* STORE CHANNEL ID (PoO "Store Channel ID"): the channel-ID word at real location 168. */
unsigned s370_io_stidc(s370_cpu *c, uint16_t addr)
{
    if ((addr >> 8) != 0 || !c->chan)
        return 3;
    s370_real_store4(c, S370_PSA_CHANNEL_ID, S370_CHANNEL_ID);
    return 0;
}

void s370_io_device_signal(s370_cpu *c, uint16_t addr, uint8_t status)
{
    s370_device *d = s370_io_device(c, addr);
    if (!d || d->sc != S370_SC_AVAILABLE)
        return;
    bool had = has_condition(d);
    d->dev_status |= status;
    note_condition(c, d, had);
}

/* ---------------- interruptions and time ---------------- */

bool s370_io_interrupt(s370_cpu *c)
{
    s370_device *best = NULL;
    if (c->chan)
        for (unsigned i = 0; i < S370_NDEV; i++) {
            s370_device *d = &c->chan->dev[i];
            if (has_condition(d) && s370_io_mask_enabled(c, d->addr >> 8) && (!best || d->seq < best->seq))
                best = d;
        }
    if (!best) {
        if (c->chan)
            update_pending(c);
        else
            c->pending &= ~S370_PEND_IO;
        return false;
    }
    store_csw(c, take_condition(best));
    update_pending(c);
    s370_interrupt(c, WB_TRAP_IO, S370_PSA_IO_OLD, best->addr);
    return true;
}

uint64_t s370_io_next_event(const s370_cpu *c)
{
    uint64_t next = UINT64_MAX;
    if (c->chan)
        for (unsigned i = 0; i < S370_NDEV; i++) {
            const s370_device *d = &c->chan->dev[i];
            if (d->sc == S370_SC_WORKING && d->due < next)
                next = d->due;
        }
    return next;
}

void s370_io_update(s370_cpu *c)
{
    if (!c->chan)
        return;
    /* Complete every command due by now, earliest first (ties: lowest device address). */
    for (;;) {
        s370_device *d = NULL;
        for (unsigned i = 0; i < S370_NDEV; i++) {
            s370_device *x = &c->chan->dev[i];
            if (x->sc == S370_SC_WORKING && x->due <= c->clock && (!d || x->due < d->due))
                d = x;
        }
        if (!d)
            return;
        bool had = has_condition(d);
        settle(c, d, s370_ccw_complete(c, d), had);
    }
}

/* ---------------- configuration ---------------- */

wb_status s370_channel_init(s370_cpu *c, const wb_core_config *cfg, char *err, size_t errlen)
{
    s370_channel *ch = calloc(1, sizeof *ch);
    if (!ch) {
        snprintf(err, errlen, "out of memory for the channel subsystem");
        return WB_ERR_NOMEM;
    }
    for (unsigned i = 0; i < S370_NDEV; i++) {
        ch->dev[i].addr = config[i].addr;
        ch->dev[i].type = config[i].type;
    }
    if (cfg->reader) {
        FILE *f = fopen(cfg->reader, "r");
        if (!f) {
            snprintf(err, errlen, "card reader 00C: cannot open %s: %s", cfg->reader, strerror(errno));
            free(ch);
            return WB_ERR_NOFILE;
        }
        find(ch, S370_DEV_READER)->file = f;
    }
    if (cfg->printer) {
        FILE *f = fopen(cfg->printer, "w");
        if (!f) {
            snprintf(err, errlen, "printer 00E: cannot create %s: %s", cfg->printer, strerror(errno));
            if (find(ch, S370_DEV_READER)->file)
                fclose(find(ch, S370_DEV_READER)->file);
            free(ch);
            return WB_ERR_NOFILE;
        }
        find(ch, S370_DEV_PRINTER)->file = f;
    }
    c->chan = ch;
    return WB_OK;
}

void s370_channel_free(s370_cpu *c)
{
    if (!c->chan)
        return;
    for (unsigned i = 0; i < S370_NDEV; i++)
        if (c->chan->dev[i].file)
            fclose(c->chan->dev[i].file);
    free(c->chan);
    c->chan = NULL;
}

/* I/O system reset: every subchannel available, every condition and sense byte cleared.  The
 * media stay where they are (cards read are gone, lines printed stay printed). */
void s370_channel_reset(s370_cpu *c)
{
    if (!c->chan)
        return;
    for (unsigned i = 0; i < S370_NDEV; i++) {
        s370_device *d = &c->chan->dev[i];
        d->sc = S370_SC_AVAILABLE;
        d->pci = false;
        d->dev_status = 0;
        d->sense = 0;
        if (d->type->reset)
            d->type->reset(d);
    }
    c->pending &= ~S370_PEND_IO;
}
