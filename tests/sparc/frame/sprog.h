/* Macros for the assembly differential programs: main is called by crt0 in supervisor state with
 * traps enabled; DUMP prints g1-g7, o0-o7, Y and icc; REPORT prints the trap log. */
#define PROLOG .text; .global main; main: save %sp, -96, %sp
#define EPILOG ret; restore
#define DUMP ta 0x7f
#define REPORT call report; nop
#define TO_USER ta 2
#define TO_SUPER ta 1
