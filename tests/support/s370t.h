/* Test support for the S/370 core: build a machine, place instruction bytes, run, inspect.
 *
 * Convention: s370t_new() sets the program, SVC, external and I/O new PSWs to disabled-wait PSWs
 * whose instruction addresses (0xDEAD68, 0xDEAD60, 0xDEAD58, 0xDEAD78 truncated to even values
 * below) identify the class, so an unexpected interruption halts the run and can be inspected:
 * s370t_pgm_code() returns the program interruption code stored, or -1 when none happened. */
#ifndef S370T_H
#define S370T_H
#include <stdint.h>
#include <stddef.h>
#include "s370/s370.h"

#define S370T_PGM_STOP 0x000F68u   /* IA of the program new PSW (disabled wait) */
#define S370T_SVC_STOP 0x000F60u
#define S370T_EXT_STOP 0x000F58u
#define S370T_IO_STOP  0x000F78u

s370_cpu *s370t_new(uint32_t storage);
void s370t_free(s370_cpu *c);
/* Copy bytes to absolute storage. */
void s370t_put(s370_cpu *c, uint32_t addr, const void *bytes, size_t n);
/* Write a list of halfwords (instruction text) at addr. */
void s370t_code(s370_cpu *c, uint32_t addr, const uint16_t *hw, size_t n);
#define S370T_CODE(c, addr, ...) do { static const uint16_t hw_[] = {__VA_ARGS__}; \
    s370t_code((c), (addr), hw_, sizeof hw_ / sizeof hw_[0]); } while (0)
/* Start at addr (BC PSW, supervisor, disabled, key 0) and run n instructions or until halt. */
wb_exit s370t_run(s370_cpu *c, uint32_t addr, uint64_t n);
/* Run exactly one instruction at addr. */
wb_exit s370t_step(s370_cpu *c, uint32_t addr);
/* Start with this PSW (its IA is the start address; program and SVC old PSWs cleared) and run n steps. */
wb_exit s370t_run_psw(s370_cpu *c, uint64_t psw, uint64_t n);
/* cmocka checks: the run ended by budget with no program interruption; or with one of this code, the
 * BC old PSW holding ILC (bytes), CC (-1: any) and IA, and the machine stopped at the program new PSW. */
void s370t_expect_ok(s370_cpu *c, wb_exit e);
void s370t_expect_pgm(s370_cpu *c, wb_exit e, int code, unsigned ilc, int cc, uint32_t ia);
/* Program interruption code stored by the last program interruption, -1 when none. */
int s370t_pgm_code(s370_cpu *c);
uint32_t s370t_get4(s370_cpu *c, uint32_t addr);
uint64_t s370t_get8(s370_cpu *c, uint32_t addr);
void s370t_set4(s370_cpu *c, uint32_t addr, uint32_t v);
void s370t_set8(s370_cpu *c, uint32_t addr, uint64_t v);

#endif
