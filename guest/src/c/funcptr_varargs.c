/* Function pointers (tables, callbacks, returned pointers) and variadic functions (va_list with ints, doubles,
   pointers; va_copy; passing va_list on to vsnprintf). */
#include <stdio.h>
#include <stdarg.h>
#include <string.h>
#include "corpus.h"

typedef long (*binop)(long, long);
static long add(long a, long b) { return a + b; }
static long sub(long a, long b) { return a - b; }
static long mul(long a, long b) { return a * b; }
static long mx(long a, long b) { return a > b ? a : b; }
static binop pick(int i) { static const binop t[] = {add, sub, mul, mx}; return t[i & 3]; }

static long fold(const long *v, int n, binop f, long init) { for (int i = 0; i < n; i++) init = f(init, v[i]); return init; }

static double sum_mixed(const char *fmt, ...) {
    va_list ap, copy;
    va_start(ap, fmt);
    va_copy(copy, ap);
    double total = 0;
    for (const char *p = fmt; *p; p++) {
        switch (*p) {
        case 'i': total += va_arg(ap, int); break;
        case 'l': total += (double)va_arg(ap, long); break;
        case 'd': total += va_arg(ap, double); break;
        case 's': total += (double)strlen(va_arg(ap, const char *)); break;
        }
    }
    va_end(ap);
    int first = *fmt == 'i' ? va_arg(copy, int) : -1;
    va_end(copy);
    printf("sum_mixed(%s) first int %d total %.6f\n", fmt, first, total);
    return total;
}

static int logf_(char *out, size_t n, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int r = vsnprintf(out, n, fmt, ap);
    va_end(ap);
    return r;
}

int main(void) {
    long v[] = {3, -7, 12, 5, 9, -2, 4};
    for (int i = 0; i < 4; i++) printf("fold op%d = %ld\n", i, fold(v, 7, pick(OPAQUE(i)), i == 2 ? 1 : 0));
    /* Many arguments: more than fit in registers (6 int, 8 sse). */
    sum_mixed("iidiidddddddddddls", 1, 2, 0.5, 3, 4, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0,
              (long)1 << 40, "hello");
    sum_mixed("ssssssssi", "a", "bb", "ccc", "dddd", "e", "f", "g", "h", 99);
    char buf[128];
    int r = logf_(buf, sizeof buf, "%s=%d (%.3f) [%5.1e] %c%c", "key", -12, 3.14159, 12345.0, 'o', 'k');
    printf("vsnprintf %d: %s\n", r, buf);
    int (*cmp)(const char *, const char *) = OPAQUE(&strcmp);
    printf("via pointer strcmp %d\n", cmp("abc", "abd") < 0);
    return 0;
}
