/* The in-tree assembler (cores/pdp10/asm.c): each test assembles a snippet, loads the image
 * into a machine and checks words built field by field with pdp10t_ins. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "tests/pdp10/pdp10t.h"
#include "pdp10/asm.h"

#define I pdp10t_ins

/* Assemble src into c; returns the error count. */
static unsigned assemble(pdp10_cpu *c, const char *src, pdp10_asm_result *r)
{
    char *out = NULL, *err = NULL;
    size_t olen = 0, elen = 0;
    FILE *o = open_memstream(&out, &olen), *e = open_memstream(&err, &elen);
    unsigned n = pdp10_assemble("t.mac", src, strlen(src), o, e, r);
    fclose(o);
    fclose(e);
    if (elen)
        printf("%s", err);
    if (n == 0) {
        uint32_t entry;
        char msg[200];
        assert_int_equal(pdp10_load_image_text(c, out, olen, "t.img", &entry, msg, sizeof msg), WB_OK);
    }
    free(out);
    free(err);
    return n;
}

static void instructions(void **s)
{
    (void)s;
    pdp10_cpu *c = pdp10t_new(16384);
    pdp10_asm_result r;
    assert_int_equal(assemble(c,
        "        LOC 1000\n"
        "START:  MOVE 1,@2000(3)   ; all the fields\n"
        "        MOVEI 2,FOO\n"
        "        JRST START\n"
        "        HALT .\n"
        "        JOV 5\n"
        "        CONO TTY,20\n"
        "        DATAO PI,100(2)\n"
        "        SETZM\n"
        "FOO:    ADDI 17,-1\n"
        "        END START\n", &r), 0);
    assert_true(r.has_start);
    assert_int_equal(r.start, 01000);
    assert_int_equal(pdp10t_get(c, 01000), I(0200, 1, 1, 3, 02000));
    assert_int_equal(pdp10t_get(c, 01001), I(0201, 2, 0, 0, 01010));
    assert_int_equal(pdp10t_get(c, 01002), I(0254, 0, 0, 0, 01000));
    assert_int_equal(pdp10t_get(c, 01003), I(0254, 4, 0, 0, 01003));
    assert_int_equal(pdp10t_get(c, 01004), I(0255, 010, 0, 0, 5));
    assert_int_equal(pdp10t_get(c, 01005), (7ull << 33) | (024ull << 26) | (4ull << 23) | 020);
    assert_int_equal(pdp10t_get(c, 01006), (7ull << 33) | (1ull << 26) | (3ull << 23) | (2ull << 18) | 0100);
    assert_int_equal(pdp10t_get(c, 01007), I(0402, 0, 0, 0, 0));
    assert_int_equal(pdp10t_get(c, 01010), I(0271, 017, 0, 0, 0777777));
    assert_int_equal(r.words, 9);
    pdp10t_free(c);
}

static void data_and_expressions(void **s)
{
    (void)s;
    pdp10_cpu *c = pdp10t_new(16384);
    pdp10_asm_result r;
    assert_int_equal(assemble(c,
        "A=10\n"
        "B==<A+2>*3\n"
        "        LOC 2000\n"
        "        XWD 1,2\n"
        "        EXP 5,-1\n"
        "        3,,A\n"
        "        B\n"
        "        10.\n"
        "        ^D100\n"
        "        1B0\n"
        "        \"AB\"\n"
        "        A&6!1\n"
        "        BLOCK 3\n"
        "        .\n"
        "        END\n", &r), 0);
    assert_int_equal(pdp10t_get(c, 02000), pdp10t_xwd(1, 2));
    assert_int_equal(pdp10t_get(c, 02001), 5);
    assert_int_equal(pdp10t_get(c, 02002), 0777777777777);
    assert_int_equal(pdp10t_get(c, 02003), pdp10t_xwd(3, 010));
    assert_int_equal(pdp10t_get(c, 02004), 036);            /* (10+2)*3 octal */
    assert_int_equal(pdp10t_get(c, 02005), 10);
    assert_int_equal(pdp10t_get(c, 02006), 100);
    assert_int_equal(pdp10t_get(c, 02007), 0400000000000);
    assert_int_equal(pdp10t_get(c, 02010), (0101 << 7) | 0102);
    assert_int_equal(pdp10t_get(c, 02011), 1);              /* 10 & 6 = 0, ! 1 */
    assert_int_equal(pdp10t_get(c, 02015), 02015);          /* after BLOCK 3 */
    assert_false(r.has_start);
    pdp10t_free(c);
}

static void text_and_pointers(void **s)
{
    (void)s;
    pdp10_cpu *c = pdp10t_new(16384);
    pdp10_asm_result r;
    assert_int_equal(assemble(c,
        "        LOC 3000\n"
        "T1:     ASCIZ /ABCDE/\n"
        "T2:     ASCII \"HI\"\n"
        "T3:     SIXBIT /ABC/\n"
        "P1:     POINT 7,T1\n"
        "P2:     POINT 6,T3,11\n"       /* decimal: P = 35 - 11 = 24 */
        "P3:     POINT 36,@T1(5),35\n"
        "T4:     ASCIZ /A\n"
        "B/\n"
        "        END\n", &r), 0);
    uint64_t abcde = (0101ull << 29) | (0102ull << 22) | (0103ull << 15) | (0104ull << 8) | (0105ull << 1);
    assert_int_equal(pdp10t_get(c, 03000), abcde);
    assert_int_equal(pdp10t_get(c, 03001), 0);              /* ASCIZ: five characters need a zero word */
    assert_int_equal(pdp10t_get(c, 03002), (0110ull << 29) | (0111ull << 22));
    assert_int_equal(pdp10t_get(c, 03003), 0414243000000);
    assert_int_equal(pdp10t_get(c, 03004), pdp10t_xwd(0440700, 03000));
    assert_int_equal(pdp10t_get(c, 03005), pdp10t_xwd(0300600, 03003));
    assert_int_equal(pdp10t_get(c, 03006), pdp10t_xwd(0004420 | 5, 03000));   /* P 0, S 36, @, X 5 */
    /* a line break inside the text stores CR LF */
    assert_int_equal(pdp10t_get(c, 03007), (0101ull << 29) | (015ull << 22) | (012ull << 15) | (0102ull << 8));
    pdp10t_free(c);
}

static void literals(void **s)
{
    (void)s;
    pdp10_cpu *c = pdp10t_new(16384);
    pdp10_asm_result r;
    assert_int_equal(assemble(c,
        "        LOC 1000\n"
        "        MOVE 1,[123456,,654321]\n"
        "        MOVE 2,[POINT 7,MSG]\n"
        "        CAME 3,[MOVEI 4,5]\n"
        "MSG:    0\n"
        "        END\n", &r), 0);
    /* literals follow the program: 1004, 1005, 1006 */
    assert_int_equal(pdp10t_get(c, 01000), I(0200, 1, 0, 0, 01004));
    assert_int_equal(pdp10t_get(c, 01004), pdp10t_xwd(0123456, 0654321));
    assert_int_equal(pdp10t_get(c, 01001), I(0200, 2, 0, 0, 01005));
    assert_int_equal(pdp10t_get(c, 01005), pdp10t_xwd(0440700, 01003));
    assert_int_equal(pdp10t_get(c, 01002), I(0312, 3, 0, 0, 01006));
    assert_int_equal(pdp10t_get(c, 01006), I(0201, 4, 0, 0, 5));
    pdp10t_free(c);
}

static void errors(void **s)
{
    (void)s;
    pdp10_cpu *c = pdp10t_new(16384);
    pdp10_asm_result r;
    assert_int_equal(assemble(c, "        MOVE 1,NOWHERE\n        END\n", &r), 1);
    assert_int_equal(assemble(c, "        EXP 18\n        END\n", &r), 1);          /* 8 is not octal */
    assert_int_equal(assemble(c, "X:      0\nX:      0\n        END\n", &r), 1);    /* label twice */
    assert_int_equal(assemble(c, "        MOVE 20,1\n        END\n", &r), 1);      /* AC 20 */
    assert_int_equal(assemble(c, "        ASCIZ /abc\n", &r), 1);                  /* text not closed */
    assert_true(assemble(c, "        MOVE 1,(\n        END\n", &r) > 0);
    assert_int_equal(assemble(c, "        FOO BAR BAZ\n        END\n", &r) > 0, 1);
    pdp10t_free(c);
}

static void hello_runs(void **s)
{
    (void)s;
    /* the bundled guest, assembled here from its source */
    FILE *f = fopen("guests/pdp10/hello.mac", "r");
    if (!f)
        skip();
    char src[8192];
    size_t n = fread(src, 1, sizeof src - 1, f);
    fclose(f);
    src[n] = 0;
    pdp10_cpu *c = pdp10t_new(16384);
    wb_console con;
    wb_console_init(&con);
    c->m.console = &con;
    pdp10_asm_result r;
    assert_int_equal(assemble(c, src, &r), 0);
    wb_exit e = pdp10t_run(c, r.start, 100000);
    assert_int_equal(e.kind, WB_EXIT_HALT);
    assert_string_equal(con.out, "Hello from the PDP-10 KA10!\r\n");
    wb_console_free(&con);
    pdp10t_free(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(instructions), cmocka_unit_test(data_and_expressions), cmocka_unit_test(text_and_pointers),
        cmocka_unit_test(literals),     cmocka_unit_test(errors),               cmocka_unit_test(hello_runs),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
