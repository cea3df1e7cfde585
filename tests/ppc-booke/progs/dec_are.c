#include "rt.h"
/* Auto-reload: with TCR[ARE] the decrementer restarts from DECAR each time it reaches zero, so the
 * interrupt comes again and again (the handler in crt0 disables DIE, so it is re-enabled here). */
int main(void)
{
    SPR_SET(340, 0);
    SPR_SET(336, 0xFFFFFFFFu);
    SPR_SET(54, 500);                  /* DECAR */
    SPR_SET(22, 500);
    SPR_SET(340, 0x04400000u);         /* DIE | ARE */
    exc_clear();
    set_msr(0x8000u);
    u32 seen = 0;
    for (u32 k = 0; k < 20000000u && seen < 3; k++) {
        if (exc.count != seen) {
            seen = exc.count;
            SPR_SET(340, 0x04400000u);
        }
    }
    set_msr(0);
    SPR_SET(340, 0);
    kv("interrupts", seen); kv("ivor", exc.ivor); nl();
    return 0;
}
