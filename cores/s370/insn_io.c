/* S/370 instruction group: input/output (PoO chapter 13, "Input/Output Instructions").
 *
 * All are privileged, format S; bits 16-31 of the second-operand address designate the channel
 * (bits 16-23) and the device (bits 24-31).  The functions themselves, with their condition codes
 * and CSW storing, are in channel.c. */
#include "io.h"

static uint16_t io_address(const s370_cpu *c, const uint8_t *ins)
{
    return (uint16_t)s370_ea(c, 0, s370_b(ins + 2), s370_d(ins + 2));
}

/* ------------------------------------------------------------------------------------------- */
/* 9C00 SIO - Start I/O [S] (PoO 13, "Start I/O")                                               */
/* ------------------------------------------------------------------------------------------- */
static void op_sio(s370_cpu *c, const uint8_t *ins)
{
    s370_priv_check(c);
    c->cc = (uint8_t)s370_io_sio(c, io_address(c, ins), false);
}

/* ------------------------------------------------------------------------------------------- */
/* 9C01 SIOF - Start I/O Fast Release [S] (PoO 13, "Start I/O Fast Release")                    */
/* ------------------------------------------------------------------------------------------- */
static void op_siof(s370_cpu *c, const uint8_t *ins)
{
    s370_priv_check(c);
    c->cc = (uint8_t)s370_io_sio(c, io_address(c, ins), true);
}

/* ------------------------------------------------------------------------------------------- */
/* 9D00 TIO - Test I/O [S] (PoO 13, "Test I/O")                                                 */
/* ------------------------------------------------------------------------------------------- */
static void op_tio(s370_cpu *c, const uint8_t *ins)
{
    s370_priv_check(c);
    c->cc = (uint8_t)s370_io_tio(c, io_address(c, ins));
}

/* ------------------------------------------------------------------------------------------- */
/* 9D01 CLRIO - Clear I/O [S] (PoO 13, "Clear I/O")                                             */
/* ------------------------------------------------------------------------------------------- */
static void op_clrio(s370_cpu *c, const uint8_t *ins)
{
    s370_priv_check(c);
    c->cc = (uint8_t)s370_io_clrio(c, io_address(c, ins));
}

/* ------------------------------------------------------------------------------------------- */
/* 9E00 HIO - Halt I/O [S] (PoO 13, "Halt I/O")                                                 */
/* ------------------------------------------------------------------------------------------- */
static void op_hio(s370_cpu *c, const uint8_t *ins)
{
    s370_priv_check(c);
    c->cc = (uint8_t)s370_io_hio(c, io_address(c, ins));
}

/* ------------------------------------------------------------------------------------------- */
/* 9E01 HDV - Halt Device [S] (PoO 13, "Halt Device"): as HIO on this channel (see channel.c)   */
/* ------------------------------------------------------------------------------------------- */
static void op_hdv(s370_cpu *c, const uint8_t *ins)
{
    s370_priv_check(c);
    c->cc = (uint8_t)s370_io_hio(c, io_address(c, ins));
}

/* ------------------------------------------------------------------------------------------- */
/* 9F00 TCH - Test Channel [S] (PoO 13, "Test Channel")                                         */
/* ------------------------------------------------------------------------------------------- */
static void op_tch(s370_cpu *c, const uint8_t *ins)
{
    s370_priv_check(c);
    c->cc = (uint8_t)s370_io_tch(c, io_address(c, ins));
}

/* ------------------------------------------------------------------------------------------- */
/* B203 STIDC - Store Channel ID [S] (PoO 13, "Store Channel ID")                               */
/* ------------------------------------------------------------------------------------------- */
static void op_stidc(s370_cpu *c, const uint8_t *ins)
{
    s370_priv_check(c);
    c->cc = (uint8_t)s370_io_stidc(c, io_address(c, ins));
}

const s370_insn_def s370_insns_io[] = {
    {0x9C00, "SIO", S370_S, WB_PG_PRIVILEGED, op_sio},
    {0x9C01, "SIOF", S370_S, WB_PG_PRIVILEGED, op_siof},
    {0x9D00, "TIO", S370_S, WB_PG_PRIVILEGED, op_tio},
    {0x9D01, "CLRIO", S370_S, WB_PG_PRIVILEGED, op_clrio},
    {0x9E00, "HIO", S370_S, WB_PG_PRIVILEGED, op_hio},
    {0x9E01, "HDV", S370_S, WB_PG_PRIVILEGED, op_hdv},
    {0x9F00, "TCH", S370_S, WB_PG_PRIVILEGED, op_tch},
    {0xB203, "STIDC", S370_S, WB_PG_PRIVILEGED, op_stidc},
    {0, NULL, S370_S, WB_PG_INNOCUOUS, NULL},
};
