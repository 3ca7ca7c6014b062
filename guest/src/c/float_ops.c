/* Scalar and packed float/double arithmetic and their printf forms (%a, %g, %.17g, %e, %f). */
#include <stdio.h>
#include <math.h>
#include <float.h>
#include <emmintrin.h>
#include "corpus.h"

int main(void) {
    static const double d[] = {0.0, -0.0, 1.0, -1.5, 0.1, 1e308, 4.9e-324, 2.2250738585072014e-308, 3.141592653589793,
                               1e-5, 123456789.125, 1.0 / 3.0};
    int n = sizeof d / sizeof d[0];
    for (int i = 0; i < n; i++) {
        double x = OPAQUE(d[i]);
        printf("%a %g %.17g %e %.3f\n", x, x, x, x, x);
    }
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j += 3) {
            double a = OPAQUE(d[i]), b = OPAQUE(d[j]);
            printf("%a %a: + %a - %a * %a / %a < %d == %d\n", a, b, a + b, a - b, a * b, a / b, a < b, a == b);
        }
    /* Specials: infinities, NaNs (printing sign of NaN is libc-specific, so only test classification). */
    double inf = OPAQUE(1e308) * 10.0, nan = inf - inf;
    printf("inf %g -inf %g isnan %d isinf %d nan==nan %d nan<1 %d signbit(-0) %d\n", inf, -inf, isnan(nan), isinf(inf),
           nan == nan, nan < 1.0, signbit(OPAQUE(-0.0)) != 0);
    float f = OPAQUE(1.0f);
    for (int i = 0; i < 30; i++) f = f * 1.7f + 0.3f;
    printf("float %a %.9g\n", (double)f, (double)f);
    float fs = OPAQUE(16777216.0f);
    printf("f + 1 = %.1f, f + 2 = %.1f, FLT_EPSILON %a DBL_MIN %a\n", (double)(fs + 1.0f), (double)(fs + 2.0f),
           (double)FLT_EPSILON, DBL_MIN);
    /* Kahan vs naive summation. */
    double naive = 0, sum = 0, comp = 0;
    for (int i = 1; i <= 100000; i++) {
        double t = 1.0 / i;
        naive += t;
        double y = t - comp, s2 = sum + y;
        comp = (s2 - sum) - y;
        sum = s2;
    }
    printf("harmonic naive %.17g kahan %.17g\n", naive, sum);
    /* Packed doubles and floats. */
    __m128d pa = _mm_set_pd(OPAQUE(2.5), -0.75), pb = _mm_set_pd(4.0, OPAQUE(3.0));
    double out[2];
    _mm_storeu_pd(out, _mm_div_pd(pa, pb)); printf("divpd %a %a\n", out[0], out[1]);
    _mm_storeu_pd(out, _mm_sqrt_pd(pb)); printf("sqrtpd %a %a\n", out[0], out[1]);
    _mm_storeu_pd(out, _mm_min_pd(pa, pb)); printf("minpd %a %a\n", out[0], out[1]);
    _mm_storeu_pd(out, _mm_unpackhi_pd(pa, pb)); printf("unpckhpd %a %a\n", out[0], out[1]);
    printf("cmppd mask %d\n", _mm_movemask_pd(_mm_cmplt_pd(pa, pb)));
    __m128 qa = _mm_set_ps(1.0f, OPAQUE(-2.0f), 3.5f, 0.25f), qb = _mm_set1_ps(OPAQUE(0.5f));
    float fo[4];
    _mm_storeu_ps(fo, _mm_mul_ps(qa, qb)); printf("mulps %g %g %g %g\n", fo[0], fo[1], fo[2], fo[3]);
    _mm_storeu_ps(fo, _mm_rcp_ps(_mm_set1_ps(OPAQUE(4.0f))));
    printf("rcpps in (0.2499,0.2501): %d\n", fo[0] > 0.2499f && fo[0] < 0.2501f);
    _mm_storeu_ps(fo, _mm_shuffle_ps(qa, qb, 0x1b)); printf("shufps %g %g %g %g\n", fo[0], fo[1], fo[2], fo[3]);
    printf("movmskps %d ucomi %d comilt %d\n", _mm_movemask_ps(qa), _mm_ucomieq_sd(pa, pa), _mm_comilt_sd(pa, pb));
    return 0;
}
