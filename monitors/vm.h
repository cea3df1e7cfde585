/* monitors/vm.h — the monitor framework: a virtual machine is a machine.
 *
 * A monitor runs on any wb_machine (a core, or another VM) and creates VMs that implement the same
 * interface, trap_to_host included, so nesting is composition (Popek & Goldberg's Theorem 2).  The
 * parts are those of P&G's control program:
 *   - the dispatcher (vm.c): runs the guest directly on the host or interprets it, and routes every
 *     exit to the architecture's routines;
 *   - the allocator (alloc.c): the only module that hands out host storage (partitions, tables);
 *   - the interpreter routines (monitors/<arch>/): emulate privileged instructions against the
 *     virtual machine's state, reflect interruptions, keep shadow translation tables.
 */
#ifndef WB_VM_H
#define WB_VM_H
#include "machine.h"
#include "registry.h"

typedef enum {
    WB_STRATEGY_TRAP,     /* Theorem 1: run directly, trap and emulate privileged instructions */
    WB_STRATEGY_HYBRID,   /* Theorem 3: interpret virtual supervisor mode, run virtual user mode directly */
    WB_STRATEGY_EMULATE,  /* interpret every instruction */
    WB_STRATEGY_SCAN,     /* run directly; code is scanned and its sensitive instructions patched (m68k) */
    WB_STRATEGY_COUNT
} wb_strategy;

const char *wb_strategy_name(wb_strategy s);
bool wb_strategy_parse(const char *name, wb_strategy *out);

/* Explicit results of an interpreter routine. */
typedef enum {
    WB_EMU_DONE,     /* emulated: resume the guest */
    WB_EMU_REFLECT,  /* delivered to the guest through its own vectors */
    WB_EMU_EXIT,     /* the VM itself must exit (halt, wait, trap_to_host, error): see out */
    WB_EMU_FAIL,     /* the monitor cannot continue */
} wb_emu_result;

/* Counters a VM keeps about itself, beyond the machine counters (insns, direct, trapped, interpreted). */
typedef struct {
    uint64_t exits[WB_TRAP_KINDS];  /* host exits received, by cause */
    uint64_t exits_total;
    uint64_t host_budget_exits;     /* direct runs ended by the budget or a virtual timer boundary */
    uint64_t shadow_faults;         /* translation faults resolved by filling shadow tables */
    uint64_t shadow_flushes;        /* shadow tables discarded (PTLB, new control registers) */
    uint64_t privops_received;      /* privileged operations its monitor-above performed on it */
    uint64_t host_ops;              /* privileged operations this VM performed on its host */
} wb_vm_stats;

typedef struct wb_vm wb_vm;

/* What a monitor needs from an architecture (monitors/<arch>/). */
typedef struct wb_vmm_arch {
    const char *arch;
    /* Build the virtual CPU over the partition and whatever the host needs (tables). */
    bool (*init)(wb_vm *vm, const wb_core_config *cfg, char *err, size_t errlen);
    void (*fini)(wb_vm *vm);
    /* The virtual CPU as a machine: its registers, storage and counters are the guest's. */
    wb_machine *(*vcpu)(wb_vm *vm);
    /* True when the guest is in virtual supervisor state. */
    bool (*virtual_supervisor)(wb_vm *vm);
    /* True when the next step must be interpreted (interruption due, wait state, timer boundary). */
    bool (*attention)(wb_vm *vm);
    /* Guest instructions that may run directly before the next virtual event. */
    uint64_t (*direct_limit)(wb_vm *vm);
    /* Load the host with the guest's state for direct execution / take it back afterwards. */
    void (*enter)(wb_vm *vm);
    void (*leave)(wb_vm *vm);
    /* Route one host exit (a trap while running directly). */
    wb_emu_result (*handle)(wb_vm *vm, const wb_exit *e, wb_exit *out);
    /* The VM's own trap_to_host changed: propagate to the virtual CPU. */
    void (*sync_trap_to_host)(wb_vm *vm);
    /* Called after a monitor-above changed a privileged register of this VM. */
    void (*privileged_reg_set)(wb_vm *vm, unsigned idx);
    /* Guest steps (instructions + interruptions) so far, as the virtual CPU counts them. */
    uint64_t (*steps)(wb_vm *vm);
    /* Monitor-owned host storage per VM (tables), and the granule partitions are aligned to. */
    uint64_t table_bytes, align;
} wb_vmm_arch;

/* A monitor: owns one host machine and allocates its storage to the VMs it creates. */
typedef struct wb_monitor {
    wb_machine *host;
    const wb_vmm_arch *arch;
    uint64_t next_free;        /* allocator: host storage below this is handed out */
    const struct wb_vm *last_entered; /* the VM that last ran directly on the host */
    unsigned nvms;
} wb_monitor;

struct wb_vm {
    wb_machine m;              /* must be first: a VM is a machine */
    wb_monitor *mon;
    wb_machine *host;          /* the machine below (core or VM) */
    unsigned level;            /* 1 on a core, host level + 1 on a VM */
    wb_strategy strategy;
    const wb_vmm_arch *arch;
    void *arch_state;
    uint64_t base, size;       /* the guest's storage: host real [base, base+size) */
    uint64_t mon_base, mon_size; /* monitor-owned host storage (translation tables) */
    wb_vm_stats stats;
    uint64_t steps;            /* guest steps (instructions + interruptions) */
    bool host_shared_since;    /* set before enter(): a sibling ran on the host since this VM did, so
                                * host state the architecture caches (TLB entries, registers) is stale */
};

/* A monitor over `host`; NULL with a message when the architecture has no monitor. */
wb_monitor *wb_monitor_create(wb_machine *host, char *err, size_t errlen);
void wb_monitor_destroy(wb_monitor *mon);
/* Create a VM of `guest_size` bytes; the allocator places its partition and tables in the host's storage
 * and refuses, saying why, when they do not fit. */
wb_machine *wb_vm_create(wb_monitor *mon, wb_strategy strategy, uint64_t guest_size, const wb_core_config *cfg,
                         char *err, size_t errlen);
bool wb_is_vm(const wb_machine *m);
/* Count one privileged operation a monitor performs on machine m (free on a core: it runs natively;
 * on a VM it is a trap the VM's own monitor emulates). */
void wb_host_privop(wb_machine *m);

/* Host storage a guest of `guest_size` needs at nesting depth `depth` (one VM per level). */
uint64_t wb_vm_host_size(const wb_vmm_arch *arch, uint64_t guest_size, unsigned depth);

/* The architecture's monitor routines, NULL when no monitor exists for it yet. */
const wb_vmm_arch *wb_vmm_for(const char *arch);

#endif
