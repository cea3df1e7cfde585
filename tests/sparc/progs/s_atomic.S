/* LDSTUB sets the byte to FF and returns the old value; SWAP exchanges (V8 B.7, B.8). */
#include "sprog.h"
PROLOG
    set buf, %l0
    ldstub [%l0], %g1
    ldstub [%l0], %g2
    ldstub [%l0 + 3], %g3
    ld [%l0], %g4
    set 0x01020304, %g5
    swap [%l0 + 4], %g5
    ld [%l0 + 4], %g6
    mov 4, %l1
    mov 77, %g7
    swap [%l0 + %l1], %g7
    DUMP
EPILOG
    .data
    .align 8
buf: .word 0x00000012, 0xa5a5a5a5
