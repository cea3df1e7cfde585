/* pdp10asm: assemble a MACRO-10-like source (cores/pdp10/asm.h) into the PDP-10 core's image
 * format.   usage: pdp10asm [-o OUT.img] SOURCE.mac */
#include "pdp10/asm.h"
#include "common/loader.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv)
{
    const char *out = NULL, *in = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-o") && i + 1 < argc)
            out = argv[++i];
        else if (argv[i][0] == '-' || in) {
            fprintf(stderr, "usage: pdp10asm [-o OUT.img] SOURCE.mac\n");
            return 2;
        } else
            in = argv[i];
    }
    if (!in) {
        fprintf(stderr, "usage: pdp10asm [-o OUT.img] SOURCE.mac\n");
        return 2;
    }
    uint8_t *src;
    size_t len;
    char err[256];
    if (wb_read_file(in, &src, &len, err, sizeof err) != WB_OK) {
        fprintf(stderr, "pdp10asm: %s\n", err);
        return 2;
    }
    /* assemble into memory first so a failed run leaves no half-written image */
    char *buf = NULL;
    size_t blen = 0;
    FILE *mem = open_memstream(&buf, &blen);
    if (!mem) {
        fprintf(stderr, "pdp10asm: out of memory\n");
        free(src);
        return 2;
    }
    pdp10_asm_result r;
    unsigned errors = pdp10_assemble(in, (const char *)src, len, mem, stderr, &r);
    fclose(mem);
    free(src);
    if (errors) {
        fprintf(stderr, "pdp10asm: %u error(s) in %s\n", errors, in);
        free(buf);
        return 1;
    }
    FILE *f = out ? fopen(out, "w") : stdout;
    if (!f) {
        perror(out);
        free(buf);
        return 2;
    }
    fwrite(buf, 1, blen, f);
    if (f != stdout && fclose(f) != 0) {
        perror(out);
        free(buf);
        return 2;
    }
    free(buf);
    return 0;
}
