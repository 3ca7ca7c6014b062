/* Struct copies (by value in and out of functions, large memberwise copies), packed structs, bitfields and unions. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>
#include "corpus.h"

struct big { int64_t a[33]; char tag[13]; double d; };
struct small { int x; short y; char z; };
struct pair { double re, im; };
struct __attribute__((packed)) packed { char c; int32_t i; int16_t s; int64_t l; };
struct flags { unsigned a : 3; signed b : 5; unsigned c : 1; unsigned d : 12; signed e : 20; uint64_t f : 40; };
union pun { double d; uint64_t u; uint32_t w[2]; unsigned char b[8]; };

static struct big twist(struct big b) {
    for (int i = 0; i < 33; i++) b.a[i] = b.a[i] * 3 + i;
    b.tag[0] ^= 0x20;
    b.d *= -2;
    return b;
}
static struct pair cmul(struct pair x, struct pair y) { return (struct pair){x.re * y.re - x.im * y.im, x.re * y.im + x.im * y.re}; }
static struct small mk(int x) { return (struct small){x, (short)(x * 3), (char)(x + 'a')}; }

int main(void) {
    struct big b;
    memset(&b, 0, sizeof b);
    for (int i = 0; i < 33; i++) b.a[i] = OPAQUE(i) * 1000003LL;
    strcpy(b.tag, "hello struct");
    b.d = 1.25;
    struct big c = twist(b), d = c;
    d.a[5] = -1;
    printf("big: %lld %lld %s %g | copy differs only at 5: %lld %lld | sizeof %zu\n", (long long)c.a[0],
           (long long)c.a[32], c.tag, c.d, (long long)c.a[5], (long long)d.a[5], sizeof b);
    struct pair z = {1, 1};
    for (int i = 0; i < 10; i++) z = cmul(z, (struct pair){OPAQUE(0.5), 1.5});
    printf("complex %.17g %.17g\n", z.re, z.im);
    struct small s = mk(OPAQUE(7));
    printf("small %d %d %c sizeof %zu\n", s.x, s.y, s.z, sizeof s);
    struct packed p = {'p', OPAQUE(-123456), 321, 0x1122334455667788LL};
    unsigned char raw[sizeof p];
    memcpy(raw, &p, sizeof p);
    printf("packed sizeof %zu bytes:", sizeof p);
    for (unsigned i = 0; i < sizeof p; i++) printf(" %02x", raw[i]);
    printf("\n");
    struct flags f = {0};
    for (int i = 0; i < 40; i++) {
        f.a += 3; f.b -= 7; f.c ^= 1; f.d += 1001; f.e -= 40000; f.f += 0x123456789ULL;
        if (i % 8 == 7) printf("bitfields a %u b %d c %u d %u e %d f %llx\n", f.a, f.b, f.c, f.d, f.e, (unsigned long long)f.f);
    }
    union pun u;
    u.d = OPAQUE(-2.5);
    printf("union %016llx %08x %08x b7 %02x sizeof flags %zu\n", (unsigned long long)u.u, u.w[0], u.w[1], u.b[7], sizeof f);
    struct small arr[5];
    for (int i = 0; i < 5; i++) arr[i] = mk(i);
    struct small arr2[5];
    memcpy(arr2, arr, sizeof arr);
    printf("array of structs equal %d last %c\n", memcmp(arr, arr2, sizeof arr) == 0, arr2[4].z);
    return 0;
}
