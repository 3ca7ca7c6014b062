/* Sorting kernel: libc qsort of pseudo-random 32-bit keys through a comparison callback,
   repeated. Usage: qsort [count] [reps]; prints a position-weighted checksum. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static int cmp(const void *a, const void *b) {
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 1000000;
    int reps = argc > 2 ? atoi(argv[2]) : 2;
    uint32_t *v = malloc(n * sizeof *v);
    uint64_t seed = 88172645463325252ull, sum = 0;
    for (int r = 0; r < reps; r++) {
        for (long i = 0; i < n; i++) { seed ^= seed << 13; seed ^= seed >> 7; seed ^= seed << 17; v[i] = (uint32_t)seed; }
        qsort(v, n, sizeof *v, cmp);
        for (long i = 1; i < n; i++) if (v[i - 1] > v[i]) { printf("not sorted at %ld\n", i); return 1; }
        for (long i = 0; i < n; i += 97) sum = sum * 31 + v[i];
    }
    printf("qsort %ld x%d: %016llx\n", n, reps, (unsigned long long)sum);
    return 0;
}
