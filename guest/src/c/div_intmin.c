/* INT_MIN / -1 overflows IDIV: the kernel delivers SIGFPE (FPE_INTDIV on x86), status 136. */
#include <stdio.h>
#include <limits.h>
#include "corpus.h"
int main(void) {
    int a = OPAQUE(INT_MIN), b = OPAQUE(-1);
    printf("dividing %d by %d\n", a, b);
    fflush(stdout);
    printf("quotient %d\n", a / b);
    return 0;
}
