/*
 * Native oracle for ring3's SSE4.2, AES-NI, PCLMULQDQ, POPCNT and MMX tests (IsaNativeTest):
 * runs each instruction in isa_cases.h on the host CPU and prints its inputs and what changed.
 * The whole x87/SSE state goes in and out through FXRSTOR/FXSAVE, so MMX's aliasing of the x87
 * registers (TOP, the tag word, the exponent words of the registers it writes) is compared too.
 *
 * Rerun by hand:
 *   gcc -O1 -mno-red-zone -o /tmp/isa_oracle isa_oracle.c && /tmp/isa_oracle [N] > out.txt
 * With N only every Nth case is printed; the checked-in expectations used where gcc is absent
 * were made with: /tmp/isa_oracle 61 | gzip -9 > isa_expected.txt.gz
 *
 * Output: "I <bytes> <asm>" per instruction, then per case "C <31 inputs> > <k:v ...>" in hex:
 * the inputs are V[0] = FCW | FSW << 16 | abridged FTW << 32, V[1..16] the eight FXSAVE register
 * slots (ST(k) order) as significand, sign+exponent, V[17..22] XMM0..2 (low, high), V[23] MXCSR,
 * V[24..27] RAX RCX RDX RBX, V[28..29] the 16 bytes at (%rsi) (also (%rdi): MASKMOVQ's target),
 * V[30] RFLAGS & 0x8D5; after '>' come the entries that changed, as index:value.
 */
#define ORACLE_SEED 0x2545F4914F6CDD1Dull
#include "../oracle.h"

struct state {
    uint8_t fx[512];
    uint64_t rax, rcx, rdx, rbx;
    uint64_t mem[2];
    uint64_t flags;
} __attribute__((aligned(16)));

/* 16 bytes compared, the rest room for FNSTENV/FNSAVE images that a case reads back into GPRs. */
static uint64_t membuf[16] __attribute__((aligned(16)));

#define T(id, cat, insn)                                                                        \
    extern const unsigned char t##id##_s[], t##id##_e[];                                        \
    static __attribute__((noinline)) void t##id(state *s) {                                    \
        asm volatile("mov %0, %%r8\n\t"                                                         \
                     "movdqa 544(%%r8), %%xmm0\n\t"                                             \
                     "movdqa %%xmm0, (%%rsi)\n\t"                                               \
                     "fxrstor (%%r8)\n\t"                                                       \
                     "mov 512(%%r8), %%rax\n\t"                                                 \
                     "mov 520(%%r8), %%rcx\n\t"                                                 \
                     "mov 528(%%r8), %%rdx\n\t"                                                 \
                     "mov 536(%%r8), %%rbx\n\t"                                                 \
                     "mov %%rsi, %%rdi\n\t"                                                     \
                     "pushq 560(%%r8)\n\t"                                                      \
                     "popfq\n\t"                                                                \
                     ".globl t" #id "_s\nt" #id "_s:\n\t" insn "\n\t.globl t" #id "_e\nt" #id "_e:\n\t" \
                     "pushfq\n\t"                                                               \
                     "popq 560(%%r8)\n\t"                                                       \
                     "fxsave (%%r8)\n\t"                                                        \
                     "mov %%rax, 512(%%r8)\n\t"                                                 \
                     "mov %%rcx, 520(%%r8)\n\t"                                                 \
                     "mov %%rdx, 528(%%r8)\n\t"                                                 \
                     "mov %%rbx, 536(%%r8)\n\t"                                                 \
                     "movdqa (%%rsi), %%xmm0\n\t"                                               \
                     "movdqa %%xmm0, 544(%%r8)\n\t"                                             \
                     "fninit\n\t"                                                               \
                     "pushq $0x1f80\n\t"                                                        \
                     "ldmxcsr (%%rsp)\n\t"                                                      \
                     "popq %%rax\n\t"                                                           \
                     :                                                                          \
                     : "r"(s), "S"(membuf)                                                      \
                     : "rax", "rbx", "rcx", "rdx", "rdi", "r8", "xmm0", "xmm1", "xmm2", "xmm3", \
                       "xmm4", "xmm5", "xmm6", "xmm7", "xmm8", "xmm9", "xmm10", "xmm11", "xmm12",  \
                       "xmm13", "xmm14", "xmm15", "mm0", "mm1", "mm2", "mm3", "mm4", "mm5", "mm6", \
                       "mm7", "st", "st(1)", "st(2)", "st(3)", "st(4)", "st(5)", "st(6)", "st(7)", \
                       "memory", "cc");                                                         \
    }

#include "isa_cases.h"
#undef T

#define T TEST_ROW
static const test tests[] = {
#include "isa_cases.h"
};
#undef T

#define NV 31

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

/* Bytes from a small alphabet (so that elements often match), with zeros sprinkled in. */
static uint64_t rndText(int zeros) {
    static const uint8_t alpha[] = {'a', 'b', 'c', 'a', 'b', 0x80, 0xFF, 0x7F, 0x01, 'z'};
    uint64_t v = 0;
    for (int k = 0; k < 8; k++) {
        uint64_t r = rnd();
        uint8_t b = alpha[(r >> 8) % N(alpha)];
        if (zeros && (r & 15) == 0) {
            b = 0;
        }
        v |= (uint64_t)b << (8 * k);
    }
    return v;
}

/* A binary32 pair (for CVTPS2PI ...) biased to integers, halves and out-of-range values. */
static uint32_t rndF(void) {
    static const uint32_t F[] = {0x00000000, 0x80000000, 0x3F000000, 0xBF000000, 0x3FC00000, 0x40200000,
                                 0x4EFFFFFF, 0x4F000000, 0xCF000000, 0xCF000001, 0x7F800000, 0xFF800000,
                                 0x7FC00000, 0x7FA00000, 0x00000001, 0x3F800001, 0x4B000001, 0xC0600000};
    uint64_t r = rnd();
    if (r & 1) {
        return F[(r >> 8) % N(F)];
    }
    uint32_t e = 120 + (r >> 8) % 40;
    return (uint32_t)((r >> 63) << 31) | (e << 23) | ((uint32_t)(r >> 20) & 0x7FFFFF);
}

static uint64_t rndD(void) {
    static const uint64_t D[] = {0, 0x8000000000000000ull, 0x3FE0000000000000ull, 0xBFF8000000000000ull,
                                 0x41DFFFFFFFC00000ull, 0x41E0000000000000ull, 0xC1E0000000000000ull,
                                 0xC1E0000000200000ull, 0x7FF0000000000000ull, 0x7FF8000000000000ull,
                                 0x7FF4000000000000ull, 0x0000000000000001ull, 0x4004000000000000ull};
    uint64_t r = rnd();
    if (r & 1) {
        return D[(r >> 8) % N(D)];
    }
    uint64_t e = 1010 + (r >> 8) % 40;
    return ((r >> 63) << 63) | (e << 52) | (rnd() & 0xFFFFFFFFFFFFFull);
}

static uint64_t f2(uint32_t lo, uint32_t hi) {
    return (uint64_t)lo | ((uint64_t)hi << 32);
}

static const uint64_t LENGTHS[] = {0, 1, 2, 5, 7, 8, 9, 15, 16, 17, 100, (uint64_t)-1, (uint64_t)-5,
                                   (uint64_t)-16, (uint64_t)-17, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF,
                                   0x100000003ull, 0xFFFFFFFF00000004ull, 0x8000000000000000ull,
                                   0x7FFFFFFFFFFFFFFFull, 0xFFFFFFFFFFFFFFF9ull};
static const uint64_t COUNTS[] = {0, 1, 3, 7, 8, 15, 16, 17, 31, 32, 33, 63, 64, 65, 255, 256, 0x100000000ull,
                                  0x8000000000000000ull};
static const uint32_t MXCSR[] = {0x1F80, 0x3F80, 0x5F80, 0x7F80, 0x9FC0};

/* ---- the x87 side of the input ------------------------------------------------------------- */

static uint64_t phys_man[8];
static uint16_t phys_se[8];

/*
 * x87 starting states: 0 as after an MMX instruction (TOP 0, all tags valid, exponent words all
 * ones); 1 an x87 stack in use (TOP 5, three registers valid, condition codes set); 2 empty
 * after FNINIT. mm0 and mm1 are the significands of physical registers 0 and 1 in every case.
 */
static void x87_state(state *s, int kind, uint64_t mm0, uint64_t mm1) {
    uint16_t fsw, ftw;
    for (int p = 0; p < 8; p++) {
        phys_man[p] = rnd();
        phys_se[p] = kind == 0 ? 0xFFFF : (uint16_t)(0x3FF0 + p);
    }
    phys_man[0] = mm0;
    phys_man[1] = mm1;
    switch (kind) {
    case 0: fsw = 0; ftw = 0xFF; break;
    case 1: fsw = (5 << 11) | 0x4500; ftw = 0xE2; break;
    default: fsw = 0; ftw = 0; break;
    }
    int top = (fsw >> 11) & 7;
    memset(s->fx, 0, 24); /* FCW .. FDP; MXCSR stays */
    memset(s->fx + 32, 0, 128);
    *(uint16_t *)(s->fx + 0) = 0x037F;
    *(uint16_t *)(s->fx + 2) = fsw;
    s->fx[4] = (uint8_t)ftw;
    for (int k = 0; k < 8; k++) {
        int p = (top + k) & 7;
        *(uint64_t *)(s->fx + 32 + 16 * k) = phys_man[p];
        *(uint16_t *)(s->fx + 40 + 16 * k) = phys_se[p];
    }
}

static void set_xmm(state *s, int n, uint64_t lo, uint64_t hi) {
    *(uint64_t *)(s->fx + 160 + 16 * n) = lo;
    *(uint64_t *)(s->fx + 168 + 16 * n) = hi;
}

static void set_mxcsr(state *s, uint32_t m) {
    *(uint32_t *)(s->fx + 24) = m;
    *(uint32_t *)(s->fx + 28) = 0xFFFF;
}

static void vector(const state *s, uint64_t *v) {
    v[0] = *(uint16_t *)(s->fx + 0) | (uint64_t)*(uint16_t *)(s->fx + 2) << 16 | (uint64_t)s->fx[4] << 32;
    for (int k = 0; k < 8; k++) {
        v[1 + 2 * k] = *(uint64_t *)(s->fx + 32 + 16 * k);
        v[2 + 2 * k] = *(uint16_t *)(s->fx + 40 + 16 * k);
    }
    for (int k = 0; k < 6; k++) {
        v[17 + k] = *(uint64_t *)(s->fx + 160 + 8 * k);
    }
    v[23] = *(uint32_t *)(s->fx + 24);
    v[24] = s->rax;
    v[25] = s->rcx;
    v[26] = s->rdx;
    v[27] = s->rbx;
    v[28] = s->mem[0];
    v[29] = s->mem[1];
    v[30] = s->flags & 0x8D5;
}

static void run(const test *t, state *in) {
    if (!sampled()) {
        return;
    }
    state s = *in;
    t->fn(&s);
    uint64_t a[NV], b[NV];
    vector(in, a);
    vector(&s, b);
    printf("C");
    for (int k = 0; k < NV; k++) {
        printf(" %llx", (unsigned long long)a[k]);
    }
    printf(" >");
    for (int k = 0; k < NV; k++) {
        if (a[k] != b[k]) {
            printf(" %d:%llx", k, (unsigned long long)b[k]);
        }
    }
    printf("\n");
}

static void base(state *s, int x87) {
    memset(s, 0, sizeof *s);
    x87_state(s, x87, rndBytes(), rndBytes());
    set_mxcsr(s, 0x1F80);
    for (int n = 0; n < 3; n++) {
        set_xmm(s, n, rndBytes(), rndBytes());
    }
    s->rax = rndBytes();
    s->rcx = rndBytes();
    s->rdx = rndBytes();
    s->rbx = rndBytes();
    s->mem[0] = rndBytes();
    s->mem[1] = rndBytes();
    s->flags = (rnd() & 1) ? 0x8D7 : 0x202;
}

static void cases(const test *t) {
    state s;
    switch (t->cat[0]) {
    case 'P': /* string compares: texts with zeros, lengths in RAX/RDX */
        for (int k = 0; k < 48; k++) {
            base(&s, 2);
            int zeros = k % 3 != 0;
            uint64_t a0 = rndText(zeros), a1 = rndText(zeros), b0 = rndText(zeros), b1 = rndText(zeros);
            if (k % 4 == 1) { /* b contains a's first bytes somewhere */
                int sh = (int)(rnd() % 8) * 8;
                b0 = (b0 & ~(0xFFFFull << sh)) | ((a0 & 0xFFFF) << sh);
            }
            if (k % 8 == 2) { /* ranges-like bounds in a */
                a0 = 0x7A61393000000000ull | (rnd() & 0xFFFFFFFF);
            }
            if (k % 16 == 5) {
                b0 = a0;
                b1 = a1;
            }
            set_xmm(&s, 0, a0, a1);
            set_xmm(&s, 1, b0, b1);
            s.mem[0] = b0;
            s.mem[1] = b1;
            s.rax = LENGTHS[rnd() % N(LENGTHS)];
            s.rdx = LENGTHS[rnd() % N(LENGTHS)];
            run(t, &s);
        }
        break;
    case 'I': /* integer lanes in xmm0/xmm1/memory, GPRs, and mm0/mm1 (MMX and x87 starting states) */
        for (int k = 0; k < 240; k++) {
            base(&s, k % 3);
            uint64_t lo = *(uint64_t *)(s.fx + 176), hi = *(uint64_t *)(s.fx + 184);
            if (k % 5 == 0) {
                lo = phys_man[1];
            }
            s.mem[0] = k % 2 ? lo : phys_man[1];
            s.mem[1] = hi;
            run(t, &s);
        }
        break;
    case 'K': /* shift counts in mm1, xmm1 and memory */
        for (size_t c = 0; c < N(COUNTS); c++)
            for (int k = 0; k < 6; k++) {
                base(&s, k % 3);
                x87_state(&s, k % 3, rndBytes(), COUNTS[c]);
                set_xmm(&s, 1, COUNTS[c], rndBytes());
                s.mem[0] = COUNTS[c];
                run(t, &s);
            }
        break;
    case 'F': /* binary32 / binary64 / int32 lanes under several MXCSR settings */
        for (size_t m = 0; m < N(MXCSR); m++)
            for (int k = 0; k < 60; k++) {
                base(&s, k % 3);
                set_mxcsr(&s, MXCSR[m]);
                int dbl = k % 2;
                uint64_t lo = dbl ? rndD() : f2(rndF(), rndF());
                uint64_t hi = dbl ? rndD() : f2(rndF(), rndF());
                set_xmm(&s, 1, lo, hi);
                s.mem[0] = lo;
                s.mem[1] = hi;
                if (k % 4 >= 2) {
                    x87_state(&s, k % 3, rndBytes(), f2((uint32_t)rndBytes(), (uint32_t)(rnd() >> 7)));
                    s.mem[0] = phys_man[1];
                }
                run(t, &s);
            }
        break;
    }
}

ORACLE_MAIN
