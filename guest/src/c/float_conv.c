/* Conversions between integers and floating point, including out-of-range values (the "integer indefinite"). */
#include <stdio.h>
#include <stdint.h>
#include <math.h>
#include <emmintrin.h>
#include "corpus.h"

int main(void) {
    static const double d[] = {0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 1e10, -1e10, 2147483647.5, -2147483648.9,
                               9.2233720368547758e18, -9.2233720368547758e18, 1e19, 1.8446744073709552e19, 0.0 / 1.0,
                               1e-300, 4503599627370497.0};
    for (unsigned i = 0; i < sizeof d / sizeof d[0]; i++) {
        double x = OPAQUE(d[i]);
        /* cvttsd2si / cvtsd2si via intrinsics: defined behaviour for out-of-range (0x80000000...). */
        int t32 = _mm_cvttsd_si32(_mm_set_sd(x)), r32 = _mm_cvtsd_si32(_mm_set_sd(x));
        long long t64 = _mm_cvttsd_si64(_mm_set_sd(x)), r64 = _mm_cvtsd_si64(_mm_set_sd(x));
        float f = (float)x;
        printf("%.17g: t32 %d r32 %d t64 %lld r64 %lld float %a back %a", x, t32, r32, t64, r64, (double)f,
               (double)(float)(double)f);
        if (x >= 0 && x < 1.8e19) printf(" u64 %llu", (unsigned long long)x);
        printf("\n");
    }
    static const int64_t iv[] = {0, 1, -1, INT64_MAX, INT64_MIN, 9007199254740993LL, (int64_t)0x8000000000000001ULL,
                                 16777217};
    for (unsigned i = 0; i < sizeof iv / 8; i++) {
        int64_t v = OPAQUE(iv[i]);
        printf("%lld -> %a %a u %a %a\n", (long long)v, (double)v, (double)(float)v, (double)(uint64_t)v,
               (double)(float)(uint64_t)v);
    }
    for (int i = -5; i <= 5; i++) {
        double x = OPAQUE(i * 0.75);
        printf("%g: floor %g ceil %g trunc %g round %g rint %g lrint %ld nearbyint %g\n", x, floor(x), ceil(x),
               trunc(x), round(x), rint(x), lrint(x), nearbyint(x));
    }
    float ff = OPAQUE(3.99f);
    short sh = (short)OPAQUE(40000.0f > 0 ? 1234.9f : 0.0f);
    unsigned char uc = (unsigned char)OPAQUE(200.7);
    printf("int %d short %d uchar %u double->float->int %d\n", (int)ff, sh, uc, (int)(float)OPAQUE(1e9 + 77));
    return 0;
}
