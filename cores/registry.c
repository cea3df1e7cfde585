#include "registry.h"
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

/* Each core exports its descriptor; add a line here when a core lands. */
extern const wb_core_info s370_core_info;
extern const wb_core_info pdp10_core_info;
extern const wb_core_info m68000_core_info, m68010_core_info;
extern const wb_core_info sparc_core_info;
extern const wb_core_info ppc_booke_core_info;

static const wb_core_info *const cores[] = {
    &s370_core_info,
    &pdp10_core_info,
    &m68000_core_info, &m68010_core_info,
    &sparc_core_info,
    &ppc_booke_core_info,
};

const wb_core_info *wb_core_at(unsigned i)
{
    return i < sizeof cores / sizeof cores[0] ? cores[i] : NULL;
}

const wb_core_info *wb_core_find(const char *name)
{
    for (unsigned i = 0; i < sizeof cores / sizeof cores[0]; i++)
        if (strcmp(cores[i]->name, name) == 0)
            return cores[i];
    return NULL;
}

wb_machine *wb_core_create(const char *name, const wb_core_config *cfg, char *err, size_t errlen)
{
    const wb_core_info *ci = wb_core_find(name);
    if (!ci) {
        snprintf(err, errlen, "unknown core '%s' (vmwb list shows the cores)", name);
        return NULL;
    }
    wb_core_config c = *cfg;
    if (!c.storage)
        c.storage = ci->default_storage;
    if (c.storage < ci->min_storage || c.storage > ci->max_storage) {
        snprintf(err, errlen, "storage size %" PRIu64 " %s is outside %s's range %" PRIu64 "..%" PRIu64,
                 c.storage, ci->storage_unit_name, name, ci->min_storage, ci->max_storage);
        return NULL;
    }
    return ci->create(&c, err, errlen);
}
