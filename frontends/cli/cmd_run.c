/* vmwb run: build a machine, load a guest, run it, report. */
#include "frontends/cli/cli.h"
#include "frontends/common/check.h"
#include "frontends/common/multi.h"
#include <getopt.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

static void run_usage(FILE *f)
{
    fprintf(f,
            "usage: vmwb run [FILE.ini] [options]\n"
            "\n"
            "Runs a guest on a core (bare, or under a monitor) until it halts by its architecture's\n"
            "convention, waits for good, or spends its instruction budget.  Exit status: 0 when the\n"
            "guest halted (and --check passed), 1 otherwise, 2 for a usage or configuration error.\n"
            "\n"
            "options (each is also an .ini key, shown in brackets; flags override the file):\n"
            "  --core NAME          core: see vmwb list                         [machine] core\n"
            "  --storage SIZE       storage size, K/M suffix (PDP-10: words)    [machine] storage\n"
            "  --start ADDR         start here in supervisor state, disabled    [machine] start\n"
            "  --monitor MODE       none|auto|trap|hybrid|emulate|scan          [run] monitor\n"
            "  --nest N             monitor nesting depth                       [run] nest\n"
            "  --max-insns N        instruction budget (default 200000000)      [run] max_insns\n"
            "  --check              measure the Popek-Goldberg properties       [run] check\n"
            "  --guest NAME         a bundled guest of the core                 [guest] guest\n"
            "  --load FILE[@ADDR]   ELF32 image, or flat binary at ADDR         [guest] load\n"
            "  --console FILE|-     guest console text to FILE or stdout        [output] console\n"
            "  --json FILE|-        JSON result to FILE or stdout               [output] json\n"
            "  --trace FILE         one line per instruction                    [output] trace\n"
            "  --dump ADDR:LEN      storage bytes into the JSON (repeatable)    [output] dump\n"
            "  --vm CORE:GUEST[:STRATEGY[:NEST]]  one more time-shared VM  [vm.N] core, guest, ...\n"
            "  --quantum N          time slice in guest steps (several VMs)     [run] quantum\n"
            "  --set SECTION.KEY=VALUE   any .ini key\n"
            "  -h, --help           this text\n"
            "\n"
            "With [vm.N] sections or --vm, one monitor time-shares the core among several VMs, each\n"
            "in its own partition with its own console; --json reports each in a vms array.\n"
            "\n"
            "Addresses take C syntax: 0x1F, 0o17, 017, 31.  .ini keys:\n");
    for (const wb_config_key_doc *k = wb_config_keys(); k->section; k++)
        fprintf(f, "  [%s] %s = %s\t%s\n", k->section, k->key, k->value_help, k->help);
}

/* Several VMs time-shared by one monitor: [vm.N] sections or --vm. */
static int run_multi(const wb_run_config *cfg)
{
    char err[1024];
    if (cfg->check || cfg->trace[0] || cfg->ndumps || cfg->nloads || cfg->guest[0] || cfg->printer[0] ||
        cfg->console_input[0]) {
        fprintf(stderr, "vmwb run: with several VMs, --check, --trace, --dump, --load, --guest, the printer and "
                        "console input are not supported (give each VM a guest in [vm.N])\n");
        return 2;
    }
    wb_multi *mu = malloc(sizeof *mu);
    if (!mu) {
        fprintf(stderr, "vmwb run: out of memory\n");
        return 2;
    }
    if (!wb_multi_open(mu, cfg, err, sizeof err)) {
        fprintf(stderr, "vmwb run: %s\n", err);
        free(mu);
        return 2;
    }
    wb_multi_run(mu);
    int rc = wb_multi_all_halted(mu) && wb_multi_host_unchanged(mu) ? 0 : 1;
    if (cfg->console[0]) {
        bool live = strcmp(cfg->console, "-") == 0;
        FILE *f = live ? stdout : fopen(cfg->console, "w");
        if (!f) {
            fprintf(stderr, "vmwb run: cannot write %s\n", cfg->console);
            rc = 2;
        } else {
            for (unsigned i = 0; i < mu->n; i++) {
                const wb_console *c = &mu->vms[i].s.console;
                if (mu->vms[i].ts_index < 0)
                    continue;
                fprintf(f, "==== vm.%d (%s) ====\n", mu->vms[i].spec.number, mu->vms[i].spec.guest);
                if (c->len)
                    fwrite(c->out, 1, c->len, f);
            }
            if (!live)
                fclose(f);
        }
    }
    if (cfg->json[0]) {
        FILE *f = strcmp(cfg->json, "-") == 0 ? stdout : fopen(cfg->json, "w");
        if (!f) {
            fprintf(stderr, "vmwb run: cannot write %s\n", cfg->json);
            rc = 2;
        } else {
            wb_multi_json(mu, f);
            if (f != stdout)
                fclose(f);
        }
    }
    for (unsigned i = 0; i < mu->n; i++) {
        const wb_multi_vm *x = &mu->vms[i];
        if (x->ts_index >= 0 && mu->ts.vms[x->ts_index].state != WB_TS_HALTED)
            fprintf(stderr, "vmwb run: vm.%d did not halt: %s %s\n", x->spec.number,
                    wb_ts_state_name(mu->ts.vms[x->ts_index].state), mu->ts.vms[x->ts_index].exit.msg);
    }
    if (!wb_multi_host_unchanged(mu))
        fprintf(stderr, "vmwb run: the monitor's own storage changed\n");
    wb_multi_close(mu);
    free(mu);
    return rc;
}

typedef struct {
    const char *key;
    const char *value;
} pending_set;

int cli_run(int argc, char **argv)
{
    static const struct option opts[] = {
        {"core", required_argument, 0, 'c'},      {"storage", required_argument, 0, 's'},
        {"start", required_argument, 0, 'S'},     {"monitor", required_argument, 0, 'm'},
        {"nest", required_argument, 0, 'n'},      {"max-insns", required_argument, 0, 'x'},
        {"check", no_argument, 0, 'k'},           {"guest", required_argument, 0, 'g'},
        {"load", required_argument, 0, 'l'},      {"console", required_argument, 0, 'o'},
        {"json", required_argument, 0, 'j'},      {"trace", required_argument, 0, 't'},
        {"dump", required_argument, 0, 'd'},      {"set", required_argument, 0, 'e'},
        {"vm", required_argument, 0, 'V'},        {"quantum", required_argument, 0, 'q'},
        {"help", no_argument, 0, 'h'},            {0, 0, 0, 0},
    };
    pending_set sets[256];
    int nsets = 0;
    bool cli_loads = false, cli_dumps = false;
    optind = 1;
    opterr = 0;
    int ch;
    while ((ch = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        const char *key = NULL;
        switch (ch) {
        case 'c': key = "machine.core"; break;
        case 's': key = "machine.storage"; break;
        case 'S': key = "machine.start"; break;
        case 'm': key = "run.monitor"; break;
        case 'n': key = "run.nest"; break;
        case 'x': key = "run.max_insns"; break;
        case 'k': key = "run.check"; break;
        case 'g': key = "guest.guest"; break;
        case 'l': key = "guest.load"; cli_loads = true; break;
        case 'o': key = "output.console"; break;
        case 'j': key = "output.json"; break;
        case 't': key = "output.trace"; break;
        case 'd': key = "output.dump"; cli_dumps = true; break;
        case 'e': key = ""; break;
        case 'V': key = "vm"; break;
        case 'q': key = "run.quantum"; break;
        case 'h': run_usage(stdout); return 0;
        default:
            if (optopt)
                fprintf(stderr, "vmwb run: option -%c needs a value or is unknown (vmwb run --help)\n", optopt);
            else
                fprintf(stderr, "vmwb run: unknown or incomplete option '%s' (vmwb run --help)\n", argv[optind - 1]);
            return 2;
        }
        if (nsets >= (int)(sizeof sets / sizeof sets[0])) {
            fprintf(stderr, "vmwb run: too many options\n");
            return 2;
        }
        sets[nsets].key = key;
        sets[nsets].value = ch == 'k' ? "true" : optarg;
        nsets++;
    }
    wb_run_config cfg;
    wb_config_defaults(&cfg);
    char err[1024];
    if (optind < argc) {
        if (optind + 1 < argc) {
            fprintf(stderr, "vmwb run: only one configuration file may be given (got '%s' and '%s')\n", argv[optind],
                    argv[optind + 1]);
            return 2;
        }
        if (!wb_config_load_ini(&cfg, argv[optind], err, sizeof err)) {
            fprintf(stderr, "vmwb run: %s\n", err);
            return 2;
        }
    }
    if (cli_loads)
        cfg.nloads = 0;
    if (cli_dumps)
        cfg.ndumps = 0;
    for (int i = 0; i < nsets; i++) {
        bool ok;
        if (!sets[i].key[0]) {
            ok = wb_config_set_arg(&cfg, sets[i].value, err, sizeof err);
        } else if (strcmp(sets[i].key, "vm") == 0) {
            ok = wb_config_add_vm(&cfg, sets[i].value, err, sizeof err);
        } else {
            char buf[1200];
            snprintf(buf, sizeof buf, "%s=%s", sets[i].key, sets[i].value);
            ok = wb_config_set_arg(&cfg, buf, err, sizeof err);
        }
        if (!ok) {
            fprintf(stderr, "vmwb run: %s\n", err);
            return 2;
        }
    }
    if (cfg.nvms)
        return run_multi(&cfg);
    wb_session s;
    if (!wb_session_open(&s, &cfg, err, sizeof err)) {
        fprintf(stderr, "vmwb run: %s\n", err);
        return 2;
    }
    wb_check_result check;
    if (cfg.check) {
        if (!wb_check_run(&s, &check, err, sizeof err)) {
            fprintf(stderr, "vmwb run: --check: %s\n", err);
            wb_session_close(&s);
            return 2;
        }
        s.check = &check;
    } else {
        wb_session_run(&s);
    }
    int rc = s.exit.kind == WB_EXIT_HALT ? 0 : 1;
    if (cfg.check && !wb_check_passed(&check)) {
        rc = 1;
        fprintf(stderr, "vmwb run: check failed:%s%s%s\n", check.equivalence ? "" : " equivalence",
                check.resource_control ? "" : " resource-control", check.efficiency ? "" : " efficiency");
        if (check.has_divergence && check.div_bare.valid) {
            fprintf(stderr, "vmwb run: first divergence at instruction %llu: bare 0x%06llx (%s), monitored 0x%06llx (%s)\n",
                    (unsigned long long)check.div_bare.count, (unsigned long long)check.div_bare.addr,
                    check.div_bare.supervisor ? "supervisor" : "user", (unsigned long long)check.div_vm.addr,
                    check.div_vm.supervisor ? "supervisor" : "user");
            if (check.cause.valid)
                fprintf(stderr, "vmwb run: caused by instruction %llu at 0x%06llx (%s): the first after which a "
                                "visible register or the mode differs\n",
                        (unsigned long long)check.cause.count, (unsigned long long)check.cause.addr,
                        check.cause.supervisor ? "supervisor" : "user");
            if (check.div_prev.valid)
                fprintf(stderr, "vmwb run: preceded by instruction %llu at 0x%06llx, the last both ran alike\n",
                        (unsigned long long)check.div_prev.count, (unsigned long long)check.div_prev.addr);
        }
    }
    if (cfg.console[0] && strcmp(cfg.console, "-") != 0) {
        FILE *f = fopen(cfg.console, "w");
        if (!f) {
            fprintf(stderr, "vmwb run: cannot write %s\n", cfg.console);
            rc = 2;
        } else {
            if (s.console.len)
                fwrite(s.console.out, 1, s.console.len, f);
            fclose(f);
        }
    }
    if (cfg.json[0]) {
        FILE *f = strcmp(cfg.json, "-") == 0 ? stdout : fopen(cfg.json, "w");
        if (!f) {
            fprintf(stderr, "vmwb run: cannot write %s\n", cfg.json);
            rc = 2;
        } else {
            wb_session_json(&s, f);
            if (f != stdout)
                fclose(f);
        }
    }
    if (s.exit.kind != WB_EXIT_HALT)
        fprintf(stderr, "vmwb run: guest did not halt: %s%s%s\n", wb_exit_name(s.exit.kind), s.exit.msg[0] ? ": " : "",
                s.exit.msg);
    wb_session_close(&s);
    return rc;
}
