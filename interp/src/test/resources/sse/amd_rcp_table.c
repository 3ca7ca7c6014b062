/* Measures the host's RCPPS and RSQRTPS tables (AMD: each result's significand is a 12-bit table
   entry chosen by the top 12 bits of the input's significand, docs/quirks.md) and writes them as
   ring3's interp resource dev/ring3/interp/amd-rcp-rsqrt.bin: 3 x 4096 big-endian 16-bit entries,
   RCP for significands 1.m, then RSQRT for 1.m (even exponent) and for 2 x 1.m (odd exponent).
   Checks on the way that every input with the same top 12 bits gives the same result, and exits 1
   if the host's approximation is not of that shape (an Intel host, another AMD family).
     gcc -O2 amd_rcp_table.c -o amd_rcp_table && ./amd_rcp_table > amd-rcp-rsqrt.bin */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <immintrin.h>

static uint32_t approx(int rsqrt, uint32_t x) {
    uint32_t in[4] = {x, x, x, x}, out[4];
    __m128 v;
    memcpy(&v, in, sizeof v);
    v = rsqrt ? _mm_rsqrt_ps(v) : _mm_rcp_ps(v);
    memcpy(out, &v, sizeof out);
    return out[0];
}

int main(void) {
    static const struct { int rsqrt; uint32_t exponent, result_exponent; } tables[] = {
        {0, 127, 126}, {1, 127, 126}, {1, 128, 126}};
    for (int t = 0; t < 3; t++) {
        for (uint32_t i = 0; i < 4096; i++) {
            uint32_t first = approx(tables[t].rsqrt, tables[t].exponent << 23 | i << 11);
            for (uint32_t low = 1; low < 2048; low++) {
                uint32_t r = approx(tables[t].rsqrt, tables[t].exponent << 23 | i << 11 | low);
                if (r != first || (r & 0x7FF) != 0 || r >> 23 != tables[t].result_exponent) {
                    fprintf(stderr, "not a 12-bit table: %s(%08x) = %08x\n", tables[t].rsqrt ? "rsqrt" : "rcp",
                            tables[t].exponent << 23 | i << 11 | low, r);
                    return 1;
                }
            }
            uint32_t entry = (first >> 11) & 0xFFF;
            putchar(entry >> 8);
            putchar(entry & 0xFF);
        }
    }
    return 0;
}
