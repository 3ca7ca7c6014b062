/* A guest loop calling clock_gettime(CLOCK_MONOTONIC) through libc and the vDSO, in rounds with a
   getppid() between them (the marker the test's syscall observer counts dispatcher entries at).
   Usage: vdso_loop ROUNDS CALLS; prints "ok ROUNDS" if the clock never went backwards. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv) {
    long rounds = argc > 1 ? atol(argv[1]) : 10, calls = argc > 2 ? atol(argv[2]) : 100000;
    struct timespec t, prev = {0, 0};
    for (long r = 0; r < rounds; r++) {
        for (long i = 0; i < calls; i++) {
            clock_gettime(CLOCK_MONOTONIC, &t);
            if (t.tv_sec < prev.tv_sec || (t.tv_sec == prev.tv_sec && t.tv_nsec < prev.tv_nsec)) {
                printf("backwards in round %ld\n", r);
                return 3;
            }
            prev = t;
        }
        getppid();
    }
    printf("ok %ld\n", rounds);
    return 0;
}
