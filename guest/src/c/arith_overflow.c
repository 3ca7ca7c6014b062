/* Signed and unsigned overflow detection at every width (ADD/SUB/IMUL flags via __builtin_*_overflow). */
#include <stdio.h>
#include <stdint.h>
#include <limits.h>
#include "corpus.h"

static const int64_t v64[] = {0, 1, -1, 2, INT64_MAX, INT64_MIN, INT64_MAX - 1, INT64_MIN + 1,
                              0x7fffffff, -0x80000000LL, 0x100000000LL, 12345678901LL};
static const int32_t v32[] = {0, 1, -1, INT32_MAX, INT32_MIN, 65535, -65536, 0x40000000};
static const int16_t v16[] = {0, 1, -1, INT16_MAX, INT16_MIN, 255, -256};
static const int8_t v8[] = {0, 1, -1, INT8_MAX, INT8_MIN, 64, -65};

int main(void) {
    int n64 = sizeof v64 / sizeof v64[0], n32 = sizeof v32 / sizeof v32[0];
    for (int i = 0; i < n64; i++)
        for (int j = 0; j < n64; j++) {
            int64_t a = OPAQUE(v64[i]), b = OPAQUE(v64[j]), r;
            uint64_t ur;
            int o1 = __builtin_add_overflow(a, b, &r); int64_t s = r;
            int o2 = __builtin_sub_overflow(a, b, &r); int64_t d = r;
            int o3 = __builtin_mul_overflow(a, b, &r); int64_t m = r;
            int o4 = __builtin_add_overflow((uint64_t)a, (uint64_t)b, &ur);
            int o5 = __builtin_sub_overflow((uint64_t)a, (uint64_t)b, &ur);
            int o6 = __builtin_mul_overflow((uint64_t)a, (uint64_t)b, &ur);
            printf("64 %lld %lld: %lld%c %lld%c %lld%c u%d%d%d lt%d ult%d\n", (long long)a, (long long)b,
                   (long long)s, o1 ? '!' : ' ', (long long)d, o2 ? '!' : ' ', (long long)m, o3 ? '!' : ' ',
                   o4, o5, o6, a < b, (uint64_t)a < (uint64_t)b);
        }
    for (int i = 0; i < n32; i++)
        for (int j = 0; j < n32; j++) {
            int32_t a = OPAQUE(v32[i]), b = OPAQUE(v32[j]), r;
            uint32_t ur;
            int o1 = __builtin_add_overflow(a, b, &r); int32_t s = r;
            int o2 = __builtin_sub_overflow(a, b, &r); int32_t d = r;
            int o3 = __builtin_mul_overflow(a, b, &r); int32_t m = r;
            int o4 = __builtin_mul_overflow((uint32_t)a, (uint32_t)b, &ur);
            printf("32 %d %d: %d%c %d%c %d%c u%d le%d ule%d\n", a, b, s, o1 ? '!' : ' ', d, o2 ? '!' : ' ',
                   m, o3 ? '!' : ' ', o4, a <= b, (uint32_t)a <= (uint32_t)b);
        }
    for (unsigned i = 0; i < sizeof v16 / 2; i++)
        for (unsigned j = 0; j < sizeof v16 / 2; j++) {
            int16_t a = OPAQUE(v16[i]), b = OPAQUE(v16[j]), r;
            int o1 = __builtin_add_overflow(a, b, &r); int16_t s = r;
            int o2 = __builtin_mul_overflow(a, b, &r);
            printf("16 %d %d: %d%c %d%c\n", a, b, s, o1 ? '!' : ' ', r, o2 ? '!' : ' ');
        }
    for (unsigned i = 0; i < sizeof v8; i++)
        for (unsigned j = 0; j < sizeof v8; j++) {
            int8_t a = OPAQUE(v8[i]), b = OPAQUE(v8[j]), r;
            int o1 = __builtin_sub_overflow(a, b, &r); int8_t d = r;
            int o2 = __builtin_mul_overflow(a, b, &r);
            printf("8 %d %d: %d%c %d%c\n", a, b, d, o1 ? '!' : ' ', r, o2 ? '!' : ' ');
        }
    return 0;
}
