/* qsort and bsearch on integers, doubles, strings and structs. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include "corpus.h"

struct rec { int key; char name[12]; double w; };

static int cmp_int(const void *a, const void *b) { int x = *(const int *)a, y = *(const int *)b; return (x > y) - (x < y); }
static int cmp_dbl(const void *a, const void *b) { double x = *(const double *)a, y = *(const double *)b; return (x > y) - (x < y); }
static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }
static int cmp_rec(const void *a, const void *b) {
    const struct rec *x = a, *y = b;
    if (x->key != y->key) return x->key < y->key ? -1 : 1;
    return strcmp(x->name, y->name);
}

int main(void) {
    enum { N = 20000 };
    static int v[N];
    uint64_t s = 99;
    for (int i = 0; i < N; i++) v[i] = (int)(lcg_next(&s) % 1000000) - 500000;
    qsort(v, N, sizeof v[0], cmp_int);
    int sorted = 1;
    for (int i = 1; i < N; i++) sorted &= v[i - 1] <= v[i];
    printf("ints sorted %d min %d max %d median %d hash %016llx\n", sorted, v[0], v[N - 1], v[N / 2],
           (unsigned long long)fnv1a(v, sizeof v));
    int found = 0;
    for (int k = -500000; k < 500000; k += 997) found += bsearch(&k, v, N, sizeof v[0], cmp_int) != NULL;
    printf("bsearch found %d\n", found);
    static double d[5000];
    for (int i = 0; i < 5000; i++) d[i] = (double)(int64_t)lcg_next(&s) / 1e10;
    qsort(d, 5000, sizeof d[0], cmp_dbl);
    printf("doubles %.6g %.6g %.6g\n", d[0], d[2500], d[4999]);
    static char words[2000][8];
    static char *wp[2000];
    for (int i = 0; i < 2000; i++) {
        for (int j = 0; j < 7; j++) words[i][j] = (char)('a' + lcg_next(&s) % 26);
        words[i][7] = 0;
        wp[i] = words[i];
    }
    qsort(wp, 2000, sizeof wp[0], cmp_str);
    printf("words %s %s %s\n", wp[0], wp[1000], wp[1999]);
    static struct rec r[3000];
    for (int i = 0; i < 3000; i++) {
        r[i].key = (int)(lcg_next(&s) % 50);
        snprintf(r[i].name, sizeof r[i].name, "n%llu", (unsigned long long)(lcg_next(&s) % 100000));
        r[i].w = i * 0.5;
    }
    qsort(r, 3000, sizeof r[0], cmp_rec);
    for (int i = 0; i < 3000; i += 500) printf("rec %d %s %g\n", r[i].key, r[i].name, r[i].w);
    return 0;
}
