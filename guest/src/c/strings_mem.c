/* memcpy/memmove/memset/memcmp/strlen/strchr/strrchr/strstr/strcmp over many lengths and alignments:
   libc's vector paths, page-crossing tails and rep movs/stos all get exercised. */
#include <stdio.h>
#include <string.h>
#include <stdint.h>
#include "corpus.h"

static unsigned char src[8192 + 64], dst[8192 + 64];

int main(void) {
    uint64_t s = 1, h = 0;
    for (unsigned i = 0; i < sizeof src; i++) src[i] = (unsigned char)(lcg_next(&s) % 255 + 1);
    static const size_t lens[] = {0, 1, 2, 3, 7, 8, 15, 16, 17, 31, 32, 33, 63, 64, 65, 127, 128, 255, 256, 257,
                                  511, 1000, 2048, 4095, 4096, 4097, 8000};
    for (unsigned li = 0; li < sizeof lens / sizeof lens[0]; li++) {
        size_t n = OPAQUE(lens[li]);
        for (unsigned sa = 0; sa < 16; sa += 5)
            for (unsigned da = 0; da < 16; da += 3) {
                memset(dst, 0xAA, sizeof dst);
                memcpy(dst + da, src + sa, n);
                h ^= fnv1a(dst, sizeof dst) + n;
                memmove(dst + da + 1, dst + da, n);   /* overlapping forward */
                memmove(dst + da, dst + da + 3, n);   /* overlapping backward */
                h ^= fnv1a(dst, sizeof dst) * 3;
                memset(dst + sa, (int)(n & 0xff), n);
                h ^= fnv1a(dst, sizeof dst) * 5;
                h += memcmp(dst + da, src + sa, n) > 0;
            }
        printf("len %4zu hash %016llx\n", n, (unsigned long long)h);
    }
    /* String functions: a NUL at every position relative to alignment. */
    char buf[300];
    for (int start = 0; start < 16; start++)
        for (int len = 0; len < 280; len += 1 + len / 8) {
            memset(buf, 'x', sizeof buf);
            for (int i = 0; i < len; i++) buf[start + i] = (char)('a' + (i * 7 + start) % 26);
            buf[start + len] = 0;
            char *str = buf + start;
            char *c = strchr(str, 'q'), *rc = strrchr(str, 'e'), *ss = strstr(str, "hov");
            char copy[300];
            strcpy(copy, str);
            int cmp = strcmp(copy, str), ncmp = strncmp(str, "ahov", 4);
            h = h * 31 + strlen(str) + (c ? c - str : 999) * 7 + (rc ? rc - str : 999) * 11 +
                (ss ? ss - str : 999) * 13 + cmp + ncmp + strnlen(str, 50) + strspn(str, "ahov") + strcspn(str, "z");
        }
    printf("strings hash %016llx\n", (unsigned long long)h);
    char a[] = "The quick brown fox", b[64];
    snprintf(b, sizeof b, "%s", a);
    b[4] = 'Q';
    printf("cmp %d %d %d casecmp %d dup %s tok:", strcmp(a, b) > 0, strncmp(a, b, 4), memcmp(a, b, 5) < 0,
           strcasecmp("HeLLo", "hello"), a);
    char t[] = "a,b;;c,,d";
    for (char *p = strtok(t, ",;"); p; p = strtok(NULL, ",;")) printf(" [%s]", p);
    printf("\nmemchr %td memrchr-ish %td\n", (char *)memchr(a, 'f', sizeof a) - a, strrchr(a, 'o') - a);
    return 0;
}
