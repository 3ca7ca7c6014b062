/* SSE3, SSSE3 and SSE4.1 intrinsics (built with -msse4.1): shuffles, horizontal ops, blends, extends, dot products, rounding. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>
#include <math.h>
#include <fenv.h>
#include <smmintrin.h>
#include "corpus.h"

static void show(const char *name, __m128i v) {
    uint8_t b[16];
    _mm_storeu_si128((__m128i *)b, v);
    printf("%-12s", name);
    for (int i = 15; i >= 0; i--) printf("%02x%s", b[i], i % 4 == 0 && i ? "_" : "");
    printf("\n");
}

static void showps(const char *name, __m128 v) {
    float f[4];
    _mm_storeu_ps(f, v);
    printf("%-12s%a %a %a %a\n", name, f[0], f[1], f[2], f[3]);
}

static void showpd(const char *name, __m128d v) {
    double d[2];
    _mm_storeu_pd(d, v);
    printf("%-12s%a %a\n", name, d[0], d[1]);
}

/* A byte-wise reverse with PSHUFB, as string and endian-swapping code uses it. */
static void reverse16(uint8_t *p) {
    const __m128i rev = _mm_set_epi8(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
    _mm_storeu_si128((__m128i *)p, _mm_shuffle_epi8(_mm_loadu_si128((__m128i *)p), rev));
}

static void integers(void) {
    __m128i a = _mm_set_epi32(OPAQUE(0x7fff8000), 0x80000001, 0x00ff7f80, OPAQUE(0x12345678));
    __m128i b = _mm_set_epi32(OPAQUE(-1), 0x00010002, 0x7f800081, OPAQUE(0x8000ffff));
    /* SSSE3 */
    show("pshufb", _mm_shuffle_epi8(a, _mm_set_epi8(0, 15, 1, 14, 2, 13, -1, 12, 3, 11, 4, 10, -128, 9, 5, 8)));
    show("phaddw", _mm_hadd_epi16(a, b));
    show("phaddd", _mm_hadd_epi32(a, b));
    show("phaddsw", _mm_hadds_epi16(a, b));
    show("phsubw", _mm_hsub_epi16(a, b));
    show("phsubd", _mm_hsub_epi32(a, b));
    show("phsubsw", _mm_hsubs_epi16(a, b));
    show("pmaddubsw", _mm_maddubs_epi16(a, b));
    show("pmulhrsw", _mm_mulhrs_epi16(a, b));
    show("psignb", _mm_sign_epi8(a, b));
    show("psignw", _mm_sign_epi16(a, b));
    show("psignd", _mm_sign_epi32(a, b));
    show("pabsb", _mm_abs_epi8(b));
    show("pabsw", _mm_abs_epi16(b));
    show("pabsd", _mm_abs_epi32(b));
    show("palignr5", _mm_alignr_epi8(a, b, 5));
    show("palignr20", _mm_alignr_epi8(a, b, 20));
    /* SSE4.1 */
    show("pmulld", _mm_mullo_epi32(a, b));
    show("pmuldq", _mm_mul_epi32(a, b));
    show("pminsb", _mm_min_epi8(a, b));
    show("pmaxsd", _mm_max_epi32(a, b));
    show("pminuw", _mm_min_epu16(a, b));
    show("pmaxud", _mm_max_epu32(a, b));
    show("pcmpeqq", _mm_cmpeq_epi64(a, _mm_unpacklo_epi64(a, b)));
    show("packusdw", _mm_packus_epi32(a, b));
    show("phminposuw", _mm_minpos_epu16(b));
    show("pmovsxbw", _mm_cvtepi8_epi16(b));
    show("pmovzxbd", _mm_cvtepu8_epi32(b));
    show("pmovsxwq", _mm_cvtepi16_epi64(b));
    show("pmovzxdq", _mm_cvtepu32_epi64(b));
    show("pblendw", _mm_blend_epi16(a, b, 0x5a));
    show("pblendvb", _mm_blendv_epi8(a, b, _mm_set_epi32(0x80008000, 0x7f7f8080, 0, -1)));
    show("mpsadbw", _mm_mpsadbw_epu8(a, b, 5));
    show("pinsrb", _mm_insert_epi8(a, OPAQUE(0xab), 11));
    show("pinsrd", _mm_insert_epi32(a, OPAQUE(-7), 2));
    show("pinsrq", _mm_insert_epi64(a, OPAQUE(0x1122334455667788ll), 1));
    printf("pextr       %x %x %x %llx\n", _mm_extract_epi8(b, 13), _mm_extract_epi16(b, 6),
           _mm_extract_epi32(b, 1), (unsigned long long)_mm_extract_epi64(a, 1));
    printf("ptest       z=%d c=%d nzc=%d\n", _mm_testz_si128(a, b), _mm_testc_si128(a, a),
           _mm_testnzc_si128(a, b));
    uint8_t text[17] = "ring3 reverses!!";
    reverse16(text);
    printf("reversed    %.16s\n", (char *)text);
}

static void floats(void) {
    __m128 x = _mm_set_ps(OPAQUE(1.5f), -2.25f, 1e-40f, OPAQUE(3.0f));
    __m128 y = _mm_set_ps(OPAQUE(0.1f), 4.0f, -7.5f, OPAQUE(-0.5f));
    __m128d p = _mm_set_pd(OPAQUE(2.5), -1e300);
    __m128d q = _mm_set_pd(OPAQUE(-0.75), 1e300);
    /* SSE3 */
    showps("addsubps", _mm_addsub_ps(x, y));
    showps("haddps", _mm_hadd_ps(x, y));
    showps("hsubps", _mm_hsub_ps(x, y));
    showpd("addsubpd", _mm_addsub_pd(p, q));
    showpd("haddpd", _mm_hadd_pd(p, q));
    showpd("hsubpd", _mm_hsub_pd(p, q));
    showps("movshdup", _mm_movehdup_ps(x));
    showps("movsldup", _mm_moveldup_ps(x));
    showpd("movddup", _mm_movedup_pd(q));
    /* SSE4.1 */
    showps("dpps", _mm_dp_ps(x, y, 0xf1));
    showps("dpps73", _mm_dp_ps(x, y, 0x73));
    showpd("dppd", _mm_dp_pd(p, q, 0x33));
    showps("blendps", _mm_blend_ps(x, y, 0x6));
    showps("blendvps", _mm_blendv_ps(x, y, _mm_set_ps(-1.0f, 1.0f, -0.0f, 0.0f)));
    showpd("blendvpd", _mm_blendv_pd(p, q, _mm_set_pd(-0.0, 1.0)));
    showps("insertps", _mm_insert_ps(x, y, 0x9a));
    printf("extractps   %08x\n", (unsigned)_mm_extract_ps(y, 2));
    __m128 r = _mm_set_ps(OPAQUE(-2.5f), 2.5f, -0.5f, OPAQUE(1.4999999f));
    showps("round-near", _mm_round_ps(r, _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC));
    showps("round-down", _mm_round_ps(r, _MM_FROUND_TO_NEG_INF | _MM_FROUND_NO_EXC));
    showps("round-up", _mm_round_ps(r, _MM_FROUND_TO_POS_INF | _MM_FROUND_NO_EXC));
    showps("round-zero", _mm_round_ps(r, _MM_FROUND_TO_ZERO | _MM_FROUND_NO_EXC));
    showpd("floorpd", _mm_floor_pd(_mm_set_pd(OPAQUE(-3.5), 1e17 + 0.0)));
    showpd("ceilsd", _mm_ceil_sd(p, _mm_set_sd(OPAQUE(-0.25))));
    /* ROUNDSD under MXCSR rounding (bit 2 of the immediate), with the precision flag observed. */
    feclearexcept(FE_ALL_EXCEPT);
    fesetround(FE_UPWARD);
    __m128d up = _mm_round_sd(p, _mm_set_sd(OPAQUE(2.1)), _MM_FROUND_CUR_DIRECTION);
    int inexact = fetestexcept(FE_INEXACT) != 0;
    fesetround(FE_TONEAREST);
    showpd("round-mxcsr", up);
    printf("inexact     %d\n", inexact);
    /* libm's floor/ceil/trunc/rint pick their SSE4.1 variants when CPUID offers it. */
    double v[] = {OPAQUE(-2.5), 0.49999999999999994, 4503599627370495.5, -0.0, 1e-310};
    for (int i = 0; i < 5; i++) {
        printf("libm        %a %a %a %a %a\n", floor(v[i]), ceil(v[i]), trunc(v[i]), rint(v[i]),
               (double)floorf((float)v[i]));
    }
}

/* String functions over every alignment: glibc picks its SSSE3/SSE4.1 variants by CPUID. */
static void strings(void) {
    static char buf[256], dst[256];
    uint64_t seed = 7;
    for (int i = 0; i < 255; i++) buf[i] = (char)('a' + lcg_next(&seed) % 26);
    uint64_t h = 0;
    for (int off = 0; off < 32; off++) {
        for (int len = 0; len < 200; len += 13) {
            memset(dst, 0, sizeof dst);
            memcpy(dst + (off ^ 5), buf + off, len);
            memmove(dst + off, dst + (off ^ 5), len);
            h = h * 31 + (uint64_t)strlen(dst + off) + (uint64_t)(memcmp(dst + off, buf + off, len) == 0);
            char *c = strchr(buf + off, 'q');
            h = h * 31 + (c ? (uint64_t)(c - buf) : 999) + (uint64_t)strcspn(buf + off, "xyz");
        }
    }
    printf("strings     %llx\n", (unsigned long long)h);
}

int main(void) {
    integers();
    floats();
    strings();
    return 0;
}
