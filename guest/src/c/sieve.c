/* Sieve of Eratosthenes up to 300,000: prime counts at powers of ten, the last primes, and twin primes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(void) {
    enum { N = 300000 };
    unsigned char *c = malloc(N + 1);
    memset(c, 1, N + 1);
    c[0] = c[1] = 0;
    for (long i = 2; i * i <= N; i++)
        if (c[i]) for (long j = i * i; j <= N; j += i) c[j] = 0;
    long count = 0, twins = 0, next = 10, last = 0;
    for (long i = 2; i <= N; i++) {
        if (c[i]) { count++; if (i >= 4 && c[i - 2]) twins++; last = i; }
        if (i == next) { printf("pi(%ld) = %ld\n", i, count); next *= 10; }
    }
    printf("largest %ld twins %ld\n", last, twins);
    free(c);
    return 0;
}
