/* Process file descriptors and cross-process memory: pidfd_open (flags, errors), poll on a pidfd as the child ends, waitid(P_PIDFD) with and without PIDFD_NONBLOCK, pidfd_send_signal (siginfo checks, flags), pidfd_getfd, clone3's CLONE_PIDFD, process_vm_readv/writev between parent and child. */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <unistd.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <poll.h>
#include <stdint.h>
#include <sched.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <sys/uio.h>
#include "corpus.h"

#ifndef P_PIDFD
#define P_PIDFD 3
#endif
#define PIDFD_NONBLOCK O_NONBLOCK
#define PIDFD_THREAD O_EXCL
#define PIDFD_SIGNAL_THREAD 1
#define PIDFD_SIGNAL_THREAD_GROUP 2
#define PIDFD_SIGNAL_PROCESS_GROUP 4
#ifndef CLONE_PIDFD
#define CLONE_PIDFD 0x1000
#endif

static volatile int got_sig, got_code, got_val, got_pid_ok;

static void handler(int sig, siginfo_t *si, void *uc) {
    (void) uc;
    got_sig = sig;
    got_code = si->si_code;
    got_val = si->si_value.sival_int;
    got_pid_ok = si->si_pid == getpid();
}

static char secret[64] = "the child's own words";

int main(void) {
    setvbuf(stdout, NULL, _IOLBF, 0);
    struct sigaction sa = {0};
    sa.sa_sigaction = handler;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGUSR1, &sa, NULL);

    /* Errors of pidfd_open. */
    printf("pidfd_open(0) = %ld\n", raw(SYS_pidfd_open, 0, 0, 0, 0));
    printf("pidfd_open(-1) = %ld\n", raw(SYS_pidfd_open, -1, 0, 0, 0));
    printf("pidfd_open(self, bad flags) = %ld\n", raw(SYS_pidfd_open, getpid(), 1, 0, 0));
    printf("pidfd_open(no such pid) = %ld\n", raw(SYS_pidfd_open, 999999, 0, 0, 0));

    /* A pidfd of ourselves: close-on-exec, not readable, signals ourselves. */
    int self = (int) raw(SYS_pidfd_open, getpid(), 0, 0, 0);
    printf("pidfd_open(self) >= 3: %d, FD_CLOEXEC: %d, O_RDWR: %d\n", self >= 3,
           fcntl(self, F_GETFD) & FD_CLOEXEC, (fcntl(self, F_GETFL) & O_ACCMODE) == O_RDWR);
    char b[8];
    printf("read(pidfd) = %ld\n", read(self, b, sizeof b) < 0 ? -errno : 0L);
    struct pollfd pf = {self, POLLIN, 0};
    printf("poll(own pidfd) = %d, revents %#x\n", poll(&pf, 1, 0), pf.revents);
    printf("pidfd_send_signal(self, SIGUSR1) = %ld\n", raw(SYS_pidfd_send_signal, self, SIGUSR1, 0, 0));
    printf("  handler: sig %d, SI_USER %d, si_pid is ours %d\n", got_sig, got_code == SI_USER, got_pid_ok);
    got_sig = 0;
    siginfo_t si;
    memset(&si, 0, sizeof si);
    si.si_signo = SIGUSR1;
    si.si_code = SI_QUEUE;
    si.si_pid = getpid();
    si.si_uid = getuid();
    si.si_value.sival_int = 77;
    printf("pidfd_send_signal(self, SIGUSR1, SI_QUEUE info) = %ld\n", raw(SYS_pidfd_send_signal, self, SIGUSR1, (long) &si, 0));
    printf("  handler: sig %d, SI_QUEUE %d, value %d\n", got_sig, got_code == SI_QUEUE, got_val);
    si.si_signo = SIGUSR2;
    printf("pidfd_send_signal(info for another signal) = %ld\n", raw(SYS_pidfd_send_signal, self, SIGUSR1, (long) &si, 0));
    printf("pidfd_send_signal(bad flags) = %ld\n", raw(SYS_pidfd_send_signal, self, SIGUSR1, 0, 8));
    printf("pidfd_send_signal(two scopes) = %ld\n", raw(SYS_pidfd_send_signal, self, SIGUSR1, 0, 3));
    printf("pidfd_send_signal(signal 0) = %ld\n", raw(SYS_pidfd_send_signal, self, 0, 0, 0));
    printf("pidfd_send_signal(signal 99) = %ld\n", raw(SYS_pidfd_send_signal, self, 99, 0, 0));
    printf("pidfd_send_signal(stdout) = %ld\n", raw(SYS_pidfd_send_signal, 1, SIGUSR1, 0, 0));
    printf("pidfd_send_signal(closed fd) = %ld\n", raw(SYS_pidfd_send_signal, 999, SIGUSR1, 0, 0));
    got_sig = 0;
    long r = raw(SYS_pidfd_send_signal, self, SIGUSR1, 0, PIDFD_SIGNAL_THREAD);
    printf("pidfd_send_signal(self, thread scope) = %ld, handler sig %d, SI_TKILL %d\n", r, got_sig, got_code == SI_TKILL);
    int tfd = (int) raw(SYS_pidfd_open, syscall(SYS_gettid), PIDFD_THREAD, 0, 0);
    got_sig = 0;
    r = raw(SYS_pidfd_send_signal, tfd, SIGUSR1, 0, 0);
    printf("thread pidfd ok %d; pidfd_send_signal(thread pidfd) = %ld, handler sig %d, SI_TKILL %d\n", tfd >= 3, r, got_sig,
           got_code == SI_TKILL);
    close(tfd);
    printf("pidfd_getfd(self, 1, bad flags) = %ld\n", raw(SYS_pidfd_getfd, self, 1, 1, 0));
    printf("pidfd_getfd(self, 999) = %ld\n", raw(SYS_pidfd_getfd, self, 999, 0, 0));
    printf("pidfd_getfd(stdout as pidfd) = %ld\n", raw(SYS_pidfd_getfd, 1, 1, 0, 0));
    int dup = (int) raw(SYS_pidfd_getfd, self, 1, 0, 0);
    printf("pidfd_getfd(self, 1) >= 3: %d, FD_CLOEXEC: %d\n", dup > self, fcntl(dup, F_GETFD) & FD_CLOEXEC);
    dprintf(dup, "written through the duplicate\n");
    close(dup);
    printf("waitid(P_PIDFD, own pidfd) = %ld\n", raw5(SYS_waitid, P_PIDFD, self, (long) &si, WEXITED, 0, 0));
    printf("waitid(P_PIDFD, -1) = %ld\n", raw5(SYS_waitid, P_PIDFD, -1, (long) &si, WEXITED, 0, 0));
    printf("waitid(P_PIDFD, stdout) = %ld\n", raw5(SYS_waitid, P_PIDFD, 1, (long) &si, WEXITED, 0, 0));
    close(self);

    /* A child: poll its pidfd, read and write its memory, wait through the pidfd. */
    int ready[2], go[2];
    if (pipe(ready) || pipe(go)) {
        return 1;
    }
    pid_t c = fork();
    if (c == 0) {
        strcpy(secret, "the child's own words");
        char x = 0;
        write(ready[1], &x, 1);
        read(go[0], &x, 1);
        printf("child: parent wrote \"%s\"\n", secret);
        fflush(stdout);
        _exit(7);
    }
    char x;
    read(ready[0], &x, 1);
    int cfd = (int) raw(SYS_pidfd_open, c, PIDFD_NONBLOCK, 0, 0);
    printf("pidfd_open(child, PIDFD_NONBLOCK) ok: %d, O_NONBLOCK %d\n", cfd >= 3, (fcntl(cfd, F_GETFL) & O_NONBLOCK) != 0);
    pf.fd = cfd;
    pf.revents = 0;
    printf("poll(child's pidfd) while it runs = %d\n", poll(&pf, 1, 0));
    printf("waitid(P_PIDFD, nonblocking) while it runs = %ld\n", raw5(SYS_waitid, P_PIDFD, cfd, (long) &si, WEXITED, 0, 0));
    printf("waitid(P_PIDFD, WNOHANG) while it runs = %ld\n", raw5(SYS_waitid, P_PIDFD, cfd, (long) &si, WEXITED | WNOHANG, 0, 0));
    char got[64] = {0};
    struct iovec local = {got, 21}, remote = {secret, 21};
    printf("process_vm_readv = %ld: \"%s\"\n", raw5(SYS_process_vm_readv, c, (long) &local, 1, (long) &remote, 1, 0), got);
    char a1[6] = {0}, a2[16] = {0};
    struct iovec two[2] = {{a1, 4}, {a2, 10}};
    struct iovec rtwo[2] = {{secret + 4, 6}, {secret + 12, 8}};
    printf("process_vm_readv, 2 and 2 iovecs = %ld: \"%s\" \"%s\"\n",
           raw5(SYS_process_vm_readv, c, (long) two, 2, (long) rtwo, 2, 0), a1, a2);
    struct iovec bad = {(void *) 16, 8};
    printf("process_vm_readv from an unmapped address = %ld\n", raw5(SYS_process_vm_readv, c, (long) &local, 1, (long) &bad, 1, 0));
    struct iovec part[2] = {{secret, 3}, {(void *) 16, 8}};
    printf("process_vm_readv, second iovec unmapped = %ld\n", raw5(SYS_process_vm_readv, c, (long) &local, 1, (long) part, 2, 0));
    printf("process_vm_readv, bad flags = %ld\n", raw5(SYS_process_vm_readv, c, (long) &local, 1, (long) &remote, 1, 1));
    printf("process_vm_readv, no such pid = %ld\n", raw5(SYS_process_vm_readv, 999999, (long) &local, 1, (long) &remote, 1, 0));
    char words[] = "new words from the parent";
    struct iovec wl = {words, sizeof words}, wr = {secret, sizeof words};
    printf("process_vm_writev = %ld\n", raw5(SYS_process_vm_writev, c, (long) &wl, 1, (long) &wr, 1, 0));
    fflush(stdout);
    write(go[1], &x, 1);
    pf.revents = 0;
    int pr = poll(&pf, 1, 5000);
    printf("poll(child's pidfd) after its end = %d, POLLIN %d\n", pr, (pf.revents & POLLIN) != 0);
    printf("pidfd_send_signal(zombie, 0) = %ld\n", raw(SYS_pidfd_send_signal, cfd, 0, 0, 0));
    printf("pidfd_getfd(zombie, 1) = %ld\n", raw(SYS_pidfd_getfd, cfd, 1, 0, 0));
    memset(&si, 0, sizeof si);
    long w = raw5(SYS_waitid, P_PIDFD, cfd, (long) &si, WEXITED, 0, 0);
    printf("waitid(P_PIDFD) = %ld: signo %d, CLD_EXITED %d, pid ok %d, status %d\n", w, si.si_signo,
           si.si_code == CLD_EXITED, si.si_pid == c, si.si_status);
    pf.revents = 0;
    pr = poll(&pf, 1, 0);
    printf("poll(reaped child's pidfd) = %d, revents %#x\n", pr, pf.revents);
    printf("pidfd_send_signal(reaped) = %ld\n", raw(SYS_pidfd_send_signal, cfd, SIGUSR1, 0, 0));
    printf("waitid(P_PIDFD, reaped) = %ld\n", raw5(SYS_waitid, P_PIDFD, cfd, (long) &si, WEXITED, 0, 0));
    close(cfd);

    /* clone3 with CLONE_PIDFD; a child killed through its pidfd. */
    int pidfd = -1;
    struct {
        uint64_t flags, pidfd, child_tid, parent_tid, exit_signal, stack, stack_size, tls;
    } args = {CLONE_PIDFD, (uint64_t) (uintptr_t) &pidfd, 0, 0, SIGCHLD, 0, 0, 0};
    long k = syscall(SYS_clone3, &args, sizeof args);
    if (k == 0) {
        for (;;) {
            pause();
        }
    }
    printf("clone3(CLONE_PIDFD) gave a pidfd: %d, FD_CLOEXEC %d\n", pidfd >= 3, fcntl(pidfd, F_GETFD) & FD_CLOEXEC);
    printf("pidfd_send_signal(child, SIGTERM) = %ld\n", raw(SYS_pidfd_send_signal, pidfd, SIGTERM, 0, 0));
    memset(&si, 0, sizeof si);
    si.si_signo = SIGUSR1;
    si.si_code = SI_USER;
    printf("pidfd_send_signal(child, SI_USER info) = %ld\n", raw(SYS_pidfd_send_signal, pidfd, SIGUSR1, (long) &si, 0));
    memset(&si, 0, sizeof si);
    w = raw5(SYS_waitid, P_PIDFD, pidfd, (long) &si, WEXITED, 0, 0);
    printf("waitid = %ld: CLD_KILLED %d, by SIGTERM %d\n", w, si.si_code == CLD_KILLED, si.si_status == SIGTERM);
    close(pidfd);
    int bad_both = -1;
    printf("old clone(CLONE_PIDFD|CLONE_PARENT_SETTID) = %ld\n",
           raw5(SYS_clone, CLONE_PIDFD | CLONE_PARENT_SETTID | SIGCHLD, 0, (long) &bad_both, 0, 0, 0));
    return 0;
}
