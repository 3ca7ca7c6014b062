/* The program break through the raw brk system call (musl's sbrk refuses to move it): grow, touch,
   shrink, regrow; memory in between is usable and zero-filled on first touch. */
#include <stdio.h>
#include <unistd.h>
#include <stdint.h>
#include <string.h>
#include <sys/syscall.h>
#include "corpus.h"

static char *brk_to(char *p) { return (char *)syscall(SYS_brk, p); }

int main(void) {
    char *start = brk_to(0);
    printf("initial break nonzero %d\n", start != NULL);
    char *now = brk_to(start + 100000);
    printf("grew by %ld\n", (long)(now - start));
    int zero = 1;
    for (int i = 0; i < 100000; i++) zero &= start[i] == 0;
    printf("zero filled %d\n", zero);
    memset(start, 0x33, 100000);
    printf("hash %016llx\n", (unsigned long long)fnv1a(start, 100000));
    now = brk_to(start + 50000);
    printf("shrunk to +%ld\n", (long)(now - start));
    now = brk_to(start - (64L << 30));   /* far below the data segment: refused, break unchanged */
    printf("refused, still at +%ld\n", (long)(now - start));
    now = brk_to(start + 3 * 4096);
    start[3 * 4096 - 1] = 2;
    printf("regrown +%ld touch %d\n", (long)(now - start), start[3 * 4096 - 1]);
    /* libc's sbrk(0) reports the same break. */
    printf("sbrk(0) agrees %d\n", (char *)sbrk(0) == now);
    return 0;
}
