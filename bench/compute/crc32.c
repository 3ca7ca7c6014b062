/* Checksum kernel: table-driven CRC-32 (IEEE 802.3, reflected, as zlib's crc32) over a buffer,
   repeated. Usage: crc32 [mib] [reps]; prints the CRCs. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static uint32_t table[256];

static uint32_t crc32(uint32_t crc, const uint8_t *p, size_t n) {
    crc = ~crc;
    while (n--) crc = table[(crc ^ *p++) & 0xff] ^ (crc >> 8);
    return ~crc;
}

int main(int argc, char **argv) {
    size_t n = (size_t)(argc > 1 ? atol(argv[1]) : 8) << 20;
    int reps = argc > 2 ? atoi(argv[2]) : 10;
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++) c = c & 1 ? 0xedb88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
    uint8_t *buf = malloc(n);
    for (size_t i = 0; i < n; i++) buf[i] = (uint8_t)(i * 31 + (i >> 11));
    uint32_t check = crc32(0, (const uint8_t *)"123456789", 9); /* 0xcbf43926 */
    uint32_t crc = 0;
    for (int r = 0; r < reps; r++) crc = crc32(crc, buf, n);
    printf("check %08x crc %08x\n", check, crc);
    return 0;
}
