/*
 * What the native oracles (isa/isa_oracle.c, sse/sse_oracle.c, x87/x87_oracle.c) share: the table
 * of instructions, the random numbers, the sampling of printed cases and the main loop. Each oracle
 * defines its own struct state (what one case loads and saves), a T(id, category, insn) macro that
 * turns every line of its cases file into a function t<id>(state *) between the labels t<id>_s and
 * t<id>_e, and cases(const test *), which runs one instruction over its inputs through run().
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N(a) (sizeof(a) / sizeof((a)[0]))

typedef struct state state;

/* One instruction: its function, its bytes (between the labels), input category and AT&T text. */
typedef struct {
    void (*fn)(state *);
    const unsigned char *s, *e;
    const char *cat;
    const char *text;
} test;

/* A line of a cases file as a row of tests[]. */
#define TEST_ROW(id, cat, insn) {t##id, t##id##_s, t##id##_e, cat, insn},

/* xorshift64; each oracle seeds it (ORACLE_SEED) so that its cases stay as they were. */
static uint64_t rng = ORACLE_SEED;
static uint64_t rnd(void) {
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

/* With argv[1] = N only every Nth case is printed (the checked-in expectations are such samples). */
static int sample = 1, counter;
static int sampled(void) {
    return counter++ % sample == 0;
}

/* "I <bytes> <asm>": the instruction as the replaying test decodes it, %% unescaped. */
static void printInsn(const test *t) {
    printf("I ");
    for (const unsigned char *p = t->s; p < t->e; p++) {
        printf("%02x", *p);
    }
    printf(" ");
    for (const char *p = t->text; *p; p++) {
        if (!(p[0] == '%' && p[1] == '%')) {
            putchar(*p);
        }
    }
    printf("\n");
}

static void cases(const test *t);

/* The main of every oracle: each instruction of tests[], then its cases. */
#define ORACLE_MAIN                                                                              \
    int main(int argc, char **argv) {                                                            \
        if (argc > 1) {                                                                          \
            sample = atoi(argv[1]);                                                              \
        }                                                                                        \
        for (size_t k = 0; k < N(tests); k++) {                                                  \
            printInsn(&tests[k]);                                                                \
            cases(&tests[k]);                                                                    \
        }                                                                                        \
        return 0;                                                                                \
    }
