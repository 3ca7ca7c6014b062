/* fork and wait: exit codes, deaths by signal, WNOHANG, ECHILD, getppid, reaping order, copied memory. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <errno.h>
#include <signal.h>
#include <sys/wait.h>
#include "corpus.h"

static void report(const char *what, int st) {
    if (WIFEXITED(st)) printf("%s: exited %d\n", what, WEXITSTATUS(st));
    else if (WIFSIGNALED(st)) printf("%s: killed by signal %d\n", what, WTERMSIG(st));
    else printf("%s: status 0x%x\n", what, st);
}

static int counter = 10;

int main(void) {
    int codes[] = {0, 1, 42, 255};
    pid_t kids[4];
    pid_t me = getpid();
    for (int i = 0; i < 4; i++) {
        fflush(stdout);
        kids[i] = fork();
        if (kids[i] == 0) {
            counter += i;          /* the child's copy only */
            if (getppid() != me) _exit(99);
            _exit(codes[i] + counter - 10 - i);
        }
        if (kids[i] < 0) { perror("fork"); return 1; }
    }
    for (int i = 3; i >= 0; i--) {   /* reap in reverse order of creation */
        int st;
        pid_t r = waitpid(kids[i], &st, 0);
        char name[32];
        snprintf(name, sizeof name, "child %d (%s)", i, r == kids[i] ? "pid ok" : "pid wrong");
        report(name, st);
    }
    printf("parent counter %d\n", counter);

    fflush(stdout);
    pid_t k = fork();
    if (k == 0) { kill(getpid(), SIGTERM); pause(); _exit(0); }
    int st;
    waitpid(k, &st, 0);
    report("self-SIGTERM", st);

    fflush(stdout);
    k = fork();
    if (k == 0) abort();
    waitpid(k, &st, 0);
    report("abort", st);

    fflush(stdout);
    k = fork();
    if (k == 0) { volatile int *p = (int *)OPAQUE((long)0); *p = 1; _exit(0); }
    waitpid(k, &st, 0);
    report("null store", st);

    /* WNOHANG on a child that is still blocked reading a pipe, then let it go. */
    int fds[2];
    pipe(fds);
    fflush(stdout);
    k = fork();
    if (k == 0) {
        close(fds[1]);
        char c;
        ssize_t n = read(fds[0], &c, 1);
        _exit(n == 0 ? 7 : 8);
    }
    close(fds[0]);
    printf("WNOHANG while running: %d\n", (int)waitpid(k, &st, WNOHANG));
    close(fds[1]);                      /* EOF for the child */
    printf("wait returns child: %d\n", waitpid(-1, &st, 0) == k);
    report("EOF reader", st);
    errno = 0;
    int none = (int)wait(&st);
    printf("no children: %d %s\n", none, errno == ECHILD ? "ECHILD" : "other");

    /* wait for any of several: collect the set, print in a fixed order. */
    int seen = 0;
    fflush(stdout);
    for (int i = 0; i < 3; i++) if (fork() == 0) _exit(20 + i);
    for (int i = 0; i < 3; i++) { wait(&st); seen |= 1 << (WEXITSTATUS(st) - 20); }
    printf("any-child waits saw mask %d\n", seen);
    return 0;
}
