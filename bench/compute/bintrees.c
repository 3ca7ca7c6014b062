/* Allocation kernel: binary-trees of the Computer Language Benchmarks Game: many short-lived
   trees built with malloc and freed, plus one long-lived tree. Usage: bintrees [depth]. */
#include <stdio.h>
#include <stdlib.h>

struct node { struct node *l, *r; };

static struct node *make(int d) {
    struct node *n = malloc(sizeof *n);
    if (d > 0) { n->l = make(d - 1); n->r = make(d - 1); } else { n->l = n->r = NULL; }
    return n;
}

static long check(struct node *n) { return n->l ? 1 + check(n->l) + check(n->r) : 1; }

static void drop(struct node *n) {
    if (n->l) { drop(n->l); drop(n->r); }
    free(n);
}

int main(int argc, char **argv) {
    int max = argc > 1 ? atoi(argv[1]) : 16;
    if (max < 6) max = 6;
    struct node *s = make(max + 1);
    printf("stretch tree of depth %d\t check: %ld\n", max + 1, check(s));
    drop(s);
    struct node *longlived = make(max);
    for (int d = 4; d <= max; d += 2) {
        long iters = 1L << (max - d + 4), sum = 0;
        for (long i = 0; i < iters; i++) { struct node *t = make(d); sum += check(t); drop(t); }
        printf("%ld\t trees of depth %d\t check: %ld\n", iters, d, sum);
    }
    printf("long lived tree of depth %d\t check: %ld\n", max, check(longlived));
    return 0;
}
