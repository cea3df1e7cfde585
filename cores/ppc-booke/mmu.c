/* Address translation through the 440's 64-entry unified TLB, storage access and the bamboo UART.
 *
 * 440UM "Memory Management": an effective address plus the address space (MSR[IS] for fetches,
 * MSR[DS] for data) and PID is matched against every valid entry: TS must equal the address space,
 * TID must be 0 or equal PID, and EA and EPN must agree above the page size.  No match: ITLB or DTLB
 * miss interrupt.  A match whose UX/UR/UW (problem state) or SX/SR/SW (supervisor) bit forbids the
 * access: instruction or data storage interrupt.  The real address is ERPN || RPN || offset (36
 * bits); RAM sits at 0, the 16550 UART at 0_EF600300, anything else is a bus error (machine check). */
#include "booke.h"
#include "common/console.h"

/* Page sizes by SIZE field (440UM table "TLB page sizes"); 0 = reserved encoding. */
static const uint32_t page_sizes[16] = {
    1u << 10, 4u << 10, 16u << 10, 64u << 10, 256u << 10, 1u << 20, 0, 16u << 20, 0, 256u << 20,
};

uint32_t ppc_tlb_size(uint32_t w0)
{
    return page_sizes[(w0 >> 4) & 15];
}

int ppc_tlb_search(const ppc_cpu *c, uint32_t ea, unsigned ts, unsigned tid)
{
    for (int i = 0; i < PPC_TLB_ENTRIES; i++) {
        const ppc_tlbe *e = &c->tlb[i];
        if (!(e->w0 & 0x200) || ((e->w0 >> 8) & 1) != ts)
            continue;
        if (e->tid != 0 && e->tid != tid)
            continue;
        uint32_t size = ppc_tlb_size(e->w0);
        if (!size)
            continue;
        uint32_t mask = ~(size - 1);
        if ((ea & mask) == (e->w0 & mask & 0xFFFFFC00u))
            return i;
    }
    return -1;
}

enum { ACC_R = 0, ACC_W = 1, ACC_X = 2 };

/* Translate ea for the given access; raises the interrupt on a miss or a protection violation. */
static uint64_t translate(ppc_cpu *c, uint32_t ea, int acc, uint32_t *attr)
{
    unsigned ts = acc == ACC_X ? (c->msr & MSR_IS) != 0 : (c->msr & MSR_DS) != 0;
    unsigned pid = c->pid & 0xFF;
    int i;
    ppc_tlb_hint *h = &c->hint[acc == ACC_X];
    if (h->gen == c->tlb_gen && h->block == ea >> 10 && h->ts == ts && h->pid == pid && h->idx >= 0) {
        i = h->idx;
    } else {
        i = ppc_tlb_search(c, ea, ts, pid);
        h->gen = c->tlb_gen;
        h->block = ea >> 10;
        h->ts = (uint8_t)ts;
        h->pid = (uint8_t)pid;
        h->idx = (int8_t)i;
    }
    if (i < 0) {
        if (acc == ACC_X)
            ppc_interrupt(c, IVOR_ITLB, c->cia, 0, false, 0, false, WB_TRAP_MMU);
        ppc_interrupt(c, IVOR_DTLB, c->cia, acc == ACC_W ? ESR_ST : 0, true, ea, true, WB_TRAP_MMU);
    }
    const ppc_tlbe *e = &c->tlb[i];
    bool user = (c->msr & MSR_PR) != 0;
    uint32_t bit = acc == ACC_X ? (user ? 0x20 : 0x04) : acc == ACC_W ? (user ? 0x10 : 0x02) : (user ? 0x08 : 0x01);
    if (!(e->w2 & bit)) {
        if (acc == ACC_X)
            ppc_interrupt(c, IVOR_ISI, c->cia, 0, true, 0, false, WB_TRAP_MMU);
        ppc_interrupt(c, IVOR_DSI, c->cia, acc == ACC_W ? ESR_ST : 0, true, ea, true, WB_TRAP_MMU);
    }
    if (attr)
        *attr = e->w2;
    uint32_t size = ppc_tlb_size(e->w0);
    uint64_t rpn = ((uint64_t)(e->w1 & 15) << 32) | (e->w1 & 0xFFFFFC00u);
    return (rpn & ~(uint64_t)(size - 1)) | (ea & (size - 1));
}

uint64_t ppc_translate_data(ppc_cpu *c, uint32_t ea, bool store)
{
    return translate(c, ea, store ? ACC_W : ACC_R, NULL);
}

/* ---- the 16550 UART (register offsets 0-7, byte wide) ---- */

void ppc_uart_reset(ppc_cpu *c)
{
    c->uart_ier = c->uart_lcr = c->uart_mcr = c->uart_scr = c->uart_fcr = 0;
    c->uart_dll = 0;
    c->uart_dlm = 0;
}

static uint8_t uart_read(ppc_cpu *c, unsigned off)
{
    bool dlab = c->uart_lcr & 0x80;
    switch (off) {
    case 0: {
        if (dlab)
            return c->uart_dll;
        int ch = c->m.console ? wb_console_getc(c->m.console) : -1;
        return ch < 0 ? 0 : (uint8_t)ch;
    }
    case 1: return dlab ? c->uart_dlm : c->uart_ier;
    case 2: return (c->uart_fcr & 1) ? 0xC1 : 0x01;   /* no interrupt pending */
    case 3: return c->uart_lcr;
    case 4: return c->uart_mcr;
    case 5: return 0x60;                              /* THRE | TEMT: always ready to send */
    case 6: return 0;
    default: return c->uart_scr;
    }
}

static void uart_write(ppc_cpu *c, unsigned off, uint8_t v)
{
    bool dlab = c->uart_lcr & 0x80;
    switch (off) {
    case 0:
        if (dlab)
            c->uart_dll = v;
        else if (c->m.console)
            wb_console_putc(c->m.console, v);
        break;
    case 1:
        if (dlab)
            c->uart_dlm = v;
        else
            c->uart_ier = v & 0x0F;
        break;
    case 2: c->uart_fcr = v; break;
    case 3: c->uart_lcr = v; break;
    case 4: c->uart_mcr = v & 0x1F; break;
    case 7: c->uart_scr = v; break;
    default: break;
    }
}

static bool is_uart(uint64_t pa) { return pa >= PPC_UART_BASE && pa < PPC_UART_BASE + 8; }

static uint8_t phys_read1(ppc_cpu *c, uint64_t pa)
{
    if (pa < c->memsize)
        return c->mem[pa];
    if (is_uart(pa))
        return uart_read(c, (unsigned)(pa - PPC_UART_BASE));
    ppc_machine_check(c, (uint32_t)pa);
}

static void phys_write1(ppc_cpu *c, uint64_t pa, uint8_t v)
{
    if (pa < c->memsize)
        c->mem[pa] = v;
    else if (is_uart(pa))
        uart_write(c, (unsigned)(pa - PPC_UART_BASE), v);
    else
        ppc_machine_check(c, (uint32_t)pa);
}

/* Big-endian unless the page's E bit says little-endian (440UM "Endianness"). */
uint32_t ppc_load(ppc_cpu *c, uint32_t ea, unsigned size)
{
    uint64_t pa[4];
    uint32_t attr = 0;
    if ((ea & 0x3FF) + size <= 0x400) {
        pa[0] = translate(c, ea, ACC_R, &attr);
        if (pa[0] + size <= c->memsize && !(attr & 0x80)) {
            const uint8_t *p = c->mem + pa[0];
            uint32_t v = 0;
            for (unsigned k = 0; k < size; k++)
                v = v << 8 | p[k];
            return v;
        }
        for (unsigned k = 1; k < size; k++)
            pa[k] = pa[0] + k;
    } else {
        /* crosses a (smallest) page boundary: translate every byte first so a fault comes before use */
        for (unsigned k = 0; k < size; k++)
            pa[k] = translate(c, ea + k, ACC_R, &attr);
    }
    uint32_t v = 0;
    if (attr & 0x80) {
        for (unsigned k = size; k-- > 0;)
            v = v << 8 | phys_read1(c, pa[k]);
    } else {
        for (unsigned k = 0; k < size; k++)
            v = v << 8 | phys_read1(c, pa[k]);
    }
    return v;
}

void ppc_store(ppc_cpu *c, uint32_t ea, unsigned size, uint32_t v)
{
    uint64_t pa[4];
    uint32_t attr = 0;
    if ((ea & 0x3FF) + size <= 0x400) {
        pa[0] = translate(c, ea, ACC_W, &attr);
        for (unsigned k = 1; k < size; k++)
            pa[k] = pa[0] + k;
    } else {
        for (unsigned k = 0; k < size; k++)
            pa[k] = translate(c, ea + k, ACC_W, &attr);
    }
    /* a bus error must come before any byte is stored */
    for (unsigned k = 0; k < size; k++)
        if (pa[k] >= c->memsize && !is_uart(pa[k]))
            ppc_machine_check(c, (uint32_t)pa[k]);
    for (unsigned k = 0; k < size; k++) {
        unsigned sh = (attr & 0x80) ? 8 * k : 8 * (size - 1 - k);
        phys_write1(c, pa[k], (uint8_t)(v >> sh));
    }
}

uint32_t ppc_fetch(ppc_cpu *c, uint32_t ea)
{
    uint32_t attr = 0;
    uint64_t pa = translate(c, ea, ACC_X, &attr);
    if (pa + 4 > c->memsize)
        ppc_machine_check(c, (uint32_t)pa);
    const uint8_t *p = c->mem + pa;
    if (attr & 0x80)
        return (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 | p[0];
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}
