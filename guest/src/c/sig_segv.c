/* A NULL store kills the process with SIGSEGV: status 139. */
#include <stdio.h>
#include "corpus.h"
int main(void) {
    volatile int *volatile p = OPAQUE((volatile int *)0);
    printf("about to store through NULL\n");
    fflush(stdout);
    *p = 1;
    printf("survived\n");
    return 0;
}
