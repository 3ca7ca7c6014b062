/*
 * Native oracle for ring3's x87 tests (X87NativeTest): runs each instruction in x87_cases.h on the
 * host FPU over edge values (signed zeros, denormals, pseudo-denormals, unnormals, infinities,
 * quiet and signalling NaNs, the indefinite, values at the edges of every format) and random
 * ones, under several control words (PC 24/53/64, all four RC, some exceptions unmasked), with
 * stacks from empty to full, and prints its exact inputs and outputs; the test decodes the
 * printed instruction bytes and replays every case through the interpreter's semantics.
 *
 * Rerun by hand:
 *   gcc -O1 -mno-red-zone -o /tmp/x87_oracle x87_oracle.c && /tmp/x87_oracle [N] > out.txt
 * With N only every Nth case is printed; the checked-in expectations used where gcc is absent
 * were made with: /tmp/x87_oracle 23 | gzip -9 > x87_expected.txt.gz
 *
 * Every case starts from FNINIT with eight sentinel values left in the (then empty) registers,
 * loads the control word, pushes n values (ST(0) = v0), sets RFLAGS, RAX and 16 bytes at (%rdx),
 * runs the instruction and saves the state with FNSAVE (a non-waiting store, so a pending
 * unmasked exception is recorded, not raised).
 *
 * Output: "I <bytes> <asm>" per instruction, then per case
 *   "C n cw rflags rax m0 m1 v0se v0man ... > sw tw rflags rax m0 m1 st0se st0man ... st7man"
 * in hex, rflags in and out masked with 0x8D5.
 */
#define ORACLE_SEED 0x9E3779B97F4A7C15ull
#include "../oracle.h"

struct state {
    uint64_t n, cw, flags, rax;    /* 0, 8, 16, 24 */
    uint64_t mem[2];               /* 32 */
    uint64_t flagsOut, pad;        /* 48 */
    uint64_t v[8][2];              /* 64: 10-byte values in 16-byte slots */
    unsigned char save[112];       /* 192: FNSAVE image */
};

static uint64_t membuf[2] __attribute__((aligned(16)));
static uint64_t sentinel[8][2] __attribute__((aligned(16)));

#define T(id, cat, insn)                                                                        \
    extern const unsigned char t##id##_s[], t##id##_e[];                                        \
    static __attribute__((noinline)) void t##id(state *s) {                                    \
        asm volatile("fninit\n\t"                                                               \
                     "fldt 0(%2)\n\tfldt 16(%2)\n\tfldt 32(%2)\n\tfldt 48(%2)\n\t"             \
                     "fldt 64(%2)\n\tfldt 80(%2)\n\tfldt 96(%2)\n\tfldt 112(%2)\n\t"           \
                     "fninit\n\t"                                                               \
                     "fldcw 8(%0)\n\t"                                                          \
                     "mov 0(%0), %%rcx\n\t"                                                     \
                     "test %%rcx, %%rcx\n\t"                                                    \
                     "jz 2f\n\t"                                                                \
                     "mov %%rcx, %%rax\n\t"                                                     \
                     "shl $4, %%rax\n\t"                                                        \
                     "lea 48(%0,%%rax), %%rsi\n\t"                                              \
                     "1: fldt (%%rsi)\n\t"                                                      \
                     "sub $16, %%rsi\n\t"                                                       \
                     "dec %%rcx\n\t"                                                            \
                     "jnz 1b\n\t"                                                               \
                     "2:\n\t"                                                                   \
                     "movdqu 32(%0), %%xmm0\n\t"                                                \
                     "movdqa %%xmm0, (%1)\n\t"                                                  \
                     "mov 24(%0), %%rax\n\t"                                                    \
                     "pushq 16(%0)\n\t"                                                         \
                     "popfq\n\t"                                                                \
                     ".globl t" #id "_s\nt" #id "_s:\n\t" insn "\n\t.globl t" #id "_e\nt" #id "_e:\n\t" \
                     "pushfq\n\t"                                                               \
                     "popq 48(%0)\n\t"                                                          \
                     "mov %%rax, 24(%0)\n\t"                                                    \
                     "movdqa (%1), %%xmm0\n\t"                                                  \
                     "movdqu %%xmm0, 32(%0)\n\t"                                                \
                     "fnsave 192(%0)\n\t"                                                       \
                     "fninit\n\t"                                                               \
                     :                                                                          \
                     : "D"(s), "d"(membuf), "b"(sentinel)                                       \
                     : "rax", "rcx", "rsi", "xmm0", "memory", "cc", "st", "st(1)", "st(2)",     \
                       "st(3)", "st(4)", "st(5)", "st(6)", "st(7)");                            \
    }

#include "x87_cases.h"
#undef T

#define T TEST_ROW
static const test tests[] = {
#include "x87_cases.h"
};
#undef T

/* ---- inputs ---------------------------------------------------------------------------------- */

typedef struct { uint16_t se; uint64_t m; } ext;

static const ext E[] = {
    {0x0000, 0}, {0x8000, 0}, {0x3FFF, 0x8000000000000000ull}, {0xBFFF, 0x8000000000000000ull},
    {0x3FFF, 0xC000000000000000ull}, {0x4000, 0x8000000000000000ull}, {0x4000, 0xC000000000000000ull},
    {0x3FFE, 0x8000000000000000ull}, {0x4000, 0xC90FDAA22168C235ull}, {0x3FFD, 0xAAAAAAAAAAAAAAABull},
    {0x7FFE, 0xFFFFFFFFFFFFFFFFull}, {0xFFFE, 0xFFFFFFFFFFFFFFFFull}, {0x0001, 0x8000000000000000ull},
    {0x0000, 0x0000000000000001ull}, {0x8000, 0x4000000000000000ull}, {0x0000, 0x8000000000000001ull},
    {0x7FFF, 0x8000000000000000ull}, {0xFFFF, 0x8000000000000000ull}, {0x7FFF, 0xC000000000000000ull},
    {0x7FFF, 0xC000000012345678ull}, {0xFFFF, 0xE000000000000001ull}, {0x7FFF, 0xA000000000000000ull},
    {0xFFFF, 0x8000000000000001ull}, {0xFFFF, 0xC000000000000000ull}, {0x3FFF, 0x4000000000000000ull},
    {0x7FFF, 0x0000000000000000ull}, {0x7FFF, 0x4000000000000001ull}, {0x3FFF, 0x8000000000000001ull},
    {0x403E, 0x8000000000000000ull}, {0x403D, 0xFFFFFFFFFFFFFFFEull}, {0x403F, 0x8000000000000000ull},
    {0xC000, 0xA000000000000000ull}, {0x3FFB, 0xCCCCCCCCCCCCCCCDull}, {0x43FE, 0x9ABCDEF012345678ull},
    {0x0040, 0xF0F0F0F0F0F0F0F0ull}, {0x407E, 0xFFFFFF8000000000ull}, {0x3F6A, 0x8000000000000000ull},
    {0x43FE, 0xFFFFFFFFFFFFF800ull}, {0x3C01, 0x8000000000000000ull}, {0x3BCD, 0x8000000000000000ull},
    {0x3FFF, 0xFFFFFFFFFFFFFFFFull}, {0x400D, 0xFFFF000000000000ull}, {0xC03C, 0xDE0B6B3A763FFFF0ull},
    {0x3FFE, 0xC000000000000000ull}, {0xBFFD, 0x8000000000000400ull}, {0x400E, 0x8000800000000000ull},
};

static const uint32_t F[] = {
    0x00000000, 0x80000000, 0x3F800000, 0xBF800000, 0x3FC00000, 0x40200000, 0x3DCCCCCD, 0x7F7FFFFF,
    0xFF7FFFFF, 0x00800000, 0x00000001, 0x807FFFFF, 0x7F800000, 0xFF800000, 0x7FC00000, 0x7FC12345,
    0xFFC00001, 0x7F800001, 0x7FA00000, 0x4F000000, 0xCF000000, 0x5F000000,
};
static const uint64_t D[] = {
    0x0000000000000000, 0x8000000000000000, 0x3FF0000000000000, 0xBFF8000000000000,
    0x3FB999999999999A, 0x3FD5555555555555, 0x7FEFFFFFFFFFFFFF, 0x0010000000000000,
    0x0000000000000001, 0x800FFFFFFFFFFFFF, 0x7FF0000000000000, 0xFFF0000000000000,
    0x7FF8000000000000, 0x7FF8000012345678, 0xFFF8000000000001, 0x7FF0000000000001,
    0x7FF4000000000000, 0x43E0000000000000, 0xC3E0000000000001, 0x400921FB54442D18,
};
static const uint64_t INTS[] = {
    0, 1, (uint64_t)-1, 3, 7, 0x7FFF, 0x8000, 0xFFFF8000, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF80000000ull,
    0x7FFFFFFFFFFFFFFFull, 0x8000000000000000ull, 0x0123456789ABCDEFull, 0xFFFFFFFF00000001ull,
    0x1000001, 0x20000000000001ull,
};
static const uint64_t BCD[][2] = {
    {0, 0}, {1, 0}, {0x99, 0x8000}, {0x9999999999999999ull, 0x99}, {0x1234567890123456ull, 0x8078},
    {0, 0x8000}, {0x10, 0},
};
/* PC 64/53/24 nearest; down, up, zero; PC24 down; PC53 up; IE..UE unmasked (PE masked); all unmasked. */
static const uint64_t CW[] = {0x037F, 0x027F, 0x007F, 0x077F, 0x0B7F, 0x0F7F, 0x047F, 0x0A7F, 0x0360, 0x0340};
static const uint64_t FEW_CW[] = {0x037F, 0x007F, 0x0F7F, 0x0340};
static const uint64_t TRIG_CW[] = {0x037F, 0x077F, 0x0B7F, 0x0F7F};


/* A random normal extended value: exponent near 1, near the edges, or anywhere. */
static ext rndE(void) {
    uint64_t r = rnd();
    uint32_t e;
    switch (r & 3) {
    case 0: e = 16383 - 40 + (r >> 8) % 80; break;
    case 1: e = 1 + (r >> 8) % 80; break;
    case 2: e = 0x7FFE - (r >> 8) % 80; break;
    default: e = 1 + (r >> 8) % 0x7FFE; break;
    }
    uint64_t m = rnd() | 0x8000000000000000ull;
    if ((r >> 40) % 4 == 0) m &= 0xFFFFFF0000000000ull;
    if ((r >> 40) % 4 == 1) m &= 0xFFFFFFFFFFFFF800ull;
    ext x = {(uint16_t)(((r >> 63) << 15) | e), m};
    return x;
}

/* A random value with exponent between lo and hi (unbiased), sign random or positive. */
static ext rndIn(int lo, int hi, int anySign) {
    uint64_t r = rnd();
    int e = lo + (int)((r >> 8) % (uint64_t)(hi - lo + 1));
    ext x = {(uint16_t)(((anySign ? (r >> 63) : 0) << 15) | (16383 + e)), rnd() | 0x8000000000000000ull};
    return x;
}

static void run(const test *t, state *in) {
    if (!sampled()) return;
    state s = *in;
    t->fn(&s);
    printf("C %llx %llx %llx %llx %llx %llx", (unsigned long long)in->n, (unsigned long long)in->cw,
           (unsigned long long)(in->flags & 0x8D5), (unsigned long long)in->rax,
           (unsigned long long)in->mem[0], (unsigned long long)in->mem[1]);
    for (uint64_t k = 0; k < in->n; k++)
        printf(" %llx %llx", (unsigned long long)(in->v[k][1] & 0xFFFF), (unsigned long long)in->v[k][0]);
    uint16_t sw, tw;
    memcpy(&sw, s.save + 4, 2);
    memcpy(&tw, s.save + 8, 2);
    printf(" > %x %x %llx %llx %llx %llx", sw, tw, (unsigned long long)(s.flagsOut & 0x8D5),
           (unsigned long long)s.rax, (unsigned long long)s.mem[0], (unsigned long long)s.mem[1]);
    for (int k = 0; k < 8; k++) {
        uint64_t m;
        uint16_t se;
        memcpy(&m, s.save + 28 + 10 * k, 8);
        memcpy(&se, s.save + 36 + 10 * k, 2);
        printf(" %x %llx", se, (unsigned long long)m);
    }
    printf("\n");
}

static void setv(state *s, int k, ext x) {
    s->v[k][0] = x.m;
    s->v[k][1] = x.se;
}

static void memOf(state *s, char type, size_t j) {
    s->mem[1] = 0xAAAAAAAAAAAAAAAAull;
    switch (type) {
    case 'f': s->mem[0] = 0xAAAAAAAA00000000ull | F[j % N(F)]; break;
    case 'd': s->mem[0] = D[j % N(D)]; break;
    case 'w': s->mem[0] = 0xAAAAAAAAAAAA0000ull | (INTS[j % N(INTS)] & 0xFFFF); break;
    case 'l': s->mem[0] = 0xAAAAAAAA00000000ull | (INTS[j % N(INTS)] & 0xFFFFFFFF); break;
    case 'q': s->mem[0] = INTS[j % N(INTS)]; break;
    case 'b': s->mem[0] = BCD[j % N(BCD)][0]; s->mem[1] = 0xAAAAAAAAAAAA0000ull | BCD[j % N(BCD)][1]; break;
    default: s->mem[0] = E[j % N(E)].m; s->mem[1] = 0xAAAAAAAAAAAA0000ull | E[j % N(E)].se; break;
    }
}

static size_t memCount(char type) {
    switch (type) {
    case 'f': return N(F);
    case 'd': return N(D);
    case 'w': case 'l': case 'q': return N(INTS);
    case 'b': return N(BCD);
    default: return N(E);
    }
}

/*
 * With X87_ORACLE_TRANSCENDENTAL=N in the environment only the transcendental rows run, each over
 * N random arguments per control word (PC 24/53/64 × all four RC) drawn from wide ranges: the main
 * domain, tiny and huge arguments, trigonometric arguments beyond 2^30 and next to multiples of
 * pi/2, F2XM1 outside [-1, 1], logarithms of values next to 1. X87TranscendentalNativeTest counts
 * how often ring3 matches the host there.
 */
static int wide;
static const uint64_t WIDE_CW[] = {0x037F, 0x077F, 0x0B7F, 0x0F7F, 0x027F, 0x067F, 0x0A7F, 0x0E7F,
                                   0x007F, 0x047F, 0x087F, 0x0C7F};

/* Next to k multiples of pi/2 for a random k below 2^bits (as long double: within an ulp or so). */
static ext nearHalfPiMultiple(int bits) {
    long double k = (long double)(1 + rnd() % ((1ull << bits) - 1));
    long double v = k * 1.57079632679489661923132169163975144L;
    ext x;
    memcpy(&x.m, &v, 8);
    memcpy(&x.se, (const char *)&v + 8, 2);
    x.se &= 0x7FFF;
    x.m += (int64_t)(rnd() % 5) - 2;
    if (rnd() & 1) x.se |= 0x8000;
    return x;
}

static ext wideArgument(char cat, int r) {
    switch (cat) {
    case 's':
        switch (r & 7) {
        case 0: case 1: case 2: return rndIn(-3, 1, 1);
        case 3: return rndIn(-66, -4, 1);
        case 4: return rndIn(2, 30, 1);
        case 5: return rndIn(31, 62, 1);
        case 6: return nearHalfPiMultiple(1 + (int)(rnd() % 40));
        default: return rndIn(-16382, -67, 1);
        }
    case 'x':
        switch (r & 7) {
        case 0: case 1: case 2: case 3: return rndIn(-3, -1, 1);
        case 4: return rndIn(-66, -4, 1);
        case 5: return rndIn(-16382, -67, 1);
        default: return rndIn(0, 20, 1);
        }
    case 'l':
        switch (r & 3) {
        case 0: return rndIn(-1, 0, 0);
        case 1: { ext x = {0x3FFF, 0x8000000000000000ull | (rnd() >> (1 + rnd() % 63))}; return x; }
        case 2: { ext x = {0x3FFE, 0xFFFFFFFFFFFFFFFFull ^ (rnd() >> (1 + rnd() % 63))}; return x; }
        default: return rndIn(-16382, 16383, 0);
        }
    case 'p':
        switch (r & 7) {
        case 0: return rndIn(-16382, -67, 1);
        case 1: return rndIn(-1, 20, 0);
        default: return rndIn(-66, -2, 1);
        }
    default:
        return (r & 3) == 0 ? rndIn(-16000, 16000, 1) : rndIn(-70, 70, 1);
    }
}

static void transcendentalCampaign(const test *t, state *s) {
    for (size_t c = 0; c < N(WIDE_CW); c++)
        for (int r = 0; r < wide; r++) {
            s->cw = WIDE_CW[c];
            s->n = 2;
            ext x = wideArgument(t->cat[1], r), y = (r & 3) == 3 ? rndIn(-16000, 16000, 1) : rndIn(-8, 8, 1);
            if (t->cat[1] == 'a') y = wideArgument('a', r + 1);
            setv(s, 0, x);
            setv(s, 1, y);
            run(t, s);
        }
}

static __attribute__((constructor)) void campaign(void) {
    const char *n = getenv("X87_ORACLE_TRANSCENDENTAL");
    wide = n ? atoi(n) : 0;
}

static void cases(const test *t) {
    if (wide && t->cat[0] != 'T') return;
    state s;
    memset(&s, 0, sizeof s);
    s.flags = 0x8D5;
    s.rax = 0x1111111111111111ull;
    s.mem[0] = s.mem[1] = 0xAAAAAAAAAAAAAAAAull;
    const uint64_t *cws = CW;
    size_t ncw = N(CW);
    char k = t->cat[0];
    if (k == 'b' || k == 'u' || k == 'm' || k == 's') {
        cws = FEW_CW;
        ncw = N(FEW_CW);
    }
    size_t ne = N(E);
    switch (k) {
    case 'B': case 'b': case 'C':
        for (size_t c = 0; c < ncw; c++)
            for (size_t i = 0; i < ne; i++)
                for (size_t j = 0; j < ne; j++) {
                    s.cw = cws[c];
                    s.n = 2;
                    setv(&s, 0, E[i]);
                    setv(&s, 1, E[j]);
                    s.flags = k == 'C' ? ((i * 7 + j) & 0x45) | 0x890 : 0x8D5;
                    run(t, &s);
                }
        for (size_t c = 0; c < ncw; c++)
            for (int r = 0; r < 300; r++) {
                s.cw = cws[c];
                s.n = 2;
                setv(&s, 0, rndE());
                setv(&s, 1, (r & 3) == 0 ? rndIn(-3, 3, 1) : rndE());
                run(t, &s);
            }
        for (size_t n = 0; n <= 8; n += (n == 1 ? 7 : 1)) {   /* empty, one value, full */
            s.cw = 0x37F;
            s.n = n;
            for (size_t q = 0; q < n; q++) setv(&s, (int)q, E[(q * 5 + 2) % ne]);
            run(t, &s);
            s.cw = 0x340;
            run(t, &s);
        }
        break;
    case 'U': case 'u': case 'N':
        for (size_t c = 0; c < ncw; c++)
            for (size_t i = 0; i < ne; i++) {
                s.cw = cws[c];
                s.n = 2;
                setv(&s, 0, E[i]);
                setv(&s, 1, E[(i + 7) % ne]);
                run(t, &s);
            }
        for (size_t c = 0; c < ncw; c++)
            for (int r = 0; r < 200; r++) {
                s.cw = cws[c];
                s.n = 2;
                setv(&s, 0, (r & 1) ? rndIn(-70, 70, 1) : rndE());
                setv(&s, 1, rndE());
                run(t, &s);
            }
        for (size_t n = 0; n <= 8; n++) {
            for (size_t c = 0; c < 2; c++) {
                s.cw = c ? 0x340 : 0x37F;
                s.n = n;
                for (size_t q = 0; q < n; q++) setv(&s, (int)q, E[(q * 5 + 2) % ne]);
                run(t, &s);
            }
        }
        break;
    case 'M': case 'm': {
        size_t nm = memCount(t->cat[1]);
        for (size_t c = 0; c < ncw; c++)
            for (size_t i = 0; i < ne; i++)
                for (size_t j = 0; j < nm; j++) {
                    s.cw = cws[c];
                    s.n = 2;
                    setv(&s, 0, E[i]);
                    setv(&s, 1, E[(i + 3) % ne]);
                    memOf(&s, t->cat[1], j);
                    run(t, &s);
                }
        for (size_t n = 0; n <= 8; n += 8)
            for (size_t j = 0; j < nm; j++) {
                s.cw = j & 1 ? 0x340 : 0x37F;
                s.n = n;
                for (size_t q = 0; q < n; q++) setv(&s, (int)q, E[(q * 5 + 2) % ne]);
                memOf(&s, t->cat[1], j);
                run(t, &s);
            }
        break;
    }
    case 'S': case 's':
        for (size_t c = 0; c < ncw; c++) {
            for (size_t i = 0; i < ne; i++) {
                s.cw = cws[c];
                s.n = 2;
                setv(&s, 0, E[i]);
                setv(&s, 1, E[(i + 3) % ne]);
                s.mem[0] = s.mem[1] = 0xAAAAAAAAAAAAAAAAull;
                run(t, &s);
            }
            for (int r = 0; r < 300; r++) {
                s.cw = cws[c];
                s.n = 2;
                ext x = (r & 3) == 0 ? rndIn(-2, 66, 1) : (r & 3) == 1 ? rndIn(-16382, -16300, 1) : rndE();
                if ((r & 7) == 2) x = rndIn(-160, -120, 1);
                if ((r & 7) == 3) x = rndIn(-1100, -1010, 1);
                if ((r & 7) == 4) x = rndIn(1015, 1030, 1);
                if ((r & 15) == 5) x = rndIn(120, 130, 1);
                setv(&s, 0, x);
                setv(&s, 1, rndE());
                run(t, &s);
            }
        }
        s.n = 0;
        s.cw = 0x37F;
        run(t, &s);
        s.cw = 0x340;
        run(t, &s);
        break;
    case 'T':
        if (wide) {
            transcendentalCampaign(t, &s);
            break;
        }
        for (size_t c = 0; c < N(TRIG_CW); c++) {
            for (size_t i = 0; i < ne; i++) {
                s.cw = TRIG_CW[c];
                s.n = 2;
                setv(&s, 0, E[i]);
                setv(&s, 1, E[(i * 3 + 1) % ne]);
                run(t, &s);
            }
            for (int r = 0; r < 500; r++) {
                s.cw = TRIG_CW[c];
                s.n = 2;
                ext x, y = rndIn(-4, 4, 1);
                switch (t->cat[1]) {
                case 's': x = (r & 7) == 0 ? rndIn(8, 70, 1) : rndIn(-20, 6, 1); break;
                case 'x': x = rndIn(-30, -1, 1); break;
                case 'l': x = (r & 1) ? rndIn(-1, 0, 0) : rndIn(-100, 100, 0); break;
                case 'p': x = rndIn(-30, -3, 1); break;
                default: x = rndIn(-10, 10, 1); y = rndIn(-10, 10, 1); break;
                }
                setv(&s, 0, x);
                setv(&s, 1, y);
                run(t, &s);
            }
        }
        break;
    }
}

/* The stale register contents every case starts from, before main. */
static __attribute__((constructor)) void sentinels(void) {
    for (int k = 0; k < 8; k++) {
        sentinel[k][0] = 0xA5A5A5A5A5A5A5A5ull ^ ((uint64_t)k << 56) ^ k;
        sentinel[k][1] = 0x3FF0 + k;
    }
}

ORACLE_MAIN
