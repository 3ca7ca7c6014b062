/* String kernel: libc strlen, strchr, memcmp, memcpy and strcmp over many short and long
   strings, repeated. Usage: strings [reps]; prints an accumulated checksum. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N 4096

int main(int argc, char **argv) {
    int reps = argc > 1 ? atoi(argv[1]) : 1000;
    char **s = malloc(N * sizeof *s);
    uint32_t x = 7;
    for (int i = 0; i < N; i++) {
        int len = 1 + (int)((x = x * 1664525 + 1013904223) >> 24) % 200;
        s[i] = malloc(len + 1);
        for (int k = 0; k < len; k++) s[i][k] = 'a' + (char)((x = x * 1664525 + 1013904223) >> 27);
        s[i][len] = 0;
    }
    char *tmp = malloc(256);
    uint64_t sum = 0;
    for (int r = 0; r < reps; r++) {
        for (int i = 0; i < N; i++) {
            const char *a = s[i], *b = s[(i * 17 + r) % N];
            size_t la = strlen(a);
            const char *p = strchr(a, 'a' + r % 26);
            sum += la + (p ? (size_t)(p - a) : 1000);
            memcpy(tmp, a, la + 1);
            sum += (size_t)(memcmp(tmp, a, la) == 0);
            int c = strcmp(a, b);
            sum += c < 0 ? 3 : c > 0 ? 5 : 7;
            sum = sum * 1000003 % 0xfffffffbull;
        }
    }
    printf("strings x%d: %llu\n", reps, (unsigned long long)sum);
    return 0;
}
