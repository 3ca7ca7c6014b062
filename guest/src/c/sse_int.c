/* SSE2 integer vector intrinsics: adds with saturation, compares, shuffles, packs, unpacks, shifts, movemask. */
#include <stdio.h>
#include <stdint.h>
#include <emmintrin.h>
#include "corpus.h"

static void show(const char *name, __m128i v) {
    uint8_t b[16];
    _mm_storeu_si128((__m128i *)b, v);
    printf("%-10s", name);
    for (int i = 15; i >= 0; i--) printf("%02x%s", b[i], i % 4 == 0 && i ? "_" : "");
    printf("\n");
}

int main(void) {
    __m128i a = _mm_set_epi32(OPAQUE(0x7fffffff), 0x80000000, 0x0000ffff, OPAQUE(0x12345678));
    __m128i b = _mm_set_epi32(1, OPAQUE(-1), 0x00010001, 0x7f80ff01);
    show("add8", _mm_add_epi8(a, b));
    show("adds8", _mm_adds_epi8(a, b));
    show("addsu8", _mm_adds_epu8(a, b));
    show("add16", _mm_add_epi16(a, b));
    show("adds16", _mm_adds_epi16(a, b));
    show("subsu16", _mm_subs_epu16(a, b));
    show("add32", _mm_add_epi32(a, b));
    show("add64", _mm_add_epi64(a, b));
    show("sub64", _mm_sub_epi64(a, b));
    show("mullo16", _mm_mullo_epi16(a, b));
    show("mulhi16", _mm_mulhi_epi16(a, b));
    show("mulhiu16", _mm_mulhi_epu16(a, b));
    show("mulu32", _mm_mul_epu32(a, b));
    show("madd16", _mm_madd_epi16(a, b));
    show("sad8", _mm_sad_epu8(a, b));
    show("avg8", _mm_avg_epu8(a, b));
    show("max16", _mm_max_epi16(a, b));
    show("minu8", _mm_min_epu8(a, b));
    show("cmpeq8", _mm_cmpeq_epi8(a, b));
    show("cmpgt16", _mm_cmpgt_epi16(a, b));
    show("cmpgt32", _mm_cmpgt_epi32(a, b));
    show("and", _mm_and_si128(a, b));
    show("andnot", _mm_andnot_si128(a, b));
    show("or", _mm_or_si128(a, b));
    show("xor", _mm_xor_si128(a, b));
    show("slli16", _mm_slli_epi16(a, 3));
    show("srai16", _mm_srai_epi16(a, 5));
    show("srli32", _mm_srli_epi32(a, 31));
    show("srai32", _mm_srai_epi32(a, 40));
    show("slli64", _mm_slli_epi64(a, 63));
    show("sll64v", _mm_sll_epi64(a, _mm_cvtsi32_si128(OPAQUE(65))));
    show("srl16v", _mm_srl_epi16(a, _mm_cvtsi32_si128(OPAQUE(4))));
    show("bslli", _mm_slli_si128(a, 5));
    show("bsrli", _mm_srli_si128(a, 11));
    show("shuf32", _mm_shuffle_epi32(a, 0x1b));
    show("shufhi", _mm_shufflehi_epi16(a, 0xb1));
    show("shuflo", _mm_shufflelo_epi16(b, 0x4e));
    show("unpklo8", _mm_unpacklo_epi8(a, b));
    show("unpkhi16", _mm_unpackhi_epi16(a, b));
    show("unpklo32", _mm_unpacklo_epi32(a, b));
    show("unpkhi64", _mm_unpackhi_epi64(a, b));
    show("packs32", _mm_packs_epi32(a, b));
    show("packs16", _mm_packs_epi16(a, b));
    show("packus16", _mm_packus_epi16(a, b));
    show("insert", _mm_insert_epi16(a, OPAQUE(0xbeef), 5));
    printf("extract %x\n", _mm_extract_epi16(b, 6));
    printf("movemask %04x\n", _mm_movemask_epi8(b));
    printf("cvtsi %d %lld\n", _mm_cvtsi128_si32(a), (long long)_mm_cvtsi128_si64(b));
    show("movq", _mm_move_epi64(a));
    /* A vectorised byte histogram-ish reduction over a buffer. */
    static uint8_t buf[4096];
    uint64_t s = 7;
    for (unsigned i = 0; i < sizeof buf; i++) buf[i] = (uint8_t)lcg_next(&s);
    __m128i sum = _mm_setzero_si128();
    for (unsigned i = 0; i < sizeof buf; i += 16)
        sum = _mm_add_epi64(sum, _mm_sad_epu8(_mm_loadu_si128((const __m128i *)(buf + i)), _mm_setzero_si128()));
    show("sadsum", sum);
    return 0;
}
