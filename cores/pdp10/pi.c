/* The priority-interrupt system (device 004), the arithmetic processor's in-out side
 * (device 000: flags, clock, relocation) and the console teletype (device 120).
 * SRM 2.13 (priority interrupt), 2.14 (processor conditions), 3.x (console teletype). */
#include "pdp10.h"

enum { DEV_APR = 0000, DEV_PI = 0004, DEV_TTY = 0120 };
enum { FN_DATAI = 1, FN_DATAO = 3, FN_CONO = 4, FN_CONI = 5 };

/* Teletype status bits (CONI TTY). */
enum { TTY_OUT_DONE = 010, TTY_OUT_BUSY = 020, TTY_IN_DONE = 040, TTY_IN_BUSY = 0100 };

static uint8_t chan_bit(unsigned pia)
{
    return pia ? (uint8_t)(0200 >> pia) : 0;
}

uint8_t pdp10_pi_requests(pdp10_cpu *c)
{
    uint8_t req = 0;
    bool apr = ((c->flags & PDP10_AROV) && c->ov_en) || ((c->flags & PDP10_FOV) && c->fov_en) || c->nxm_flag ||
               c->mprot_flag || c->pdl_flag || c->adrbrk_flag || (c->clk_flag && c->clk_en);
    if (apr)
        req |= chan_bit(c->apr_pia);
    if (c->tty_status & (TTY_OUT_DONE | TTY_IN_DONE))
        req |= chan_bit(c->tty_pia);
    return req;
}

/* A channel interrupts when the system is on, it has a request (a device request needs the
 * channel turned on; a program request does not), and no channel of equal or higher priority
 * is held. */
int pdp10_pi_pending(pdp10_cpu *c)
{
    if (!c->pi_on || c->pi_cycle)
        return 0;
    uint8_t req = (uint8_t)((pdp10_pi_requests(c) & c->pie) | c->pir);
    if (!req)
        return 0;
    for (int ch = 1; ch <= 7; ch++) {
        uint8_t bit = (uint8_t)(0200 >> ch);
        if (c->pih & bit)
            return 0;
        if (req & bit)
            return ch;
    }
    return 0;
}

/* The release (JRST 10) acts only while the system is on. */
void pdp10_pi_dismiss(pdp10_cpu *c)
{
    if (!c->pi_on)
        return;
    for (int ch = 1; ch <= 7; ch++) {
        uint8_t bit = (uint8_t)(0200 >> ch);
        if (c->pih & bit) {
            c->pih &= (uint8_t)~bit;
            return;
        }
    }
}

static void tty_reset(pdp10_cpu *c)
{
    c->tty_pia = 0;
    c->tty_status = 0;
    c->tty_out_at = 0;
}

static void pi_reset(pdp10_cpu *c)
{
    c->pi_on = false;
    c->pie = c->pih = c->pir = 0;
    c->par_en = false;
}

/* The I/O reset (console reset, CONO APR 200000): every device and the PI system clear. */
void pdp10_io_reset(pdp10_cpu *c)
{
    tty_reset(c);
    pi_reset(c);
}

void pdp10_devices_update(pdp10_cpu *c)
{
    if (c->steps >= c->clk_at) {
        c->clk_flag = true;
        uint64_t late = (c->steps - c->clk_at) % PDP10_CLOCK_PERIOD;
        c->clk_at = c->steps - late + PDP10_CLOCK_PERIOD;
    }
    if (c->tty_out_at && c->steps >= c->tty_out_at) {
        c->tty_out_at = 0;
        c->tty_status = (uint16_t)((c->tty_status & ~TTY_OUT_BUSY) | TTY_OUT_DONE);
    }
    if (c->steps >= c->tty_poll_at) {
        c->tty_poll_at = c->steps + PDP10_TTY_IN_POLL;
        if (!(c->tty_status & TTY_IN_DONE) && c->m.console) {
            int ch = wb_console_getc(c->m.console);
            if (ch >= 0) {
                c->tty_in = (uint8_t)(ch & 0177);
                c->tty_status |= TTY_IN_DONE;
            }
        }
    }
}

uint64_t pdp10_devices_next(pdp10_cpu *c)
{
    uint64_t n = c->clk_at;
    if (c->tty_out_at && c->tty_out_at < n)
        n = c->tty_out_at;
    if (c->tty_poll_at < n)
        n = c->tty_poll_at;
    return n;
}

/* CONI APR (SRM 2.14): 7 PIA, 10 overflow, 20 overflow enabled, 100 floating overflow,
 * 200 floating overflow enabled, 1000 clock, 2000 clock enabled, 10000 non-existent memory,
 * 20000 memory protection, 40000 address break, 100000 User In-Out, 200000 pushdown overflow. */
static uint64_t apr_coni(pdp10_cpu *c)
{
    uint64_t v = c->apr_pia;
    if (c->flags & PDP10_AROV)
        v |= 010;
    if (c->ov_en)
        v |= 020;
    if (c->flags & PDP10_FOV)
        v |= 0100;
    if (c->fov_en)
        v |= 0200;
    if (c->clk_flag)
        v |= 01000;
    if (c->clk_en)
        v |= 02000;
    if (c->nxm_flag)
        v |= 010000;
    if (c->mprot_flag)
        v |= 020000;
    if (c->adrbrk_flag)
        v |= 040000;
    if (c->flags & PDP10_USERIO)
        v |= 0100000;
    if (c->pdl_flag)
        v |= 0200000;
    return v;
}

static void apr_cono(pdp10_cpu *c, uint64_t v)
{
    c->apr_pia = (uint8_t)(v & 7);
    if (v & 010)
        c->flags &= ~(uint32_t)PDP10_AROV;
    if (v & 020)
        c->ov_en = true;
    if (v & 040)
        c->ov_en = false;
    if (v & 0100)
        c->flags &= ~(uint32_t)PDP10_FOV;
    if (v & 0200)
        c->fov_en = true;
    if (v & 0400)
        c->fov_en = false;
    if (v & 01000)
        c->clk_flag = false;
    if (v & 02000)
        c->clk_en = true;
    if (v & 04000)
        c->clk_en = false;
    if (v & 010000)
        c->nxm_flag = false;
    if (v & 020000)
        c->mprot_flag = false;
    if (v & 040000)
        c->adrbrk_flag = false;
    if (v & 0200000)
        pdp10_io_reset(c);
    if (v & 0400000)
        c->pdl_flag = false;
}

/* CONO PI (SRM 2.13): 200 on, 400 off, 1000 channels off, 2000 channels on, 4000 program
 * requests on the selected channels, 10000 clear the system, 40000/100000 enable/disable the
 * parity interrupt; bits 29-35 select channels 1-7. */
static void pi_cono(pdp10_cpu *c, uint64_t v)
{
    uint8_t sel = (uint8_t)(v & 0177);
    if (v & 010000)
        pi_reset(c);
    if (v & 0200)
        c->pi_on = true;
    if (v & 0400)
        c->pi_on = false;
    if (v & 01000)
        c->pie &= (uint8_t)~sel;
    if (v & 02000)
        c->pie |= sel;
    if (v & 04000)
        c->pir |= sel;
    if (v & 040000)
        c->par_en = true;
    if (v & 0100000)
        c->par_en = false;
}

/* CONI PI: 177 channels on, 200 system on, 77400 channels held (in progress), 100000 parity
 * interrupt enabled. */
static uint64_t pi_coni(pdp10_cpu *c)
{
    return (uint64_t)c->pie | (c->pi_on ? 0200u : 0u) | ((uint64_t)c->pih << 8) | (c->par_en ? 0100000u : 0u);
}

/* CONO TTY: 7 PIA; 10/20/40/100 set output done/busy, input done/busy; 200/400/1000/2000 clear
 * them. */
static void tty_cono(pdp10_cpu *c, uint64_t v)
{
    c->tty_pia = (uint8_t)(v & 7);
    uint16_t st = c->tty_status;
    st = (uint16_t)(st & ~((v >> 4) & (TTY_OUT_DONE | TTY_OUT_BUSY | TTY_IN_DONE | TTY_IN_BUSY)));
    st = (uint16_t)(st | (v & (TTY_OUT_DONE | TTY_OUT_BUSY | TTY_IN_DONE | TTY_IN_BUSY)));
    c->tty_status = st;
}

static void tty_datao(pdp10_cpu *c, uint64_t v)
{
    if (c->m.console)
        wb_console_putc(c->m.console, (int)(v & 0177));
    c->tty_status = (uint16_t)((c->tty_status & ~TTY_OUT_DONE) | TTY_OUT_BUSY);
    c->tty_out_at = c->steps + PDP10_TTY_OUT_DELAY;
}

uint64_t pdp10_dev_in(pdp10_cpu *c, unsigned dev, unsigned fn)
{
    switch (dev) {
    case DEV_APR:
        return fn == FN_CONI ? apr_coni(c) : c->switches & PDP10_WORD;
    case DEV_PI:
        return fn == FN_CONI ? pi_coni(c) : 0;
    case DEV_TTY:
        if (fn == FN_CONI)
            return (uint64_t)c->tty_pia | c->tty_status;
        c->tty_status &= (uint16_t)~TTY_IN_DONE;
        return c->tty_in;
    default:
        return 0;   /* no such device: nothing answers, the bus reads zeros */
    }
}

void pdp10_dev_out(pdp10_cpu *c, unsigned dev, unsigned fn, uint64_t v)
{
    switch (dev) {
    case DEV_APR:
        if (fn == FN_CONO)
            apr_cono(c, v);
        else
            pdp10_set_relocation(c, v);
        break;
    case DEV_PI:
        if (fn == FN_CONO)
            pi_cono(c, v);
        else
            c->lights = v & PDP10_WORD;
        break;
    case DEV_TTY:
        if (fn == FN_CONO)
            tty_cono(c, v);
        else
            tty_datao(c, v);
        break;
    default:
        break;
    }
}
