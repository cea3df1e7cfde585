/* The architecture-neutral part of every monitor: the VM as a machine, the dispatcher, the allocator,
 * and the accounting of privileged operations between levels. */
#include "monitors/vm.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern const wb_vmm_arch s370_vmm_arch;
extern const wb_vmm_arch pdp10_vmm_arch;
extern const wb_vmm_arch m68k_vmm_arch;
extern const wb_vmm_arch booke_vmm_arch;
extern const wb_vmm_arch sparc_vmm_arch;

const wb_vmm_arch *wb_vmm_for(const char *arch)
{
    if (strcmp(arch, "s370") == 0)
        return &s370_vmm_arch;
    if (strcmp(arch, "pdp10") == 0)
        return &pdp10_vmm_arch;
    if (strcmp(arch, "m68k") == 0)
        return &m68k_vmm_arch;
    if (strcmp(arch, "ppc-booke") == 0)
        return &booke_vmm_arch;
    if (strcmp(arch, "sparc") == 0)
        return &sparc_vmm_arch;
    return NULL;
}

const char *wb_strategy_name(wb_strategy s)
{
    static const char *const n[WB_STRATEGY_COUNT] = {"trap", "hybrid", "emulate", "scan"};
    return (unsigned)s < WB_STRATEGY_COUNT ? n[s] : "?";
}

bool wb_strategy_parse(const char *name, wb_strategy *out)
{
    for (int i = 0; i < WB_STRATEGY_COUNT; i++)
        if (strcmp(name, wb_strategy_name((wb_strategy)i)) == 0) {
            *out = (wb_strategy)i;
            return true;
        }
    return false;
}

static const wb_machine_ops vm_ops;

bool wb_is_vm(const wb_machine *m) { return m && m->ops == &vm_ops; }

void wb_host_privop(wb_machine *m)
{
    if (wb_is_vm(m))
        ((wb_vm *)m)->stats.privops_received++;
}

uint64_t wb_vm_host_size(const wb_vmm_arch *arch, uint64_t guest_size, unsigned depth)
{
    /* each level: the host's own low storage granule, the VM's tables, alignment */
    uint64_t per_level = arch->align + ((arch->table_bytes + arch->align - 1) / arch->align) * arch->align;
    return guest_size + (uint64_t)depth * per_level;
}

/* ---------- allocator ---------- */

wb_monitor *wb_monitor_create(wb_machine *host, char *err, size_t errlen)
{
    const wb_vmm_arch *arch = wb_vmm_for(host->arch);
    if (!arch) {
        snprintf(err, errlen, "no monitor exists for the %s architecture yet", host->arch);
        return NULL;
    }
    wb_monitor *mon = calloc(1, sizeof *mon);
    if (!mon) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    mon->host = host;
    mon->arch = arch;
    mon->next_free = arch->align;   /* the host's own low storage (PSA) stays the hardware's */
    return mon;
}

void wb_monitor_destroy(wb_monitor *mon) { free(mon); }

static uint64_t round_up(uint64_t v, uint64_t a) { return (v + a - 1) / a * a; }

/* ---------- the VM as a machine ---------- */

static wb_machine *vcpu_of(wb_machine *m)
{
    wb_vm *vm = (wb_vm *)m;
    return vm->arch->vcpu(vm);
}

static void vm_destroy(wb_machine *m)
{
    wb_vm *vm = (wb_vm *)m;
    vm->arch->fini(vm);
    free(vm);
}

static void vm_reset(wb_machine *m, bool keep)
{
    wb_machine *v = vcpu_of(m);
    v->ops->reset(v, keep);
}

static wb_status vm_start(wb_machine *m, bool has_addr, uint64_t addr)
{
    wb_machine *v = vcpu_of(m);
    return v->ops->start(v, has_addr, addr);
}

static uint64_t vm_get_reg(wb_machine *m, unsigned i)
{
    wb_machine *v = vcpu_of(m);
    return v->ops->get_reg(v, i);
}

static void vm_set_reg(wb_machine *m, unsigned i, uint64_t val)
{
    wb_vm *vm = (wb_vm *)m;
    wb_machine *v = vcpu_of(m);
    v->ops->set_reg(v, i, val);
    if (i < m->nregs && m->regs[i].privileged) {
        /* the monitor above executed a privileged instruction in virtual supervisor state */
        vm->stats.privops_received++;
        m->counters.trapped++;
        vm->arch->privileged_reg_set(vm, i);
    }
}

static wb_status vm_read(wb_machine *m, uint64_t a, void *buf, size_t n)
{
    wb_machine *v = vcpu_of(m);
    return v->ops->read(v, a, buf, n);
}

static wb_status vm_write(wb_machine *m, uint64_t a, const void *buf, size_t n)
{
    wb_machine *v = vcpu_of(m);
    return v->ops->write(v, a, buf, n);
}

static size_t vm_state_size(wb_machine *m)
{
    wb_machine *v = vcpu_of(m);
    return v->ops->state_size(v);
}

static void vm_save(wb_machine *m, void *buf)
{
    wb_machine *v = vcpu_of(m);
    v->ops->save(v, buf);
}

static wb_status vm_restore(wb_machine *m, const void *buf)
{
    wb_vm *vm = (wb_vm *)m;
    wb_machine *v = vcpu_of(m);
    wb_status st = v->ops->restore(v, buf);
    vm->arch->privileged_reg_set(vm, (unsigned)-1);
    return st;
}

static wb_status vm_get_key(wb_machine *m, uint64_t a, uint8_t *k)
{
    wb_machine *v = vcpu_of(m);
    return v->ops->get_key ? v->ops->get_key(v, a, k) : WB_ERR_UNSUPPORTED;
}

static wb_status vm_set_key(wb_machine *m, uint64_t a, uint8_t k)
{
    wb_vm *vm = (wb_vm *)m;
    wb_machine *v = vcpu_of(m);
    vm->stats.privops_received++;
    m->counters.trapped++;
    return v->ops->set_key ? v->ops->set_key(v, a, k) : WB_ERR_UNSUPPORTED;
}

static bool vm_supervisor(wb_machine *m)
{
    wb_vm *vm = (wb_vm *)m;
    return vm->arch->virtual_supervisor(vm);
}

static void sync_counters(wb_vm *vm)
{
    wb_machine *v = vm->arch->vcpu(vm);
    vm->m.counters.insns = v->counters.insns;
    for (int k = 0; k < WB_TRAP_KINDS; k++)
        vm->m.counters.traps[k] = v->counters.traps[k];
}

static wb_exit exit_msg(wb_exit_kind k, const char *msg)
{
    wb_exit e;
    memset(&e, 0, sizeof e);
    e.kind = k;
    size_t n = strlen(msg);
    if (n >= sizeof e.msg)
        n = sizeof e.msg - 1;
    memcpy(e.msg, msg, n);
    e.msg[n] = 0;
    return e;
}

/* Interpret up to `n` steps on the virtual CPU.  Returns true with *out set when the VM must exit. */
static bool interpret(wb_vm *vm, uint64_t n, wb_exit *out)
{
    wb_machine *v = vm->arch->vcpu(vm);
    uint64_t before = v->counters.insns;
    wb_exit e = v->ops->run(v, n);
    vm->m.counters.interpreted += v->counters.insns - before;
    if (e.kind == WB_EXIT_BUDGET)
        return false;
    *out = e;
    return true;
}

/* The dispatcher: P&G's module that gets control on every trap. */
static wb_exit vm_run(wb_machine *m, uint64_t budget)
{
    wb_vm *vm = (wb_vm *)m;
    const wb_vmm_arch *a = vm->arch;
    wb_machine *v = a->vcpu(vm);
    wb_machine *host = vm->host;
    v->trace = m->trace;
    v->trace_ctx = m->trace_ctx;
    a->sync_trap_to_host(vm);
    uint64_t start = a->steps(vm);
    uint64_t end = UINT64_MAX - start < budget ? UINT64_MAX : start + budget;
    wb_exit out;
    uint64_t last = start, stalls = 0;
    for (;;) {
        uint64_t now = a->steps(vm);
        /* A monitor bug must not hang the host: the guest has to make progress. */
        if (now == last) {
            if (++stalls > 10000) {
                out = exit_msg(WB_EXIT_ERROR, "monitor makes no progress (10000 exits without a guest step)");
                break;
            }
        } else {
            last = now;
            stalls = 0;
        }
        if (now >= end) {
            sync_counters(vm);
            return exit_msg(WB_EXIT_BUDGET, "");
        }
        uint64_t left = end - now;
        if (vm->strategy == WB_STRATEGY_EMULATE) {
            if (interpret(vm, left, &out))
                break;
            continue;
        }
        if ((vm->strategy == WB_STRATEGY_HYBRID && a->virtual_supervisor(vm)) || a->attention(vm)) {
            if (interpret(vm, 1, &out))
                break;
            continue;
        }
        uint64_t lim = a->direct_limit(vm);
        if (lim > left)
            lim = left;
        if (lim == 0) {
            if (interpret(vm, 1, &out))
                break;
            continue;
        }
        vm->host_shared_since = vm->mon->last_entered != vm;
        vm->mon->last_entered = vm;
        a->enter(vm);
        wb_exit e = host->ops->run(host, lim);
        a->leave(vm);
        if (e.kind == WB_EXIT_BUDGET) {
            vm->stats.host_budget_exits++;
            continue;
        }
        if (e.kind != WB_EXIT_TRAP) {
            char msg[200];
            int k = snprintf(msg, sizeof msg, "host stopped while running the guest: %s %.100s", wb_exit_name(e.kind), e.msg);
            (void)k;
            out = exit_msg(WB_EXIT_ERROR, msg);
            break;
        }
        vm->stats.exits[e.trap.kind]++;
        vm->stats.exits_total++;
        wb_emu_result r = a->handle(vm, &e, &out);
        if (r == WB_EMU_DONE || r == WB_EMU_REFLECT)
            continue;
        if (r == WB_EMU_FAIL && out.kind != WB_EXIT_ERROR)
            out = exit_msg(WB_EXIT_ERROR, "monitor failed to handle a host exit");
        break;
    }
    sync_counters(vm);
    return out;
}

static int vm_decode(wb_machine *m, const uint8_t *insn, unsigned len)
{
    wb_machine *v = vcpu_of(m);
    return v->ops->decode ? v->ops->decode(v, insn, len) : -1;
}

static const wb_machine_ops vm_ops = {
    .destroy = vm_destroy,
    .reset = vm_reset,
    .start = vm_start,
    .run = vm_run,
    .get_reg = vm_get_reg,
    .set_reg = vm_set_reg,
    .read = vm_read,
    .write = vm_write,
    .state_size = vm_state_size,
    .save = vm_save,
    .restore = vm_restore,
    .get_key = vm_get_key,
    .set_key = vm_set_key,
    .supervisor = vm_supervisor,
    .decode = vm_decode,
};

wb_machine *wb_vm_create(wb_monitor *mon, wb_strategy strategy, uint64_t guest_size, const wb_core_config *cfg,
                         char *err, size_t errlen)
{
    const wb_vmm_arch *a = mon->arch;
    wb_machine *host = mon->host;
    if (!host->direct_storage) {
        snprintf(err, errlen, "the %s host offers no storage to partition", host->variant);
        return NULL;
    }
    uint64_t tables = round_up(mon->next_free, a->align);
    uint64_t base = round_up(tables + a->table_bytes, a->align);
    if (guest_size == 0 || base > host->storage_size || guest_size > host->storage_size - base) {
        snprintf(err, errlen,
                 "allocator: a %llu-byte guest does not fit: the host has %llu bytes, %llu are taken "
                 "(its low storage, the monitor's tables and earlier partitions)",
                 (unsigned long long)guest_size, (unsigned long long)host->storage_size,
                 (unsigned long long)base);
        return NULL;
    }
    wb_vm *vm = calloc(1, sizeof *vm);
    if (!vm) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    vm->mon = mon;
    vm->host = host;
    vm->level = wb_is_vm(host) ? ((wb_vm *)host)->level + 1 : 1;
    vm->strategy = strategy;
    vm->arch = a;
    vm->mon_base = tables;
    vm->mon_size = base - tables;
    vm->base = base;
    vm->size = guest_size;
    if (!a->init(vm, cfg, err, errlen)) {
        free(vm);
        return NULL;
    }
    wb_machine *v = a->vcpu(vm);
    vm->m.ops = &vm_ops;
    vm->m.arch = v->arch;
    vm->m.variant = v->variant;
    vm->m.regs = v->regs;
    vm->m.nregs = v->nregs;
    vm->m.insns = v->insns;
    vm->m.ninsns = v->ninsns;
    vm->m.storage_size = guest_size;
    vm->m.storage_unit = v->storage_unit;
    vm->m.direct_storage = v->direct_storage;
    vm->m.direct_keys = v->direct_keys;
    vm->m.key_block = v->key_block;
    vm->m.console = cfg->console;
    mon->next_free = base + guest_size;
    mon->nvms++;
    return &vm->m;
}
