/* Dynamic address translation — placeholder: translation is the identity until DAT lands. */
#include "s370.h"

unsigned s370_translate(s370_cpu *c, uint32_t vaddr, s370_acc acc, uint32_t *real)
{
    (void)c;
    (void)acc;
    *real = vaddr;
    return 0;
}

void s370_tlb_purge(s370_cpu *c) { c->purge_count++; }
void s370_dat_init(s370_cpu *c) { c->tlb = NULL; }
void s370_dat_free(s370_cpu *c) { (void)c; }
