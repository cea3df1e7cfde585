/* Common parts: SHA-256, number parsing, the loaders, the console capture, JSON escaping. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "common/console.h"
#include "common/json.h"
#include "common/loader.h"
#include "common/parse.h"
#include "common/sha256.h"
#include "registry.h"

static void sha256_known_vectors(void **state)
{
    (void)state;
    /* FIPS 180-2 appendix B.1 and the empty string */
    uint8_t d[32];
    char hex[65];
    wb_sha256 s;
    wb_sha256_init(&s);
    wb_sha256_update(&s, "abc", 3);
    wb_sha256_final(&s, d);
    wb_sha256_hex(d, hex);
    assert_string_equal(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    wb_sha256_init(&s);
    wb_sha256_final(&s, d);
    wb_sha256_hex(d, hex);
    assert_string_equal(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    /* B.2: two-block message, fed in odd pieces */
    const char *msg = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    wb_sha256_init(&s);
    for (size_t i = 0; i < strlen(msg); i += 7)
        wb_sha256_update(&s, msg + i, strlen(msg) - i < 7 ? strlen(msg) - i : 7);
    wb_sha256_final(&s, d);
    wb_sha256_hex(d, hex);
    assert_string_equal(hex, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

static void parse_numbers(void **state)
{
    (void)state;
    uint64_t v;
    assert_true(wb_parse_u64("0x1F", &v));
    assert_int_equal(v, 31);
    assert_true(wb_parse_u64("0o17", &v));
    assert_int_equal(v, 15);
    assert_true(wb_parse_u64("017", &v));
    assert_int_equal(v, 15);
    assert_true(wb_parse_u64("31", &v));
    assert_int_equal(v, 31);
    assert_true(wb_parse_u64("0", &v));
    assert_int_equal(v, 0);
    assert_false(wb_parse_u64("", &v));
    assert_false(wb_parse_u64("-1", &v));
    assert_false(wb_parse_u64("0x", &v));
    assert_false(wb_parse_u64("12z", &v));
    assert_false(wb_parse_u64("099", &v));
    assert_false(wb_parse_u64("99999999999999999999999", &v));
    assert_true(wb_parse_size("64K", &v));
    assert_int_equal(v, 65536);
    assert_true(wb_parse_size("16m", &v));
    assert_int_equal(v, 16u << 20);
    assert_true(wb_parse_size("256K", &v));
    assert_int_equal(v, 262144);
    assert_false(wb_parse_size("K", &v));
    assert_false(wb_parse_size("99999999999999999999G", &v));
    assert_false(wb_parse_size("17179869184G", &v));   /* overflows 64 bits */
}

static wb_machine *new_s370(void)
{
    char err[256];
    wb_core_config cfg = {.storage = 65536};
    wb_machine *m = wb_core_create("s370", &cfg, err, sizeof err);
    assert_non_null(m);
    return m;
}

/* A minimal big-endian ELF32 with one PT_LOAD segment of `n` bytes at paddr. */
static size_t make_elf(uint8_t *buf, uint32_t paddr, const uint8_t *data, uint32_t n, uint32_t memsz)
{
    memset(buf, 0, 52 + 32 + n);
    memcpy(buf, "\177ELF", 4);
    buf[4] = 1;       /* ELFCLASS32 */
    buf[5] = 2;       /* ELFDATA2MSB */
    buf[6] = 1;
    buf[17] = 2;      /* ET_EXEC */
    buf[19] = 22;     /* EM_S390 */
    buf[27] = 0x10;   /* e_entry = 0x10 */
    buf[31] = 52;     /* e_phoff */
    buf[43] = 32;     /* e_phentsize */
    buf[45] = 1;      /* e_phnum */
    uint8_t *ph = buf + 52;
    ph[3] = 1;        /* PT_LOAD */
    ph[7] = 52 + 32;  /* p_offset */
    ph[12] = (uint8_t)(paddr >> 24); ph[13] = (uint8_t)(paddr >> 16); ph[14] = (uint8_t)(paddr >> 8); ph[15] = (uint8_t)paddr;
    ph[18] = (uint8_t)(n >> 8); ph[19] = (uint8_t)n;
    ph[22] = (uint8_t)(memsz >> 8); ph[23] = (uint8_t)memsz;
    memcpy(buf + 52 + 32, data, n);
    return 52 + 32 + n;
}

static void load_elf_segments(void **state)
{
    (void)state;
    wb_machine *m = new_s370();
    uint8_t img[200], data[4] = {1, 2, 3, 4}, out[8];
    size_t n = make_elf(img, 0x2000, data, 4, 8);
    wb_load_info li;
    char err[256];
    uint8_t junk[8] = {9, 9, 9, 9, 9, 9, 9, 9};
    m->ops->write(m, 0x2000, junk, 8);
    assert_int_equal(wb_load_buffer(m, "t.elf", img, n, false, 0, &li, err, sizeof err), WB_OK);
    assert_true(li.has_entry);
    assert_int_equal(li.entry, 0x10);
    assert_int_equal(li.lo, 0x2000);
    assert_int_equal(li.hi, 0x2008);
    m->ops->read(m, 0x2000, out, 8);
    uint8_t want[8] = {1, 2, 3, 4, 0, 0, 0, 0};   /* memsz beyond filesz is zeroed */
    assert_memory_equal(out, want, 8);
    wb_destroy(m);
}

static void load_elf_errors(void **state)
{
    (void)state;
    wb_machine *m = new_s370();
    uint8_t img[200], data[4] = {1, 2, 3, 4};
    size_t n = make_elf(img, 0x2000, data, 4, 4);
    wb_load_info li;
    char err[256];
    /* truncated header */
    assert_int_equal(wb_load_buffer(m, "t.elf", img, 30, false, 0, &li, err, sizeof err), WB_ERR_FORMAT);
    assert_non_null(strstr(err, "truncated"));
    /* truncated segment data */
    assert_int_equal(wb_load_buffer(m, "t.elf", img, n - 2, false, 0, &li, err, sizeof err), WB_ERR_FORMAT);
    assert_non_null(strstr(err, "truncated"));
    /* 64-bit */
    img[4] = 2;
    assert_int_equal(wb_load_buffer(m, "t.elf", img, n, false, 0, &li, err, sizeof err), WB_ERR_FORMAT);
    img[4] = 1;
    /* little-endian */
    img[5] = 1;
    assert_int_equal(wb_load_buffer(m, "t.elf", img, n, false, 0, &li, err, sizeof err), WB_ERR_FORMAT);
    img[5] = 2;
    /* segment outside storage (64K machine) */
    n = make_elf(img, 0xFFFFFE, data, 4, 4);
    assert_int_equal(wb_load_buffer(m, "t.elf", img, n, false, 0, &li, err, sizeof err), WB_ERR_ADDRESS);
    assert_non_null(strstr(err, "do not fit"));
    wb_destroy(m);
}

static void load_flat(void **state)
{
    (void)state;
    wb_machine *m = new_s370();
    uint8_t data[3] = {0xAA, 0xBB, 0xCC}, out[3];
    wb_load_info li;
    char err[256];
    assert_int_equal(wb_load_buffer(m, "f.bin", data, 3, true, 0x400, &li, err, sizeof err), WB_OK);
    assert_false(li.has_entry);
    m->ops->read(m, 0x400, out, 3);
    assert_memory_equal(out, data, 3);
    assert_int_equal(wb_load_buffer(m, "f.bin", data, 3, true, 65535, &li, err, sizeof err), WB_ERR_ADDRESS);
    assert_int_equal(wb_load_buffer(m, "f.bin", data, 0, true, 0, &li, err, sizeof err), WB_ERR_FORMAT);
    assert_int_equal(wb_load_file(m, "/nonexistent/image", false, 0, &li, err, sizeof err), WB_ERR_NOFILE);
    assert_non_null(strstr(err, "/nonexistent/image"));
    wb_destroy(m);
}

static void registry_rejects_bad_cores_and_sizes(void **state)
{
    (void)state;
    char err[256];
    wb_core_config cfg = {.storage = 0};
    assert_null(wb_core_create("vax", &cfg, err, sizeof err));
    assert_non_null(strstr(err, "unknown core 'vax'"));
    cfg.storage = 1ull << 40;
    assert_null(wb_core_create("s370", &cfg, err, sizeof err));
    assert_non_null(strstr(err, "outside"));
    cfg.storage = 65536 + 100;   /* not a multiple of 4K */
    assert_null(wb_core_create("s370", &cfg, err, sizeof err));
}

static void console_capture_and_limit(void **state)
{
    (void)state;
    wb_console c;
    wb_console_init(&c);
    c.limit = 5;
    wb_console_write(&c, "hello world", 11);
    assert_int_equal(c.len, 5);
    assert_string_equal(c.out, "hello");
    assert_int_equal(c.dropped, 6);
    c.in_str = "ab";
    assert_int_equal(wb_console_getc(&c), 'a');
    assert_int_equal(wb_console_getc(&c), 'b');
    assert_int_equal(wb_console_getc(&c), -1);
    wb_console_free(&c);
}

static void json_escapes(void **state)
{
    (void)state;
    char buf[256] = {0};
    FILE *f = fmemopen(buf, sizeof buf - 1, "w");
    wb_json j;
    wb_json_init(&j, f, 0);
    wb_json_begin_object(&j);
    wb_json_key(&j, "s");
    wb_json_string_n(&j, "a\"b\\c\n\x01", 7);
    wb_json_key(&j, "a");
    wb_json_begin_array(&j);
    wb_json_uint(&j, 1);
    wb_json_hex(&j, 0xab, 4);
    wb_json_end_array(&j);
    wb_json_end_object(&j);
    fclose(f);
    assert_string_equal(buf, "{\"s\":\"a\\\"b\\\\c\\n\\u0001\",\"a\":[1,\"0x00ab\"]}");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(sha256_known_vectors),  cmocka_unit_test(parse_numbers),
        cmocka_unit_test(load_elf_segments),     cmocka_unit_test(load_elf_errors),
        cmocka_unit_test(load_flat),             cmocka_unit_test(registry_rejects_bad_cores_and_sizes),
        cmocka_unit_test(console_capture_and_limit), cmocka_unit_test(json_escapes),
    };
    return cmocka_run_group_tests_name("common", tests, NULL, NULL);
}
