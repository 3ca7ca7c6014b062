/* setjmp/longjmp across frames, including from deep recursion and with callee-saved state (pointer mangling uses FS:0x30). */
#include <stdio.h>
#include <setjmp.h>
#include "corpus.h"

static jmp_buf env;
static int depth_reached;

static void dive(int depth, int limit) {
    volatile char pad[64];
    pad[depth % 64] = (char)depth;
    depth_reached = depth + pad[depth % 64] - (char)depth;
    if (depth == limit) longjmp(env, limit);
    if (depth > 1000000) return;
    dive(depth + 1, limit);
}

int main(void) {
    volatile int rounds = 0;
    for (int limit = 1; limit <= 10000; limit *= 10) {
        int r = setjmp(env);
        if (r == 0) {
            rounds++;
            dive(0, limit);
            printf("not reached\n");
        } else {
            printf("longjmp returned %d after depth %d (rounds %d)\n", r, depth_reached, rounds);
        }
    }
    /* longjmp(env, 0) must make setjmp return 1. */
    volatile int phase = 0;
    int r = setjmp(env);
    printf("setjmp -> %d (phase %d)\n", r, phase);
    if (phase++ == 0) longjmp(env, 0);
    /* sigsetjmp without saving the mask behaves like setjmp. */
    sigjmp_buf senv;
    volatile long local = OPAQUE(5L);
    if (sigsetjmp(senv, 0) == 0) {
        local *= 7;
        siglongjmp(senv, 3);
    }
    printf("local after siglongjmp %ld\n", local);
    return 0;
}
