/* Integer kernel: sieve of Eratosthenes over a byte array, repeated.
   Usage: sieve [limit] [reps]; prints the number of primes and the largest. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
    long limit = argc > 1 ? atol(argv[1]) : 8000000;
    int reps = argc > 2 ? atoi(argv[2]) : 8;
    char *composite = malloc(limit + 1);
    long count = 0, largest = 0;
    for (int r = 0; r < reps; r++) {
        memset(composite, 0, limit + 1);
        count = 0;
        for (long i = 2; i <= limit; i++) {
            if (composite[i]) continue;
            count++;
            largest = i;
            for (long j = i * i; j <= limit; j += i) composite[j] = 1;
        }
    }
    printf("sieve %ld: %ld primes, largest %ld\n", limit, count, largest);
    return 0;
}
