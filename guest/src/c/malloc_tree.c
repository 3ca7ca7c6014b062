/* Malloc-heavy: a binary search tree of a million nodes with random keys, traversed, then freed in a scattered order. */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include "corpus.h"

struct node { struct node *l, *r; uint64_t key; uint32_t count; };

static struct node *insert(struct node *t, uint64_t key) {
    struct node **p = &t;
    while (*p) {
        if (key == (*p)->key) { (*p)->count++; return t; }
        p = key < (*p)->key ? &(*p)->l : &(*p)->r;
    }
    struct node *n = malloc(sizeof *n);
    n->l = n->r = NULL; n->key = key; n->count = 1;
    *p = n;
    return t;
}

static uint64_t walk(struct node *t, int depth, int *maxdepth, uint64_t *n) {
    uint64_t h = 0;
    while (t) {   /* recurse left, iterate right: bounded stack */
        if (depth > *maxdepth) *maxdepth = depth;
        h = h * 1000003 + walk(t->l, depth + 1, maxdepth, n);
        h = h * 31 + t->key * t->count;
        (*n)++;
        t = t->r;
        depth++;
    }
    return h;
}

static void destroy(struct node *t) {
    while (t) {
        destroy(t->l);
        struct node *r = t->r;
        free(t);
        t = r;
    }
}

int main(void) {
    struct node *root = NULL;
    uint64_t s = 2024;
    for (int i = 0; i < 40000; i++) root = insert(root, lcg_next(&s) % 160000);
    int maxdepth = 0;
    uint64_t n = 0, h = walk(root, 0, &maxdepth, &n);
    printf("distinct %llu maxdepth %d hash %016llx\n", (unsigned long long)n, maxdepth, (unsigned long long)h);
    destroy(root);
    /* Many small blocks of varying sizes, freed in a strided order. */
    enum { M = 20000 };
    static char *blocks[M];
    uint64_t sum = 0;
    for (int i = 0; i < M; i++) {
        size_t sz = 1 + (lcg_next(&s) % 300);
        blocks[i] = malloc(sz);
        blocks[i][0] = (char)i; blocks[i][sz - 1] = (char)sz;
        sum += sz;
    }
    for (int stride = 7; stride > 0; stride--)
        for (int i = stride - 1; i < M; i += 7)
            if (blocks[i]) { sum += (unsigned char)blocks[i][0]; free(blocks[i]); blocks[i] = NULL; }
    printf("small blocks sum %llu\n", (unsigned long long)sum);
    void *big = malloc(64 << 20);   /* mmap-backed allocation */
    printf("big %s\n", big ? "ok" : "failed");
    free(big);
    return 0;
}
