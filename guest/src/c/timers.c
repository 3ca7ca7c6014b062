/* Timers: alarm, setitimer/getitimer (real, virtual, prof), POSIX timers (timer_create and friends: SIGEV_SIGNAL, SIGEV_NONE, SIGEV_THREAD_ID, overruns, TIMER_ABSTIME), timerfd (read, poll, epoll, abstime, errors), and what fork keeps of them. */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <pthread.h>
#include <time.h>
#include <poll.h>
#include <stdint.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <sys/epoll.h>
#include <sys/timerfd.h>
#include <sys/syscall.h>
#include "corpus.h"

/* The kernel's struct sigevent, so SIGEV_THREAD_ID's tid sits where the kernel reads it. */
struct ksigevent {
    union sigval value;
    int signo;
    int notify;
    int tid;
    int pad[11];
};

#define KSIGEV_SIGNAL 0
#define KSIGEV_NONE 1
#define KSIGEV_THREAD 2
#define KSIGEV_THREAD_ID 4

static long k_timer_create(clockid_t c, struct ksigevent *ev, int *id) {
    long r = syscall(SYS_timer_create, c, ev, id);
    return r < 0 ? -errno : r;
}
static long k_timer_settime(int id, int flags, const struct itimerspec *n, struct itimerspec *o) {
    long r = syscall(SYS_timer_settime, id, flags, n, o);
    return r < 0 ? -errno : r;
}
static long k_timer_gettime(int id, struct itimerspec *o) {
    long r = syscall(SYS_timer_gettime, id, o);
    return r < 0 ? -errno : r;
}
static long k_timer_getoverrun(int id) {
    long r = syscall(SYS_timer_getoverrun, id);
    return r < 0 ? -errno : r;
}
static long k_timer_delete(int id) {
    long r = syscall(SYS_timer_delete, id);
    return r < 0 ? -errno : r;
}

static volatile sig_atomic_t hits[65];
static volatile int last_code[65], last_timerid[65], last_overrun[65], last_tid[65];
static volatile long last_value[65];
static volatile int first_overrun = -1, first_getoverrun = -1, usr1_timer = -1;

static void handler(int sig, siginfo_t *si, void *uc) {
    (void) uc;
    if (sig == SIGUSR1 && first_overrun < 0) {
        first_overrun = si->si_overrun;
        /* it_overrun_last is the delivered signal's count until the next delivery (the handler
           runs with SIGUSR1 blocked, so none comes in between). */
        first_getoverrun = (int) syscall(SYS_timer_getoverrun, usr1_timer);
    }
    hits[sig]++;
    last_code[sig] = si->si_code;
    last_timerid[sig] = si->si_timerid;
    last_overrun[sig] = si->si_overrun;
    last_value[sig] = (long) si->si_value.sival_ptr;
    last_tid[sig] = (int) syscall(SYS_gettid);
}

static void catch(int sig) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = handler;
    sa.sa_flags = SA_SIGINFO | SA_RESTART;
    sigemptyset(&sa.sa_mask);
    sigaction(sig, &sa, NULL);
}

static long long now_ns(clockid_t c) {
    struct timespec t;
    clock_gettime(c, &t);
    return t.tv_sec * 1000000000LL + t.tv_nsec;
}

static void sleep_ms(long ms) {
    struct timespec t = {ms / 1000, (ms % 1000) * 1000000L};
    while (nanosleep(&t, &t) < 0 && errno == EINTR) {
    }
}

/* Waits (sigsuspend, with sig unblocked) until hits[sig] reaches n, at most ~5 s. */
static int wait_hits(int sig, int n) {
    sigset_t block, old, during;
    sigemptyset(&block);
    sigaddset(&block, sig);
    sigprocmask(SIG_BLOCK, &block, &old);
    during = old;
    sigdelset(&during, sig);
    long long deadline = now_ns(CLOCK_MONOTONIC) + 5000000000LL;
    while (hits[sig] < n && now_ns(CLOCK_MONOTONIC) < deadline) {
        sigsuspend(&during);
    }
    sigprocmask(SIG_SETMASK, &old, NULL);
    return hits[sig] >= n;
}

static struct itimerval itv(long vs, long vus, long is, long ius) {
    struct itimerval v = {{is, ius}, {vs, vus}};
    return v;
}

static struct itimerspec its(long vs, long vns, long is, long ins) {
    struct itimerspec v = {{is, ins}, {vs, vns}};
    return v;
}

static void test_alarm(void) {
    /* Nothing between the calls, so that a slow machine cannot move the rounding. */
    unsigned a0 = alarm(0), a5 = alarm(5), a3 = alarm(3); /* 4.99... s left rounds to 5 */
    struct itimerval cur;
    getitimer(ITIMER_REAL, &cur);
    unsigned a00 = alarm(0);
    printf("alarm(0) = %u\n", a0);
    printf("alarm(5) = %u\n", a5);
    printf("alarm(3) = %u\n", a3);
    printf("alarm as itimer: sec %ld, interval %ld.%06ld\n", (long) cur.it_value.tv_sec + (cur.it_value.tv_usec > 0),
           (long) cur.it_interval.tv_sec, (long) cur.it_interval.tv_usec);
    printf("alarm(0) = %u\n", a00);
    catch(SIGALRM);
    hits[SIGALRM] = 0;
    alarm(1);
    int got = wait_hits(SIGALRM, 1);
    printf("alarm(1) fired: %d, si_code %d (SI_KERNEL %d)\n", got, last_code[SIGALRM], SI_KERNEL);
}

static void test_itimer_errors(void) {
    struct itimerval v = itv(1, 0, 0, 0), o;
    printf("setitimer(3) = %d\n", setitimer(3, &v, NULL) < 0 ? -errno : 0);
    printf("getitimer(-1) = %d\n", getitimer(-1, &o) < 0 ? -errno : 0);
    v = itv(0, 1000000, 0, 0);
    printf("setitimer usec=1000000 = %d\n", setitimer(ITIMER_REAL, &v, NULL) < 0 ? -errno : 0);
    v = itv(0, 0, 0, -1);
    printf("setitimer interval usec=-1 = %d\n", setitimer(ITIMER_REAL, &v, NULL) < 0 ? -errno : 0);
    getitimer(ITIMER_VIRTUAL, &o);
    printf("virtual idle: %ld.%06ld/%ld.%06ld\n", (long) o.it_value.tv_sec, (long) o.it_value.tv_usec,
           (long) o.it_interval.tv_sec, (long) o.it_interval.tv_usec);
}

static void test_itimer_real(void) {
    struct itimerval v = itv(1, 500000, 0, 250000), o, cur;
    setitimer(ITIMER_REAL, &v, NULL);
    getitimer(ITIMER_REAL, &cur);
    long us = cur.it_value.tv_sec * 1000000L + cur.it_value.tv_usec;
    printf("real remaining in (0.5 s, 1.5 s]: %d, interval %ld.%06ld\n", us > 500000 && us <= 1500000,
           (long) cur.it_interval.tv_sec, (long) cur.it_interval.tv_usec);
    v = itv(0, 0, 0, 0);
    setitimer(ITIMER_REAL, &v, &o);
    us = o.it_value.tv_sec * 1000000L + o.it_value.tv_usec;
    printf("old value returned by disarm in (0.5 s, 1.5 s]: %d, old interval %ld.%06ld\n",
           us > 500000 && us <= 1500000, (long) o.it_interval.tv_sec, (long) o.it_interval.tv_usec);
    getitimer(ITIMER_REAL, &cur);
    printf("disarmed: %ld.%06ld\n", (long) cur.it_value.tv_sec, (long) cur.it_value.tv_usec);

    /* Periodic: five SIGALRMs 10 ms apart, then disarmed. */
    catch(SIGALRM);
    hits[SIGALRM] = 0;
    long long t0 = now_ns(CLOCK_MONOTONIC);
    v = itv(0, 10000, 0, 10000);
    setitimer(ITIMER_REAL, &v, NULL);
    int got = wait_hits(SIGALRM, 5);
    long long took = now_ns(CLOCK_MONOTONIC) - t0;
    v = itv(0, 0, 0, 0);
    setitimer(ITIMER_REAL, &v, NULL);
    printf("periodic: 5 SIGALRMs %d, after at least 40 ms %d\n", got, took >= 40000000LL);
}

static volatile unsigned long spin_sink;

static void test_itimer_cpu(int which, int sig, const char *name) {
    catch(sig);
    hits[sig] = 0;
    struct itimerval v = itv(0, 20000, 0, 0);
    setitimer(which, &v, NULL);
    long long deadline = now_ns(CLOCK_MONOTONIC) + 10000000000LL;
    while (!hits[sig] && now_ns(CLOCK_MONOTONIC) < deadline) {
        for (int i = 0; i < 100000; i++) {
            spin_sink += i;
        }
    }
    struct itimerval cur;
    getitimer(which, &cur);
    printf("%s: fired %d, si_code %d, left %ld.%06ld\n", name, hits[sig], last_code[sig], (long) cur.it_value.tv_sec,
           (long) cur.it_value.tv_usec);
}

static void test_posix_timers(void) {
    int id0 = -1, id1 = -1, id2 = -1;
    catch(SIGALRM);
    catch(SIGUSR1);
    long r = k_timer_create(CLOCK_MONOTONIC, NULL, &id0);
    printf("timer_create(MONOTONIC, NULL) = %ld, id %d\n", r, id0);
    struct ksigevent ev;
    memset(&ev, 0, sizeof ev);
    ev.notify = KSIGEV_SIGNAL;
    ev.signo = SIGUSR1;
    ev.value.sival_ptr = (void *) 0x1234;
    r = k_timer_create(CLOCK_REALTIME, &ev, &id1);
    printf("timer_create(REALTIME, SIGUSR1) = %ld, id %d\n", r, id1);

    /* A NULL sigevent: SIGALRM carrying the timer's id. */
    hits[SIGALRM] = 0;
    struct itimerspec n = its(2, 0, 0, 0), cur;
    r = k_timer_settime(id0, 0, &n, NULL);
    k_timer_gettime(id0, &cur);
    printf("timer_settime = %ld\n", r);
    long ns = cur.it_value.tv_sec * 1000000000L + cur.it_value.tv_nsec;
    printf("remaining in (1 s, 2 s]: %d\n", ns > 1000000000L && ns <= 2000000000L);
    n = its(0, 20000000, 0, 0);
    k_timer_settime(id0, 0, &n, NULL);
    int got = wait_hits(SIGALRM, 1);
    printf("SIGALRM %d: si_code %d (SI_TIMER %d), si_timerid %d, si_overrun %d, si_value %ld\n", got,
           last_code[SIGALRM], SI_TIMER, last_timerid[SIGALRM] == id0 ? 0 : -1, last_overrun[SIGALRM],
           last_value[SIGALRM]);
    k_timer_gettime(id0, &cur);
    printf("expired one-shot: %ld.%09ld/%ld.%09ld\n", (long) cur.it_value.tv_sec, cur.it_value.tv_nsec,
           (long) cur.it_interval.tv_sec, cur.it_interval.tv_nsec);

    /* Overruns: a 5 ms periodic timer whose signal stays blocked for 80 ms. */
    sigset_t s, old;
    sigemptyset(&s);
    sigaddset(&s, SIGUSR1);
    sigprocmask(SIG_BLOCK, &s, &old);
    hits[SIGUSR1] = 0;
    n = its(0, 5000000, 0, 5000000);
    k_timer_settime(id1, 0, &n, NULL);
    usr1_timer = id1;
    sleep_ms(80);
    sigprocmask(SIG_SETMASK, &old, NULL); /* the pending signal is delivered here, its overruns counted */
    n = its(0, 0, 0, 0);
    k_timer_settime(id1, 0, &n, NULL);
    printf("blocked periodic: delivered %d, si_value 0x%lx, first si_overrun >= 5: %d, getoverrun matches: %d\n",
           hits[SIGUSR1] >= 1, last_value[SIGUSR1], first_overrun >= 5, first_getoverrun == first_overrun);

    /* Re-armed while its signal is pending: the stale signal is dropped (Linux 6.13 and later). */
    sigprocmask(SIG_BLOCK, &s, &old);
    hits[SIGUSR1] = 0;
    n = its(0, 2000000, 0, 0);
    k_timer_settime(id1, 0, &n, NULL);
    sleep_ms(30);
    sigset_t pend;
    sigpending(&pend);
    int was_pending = sigismember(&pend, SIGUSR1);
    n = its(10, 0, 0, 0);
    k_timer_settime(id1, 0, &n, NULL);
    sigpending(&pend);
    printf("pending before re-arm %d, after %d\n", was_pending, sigismember(&pend, SIGUSR1));
    n = its(0, 0, 0, 0);
    k_timer_settime(id1, 0, &n, NULL);
    sigprocmask(SIG_SETMASK, &old, NULL);

    /* TIMER_ABSTIME on CLOCK_MONOTONIC, and an absolute time already past fires at once. */
    hits[SIGALRM] = 0;
    long long at = now_ns(CLOCK_MONOTONIC) + 15000000LL;
    n = its(at / 1000000000LL, at % 1000000000LL, 0, 0);
    printf("abstime settime = %ld\n", k_timer_settime(id0, TIMER_ABSTIME, &n, NULL));
    got = wait_hits(SIGALRM, 1);
    printf("abstime fired %d, not early %d\n", got, now_ns(CLOCK_MONOTONIC) >= at);
    hits[SIGALRM] = 0;
    n = its(1, 0, 0, 0);
    k_timer_settime(id0, TIMER_ABSTIME, &n, NULL);
    got = wait_hits(SIGALRM, 1);
    printf("past abstime fired %d\n", got);

    /* SIGEV_NONE: nothing is sent, the time still runs out. */
    memset(&ev, 0, sizeof ev);
    ev.notify = KSIGEV_NONE;
    printf("timer_create(SIGEV_NONE) = %ld\n", k_timer_create(CLOCK_MONOTONIC, &ev, &id2));
    n = its(0, 10000000, 0, 0);
    k_timer_settime(id2, 0, &n, NULL);
    sleep_ms(30);
    k_timer_gettime(id2, &cur);
    printf("SIGEV_NONE after expiry: %ld.%09ld\n", (long) cur.it_value.tv_sec, cur.it_value.tv_nsec);
    struct itimerspec o;
    n = its(5, 0, 1, 0);
    k_timer_settime(id2, 0, &n, NULL);
    n = its(0, 0, 0, 0);
    k_timer_settime(id2, 0, &n, &o);
    printf("old setting: value in (4, 5] s %d, interval %ld.%09ld\n",
           o.it_value.tv_sec == 5 ? o.it_value.tv_nsec == 0 : o.it_value.tv_sec == 4, (long) o.it_interval.tv_sec,
           o.it_interval.tv_nsec);

    /* Errors. */
    n = its(0, 1000000000, 0, 0);
    printf("tv_nsec=1e9: %ld\n", k_timer_settime(id0, 0, &n, NULL));
    n = its(0, 1000, 0, 0);
    printf("settime unknown id: %ld\n", k_timer_settime(4242, 0, &n, NULL));
    printf("gettime unknown id: %ld\n", k_timer_gettime(4242, &cur));
    printf("getoverrun unknown id: %ld\n", k_timer_getoverrun(4242));
    int bad;
    printf("create clock 99: %ld\n", k_timer_create(99, NULL, &bad));
    memset(&ev, 0, sizeof ev);
    ev.notify = 77;
    printf("create notify 77: %ld\n", k_timer_create(CLOCK_MONOTONIC, &ev, &bad));
    ev.notify = KSIGEV_SIGNAL;
    ev.signo = 0;
    printf("create signo 0: %ld\n", k_timer_create(CLOCK_MONOTONIC, &ev, &bad));
    ev.signo = 65;
    printf("create signo 65: %ld\n", k_timer_create(CLOCK_MONOTONIC, &ev, &bad));
    ev.notify = KSIGEV_THREAD_ID;
    ev.signo = SIGUSR1;
    ev.tid = 999999;
    printf("create SIGEV_THREAD_ID tid 999999: %ld\n", k_timer_create(CLOCK_MONOTONIC, &ev, &bad));
    r = k_timer_delete(id2);
    printf("delete = %ld, again = %ld\n", r, k_timer_delete(id2));
    k_timer_delete(id1);
    k_timer_delete(id0);
}

/* SIGEV_THREAD_ID: the signal goes to the named thread even though the main thread does not block it. */
static volatile int worker_tid;
static volatile int worker_done;

static void *worker(void *arg) {
    (void) arg;
    worker_tid = (int) syscall(SYS_gettid);
    while (!hits[SIGUSR2]) {
        sleep_ms(1);
    }
    worker_done = 1;
    return NULL;
}

static void test_thread_id(void) {
    catch(SIGUSR2);
    hits[SIGUSR2] = 0;
    pthread_t th;
    pthread_create(&th, NULL, worker, NULL);
    while (!worker_tid) {
        sleep_ms(1);
    }
    struct ksigevent ev;
    memset(&ev, 0, sizeof ev);
    ev.notify = KSIGEV_THREAD_ID;
    ev.signo = SIGUSR2;
    ev.tid = worker_tid;
    int id = -1;
    printf("timer_create(SIGEV_THREAD_ID) = %ld\n", k_timer_create(CLOCK_MONOTONIC, &ev, &id));
    struct itimerspec n = its(0, 10000000, 0, 0);
    k_timer_settime(id, 0, &n, NULL);
    pthread_join(th, NULL);
    printf("delivered to the named thread: %d\n", last_tid[SIGUSR2] == worker_tid);
    k_timer_delete(id);
}

static void test_timerfd(void) {
    int fd = timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC);
    printf("timerfd_create = %d\n", fd >= 0 ? 0 : -errno);
    uint64_t count = 0;
    printf("read disarmed: %d\n", read(fd, &count, 8) < 0 ? -errno : 0);
    printf("read 4 bytes: %d\n", read(fd, &count, 4) < 0 ? -errno : 0);
    printf("write: %d\n", write(fd, &count, 8) < 0 ? -errno : 0);
    printf("fd flags: cloexec %d, nonblock %d\n", (fcntl(fd, F_GETFD) & FD_CLOEXEC) != 0,
           (fcntl(fd, F_GETFL) & O_NONBLOCK) != 0);
    printf("link: %s\n", fd_link(fd));

    struct itimerspec n = its(2, 0, 0, 10000000), cur;
    int sr = timerfd_settime(fd, 0, &n, NULL) < 0 ? -errno : 0;
    timerfd_gettime(fd, &cur);
    printf("settime = %d\n", sr);
    long ns = cur.it_value.tv_sec * 1000000000L + cur.it_value.tv_nsec;
    printf("gettime: in (1 s, 2 s] %d, interval %ld.%09ld\n", ns > 1000000000L && ns <= 2000000000L,
           (long) cur.it_interval.tv_sec, cur.it_interval.tv_nsec);
    n = its(0, 20000000, 0, 10000000);
    timerfd_settime(fd, 0, &n, NULL);
    struct pollfd p = {fd, POLLIN, 0};
    int pr = poll(&p, 1, 5000);
    printf("poll = %d, revents 0x%x\n", pr, p.revents);
    sleep_ms(45);
    count = 0;
    int r = read(fd, &count, 8);
    printf("read = %d, expirations >= 3: %d\n", r, count >= 3);
    n = its(1, 0, 0, 0); /* a new setting starts the count again */
    timerfd_settime(fd, 0, &n, NULL);
    printf("read after re-arm: %d\n", read(fd, &count, 8) < 0 ? -errno : 0);
    n = its(0, 20000000, 0, 10000000);
    timerfd_settime(fd, 0, &n, NULL);

    int ep = epoll_create1(0);
    struct epoll_event e = {.events = EPOLLIN, .data.u64 = 7};
    epoll_ctl(ep, EPOLL_CTL_ADD, fd, &e);
    struct epoll_event out;
    int en = epoll_wait(ep, &out, 1, 5000);
    printf("epoll_wait = %d, data %lu\n", en, (unsigned long) out.data.u64);
    read(fd, &count, 8);
    n = its(0, 0, 0, 0);
    struct itimerspec o;
    timerfd_settime(fd, 0, &n, &o);
    printf("disarm: old interval %ld.%09ld\n", (long) o.it_interval.tv_sec, o.it_interval.tv_nsec);
    en = epoll_wait(ep, &out, 1, 30);
    printf("epoll_wait disarmed = %d\n", en);
    close(ep);

    /* Absolute time, blocking read of a one-shot. */
    int fd2 = timerfd_create(CLOCK_REALTIME, 0);
    long long at = now_ns(CLOCK_REALTIME) + 20000000LL;
    n = its(at / 1000000000LL, at % 1000000000LL, 0, 0);
    printf("abstime settime = %d\n", timerfd_settime(fd2, TFD_TIMER_ABSTIME, &n, NULL) < 0 ? -errno : 0);
    count = 0;
    r = read(fd2, &count, 8);
    printf("blocking read = %d, count %lu, not early %d\n", r, (unsigned long) count, now_ns(CLOCK_REALTIME) >= at);
    timerfd_gettime(fd2, &cur);
    printf("after expiry: %ld.%09ld\n", (long) cur.it_value.tv_sec, cur.it_value.tv_nsec);
    close(fd2);

    /* Errors. */
    printf("create clock 99: %d\n", timerfd_create(99, 0) < 0 ? -errno : 0);
    printf("create CLOCK_PROCESS_CPUTIME_ID: %d\n", timerfd_create(CLOCK_PROCESS_CPUTIME_ID, 0) < 0 ? -errno : 0);
    printf("create flags 1: %d\n", timerfd_create(CLOCK_MONOTONIC, 1) < 0 ? -errno : 0);
    n = its(0, 1000000000, 0, 0);
    printf("settime nsec 1e9: %d\n", timerfd_settime(fd, 0, &n, NULL) < 0 ? -errno : 0);
    n = its(0, 1000, 0, 0);
    printf("settime flags 8: %d\n", timerfd_settime(fd, 8, &n, NULL) < 0 ? -errno : 0);
    printf("settime on stdout: %d\n", timerfd_settime(1, 0, &n, NULL) < 0 ? -errno : 0);
    printf("gettime bad fd: %d\n", timerfd_gettime(99, &cur) < 0 ? -errno : 0);
    close(fd);
}

static void test_fork(void) {
    struct itimerval v = itv(1000, 0, 0, 0);
    setitimer(ITIMER_REAL, &v, NULL);
    int id = -1;
    k_timer_create(CLOCK_MONOTONIC, NULL, &id);
    struct itimerspec n = its(30, 0, 0, 0), cur;
    k_timer_settime(id, 0, &n, NULL);
    fflush(stdout);
    pid_t c = fork();
    if (c == 0) {
        struct itimerval ci;
        getitimer(ITIMER_REAL, &ci);
        printf("child: itimer %ld.%06ld, timer_gettime %ld\n", (long) ci.it_value.tv_sec, (long) ci.it_value.tv_usec,
               k_timer_gettime(id, &cur));
        fflush(stdout);
        _exit(0);
    }
    int st;
    waitpid(c, &st, 0);
    struct itimerval pi;
    getitimer(ITIMER_REAL, &pi);
    printf("parent keeps its itimer: %d, its timer: %ld\n", pi.it_value.tv_sec > 500, k_timer_gettime(id, &cur));
    v = itv(0, 0, 0, 0);
    setitimer(ITIMER_REAL, &v, NULL);
    k_timer_delete(id);
}

int main(void) {
    setvbuf(stdout, NULL, _IOLBF, 0);
    test_alarm();
    test_itimer_errors();
    test_itimer_real();
    test_itimer_cpu(ITIMER_VIRTUAL, SIGVTALRM, "ITIMER_VIRTUAL");
    test_itimer_cpu(ITIMER_PROF, SIGPROF, "ITIMER_PROF");
    test_posix_timers();
    test_thread_id();
    test_timerfd();
    test_fork();
    printf("done\n");
    return 0;
}
