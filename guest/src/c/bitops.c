/* Bit scans, population counts, parity and byte swaps with baseline instructions only (-mno-popcnt). */
#include <stdio.h>
#include <stdint.h>
#include "corpus.h"

int main(void) {
    uint64_t s = 42, acc = 0;
    for (int i = 0; i < 200; i++) {
        uint64_t x = OPAQUE(lcg_next(&s) >> (i % 60));
        if (i % 17 == 0) x = OPAQUE((uint64_t)1 << (i % 64));
        uint32_t y = (uint32_t)(x ^ (x >> 29));
        int ctz = x ? __builtin_ctzll(x) : -1, clz = x ? __builtin_clzll(x) : -1;
        int ctz32 = y ? __builtin_ctz(y) : -1, clz32 = y ? __builtin_clz(y) : -1;
        printf("%016llx ctz %d clz %d pop %d par %d ffs %d | %08x ctz %d clz %d pop %d | bswap %016llx %08x %04x\n",
               (unsigned long long)x, ctz, clz, __builtin_popcountll(x), __builtin_parityll(x), __builtin_ffsll(x),
               y, ctz32, clz32, __builtin_popcount(y), (unsigned long long)__builtin_bswap64(x),
               __builtin_bswap32(y), __builtin_bswap16((uint16_t)y));
        acc += __builtin_popcountll(x * 3);
    }
    /* Bit-test style manipulations on an array (BT/BTS/BTR with memory operands at -O2). */
    uint32_t bits[8] = {0};
    for (unsigned i = 0; i < 256; i += OPAQUE(7u)) bits[i / 32] |= 1u << (i % 32);
    for (unsigned i = 0; i < 256; i += OPAQUE(11u)) bits[i / 32] ^= 1u << (i % 32);
    for (int i = 0; i < 8; i++) printf("bits[%d] = %08x\n", i, bits[i]);
    printf("acc %llu\n", (unsigned long long)acc);
    return 0;
}
