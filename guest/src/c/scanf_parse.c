/* sscanf and strto* parsing: integers in every base, floats (incl. hex floats), strings, scansets, %n, errno ERANGE. */
#include <stdio.h>
#include <stdlib.h>
#include <errno.h>
#include <string.h>

int main(void) {
    int a, b, n; unsigned u; long l; double d; float f; char s[32], set[32];
    int r = sscanf("  42 -17 0x1F 077 3.5e2 hello [abc]xyz", "%d %d %x %lo %lf %31s [%31[abc]]%n", &a, &b, &u, &l, &d,
                   s, set, &n);
    printf("r=%d a=%d b=%d u=%u l=%ld d=%g s=%s set=%s n=%d\n", r, a, b, u, l, d, s, set, n);
    r = sscanf("12abc", "%d%s", &a, s);
    printf("r=%d a=%d s=%s\n", r, a, s);
    r = sscanf("x12", "%d", &a);
    printf("mismatch r=%d\n", r);
    r = sscanf("", "%d", &a);
    printf("empty r=%d\n", r);
    r = sscanf("1.5 2.25", "%f %lf", &f, &d);
    printf("r=%d f=%g d=%g\n", r, (double)f, d);
    const char *nums[] = {"0", "-0", "123", "-9223372036854775808", "9223372036854775807", "9223372036854775808",
                          "0x7fffffffffffffff", "0777", "  +12junk", "1e5", "zz", "18446744073709551615",
                          "18446744073709551616"};
    for (unsigned i = 0; i < sizeof nums / sizeof nums[0]; i++) {
        char *end;
        errno = 0;
        long long v = strtoll(nums[i], &end, 0);
        int e1 = errno;
        errno = 0;
        unsigned long long uv = strtoull(nums[i], NULL, 10);
        int e2 = errno;
        printf("strtoll(%s) = %lld rest [%s] erange %d | strtoull %llu erange %d\n", nums[i], v, end, e1 == ERANGE, uv,
               e2 == ERANGE);
    }
    const char *fl[] = {"3.14159", "1e308", "1e309", "-1e-320", "0x1.8p3", "inf", "-nan", "  .5x", "1e-400",
                        "2.2250738585072011e-308", "123456789012345678901234567890"};
    for (unsigned i = 0; i < sizeof fl / sizeof fl[0]; i++) {
        char *end;
        errno = 0;
        double v = strtod(fl[i], &end);
        printf("strtod(%s) = %a %.17g rest [%s] erange %d\n", fl[i], v, v, end, errno == ERANGE);
    }
    printf("atoi %d atol %ld strtol base36 %ld base2 %ld\n", atoi("  -77x"), atol("999999999999"),
           strtol("zz", NULL, 36), strtol("101101", NULL, 2));
    return 0;
}
