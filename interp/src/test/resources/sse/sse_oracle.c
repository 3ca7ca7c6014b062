/*
 * Native oracle for ring3's SSE/SSE2 tests (SseNativeTest): runs each instruction below on the
 * host CPU over edge values (NaNs with payloads, signed zeros, denormals, infinities, ties,
 * overflow and underflow) under several MXCSR settings (the four rounding modes, FTZ, DAZ) and
 * prints its exact inputs and outputs; the test decodes the printed instruction bytes and runs
 * the same cases through the interpreter.
 *
 * Rerun by hand:
 *   gcc -O1 -mno-red-zone -o /tmp/sse_oracle sse_oracle.c && /tmp/sse_oracle [N] > out.txt
 * With N only every Nth case is printed; the checked-in expectations used where gcc is absent
 * were made with: /tmp/sse_oracle 97 | gzip -9 > sse_expected.txt.gz
 *
 * Output: "I <bytes> <asm>" per instruction, then per case
 * "C x0lo x0hi x1lo x1hi rax rcx m0 m1 mxcsr > x0lo x0hi x1lo x1hi rax rcx m0 m1 mxcsr flags"
 * in hex, where m0/m1 are the 16 bytes at (%rdx) and flags is RFLAGS & 0x8D5 (set to 0x8D5 before).
 * XMM2 holds a copy of m0/m1 when the instruction runs (blendvps %xmm0, %xmm2, %xmm1 reads it).
 */
#define ORACLE_SEED 0x9E3779B97F4A7C15ull
#include "../oracle.h"

struct state {
    uint64_t x0[2], x1[2], rax, rcx, mem[2];
    uint64_t mxcsr, flags;
};

/* 16 bytes of operand, then 16 zero bytes that unaligned loads (lddqu 1(%rdx)) may reach. */
static uint64_t membuf[4] __attribute__((aligned(16)));

/* sse4_oracle.c reuses this harness with its own list of instructions. */
#ifndef CASES
#define CASES "sse_cases.h"
#endif

#define T(id, cat, insn)                                                                        \
    extern const unsigned char t##id##_s[], t##id##_e[];                                        \
    static __attribute__((noinline)) void t##id(state *s) {                                    \
        asm volatile("movdqu 0(%0), %%xmm0\n\t"                                                 \
                     "movdqu 16(%0), %%xmm1\n\t"                                                \
                     "mov 32(%0), %%rax\n\t"                                                    \
                     "mov 40(%0), %%rcx\n\t"                                                    \
                     "movdqu 48(%0), %%xmm2\n\t"                                                \
                     "movdqa %%xmm2, (%1)\n\t"                                                  \
                     "ldmxcsr 64(%0)\n\t"                                                       \
                     "pushq $0x8d7\n\t"                                                         \
                     "popfq\n\t"                                                                \
                     ".globl t" #id "_s\nt" #id "_s:\n\t" insn "\n\t.globl t" #id "_e\nt" #id "_e:\n\t" \
                     "pushfq\n\t"                                                               \
                     "popq 72(%0)\n\t"                                                          \
                     "stmxcsr 64(%0)\n\t"                                                       \
                     "movdqu %%xmm0, 0(%0)\n\t"                                                 \
                     "movdqu %%xmm1, 16(%0)\n\t"                                                \
                     "mov %%rax, 32(%0)\n\t"                                                    \
                     "mov %%rcx, 40(%0)\n\t"                                                    \
                     "movdqa (%1), %%xmm2\n\t"                                                  \
                     "movdqu %%xmm2, 48(%0)\n\t"                                                \
                     "pushq $0x1f80\n\t"                                                        \
                     "ldmxcsr (%%rsp)\n\t"                                                      \
                     "popq %%rax\n\t"                                                           \
                     :                                                                          \
                     : "D"(s), "d"(membuf)                                                      \
                     : "rax", "rcx", "xmm0", "xmm1", "xmm2", "memory", "cc");                   \
    }

#include CASES
#undef T

#define T TEST_ROW
static const test tests[] = {
#include CASES
};
#undef T

/* ---- inputs ---------------------------------------------------------------------------------- */

static const uint32_t F[] = {
    0x00000000, 0x80000000, 0x3F800000, 0xBF800000, 0x3FC00000, 0xBFC00000, 0x40200000, 0xC0200000,
    0x3F000000, 0x3DCCCCCD, 0x3EAAAAAB, 0x3F800001, 0x4B800001, 0x7F7FFFFF, 0xFF7FFFFF, 0x7F000000,
    0x00800000, 0x80800000, 0x00C00000, 0x00000001, 0x007FFFFF, 0x80400000, 0x0C000000, 0x33800000,
    0x7F800000, 0xFF800000, 0x7FC00000, 0x7FC12345, 0xFFC00001, 0x7F800001, 0x7FA00000, 0x4F000000,
    0xCF000000, 0x4EFFFFFF, 0x5F000000, 0xDF000001,
};
static const uint64_t D[] = {
    0x0000000000000000, 0x8000000000000000, 0x3FF0000000000000, 0xBFF0000000000000,
    0x3FF8000000000000, 0xBFF8000000000000, 0x4004000000000000, 0xC004000000000000,
    0x3FE0000000000000, 0x3FB999999999999A, 0x3FD5555555555555, 0x3FF0000000000001,
    0x4340000000000001, 0x7FEFFFFFFFFFFFFF, 0xFFEFFFFFFFFFFFFF, 0x7FE0000000000000,
    0x0010000000000000, 0x8010000000000000, 0x0018000000000000, 0x0000000000000001,
    0x000FFFFFFFFFFFFF, 0x8008000000000000, 0x2000000000000000, 0x3CA0000000000000,
    0x7FF0000000000000, 0xFFF0000000000000, 0x7FF8000000000000, 0x7FF8000012345678,
    0xFFF8000000000001, 0x7FF0000000000001, 0x7FF4000000000000, 0x41E0000000000000,
    0xC1E0000000000000, 0x41DFFFFFFFC00000, 0x43E0000000000000, 0xC3E0000000000001,
    0x47EFFFFFE0000000, 0x3810000000000000, 0x380FFFFFF0000000, 0x36A0000000000000,
};
static const uint64_t INTS[] = {
    0, 1, (uint64_t)-1, 0x1000001, (uint64_t)-0x1000001, 0x7FFFFFFF, 0xFFFFFFFF80000000ull, 0x80000000,
    0x20000000000001ull, 0x7FFFFFFFFFFFFFFFull, 0x8000000000000000ull, 0x0123456789ABCDEFull,
    0xFFFFFFFF00000001ull, 0x00000000FFFF8000ull, 0x7FFF80007FFF8000ull, 0x8000800080008000ull,
};
static const uint64_t COUNTS[] = {0, 1, 3, 7, 8, 15, 16, 17, 31, 32, 33, 63, 64, 65, 255, 256, 0x100000000ull,
                                  0x8000000000000000ull};
/* Nearest, down, up, zero; FTZ+DAZ; flags already set; FTZ; DAZ; FTZ with round-to-zero; only PE set
   (a program's usual state after its first inexact result, where ring3's fast paths run). */
static const uint32_t MXCSR[] = {0x1F80, 0x3F80, 0x5F80, 0x7F80, 0x9FC0, 0x1F80 | 0x3F, 0x9F80, 0x1FC0, 0xFF80,
                                 0x1F80 | 0x20};



/* A random binary32 with an exponent near 0, near the edges of the range, or anywhere. */
static uint32_t rndF(void) {
    uint64_t r = rnd();
    uint32_t e;
    switch (r & 3) {
    case 0: e = 127 - 8 + (r >> 8) % 16; break;
    case 1: e = (r >> 8) % 30; break;
    case 2: e = 254 - (r >> 8) % 30; break;
    default: e = (r >> 8) % 256; break;
    }
    uint32_t m = (uint32_t)(r >> 20) & 0x7FFFFF;
    if ((r >> 50) % 4 == 0) {
        m &= 0x7FF000; /* short significands: exact results and ties */
    }
    return (uint32_t)((r >> 63) << 31) | (e << 23) | m;
}

static uint64_t rndD(void) {
    uint64_t r = rnd(), r2 = rnd();
    uint64_t e;
    switch (r & 3) {
    case 0: e = 1023 - 8 + (r >> 8) % 16; break;
    case 1: e = (r >> 8) % 60; break;
    case 2: e = 2046 - (r >> 8) % 60; break;
    default: e = (r >> 8) % 2048; break;
    }
    uint64_t m = r2 & 0xFFFFFFFFFFFFFull;
    if ((r >> 50) % 4 == 0) {
        m &= 0xFFFFFF0000000ull;
    }
    return ((r >> 63) << 63) | (e << 52) | m;
}

/* A random 64-bit value whose bytes lean to the edges of every lane width. */
static uint64_t rndBytes(void) {
    static const uint8_t edge[] = {0x00, 0x01, 0x7F, 0x80, 0xFF, 0xFE, 0x81};
    uint64_t v = 0;
    for (int k = 0; k < 8; k++) {
        uint64_t r = rnd();
        uint8_t b = (r & 3) == 0 ? edge[(r >> 8) % N(edge)] : (uint8_t)(r >> 16);
        v |= (uint64_t)b << (8 * k);
    }
    return v;
}

static void run(const test *t, state *in) {
    if (!sampled()) {
        return;
    }
    state s = *in;
    t->fn(&s);
    printf("C %llx %llx %llx %llx %llx %llx %llx %llx %llx > %llx %llx %llx %llx %llx %llx %llx %llx %llx %llx\n",
           (unsigned long long)in->x0[0], (unsigned long long)in->x0[1], (unsigned long long)in->x1[0],
           (unsigned long long)in->x1[1], (unsigned long long)in->rax, (unsigned long long)in->rcx,
           (unsigned long long)in->mem[0], (unsigned long long)in->mem[1], (unsigned long long)in->mxcsr,
           (unsigned long long)s.x0[0], (unsigned long long)s.x0[1], (unsigned long long)s.x1[0],
           (unsigned long long)s.x1[1], (unsigned long long)s.rax, (unsigned long long)s.rcx,
           (unsigned long long)s.mem[0], (unsigned long long)s.mem[1], (unsigned long long)s.mxcsr,
           (unsigned long long)(s.flags & 0x8D5));
}

static uint64_t f2(uint32_t lo, uint32_t hi) {
    return (uint64_t)lo | ((uint64_t)hi << 32);
}

static void cases(const test *t) {
    state s;
    memset(&s, 0, sizeof s);
    size_t n;
    switch (t->cat[0]) {
    case 'S': /* binary32 lanes: every pair in lane 0, shifted pairs in the others */
    case 's': /* the same under fewer MXCSR settings */
        n = N(F);
        for (size_t m = 0; m < N(MXCSR); m += t->cat[0] == 's' ? 4 : 1)
            for (size_t i = 0; i < n; i++)
                for (size_t j = 0; j < n; j++) {
                    s.mxcsr = MXCSR[m];
                    s.x0[0] = f2(F[i], F[(i + 5) % n]);
                    s.x0[1] = f2(F[(i + 11) % n], F[(i + 17) % n]);
                    s.x1[0] = f2(F[j], F[(j + 7) % n]);
                    s.x1[1] = f2(F[(j + 13) % n], F[(j + 19) % n]);
                    s.mem[0] = s.x1[0];
                    s.mem[1] = s.x1[1];
                    s.rax = 0x1111111111111111ull;
                    s.rcx = 0x2222222222222222ull;
                    run(t, &s);
                }
        for (size_t m = 0; t->cat[0] == 'S' && m < N(MXCSR); m++)
            for (int k = 0; k < 400; k++) {
                s.mxcsr = MXCSR[m];
                s.x0[0] = f2(rndF(), rndF());
                s.x0[1] = f2(rndF(), rndF());
                s.x1[0] = f2(rndF(), rndF());
                s.x1[1] = f2(rndF(), rndF());
                s.mem[0] = s.x1[0];
                s.mem[1] = s.x1[1];
                run(t, &s);
            }
        break;
    case 'D':
    case 'd':
        n = N(D);
        for (size_t m = 0; m < N(MXCSR); m += t->cat[0] == 'd' ? 4 : 1)
            for (size_t i = 0; i < n; i++)
                for (size_t j = 0; j < n; j++) {
                    s.mxcsr = MXCSR[m];
                    s.x0[0] = D[i];
                    s.x0[1] = D[(i + 11) % n];
                    s.x1[0] = D[j];
                    s.x1[1] = D[(j + 13) % n];
                    s.mem[0] = s.x1[0];
                    s.mem[1] = s.x1[1];
                    s.rax = 0x1111111111111111ull;
                    s.rcx = 0x2222222222222222ull;
                    run(t, &s);
                }
        for (size_t m = 0; t->cat[0] == 'D' && m < N(MXCSR); m++)
            for (int k = 0; k < 400; k++) {
                s.mxcsr = MXCSR[m];
                s.x0[0] = rndD();
                s.x0[1] = rndD();
                s.x1[0] = rndD();
                s.x1[1] = rndD();
                s.mem[0] = s.x1[0];
                s.mem[1] = s.x1[1];
                run(t, &s);
            }
        break;
    case 'C': /* integer sources in rcx, xmm1 and memory */
        n = N(INTS);
        for (size_t m = 0; m < N(MXCSR); m++)
            for (size_t i = 0; i < n; i++) {
                s.mxcsr = MXCSR[m];
                s.rcx = INTS[i];
                s.rax = INTS[(i + 3) % n];
                s.x0[0] = 0x3FF0000000000000ull;
                s.x0[1] = 0xAAAAAAAAAAAAAAAAull;
                s.x1[0] = INTS[i];
                s.x1[1] = INTS[(i + 5) % n];
                s.mem[0] = INTS[(i + 7) % n];
                s.mem[1] = INTS[(i + 9) % n];
                run(t, &s);
            }
        break;
    case 'I': /* packed integers: random lanes biased to the edges */
        for (int k = 0; k < 300; k++) {
            s.mxcsr = 0x1F80;
            s.x0[0] = rndBytes();
            s.x0[1] = rndBytes();
            s.x1[0] = rndBytes();
            s.x1[1] = rndBytes();
            s.mem[0] = s.x1[0];
            s.mem[1] = s.x1[1];
            s.rax = rndBytes();
            s.rcx = rndBytes();
            run(t, &s);
        }
        break;
    case 'W': /* packed integers whose words come from a few edge values: ties, saturation */
        for (int k = 0; k < 300; k++) {
            static const uint16_t edge[] = {0x0000, 0x0001, 0x7FFF, 0x8000, 0xFFFF, 0x00FF, 0xFF00, 0x4000};
            uint64_t v[4];
            for (int j = 0; j < 4; j++) {
                v[j] = 0;
                for (int w = 0; w < 4; w++) {
                    uint64_t r = rnd();
                    uint64_t x = (r & 1) ? edge[(r >> 8) % N(edge)] : (r >> 16) & 0xFFFF;
                    v[j] |= x << (16 * w);
                }
            }
            s.mxcsr = 0x1F80;
            s.x0[0] = v[0];
            s.x0[1] = v[1];
            s.x1[0] = v[2];
            s.x1[1] = v[3];
            s.mem[0] = s.x1[0];
            s.mem[1] = s.x1[1];
            s.rax = rndBytes();
            s.rcx = rndBytes();
            run(t, &s);
        }
        break;
    case 'B': /* xmm1 related to xmm0 (zero, equal, a subset, disjoint, the complement): PTEST's flags */
        for (int k = 0; k < 300; k++) {
            uint64_t a0 = rndBytes(), a1 = rndBytes(), m0 = rndBytes(), m1 = rndBytes();
            static const int kinds = 6;
            uint64_t b0, b1;
            switch (k % kinds) {
            case 0: b0 = 0; b1 = 0; break;
            case 1: b0 = a0; b1 = a1; break;
            case 2: b0 = a0 & m0; b1 = a1 & m1; break;
            case 3: b0 = ~a0 & m0; b1 = ~a1 & m1; break;
            case 4: b0 = ~a0; b1 = ~a1; break;
            default: b0 = m0; b1 = m1; break;
            }
            s.mxcsr = 0x1F80;
            s.x0[0] = k % 12 == 6 ? 0 : a0;
            s.x0[1] = k % 12 == 6 ? 0 : a1;
            s.x1[0] = b0;
            s.x1[1] = b1;
            s.mem[0] = s.x1[0];
            s.mem[1] = s.x1[1];
            s.rax = rndBytes();
            s.rcx = rndBytes();
            run(t, &s);
        }
        break;
    case 'X': /* shift counts in xmm1 */
        for (size_t c = 0; c < N(COUNTS); c++)
            for (int k = 0; k < 8; k++) {
                s.mxcsr = 0x1F80;
                s.x0[0] = rndBytes();
                s.x0[1] = rndBytes();
                s.x1[0] = COUNTS[c];
                s.x1[1] = rndBytes();
                s.mem[0] = s.x1[0];
                s.mem[1] = s.x1[1];
                run(t, &s);
            }
        break;
    }
}

ORACLE_MAIN
