/* LZCNT/TZCNT, BMI1, BMI2, ADX, MOVBE and RDRAND/RDSEED, built with -mbmi -mbmi2 -mlzcnt -madx -mmovbe. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>
#include <cpuid.h>
#include <immintrin.h>
#include "corpus.h"

/* Edge values: 0, 1, all ones, sign boundaries, single bits, then LCG data. */
static uint64_t value(int i, uint64_t *s) {
    static const uint64_t edge[] = {0, 1, ~0ull, 0x8000000000000000ull, 0x7fffffffffffffffull,
                                    0x80000000ull, 0x7fffffffull, 0xffffffffull, 0x100000000ull, 0xff00ull};
    if (i < (int) (sizeof edge / sizeof edge[0])) return edge[i];
    uint64_t x = lcg_next(s) ^ (lcg_next(s) << 21);
    return x >> (i % 7 == 0 ? i % 64 : 0);
}

/* Counts and BMI1 at both widths; the flags show through the conditions the compiler tests. */
static uint64_t counts_and_bmi1(uint64_t x, uint64_t y) {
    uint32_t a = (uint32_t) x, b = (uint32_t) y;
    uint64_t h = 0;
    h = h * 31 + _lzcnt_u64(x) + (_lzcnt_u32(a) << 8) + ((uint64_t) __lzcnt16((uint16_t) a) << 16);
    h = h * 31 + _tzcnt_u64(x) + (_tzcnt_u32(a) << 8) + ((uint64_t) __tzcnt_u16((uint16_t) b) << 16);
    h = h * 31 + _andn_u64(x, y) + _andn_u32(a, b);
    h = h * 31 + _blsi_u64(x) + _blsi_u32(b) + (_blsi_u64(y) == 0);
    h = h * 31 + _blsmsk_u64(x) + _blsmsk_u32(b);
    h = h * 31 + _blsr_u64(x) + _blsr_u32(b) + (_blsr_u32(a) == 0 ? 7 : 0);
    for (unsigned start = 0; start < 80; start += 13) {
        for (unsigned len = 0; len < 80; len += 17) {
            h = h * 31 + _bextr_u64(x, start, len) + _bextr_u32(b, start, len);
        }
    }
    return h;
}

static uint64_t bmi2(uint64_t x, uint64_t y, unsigned n) {
    uint32_t a = (uint32_t) x, b = (uint32_t) y;
    unsigned long long hi;
    unsigned int hi32;
    uint64_t h = 0;
    h = h * 31 + _bzhi_u64(x, n) + _bzhi_u32(a, n);
    h = h * 31 + _pdep_u64(x, y) + _pdep_u32(a, b);
    h = h * 31 + _pext_u64(x, y) + _pext_u32(a, b);
    h = h * 31 + _mulx_u64(x, y, &hi) + hi;
    unsigned int lo32;
    __asm__("mulx %[b], %[lo], %[hi]" : [lo] "=r"(lo32), [hi] "=r"(hi32) : "d"(a), [b] "rm"(b)); /* no intrinsic */
    h = h * 31 + lo32 + ((uint64_t) hi32 << 32);
    /* Variable shifts and rotates by constants: SHLX, SHRX, SARX and RORX at -O2 -mbmi2. */
    h = h * 31 + (x << (n & 63)) + (a << (n & 31)) + (x >> (n & 63)) + (b >> (n & 31));
    h = h * 31 + (uint64_t) ((int64_t) x >> (n & 63)) + (uint32_t) ((int32_t) a >> (n & 31));
    h = h * 31 + ((x >> 13) | (x << 51)) + ((a >> 7) | (a << 25));
    return h;
}

/* Two independent carry chains interleaved, as multi-precision code runs them: out[0..3] =
   p[0..3] + q[0..3] through CF (ADCX), out[4..7] = p[4..7] + q[4..7] through OF (ADOX). */
static uint64_t adx(const uint64_t *p, const uint64_t *q, uint64_t *out) {
    unsigned char cf, of;
    __asm__ volatile(
        "xor %%eax, %%eax\n\t" /* CF = OF = 0 */
        "mov 0(%[p]), %%rax\n\t  adcx 0(%[q]), %%rax\n\t  mov %%rax, 0(%[o])\n\t"
        "mov 32(%[p]), %%rax\n\t adox 32(%[q]), %%rax\n\t mov %%rax, 32(%[o])\n\t"
        "mov 8(%[p]), %%rax\n\t  adcx 8(%[q]), %%rax\n\t  mov %%rax, 8(%[o])\n\t"
        "mov 40(%[p]), %%rax\n\t adox 40(%[q]), %%rax\n\t mov %%rax, 40(%[o])\n\t"
        "mov 16(%[p]), %%eax\n\t adcx 16(%[q]), %%eax\n\t mov %%rax, 16(%[o])\n\t"
        "mov 48(%[p]), %%eax\n\t adox 48(%[q]), %%eax\n\t mov %%rax, 48(%[o])\n\t"
        "mov 24(%[p]), %%rax\n\t adcx 24(%[q]), %%rax\n\t mov %%rax, 24(%[o])\n\t"
        "mov 56(%[p]), %%rax\n\t adox 56(%[q]), %%rax\n\t mov %%rax, 56(%[o])\n\t"
        "setc %[cf]\n\t"
        "seto %[of]"
        : [cf] "=q"(cf), [of] "=q"(of)
        : [p] "r"(p), [q] "r"(q), [o] "r"(out)
        : "rax", "cc", "memory");
    return cf * 2u + of;
}

static uint32_t load_be32(const unsigned char *p) {
    uint32_t v;
    memcpy(&v, p, 4);
    return __builtin_bswap32(v); /* MOVBE load at -mmovbe */
}

static void store_be64(unsigned char *p, uint64_t v) {
    v = __builtin_bswap64(v); /* MOVBE store */
    memcpy(p, &v, 8);
}

int main(void) {
    unsigned a, b, c, d;
    __cpuid_count(7, 0, a, b, c, d);
    printf("cpuid: bmi1 %d bmi2 %d adx %d\n", !!(b & bit_BMI), !!(b & bit_BMI2), !!(b & (1u << 19)));

    uint64_t s = 2026, total = 0;
    for (int i = 0; i < 120; i++) {
        uint64_t x = OPAQUE(value(i, &s)), y = OPAQUE(value((i * 7 + 3) % 120, &s));
        unsigned n = OPAQUE((unsigned) (i * 5) % 72);
        uint64_t h1 = counts_and_bmi1(x, y), h2 = bmi2(x, y, n);
        if (i < 24 || i % 16 == 0) {
            printf("%3d %016llx %016llx n=%2u bmi1 %016llx bmi2 %016llx\n", i, (unsigned long long) x,
                   (unsigned long long) y, n, (unsigned long long) h1, (unsigned long long) h2);
        }
        total = total * 1000003 + h1 + h2;
    }
    printf("total %016llx\n", (unsigned long long) total);

    uint64_t p[8], q[8], out[8];
    for (int i = 0; i < 8; i++) {
        p[i] = OPAQUE(i & 1 ? ~0ull : lcg_next(&s));
        q[i] = OPAQUE(i & 2 ? ~0ull - 1 : lcg_next(&s));
    }
    uint64_t carries = adx(p, q, out);
    printf("adx carries %llu sum %016llx\n", (unsigned long long) carries, (unsigned long long) fnv1a(out, sizeof out));

    unsigned char buf[16];
    for (int i = 0; i < 16; i++) buf[i] = (unsigned char) (0x10 * i + i);
    unsigned char *bp = buf;
    bp = OPAQUE(bp);
    uint32_t be = load_be32(bp + 3);
    store_be64(bp + 5, OPAQUE(0x0102030405060708ull));
    printf("movbe %08x buf %016llx\n", be, (unsigned long long) fnv1a(buf, sizeof buf));

    /* Random values cannot be printed; print that every step succeeded and the values vary. A step
       may fail when the entropy source is drained (RDSEED on a busy or virtual host does, often):
       as Intel's guide says, retry. */
#define RETRY(step) ({ int ok_ = 0; for (int t_ = 0; t_ < 1000000 && !(ok_ = (step)); t_++) __builtin_ia32_pause(); ok_; })
    unsigned long long r[8];
    unsigned short r16;
    unsigned int r32;
    int ok = 1, same = 1;
    for (int i = 0; i < 8; i++) {
        ok &= RETRY(_rdrand64_step(&r[i])) & RETRY(_rdseed64_step(&r[i ^ 1])) & RETRY(_rdrand16_step(&r16))
              & RETRY(_rdrand32_step(&r32));
        ok &= RETRY(_rdseed16_step(&r16)) & RETRY(_rdseed32_step(&r32));
    }
    for (int i = 1; i < 8; i++) same &= r[i] == r[0];
    printf("rdrand ok %d all equal %d\n", ok, same);
    return 0;
}
