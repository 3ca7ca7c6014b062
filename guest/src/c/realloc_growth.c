/* realloc growth (doubling and +1 steps), calloc zeroing, shrinking, and interleaved free patterns. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include "corpus.h"

int main(void) {
    size_t cap = 1, len = 0;
    uint32_t *v = malloc(cap * sizeof *v);
    uint64_t s = 5;
    for (int i = 0; i < 100000; i++) {
        if (len == cap) { cap *= 2; v = realloc(v, cap * sizeof *v); }
        v[len++] = (uint32_t)lcg_next(&s);
    }
    printf("vector len %zu cap %zu hash %016llx\n", len, cap, (unsigned long long)fnv1a(v, len * sizeof *v));
    v = realloc(v, 1000 * sizeof *v);
    printf("shrunk hash %016llx\n", (unsigned long long)fnv1a(v, 1000 * sizeof *v));
    free(v);
    char *str = NULL;
    size_t sl = 0;
    for (int i = 0; i < 20000; i++) {
        str = realloc(str, sl + 2);
        str[sl++] = (char)('a' + i % 26);
        str[sl] = 0;
    }
    printf("string len %zu tail %s hash %016llx\n", strlen(str), str + sl - 10, (unsigned long long)fnv1a(str, sl));
    free(str);
    int ok = 1;
    for (int round = 0; round < 20; round++) {
        size_t n = 1 + round * 4093;
        unsigned char *z = calloc(n, 1);
        for (size_t i = 0; i < n; i++) ok &= z[i] == 0;
        memset(z, 0xff, n);
        free(z);
    }
    printf("calloc zeroed %d\n", ok);
    void *ptrs[64] = {0};
    uint64_t total = 0;
    for (int i = 0; i < 10000; i++) {
        int k = (int)(lcg_next(&s) % 64);
        size_t sz = (size_t)(lcg_next(&s) % 5000);
        ptrs[k] = realloc(ptrs[k], sz + 1);
        ((char *)ptrs[k])[sz] = (char)k;
        total += sz;
    }
    for (int k = 0; k < 64; k++) free(ptrs[k]);
    printf("random realloc total %llu\n", (unsigned long long)total);
    printf("realloc(NULL) %s malloc(0) %s\n", realloc(NULL, 10) ? "ptr" : "null", malloc(0) ? "ptr" : "null");
    return 0;
}
