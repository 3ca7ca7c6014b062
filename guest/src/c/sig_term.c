/* raise(SIGTERM) with the default action terminates: status 143. A handler first counts one SIGUSR1. */
#include <stdio.h>
#include <signal.h>
static volatile sig_atomic_t usr1;
static void on_usr1(int sig) { usr1 += sig == SIGUSR1; }
int main(void) {
    signal(SIGUSR1, on_usr1);
    raise(SIGUSR1);
    printf("SIGUSR1 handled %d times\n", (int)usr1);
    signal(SIGUSR1, SIG_IGN);
    raise(SIGUSR1);
    printf("ignored SIGUSR1, now raising SIGTERM\n");
    fflush(stdout);
    raise(SIGTERM);
    printf("survived\n");
    return 0;
}
