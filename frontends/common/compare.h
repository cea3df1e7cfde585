/* The comparison matrix (`vmwb compare`): every standard guest of every core that has a monitor, under
 * every strategy and at several nesting depths, measured in one process with wb_check_run, set beside
 * what Popek & Goldberg's theorems (with the classifier's verdict on the core) predict. */
#ifndef WB_COMPARE_H
#define WB_COMPARE_H
#include "frontends/common/check.h"
#include "monitors/vm.h"
#include <stdio.h>

#define WB_CMP_MAX_CORES 8
#define WB_CMP_MAX_GUESTS 8
#define WB_CMP_MAX_NESTS 8
#define WB_CMP_DEFAULT_MAX_INSNS 1000000ull   /* 14x the longest bare standard guest (PDP-10 minios) */

/* What the theory says about one property of one run. */
typedef enum { WB_PRED_ANY, WB_PRED_PASS, WB_PRED_FAIL } wb_cmp_pred;

typedef struct {
    const char *cores[WB_CMP_MAX_CORES];      /* none given: every core that has a monitor */
    unsigned ncores;
    const char *guests[WB_CMP_MAX_GUESTS];    /* none given: each core's standard guests */
    unsigned nguests;
    wb_strategy strategies[WB_STRATEGY_COUNT];/* none given: every strategy of the core */
    unsigned nstrategies;
    unsigned nests[WB_CMP_MAX_NESTS];         /* none given: 1, 2, 4 */
    unsigned nnests;
    uint64_t max_insns;                       /* 0: WB_CMP_DEFAULT_MAX_INSNS */
} wb_cmp_options;

typedef struct {
    char core[16], guest[64], strategy[16];
    unsigned nest;
    bool na;                     /* the framework (or the selection) refused the combination */
    char na_reason[256];
    wb_check_result check;
    char exit[16];               /* how the monitored run ended */
    uint64_t insns, direct, trapped, interpreted;
    uint64_t level0_exits, inner_exits;
    double exit_multiplication;  /* level-0 exits per exit of the innermost VM */
    double host_seconds;
    char preceded_by[32];        /* mnemonic of the last instruction both runs executed alike */
    wb_cmp_pred pred_equivalence, pred_resource, pred_efficiency;
    char pred_why[96];
    bool as_predicted;
} wb_cmp_row;

typedef struct {
    char core[16];
    char verdict[16];            /* theorem1 | theorem3 | none | error */
    char reason[320];            /* the classifier's sentence */
    char auto_strategy[16];      /* what --monitor auto chooses */
} wb_cmp_core;

typedef struct {
    wb_cmp_row *rows;
    size_t n;
    wb_cmp_core cores[WB_CMP_MAX_CORES];
    unsigned ncores;
    uint64_t max_insns;
    double seconds;              /* host time for the whole matrix */
    unsigned unexpected;         /* rows whose outcome contradicts a prediction */
} wb_cmp_matrix;

/* The standard guests of a core (NULL-terminated); NULL when the core has no monitor. */
const char *const *wb_cmp_standard_guests(const char *core);
/* Whether a strategy exists for a core's monitor (scan: the 68k only). */
bool wb_cmp_strategy_exists(const char *core, wb_strategy s);

/* Check the selection (false with a message: a usage error) and run every combination. */
bool wb_compare_run(const wb_cmp_options *o, wb_cmp_matrix *mx, char *err, size_t errlen);
void wb_compare_free(wb_cmp_matrix *mx);

void wb_compare_table(const wb_cmp_matrix *mx, FILE *f);
void wb_compare_csv(const wb_cmp_matrix *mx, FILE *f);
void wb_compare_json(const wb_cmp_matrix *mx, FILE *f);
void wb_compare_svg(const wb_cmp_matrix *mx, FILE *f);

const char *wb_cmp_pred_name(wb_cmp_pred p);   /* "any", "pass", "fail" */

#endif
