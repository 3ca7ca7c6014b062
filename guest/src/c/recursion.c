/* Recursion: Ackermann (small arguments), a 100,000-frame deep recursion, mutual recursion, and recursive Fibonacci. */
#include <stdio.h>
#include "corpus.h"

static unsigned long ack(unsigned long m, unsigned long n) {
    if (m == 0) return n + 1;
    if (n == 0) return ack(m - 1, 1);
    return ack(m - 1, ack(m, n - 1));
}

/* noinline + a live local array keep gcc from turning this into a loop. */
__attribute__((noinline)) static long deep(long n) {
    volatile long frame[4] = {n, n * 2, n * 3, n * 4};
    if (n == 0) return 0;
    return frame[1] - frame[0] + deep(n - 1) + (frame[3] & 1);
}

static int is_odd(unsigned n);
__attribute__((noinline)) static int is_even(unsigned n) { return n == 0 ? 1 : is_odd(n - 1); }
__attribute__((noinline)) static int is_odd(unsigned n) { return n == 0 ? 0 : is_even(n - 1); }

static long fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

int main(void) {
    for (unsigned long m = 0; m <= 3; m++)
        for (unsigned long n = 0; n <= 5; n++) printf("ack(%lu,%lu) = %lu\n", m, n, ack(m, OPAQUE(n)));
    printf("deep(100000) = %ld\n", deep(OPAQUE(100000L)));
    printf("is_even(10001) = %d is_odd(7777) = %d\n", is_even(OPAQUE(10001u)), is_odd(OPAQUE(7777u)));
    printf("fib(27) = %ld\n", fib(OPAQUE(27)));
    return 0;
}
