/* Rounding modes (fesetround writes MXCSR.RC) and exception flags (fetestexcept reads MXCSR and x87 status). */
#include <stdio.h>
#include <fenv.h>
#include <math.h>
#include "corpus.h"

static const char *mode_name(int m) {
    switch (m) {
    case FE_TONEAREST: return "nearest";
    case FE_UPWARD: return "upward";
    case FE_DOWNWARD: return "downward";
    case FE_TOWARDZERO: return "towardzero";
    }
    return "?";
}

static void flags(const char *what) {
    int e = fetestexcept(FE_ALL_EXCEPT);
    printf("%-12s inexact %d underflow %d overflow %d divbyzero %d invalid %d\n", what, !!(e & FE_INEXACT),
           !!(e & FE_UNDERFLOW), !!(e & FE_OVERFLOW), !!(e & FE_DIVBYZERO), !!(e & FE_INVALID));
}

int main(void) {
    static const int modes[] = {FE_TONEAREST, FE_UPWARD, FE_DOWNWARD, FE_TOWARDZERO};
    for (int i = 0; i < 4; i++) {
        fesetround(modes[i]);
        double one = OPAQUE(1.0), three = OPAQUE(3.0), big = OPAQUE(2.5);
        float fo = OPAQUE(1.0f), ft = OPAQUE(3.0f);
        printf("%-10s get=%s 1/3 %a -1/3 %a f %a rint(2.5) %g rint(-2.5) %g lrint(3.5) %ld sqrt(2) %a\n",
               mode_name(modes[i]), mode_name(fegetround()), one / three, -one / three, (double)(fo / ft),
               rint(big), rint(-big), lrint(big + 1.0), sqrt(OPAQUE(2.0)));
    }
    fesetround(FE_TONEAREST);
    feclearexcept(FE_ALL_EXCEPT);
    flags("clear");
    volatile double r = OPAQUE(1.0) / OPAQUE(3.0);
    flags("1/3");
    feclearexcept(FE_ALL_EXCEPT);
    r = OPAQUE(1.0) / OPAQUE(0.0);
    flags("1/0");
    feclearexcept(FE_ALL_EXCEPT);
    r = OPAQUE(0.0) / OPAQUE(0.0);
    flags("0/0");
    feclearexcept(FE_ALL_EXCEPT);
    r = OPAQUE(1e308) * OPAQUE(1e10);
    flags("overflow");
    feclearexcept(FE_ALL_EXCEPT);
    r = OPAQUE(1e-308) * OPAQUE(1e-10);
    flags("underflow");
    feclearexcept(FE_ALL_EXCEPT);
    r = sqrt(OPAQUE(-1.0));
    flags("sqrt(-1)");
    feclearexcept(FE_ALL_EXCEPT);
    r = OPAQUE(2.0) * OPAQUE(4.0);
    flags("exact");
    feraiseexcept(FE_OVERFLOW | FE_INEXACT);
    flags("raised");
    fenv_t env;
    fegetenv(&env);
    feclearexcept(FE_ALL_EXCEPT);
    fesetenv(&env);
    flags("restored");
    (void)r;
    return 0;
}
