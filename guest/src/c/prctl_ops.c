/* prctl(2) as the kernel answers each option on x86-64: per-thread and per-process state that
   reads back what was set and is inherited (or not) by threads, fork and execve; the TSC mode
   (PR_TSC_SIGSEGV: RDTSC and RDTSCP raise SIGSEGV, si_code SI_KERNEL, at the instruction) and
   arch_prctl's CPUID faulting; the parent-death signal, sent when the *thread* that forked the
   child ends; options other architectures own (EINVAL here); bad arguments and pointers. */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <ucontext.h>
#include <unistd.h>
#include "corpus.h"

#ifndef PR_GET_AUXV
#define PR_GET_AUXV 0x41555856
#endif
#ifndef PR_SET_MDWE
#define PR_SET_MDWE 65
#define PR_GET_MDWE 66
#endif
#define ARCH_GET_CPUID_ 0x1011
#define ARCH_SET_CPUID_ 0x1012

static long pr(int op, unsigned long a2, unsigned long a3, unsigned long a4, unsigned long a5) {
    return sys_result(syscall(SYS_prctl, op, a2, a3, a4, a5));
}

#define SHOW(label, expr) printf("%-34s %ld\n", label, (long)(expr))

static volatile int segv_count, segv_code;
static volatile uintptr_t segv_addr;

static void on_segv(int sig, siginfo_t *si, void *vctx) {
    ucontext_t *ctx = vctx;
    const unsigned char *code = (const unsigned char *)ctx->uc_mcontext.gregs[REG_RIP];
    segv_count++;
    segv_code = si->si_code;
    segv_addr = (uintptr_t)si->si_addr;
    if (code[0] == 0x0f && code[1] == 0x31) { /* rdtsc */
        ctx->uc_mcontext.gregs[REG_RAX] = 0x13370000;
        ctx->uc_mcontext.gregs[REG_RDX] = 3;
        ctx->uc_mcontext.gregs[REG_RIP] += 2;
    } else if (code[0] == 0x0f && code[1] == 0x01 && code[2] == 0xf9) { /* rdtscp */
        ctx->uc_mcontext.gregs[REG_RAX] = 0x4242;
        ctx->uc_mcontext.gregs[REG_RDX] = 0;
        ctx->uc_mcontext.gregs[REG_RCX] = 7;
        ctx->uc_mcontext.gregs[REG_RIP] += 3;
    } else if (code[0] == 0x0f && code[1] == 0xa2) { /* cpuid */
        ctx->uc_mcontext.gregs[REG_RAX] = 0x13370001;
        ctx->uc_mcontext.gregs[REG_RIP] += 2;
    } else {
        _exit(90);
    }
}

static uint64_t rdtsc(void) {
    uint32_t lo, hi;
    __asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi) :: "memory");
    return (uint64_t)hi << 32 | lo;
}

static uint64_t rdtscp(uint32_t *aux) {
    uint32_t lo, hi, c;
    __asm__ volatile("rdtscp" : "=a"(lo), "=d"(hi), "=c"(c) :: "memory");
    *aux = c;
    return (uint64_t)hi << 32 | lo;
}

static unsigned cpuid0(void) {
    unsigned a = 0, b, c = 0, d;
    __asm__ volatile("cpuid" : "+a"(a), "=b"(b), "+c"(c), "=d"(d));
    return a;
}

static int tsc_mode(void) {
    int m = -1;
    long r = pr(PR_GET_TSC, (unsigned long)&m, 0, 0, 0);
    return r < 0 ? (int)r : m;
}

static void *thread_tsc(void *arg) {
    (void)arg;
    printf("thread: tsc mode %d\n", tsc_mode());
    segv_count = 0;
    uint64_t t = rdtsc();
    printf("thread: rdtsc %#llx faults %d\n", (unsigned long long)t, segv_count);
    return NULL;
}

static void tsc(char *self) {
    struct sigaction sa = {.sa_sigaction = on_segv, .sa_flags = SA_SIGINFO};
    sigaction(SIGSEGV, &sa, 0);
    printf("tsc mode %d\n", tsc_mode());
    uint64_t a = rdtsc(), b = rdtsc();
    printf("rdtsc runs: %s\n", b > a ? "increasing" : "not increasing");
    SHOW("PR_SET_TSC 3", pr(PR_SET_TSC, 3, 0, 0, 0));
    SHOW("PR_SET_TSC 0", pr(PR_SET_TSC, 0, 0, 0, 0));
    SHOW("PR_GET_TSC bad pointer", pr(PR_GET_TSC, 8, 0, 0, 0));
    SHOW("PR_SET_TSC SIGSEGV", pr(PR_SET_TSC, PR_TSC_SIGSEGV, 0, 0, 0));
    printf("tsc mode %d\n", tsc_mode());
    segv_count = 0;
    uint64_t t = rdtsc();
    printf("rdtsc %#llx faults %d si_code %d si_addr %#lx\n", (unsigned long long)t, segv_count, segv_code,
           (unsigned long)segv_addr);
    uint32_t aux = 0;
    t = rdtscp(&aux);
    printf("rdtscp %#llx aux %u faults %d\n", (unsigned long long)t, aux, segv_count);
    pthread_t th;
    pthread_create(&th, 0, thread_tsc, 0);
    pthread_join(th, 0);
    fflush(stdout);
    pid_t p = fork();
    if (p == 0) {
        segv_count = 0;
        t = rdtsc();
        printf("child: tsc mode %d rdtsc %#llx faults %d\n", tsc_mode(), (unsigned long long)t, segv_count);
        fflush(stdout);
        /* execve keeps the TSC mode (it resets CPUID faulting only). */
        execl("/proc/self/exe", self, "tsc-after-exec", (char *)0);
        _exit(91);
    }
    int st;
    waitpid(p, &st, 0);
    printf("child status %#x\n", st);
    /* Without a handler the fault kills, as SIGSEGV does. */
    fflush(stdout);
    p = fork();
    if (p == 0) {
        signal(SIGSEGV, SIG_DFL);
        rdtsc();
        _exit(92);
    }
    waitpid(p, &st, 0);
    printf("unhandled: %s %d\n", WIFSIGNALED(st) ? "signal" : "exit", WIFSIGNALED(st) ? WTERMSIG(st) : WEXITSTATUS(st));
    SHOW("PR_SET_TSC ENABLE", pr(PR_SET_TSC, PR_TSC_ENABLE, 0, 0, 0));
    segv_count = 0;
    rdtsc();
    printf("tsc mode %d faults %d\n", tsc_mode(), segv_count);
}

static void cpuid_faulting(void) {
    SHOW("ARCH_GET_CPUID", sys_result(syscall(SYS_arch_prctl, ARCH_GET_CPUID_, 0)));
    long r = sys_result(syscall(SYS_arch_prctl, ARCH_SET_CPUID_, 0));
    /* ENODEV where the CPU has no CPUID faulting (this test's oracle is the host). */
    SHOW("ARCH_SET_CPUID 0", r);
    if (r == 0) {
        segv_count = 0;
        unsigned a = cpuid0();
        printf("cpuid %#x faults %d\n", a, segv_count);
        SHOW("ARCH_GET_CPUID", sys_result(syscall(SYS_arch_prctl, ARCH_GET_CPUID_, 0)));
        SHOW("ARCH_SET_CPUID 1", sys_result(syscall(SYS_arch_prctl, ARCH_SET_CPUID_, 1)));
    }
    segv_count = 0;
    cpuid0();
    printf("cpuid faults %d\n", segv_count);
    SHOW("ARCH_GET_CPUID", sys_result(syscall(SYS_arch_prctl, ARCH_GET_CPUID_, 0)));
    SHOW("arch_prctl 0x9999", sys_result(syscall(SYS_arch_prctl, 0x9999, 0)));
}

static int pipefd[2];

static void on_usr1(int sig) {
    char c = 'D';
    (void)sig;
    write(pipefd[1], &c, 1);
}

/* The thread that forks the child, then ends: the child's parent-death signal comes then. */
static void *forker(void *arg) {
    pid_t *out = arg;
    pid_t p = fork();
    if (p == 0) {
        signal(SIGUSR1, on_usr1);
        printf("child: PR_SET_PDEATHSIG %ld\n", pr(PR_SET_PDEATHSIG, SIGUSR1, 0, 0, 0));
        int s = -1;
        pr(PR_GET_PDEATHSIG, (unsigned long)&s, 0, 0, 0);
        printf("child: pdeathsig %d\n", s);
        fflush(stdout);
        char c = 'R';
        write(pipefd[1], &c, 1);
        for (;;) pause(); /* until the parent's SIGKILL */
    }
    *out = p;
    char c;
    read(pipefd[0], &c, 1); /* the child is ready: now this thread ends */
    return NULL;
}

static void pdeathsig(void) {
    int s = -1;
    SHOW("PR_GET_PDEATHSIG", pr(PR_GET_PDEATHSIG, (unsigned long)&s, 0, 0, 0));
    printf("pdeathsig %d\n", s);
    SHOW("PR_SET_PDEATHSIG 65", pr(PR_SET_PDEATHSIG, 65, 0, 0, 0));
    SHOW("PR_SET_PDEATHSIG SIGTERM", pr(PR_SET_PDEATHSIG, SIGTERM, 0, 0, 0));
    pr(PR_GET_PDEATHSIG, (unsigned long)&s, 0, 0, 0);
    printf("pdeathsig %d\n", s);
    SHOW("PR_GET_PDEATHSIG bad pointer", pr(PR_GET_PDEATHSIG, 8, 0, 0, 0));
    fflush(stdout);
    pid_t p = fork();
    if (p == 0) { /* fork clears it */
        pr(PR_GET_PDEATHSIG, (unsigned long)&s, 0, 0, 0);
        printf("child: pdeathsig %d\n", s);
        fflush(stdout);
        _exit(0);
    }
    int st;
    waitpid(p, &st, 0);
    pr(PR_SET_PDEATHSIG, 0, 0, 0, 0);

    pipe(pipefd);
    pthread_t th;
    pid_t child;
    pthread_create(&th, 0, forker, &child);
    pthread_join(th, 0);
    char c = 0;
    read(pipefd[0], &c, 1);
    printf("after the forking thread ended the child wrote '%c'\n", c);
    kill(child, SIGKILL);
    waitpid(child, &st, 0);
    printf("child ended by signal %d\n", WIFSIGNALED(st) ? WTERMSIG(st) : 0);
}

static void *thread_state(void *arg) {
    (void)arg;
    printf("thread: timerslack %ld no_new_privs %ld keepcaps %ld\n", pr(PR_GET_TIMERSLACK, 0, 0, 0, 0),
           pr(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0), pr(PR_GET_KEEPCAPS, 0, 0, 0, 0));
    char name[32] = "";
    pr(PR_GET_NAME, (unsigned long)name, 0, 0, 0);
    printf("thread: name before '%s'\n", name);
    pr(PR_SET_NAME, (unsigned long)"worker-thread-name-long", 0, 0, 0);
    pr(PR_GET_NAME, (unsigned long)name, 0, 0, 0);
    printf("thread: name after '%s'\n", name);
    char path[64], comm[64] = "";
    snprintf(path, sizeof path, "/proc/self/task/%ld/comm", (long)syscall(SYS_gettid));
    FILE *f = fopen(path, "r");
    if (f) {
        fgets(comm, sizeof comm, f);
        fclose(f);
    }
    comm[strcspn(comm, "\n")] = 0;
    printf("thread: its comm file '%s'\n", comm);
    return NULL;
}

static void simple_state(void) {
    SHOW("PR_GET_DUMPABLE", pr(PR_GET_DUMPABLE, 0, 0, 0, 0));
    SHOW("PR_SET_DUMPABLE 2", pr(PR_SET_DUMPABLE, 2, 0, 0, 0));
    SHOW("PR_SET_DUMPABLE 0", pr(PR_SET_DUMPABLE, 0, 0, 0, 0));
    SHOW("PR_GET_DUMPABLE", pr(PR_GET_DUMPABLE, 0, 0, 0, 0));
    SHOW("PR_SET_DUMPABLE 1", pr(PR_SET_DUMPABLE, 1, 0, 0, 0));
    SHOW("PR_GET_DUMPABLE", pr(PR_GET_DUMPABLE, 0, 0, 0, 0));

    SHOW("PR_GET_KEEPCAPS", pr(PR_GET_KEEPCAPS, 0, 0, 0, 0));
    SHOW("PR_SET_KEEPCAPS 2", pr(PR_SET_KEEPCAPS, 2, 0, 0, 0));
    SHOW("PR_SET_KEEPCAPS 1", pr(PR_SET_KEEPCAPS, 1, 0, 0, 0));
    SHOW("PR_GET_KEEPCAPS", pr(PR_GET_KEEPCAPS, 0, 0, 0, 0));

    SHOW("PR_GET_TIMERSLACK", pr(PR_GET_TIMERSLACK, 0, 0, 0, 0));
    SHOW("PR_SET_TIMERSLACK 1000", pr(PR_SET_TIMERSLACK, 1000, 0, 0, 0));
    SHOW("PR_GET_TIMERSLACK", pr(PR_GET_TIMERSLACK, 0, 0, 0, 0));

    SHOW("PR_GET_NO_NEW_PRIVS", pr(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0));
    SHOW("PR_SET_NO_NEW_PRIVS 0", pr(PR_SET_NO_NEW_PRIVS, 0, 0, 0, 0));
    SHOW("PR_SET_NO_NEW_PRIVS 1,1", pr(PR_SET_NO_NEW_PRIVS, 1, 1, 0, 0));
    SHOW("PR_SET_NO_NEW_PRIVS 1", pr(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0));
    SHOW("PR_GET_NO_NEW_PRIVS", pr(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0));
    SHOW("PR_GET_NO_NEW_PRIVS 1", pr(PR_GET_NO_NEW_PRIVS, 1, 0, 0, 0));

    pthread_t th;
    pthread_create(&th, 0, thread_state, 0);
    pthread_join(th, 0);
    char name[32] = "";
    pr(PR_GET_NAME, (unsigned long)name, 0, 0, 0);
    printf("main thread's name '%s'\n", name);
    SHOW("PR_SET_TIMERSLACK 0", pr(PR_SET_TIMERSLACK, 0, 0, 0, 0));
    SHOW("PR_GET_TIMERSLACK", pr(PR_GET_TIMERSLACK, 0, 0, 0, 0));

    SHOW("PR_GET_CHILD_SUBREAPER", ({ int v = -1; long r = pr(PR_GET_CHILD_SUBREAPER, (unsigned long)&v, 0, 0, 0); r < 0 ? r : v; }));
    SHOW("PR_SET_CHILD_SUBREAPER 1", pr(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0));
    SHOW("PR_GET_CHILD_SUBREAPER", ({ int v = -1; long r = pr(PR_GET_CHILD_SUBREAPER, (unsigned long)&v, 0, 0, 0); r < 0 ? r : v; }));
    SHOW("PR_GET_CHILD_SUBREAPER bad", pr(PR_GET_CHILD_SUBREAPER, 8, 0, 0, 0));
    fflush(stdout);
    pid_t p = fork();
    if (p == 0) {
        int v = -1;
        pr(PR_GET_CHILD_SUBREAPER, (unsigned long)&v, 0, 0, 0);
        printf("child: subreaper %d no_new_privs %ld timerslack %ld keepcaps %ld dumpable %ld\n", v,
               pr(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0), pr(PR_GET_TIMERSLACK, 0, 0, 0, 0), pr(PR_GET_KEEPCAPS, 0, 0, 0, 0),
               pr(PR_GET_DUMPABLE, 0, 0, 0, 0));
        fflush(stdout);
        _exit(0);
    }
    int st;
    waitpid(p, &st, 0);
    SHOW("PR_SET_CHILD_SUBREAPER 0", pr(PR_SET_CHILD_SUBREAPER, 0, 0, 0, 0));

    SHOW("PR_GET_THP_DISABLE", pr(PR_GET_THP_DISABLE, 0, 0, 0, 0));
    SHOW("PR_SET_THP_DISABLE 1,1", pr(PR_SET_THP_DISABLE, 1, 1, 0, 0));
    SHOW("PR_SET_THP_DISABLE 1", pr(PR_SET_THP_DISABLE, 1, 0, 0, 0));
    SHOW("PR_GET_THP_DISABLE", pr(PR_GET_THP_DISABLE, 0, 0, 0, 0));
    SHOW("PR_SET_THP_DISABLE 0", pr(PR_SET_THP_DISABLE, 0, 0, 0, 0));

    SHOW("PR_GET_TIMING", pr(PR_GET_TIMING, 0, 0, 0, 0));
    SHOW("PR_SET_TIMING 1", pr(PR_SET_TIMING, 1, 0, 0, 0));
    SHOW("PR_SET_TIMING 0", pr(PR_SET_TIMING, 0, 0, 0, 0));
    SHOW("PR_TASK_PERF_EVENTS_DISABLE", pr(PR_TASK_PERF_EVENTS_DISABLE, 0, 0, 0, 0));
    SHOW("PR_TASK_PERF_EVENTS_ENABLE", pr(PR_TASK_PERF_EVENTS_ENABLE, 0, 0, 0, 0));
    SHOW("PR_MCE_KILL_GET", pr(PR_MCE_KILL_GET, 0, 0, 0, 0));
    SHOW("PR_MCE_KILL SET EARLY", pr(PR_MCE_KILL, PR_MCE_KILL_SET, PR_MCE_KILL_EARLY, 0, 0));
    SHOW("PR_MCE_KILL_GET", pr(PR_MCE_KILL_GET, 0, 0, 0, 0));
    SHOW("PR_MCE_KILL SET 7", pr(PR_MCE_KILL, PR_MCE_KILL_SET, 7, 0, 0));
    SHOW("PR_MCE_KILL CLEAR", pr(PR_MCE_KILL, PR_MCE_KILL_CLEAR, 0, 0, 0));
    SHOW("PR_MCE_KILL_GET", pr(PR_MCE_KILL_GET, 0, 0, 0, 0));
    SHOW("PR_MCE_KILL 5", pr(PR_MCE_KILL, 5, 0, 0, 0));
    SHOW("PR_GET_SECUREBITS", pr(PR_GET_SECUREBITS, 0, 0, 0, 0));
    SHOW("PR_CAPBSET_READ 0", pr(PR_CAPBSET_READ, 0, 0, 0, 0));
    SHOW("PR_CAPBSET_READ 1000", pr(PR_CAPBSET_READ, 1000, 0, 0, 0));
    SHOW("PR_CAP_AMBIENT IS_SET 0", pr(PR_CAP_AMBIENT, PR_CAP_AMBIENT_IS_SET, 0, 0, 0));
    SHOW("PR_CAP_AMBIENT IS_SET 1000", pr(PR_CAP_AMBIENT, PR_CAP_AMBIENT_IS_SET, 1000, 0, 0));
    SHOW("PR_CAP_AMBIENT CLEAR_ALL", pr(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0));
    SHOW("PR_CAP_AMBIENT CLEAR_ALL 1", pr(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 1, 0, 0));
    SHOW("PR_CAP_AMBIENT 9", pr(PR_CAP_AMBIENT, 9, 0, 0, 0));
}

static void addresses(void) {
    int *orig = 0, mine = 0, *now = 0;
    SHOW("PR_GET_TID_ADDRESS", pr(PR_GET_TID_ADDRESS, (unsigned long)&orig, 0, 0, 0));
    printf("tid address set by libc: %s\n", orig ? "yes" : "no");
    syscall(SYS_set_tid_address, &mine);
    pr(PR_GET_TID_ADDRESS, (unsigned long)&now, 0, 0, 0);
    printf("after set_tid_address: %s\n", now == &mine ? "ours" : "other");
    syscall(SYS_set_tid_address, orig);
    pr(PR_GET_TID_ADDRESS, (unsigned long)&now, 0, 0, 0);
    printf("restored: %s\n", now == orig ? "yes" : "no");
    SHOW("PR_GET_TID_ADDRESS bad pointer", pr(PR_GET_TID_ADDRESS, 8, 0, 0, 0));

    unsigned long auxv[128];
    long n = pr(PR_GET_AUXV, (unsigned long)auxv, sizeof auxv, 0, 0);
    if (n > 0) {
        int pagesz = 0, end = auxv[n / 8 - 2] == 0;
        for (long i = 0; i + 1 < n / 8; i += 2)
            if (auxv[i] == AT_PAGESZ) pagesz = auxv[i + 1] == (unsigned long)getauxval(AT_PAGESZ);
        printf("PR_GET_AUXV: %s, AT_PAGESZ %s, ends with AT_NULL %s\n", n % 16 == 0 ? "whole pairs" : "odd",
               pagesz ? "matches" : "missing", end ? "yes" : "no");
        long m = pr(PR_GET_AUXV, (unsigned long)auxv, 16, 0, 0);
        printf("PR_GET_AUXV short buffer returns the full size: %s\n", m == n ? "yes" : "no");
        SHOW("PR_GET_AUXV null 0", pr(PR_GET_AUXV, 0, 0, 0, 0) == n);
    } else {
        SHOW("PR_GET_AUXV", n);
    }
    SHOW("PR_GET_AUXV flags", pr(PR_GET_AUXV, (unsigned long)auxv, sizeof auxv, 1, 0));
    SHOW("PR_GET_AUXV bad pointer", pr(PR_GET_AUXV, 8, sizeof auxv, 0, 0));
}

static void foreign(void) {
    int v;
    SHOW("PR_GET_UNALIGN", pr(PR_GET_UNALIGN, (unsigned long)&v, 0, 0, 0));
    SHOW("PR_SET_UNALIGN", pr(PR_SET_UNALIGN, 1, 0, 0, 0));
    SHOW("PR_GET_FPEMU", pr(PR_GET_FPEMU, (unsigned long)&v, 0, 0, 0));
    SHOW("PR_GET_FPEXC", pr(PR_GET_FPEXC, (unsigned long)&v, 0, 0, 0));
    SHOW("PR_GET_ENDIAN", pr(PR_GET_ENDIAN, (unsigned long)&v, 0, 0, 0));
    SHOW("PR_SET_ENDIAN", pr(PR_SET_ENDIAN, 0, 0, 0, 0));
    SHOW("PR_MPX_ENABLE_MANAGEMENT", pr(PR_MPX_ENABLE_MANAGEMENT, 0, 0, 0, 0));
    SHOW("PR_GET_FP_MODE", pr(PR_GET_FP_MODE, 0, 0, 0, 0));
    SHOW("PR_SVE_GET_VL", pr(PR_SVE_GET_VL, 0, 0, 0, 0));
    SHOW("PR_PAC_RESET_KEYS", pr(PR_PAC_RESET_KEYS, 0, 0, 0, 0));
    SHOW("PR_GET_TAGGED_ADDR_CTRL", pr(PR_GET_TAGGED_ADDR_CTRL, 0, 0, 0, 0));
    SHOW("prctl 1000", pr(1000, 0, 0, 0, 0));
    SHOW("prctl -1", pr(-1, 0, 0, 0, 0));
}

/* Orphans below a child subreaper become its children: it sees them end and reaps them. */
static void subreaper(void) {
    int fds[2];
    pipe(fds);
    pid_t me = getpid();
    SHOW("PR_SET_CHILD_SUBREAPER 1", pr(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0));
    fflush(stdout);
    pid_t a = fork();
    if (a == 0) {
        pid_t g = fork();
        if (g == 0) {
            /* Wait until the middle process is gone and this one was handed on. */
            for (int i = 0; i < 2000 && getppid() != me; i++) usleep(1000);
            char c = getppid() == me ? 'S' : 'N';
            write(fds[1], &c, 1);
            _exit(7);
        }
        write(fds[1], &g, sizeof g);
        _exit(3);
    }
    pid_t g = 0;
    read(fds[0], &g, sizeof g);
    int st;
    waitpid(a, &st, 0);
    printf("middle process exited %d\n", WEXITSTATUS(st));
    char c = 0;
    read(fds[0], &c, 1);
    printf("grandchild's parent is now the subreaper: %s\n", c == 'S' ? "yes" : "no");
    pid_t w = waitpid(g, &st, 0);
    printf("subreaper reaped the grandchild: %s, exit %d\n", w == g ? "yes" : "no", WIFEXITED(st) ? WEXITSTATUS(st) : -1);
    SHOW("PR_SET_CHILD_SUBREAPER 0", pr(PR_SET_CHILD_SUBREAPER, 0, 0, 0, 0));
    close(fds[0]);
    close(fds[1]);
}

/* Memory-deny-write-execute: last, since it cannot be undone. */
static void mdwe(void) {
    long g = pr(PR_GET_MDWE, 0, 0, 0, 0);
    SHOW("PR_GET_MDWE", g);
    if (g < 0) return; /* a kernel before 6.3 */
    SHOW("PR_SET_MDWE 2", pr(PR_SET_MDWE, 2, 0, 0, 0));
    SHOW("PR_SET_MDWE 4", pr(PR_SET_MDWE, 4, 0, 0, 0));
    SHOW("PR_SET_MDWE 1", pr(PR_SET_MDWE, 1, 0, 0, 0));
    SHOW("PR_SET_MDWE 3", pr(PR_SET_MDWE, 3, 0, 0, 0));
    SHOW("PR_GET_MDWE", pr(PR_GET_MDWE, 0, 0, 0, 0));
    SHOW("PR_SET_MDWE 0", pr(PR_SET_MDWE, 0, 0, 0, 0));
    SHOW("PR_GET_MDWE 1", pr(PR_GET_MDWE, 1, 0, 0, 0));
    void *p = mmap(0, 8192, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    printf("mmap rwx: %s\n", p == MAP_FAILED ? strerror(errno) : "mapped");
    p = mmap(0, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    printf("mmap rw: %s\n", p == MAP_FAILED ? strerror(errno) : "mapped");
    printf("mprotect rw -> rx: %s\n", mprotect(p, 8192, PROT_READ | PROT_EXEC) ? strerror(errno) : "ok");
    printf("mprotect rw -> r: %s\n", mprotect(p, 8192, PROT_READ) ? strerror(errno) : "ok");
    void *x = mmap(0, 8192, PROT_READ | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    printf("mmap rx: %s\n", x == MAP_FAILED ? strerror(errno) : "mapped");
    printf("mprotect rx -> rx: %s\n", mprotect(x, 8192, PROT_READ | PROT_EXEC) ? strerror(errno) : "ok");
    printf("mprotect rx -> rwx: %s\n", mprotect(x, 8192, PROT_READ | PROT_WRITE | PROT_EXEC) ? strerror(errno) : "ok");
    printf("mprotect rx -> r: %s\n", mprotect(x, 8192, PROT_READ) ? strerror(errno) : "ok");
    printf("mprotect r -> rx: %s\n", mprotect(x, 8192, PROT_READ | PROT_EXEC) ? strerror(errno) : "ok");
    fflush(stdout);
    pid_t c = fork();
    if (c == 0) {
        printf("child: PR_GET_MDWE %ld\n", pr(PR_GET_MDWE, 0, 0, 0, 0));
        fflush(stdout);
        _exit(0);
    }
    int st;
    waitpid(c, &st, 0);
}

int main(int argc, char **argv) {
    setvbuf(stdout, 0, _IOLBF, 0);
    if (argc > 1 && strcmp(argv[1], "tsc-after-exec") == 0) {
        struct sigaction sa = {.sa_sigaction = on_segv, .sa_flags = SA_SIGINFO};
        sigaction(SIGSEGV, &sa, 0);
        segv_count = 0;
        uint64_t t = rdtsc();
        printf("after exec: tsc mode %d rdtsc %#llx faults %d\n", tsc_mode(), (unsigned long long)t, segv_count);
        return 0;
    }
    simple_state();
    addresses();
    foreign();
    pdeathsig();
    cpuid_faulting();
    tsc(argv[0]);
    subreaper();
    mdwe();
    return 0;
}
