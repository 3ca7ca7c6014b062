/* CRC-32 (table and bitwise), Adler-32 and FNV-1a over generated data; all must agree with known vectors. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>
#include "corpus.h"

static uint32_t table[256];

static void make_table(void) {
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++) c = c & 1 ? 0xedb88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
}

static uint32_t crc32_table(const unsigned char *p, size_t n) {
    uint32_t c = 0xffffffffu;
    while (n--) c = table[(c ^ *p++) & 0xff] ^ (c >> 8);
    return ~c;
}

static uint32_t crc32_bitwise(const unsigned char *p, size_t n) {
    uint32_t c = 0xffffffffu;
    while (n--) {
        c ^= *p++;
        for (int k = 0; k < 8; k++) c = (c >> 1) ^ (0xedb88320u & -(c & 1));
    }
    return ~c;
}

static uint32_t adler32(const unsigned char *p, size_t n) {
    uint32_t a = 1, b = 0;
    while (n--) { a = (a + *p++) % 65521; b = (b + a) % 65521; }
    return b << 16 | a;
}

int main(void) {
    make_table();
    const char *v = "123456789";
    printf("crc32(\"%s\") = %08x (expect cbf43926) bitwise %08x adler %08x fnv %016llx\n", v,
           crc32_table((const unsigned char *)v, 9), crc32_bitwise((const unsigned char *)v, 9),
           adler32((const unsigned char *)v, 9), (unsigned long long)fnv1a(v, 9));
    static unsigned char data[1 << 17];
    uint64_t s = 11;
    for (unsigned i = 0; i < sizeof data; i++) data[i] = (unsigned char)(lcg_next(&s) >> 7);
    for (size_t n = 1; n <= sizeof data; n *= 4)
        printf("n=%7zu crc %08x adler %08x fnv %016llx\n", n, crc32_table(data, n), adler32(data, n),
               (unsigned long long)fnv1a(data, n));
    printf("bitwise agrees on 64K %d\n", crc32_bitwise(data, 65536) == crc32_table(data, 65536));
    return 0;
}
