/* Full 64x64->128 multiplies (MUL/IMUL one-operand forms) via __int128, and a 256-bit product. */
#include <stdio.h>
#include <stdint.h>
#include "corpus.h"

static void p128(const char *what, unsigned __int128 v) {
    printf("%s %016llx%016llx\n", what, (unsigned long long)(v >> 64), (unsigned long long)v);
}

int main(void) {
    static const uint64_t v[] = {0, 1, 2, 0xffffffffffffffffULL, 0x8000000000000000ULL, 0x7fffffffffffffffULL,
                                 0xdeadbeefcafebabeULL, 0x100000000ULL, 0xffffffffULL, 3};
    int n = sizeof v / sizeof v[0];
    for (int i = 0; i < n; i++)
        for (int j = i; j < n; j++) {
            uint64_t a = OPAQUE(v[i]), b = OPAQUE(v[j]);
            printf("%llx*%llx ", (unsigned long long)a, (unsigned long long)b);
            p128("u", (unsigned __int128)a * b);
            printf("  ");
            p128("s", (unsigned __int128)((__int128)(int64_t)a * (int64_t)b));
        }
    /* 256-bit product of two 128-bit numbers by schoolbook limbs. */
    unsigned __int128 x = ((unsigned __int128)0x0123456789abcdefULL << 64) | 0xfedcba9876543210ULL;
    unsigned __int128 y = ((unsigned __int128)0xffffffffffffffffULL << 64) | 0xfffffffffffffffbULL;
    uint64_t a0 = x, a1 = x >> 64, b0 = y, b1 = y >> 64;
    unsigned __int128 p00 = (unsigned __int128)a0 * b0, p01 = (unsigned __int128)a0 * b1;
    unsigned __int128 p10 = (unsigned __int128)a1 * b0, p11 = (unsigned __int128)a1 * b1;
    unsigned __int128 mid = (p00 >> 64) + (uint64_t)p01 + (uint64_t)p10;
    uint64_t r0 = p00, r1 = mid;
    unsigned __int128 hi = p11 + (p01 >> 64) + (p10 >> 64) + (mid >> 64);
    printf("256: %016llx %016llx %016llx %016llx\n", (unsigned long long)(hi >> 64), (unsigned long long)hi,
           (unsigned long long)r1, (unsigned long long)r0);
    /* Modular exponentiation with a 128-bit intermediate. */
    uint64_t m = OPAQUE(0xffffffffffffffc5ULL), base = 0x123456789ULL, acc = 1;
    for (uint64_t e = 0xfedcba987654321ULL; e; e >>= 1) {
        if (e & 1) acc = (unsigned __int128)acc * base % m;
        base = (unsigned __int128)base * base % m;
    }
    printf("powmod %llx\n", (unsigned long long)acc);
    return 0;
}
