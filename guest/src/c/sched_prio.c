/* Priorities and scheduling: getpriority/setpriority (process, group, user; threads have their own nice), the sched_* policy calls and their checks, sched_rr_get_interval, sigqueue (rt_sigqueueinfo) and rt_tgsigqueueinfo, sync and syncfs, utime/utimes/futimesat, membarrier, mincore. */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <unistd.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sched.h>
#include <pthread.h>
#include <time.h>
#include <utime.h>
#include <sys/time.h>
#include <sys/stat.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include "corpus.h"

/* linux/membarrier.h (musl's include path has no linux/ headers). */
#define MEMBARRIER_CMD_QUERY 0
#define MEMBARRIER_CMD_GLOBAL 1
#define MEMBARRIER_CMD_PRIVATE_EXPEDITED 8
#define MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED 16
#ifndef SCHED_RESET_ON_FORK
#define SCHED_RESET_ON_FORK 0x40000000
#endif

static volatile int got_sig, got_code, got_val, got_pid_mine;

static void handler(int sig, siginfo_t *si, void *uc) {
    (void) uc;
    got_sig = sig;
    got_code = si->si_code;
    got_val = si->si_value.sival_int;
    got_pid_mine = si->si_pid == getpid();
}

static void *thread_nice(void *arg) {
    (void) arg;
    int tid = (int) syscall(SYS_gettid);
    printf("thread starts with the creator's nice: %ld\n", 20 - raw(SYS_getpriority, PRIO_PROCESS, tid, 0, 0));
    printf("setpriority(thread, 7) = %ld\n", raw(SYS_setpriority, PRIO_PROCESS, tid, 7, 0));
    printf("thread nice now: %ld\n", 20 - raw(SYS_getpriority, PRIO_PROCESS, 0, 0, 0));
    return NULL;
}

int main(void) {
    setvbuf(stdout, NULL, _IOLBF, 0);
    /* Priorities: the raw syscall answers 20 - nice. */
    printf("getpriority(PRIO_PROCESS, 0) = %ld\n", raw(SYS_getpriority, PRIO_PROCESS, 0, 0, 0));
    printf("setpriority(PRIO_PROCESS, 0, 5) = %ld\n", raw(SYS_setpriority, PRIO_PROCESS, 0, 5, 0));
    printf("getpriority now = %ld\n", raw(SYS_getpriority, PRIO_PROCESS, getpid(), 0, 0));
    printf("setpriority 100 clamps: %ld, ", raw(SYS_setpriority, PRIO_PROCESS, 0, 100, 0));
    printf("nice %ld\n", 20 - raw(SYS_getpriority, PRIO_PROCESS, 0, 0, 0));
    printf("setpriority -100 clamps (root): %ld, ", raw(SYS_setpriority, PRIO_PROCESS, 0, -100, 0));
    printf("nice %ld\n", 20 - raw(SYS_getpriority, PRIO_PROCESS, 0, 0, 0));
    raw(SYS_setpriority, PRIO_PROCESS, 0, 3, 0);
    /* The group's and the user's best priority depend on the other processes: only their range. */
    long pg = raw(SYS_getpriority, PRIO_PGRP, 0, 0, 0), pu = raw(SYS_getpriority, PRIO_USER, 0, 0, 0);
    printf("getpriority(PRIO_PGRP, 0) >= 17: %d, PRIO_USER >= 17: %d\n", pg >= 17 && pg <= 40, pu >= 17 && pu <= 40);
    printf("getpriority(9, 0) = %ld\n", raw(SYS_getpriority, 9, 0, 0, 0));
    printf("getpriority(PRIO_PROCESS, 999999) = %ld\n", raw(SYS_getpriority, PRIO_PROCESS, 999999, 0, 0));
    printf("setpriority(PRIO_PROCESS, 999999, 1) = %ld\n", raw(SYS_setpriority, PRIO_PROCESS, 999999, 1, 0));
    errno = 0;
    int n = nice(1);
    printf("nice(1) = %d, errno %d\n", n, errno);
    pthread_t th;
    pthread_create(&th, NULL, thread_nice, NULL);
    pthread_join(th, NULL);
    printf("process nice unchanged by the thread's: %ld\n", 20 - raw(SYS_getpriority, PRIO_PROCESS, 0, 0, 0));
    fflush(stdout);
    pid_t c = fork();
    if (c == 0) {
        printf("child inherits nice: %ld\n", 20 - raw(SYS_getpriority, PRIO_PROCESS, 0, 0, 0));
        fflush(stdout);
        _exit(0);
    }
    waitpid(c, NULL, 0);
    raw(SYS_setpriority, PRIO_PROCESS, 0, 0, 0);

    /* Scheduling policies. */
    struct sched_param sp = {0};
    printf("sched_getscheduler(0) = %d\n", sched_getscheduler(0));
    printf("sched_getparam = %d, priority %d\n", sched_getparam(0, &sp), sp.sched_priority);
    for (int pol = 0; pol <= 7; pol++) {
        int mx = sched_get_priority_max(pol), e1 = mx < 0 ? errno : 0;
        int mn = sched_get_priority_min(pol), e2 = mn < 0 ? errno : 0;
        printf("policy %d: max %d (%d) min %d (%d)\n", pol, mx, e1, mn, e2);
    }
    sp.sched_priority = 5;
    printf("setscheduler(OTHER, 5) = %d\n", sched_setscheduler(0, SCHED_OTHER, &sp) < 0 ? -errno : 0);
    sp.sched_priority = 0;
    printf("setscheduler(FIFO, 0) = %d\n", sched_setscheduler(0, SCHED_FIFO, &sp) < 0 ? -errno : 0);
    printf("setscheduler(9, 0) = %d\n", sched_setscheduler(0, 9, &sp) < 0 ? -errno : 0);
    printf("setscheduler(-1 pid) = %ld\n", raw(SYS_sched_setscheduler, -1, SCHED_OTHER, (long) &sp, 0));
    printf("setscheduler(NULL param) = %ld\n", raw(SYS_sched_setscheduler, 0, SCHED_OTHER, 0, 0));
    printf("setscheduler(999999) = %ld\n", raw(SYS_sched_setscheduler, 999999, SCHED_OTHER, (long) &sp, 0));
    printf("setscheduler(BATCH) = %d\n", sched_setscheduler(0, SCHED_BATCH, &sp) < 0 ? -errno : 0);
    printf("now %d\n", sched_getscheduler(0));
    printf("setscheduler(IDLE|RESET_ON_FORK) = %d\n",
           sched_setscheduler(0, SCHED_IDLE | SCHED_RESET_ON_FORK, &sp) < 0 ? -errno : 0);
    printf("now 0x%x\n", sched_getscheduler(0));
    fflush(stdout);
    c = fork();
    if (c == 0) {
        printf("child after RESET_ON_FORK: %d\n", sched_getscheduler(0));
        fflush(stdout);
        _exit(0);
    }
    waitpid(c, NULL, 0);
    int so = sched_setscheduler(0, SCHED_OTHER, &sp) < 0 ? -errno : 0;
    printf("setscheduler(OTHER) = %d, now %d\n", so, sched_getscheduler(0));
    sp.sched_priority = 1;
    printf("setparam(1) under OTHER = %d\n", sched_setparam(0, &sp) < 0 ? -errno : 0);
    struct timespec ts = {7, 7};
    printf("sched_rr_get_interval(999999) = %ld\n", raw(SYS_sched_rr_get_interval, 999999, (long) &ts, 0, 0));
    printf("sched_rr_get_interval(-1) = %ld\n", raw(SYS_sched_rr_get_interval, -1, (long) &ts, 0, 0));
    printf("sched_rr_get_interval(0) = %ld\n", raw(SYS_sched_rr_get_interval, 0, (long) &ts, 0, 0));

    /* sigqueue: SI_QUEUE with a value; pthread_sigqueue to a thread. */
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = handler;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGUSR1, &sa, NULL);
    union sigval v = {.sival_int = 1234};
    printf("sigqueue = %d\n", sigqueue(getpid(), SIGUSR1, v));
    printf("handler: sig %d, code %d (SI_QUEUE %d), value %d, pid mine %d\n", got_sig, got_code, SI_QUEUE, got_val,
           got_pid_mine);
    got_sig = 0;
    v.sival_int = 99;
    siginfo_t qi;
    memset(&qi, 0, sizeof qi);
    qi.si_signo = SIGUSR1;
    qi.si_code = SI_QUEUE;
    qi.si_pid = getpid();
    qi.si_uid = getuid();
    qi.si_value = v;
    printf("rt_tgsigqueueinfo = %ld\n", raw(SYS_rt_tgsigqueueinfo, getpid(), syscall(SYS_gettid), SIGUSR1, (long) &qi));
    printf("handler: sig %d, code %d, value %d\n", got_sig, got_code, got_val);
    siginfo_t si;
    memset(&si, 0, sizeof si);
    si.si_code = SI_USER; /* the kernel refuses to let a process pose as kill() to another... */
    printf("rt_sigqueueinfo(self, SI_USER) = %ld\n", raw(SYS_rt_sigqueueinfo, getpid(), SIGUSR1, (long) &si, 0));
    si.si_code = SI_KERNEL;
    printf("rt_sigqueueinfo(SI_KERNEL) = %ld\n", raw(SYS_rt_sigqueueinfo, getpid(), SIGUSR1, (long) &si, 0));
    si.si_code = SI_QUEUE;
    printf("rt_sigqueueinfo(999999) = %ld\n", raw(SYS_rt_sigqueueinfo, 999999, SIGUSR1, (long) &si, 0));
    printf("rt_sigqueueinfo(sig 65) = %ld\n", raw(SYS_rt_sigqueueinfo, getpid(), 65, (long) &si, 0));

    /* sync, syncfs, utime, utimes, futimesat. */
    sync();
    char path[] = "/tmp/ring3-sched-prio-XXXXXX";
    int fd = mkstemp(path);
    printf("syncfs = %d, bad fd %ld\n", syncfs(fd), raw(SYS_syncfs, 99, 0, 0, 0));
    struct utimbuf ub = {1000000000, 1200000000};
    printf("utime = %d", utime(path, &ub));
    struct stat st;
    stat(path, &st);
    printf(", atime %ld mtime %ld\n", (long) st.st_atime, (long) st.st_mtime);
    struct timeval tv[2] = {{1300000000, 500000}, {1400000000, 250000}};
    printf("utimes = %d", utimes(path, tv));
    stat(path, &st);
    printf(", atime %ld.%09ld mtime %ld.%09ld\n", (long) st.st_atime, st.st_atim.tv_nsec, (long) st.st_mtime,
           st.st_mtim.tv_nsec);
    tv[1].tv_usec = 1000000;
    printf("utimes usec 1e6 = %d\n", utimes(path, tv) < 0 ? -errno : 0);
    tv[1].tv_usec = 0;
    printf("futimesat = %ld", raw(SYS_futimesat, AT_FDCWD, (long) path, (long) tv, 0));
    stat(path, &st);
    printf(", mtime %ld\n", (long) st.st_mtime);
    int un = utime(path, NULL);
    stat(path, &st);
    printf("utime(NULL times) = %d, recent %d\n", un, st.st_mtime > 1600000000);
    printf("utime(missing) = %d\n", utime("/tmp/ring3-no-such-file-here", NULL) < 0 ? -errno : 0);
    close(fd);
    unlink(path);

    /* membarrier and mincore. */
    long q = raw(SYS_membarrier, MEMBARRIER_CMD_QUERY, 0, 0, 0);
    printf("membarrier query has GLOBAL %d, PRIVATE_EXPEDITED %d\n", (q & MEMBARRIER_CMD_GLOBAL) != 0,
           (q & MEMBARRIER_CMD_PRIVATE_EXPEDITED) != 0);
    printf("membarrier(GLOBAL) = %ld\n", raw(SYS_membarrier, MEMBARRIER_CMD_GLOBAL, 0, 0, 0));
    printf("membarrier(PRIVATE_EXPEDITED) unregistered = %ld\n",
           raw(SYS_membarrier, MEMBARRIER_CMD_PRIVATE_EXPEDITED, 0, 0, 0));
    printf("membarrier(REGISTER_PRIVATE_EXPEDITED) = %ld\n",
           raw(SYS_membarrier, MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED, 0, 0, 0));
    printf("membarrier(PRIVATE_EXPEDITED) = %ld\n", raw(SYS_membarrier, MEMBARRIER_CMD_PRIVATE_EXPEDITED, 0, 0, 0));
    printf("membarrier(bad) = %ld\n", raw(SYS_membarrier, 1 << 20, 0, 0, 0));
    long pgsz = sysconf(_SC_PAGESIZE);
    unsigned char *m = mmap(NULL, 4 * pgsz, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    m[0] = 1;
    m[2 * pgsz] = 1;
    unsigned char vec[4];
    int mc = mincore(m, 4 * pgsz, vec);
    printf("mincore = %d: %d %d %d %d\n", mc, vec[0] & 1, vec[1] & 1, vec[2] & 1, vec[3] & 1);
    printf("mincore unaligned = %d\n", mincore(m + 1, pgsz, vec) < 0 ? -errno : 0);
    munmap(m + pgsz, pgsz);
    printf("mincore over a hole = %d\n", mincore(m, 4 * pgsz, vec) < 0 ? -errno : 0);

    /* The CPUs: the host's, as sysconf and /proc/self/status say (the guest's threads run on them). */
    unsigned long cpus[16];
    memset(cpus, 0, sizeof cpus);
    long got = raw(SYS_sched_getaffinity, 0, sizeof cpus, (long) cpus, 0);
    int count = 0;
    for (long w = 0; got > 0 && w < got / 8; w++) {
        count += __builtin_popcountl(cpus[w]);
    }
    printf("sched_getaffinity = %ld, %d CPUs, as many as online: %d\n", got, count, count == sysconf(_SC_NPROCESSORS_ONLN));
    printf("sched_getaffinity(len 4) = %ld, (len 12) = %ld, (pid 999999) = %ld\n",
           raw(SYS_sched_getaffinity, 0, 4, (long) cpus, 0), raw(SYS_sched_getaffinity, 0, 12, (long) cpus, 0),
           raw(SYS_sched_getaffinity, 999999, sizeof cpus, (long) cpus, 0));
    FILE *status = fopen("/proc/self/status", "r");
    char line[256];
    while (status && fgets(line, sizeof line, status)) {
        if (strncmp(line, "Cpus_allowed", 12) == 0) {
            fputs(line, stdout);
        }
    }
    if (status) {
        fclose(status);
    }
    printf("done\n");
    return 0;
}
