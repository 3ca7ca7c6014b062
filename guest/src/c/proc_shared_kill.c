/* MAP_SHARED|MAP_ANONYMOUS memory seen across fork, and kill(2) between processes: SIGTERM by default, a handler, SIGKILL. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/wait.h>

static volatile sig_atomic_t got;
static void on_usr1(int s) { got = s; }

static void report(const char *what, int st) {
    if (WIFEXITED(st)) printf("%s: exited %d\n", what, WEXITSTATUS(st));
    else if (WIFSIGNALED(st)) printf("%s: killed by signal %d\n", what, WTERMSIG(st));
}

int main(void) {
    volatile int *shared = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    volatile int *private = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    shared[0] = 5;
    private[0] = 5;
    int st;
    fflush(stdout);
    pid_t k = fork();
    if (k == 0) {
        for (int i = 0; i < 1000; i++) shared[0]++;
        private[0] = 99;
        shared[1] = 0x1234;
        _exit(shared[0] == 1005 ? 0 : 1);
    }
    waitpid(k, &st, 0);
    printf("child saw its writes: %d; parent sees shared %d %#x, private %d\n", WEXITSTATUS(st), shared[0], shared[1], private[0]);
    shared[2] = 77;
    fflush(stdout);
    k = fork();
    if (k == 0) _exit(shared[2] == 77 && shared[0] == 1005 ? 0 : 1);
    waitpid(k, &st, 0);
    printf("second child sees the parent's store: %s\n", WEXITSTATUS(st) == 0 ? "yes" : "no");

    int ready[2];
    pipe(ready);
    fflush(stdout);
    k = fork();
    if (k == 0) {                   /* default SIGTERM while blocked in pause */
        close(ready[0]);
        write(ready[1], "r", 1);
        for (;;) pause();
    }
    char c;
    read(ready[0], &c, 1);
    kill(k, SIGTERM);
    waitpid(k, &st, 0);
    report("SIGTERM", st);

    fflush(stdout);
    k = fork();
    if (k == 0) {                   /* a handler, then exit with the signal number */
        /* Blocked until sigsuspend: a SIGUSR1 arriving between the test of got and the wait
           would otherwise run the handler first and leave pause() waiting forever. */
        sigset_t usr1, old;
        sigemptyset(&usr1);
        sigaddset(&usr1, SIGUSR1);
        sigprocmask(SIG_BLOCK, &usr1, &old);
        signal(SIGUSR1, on_usr1);
        write(ready[1], "r", 1);
        while (!got) sigsuspend(&old);
        _exit(got);
    }
    read(ready[0], &c, 1);
    kill(k, SIGUSR1);
    waitpid(k, &st, 0);
    report("SIGUSR1 handler", st);

    fflush(stdout);
    k = fork();
    if (k == 0) {                   /* SIGKILL cuts a busy loop short */
        signal(SIGTERM, SIG_IGN);
        write(ready[1], "r", 1);
        for (volatile unsigned long i = 0;; i++) { }
    }
    read(ready[0], &c, 1);
    kill(k, SIGTERM);               /* ignored */
    kill(k, SIGKILL);
    waitpid(k, &st, 0);
    report("SIGKILL", st);

    printf("kill of a reaped pid: %d\n", kill(k, 0));
    return 0;
}
