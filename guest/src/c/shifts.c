/* Shifts and rotates at every width with edge counts (0, 1, width-1, width, beyond: the CPU masks counts). */
#include <stdio.h>
#include <stdint.h>
#include "corpus.h"

static inline uint64_t rol64(uint64_t x, unsigned c) { return (x << (c & 63)) | (x >> (-c & 63)); }
static inline uint32_t ror32(uint32_t x, unsigned c) { return (x >> (c & 31)) | (x << (-c & 31)); }
static inline uint16_t rol16(uint16_t x, unsigned c) { return (uint16_t)((x << (c & 15)) | (x >> (-c & 15))); }
static inline uint8_t ror8(uint8_t x, unsigned c) { return (uint8_t)((x >> (c & 7)) | (x << (-c & 7))); }

int main(void) {
    static const uint64_t vals[] = {0, 1, 0x8000000000000000ULL, 0xffffffffffffffffULL, 0x0123456789abcdefULL,
                                    0x80000001ULL, 0xfedcba9876543210ULL};
    static const unsigned counts[] = {0, 1, 2, 7, 8, 15, 16, 31, 32, 33, 63, 64, 65, 127, 255};
    for (unsigned i = 0; i < sizeof vals / 8; i++)
        for (unsigned j = 0; j < sizeof counts / sizeof counts[0]; j++) {
            uint64_t x = OPAQUE(vals[i]);
            unsigned c = OPAQUE(counts[j]);
            /* C says shifting by >= width is undefined; mask as the hardware does so the program is defined. */
            printf("%016llx %3u: shl %016llx shr %016llx sar %016llx rol %016llx | "
                   "32: %08x %08x %08x %08x | 16: %04x %04x | 8: %02x %02x\n",
                   (unsigned long long)x, c, (unsigned long long)(x << (c & 63)),
                   (unsigned long long)(x >> (c & 63)), (unsigned long long)((int64_t)x >> (c & 63)),
                   (unsigned long long)rol64(x, c), (uint32_t)x << (c & 31), (uint32_t)x >> (c & 31),
                   (uint32_t)((int32_t)x >> (c & 31)), ror32((uint32_t)x, c),
                   (uint16_t)((int16_t)x >> (c & 15)), rol16((uint16_t)x, c),
                   (uint8_t)((uint8_t)x << (c & 7)), ror8((uint8_t)x, c));
        }
    /* Double-width shifts (SHLD/SHRD patterns). */
    unsigned __int128 w = ((unsigned __int128)0x0123456789abcdefULL << 64) | 0xfedcba9876543210ULL;
    for (unsigned c = 0; c < 128; c += OPAQUE(9u)) {
        unsigned __int128 l = w << c, r = w >> c;
        printf("128 %3u: %016llx%016llx %016llx%016llx\n", c, (unsigned long long)(l >> 64),
               (unsigned long long)l, (unsigned long long)(r >> 64), (unsigned long long)r);
    }
    return 0;
}
