/* Pipes between processes: a child streams more than the pipe capacity, the parent answers on a second pipe, SIGPIPE kills a writer with no reader. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <signal.h>
#include <sys/wait.h>
#include "corpus.h"

#define TOTAL (300 * 1024)

int main(void) {
    int down[2], up[2];
    pipe(down);
    pipe(up);
    fflush(stdout);
    pid_t k = fork();
    if (k == 0) {
        close(down[0]);
        close(up[1]);
        static unsigned char buf[TOTAL];
        uint64_t s = 1;
        for (int i = 0; i < TOTAL; i++) buf[i] = (unsigned char)lcg_next(&s);
        size_t off = 0;
        while (off < TOTAL) {                   /* uneven chunks */
            size_t n = 1000 + off % 7777;
            if (n > TOTAL - off) n = TOTAL - off;
            ssize_t w = write(down[1], buf + off, n);
            if (w <= 0) _exit(3);
            off += w;
        }
        close(down[1]);
        char reply[64] = {0};
        ssize_t r = read(up[0], reply, sizeof reply - 1);
        _exit(r > 0 && strcmp(reply, "thanks") == 0 ? 0 : 4);
    }
    close(down[1]);
    close(up[0]);
    static unsigned char got[TOTAL + 16];
    size_t have = 0;
    ssize_t r;
    while ((r = read(down[0], got + have, 4096)) > 0) have += r;
    printf("received %zu bytes, last read %zd, hash %016llx\n", have, r, (unsigned long long)fnv1a(got, have));
    write(up[1], "thanks", 6);
    int st;
    waitpid(k, &st, 0);
    printf("streamer exited %d\n", WEXITSTATUS(st));

    int p[2];
    pipe(p);
    fflush(stdout);
    k = fork();
    if (k == 0) {
        close(p[0]);
        char c = 'x';
        for (;;) write(p[1], &c, 1);
    }
    close(p[0]);
    close(p[1]);
    waitpid(k, &st, 0);
    printf("writer without reader: %s %d\n", WIFSIGNALED(st) ? "signal" : "exit",
           WIFSIGNALED(st) ? WTERMSIG(st) : WEXITSTATUS(st));

    /* dup2 onto stdout, as a shell's pipeline does. */
    pipe(p);
    fflush(stdout);
    k = fork();
    if (k == 0) {
        dup2(p[1], 1);
        close(p[0]);
        close(p[1]);
        printf("from the child's stdout\n");
        fflush(stdout);
        _exit(0);
    }
    close(p[1]);
    char line[64] = {0};
    size_t n = 0;
    while ((r = read(p[0], line + n, sizeof line - 1 - n)) > 0) n += r;
    waitpid(k, &st, 0);
    printf("captured: %s", line);
    return 0;
}
