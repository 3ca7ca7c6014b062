/* Large block copies and fills (libc uses rep movsb/stosb or vector loops for these sizes), memmove of
   overlapping megabytes in both directions, and memset with every byte value. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "corpus.h"

int main(void) {
    size_t n = 1 << 18;
    unsigned char *a = malloc(n + 64), *b = malloc(n + 64);
    uint64_t s = 8;
    for (size_t i = 0; i < n; i++) a[i] = (unsigned char)(lcg_next(&s) >> 3);
    static const size_t sizes[] = {2048, 4096, 65536, 100000, 200001, 1 << 18};
    for (unsigned k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
        size_t m = OPAQUE(sizes[k]);
        memset(b, 0, n + 64);
        memcpy(b + (k & 7), a, m);
        printf("copy %7zu at +%u: %016llx\n", m, k & 7, (unsigned long long)fnv1a(b, n + 64));
    }
    memmove(a + 1000, a, n - 1000);
    printf("memmove forward %016llx\n", (unsigned long long)fnv1a(a, n));
    memmove(a, a + 4097, n - 4097);
    printf("memmove backward %016llx\n", (unsigned long long)fnv1a(a, n));
    uint64_t h = 0;
    for (int v = 0; v < 256; v++) {
        memset(b + v, v, 7000 + v);
        h = h * 3 + fnv1a(b, 8000);
    }
    printf("memset all values %016llx\n", (unsigned long long)h);
    unsigned char *z = calloc(1, 1 << 20);
    size_t nz = 0;
    for (size_t i = 0; i < (1 << 20); i++) nz += z[i] != 0;
    printf("calloc 1MiB nonzero bytes %zu\n", nz);
    free(a); free(b); free(z);
    return 0;
}
