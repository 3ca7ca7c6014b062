/* libm: sqrt (exactly rounded) printed in full; transcendental functions printed to 12 digits, because
   glibc picks FMA or non-FMA variants by CPUID and they may differ in the last bit. */
#include <stdio.h>
#include <math.h>
#include "corpus.h"

int main(void) {
    for (int i = 0; i <= 40; i++) {
        double x = OPAQUE(i * 0.37 - 3.0);
        double ax = fabs(x) + 0.01;
        printf("x=%.2f sqrt %a sin %.12g cos %.12g tan %.12g exp %.12g log %.12g pow %.12g atan2 %.12g\n", x,
               sqrt(ax), sin(x), cos(x), tan(x), exp(x), log(ax), pow(ax, x), atan2(x, 1.5));
        printf("       cbrt %.12g hypot %.12g log10 %.12g log2 %.12g expm1 %.12g log1p %.12g sinh %.12g tanh %.12g "
               "asin %.12g fmod %.12g\n", cbrt(x), hypot(x, 2.0), log10(ax), log2(ax), expm1(x), log1p(ax), sinh(x),
               tanh(x), asin(x / 7.0), fmod(x, 0.7));
    }
    int e;
    double m = frexp(OPAQUE(1234.5), &e);
    printf("frexp %a %d ldexp %a modf", m, e, ldexp(OPAQUE(0.75), 20));
    double ip, fp = modf(OPAQUE(-3.25), &ip);
    printf(" %g %g copysign %g fmax %g fmin %g\n", ip, fp, copysign(3.0, OPAQUE(-0.0)), fmax(1.0, OPAQUE(NAN)),
           fmin(OPAQUE(-1.0), 2.0));
    float fx = OPAQUE(0.5f);
    printf("sqrtf %a sinf %.6g expf %.6g powf %.6g\n", (double)sqrtf(fx), (double)sinf(fx), (double)expf(fx),
           (double)powf(fx, 3.5f));
    return 0;
}
