/* S/370 channel I/O (PoO chapter 13): the I/O instructions' condition codes and CSWs, CCW
 * checking, chaining, incorrect length, skip, PCI, TIC, protection, interruptions and masking,
 * and the three unit-record devices.  Channel programs are hand-assembled CCWs; expected CSWs are
 * derived from the PoO's CSW rules:
 *   CSW = key(4) 0000 | CCW address + 8 (24) | unit status (8) | channel status (8) | count (16). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include "tests/support/s370t.h"
#include "s370/io.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define CODE 0x400u    /* where the I/O instruction under test is placed */
#define CCWS 0x1000u   /* channel programs */
#define DATA 0x1800u   /* data areas */

/* Unit and channel status, as the PoO numbers the bits (32-39, 40-47). */
#define CE 0x08
#define DE 0x04
#define UC 0x02
#define UX 0x01
#define ATTN 0x80
#define BUSY 0x10
#define PCI 0x80
#define IL 0x40
#define PROG 0x20
#define PROT 0x10

static uint64_t csw_of(unsigned key, uint32_t ccw_plus8, uint8_t us, uint8_t cs, uint16_t count)
{
    return (uint64_t)key << 60 | (uint64_t)ccw_plus8 << 32 | (uint64_t)us << 24 | (uint64_t)cs << 16 | count;
}

static void ccw(s370_cpu *c, uint32_t at, uint8_t cmd, uint32_t data, uint8_t flags, uint16_t count)
{
    uint8_t b[8] = {cmd, (uint8_t)(data >> 16), (uint8_t)(data >> 8), (uint8_t)data, flags, 0,
                    (uint8_t)(count >> 8), (uint8_t)count};
    s370t_put(c, at, b, 8);
}

static void caw(s370_cpu *c, unsigned key, uint32_t addr) { s370t_set4(c, 0x48, (uint32_t)key << 28 | addr); }

/* EBCDIC text into storage. */
static void ebcdic(s370_cpu *c, uint32_t at, const char *s)
{
    for (size_t i = 0; s[i]; i++)
        c->mem[at + i] = s370_a2e(s[i]);
}

/* Execute one I/O instruction (op = 9C00, 9D01, B203, ...) addressed to addr; return the CC. */
static unsigned io(s370_cpu *c, uint16_t op, uint16_t addr)
{
    uint16_t hw[2] = {op, addr};
    s370t_code(c, CODE, hw, 2);
    s370t_step(c, CODE);
    assert_int_equal(s370t_pgm_code(c), -1);
    return c->cc;
}
#define SIO 0x9C00
#define SIOF 0x9C01
#define TIO 0x9D00
#define CLRIO 0x9D01
#define HIO 0x9E00
#define HDV 0x9E01
#define TCH 0x9F00
#define STIDC 0xB203

static uint64_t csw(s370_cpu *c) { return s370t_get8(c, 0x40); }

/* Wait enabled for I/O in BC mode (channel masks 0-5 and bit 6) until the I/O new PSW (a disabled
 * wait) stops the machine; returns the device address stored as the interruption code. */
static int wait_io(s370_cpu *c, uint8_t sysmask)
{
    s370t_set8(c, S370_PSA_IO_OLD, 0);
    s370_psw_set(c, (uint64_t)sysmask << 56 | 0x0002000000000000ull | CODE);
    wb_exit e = wb_run(&c->m, 1000);
    if (e.kind != WB_EXIT_HALT || c->ia != S370T_IO_STOP)
        return -1;
    return (int)((s370t_get8(c, S370_PSA_IO_OLD) >> 32) & 0xFFFF);
}

/* Let virtual time pass with the CPU disabled (the devices progress, nothing is presented). */
static void pass_time(s370_cpu *c, uint64_t units)
{
    c->clock += units;
    s370_io_update(c);
}

static s370_cpu *with_console(wb_console *con, const char *input)
{
    s370_cpu *c = s370t_new(65536);
    wb_console_init(con);
    con->in_str = input;
    c->m.console = con;
    return c;
}

static void done(s370_cpu *c, wb_console *con)
{
    s370t_free(c);
    if (con)
        wb_console_free(con);
}

/* ---------------- START I/O, TEST I/O, interruption ---------------- */

static void sio_write_then_io_interruption(void **state)
{
    (void)state;
    wb_console con;
    s370_cpu *c = with_console(&con, NULL);
    ccw(c, CCWS, 0x09, DATA, 0, 2);   /* write with carrier return */
    ebcdic(c, DATA, "HI");
    caw(c, 0, CCWS);
    assert_int_equal(io(c, SIO, 0x009), 0);              /* initiated */
    uint64_t started = c->clock;
    assert_int_equal(io(c, TIO, 0x009), 2);              /* subchannel working */
    assert_int_equal(con.len, 0);                        /* nothing before completion */
    assert_int_equal(wait_io(c, 0xFE), 0x009);
    assert_int_equal(c->clock, started + S370_IO_DELAY_CONSOLE);
    assert_int_equal(csw(c), csw_of(0, CCWS + 8, CE | DE, 0, 0));
    assert_string_equal(con.out, "HI\n");
    assert_int_equal(io(c, TIO, 0x009), 0);              /* available again */
    assert_false(c->pending & S370_PEND_IO);
    done(c, &con);
}

static void write_without_carrier_return(void **state)
{
    (void)state;
    wb_console con;
    s370_cpu *c = with_console(&con, NULL);
    ccw(c, CCWS, 0x01, DATA, 0, 3);
    ebcdic(c, DATA, "AB ");
    caw(c, 0, CCWS);
    assert_int_equal(io(c, SIO, 0x009), 0);
    assert_int_equal(wait_io(c, 0xFE), 0x009);
    ccw(c, CCWS, 0x09, DATA, 0, 1);
    assert_int_equal(io(c, SIO, 0x009), 0);
    assert_int_equal(wait_io(c, 0xFE), 0x009);
    assert_string_equal(con.out, "AB A\n");
    done(c, &con);
}

static void not_operational_addresses(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    caw(c, 0, CCWS);
    ccw(c, CCWS, 0x03, 0, 0, 1);
    const uint16_t addrs[] = {0x00A, 0x109, 0x000, 0xF09};
    for (size_t i = 0; i < sizeof addrs / sizeof addrs[0]; i++) {
        assert_int_equal(io(c, SIO, addrs[i]), 3);
        assert_int_equal(io(c, SIOF, addrs[i]), 3);
        assert_int_equal(io(c, TIO, addrs[i]), 3);
        assert_int_equal(io(c, HIO, addrs[i]), 3);
        assert_int_equal(io(c, HDV, addrs[i]), 3);
    }
    c->cr[0] |= 0x80000000u;
    assert_int_equal(io(c, CLRIO, 0x00A), 3);
    assert_int_equal(io(c, TCH, 0x100), 3);
    assert_int_equal(io(c, STIDC, 0x100), 3);
    s370t_free(c);
}

static void immediate_command_stores_csw_with_cc1(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    ccw(c, CCWS, 0x03, 0xFFFFF0, 0, 7);   /* no-operation: the data address is not checked */
    caw(c, 5, CCWS);
    assert_int_equal(io(c, SIO, 0x00E), 1);
    assert_int_equal(csw(c), csw_of(5, CCWS + 8, CE | DE, 0, 7));
    assert_false(c->pending & S370_PEND_IO);     /* no interruption condition */
    assert_int_equal(io(c, TIO, 0x00E), 0);
    /* the PCI bit of the first CCW appears in that CSW */
    ccw(c, CCWS, 0x03, 0, 0x08, 1);
    assert_int_equal(io(c, SIO, 0x00E), 1);
    assert_int_equal(csw(c), csw_of(5, CCWS + 8, CE | DE, PCI, 1));
    s370t_free(c);
}

static void chained_immediate_commands_end_in_interruption(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    ccw(c, CCWS, 0x03, 0, 0x40, 1);        /* NOP, command chaining */
    ccw(c, CCWS + 8, 0x03, 0, 0, 2);       /* NOP */
    caw(c, 0, CCWS);
    assert_int_equal(io(c, SIO, 0x009), 0);   /* chaining took place: CC 0 */
    assert_true(c->pending & S370_PEND_IO);
    assert_int_equal(io(c, TIO, 0x009), 1);   /* the condition is taken by TIO */
    assert_int_equal(csw(c), csw_of(0, CCWS + 16, CE | DE, 0, 2));
    assert_false(c->pending & S370_PEND_IO);
    s370t_free(c);
}

static void endless_chain_of_immediate_commands_is_program_check(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    ccw(c, CCWS, 0x03, 0, 0x40, 1);            /* NOP, command chaining */
    ccw(c, CCWS + 8, 0x08, CCWS, 0, 0);        /* TIC back to it */
    caw(c, 0, CCWS);
    assert_int_equal(io(c, SIO, 0x009), 0);
    assert_int_equal(io(c, TIO, 0x009), 1);
    assert_int_equal((csw(c) >> 16) & 0xFFFF, PROG);
    s370t_free(c);
}

static void invalid_command_unit_check_and_sense(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    ccw(c, CCWS, 0x05, DATA, 0, 4);        /* a write-type code the 3215 does not have */
    caw(c, 0, CCWS);
    assert_int_equal(io(c, SIO, 0x009), 1);
    /* concluded at initiation: unit check alone, channel end and device end off */
    assert_int_equal(csw(c), csw_of(0, CCWS + 8, UC, 0, 4));
    ccw(c, CCWS, 0x04, DATA, 0, 1);        /* sense */
    c->mem[DATA] = 0x55;
    assert_int_equal(io(c, SIO, 0x009), 0);
    assert_int_equal(wait_io(c, 0xFE), 0x009);
    assert_int_equal(c->mem[DATA], 0x80);  /* command reject */
    assert_int_equal(csw(c), csw_of(0, CCWS + 8, CE | DE, 0, 0));
    assert_int_equal(io(c, SIO, 0x009), 0);   /* sense again: reset by the first */
    assert_int_equal(wait_io(c, 0xFE), 0x009);
    assert_int_equal(c->mem[DATA], 0x00);
    s370t_free(c);
}

static void program_checks_at_start(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    ccw(c, CCWS, 0x09, DATA, 0, 1);
    /* CAW bits 4-7 not zero */
    s370t_set4(c, 0x48, 0x01000000u | CCWS);
    assert_int_equal(io(c, SIO, 0x009), 1);
    assert_int_equal((csw(c) >> 16) & 0xFFFF, PROG);
    /* CCW address not on a doubleword boundary */
    caw(c, 0, CCWS + 4);
    assert_int_equal(io(c, SIO, 0x009), 1);
    assert_int_equal((csw(c) >> 16) & 0xFFFF, PROG);
    /* CCW address outside storage (64K configured) */
    caw(c, 0, 0x20000);
    assert_int_equal(io(c, SIO, 0x009), 1);
    assert_int_equal((csw(c) >> 16) & 0xFFFF, PROG);
    /* the first CCW may not be a TIC */
    caw(c, 0, CCWS);
    ccw(c, CCWS, 0x08, CCWS + 16, 0, 1);
    assert_int_equal(io(c, SIO, 0x009), 1);
    assert_int_equal(csw(c) & ~0xFFFFull, csw_of(0, CCWS + 8, 0, PROG, 0));
    /* count zero */
    ccw(c, CCWS, 0x09, DATA, 0, 0);
    assert_int_equal(io(c, SIO, 0x009), 1);
    assert_int_equal(csw(c) & ~0xFFFFull, csw_of(0, CCWS + 8, 0, PROG, 0));
    /* invalid command code: low-order four bits zero (the count is unpredictable after a
     * program check: not compared) */
    ccw(c, CCWS, 0x10, DATA, 0, 1);
    assert_int_equal(io(c, SIO, 0x009), 1);
    assert_int_equal(csw(c) & ~0xFFFFull, csw_of(0, CCWS + 8, 0, PROG, 0));
    /* bits 37-39 not zero */
    ccw(c, CCWS, 0x09, DATA, 0x04, 1);
    assert_int_equal(io(c, SIO, 0x009), 1);
    assert_int_equal(csw(c) & ~0xFFFFull, csw_of(0, CCWS + 8, 0, PROG, 0));
    assert_false(c->pending & S370_PEND_IO);
    assert_int_equal(io(c, TIO, 0x009), 0);
    s370t_free(c);
}

static void invalid_data_address_ends_with_program_check(void **state)
{
    (void)state;
    wb_console con;
    s370_cpu *c = with_console(&con, NULL);
    ccw(c, CCWS, 0x09, 0xFFFE, 0, 4);    /* two bytes in storage, then beyond 64K */
    ebcdic(c, 0xFFFE, "OK");
    caw(c, 0, CCWS);
    assert_int_equal(io(c, SIO, 0x009), 0);   /* data addresses are checked during transfer */
    assert_int_equal(wait_io(c, 0xFE), 0x009);
    assert_int_equal(csw(c), csw_of(0, CCWS + 8, CE | DE, PROG, 2));
    assert_string_equal(con.out, "OK\n");    /* what was transferred before the check */
    done(c, &con);
}

/* ---------------- protection with the CAW key ---------------- */

static void protection_by_caw_key(void **state)
{
    (void)state;
    wb_console con;
    s370_cpu *c = with_console(&con, "ABC\nABC\nABC\n");
    c->keys[DATA / S370_KEYBLOCK] = 0x50;             /* key 5, not fetch-protected */
    ccw(c, CCWS, 0x0A, DATA, 0x20, 3);                /* read inquiry, SLI */
    caw(c, 3, CCWS);                                  /* key 3: store refused */
    assert_int_equal(io(c, SIO, 0x009), 0);
    assert_int_equal(wait_io(c, 0xFE), 0x009);
    assert_int_equal(csw(c), csw_of(3, CCWS + 8, CE | DE, PROT, 3));
    assert_int_equal(c->mem[DATA], 0);
    caw(c, 5, CCWS);                                  /* matching key */
    assert_int_equal(io(c, SIO, 0x009), 0);
    assert_int_equal(wait_io(c, 0xFE), 0x009);
    assert_int_equal(csw(c), csw_of(5, CCWS + 8, CE | DE, 0, 0));
    assert_int_equal(c->mem[DATA], 0xC1);
    assert_true(c->keys[DATA / S370_KEYBLOCK] & S370_KEY_CHG);
    caw(c, 0, CCWS);                                  /* key 0 matches every key */
    c->mem[DATA] = 0;
    assert_int_equal(io(c, SIO, 0x009), 0);
    assert_int_equal(wait_io(c, 0xFE), 0x009);
    assert_int_equal(c->mem[DATA], 0xC1);
    /* fetch protection on output */
    ccw(c, CCWS, 0x09, DATA, 0, 1);
    caw(c, 3, CCWS);
    assert_int_equal(io(c, SIO, 0x009), 0);           /* key 5 block, no fetch protection */
    assert_int_equal(wait_io(c, 0xFE), 0x009);
    assert_int_equal((csw(c) >> 16) & 0xFF, 0);
    c->keys[DATA / S370_KEYBLOCK] = 0x58;             /* fetch-protected */
    assert_int_equal(io(c, SIO, 0x009), 0);
    assert_int_equal(wait_io(c, 0xFE), 0x009);
    assert_int_equal(csw(c), csw_of(3, CCWS + 8, CE | DE, PROT, 1));
    /* the CCW itself in a fetch-protected block */
    c->keys[CCWS / S370_KEYBLOCK] = 0x58;
    assert_int_equal(io(c, SIO, 0x009), 1);
    assert_int_equal((csw(c) >> 16) & 0xFFFF, PROT);
    done(c, &con);
}

/* ---------------- chaining, TIC ---------------- */

static void command_chaining(void **state)
{
    (void)state;
    wb_console con;
    s370_cpu *c = with_console(&con, NULL);
    ccw(c, CCWS, 0x01, DATA, 0x40, 2);
    ccw(c, CCWS + 8, 0x09, DATA + 2, 0, 2);
    ebcdic(c, DATA, "ABCD");
    caw(c, 0, CCWS);
    assert_int_equal(io(c, SIO, 0x009), 0);
    uint64_t started = c->clock;
    assert_int_equal(wait_io(c, 0xFE), 0x009);
    /* one interruption, at the end of the second command */
    assert_int_equal(c->clock, started + 2 * S370_IO_DELAY_CONSOLE);
    assert_int_equal(csw(c), csw_of(0, CCWS + 16, CE | DE, 0, 0));
    assert_string_equal(con.out, "ABCD\n");
    done(c, &con);
}

static void data_chaining_ignores_command_field(void **state)
{
    (void)state;
    wb_console con;
    s370_cpu *c = with_console(&con, NULL);
    ccw(c, CCWS, 0x09, DATA, 0x80, 2);         /* CD */
    ccw(c, CCWS + 8, 0x00, DATA + 8, 0, 2);    /* command 00 would be invalid: ignored here */
    ebcdic(c, DATA, "AB");
    ebcdic(c, DATA + 8, "CD");
    caw(c, 0, CCWS);
    assert_int_equal(io(c, SIO, 0x009), 0);
    assert_int_equal(wait_io(c, 0xFE), 0x009);
    assert_int_equal(csw(c), csw_of(0, CCWS + 16, CE | DE, 0, 0));
    assert_string_equal(con.out, "ABCD\n");    /* one line: one write command */
    done(c, &con);
}

static void transfer_in_channel(void **state)
{
    (void)state;
    wb_console con;
    s370_cpu *c = with_console(&con, NULL);
    ccw(c, CCWS, 0x01, DATA, 0x40, 2);
    ccw(c, CCWS + 8, 0x08, CCWS + 0x100, 0, 0);   /* TIC: its count is not checked */
    ccw(c, CCWS + 0x100, 0x09, DATA + 2, 0, 2);
    ebcdic(c, DATA, "ABCD");
    caw(c, 0, CCWS);
    assert_int_equal(io(c, SIO, 0x009), 0);
    assert_int_equal(wait_io(c, 0xFE), 0x009);
    assert_int_equal(csw(c), csw_of(0, CCWS + 0x108, CE | DE, 0, 0));
    assert_string_equal(con.out, "ABCD\n");
    /* TIC to a TIC: program check naming the second TIC, at the initiation of the next command */
    ccw(c, CCWS + 0x100, 0x08, CCWS + 0x200, 0, 1);
    assert_int_equal(io(c, SIO, 0x009), 0);
    assert_int_equal(wait_io(c, 0xFE), 0x009);
    assert_int_equal(csw(c) & 0xFFFFFFFFFFFF0000ull, csw_of(0, CCWS + 0x108, 0, PROG, 0));
    /* TIC to an address not on a doubleword: the CSW names the TIC */
    ccw(c, CCWS + 8, 0x08, CCWS + 0x104, 0, 0);
    assert_int_equal(io(c, SIO, 0x009), 0);
    assert_int_equal(wait_io(c, 0xFE), 0x009);
    assert_int_equal(csw(c) & 0xFFFFFFFFFFFF0000ull, csw_of(0, CCWS + 16, 0, PROG, 0));
    /* TIC to an address outside storage: the CSW names the TIC */
    ccw(c, CCWS + 8, 0x08, 0x30000, 0, 0);
    assert_int_equal(io(c, SIO, 0x009), 0);
    assert_int_equal(wait_io(c, 0xFE), 0x009);
    assert_int_equal(csw(c) & 0xFFFFFFFFFFFF0000ull, csw_of(0, CCWS + 16, 0, PROG, 0));
    assert_string_equal(con.out, "ABCD\nABABAB");
    done(c, &con);
}

static void unit_check_on_chained_command(void **state)
{
    (void)state;
    wb_console con;
    s370_cpu *c = with_console(&con, NULL);
    ccw(c, CCWS, 0x09, DATA, 0x40, 1);
    ccw(c, CCWS + 8, 0x0D, DATA, 0x40, 6);   /* rejected */
    ccw(c, CCWS + 16, 0x09, DATA, 0, 1);     /* never reached */
    ebcdic(c, DATA, "X");
    caw(c, 0, CCWS);
    assert_int_equal(io(c, SIO, 0x009), 0);
    assert_int_equal(wait_io(c, 0xFE), 0x009);
    assert_int_equal(csw(c), csw_of(0, CCWS + 16, UC, 0, 6));
    assert_string_equal(con.out, "X\n");
    done(c, &con);
}

/* ---------------- incorrect length, SLI, skip ---------------- */

static void incorrect_length_and_sli(void **state)
{
    (void)state;
    wb_console con;
    s370_cpu *c = with_console(&con, "HELLO\nHELLO\nHELLO\nHELLO\n");
    caw(c, 0, CCWS);
    /* record shorter than the area: residual count, incorrect length */
    ccw(c, CCWS, 0x0A, DATA, 0, 10);
    assert_int_equal(io(c, SIO, 0x009), 0);
    assert_int_equal(wait_io(c, 0xFE), 0x009);
    assert_int_equal(csw(c), csw_of(0, CCWS + 8, CE | DE, IL, 5));
    assert_int_equal(c->mem[DATA + 4], 0xD6);   /* 'O' */
    /* the same with SLI */
    ccw(c, CCWS, 0x0A, DATA, 0x20, 10);
    assert_int_equal(io(c, SIO, 0x009), 0);
    assert_int_equal(wait_io(c, 0xFE), 0x009);
    assert_int_equal(csw(c), csw_of(0, CCWS + 8, CE | DE, 0, 5));
    /* record longer than the area */
    memset(c->mem + DATA, 0, 8);
    ccw(c, CCWS, 0x0A, DATA, 0, 3);
    assert_int_equal(io(c, SIO, 0x009), 0);
    assert_int_equal(wait_io(c, 0xFE), 0x009);
    assert_int_equal(csw(c), csw_of(0, CCWS + 8, CE | DE, IL, 0));
    assert_int_equal(c->mem[DATA + 2], 0xD3);   /* 'L' */
    assert_int_equal(c->mem[DATA + 3], 0);
    ccw(c, CCWS, 0x0A, DATA, 0x20, 3);
    assert_int_equal(io(c, SIO, 0x009), 0);
    assert_int_equal(wait_io(c, 0xFE), 0x009);
    assert_int_equal(csw(c), csw_of(0, CCWS + 8, CE | DE, 0, 0));
    /* the console echoes what the operator typed */
    assert_string_equal(con.out, "HELLO\nHELLO\nHELLO\nHELLO\n");
    /* output longer than the 126-position line */
    ccw(c, CCWS, 0x09, DATA, 0, 130);
    assert_int_equal(io(c, SIO, 0x009), 0);
    assert_int_equal(wait_io(c, 0xFE), 0x009);
    assert_int_equal(csw(c), csw_of(0, CCWS + 8, CE | DE, IL, 4));
    /* SLI together with data chaining does not suppress incorrect length */
    ccw(c, CCWS, 0x09, DATA, 0xA0, 130);
    ccw(c, CCWS + 8, 0x09, DATA, 0, 10);
    assert_int_equal(io(c, SIO, 0x009), 0);
    assert_int_equal(wait_io(c, 0xFE), 0x009);
    assert_int_equal(csw(c), csw_of(0, CCWS + 8, CE | DE, IL, 4));
    ccw(c, CCWS, 0x09, DATA, 0x20, 130);      /* SLI alone does */
    assert_int_equal(io(c, SIO, 0x009), 0);
    assert_int_equal(wait_io(c, 0xFE), 0x009);
    assert_int_equal(csw(c), csw_of(0, CCWS + 8, CE | DE, 0, 4));
    done(c, &con);
}

static void incorrect_length_suppresses_command_chaining(void **state)
{
    (void)state;
    wb_console con;
    s370_cpu *c = with_console(&con, "AB\nAB\n");
    caw(c, 0, CCWS);
    ccw(c, CCWS, 0x0A, DATA, 0x40, 4);         /* read, CC, no SLI: 2 of 4 bytes */
    ccw(c, CCWS + 8, 0x09, DATA, 0, 2);
    assert_int_equal(io(c, SIO, 0x009), 0);
    assert_int_equal(wait_io(c, 0xFE), 0x009);
    assert_int_equal(csw(c), csw_of(0, CCWS + 8, CE | DE, IL, 2));
    assert_string_equal(con.out, "AB\n");        /* the echo only: the write did not run */
    ccw(c, CCWS, 0x0A, DATA, 0x60, 4);         /* with SLI the chain goes on */
    assert_int_equal(io(c, SIO, 0x009), 0);
    assert_int_equal(wait_io(c, 0xFE), 0x009);
    assert_int_equal(csw(c), csw_of(0, CCWS + 16, CE | DE, 0, 0));
    assert_string_equal(con.out, "AB\nAB\nAB\n");
    done(c, &con);
}

static void skip_suppresses_storing(void **state)
{
    (void)state;
    wb_console con;
    s370_cpu *c = with_console(&con, "ABCD\n");
    caw(c, 0, CCWS);
    ccw(c, CCWS, 0x0A, DATA, 0x90, 2);         /* CD + skip: the first two bytes are dropped */
    ccw(c, CCWS + 8, 0x0A, DATA + 0x10, 0, 2);
    assert_int_equal(io(c, SIO, 0x009), 0);
    assert_int_equal(wait_io(c, 0xFE), 0x009);
    assert_int_equal(csw(c), csw_of(0, CCWS + 16, CE | DE, 0, 0));
    assert_int_equal(c->mem[DATA], 0);
    assert_int_equal(c->mem[DATA + 1], 0);
    assert_int_equal(c->mem[DATA + 0x10], 0xC3);   /* 'C' */
    assert_int_equal(c->mem[DATA + 0x11], 0xC4);   /* 'D' */
    done(c, &con);
}

static void console_read_without_input_unit_exception(void **state)
{
    (void)state;
    wb_console con;
    s370_cpu *c = with_console(&con, NULL);
    caw(c, 0, CCWS);
    ccw(c, CCWS, 0x0A, DATA, 0, 20);
    assert_int_equal(io(c, SIO, 0x009), 0);
    assert_int_equal(wait_io(c, 0xFE), 0x009);
    assert_int_equal(csw(c), csw_of(0, CCWS + 8, CE | DE | UX, 0, 20));
    done(c, &con);
}

/* ---------------- PCI ---------------- */

static void pci_interruption_while_working(void **state)
{
    (void)state;
    wb_console con;
    s370_cpu *c = with_console(&con, NULL);
    ccw(c, CCWS, 0x01, DATA, 0x48, 2);        /* PCI + CC */
    ccw(c, CCWS + 8, 0x09, DATA, 0, 2);
    ebcdic(c, DATA, "AB");
    caw(c, 2, CCWS);
    assert_int_equal(io(c, SIO, 0x009), 0);
    assert_int_equal(wait_io(c, 0xFE), 0x009);
    /* the program goes on: no unit status, the current CCW and count */
    assert_int_equal(csw(c), csw_of(2, CCWS + 8, 0, PCI, 2));
    assert_int_equal(io(c, TIO, 0x009), 2);
    assert_int_equal(wait_io(c, 0xFE), 0x009);
    assert_int_equal(csw(c), csw_of(2, CCWS + 16, CE | DE, 0, 0));
    assert_string_equal(con.out, "ABAB\n");
    /* PCI not presented before the end (channel masked): it joins the final CSW */
    assert_int_equal(io(c, SIO, 0x009), 0);
    pass_time(c, 200);
    assert_int_equal(wait_io(c, 0xFE), 0x009);
    assert_int_equal(csw(c), csw_of(2, CCWS + 16, CE | DE, PCI, 0));
    done(c, &con);
}

/* ---------------- masking, priority, EC mode, trap to host ---------------- */

static void interruption_masked_by_channel_mask(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    ccw(c, CCWS, 0x09, DATA, 0x20, 1);
    caw(c, 0, CCWS);
    assert_int_equal(io(c, SIO, 0x009), 0);
    /* enabled for channel 1 only: the wait can never end */
    s370_psw_set(c, 0x4002000000000000ull | CODE);
    wb_exit e = wb_run(&c->m, 1000);
    assert_int_equal(e.kind, WB_EXIT_WAIT);
    assert_true(c->pending & S370_PEND_IO);
    assert_int_equal(io(c, TCH, 0x000), 1);   /* interruption pending in channel 0 */
    assert_int_equal(wait_io(c, 0x80), 0x009);  /* channel 0 mask */
    assert_int_equal(io(c, TCH, 0x000), 0);
    s370t_free(c);
}

static void ec_mode_uses_cr2_and_stores_address(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    ccw(c, CCWS, 0x09, DATA, 0x20, 1);
    caw(c, 0, CCWS);
    assert_int_equal(io(c, SIO, 0x00E), 0);
    c->cr[2] = 0x7FFFFFFF;                      /* channel 0 masked off in CR2 */
    s370_psw_set(c, 0x020A000000000000ull | CODE);   /* EC, I/O mask, wait */
    wb_exit e = wb_run(&c->m, 1000);
    assert_int_equal(e.kind, WB_EXIT_WAIT);
    c->cr[2] = 0x80000000;
    s370_psw_set(c, 0x020A000000000000ull | CODE);
    e = wb_run(&c->m, 1000);
    assert_int_equal(e.kind, WB_EXIT_HALT);
    assert_int_equal(c->ia, S370T_IO_STOP);
    assert_int_equal(s370_be16(c->mem + S370_PSA_IO_ADDR), 0x00E);
    assert_int_equal(csw(c), csw_of(0, CCWS + 8, CE | DE, 0, 0));
    s370t_free(c);
}

static void interruptions_in_order_of_completion(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    ccw(c, CCWS, 0x09, DATA, 0x20, 1);
    caw(c, 0, CCWS);
    assert_int_equal(io(c, SIO, 0x00E), 0);   /* printer: 100 units */
    assert_int_equal(io(c, SIO, 0x009), 0);   /* console: 50 units, ends first */
    assert_int_equal(wait_io(c, 0xFE), 0x009);
    assert_int_equal(wait_io(c, 0xFE), 0x00E);
    s370t_free(c);
}

static void trap_to_host_reports_io(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    ccw(c, CCWS, 0x09, DATA, 0x20, 1);
    caw(c, 0, CCWS);
    assert_int_equal(io(c, SIO, 0x009), 0);
    c->m.trap_to_host = true;
    s370_psw_set(c, 0xFE02000000000000ull | CODE);
    wb_exit e = wb_run(&c->m, 1000);
    assert_int_equal(e.kind, WB_EXIT_TRAP);
    assert_int_equal(e.trap.kind, WB_TRAP_IO);
    assert_int_equal(e.trap.code, 0x009);
    assert_int_equal(s370t_get8(c, S370_PSA_IO_OLD), 0);   /* no PSW swap */
    assert_int_equal(csw(c), csw_of(0, CCWS + 8, CE | DE, 0, 0));
    assert_false(c->pending & S370_PEND_IO);
    s370t_free(c);
}

/* ---------------- busy, HIO, CLRIO, TCH, STIDC, SIOF, attention ---------------- */

static void busy_conditions(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    ccw(c, CCWS, 0x09, DATA, 0x20, 1);
    caw(c, 0, CCWS);
    assert_int_equal(io(c, SIO, 0x009), 0);
    assert_int_equal(io(c, SIO, 0x009), 2);      /* subchannel working */
    assert_int_equal(io(c, SIO, 0x00E), 0);      /* another device is independent */
    pass_time(c, 120);                           /* both complete, not presented */
    assert_int_equal(io(c, SIO, 0x009), 2);      /* interruption pending in the subchannel */
    assert_int_equal(io(c, TIO, 0x009), 1);
    assert_int_equal(csw(c), csw_of(0, CCWS + 8, CE | DE, 0, 0));
    assert_int_equal(io(c, TIO, 0x009), 0);
    s370t_free(c);
}

static void halt_io(void **state)
{
    (void)state;
    wb_console con;
    s370_cpu *c = with_console(&con, NULL);
    ccw(c, CCWS, 0x09, DATA, 0, 2);
    ebcdic(c, DATA, "AB");
    caw(c, 0, CCWS);
    s370t_set8(c, 0x40, 0x1122334455667788ull);
    assert_int_equal(io(c, HIO, 0x009), 1);      /* idle device: signalled, status zeros */
    assert_int_equal(csw(c), 0x1122334400007788ull);
    assert_int_equal(io(c, SIO, 0x009), 0);
    assert_int_equal(io(c, HIO, 0x009), 1);      /* working: ended at once */
    assert_int_equal(io(c, HIO, 0x009), 0);      /* interruption pending: no action */
    assert_int_equal(wait_io(c, 0xFE), 0x009);
    assert_int_equal(csw(c), csw_of(0, CCWS + 8, CE | DE, IL, 2));
    assert_int_equal(con.len, 0);
    ccw(c, CCWS, 0x09, DATA, 0x20, 2);           /* SLI: no incorrect length */
    assert_int_equal(io(c, SIO, 0x009), 0);
    assert_int_equal(io(c, HDV, 0x009), 1);
    assert_int_equal(wait_io(c, 0xFE), 0x009);
    assert_int_equal(csw(c), csw_of(0, CCWS + 8, CE | DE, 0, 2));
    done(c, &con);
}

static void clear_io(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    ccw(c, CCWS, 0x09, DATA, 0x20, 3);
    caw(c, 4, CCWS);
    assert_int_equal(io(c, SIO, 0x009), 0);
    /* block-multiplexing control off: CLEAR I/O performs the TIO function */
    assert_int_equal(io(c, CLRIO, 0x009), 2);
    c->cr[0] |= 0x80000000u;
    assert_int_equal(io(c, CLRIO, 0x009), 1);    /* discontinued, state in the CSW */
    assert_int_equal(csw(c), csw_of(4, CCWS + 8, 0, 0, 3));
    assert_int_equal(io(c, TIO, 0x009), 0);      /* available, no interruption left */
    assert_false(c->pending & S370_PEND_IO);
    assert_int_equal(io(c, CLRIO, 0x009), 0);    /* available: no action */
    assert_int_equal(io(c, SIO, 0x009), 0);
    pass_time(c, 60);
    assert_int_equal(io(c, CLRIO, 0x009), 1);    /* interruption pending: cleared */
    assert_int_equal(csw(c), csw_of(4, CCWS + 8, CE | DE, 0, 0));
    assert_false(c->pending & S370_PEND_IO);
    s370t_free(c);
}

static void test_channel_and_store_channel_id(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    assert_int_equal(io(c, TCH, 0x000), 0);
    assert_int_equal(io(c, TCH, 0x0FF), 0);      /* bits 24-31 do not matter */
    assert_int_equal(io(c, STIDC, 0x000), 0);
    assert_int_equal(s370t_get4(c, 0xA8), 0x10000000u);   /* byte-multiplexer channel */
    s370_io_device_signal(c, 0x009, ATTN);
    assert_int_equal(io(c, TCH, 0x000), 1);
    s370t_free(c);
}

static void siof_deferred_condition_code(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    ccw(c, CCWS, 0x03, 0, 0, 1);                 /* immediate: SIO would set CC 1 */
    caw(c, 0, CCWS);
    assert_int_equal(io(c, SIOF, 0x00E), 0);
    assert_int_equal(wait_io(c, 0xFE), 0x00E);
    assert_int_equal(csw(c), 0x01ull << 56 | csw_of(0, CCWS + 8, CE | DE, 0, 1));
    s370t_set4(c, 0x48, 0x0F000000u | CCWS);     /* invalid CAW */
    assert_int_equal(io(c, SIOF, 0x00E), 0);
    assert_int_equal(wait_io(c, 0xFE), 0x00E);
    assert_int_equal((csw(c) >> 56) & 3, 1);
    assert_int_equal((csw(c) >> 16) & 0xFFFF, PROG);
    ccw(c, CCWS, 0x09, DATA, 0x20, 1);           /* an ordinary start: no deferred code */
    caw(c, 0, CCWS);
    assert_int_equal(io(c, SIOF, 0x00E), 0);
    assert_int_equal(io(c, SIOF, 0x00E), 2);
    assert_int_equal(wait_io(c, 0xFE), 0x00E);
    assert_int_equal(csw(c), csw_of(0, CCWS + 8, CE | DE, 0, 0));
    s370t_free(c);
}

static void attention_from_the_console(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    s370_io_device_signal(c, 0x009, ATTN);
    assert_int_equal(io(c, TIO, 0x009), 1);      /* status from the device alone */
    assert_int_equal(csw(c), (uint64_t)ATTN << 24);
    assert_int_equal(io(c, TIO, 0x009), 0);
    /* START I/O meets the status: busy and attention, status portion only, cleared */
    s370_io_device_signal(c, 0x009, ATTN);
    s370t_set8(c, 0x40, 0x1122334455667788ull);
    ccw(c, CCWS, 0x03, 0, 0, 1);
    caw(c, 0, CCWS);
    assert_int_equal(io(c, SIO, 0x009), 1);
    assert_int_equal(csw(c), 0x1122334490007788ull);
    assert_false(c->pending & S370_PEND_IO);
    /* as an interruption */
    s370_io_device_signal(c, 0x009, ATTN);
    assert_int_equal(wait_io(c, 0xFE), 0x009);
    assert_int_equal(csw(c), (uint64_t)ATTN << 24);
    s370t_free(c);
}

static void io_instructions_are_privileged(void **state)
{
    (void)state;
    const uint16_t ops[] = {SIO, SIOF, TIO, CLRIO, HIO, HDV, TCH, STIDC};
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++) {
        s370_cpu *c = s370t_new(65536);
        uint16_t hw[2] = {ops[i], 0x009};
        s370t_code(c, CODE, hw, 2);
        c->m.ops->start(&c->m, true, CODE);
        s370_psw_set(c, 0x0001000000000000ull | CODE);   /* problem state */
        wb_run(&c->m, 1);
        assert_int_equal(s370t_pgm_code(c), S370_PGM_PRIVILEGED);
        s370t_free(c);
    }
}

/* Random channel programs: whatever the bytes, every I/O instruction sets a condition code,
 * every operation ends, and the pending-interruption bit agrees with TEST CHANNEL. */
static void random_channel_programs_always_end(void **state)
{
    (void)state;
    wb_console con;
    s370_cpu *c = with_console(&con, "SOME INPUT\nMORE\n");
    uint32_t x = 12345;
    const uint16_t devs[] = {0x009, 0x00C, 0x00E};
    for (int round = 0; round < 3000; round++) {
        for (int i = 0; i < 64; i++) {
            x = x * 1103515245u + 12345u;
            uint8_t v = (uint8_t)(x >> 16);
            if (i % 8 == 0)   /* mostly valid command codes, sometimes anything */
                v = (x & 0x80000000u) ? v : (uint8_t)("\x01\x09\x0A\x02\x03\x04\x08\x89"[v & 7]);
            if (i % 8 == 1)
                v &= 0x00;    /* data addresses inside storage, mostly */
            c->mem[CCWS + i] = v;
        }
        x = x * 1103515245u + 12345u;
        c->keys[DATA / S370_KEYBLOCK] = (uint8_t)((x >> 8) & 0xF8);
        uint32_t cawv = (x & 0x70000000u) | (CCWS + ((x >> 4) & 0x38));
        if ((x & 0xF) == 0)
            cawv ^= 1u << ((x >> 20) & 31);   /* sometimes a broken CAW */
        s370t_set4(c, 0x48, cawv);
        uint16_t dev = devs[(x >> 12) % 3];
        unsigned cc = io(c, (x & 0x100) ? SIOF : SIO, dev);
        assert_true(cc <= 2);
        pass_time(c, 20000);
        for (int k = 0; k < 3; k++) {
            cc = io(c, TIO, devs[k]);
            assert_true(cc <= 1);             /* never still working */
        }
        assert_false(c->pending & S370_PEND_IO);
        assert_int_equal(io(c, TCH, 0x000), 0);
    }
    done(c, &con);
}

/* ---------------- card reader and printer files ---------------- */

static s370_cpu *with_files(const char *reader, const char *printer)
{
    char err[256];
    wb_core_config cfg = {.storage = 65536, .reader = reader, .printer = printer};
    s370_cpu *c = (s370_cpu *)s370_create(&cfg, err, sizeof err);
    assert_non_null(c);
    s370t_set8(c, S370_PSA_PGM_NEW, 0x0002000000000000ull | S370T_PGM_STOP);
    s370t_set8(c, S370_PSA_IO_NEW, 0x0002000000000000ull | S370T_IO_STOP);
    return c;
}

static void reader_cards_and_end_of_file(void **state)
{
    (void)state;
    char path[] = "/tmp/vmwb-rdr-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    FILE *f = fdopen(fd, "w");
    fprintf(f, "HELLO 1\r\n");
    for (int i = 0; i < 90; i++)
        fputc('0' + i % 10, f);
    fputc('\n', f);
    fclose(f);
    s370_cpu *c = with_files(path, NULL);
    caw(c, 0, CCWS);
    ccw(c, CCWS, 0x02, DATA, 0, 80);
    memset(c->mem + DATA, 0xFF, 100);
    assert_int_equal(io(c, SIO, 0x00C), 0);
    uint64_t started = c->clock;
    assert_int_equal(wait_io(c, 0xFE), 0x00C);
    assert_int_equal(c->clock, started + S370_IO_DELAY_READER);
    assert_int_equal(csw(c), csw_of(0, CCWS + 8, CE | DE, 0, 0));
    const uint8_t want[8] = {0xC8, 0xC5, 0xD3, 0xD3, 0xD6, 0x40, 0xF1, 0x40};   /* "HELLO 1 " */
    assert_memory_equal(c->mem + DATA, want, 8);
    assert_int_equal(c->mem[DATA + 79], 0x40);   /* padded with blanks */
    assert_int_equal(c->mem[DATA + 80], 0xFF);
    /* a 90-character line is cut to the card; a 100-byte area leaves 20 */
    ccw(c, CCWS, 0x42, DATA, 0, 100);
    assert_int_equal(io(c, SIO, 0x00C), 0);
    assert_int_equal(wait_io(c, 0xFE), 0x00C);
    assert_int_equal(csw(c), csw_of(0, CCWS + 8, CE | DE, IL, 20));
    assert_int_equal(c->mem[DATA + 79], 0xF9);
    /* end of file: unit exception, nothing transferred */
    ccw(c, CCWS, 0x02, DATA, 0, 80);
    assert_int_equal(io(c, SIO, 0x00C), 0);
    assert_int_equal(wait_io(c, 0xFE), 0x00C);
    assert_int_equal(csw(c), csw_of(0, CCWS + 8, CE | DE | UX, 0, 80));
    /* column-binary read: not modelled, command reject */
    ccw(c, CCWS, 0x22, DATA, 0, 160);
    assert_int_equal(io(c, SIO, 0x00C), 1);
    assert_int_equal(csw(c), csw_of(0, CCWS + 8, UC, 0, 160));
    s370t_free(c);
    unlink(path);
}

static void reader_without_file_not_ready(void **state)
{
    (void)state;
    s370_cpu *c = s370t_new(65536);
    caw(c, 0, CCWS);
    ccw(c, CCWS, 0x02, DATA, 0, 80);
    assert_int_equal(io(c, SIO, 0x00C), 1);
    assert_int_equal(csw(c), csw_of(0, CCWS + 8, UC, 0, 80));
    ccw(c, CCWS, 0x04, DATA, 0, 1);
    assert_int_equal(io(c, SIO, 0x00C), 0);
    assert_int_equal(wait_io(c, 0xFE), 0x00C);
    assert_int_equal(c->mem[DATA], 0x40);        /* intervention required */
    s370t_free(c);
}

static void missing_reader_file_is_an_error(void **state)
{
    (void)state;
    char err[256] = "";
    wb_core_config cfg = {.storage = 65536, .reader = "/nonexistent/deck.txt"};
    assert_null(s370_create(&cfg, err, sizeof err));
    assert_non_null(strstr(err, "/nonexistent/deck.txt"));
    assert_non_null(strstr(err, "reader"));
}

static void printer_lines_and_carriage(void **state)
{
    (void)state;
    char path[] = "/tmp/vmwb-prt-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    close(fd);
    s370_cpu *c = with_files(NULL, path);
    caw(c, 0, CCWS);
    ebcdic(c, DATA, "AB  ");
    ebcdic(c, DATA + 8, "CD");
    ccw(c, CCWS, 0x09, DATA, 0, 4);          /* write, space 1 (trailing blanks dropped) */
    assert_int_equal(io(c, SIO, 0x00E), 0);
    assert_int_equal(wait_io(c, 0xFE), 0x00E);
    assert_int_equal(csw(c), csw_of(0, CCWS + 8, CE | DE, 0, 0));
    ccw(c, CCWS, 0x01, DATA + 8, 0x40, 2);   /* write without spacing, chained to */
    ccw(c, CCWS + 8, 0x11, DATA, 0, 2);      /* write, space 2 */
    assert_int_equal(io(c, SIO, 0x00E), 0);
    assert_int_equal(wait_io(c, 0xFE), 0x00E);
    ccw(c, CCWS, 0x8B, 0, 0, 1);             /* skip to channel 1 at once: immediate */
    assert_int_equal(io(c, SIO, 0x00E), 1);
    assert_int_equal(csw(c), csw_of(0, CCWS + 8, CE | DE, 0, 1));
    ccw(c, CCWS, 0x1B, 0, 0, 1);             /* space 3 at once */
    assert_int_equal(io(c, SIO, 0x00E), 1);
    ccw(c, CCWS, 0x81, DATA, 0, 1);          /* skip to "channel 0": no such command */
    assert_int_equal(io(c, SIO, 0x00E), 1);
    assert_int_equal(csw(c), csw_of(0, CCWS + 8, UC, 0, 1));
    ccw(c, CCWS, 0x09, DATA, 0, 140);        /* beyond 132 print positions */
    assert_int_equal(io(c, SIO, 0x00E), 0);
    assert_int_equal(wait_io(c, 0xFE), 0x00E);
    assert_int_equal(csw(c), csw_of(0, CCWS + 8, CE | DE, IL, 8));
    s370t_free(c);
    FILE *f = fopen(path, "r");
    char buf[256] = "";
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    unlink(path);
    const char *head = "AB\nCD\rAB\n\n\f\n\n\n";
    assert_true(n > strlen(head));
    assert_memory_equal(buf, head, strlen(head));
    assert_int_equal(buf[n - 1], '\n');
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(sio_write_then_io_interruption),
        cmocka_unit_test(write_without_carrier_return),
        cmocka_unit_test(not_operational_addresses),
        cmocka_unit_test(immediate_command_stores_csw_with_cc1),
        cmocka_unit_test(chained_immediate_commands_end_in_interruption),
        cmocka_unit_test(endless_chain_of_immediate_commands_is_program_check),
        cmocka_unit_test(invalid_command_unit_check_and_sense),
        cmocka_unit_test(program_checks_at_start),
        cmocka_unit_test(invalid_data_address_ends_with_program_check),
        cmocka_unit_test(protection_by_caw_key),
        cmocka_unit_test(command_chaining),
        cmocka_unit_test(data_chaining_ignores_command_field),
        cmocka_unit_test(transfer_in_channel),
        cmocka_unit_test(unit_check_on_chained_command),
        cmocka_unit_test(incorrect_length_and_sli),
        cmocka_unit_test(incorrect_length_suppresses_command_chaining),
        cmocka_unit_test(skip_suppresses_storing),
        cmocka_unit_test(console_read_without_input_unit_exception),
        cmocka_unit_test(pci_interruption_while_working),
        cmocka_unit_test(interruption_masked_by_channel_mask),
        cmocka_unit_test(ec_mode_uses_cr2_and_stores_address),
        cmocka_unit_test(interruptions_in_order_of_completion),
        cmocka_unit_test(trap_to_host_reports_io),
        cmocka_unit_test(busy_conditions),
        cmocka_unit_test(halt_io),
        cmocka_unit_test(clear_io),
        cmocka_unit_test(test_channel_and_store_channel_id),
        cmocka_unit_test(siof_deferred_condition_code),
        cmocka_unit_test(attention_from_the_console),
        cmocka_unit_test(io_instructions_are_privileged),
        cmocka_unit_test(random_channel_programs_always_end),
        cmocka_unit_test(reader_cards_and_end_of_file),
        cmocka_unit_test(reader_without_file_not_ready),
        cmocka_unit_test(missing_reader_file_is_an_error),
        cmocka_unit_test(printer_lines_and_carriage),
    };
    return cmocka_run_group_tests_name("s370 channel I/O", tests, NULL, NULL);
}
