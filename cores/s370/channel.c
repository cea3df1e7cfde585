/* Channel subsystem — placeholder with no devices until channel I/O lands. */
#include "s370.h"

wb_status s370_channel_init(s370_cpu *c, const wb_core_config *cfg, char *err, size_t errlen)
{
    (void)cfg;
    (void)err;
    (void)errlen;
    c->chan = NULL;
    return WB_OK;
}
void s370_channel_free(s370_cpu *c) { (void)c; }
void s370_channel_reset(s370_cpu *c) { (void)c; }
bool s370_io_interrupt(s370_cpu *c) { c->pending &= ~S370_PEND_IO; return false; }
uint64_t s370_io_next_event(const s370_cpu *c) { (void)c; return UINT64_MAX; }
void s370_io_update(s370_cpu *c) { (void)c; }
