/* An open-addressing hash map (linear probing, tombstones, resizing) from strings to counts, driven by
   generated word traffic; prints the top words and table statistics. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "corpus.h"

struct slot { char *key; long count; int used; };
static struct slot *tab;
static size_t cap = 16, size, tombs;

static size_t find(const char *k) {
    size_t i = fnv1a(k, strlen(k)) & (cap - 1), firsttomb = (size_t)-1;
    for (;;) {
        if (!tab[i].used) return firsttomb != (size_t)-1 ? firsttomb : i;
        if (tab[i].key == NULL) { if (firsttomb == (size_t)-1) firsttomb = i; }
        else if (strcmp(tab[i].key, k) == 0) return i;
        i = (i + 1) & (cap - 1);
    }
}

static void grow(void) {
    struct slot *old = tab;
    size_t oc = cap;
    cap *= 2;
    tab = calloc(cap, sizeof *tab);
    size = tombs = 0;
    for (size_t i = 0; i < oc; i++)
        if (old[i].used && old[i].key) { size_t j = find(old[i].key); tab[j] = old[i]; size++; }
    free(old);
}

static void add(const char *k, long d) {
    if ((size + tombs + 1) * 4 > cap * 3) grow();
    size_t i = find(k);
    if (tab[i].used && tab[i].key) { tab[i].count += d; return; }
    if (tab[i].used) tombs--;
    tab[i].key = strdup(k); tab[i].count = d; tab[i].used = 1; size++;
}

static void del(const char *k) {
    size_t i = find(k);
    if (tab[i].used && tab[i].key) { free(tab[i].key); tab[i].key = NULL; size--; tombs++; }
}

static int by_count(const void *a, const void *b) {
    const struct slot *x = a, *y = b;
    if (x->count != y->count) return x->count < y->count ? 1 : -1;
    return strcmp(x->key, y->key);
}

int main(void) {
    tab = calloc(cap, sizeof *tab);
    uint64_t s = 4242;
    char w[8];
    for (int i = 0; i < 30000; i++) {
        int len = 1 + (int)(lcg_next(&s) % 3);
        for (int j = 0; j < len; j++) w[j] = (char)('a' + lcg_next(&s) % 12);
        w[len] = 0;
        if (i % 10 == 9) del(w); else add(w, 1);
    }
    struct slot *all = malloc(size * sizeof *all);
    size_t n = 0;
    for (size_t i = 0; i < cap; i++) if (tab[i].used && tab[i].key) all[n++] = tab[i];
    qsort(all, n, sizeof *all, by_count);
    printf("entries %zu cap %zu tombstones %zu\n", n, cap, tombs);
    for (size_t i = 0; i < 10 && i < n; i++) printf("%s %ld\n", all[i].key, all[i].count);
    printf("last %s %ld\n", all[n - 1].key, all[n - 1].count);
    return 0;
}
