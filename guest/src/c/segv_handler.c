/* A SIGSEGV handler installed with sigaction(SA_SIGINFO) recovers with siglongjmp, reporting si_code and
   si_addr for unmapped (SEGV_MAPERR) and write-protected (SEGV_ACCERR) pages; the signal mask is restored. */
#include <stdio.h>
#include <signal.h>
#include <setjmp.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include "corpus.h"

static sigjmp_buf back;
static volatile void *fault_addr;
static volatile int fault_code, fault_sig, hits;

static void on_fault(int sig, siginfo_t *si, void *uc) {
    (void)uc;
    fault_sig = sig;
    fault_code = si->si_code;
    fault_addr = si->si_addr;
    hits++;
    siglongjmp(back, 1);
}

static void probe(const char *what, volatile char *p, int write, char *base) {
    if (sigsetjmp(back, 1) == 0) {
        if (write) *p = 1; else (void)*p;
        printf("%-22s no fault\n", what);
    } else {
        printf("%-22s sig %d code %s offset %ld\n", what, fault_sig,
               fault_code == SEGV_MAPERR ? "MAPERR" : fault_code == SEGV_ACCERR ? "ACCERR" : "other",
               base ? (long)((char *)fault_addr - base) : (long)(size_t)fault_addr);
    }
}

int main(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_fault;
    sa.sa_flags = SA_SIGINFO;
    sigemptyset(&sa.sa_mask);
    printf("sigaction %d\n", sigaction(SIGSEGV, &sa, NULL));
    long pg = sysconf(_SC_PAGESIZE);
    char *m = mmap(NULL, 4 * pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    munmap(m + 2 * pg, pg);
    mprotect(m + pg, pg, PROT_READ);
    probe("read ok", m + 5, 0, m);
    probe("write ok", m + 5, 1, m);
    probe("read readonly", m + pg + 8, 0, m);
    probe("write readonly", m + pg + 8, 1, m);
    probe("read unmapped", m + 2 * pg + 16, 0, m);
    probe("write unmapped", m + 2 * pg + 24, 1, m);
    probe("null read", OPAQUE((char *)0), 0, NULL);
    probe("low address write", OPAQUE((char *)0x1000), 1, NULL);
    mprotect(m + 3 * pg, pg, PROT_NONE);
    probe("read PROT_NONE", m + 3 * pg + 100, 0, m);
    sigset_t cur;
    sigprocmask(SIG_SETMASK, NULL, &cur);
    printf("SIGSEGV blocked after recovery %d, handler ran %d times\n", sigismember(&cur, SIGSEGV), hits);
    return 0;
}
