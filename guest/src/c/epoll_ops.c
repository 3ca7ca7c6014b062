/* epoll: create flags, ctl errors, level/edge/oneshot over pipes, sockets and nested epoll fds, close semantics, pwait masks, a blocked waiter woken by another thread. */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <pthread.h>
#include <time.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <stdint.h>
#include "corpus.h"

#ifndef SYS_epoll_pwait2
#define SYS_epoll_pwait2 441
#endif
#ifndef EPOLLEXCLUSIVE
#define EPOLLEXCLUSIVE (1u << 28)
#endif

static int ctl(int ep, int op, int fd, unsigned events, unsigned long data) {
    struct epoll_event e = {.events = events, .data.u64 = data};
    return epoll_ctl(ep, op, fd, &e) < 0 ? -errno : 0;
}

static const char *err(int r) {
    switch (r) {
    case 0: return "ok";
    case -EBADF: return "EBADF";
    case -EINVAL: return "EINVAL";
    case -EEXIST: return "EEXIST";
    case -ENOENT: return "ENOENT";
    case -EPERM: return "EPERM";
    case -ELOOP: return "ELOOP";
    case -EINTR: return "EINTR";
    case -EFAULT: return "EFAULT";
    default: return "other";
    }
}

static void events(char *out, unsigned ev) {
    out[0] = 0;
    static const struct { unsigned bit; const char *name; } names[] = {
        {EPOLLIN, "IN"}, {EPOLLPRI, "PRI"}, {EPOLLOUT, "OUT"}, {EPOLLERR, "ERR"}, {EPOLLHUP, "HUP"},
        {EPOLLRDNORM, "RDNORM"}, {EPOLLWRNORM, "WRNORM"}, {EPOLLRDHUP, "RDHUP"}};
    for (unsigned i = 0; i < sizeof names / sizeof names[0]; i++) {
        if (ev & names[i].bit) {
            if (out[0]) strcat(out, "|");
            strcat(out, names[i].name);
        }
    }
    if (!out[0]) strcpy(out, "0");
}

/* epoll_wait, printing the count and each event (only one fd is ready at a time, or sorted by data). */
static int wait_print(const char *what, int ep, int timeout) {
    struct epoll_event ev[8];
    int n = epoll_wait(ep, ev, 8, timeout);
    if (n < 0) {
        printf("%s: wait %s\n", what, err(-errno));
        return -errno;
    }
    for (int i = 1; i < n; i++)
        for (int j = i; j > 0 && ev[j].data.u64 < ev[j - 1].data.u64; j--) {
            struct epoll_event t = ev[j]; ev[j] = ev[j - 1]; ev[j - 1] = t;
        }
    printf("%s: %d", what, n);
    for (int i = 0; i < n; i++) {
        char b[64];
        events(b, ev[i].events);
        printf(" [%s data=%llu]", b, (unsigned long long)ev[i].data.u64);
    }
    printf("\n");
    return n;
}

static void creation(void) {
    printf("epoll_create(0) %s\n", epoll_create(0) < 0 ? err(-errno) : "ok");
    printf("epoll_create(-1) %s\n", epoll_create(-1) < 0 ? err(-errno) : "ok");
    int a = epoll_create(1);
    printf("epoll_create(1) %s, cloexec %d\n", a >= 0 ? "ok" : err(-errno), fcntl(a, F_GETFD) & FD_CLOEXEC);
    int b = epoll_create1(EPOLL_CLOEXEC);
    printf("epoll_create1(EPOLL_CLOEXEC) %s, cloexec %d\n", b >= 0 ? "ok" : err(-errno), fcntl(b, F_GETFD) & FD_CLOEXEC);
    printf("epoll_create1(O_NONBLOCK) %s\n", epoll_create1(O_NONBLOCK) < 0 ? err(-errno) : "ok");
    struct epoll_event ev;
    printf("read of an epoll fd: %s\n", read(a, &ev, sizeof ev) < 0 ? err(-errno) : "data");
    close(a);
    close(b);
}

static void errors(void) {
    int ep = epoll_create1(0);
    int p[2];
    pipe(p);
    printf("ctl bad epfd %s\n", err(ctl(999, EPOLL_CTL_ADD, p[0], EPOLLIN, 0)));
    printf("ctl bad fd %s\n", err(ctl(ep, EPOLL_CTL_ADD, 999, EPOLLIN, 0)));
    printf("ctl epfd not epoll %s\n", err(ctl(p[1], EPOLL_CTL_ADD, p[0], EPOLLIN, 0)));
    printf("ctl self %s\n", err(ctl(ep, EPOLL_CTL_ADD, ep, EPOLLIN, 0)));
    printf("ctl bad op %s\n", err(ctl(ep, 7, p[0], EPOLLIN, 0)));
    printf("mod unregistered %s\n", err(ctl(ep, EPOLL_CTL_MOD, p[0], EPOLLIN, 0)));
    printf("del unregistered %s\n", err(ctl(ep, EPOLL_CTL_DEL, p[0], 0, 0)));
    printf("add %s\n", err(ctl(ep, EPOLL_CTL_ADD, p[0], EPOLLIN, 1)));
    printf("add again %s\n", err(ctl(ep, EPOLL_CTL_ADD, p[0], EPOLLIN, 1)));
    printf("del NULL event %s\n", epoll_ctl(ep, EPOLL_CTL_DEL, p[0], NULL) < 0 ? err(-errno) : "ok");
    printf("add NULL event %s\n", epoll_ctl(ep, EPOLL_CTL_ADD, p[0], NULL) < 0 ? err(-errno) : "ok");
    printf("exclusive %s\n", err(ctl(ep, EPOLL_CTL_ADD, p[0], EPOLLIN | EPOLLEXCLUSIVE, 2)));
    printf("mod exclusive item %s\n", err(ctl(ep, EPOLL_CTL_MOD, p[0], EPOLLIN, 2)));
    printf("mod with exclusive %s\n", err(ctl(ep, EPOLL_CTL_MOD, p[0], EPOLLIN | EPOLLEXCLUSIVE, 2)));
    printf("exclusive+oneshot %s\n", err(ctl(ep, EPOLL_CTL_ADD, p[1], EPOLLOUT | EPOLLEXCLUSIVE | EPOLLONESHOT, 3)));
    int ep2 = epoll_create1(0);
    printf("exclusive on an epoll fd %s\n", err(ctl(ep, EPOLL_CTL_ADD, ep2, EPOLLIN | EPOLLEXCLUSIVE, 4)));
    int f = open("/proc/self/exe", O_RDONLY);
    printf("regular file %s\n", err(ctl(ep, EPOLL_CTL_ADD, f, EPOLLIN, 5)));
    int dir = open("/", O_RDONLY | O_DIRECTORY);
    printf("directory %s\n", err(ctl(ep, EPOLL_CTL_ADD, dir, EPOLLIN, 6)));
    int null = open("/dev/null", O_RDONLY);
    printf("/dev/null %s\n", err(ctl(ep, EPOLL_CTL_ADD, null, EPOLLIN, 7)));
    close(null);
    struct epoll_event ev[2];
    printf("wait maxevents 0 %s\n", epoll_wait(ep, ev, 0, 0) < 0 ? err(-errno) : "ok");
    int minus_one = OPAQUE(-1);
    printf("wait maxevents -1 %s\n", epoll_wait(ep, ev, minus_one, 0) < 0 ? err(-errno) : "ok");
    printf("wait not epoll %s\n", epoll_wait(p[0], ev, 2, 0) < 0 ? err(-errno) : "ok");
    printf("wait bad fd %s\n", epoll_wait(999, ev, 2, 0) < 0 ? err(-errno) : "ok");
    close(f);
    close(dir);
    close(ep2);
    close(ep);
    close(p[0]);
    close(p[1]);
}

static void level_edge_oneshot(void) {
    int p[2];
    pipe(p);
    char buf[16];
    int lt = epoll_create1(0), et = epoll_create1(0), one = epoll_create1(0);
    ctl(lt, EPOLL_CTL_ADD, p[0], EPOLLIN, 10);
    ctl(et, EPOLL_CTL_ADD, p[0], EPOLLIN | EPOLLET, 20);
    ctl(one, EPOLL_CTL_ADD, p[0], EPOLLIN | EPOLLONESHOT, 30);
    wait_print("lt empty", lt, 0);
    wait_print("et empty", et, 0);
    write(p[1], "ab", 2);
    wait_print("lt data", lt, 0);
    wait_print("lt again", lt, 0);
    wait_print("et data", et, 0);
    wait_print("et again", et, 0);
    wait_print("oneshot data", one, 0);
    wait_print("oneshot disarmed", one, 0);
    read(p[0], buf, 1);
    wait_print("et after partial read", et, 0);
    write(p[1], "c", 1);
    wait_print("et after another write", et, 0);
    wait_print("oneshot still disarmed", one, 0);
    printf("rearm %s\n", err(ctl(one, EPOLL_CTL_MOD, p[0], EPOLLIN | EPOLLONESHOT, 31)));
    wait_print("oneshot rearmed", one, 0);
    printf("mod et %s\n", err(ctl(et, EPOLL_CTL_MOD, p[0], EPOLLIN | EPOLLET, 21)));
    wait_print("et after mod", et, 0);
    read(p[0], buf, sizeof buf);
    wait_print("lt drained", lt, 0);
    /* The write end: writable until full, again once a page is read. */
    ctl(lt, EPOLL_CTL_ADD, p[1], EPOLLOUT, 11);
    wait_print("lt writable", lt, 0);
    fcntl(p[1], F_SETFL, O_NONBLOCK);
    static char fill[4096];
    long total = 0;
    ssize_t n;
    while ((n = write(p[1], fill, sizeof fill)) > 0) total += n;
    printf("filled %ld (%s)\n", total, n < 0 && errno == EAGAIN ? "EAGAIN" : "?");
    wait_print("lt full", lt, 0);
    read(p[0], fill, sizeof fill);
    wait_print("lt page free", lt, 0);
    ctl(lt, EPOLL_CTL_DEL, p[1], 0, 0);
    /* Hang-ups: ERR and HUP are reported even when not asked for. */
    close(p[1]);
    while (read(p[0], fill, sizeof fill) > 0) {}
    wait_print("lt writer gone", lt, 0);
    wait_print("et writer gone", et, 0);
    int q[2];
    pipe(q);
    close(q[0]);
    ctl(lt, EPOLL_CTL_ADD, q[1], EPOLLOUT, 12);
    ctl(lt, EPOLL_CTL_MOD, p[0], EPOLLRDHUP, 13);
    wait_print("reader gone", lt, 0);
    close(q[1]);
    close(p[0]);
    close(lt);
    close(et);
    close(one);
}

static void close_semantics(void) {
    int ep = epoll_create1(0);
    int p[2];
    pipe(p);
    int dup_fd = dup(p[0]);
    ctl(ep, EPOLL_CTL_ADD, p[0], EPOLLIN, 40);
    close(p[0]);
    write(p[1], "x", 1);
    wait_print("registration follows the description", ep, 0);
    printf("del closed fd %s\n", err(ctl(ep, EPOLL_CTL_DEL, p[0], 0, 0)));
    printf("add dup %s\n", err(ctl(ep, EPOLL_CTL_ADD, dup_fd, EPOLLIN, 41)));
    wait_print("two registrations", ep, 0);
    close(dup_fd);
    wait_print("last fd closed", ep, 0);
    /* The number comes back for another pipe: no EEXIST. */
    int r[2];
    pipe(r);
    printf("reused number %s, add %s\n", r[0] == p[0] ? "same" : "other", err(ctl(ep, EPOLL_CTL_ADD, r[0], EPOLLIN, 42)));
    printf("del %s\n", err(ctl(ep, EPOLL_CTL_DEL, r[0], 0, 0)));
    close(r[0]);
    close(r[1]);
    close(p[1]);
    close(ep);
}

static void nested(void) {
    int inner = epoll_create1(0), outer = epoll_create1(0);
    int p[2];
    pipe(p);
    ctl(inner, EPOLL_CTL_ADD, p[0], EPOLLIN, 50);
    printf("nest %s\n", err(ctl(outer, EPOLL_CTL_ADD, inner, EPOLLIN, 51)));
    printf("cycle %s\n", err(ctl(inner, EPOLL_CTL_ADD, outer, EPOLLIN, 52)));
    wait_print("outer idle", outer, 0);
    write(p[1], "n", 1);
    wait_print("outer", outer, 0);
    wait_print("inner", inner, 0);
    struct pollfd pf = {inner, POLLIN, 0};
    int polled = poll(&pf, 1, 0);
    printf("poll of the inner epoll fd %d revents %#x\n", polled, pf.revents);
    close(p[0]);
    close(p[1]);
    close(inner);
    close(outer);
}

static void sockets(void) {
    int ep = epoll_create1(0);
    int ls = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    socklen_t len = sizeof a;
    bind(ls, (struct sockaddr *)&a, sizeof a);
    getsockname(ls, (struct sockaddr *)&a, &len);
    listen(ls, 4);
    ctl(ep, EPOLL_CTL_ADD, ls, EPOLLIN, 60);
    wait_print("listener idle", ep, 0);
    int c = socket(AF_INET, SOCK_STREAM, 0);
    printf("connect %d\n", connect(c, (struct sockaddr *)&a, sizeof a));
    wait_print("listener", ep, -1);
    int s = accept(ls, NULL, NULL);
    ctl(ep, EPOLL_CTL_DEL, ls, 0, 0);
    ctl(ep, EPOLL_CTL_ADD, c, EPOLLOUT, 61);
    wait_print("client writable", ep, -1);
    ctl(ep, EPOLL_CTL_DEL, c, 0, 0);
    ctl(ep, EPOLL_CTL_ADD, s, EPOLLIN | EPOLLRDHUP | EPOLLET, 62);
    wait_print("server idle", ep, 0);
    send(c, "hello", 5, 0);
    wait_print("server data", ep, -1);
    wait_print("server et again", ep, 0);
    char buf[16];
    printf("recv %zd\n", recv(s, buf, sizeof buf, 0));
    close(c);
    wait_print("peer closed", ep, -1);
    close(s);
    close(ls);
    /* A socketpair: edge-triggered in both directions. */
    int sv[2];
    socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
    ctl(ep, EPOLL_CTL_ADD, sv[0], EPOLLIN | EPOLLOUT | EPOLLET, 63);
    wait_print("pair fresh", ep, 0);
    wait_print("pair again", ep, 0);
    write(sv[1], "p", 1);
    wait_print("pair data", ep, 0);
    shutdown(sv[1], SHUT_WR);
    wait_print("pair shut", ep, 0);
    close(sv[0]);
    close(sv[1]);
    close(ep);
}

static void eventfds(void) {
    int ep = epoll_create1(0);
    int e = eventfd(0, EFD_NONBLOCK);
    uint64_t v = 0;
    printf("eventfd empty read %s\n", read(e, &v, 8) < 0 && errno == EAGAIN ? "EAGAIN" : "?");
    printf("eventfd short read %s\n", read(e, &v, 4) < 0 && errno == EINVAL ? "EINVAL" : "?");
    ctl(ep, EPOLL_CTL_ADD, e, EPOLLIN | EPOLLOUT | EPOLLET, 80);
    wait_print("eventfd fresh", ep, 0);
    wait_print("eventfd again", ep, 0);
    v = 3;
    write(e, &v, 8);
    wait_print("eventfd written", ep, 0);
    write(e, &v, 8);
    wait_print("eventfd written again", ep, 0);
    ssize_t n = read(e, &v, 8);
    printf("eventfd read %zd value %llu\n", n, (unsigned long long)v);
    wait_print("eventfd drained", ep, 0);
    v = 0xfffffffffffffffeULL;
    printf("eventfd fill %zd\n", write(e, &v, 8));
    v = 1;
    printf("eventfd overflow %s\n", write(e, &v, 8) < 0 && errno == EAGAIN ? "EAGAIN" : "?");
    v = ~0ULL;
    printf("eventfd write max %s\n", write(e, &v, 8) < 0 && errno == EINVAL ? "EINVAL" : "?");
    ctl(ep, EPOLL_CTL_MOD, e, EPOLLIN | EPOLLOUT, 81);
    wait_print("eventfd full", ep, 0);
    close(e);
    int s = eventfd(2, EFD_SEMAPHORE | EFD_CLOEXEC);
    printf("semaphore cloexec %d", fcntl(s, F_GETFD) & FD_CLOEXEC);
    read(s, &v, 8);
    printf(", read %llu", (unsigned long long)v);
    read(s, &v, 8);
    printf(", read %llu\n", (unsigned long long)v);
    printf("eventfd bad flags %s\n", eventfd(0, 8) < 0 && errno == EINVAL ? "EINVAL" : "?");
    close(s);
    close(ep);
}

static volatile sig_atomic_t handled;
static void on_usr1(int sig) { (void)sig; handled++; }

static void masks(void) {
    struct sigaction sa = {.sa_handler = on_usr1};
    sigaction(SIGUSR1, &sa, NULL);
    sigset_t block, empty, now;
    sigemptyset(&block);
    sigemptyset(&empty);
    sigaddset(&block, SIGUSR1);
    sigprocmask(SIG_BLOCK, &block, NULL);
    int ep = epoll_create1(0);
    struct epoll_event ev;
    raise(SIGUSR1);
    printf("pending, blocked: wait %d, handled %d\n", epoll_wait(ep, &ev, 1, 0), handled);
    int r = epoll_pwait(ep, &ev, 1, -1, &empty);
    sigprocmask(SIG_BLOCK, NULL, &now);
    printf("epoll_pwait %s, handled %d, still blocked %d\n", r < 0 ? err(-errno) : "ok", handled, sigismember(&now, SIGUSR1));
    r = syscall(SYS_epoll_pwait, ep, &ev, 1, 0, &empty, 4);
    printf("epoll_pwait sigsetsize 4 %s\n", r < 0 ? err(-errno) : "ok");
    struct timespec ts = {0, 1000000};
    r = syscall(SYS_epoll_pwait2, ep, &ev, 1, &ts, NULL, 8);
    printf("epoll_pwait2 1ms %d\n", r);
    struct timespec bad = {0, -1};
    r = syscall(SYS_epoll_pwait2, ep, &ev, 1, &bad, NULL, 8);
    printf("epoll_pwait2 bad timespec %s\n", r < 0 ? err(-errno) : "ok");
    raise(SIGUSR1);
    r = syscall(SYS_epoll_pwait2, ep, &ev, 1, NULL, &empty, 8);
    printf("epoll_pwait2 %s, handled %d\n", r < 0 ? err(-errno) : "ok", handled);
    sigprocmask(SIG_UNBLOCK, &block, NULL);
    close(ep);
}

static int tp[2];
static int tep;

static void *waiter(void *arg) {
    (void)arg;
    struct epoll_event ev;
    int n = epoll_wait(tep, &ev, 1, -1);
    char c = 0;
    read(tp[0], &c, 1);
    return (void *)(long)(n == 1 && ev.data.u64 == 70 && c == 'w');
}

static void threads(void) {
    pipe(tp);
    tep = epoll_create1(0);
    ctl(tep, EPOLL_CTL_ADD, tp[0], EPOLLIN, 70);
    pthread_t t;
    pthread_create(&t, NULL, waiter, NULL);
    write(tp[1], "w", 1);
    void *r;
    pthread_join(t, &r);
    printf("waiter woken by another thread: %ld\n", (long)r);
    close(tp[0]);
    close(tp[1]);
    close(tep);
}

int main(void) {
    setvbuf(stdout, NULL, _IOLBF, 0);
    creation();
    errors();
    level_edge_oneshot();
    close_semantics();
    nested();
    sockets();
    eventfds();
    masks();
    threads();
    return 0;
}
