/* getrandom(GRND_NONBLOCK): returns the requested length and the bytes are not all zero; booleans only. */
#include <stdio.h>
#include <sys/random.h>
#include <errno.h>
int main(void) {
    unsigned char buf[256] = {0};
    ssize_t n = getrandom(buf, sizeof buf, GRND_NONBLOCK);
    int nonzero = 0, distinct = 0, seen[256] = {0};
    for (int i = 0; i < 256; i++) { nonzero |= buf[i]; if (!seen[buf[i]]++) distinct++; }
    printf("getrandom full %d nonzero %d distinct > 100 %d\n", n == 256, nonzero != 0, distinct > 100);
    unsigned char one[16];
    printf("small %d\n", getrandom(one, sizeof one, 0) == 16);
    errno = 0;
    n = getrandom(buf, 8, 0x1000);
    int e = errno;
    printf("bad flags %zd einval %d\n", n, e == EINVAL);
    return 0;
}
