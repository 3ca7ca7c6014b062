/* Compression kernel: a small LZ77 compressor (hash-chain match finder, 64 KiB window) and its
   decompressor over generated text, checked by a round trip. Usage: lz77 [kib] [reps]. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define WINDOW 65536
#define HBITS 15
#define MINMATCH 4
#define MAXMATCH 258
#define CHAIN 32

/* Token stream: literal run "0 len bytes..." or match "1 len dist(2)". */
static size_t compress(const uint8_t *in, size_t n, uint8_t *out, int32_t *head, int32_t *prev) {
    size_t o = 0, lit = 0, i = 0;
    memset(head, -1, sizeof(int32_t) << HBITS);
    while (i < n) {
        int best = 0, bestd = 0;
        if (i + MINMATCH <= n) {
            uint32_t h = ((in[i] | in[i + 1] << 8 | in[i + 2] << 16 | (uint32_t)in[i + 3] << 24) * 2654435761u) >> (32 - HBITS);
            int32_t c = head[h];
            for (int k = 0; k < CHAIN && c >= 0 && i - (size_t)c <= WINDOW - 1; k++, c = prev[c & (WINDOW - 1)]) {
                int l = 0, lim = (int)(n - i < MAXMATCH ? n - i : MAXMATCH);
                while (l < lim && in[c + l] == in[i + l]) l++;
                if (l > best) { best = l; bestd = (int)(i - c); if (l == lim) break; }
            }
            prev[i & (WINDOW - 1)] = head[h];
            head[h] = (int32_t)i;
        }
        if (best >= MINMATCH) {
            if (lit) { out[o++] = 0; out[o++] = (uint8_t)lit; memcpy(out + o, in + i - lit, lit); o += lit; lit = 0; }
            out[o++] = 1; out[o++] = (uint8_t)(best - MINMATCH); out[o++] = (uint8_t)bestd; out[o++] = (uint8_t)(bestd >> 8);
            for (int k = 1; k < best; k++) { /* insert the skipped positions into the chains */
                size_t p = i + k;
                if (p + MINMATCH <= n) {
                    uint32_t h = ((in[p] | in[p + 1] << 8 | in[p + 2] << 16 | (uint32_t)in[p + 3] << 24) * 2654435761u) >> (32 - HBITS);
                    prev[p & (WINDOW - 1)] = head[h];
                    head[h] = (int32_t)p;
                }
            }
            i += best;
        } else {
            lit++; i++;
            if (lit == 255) { out[o++] = 0; out[o++] = 255; memcpy(out + o, in + i - lit, lit); o += lit; lit = 0; }
        }
    }
    if (lit) { out[o++] = 0; out[o++] = (uint8_t)lit; memcpy(out + o, in + i - lit, lit); o += lit; }
    return o;
}

static size_t decompress(const uint8_t *in, size_t n, uint8_t *out) {
    size_t o = 0, i = 0;
    while (i < n) {
        if (in[i] == 0) { size_t l = in[i + 1]; memcpy(out + o, in + i + 2, l); o += l; i += 2 + l; }
        else {
            size_t l = in[i + 1] + MINMATCH, d = in[i + 2] | in[i + 3] << 8;
            for (size_t k = 0; k < l; k++, o++) out[o] = out[o - d];
            i += 4;
        }
    }
    return o;
}

int main(int argc, char **argv) {
    size_t n = (size_t)(argc > 1 ? atol(argv[1]) : 1024) * 1024;
    int reps = argc > 2 ? atoi(argv[2]) : 8;
    static const char *words[] = {"the ", "quick ", "brown ", "fox ", "jumps ", "over ", "lazy ", "dog ", "emulator ",
                                  "register ", "page ", "fault ", "syscall ", "\n", "JVM ", "bytecode ", "0x7f ", ", "};
    uint8_t *in = malloc(n), *out = malloc(n + n / 64 + 16), *back = malloc(n);
    int32_t *head = malloc(sizeof(int32_t) << HBITS), *prev = malloc(sizeof(int32_t) * WINDOW);
    uint32_t x = 12345;
    for (size_t i = 0; i < n;) {
        x = x * 1103515245 + 12345;
        const char *w = words[(x >> 16) % (sizeof words / sizeof *words)];
        for (; *w && i < n; w++) in[i++] = (x >> 28) == 0 ? (uint8_t)(*w ^ 0x20) : (uint8_t)*w;
    }
    size_t c = 0;
    uint32_t sum = 0;
    for (int r = 0; r < reps; r++) {
        in[(size_t)r * 7919 % n] ^= 1;
        c = compress(in, n, out, head, prev);
        size_t d = decompress(out, c, back);
        if (d != n || memcmp(in, back, n) != 0) { printf("round trip failed\n"); return 1; }
        for (size_t i = 0; i < c; i++) sum = sum * 33 + out[i];
    }
    printf("lz77 %zu bytes -> %zu bytes, sum %08x\n", n, c, sum);
    return 0;
}
