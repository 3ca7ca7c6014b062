/* A pipe within one process: write then read back, partial reads, EOF after closing the write end, EPIPE/SIGPIPE ignored. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <errno.h>
#include <signal.h>
#include <fcntl.h>
#include "corpus.h"

int main(void) {
    int p[2];
    printf("pipe %d\n", pipe(p));
    char msg[] = "through the pipe";
    printf("write %zd\n", write(p[1], msg, sizeof msg));
    char buf[64];
    printf("read 5: %zd", read(p[0], buf, 5));
    printf(" [%.5s]\n", buf);
    ssize_t r = read(p[0], buf, sizeof buf);
    printf("read rest %zd [%s]\n", r, buf);
    /* Fill a chunk larger than a small buffer but well under the 64 KiB pipe capacity. */
    static char big[32768];
    for (unsigned i = 0; i < sizeof big; i++) big[i] = (char)(i * 7);
    printf("write big %zd\n", write(p[1], big, sizeof big));
    static char back[32768];
    size_t got = 0;
    while (got < sizeof back) {
        ssize_t n = read(p[0], back + got, sizeof back - got);
        if (n <= 0) break;
        got += n;
    }
    printf("read big %zu same %d\n", got, memcmp(big, back, sizeof big) == 0);
    int fl = fcntl(p[0], F_GETFL);
    fcntl(p[0], F_SETFL, fl | O_NONBLOCK);
    errno = 0;
    r = read(p[0], buf, 1);
    printf("nonblocking empty read %zd eagain %d\n", r, errno == EAGAIN);
    close(p[1]);
    printf("read after close %zd\n", read(p[0], buf, 1));
    close(p[0]);
    signal(SIGPIPE, SIG_IGN);
    pipe(p);
    close(p[0]);
    errno = 0;
    r = write(p[1], "x", 1);
    printf("write to closed pipe %zd epipe %d\n", r, errno == EPIPE);
    /* stdio over pipe fds */
    pipe(p);
    FILE *w = fdopen(p[1], "w"), *rd = fdopen(p[0], "r");
    fprintf(w, "%d %s %.2f\n", 7, "seven", 7.0);
    fclose(w);
    int i; char s[16]; double d;
    printf("fscanf %d:", fscanf(rd, "%d %15s %lf", &i, s, &d));
    printf(" %d %s %g\n", i, s, d);
    fclose(rd);
    return 0;
}
