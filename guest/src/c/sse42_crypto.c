/* SSE4.2 (string compares, CRC32C, PCMPGTQ, POPCNT), AES-NI, PCLMULQDQ and MMX intrinsics, checked
   against plain C computations of the same results. Built with -msse4.2 -mpopcnt -maes -mpclmul. */
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdint.h>
#include <string.h>
#include <mmintrin.h>
#include <xmmintrin.h>
#include <nmmintrin.h>
#include <wmmintrin.h>
#include "corpus.h"

static uint32_t crc32c_soft(uint32_t crc, const uint8_t *p, size_t n) {
    while (n--) {
        crc ^= *p++;
        for (int k = 0; k < 8; k++) crc = (crc >> 1) ^ (0x82F63B78u & -(crc & 1));
    }
    return crc;
}

static void crc(void) {
    uint8_t buf[1000];
    uint64_t s = 7;
    for (size_t i = 0; i < sizeof buf; i++) buf[i] = (uint8_t)lcg_next(&s);
    size_t n = OPAQUE(sizeof buf);
    uint64_t c64 = 0xFFFFFFFF;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) { uint64_t v; memcpy(&v, buf + i, 8); c64 = _mm_crc32_u64(c64, v); }
    uint32_t c = (uint32_t)c64;
    for (; i + 2 <= n; i += 2) { uint16_t v; memcpy(&v, buf + i, 2); c = _mm_crc32_u16(c, v); }
    for (; i < n; i++) c = _mm_crc32_u8(c, buf[i]);
    uint32_t c32 = 0;
    for (i = 0; i + 4 <= n; i += 4) { uint32_t v; memcpy(&v, buf + i, 4); c32 = _mm_crc32_u32(c32, v); }
    printf("crc32c      %08x soft %08x\n", ~c, ~crc32c_soft(0xFFFFFFFF, buf, n));
    printf("crc32c u32  %08x soft %08x\n", c32, crc32c_soft(0, buf, n & ~3u));
    printf("crc32c '123456789' %08x\n", ~crc32c_soft(0xFFFFFFFF, (const uint8_t *)"123456789", 9));
}

static __m128i load(const char *s) {
    char b[16] = {0};
    size_t n = strlen(s);
    memcpy(b, s, n < 16 ? n : 16);
    return _mm_loadu_si128((const __m128i *)b);
}

static void strings(void) {
    const char *texts[] = {"hello, world", "abc", "", "the quick brown fox", "0123456789abcdef", "x=1;y=22"};
    __m128i vowels = load("aeiou"), digits = load("09"), needle = load("quick"), lo = load("az");
    for (size_t t = 0; t < sizeof texts / sizeof *texts; t++) {
        __m128i s = load(OPAQUE(texts[t]));
        int any = _mm_cmpistri(vowels, s, _SIDD_CMP_EQUAL_ANY | _SIDD_UBYTE_OPS);
        int last = _mm_cmpistri(vowels, s, _SIDD_CMP_EQUAL_ANY | _SIDD_MOST_SIGNIFICANT);
        int dig = _mm_cmpistri(digits, s, _SIDD_CMP_RANGES);
        int notlo = _mm_cmpistri(lo, s, _SIDD_CMP_RANGES | _SIDD_NEGATIVE_POLARITY | _SIDD_MASKED_NEGATIVE_POLARITY);
        int sub = _mm_cmpistri(needle, s, _SIDD_CMP_EQUAL_ORDERED);
        int eq = _mm_cmpistrc(s, load("abc"), _SIDD_CMP_EQUAL_EACH | _SIDD_NEGATIVE_POLARITY);
        int zf = _mm_cmpistrz(vowels, s, _SIDD_CMP_EQUAL_ANY);
        __m128i m = _mm_cmpistrm(vowels, s, _SIDD_CMP_EQUAL_ANY | _SIDD_BIT_MASK);
        __m128i mw = _mm_cmpestrm(load("lo"), 2, s, (int)strlen(texts[t]), _SIDD_CMP_EQUAL_ANY | _SIDD_UNIT_MASK);
        int e = _mm_cmpestri(load("o, w"), 4, s, OPAQUE(12), _SIDD_CMP_EQUAL_ORDERED);
        int ew = _mm_cmpestri(load("b\0c\0"), 2, s, 8, _SIDD_UWORD_OPS | _SIDD_CMP_EQUAL_ANY);
        printf("%-20s any %2d last %2d digit %2d notlower %2d sub %2d diff %d zf %d mask %04x bytes %016llx eo %2d w %d\n",
               texts[t], any, last, dig, notlo, sub, eq, zf, _mm_cvtsi128_si32(m) & 0xFFFF,
               (unsigned long long)_mm_cvtsi128_si64(mw), e, ew);
    }
}

static void integer(void) {
    __m128i a = _mm_set_epi64x(OPAQUE(-5LL), 0x7FFFFFFFFFFFFFFFLL), b = _mm_set_epi64x(3, OPAQUE(-1LL));
    __m128i g = _mm_cmpgt_epi64(a, b);
    printf("pcmpgtq %016llx %016llx\n", (unsigned long long)_mm_extract_epi64(g, 1),
           (unsigned long long)_mm_extract_epi64(g, 0));
    uint64_t v = OPAQUE(0xF0F0F0F000000001ull);
    printf("popcnt %d %d %lld\n", _mm_popcnt_u32((uint32_t)v), _mm_popcnt_u32(OPAQUE(0u)), _mm_popcnt_u64(v));
}

/* AES-128 key expansion (FIPS-197 §5.2) with AESKEYGENASSIST. */
static __m128i expand(__m128i k, __m128i assist) {
    assist = _mm_shuffle_epi32(assist, 0xFF);
    k = _mm_xor_si128(k, _mm_slli_si128(k, 4));
    k = _mm_xor_si128(k, _mm_slli_si128(k, 4));
    k = _mm_xor_si128(k, _mm_slli_si128(k, 4));
    return _mm_xor_si128(k, assist);
}

static void show(const char *name, __m128i v) {
    uint8_t b[16];
    _mm_storeu_si128((__m128i *)b, v);
    printf("%-10s", name);
    for (int i = 0; i < 16; i++) printf("%02x", b[i]);
    printf("\n");
}

static void aes(void) {
    uint8_t key[16], pt[16];
    for (int i = 0; i < 16; i++) { key[i] = (uint8_t)OPAQUE(i); pt[i] = (uint8_t)(i * 0x11); }
    __m128i rk[11], dk[11];
    rk[0] = _mm_loadu_si128((const __m128i *)key);
#define KEY(n, rcon) rk[n] = expand(rk[n - 1], _mm_aeskeygenassist_si128(rk[n - 1], rcon))
    KEY(1, 0x01); KEY(2, 0x02); KEY(3, 0x04); KEY(4, 0x08); KEY(5, 0x10);
    KEY(6, 0x20); KEY(7, 0x40); KEY(8, 0x80); KEY(9, 0x1B); KEY(10, 0x36);
    __m128i s = _mm_xor_si128(_mm_loadu_si128((const __m128i *)pt), rk[0]);
    for (int r = 1; r < 10; r++) s = _mm_aesenc_si128(s, rk[r]);
    __m128i ct = _mm_aesenclast_si128(s, rk[10]);
    show("key10", rk[10]);
    show("cipher", ct); /* FIPS-197 C.1: 69c4e0d86a7b0430d8cdb78070b4c55a */
    dk[0] = rk[10];
    for (int r = 1; r < 10; r++) dk[r] = _mm_aesimc_si128(rk[10 - r]);
    dk[10] = rk[0];
    s = _mm_xor_si128(ct, dk[0]);
    for (int r = 1; r < 10; r++) s = _mm_aesdec_si128(s, dk[r]);
    show("plain", _mm_aesdeclast_si128(s, dk[10]));
}

static void clmul(void) {
    __m128i a = _mm_set_epi64x(OPAQUE(0x0123456789ABCDEFLL), (long long)0xFEDCBA9876543210ULL);
    __m128i b = _mm_set_epi64x((long long)0x8000000000000001ULL, OPAQUE(0x00000000000000FFLL));
    show("clmul00", _mm_clmulepi64_si128(a, b, 0x00));
    show("clmul01", _mm_clmulepi64_si128(a, b, 0x01));
    show("clmul10", _mm_clmulepi64_si128(a, b, 0x10));
    show("clmul11", _mm_clmulepi64_si128(a, b, 0x11));
}

static void mmx(void) {
    __m64 a = _mm_set_pi16(OPAQUE(32767), -32768, 1000, -1);
    __m64 b = _mm_set_pi16(1, -1, OPAQUE(300), 7);
    __m64 r[] = {_mm_add_pi16(a, b), _mm_adds_pi16(a, b), _mm_subs_pu16(a, b), _mm_mullo_pi16(a, b),
                 _mm_mulhi_pi16(a, b), _mm_madd_pi16(a, b), _mm_packs_pi16(a, b), _mm_unpackhi_pi8(a, b),
                 _mm_cmpgt_pi16(a, b), _mm_sll_pi16(a, _mm_cvtsi32_si64(3)), _mm_srai_pi32(a, 5),
                 _mm_avg_pu8(a, b), _mm_sad_pu8(a, b), _mm_shuffle_pi16(a, 0x1B), _mm_max_pi16(a, b),
                 _mm_mulhi_pu16(a, b)};
    unsigned long long out[sizeof r / sizeof *r];
    memcpy(out, r, sizeof out);
    int mask = _mm_movemask_pi8(a);
    __m128 f = _mm_cvtpi32_ps(_mm_setzero_ps(), _mm_set_pi32(OPAQUE(-7), 1 << 30));
    _mm_empty();
    for (size_t i = 0; i < sizeof out / sizeof *out; i++) printf("mmx%-2zu %016llx\n", i, out[i]);
    float fl[4];
    _mm_storeu_ps(fl, f);
    printf("movemask %02x cvtpi2ps %a %a\n", mask, fl[0], fl[1]);
    /* After EMMS the x87 stack is usable again: this runs on the x87 unit. */
    long double x = OPAQUE(2.0L);
    printf("x87 after emms %.18Lg\n", x / 3);
}

/* gcc implements the __m64 intrinsics with SSE registers on x86-64, so real MMX code is written here. */
static void mmx_asm(void) {
    uint64_t a = OPAQUE(0x7FFF8000FF017F80ull), b = OPAQUE(0x0102030405060708ull), out[8];
    uint32_t idx, msk;
    asm volatile("movq %[a], %%mm0\n\t"
                 "movq %[b], %%mm1\n\t"
                 "movq %%mm0, %%mm2\n\t"
                 "paddsw %%mm1, %%mm2\n\t"
                 "movq %%mm2, 0(%[o])\n\t"
                 "movq %%mm0, %%mm3\n\t"
                 "pmaddwd %%mm1, %%mm3\n\t"
                 "movq %%mm3, 8(%[o])\n\t"
                 "movq %%mm0, %%mm4\n\t"
                 "pshufb %%mm1, %%mm4\n\t"
                 "movq %%mm4, 16(%[o])\n\t"
                 "movq %%mm0, %%mm5\n\t"
                 "psadbw %%mm1, %%mm5\n\t"
                 "movq %%mm5, 24(%[o])\n\t"
                 "movq %%mm0, %%mm6\n\t"
                 "punpckhbw %%mm1, %%mm6\n\t"
                 "psrlq $12, %%mm6\n\t"
                 "movq %%mm6, 32(%[o])\n\t"
                 "movq %%mm0, %%mm7\n\t"
                 "palignr $3, %%mm1, %%mm7\n\t"
                 "movq %%mm7, 40(%[o])\n\t"
                 "movq %%mm1, %%mm2\n\t"
                 "phaddw %%mm0, %%mm2\n\t"
                 "pxor %%mm0, %%mm2\n\t"
                 "movq %%mm2, 48(%[o])\n\t"
                 "movq2dq %%mm0, %%xmm0\n\t"
                 "movq %%xmm0, 56(%[o])\n\t"
                 "pextrw $3, %%mm0, %[idx]\n\t"
                 "pmovmskb %%mm0, %[msk]\n\t"
                 "emms"
                 : [idx] "=&r"(idx), [msk] "=&r"(msk)
                 : [a] "m"(a), [b] "m"(b), [o] "r"(out)
                 : "mm0", "mm1", "mm2", "mm3", "mm4", "mm5", "mm6", "mm7", "xmm0", "memory");
    for (int i = 0; i < 8; i++) printf("mmxasm%d %016llx\n", i, (unsigned long long)out[i]);
    printf("pextrw %04x pmovmskb %02x\n", idx, msk);
}

static sigjmp_buf jump;

static void on_fpe(int sig, siginfo_t *si, void *uc) {
    (void)sig, (void)uc;
    siglongjmp(jump, si->si_code);
}

/* An MMX instruction (EMMS too) with an unmasked x87 exception pending raises #MF first. */
static void mmx_pending_x87(void) {
    struct sigaction sa = {0};
    sa.sa_sigaction = on_fpe;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGFPE, &sa, 0);
    for (int k = 0; k < 3; k++) {
        int code = sigsetjmp(jump, 1);
        if (code) {
            asm volatile("fnclex\n\tfninit");
            printf("pending x87 exception, then %s: SIGFPE code %d\n", k == 0 ? "paddb" : k == 1 ? "emms" : "movd", code);
            continue;
        }
        unsigned short cw = 0x037B; /* ZE unmasked */
        asm volatile("fninit\n\tfldcw %0\n\tfld1\n\tfldz\n\tfdivrp" : : "m"(cw)); /* 1/0 stays pending */
        if (k == 0) asm volatile("paddb %%mm1, %%mm0" ::: "mm0");
        if (k == 1) asm volatile("emms");
        if (k == 2) asm volatile("movd %%eax, %%mm0" ::: "mm0");
        asm volatile("fnclex\n\tfninit");
        printf("no fault\n");
    }
}

int main(void) {
    crc();
    strings();
    integer();
    aes();
    clmul();
    mmx();
    mmx_asm();
    mmx_pending_x87();
    return 0;
}
