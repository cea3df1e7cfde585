/* A small MACRO-10-like assembler for the PDP-10 guests (used by tools/pdp10asm and tests).
 *
 * Source syntax (a subset of MACRO-10):
 *   ; comment                      to the end of the line
 *   LABEL:  op ac,@e(x)            instruction; "ac," "@" "(x)" optional; numbers octal
 *   SYM=expr   SYM==expr           symbol definition
 *   expr   or   l,,r               a data word (expression, or two half words)
 *   XWD l,r      EXP a,b,...       data words
 *   BLOCK n      LOC addr          reserve n words / set the location counter
 *   ASCIZ /text/  ASCII /text/     7-bit text, 5 characters a word (a line break inside the
 *                                  text stores CR LF); ASCIZ ends with a zero byte
 *   SIXBIT /TEXT/                  6-bit text, 6 characters a word
 *   POINT s,addr,p                 byte pointer; s and p decimal as in MACRO-10 (p = bit
 *                                  position of the byte's last bit; omitted: before bit 0)
 *   CONO dev,e  DATAO dev,e ...    in-out instructions; APR=0, PI=4, TTY=120 predefined
 *   [expr-or-instruction]          a literal: the word is placed after the program and its
 *                                  address used
 *   END start                      start address
 * Expressions: octal numbers (a trailing '.' or the prefix ^D makes one decimal, ^O octal, ^B
 * binary), symbols, '.', "c" (ASCII value), unary - and +, binary + - * / & ! (or) ^!(xor),
 * and <...> for grouping.
 *
 * Output: the core's image format (see cores/pdp10/image.c). */
#ifndef PDP10_ASM_H
#define PDP10_ASM_H
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

typedef struct {
    uint32_t start;
    int has_start;
    unsigned words;      /* words emitted */
    unsigned errors;
} pdp10_asm_result;

/* Assemble src (name is used in messages).  Writes the image to out (may be NULL) and error
 * messages ("name:line: message") to err (may be NULL).  Returns the number of errors. */
unsigned pdp10_assemble(const char *name, const char *src, size_t len, FILE *out, FILE *err,
                        pdp10_asm_result *res);

#endif
