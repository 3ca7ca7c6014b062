/* printf formatting: widths, precision, flags, every integer length modifier, %n, %%, strings and chars. */
#include <stdio.h>
#include <stdint.h>
#include <inttypes.h>
#include <limits.h>
#include "corpus.h"

int main(void) {
    int n1 = 0;
    printf("[%d] [%5d] [%-5d] [%05d] [%+d] [% d] [%x] [%#x] [%X] [%#o] [%o]%n\n", 42, 42, 42, 42, 42, 42, 255, 255, 255,
           8, 0, &n1);
    printf("n=%d [%ld] [%lld] [%hd] [%hhd] [%hhu] [%lu] [%zu] [%td] [%jd]\n", n1, LONG_MIN, LLONG_MAX,
           (short)OPAQUE(70000), (char)OPAQUE(300), (unsigned char)OPAQUE(-1), ULONG_MAX, (size_t)123, (ptrdiff_t)-5,
           (intmax_t)INT64_MIN);
    printf("[%" PRIx64 "] [%" PRId32 "] [%" PRIu16 "] [%.3d] [%.0d] [%8.3d] [%-8.3x|]\n", UINT64_MAX, INT32_MIN,
           (uint16_t)65535, 7, 0, -7, 0xab);
    printf("[%s] [%10s] [%-10s|] [%.3s] [%c] [%5c] [%%] [%p]\n", "str", "right", "left", "truncate", 'Z', 'y',
           (void *)0x1234);
    printf("[%f] [%.2f] [%10.4f] [%-10.1e|] [%E] [%g] [%G] [%#g] [%+.3g] [%.0f] [%.0f] [%.0f]\n", 3.14159, 2.675, -1.5,
           12345.678, 0.000123, 1e-5, 1e20, 1.0, 123456.0, 0.5, 1.5, 2.5);
    printf("[%a] [%A] [%.2a] [%10.3e] [%.15g] [%.17g] [%g] [%g]\n", 1.0, -0.1, 3.0, 6.02214076e23, 0.1, 0.1, 100000.0,
           1000000.0);
    printf("[%*d] [%-*d|] [%.*f] [%*.*s]\n", 6, 12, 6, 12, 3, 2.0 / 3.0, 8, 2, "abcdef");
    char buf[32];
    const char *volatile tail = "overflowing the buffer";
    int r = snprintf(buf, OPAQUE(sizeof buf), "%s-%d-%s", "a rather long string", 123456789, tail);
    printf("snprintf returned %d buf [%s]\n", r, buf);
    for (int i = 0; i < 20; i++) {
        double v = OPAQUE(1.0);
        for (int j = 0; j < i; j++) v *= -7.3;
        printf("%3d %-24.10g|%24.6e|%.4f\n", i, v, v, v / 1e6);
    }
    fprintf(stderr, "this line goes to stderr: %d\n", 7);
    return 0;
}
