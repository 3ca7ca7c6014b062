/* Call chains for the profiler's tests: main -> f -> g with g hot, then main -> h after longjmps out of deep recursion (whose frames the profiler's shadow stack must drop). */
#include <stdio.h>
#include <setjmp.h>
#include "corpus.h"

static jmp_buf env;

__attribute__((noinline, noipa)) unsigned long g(unsigned long x, int n) {
    for (int i = 0; i < n; i++) x = x * 6364136223846793005UL + 1442695040888963407UL;
    return x;
}

__attribute__((noinline, noipa)) unsigned long f(unsigned long x) {
    return g(x, 4000) ^ 1;
}

__attribute__((noinline, noipa)) void dive(int depth) {
    volatile char pad[32];
    pad[depth % 32] = (char)depth;
    if (depth < 0) return;
    if (depth > 0) dive(depth - 1);
    else longjmp(env, pad[depth % 32] + 1);
    pad[0]++;
}

__attribute__((noinline, noipa)) unsigned long h(unsigned long x, int n) {
    for (int i = 0; i < n; i++) x = (x ^ (x >> 7)) * 0x9E3779B97F4A7C15UL;
    return x;
}

int main(void) {
    unsigned long x = OPAQUE(1UL);
    for (int i = 0; i < 500; i++) x = f(x);
    printf("f: %016lx\n", x);
    volatile int jumps = 0;
    for (int i = 0; i < 100; i++) {
        if (setjmp(env) == 0) dive(50);
        else jumps++;
    }
    printf("longjmps: %d\n", jumps);
    x = h(x, 1500000);
    printf("h: %016lx\n", x);
    return 0;
}
