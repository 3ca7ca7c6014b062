/* The native side of `ring3 bench vdso`: the same loops as ring3's GuestLoop, run on the host.
   Usage: clock_loop CALLS REPS [wall]; prints "name ns-per-call" lines, the median of REPS runs
   each, in thread CPU time (robust on a loaded machine) or, with "wall", in elapsed time. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

static clockid_t timer = CLOCK_THREAD_CPUTIME_ID;

static double now(void) {
    struct timespec t;
    clock_gettime(timer, &t);
    return t.tv_sec * 1e9 + t.tv_nsec;
}

static int cmp(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

#define MEASURE(name, body)                                             \
    do {                                                                \
        double ns[64];                                                  \
        for (int r = 0; r < reps; r++) {                                \
            double t0 = now();                                          \
            for (long i = 0; i < calls; i++) { body; }                  \
            ns[r] = (now() - t0) / calls;                               \
        }                                                               \
        qsort(ns, reps, sizeof ns[0], cmp);                             \
        printf("%s %.2f\n", name, ns[reps / 2]);                        \
    } while (0)

int main(int argc, char **argv) {
    long calls = argc > 1 ? atol(argv[1]) : 1000000;
    int reps = argc > 2 ? atoi(argv[2]) : 5;
    if (reps < 1) reps = 1;
    if (reps > 64) reps = 64;
    if (argc > 3 && argv[3][0] == 'w') timer = CLOCK_MONOTONIC;
    struct timespec ts;
    struct timeval tv;
    volatile long sink = 0;
    MEASURE("clock_gettime.vdso", clock_gettime(CLOCK_MONOTONIC, &ts); sink += ts.tv_nsec);
    MEASURE("clock_gettime.syscall", syscall(SYS_clock_gettime, CLOCK_MONOTONIC, &ts); sink += ts.tv_nsec);
    MEASURE("gettimeofday.vdso", gettimeofday(&tv, NULL); sink += tv.tv_usec);
    MEASURE("gettimeofday.syscall", syscall(SYS_gettimeofday, &tv, NULL); sink += tv.tv_usec);
    MEASURE("time.vdso", sink += time(NULL));
    MEASURE("time.syscall", sink += syscall(SYS_time, NULL));
    return sink == 42;
}
