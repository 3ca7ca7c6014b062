/* Prints "x rcp(x) rsqrt(x)" in hex for RCPSS/RSQRTSS over every 12-bit significand prefix at a
   spread of exponents and both signs (random low bits), and the special inputs: SseApproxNativeTest
   replays it against ring3. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <immintrin.h>

static uint32_t lane(int rsqrt, uint32_t x) {
    __m128 v;
    uint32_t out[4];
    memcpy(&v, (uint32_t[4]){x, 0, 0, 0}, sizeof v);
    v = rsqrt ? _mm_rsqrt_ss(v) : _mm_rcp_ss(v);
    memcpy(out, &v, sizeof out);
    return out[0];
}

static void show(uint32_t x) {
    printf("%08x %08x %08x\n", x, lane(0, x), lane(1, x));
}

int main(void) {
    static const uint32_t exponents[] = {0, 1, 2, 3, 40, 125, 126, 127, 128, 129, 200, 251, 252, 253, 254, 255};
    uint64_t s = 0x9E3779B97F4A7C15ull;
    for (unsigned e = 0; e < sizeof exponents / sizeof exponents[0]; e++)
        for (uint32_t sign = 0; sign < 2; sign++)
            for (uint32_t i = 0; i < 4096; i++) {
                s = s * 6364136223846793005ull + 1442695040888963407ull;
                show(sign << 31 | exponents[e] << 23 | i << 11 | (uint32_t)(s >> 53));
            }
    static const uint32_t special[] = {0, 0x80000000, 1, 0x807FFFFF, 0x7F800000, 0xFF800000, 0x7F800001,
                                       0x7FC00000, 0xFFC12345, 0x3F800000, 0x00800000, 0x7F7FFFFF};
    for (unsigned k = 0; k < sizeof special / sizeof special[0]; k++) show(special[k]);
    return 0;
}
