/* signalfd: reading blocked signals as struct signalfd_siginfo (kill, tgkill, a child's SIGCHLD, a POSIX timer), poll and epoll readiness, a blocking read woken by another process, mask updates, errors. */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <time.h>
#include <poll.h>
#include <stdint.h>
#include <sys/signalfd.h>
#include <sys/epoll.h>
#include <sys/wait.h>
#include <sys/syscall.h>
#include "corpus.h"

static const char *name(uint32_t sig) {
    switch (sig) {
    case SIGUSR1: return "SIGUSR1";
    case SIGUSR2: return "SIGUSR2";
    case SIGCHLD: return "SIGCHLD";
    default: return "other";
    }
}

static void show(const struct signalfd_siginfo *s) {
    printf("  signo %s, code %d, pid is mine %d, uid %u, status %d, tid %u, overrun %u, int %d, ptr 0x%llx\n",
           name(s->ssi_signo), s->ssi_code, s->ssi_pid == (uint32_t) getpid(), s->ssi_uid, s->ssi_status,
           s->ssi_tid, s->ssi_overrun, s->ssi_int, (unsigned long long) s->ssi_ptr);
}

static int read_all(int fd, const char *what) {
    struct signalfd_siginfo s[4];
    ssize_t n = read(fd, s, sizeof s);
    if (n < 0) {
        printf("%s: read = %d\n", what, -errno);
        return 0;
    }
    printf("%s: read %zd bytes (%zd signals)\n", what, n, n / (ssize_t) sizeof s[0]);
    for (ssize_t i = 0; i < n / (ssize_t) sizeof s[0]; i++) {
        show(&s[i]);
    }
    return (int) (n / (ssize_t) sizeof s[0]);
}

int main(void) {
    setvbuf(stdout, NULL, _IOLBF, 0);
    sigset_t block, m;
    sigemptyset(&block);
    sigaddset(&block, SIGUSR1);
    sigaddset(&block, SIGUSR2);
    sigaddset(&block, SIGCHLD);
    sigaddset(&block, SIGRTMIN + 2);
    sigprocmask(SIG_BLOCK, &block, NULL);

    sigemptyset(&m);
    sigaddset(&m, SIGUSR1);
    sigaddset(&m, SIGUSR2);
    sigaddset(&m, SIGKILL); /* silently dropped from the mask */
    int fd = signalfd(-1, &m, SFD_NONBLOCK | SFD_CLOEXEC);
    printf("signalfd = %d\n", fd >= 0 ? 0 : -errno);
    printf("fd flags: cloexec %d, nonblock %d\n", (fcntl(fd, F_GETFD) & FD_CLOEXEC) != 0,
           (fcntl(fd, F_GETFL) & O_NONBLOCK) != 0);
    printf("link: %s\n", fd_link(fd));

    read_all(fd, "nothing pending");
    struct signalfd_siginfo one;
    printf("read of 100 bytes = %d\n", read(fd, &one, 100) < 0 ? -errno : 0);
    struct pollfd p = {fd, POLLIN, 0};
    printf("poll, nothing pending = %d\n", poll(&p, 1, 0));

    raise(SIGUSR2); /* tgkill */
    kill(getpid(), SIGUSR1);
    p.revents = 0;
    int pr = poll(&p, 1, 1000);
    printf("poll = %d, revents 0x%x\n", pr, p.revents);
    sigset_t pend;
    sigpending(&pend);
    printf("pending before read: USR1 %d, USR2 %d\n", sigismember(&pend, SIGUSR1), sigismember(&pend, SIGUSR2));
    read_all(fd, "two pending");
    sigpending(&pend);
    printf("pending after read: USR1 %d, USR2 %d\n", sigismember(&pend, SIGUSR1), sigismember(&pend, SIGUSR2));

    /* A blocked signal outside the mask stays pending and unread. */
    raise(SIGRTMIN + 2);
    read_all(fd, "outside the mask");
    sigpending(&pend);
    printf("SIGRTMIN+2 still pending %d\n", sigismember(&pend, SIGRTMIN + 2));
    sigset_t rt;
    sigemptyset(&rt);
    sigaddset(&rt, SIGRTMIN + 2);
    int got = sigwaitinfo(&rt, NULL);
    printf("sigwaitinfo took it: %d\n", got == SIGRTMIN + 2);

    /* A POSIX timer's signal: ssi_tid is the timer id, ssi_ptr its value. */
    struct sigevent ev;
    memset(&ev, 0, sizeof ev);
    ev.sigev_notify = SIGEV_SIGNAL;
    ev.sigev_signo = SIGUSR1;
    ev.sigev_value.sival_ptr = (void *) 0xabc;
    timer_t tid;
    timer_create(CLOCK_MONOTONIC, &ev, &tid);
    struct itimerspec its = {{0, 0}, {0, 5000000}};
    timer_settime(tid, 0, &its, NULL);
    p.revents = 0;
    poll(&p, 1, 5000);
    read_all(fd, "timer");
    timer_delete(tid);

    /* epoll, and a mask changed in place to SIGCHLD: a child's exit status. */
    int ep = epoll_create1(0);
    struct epoll_event e = {.events = EPOLLIN, .data.u64 = 42};
    epoll_ctl(ep, EPOLL_CTL_ADD, fd, &e);
    sigemptyset(&m);
    sigaddset(&m, SIGCHLD);
    printf("signalfd(fd, [CHLD]) returns the fd: %d\n", signalfd(fd, &m, 0) == fd);
    pid_t c = fork();
    if (c == 0) {
        _exit(7);
    }
    struct epoll_event out;
    int en = epoll_wait(ep, &out, 1, 5000);
    printf("epoll_wait = %d, data %lu\n", en, (unsigned long) out.data.u64);
    struct signalfd_siginfo s;
    ssize_t n = read(fd, &s, sizeof s);
    printf("SIGCHLD read %zd: signo %s, code %d (CLD_EXITED %d), pid is child %d, status %d\n", n,
           name(s.ssi_signo), s.ssi_code, CLD_EXITED, s.ssi_pid == (uint32_t) c, s.ssi_status);
    waitpid(c, NULL, 0);
    close(ep);

    /* A blocking read (no SFD_NONBLOCK) woken by a signal another process sends. */
    int fd2 = signalfd(-1, &block, 0);
    pid_t sender = fork();
    if (sender == 0) {
        struct timespec t = {0, 30000000};
        nanosleep(&t, NULL);
        kill(getppid(), SIGUSR2);
        _exit(0);
    }
    n = read(fd2, &s, sizeof s);
    printf("blocking read %zd: signo %s, code %d, from the sender %d\n", n, name(s.ssi_signo), s.ssi_code,
           s.ssi_pid == (uint32_t) sender);
    waitpid(sender, NULL, 0);
    read_all(fd2, "the sender's SIGCHLD");
    close(fd2);

    /* sigtimedwait: a timeout, none at all, and a wait woken by another process's kill. */
    sigset_t u1;
    sigemptyset(&u1);
    sigaddset(&u1, SIGUSR1);
    siginfo_t si;
    struct timespec ten = {0, 10000000}, zero = {0, 0};
    int w = sigtimedwait(&u1, &si, &ten);
    printf("sigtimedwait 10 ms = %d\n", w < 0 ? -errno : w);
    w = sigtimedwait(&u1, &si, &zero);
    printf("sigtimedwait 0 = %d\n", w < 0 ? -errno : w);
    pid_t k2 = fork();
    if (k2 == 0) {
        struct timespec t = {0, 30000000};
        nanosleep(&t, NULL);
        kill(getppid(), SIGUSR1);
        _exit(0);
    }
    w = sigwaitinfo(&u1, &si);
    printf("sigwaitinfo = %s, si_code %d, from the child %d\n", name((uint32_t) w), si.si_code, si.si_pid == k2);
    waitpid(k2, NULL, 0);
    sigemptyset(&rt);
    sigaddset(&rt, SIGCHLD);
    sigtimedwait(&rt, &si, &zero);

    /* Errors. */
    printf("sizemask 4: %ld\n", syscall(SYS_signalfd4, -1, &m, 4, 0) < 0 ? (long) -errno : 0L);
    printf("flags 1: %d\n", signalfd(-1, &m, 1) < 0 ? -errno : 0);
    printf("on stdout: %d\n", signalfd(1, &m, 0) < 0 ? -errno : 0);
    printf("on fd 99: %d\n", signalfd(99, &m, 0) < 0 ? -errno : 0);
    printf("write: %d\n", write(fd, &s, sizeof s) < 0 ? -errno : 0);
    close(fd);
    printf("done\n");
    return 0;
}
