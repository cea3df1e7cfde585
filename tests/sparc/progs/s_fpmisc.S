/* FPops beyond the compiler's choice: FMOVs/FNEGs/FABSs, FsMULd, FiTOd/FdTOi/FdTOs, FCMPEs with
 * TEM.NV trapping (fp_exception, ftt 1), LDDF/STDF, and cexc after an exact op (V8 B.33-B.38). */
#include "sprog.h"
PROLOG
    set buf, %l0
    ldd [%l0], %f0              /* f0 = -1.5f, f1 = 3.0f */
    fmovs %f0, %f2
    fnegs %f0, %f3
    fabss %f0, %f4
    fsmuld %f0, %f1, %f6        /* -4.5 double */
    std %f2, [%l0 + 16]
    ldd [%l0 + 16], %g2
    st %f4, [%l0 + 16]
    ld [%l0 + 16], %g4
    std %f6, [%l0 + 16]
    ldd [%l0 + 16], %o0
    ld [%l0 + 8], %f8           /* integer -7 */
    fitod %f8, %f10
    fdtoi %f6, %f12             /* -4 */
    fdtos %f6, %f13
    std %f10, [%l0 + 16]
    ldd [%l0 + 16], %o2
    std %f12, [%l0 + 16]
    ldd [%l0 + 16], %o4
    st %fsr, [%l0 + 24]
    ld [%l0 + 24], %g1
    DUMP
    set 0x08000000, %l1         /* TEM.NV (bit 27) */
    st %l1, [%l0 + 24]
    ld [%l0 + 24], %fsr
    ld [%l0 + 12], %f14         /* quiet NaN */
    fcmps %f0, %f14             /* no trap: quiet NaN, plain compare */
    st %fsr, [%l0 + 24]
    ld [%l0 + 24], %g5
    fcmpes %f0, %f14            /* traps */
    st %fsr, [%l0 + 24]
    ld [%l0 + 24], %g6
    st %g0, [%l0 + 24]
    ld [%l0 + 24], %fsr
    faddd %f6, %f10, %f16       /* -11.5 exact: cexc 0 */
    std %f16, [%l0 + 16]
    ldd [%l0 + 16], %g2
    st %fsr, [%l0 + 24]
    ld [%l0 + 24], %g7
    DUMP
    REPORT
EPILOG
    .data
    .align 8
buf: .word 0xbfc00000, 0x40400000, 0xfffffff9, 0x7fc00000, 0, 0, 0, 0
