/* The command line as a user meets it: exit statuses, error messages, JSON fields. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static char tmpdir[256];
static const char *vmwb;

/* Run a shell command line; returns exit status, stdout+stderr in out. */
static int sh(char *out, size_t outlen, const char *fmt, ...)
{
    char cmd[4096];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(cmd, sizeof cmd, fmt, ap);
    va_end(ap);
    char full[4200];
    snprintf(full, sizeof full, "%s 2>&1", cmd);
    FILE *p = popen(full, "r");
    assert_non_null(p);
    size_t n = fread(out, 1, outlen - 1, p);
    out[n] = 0;
    int st = pclose(p);
    return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

static void write_file(const char *name, const void *data, size_t n)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", tmpdir, name);
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fwrite(data, 1, n, f);
    fclose(f);
}

static void write_text(const char *name, const char *text) { write_file(name, text, strlen(text)); }

static int setup(void **state)
{
    (void)state;
    vmwb = getenv("VMWB");
    if (!vmwb)
        vmwb = "./vmwb";
    snprintf(tmpdir, sizeof tmpdir, "/tmp/vmwb-cli-XXXXXX");
    if (!mkdtemp(tmpdir))
        return -1;
    /* An IPL image: PSW at 0 = BC, disabled wait, IA 0x400, key 0; cc 2 to see in the PSW. */
    uint8_t img[16] = {0x00, 0x02, 0x00, 0x00, 0x20, 0x00, 0x04, 0x00};
    write_file("halt.bin", img, sizeof img);
    /* An image whose PSW enters an endless loop: BC 15 to itself at 0x400. */
    uint8_t loop[0x404] = {0};
    loop[6] = 0x04;
    loop[0x400] = 0x47; loop[0x401] = 0xF0; loop[0x402] = 0x04; loop[0x403] = 0x00;
    write_file("loop.bin", loop, sizeof loop);
    write_file("trunc.elf", "\177ELF\001\002\001", 7);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    char out[256];
    sh(out, sizeof out, "rm -rf %s", tmpdir);
    return 0;
}

static void help_texts(void **state)
{
    (void)state;
    static char out[16384];
    assert_int_equal(sh(out, sizeof out, "%s --help", vmwb), 0);
    assert_non_null(strstr(out, "run"));
    assert_int_equal(sh(out, sizeof out, "%s run --help", vmwb), 0);
    assert_non_null(strstr(out, "--max-insns"));
    assert_non_null(strstr(out, "[machine] core"));
    assert_int_equal(sh(out, sizeof out, "%s list --help", vmwb), 0);
    assert_int_equal(sh(out, sizeof out, "%s list", vmwb), 0);
    assert_non_null(strstr(out, "s370"));
    assert_int_equal(sh(out, sizeof out, "%s frobnicate", vmwb), 2);
    assert_int_equal(sh(out, sizeof out, "%s", vmwb), 2);
}

static void unknown_core_is_status_2(void **state)
{
    (void)state;
    char out[4096];
    assert_int_equal(sh(out, sizeof out, "%s run --core vax --load %s/halt.bin", vmwb, tmpdir), 2);
    assert_non_null(strstr(out, "unknown core 'vax'"));
}

static void missing_and_truncated_images(void **state)
{
    (void)state;
    char out[4096];
    assert_int_equal(sh(out, sizeof out, "%s run --core s370 --load %s/nope.bin", vmwb, tmpdir), 2);
    assert_non_null(strstr(out, "nope.bin"));
    assert_int_equal(sh(out, sizeof out, "%s run --core s370 --load %s/trunc.elf", vmwb, tmpdir), 2);
    assert_non_null(strstr(out, "truncated"));
    assert_int_equal(sh(out, sizeof out, "%s run --core s370 --guest no-such-guest", vmwb), 2);
    assert_non_null(strstr(out, "unknown guest"));
}

static void addresses_outside_storage(void **state)
{
    (void)state;
    char out[4096];
    assert_int_equal(sh(out, sizeof out, "%s run --core s370 --storage 64K --load %s/halt.bin@0x20000", vmwb, tmpdir), 2);
    assert_non_null(strstr(out, "do not fit"));
    assert_int_equal(sh(out, sizeof out, "%s run --core s370 --load %s/halt.bin --start 0x7000000", vmwb, tmpdir), 2);
    assert_non_null(strstr(out, "outside storage"));
    assert_int_equal(sh(out, sizeof out, "%s run --core s370 --load %s/halt.bin --dump 0xFFFFF0:0x100", vmwb, tmpdir), 2);
    assert_non_null(strstr(out, "outside storage"));
    assert_int_equal(sh(out, sizeof out, "%s run --core s370 --storage 99999G --load %s/halt.bin", vmwb, tmpdir), 2);
    assert_int_equal(sh(out, sizeof out, "%s run --core s370 --storage 1K --load %s/halt.bin", vmwb, tmpdir), 2);
    assert_non_null(strstr(out, "outside"));
}

static void bad_flags(void **state)
{
    (void)state;
    char out[4096];
    assert_int_equal(sh(out, sizeof out, "%s run --core s370 --bogus", vmwb), 2);
    assert_int_equal(sh(out, sizeof out, "%s run --core s370 --max-insns -5 --load %s/halt.bin", vmwb, tmpdir), 2);
    assert_int_equal(sh(out, sizeof out, "%s run --core s370 --monitor sideways --load %s/halt.bin", vmwb, tmpdir), 2);
    assert_non_null(strstr(out, "sideways"));
    assert_int_equal(sh(out, sizeof out, "%s run --core s370 --set nosuch.key=1 --load %s/halt.bin", vmwb, tmpdir), 2);
    assert_non_null(strstr(out, "nosuch.key"));
    assert_int_equal(sh(out, sizeof out, "%s run --core s370 --set garbage --load %s/halt.bin", vmwb, tmpdir), 2);
    assert_int_equal(sh(out, sizeof out, "%s run --core s370", vmwb), 2);
    assert_non_null(strstr(out, "nothing to run"));
}

static void ini_errors_name_file_line_and_key(void **state)
{
    (void)state;
    char out[4096];
    write_text("bad-key.ini", "[machine]\ncore = s370\n\n[run]\nspeed = 11\n");
    assert_int_equal(sh(out, sizeof out, "%s run %s/bad-key.ini", vmwb, tmpdir), 2);
    assert_non_null(strstr(out, "bad-key.ini:5:"));
    assert_non_null(strstr(out, "run.speed"));
    write_text("bad-value.ini", "[machine]\ncore = s370\nstorage = lots\n");
    assert_int_equal(sh(out, sizeof out, "%s run %s/bad-value.ini", vmwb, tmpdir), 2);
    assert_non_null(strstr(out, "bad-value.ini:3:"));
    assert_non_null(strstr(out, "machine.storage"));
    write_text("malformed.ini", "[machine]\ncore = s370\nthis line has no equals sign\n");
    assert_int_equal(sh(out, sizeof out, "%s run %s/malformed.ini", vmwb, tmpdir), 2);
    assert_non_null(strstr(out, "malformed.ini:3:"));
    write_text("nosection.ini", "core = s370\n");
    assert_int_equal(sh(out, sizeof out, "%s run %s/nosection.ini", vmwb, tmpdir), 2);
    assert_non_null(strstr(out, "nosection.ini:1:"));
    assert_int_equal(sh(out, sizeof out, "%s run %s/absent.ini", vmwb, tmpdir), 2);
    assert_non_null(strstr(out, "absent.ini"));
}

static void ini_and_flags_run_a_guest(void **state)
{
    (void)state;
    static char out[65536];
    char ini[1024];
    snprintf(ini, sizeof ini, "; a comment\n[machine]\ncore = s370\nstorage = 128K\n[guest]\nload = %s/halt.bin\n",
             tmpdir);
    write_text("good.ini", ini);
    assert_int_equal(sh(out, sizeof out, "%s run %s/good.ini --json -", vmwb, tmpdir), 0);
    assert_non_null(strstr(out, "\"exit\": \"halt\""));
    /* flags override the file: a 64K machine hashes fewer bytes than the 128K one */
    char out2[65536];
    assert_int_equal(sh(out2, sizeof out2, "%s run %s/good.ini --storage 64K --json -", vmwb, tmpdir), 0);
    const char *h1 = strstr(out, "memory_sha256"), *h2 = strstr(out2, "memory_sha256");
    assert_non_null(h1);
    assert_non_null(h2);
    assert_memory_not_equal(h1, h2, 80);
}

static void json_has_every_contract_field(void **state)
{
    (void)state;
    static char out[65536];
    assert_int_equal(sh(out, sizeof out, "%s run --core s370 --load %s/halt.bin --dump 0:8 --json -", vmwb, tmpdir), 0);
    const char *fields[] = {"\"core\": \"s370\"", "\"monitor\": \"none\"", "\"nest\"", "\"exit\": \"halt\"",
                            "\"insns\"", "\"total\"", "\"direct\"", "\"trapped\"", "\"interpreted\"", "\"traps\"",
                            "\"registers\"", "\"r0\"", "\"r15\"", "\"psw\": \"0x0002000020000400\"",
                            "\"memory_sha256\"", "\"dumps\"", "\"0x0\": \"0002000020000400\"", "\"console\""};
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
        if (!strstr(out, fields[i]))
            fail_msg("JSON lacks %s in:\n%s", fields[i], out);
    }
}

static void budget_exhaustion_is_nonzero(void **state)
{
    (void)state;
    static char out[65536];
    assert_int_equal(sh(out, sizeof out, "%s run --core s370 --load %s/loop.bin --max-insns 1000 --json -", vmwb, tmpdir), 1);
    assert_non_null(strstr(out, "\"exit\": \"budget\""));
    assert_non_null(strstr(out, "\"total\": 1000"));
}

static void trace_file_lists_instructions(void **state)
{
    (void)state;
    char out[4096], path[512];
    snprintf(path, sizeof path, "%s/trace.txt", tmpdir);
    assert_int_equal(sh(out, sizeof out, "%s run --core s370 --load %s/loop.bin --max-insns 3 --trace %s", vmwb, tmpdir, path), 1);
    assert_int_equal(sh(out, sizeof out, "cat %s", path), 0);
    assert_string_equal(out, "0 000400 47f00400 S\n1 000400 47f00400 S\n2 000400 47f00400 S\n");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(help_texts),
        cmocka_unit_test(unknown_core_is_status_2),
        cmocka_unit_test(missing_and_truncated_images),
        cmocka_unit_test(addresses_outside_storage),
        cmocka_unit_test(bad_flags),
        cmocka_unit_test(ini_errors_name_file_line_and_key),
        cmocka_unit_test(ini_and_flags_run_a_guest),
        cmocka_unit_test(json_has_every_contract_field),
        cmocka_unit_test(budget_exhaustion_is_nonzero),
        cmocka_unit_test(trace_file_lists_instructions),
    };
    return cmocka_run_group_tests_name("cli", tests, setup, teardown);
}
