/* Integer division and remainder at every width and sign, plus 128-bit division (__divti3). */
#include <stdio.h>
#include <stdint.h>
#include <limits.h>
#include "corpus.h"

int main(void) {
    static const int64_t n[] = {0, 1, -1, 7, -7, 100, -100, INT64_MAX, INT64_MIN, 0x123456789abcdefLL, INT32_MIN};
    static const int64_t d[] = {1, -1, 2, -2, 3, -3, 7, 10, 1000000007, INT64_MAX, INT64_MIN, 0x100000000LL};
    for (unsigned i = 0; i < sizeof n / 8; i++)
        for (unsigned j = 0; j < sizeof d / 8; j++) {
            int64_t a = OPAQUE(n[i]), b = OPAQUE(d[j]);
            if (a == INT64_MIN && b == -1) continue; /* traps: see div_intmin */
            uint64_t ua = a, ub = b;
            int32_t a32 = (int32_t)a, b32 = (int32_t)b;
            printf("%lld/%lld = %lld r %lld | u %llu r %llu", (long long)a, (long long)b, (long long)(a / b),
                   (long long)(a % b), (unsigned long long)(ua / ub), (unsigned long long)(ua % ub));
            if (b32 != 0 && !(a32 == INT32_MIN && b32 == -1))
                printf(" | 32: %d r %d u %u r %u", a32 / b32, a32 % b32, (uint32_t)a32 / (uint32_t)b32,
                       (uint32_t)a32 % (uint32_t)b32);
            int16_t a16 = (int16_t)a, b16 = (int16_t)b;
            if (b16 != 0) printf(" | 16: %d r %d", a16 / b16, a16 % b16);
            uint8_t a8 = (uint8_t)a, b8 = (uint8_t)b;
            if (b8 != 0) printf(" | 8: %u r %u", a8 / b8, a8 % b8);
            printf("\n");
        }
    __int128 big = OPAQUE((__int128)0x0123456789abcdefLL << 64 | 0xfedcba9876543210ULL);
    for (int64_t dv = 3; dv < 4000000000000LL; dv = dv * 37 + 1) {
        __int128 q = big / OPAQUE(dv), r = big % OPAQUE(dv);
        unsigned __int128 uq = (unsigned __int128)big / (unsigned __int128)OPAQUE(-dv);
        printf("128 / %lld = %016llx%016llx r %lld, u %016llx%016llx\n", (long long)dv,
               (unsigned long long)(q >> 64), (unsigned long long)q, (long long)r,
               (unsigned long long)(uq >> 64), (unsigned long long)uq);
        big = -big + dv;
    }
    return 0;
}
