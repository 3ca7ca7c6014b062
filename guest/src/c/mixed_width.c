/* Mixed 8/16/32/64-bit arithmetic: sign and zero extension, truncation, partial-register writes (AL, AH, AX),
   and 32-bit results zero-extending into 64-bit registers. */
#include <stdio.h>
#include <stdint.h>
#include "corpus.h"

__attribute__((noinline)) static uint64_t widen(int8_t a, uint8_t b, int16_t c, uint16_t d, int32_t e, uint32_t f) {
    return (uint64_t)((int64_t)a * b + c * (int64_t)d - e + f);
}
__attribute__((noinline)) static uint32_t add32(uint32_t a, uint32_t b) { return a + b; }
__attribute__((noinline)) static uint16_t mix16(uint16_t a, uint8_t hi) { return (uint16_t)((a & 0xff) | hi << 8); }

int main(void) {
    static const int64_t vals[] = {0, 1, -1, 127, -128, 255, 256, 32767, -32768, 65535, 65536, 0x7fffffff,
                                   -0x80000000LL, 0xffffffffLL, 0x123456789abcdefLL, -0x123456789abcdefLL};
    uint64_t h = 0;
    for (unsigned i = 0; i < sizeof vals / 8; i++)
        for (unsigned j = 0; j < sizeof vals / 8; j++) {
            int64_t x = OPAQUE(vals[i]), y = OPAQUE(vals[j]);
            int8_t b1 = (int8_t)x; uint8_t b2 = (uint8_t)y;
            int16_t w1 = (int16_t)x; uint16_t w2 = (uint16_t)y;
            int32_t d1 = (int32_t)x; uint32_t d2 = (uint32_t)y;
            uint64_t r = widen(b1, b2, w1, w2, d1, d2);
            int8_t s8 = (int8_t)(b1 + (int8_t)b2);
            int16_t s16 = (int16_t)(w1 * (int16_t)w2);
            uint32_t u32 = add32(d2, (uint32_t)d1);
            uint64_t z = u32;   /* 32-bit result must have zero upper half */
            printf("%llx %llx: %016llx s8 %d s16 %d u32 %08x z %016llx cmp %d%d%d%d mix %04x\n",
                   (unsigned long long)x, (unsigned long long)y, (unsigned long long)r, s8, s16, u32,
                   (unsigned long long)z, b1 < (int8_t)b2, b2 < (uint8_t)b1, w1 > (int16_t)w2, d2 > (uint32_t)d1,
                   mix16(w2, (uint8_t)b1));
            h = h * 131 + r + s8 + s16;
        }
    printf("hash %016llx\n", (unsigned long long)h);
    /* Character arithmetic through int promotion. */
    char s[] = "Mixed Widths 123";
    for (char *p = s; *p; p++) if (*p >= 'a' && *p <= 'z') *p = (char)(*p - 32); else if (*p >= '0' && *p <= '9') *p = (char)('9' - *p + '0');
    printf("%s\n", s);
    return 0;
}
