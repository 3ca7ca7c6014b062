/* Unsigned 64-bit division by zero: #DE becomes SIGFPE, status 136. */
#include <stdio.h>
#include "corpus.h"
int main(void) {
    unsigned long a = OPAQUE(12345UL), b = OPAQUE(0UL);
    printf("dividing %lu by %lu\n", a, b);
    fflush(stdout);
    printf("quotient %lu\n", a / b);
    return 0;
}
