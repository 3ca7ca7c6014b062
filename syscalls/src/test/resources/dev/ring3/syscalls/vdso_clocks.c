/* Guest program for VdsoGuestTest: exercises libc's clock functions, which use the vDSO when
 * AT_SYSINFO_EHDR announces one, against the raw syscalls. Prints one line per check. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdint.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

static long long ns(struct timespec t) { return t.tv_sec * 1000000000LL + t.tv_nsec; }

static long long sys_ns(int clk) {
    struct timespec t;
    if (syscall(SYS_clock_gettime, clk, &t) != 0) return -1;
    return ns(t);
}

static int fails;
#define CHECK(name, cond, ...) do { if (cond) printf("%s ok\n", name); \
    else { fails++; printf("%s FAIL: ", name); printf(__VA_ARGS__); printf("\n"); } } while (0)

int main(int argc, char **argv) {
    const char *mode = argc > 1 ? argv[1] : "all";
    if (!strcmp(mode, "loop")) {
        long n = argc > 2 ? atol(argv[2]) : 100000;
        struct timespec t, prev = {0, 0};
        for (long i = 0; i < n; i++) {
            clock_gettime(CLOCK_MONOTONIC, &t);
            if (ns(t) < ns(prev)) { printf("backwards at %ld\n", i); return 3; }
            prev = t;
        }
        printf("loop %ld ok\n", n);
        return 0;
    }
    if (!strcmp(mode, "interleave")) {
        /* The vDSO and the syscall path in turn (each first on alternate rounds) for n rounds; no
         * clock may ever read less than it read before on either path. With "ticks" (under ring3,
         * whose time page is the page below the image), also counts the page's updates seen: its
         * CLOCK_MONOTONIC_COARSE base (TimePageLayout.BASE + 8 * 6), which every tick moves. */
        long n = argc > 2 ? atol(argv[2]) : 10000;
        volatile int64_t *tick = argc > 3 && !strcmp(argv[3], "ticks") && getauxval(AT_SYSINFO_EHDR)
            ? (volatile int64_t *) (getauxval(AT_SYSINFO_EHDR) - 4096 + 0x48 + 8 * 6) : NULL;
        static const int cl[] = {CLOCK_MONOTONIC, CLOCK_REALTIME, CLOCK_MONOTONIC_COARSE, CLOCK_REALTIME_COARSE,
            CLOCK_BOOTTIME, CLOCK_TAI, CLOCK_MONOTONIC_RAW};
        enum { NCL = sizeof cl / sizeof cl[0] };
#ifdef __GLIBC__
        enum { CALLS = NCL + 2 };
#else
        /* musl's time() is clock_gettime(CLOCK_REALTIME)'s seconds, which may be a tick ahead of the
         * time syscall's (CLOCK_REALTIME_COARSE's): natively too. Only glibc's is the vDSO's time. */
        enum { CALLS = NCL + 1 };
#endif
        long long last[NCL + 2] = {0};
        int64_t prev = tick ? *tick : 0;
        long updates = 0;
        for (long i = 0; i < n; i++) {
            for (int k = 0; k < CALLS; k++) {
                for (int path = 0; path < 2; path++) {
                    int sys = (path + i) & 1;
                    long long v;
                    struct timespec t;
                    struct timeval tv;
                    if (k < NCL) {
                        if (sys) v = sys_ns(cl[k]);
                        else { clock_gettime(cl[k], &t); v = ns(t); }
                    } else if (k == NCL) {
                        if (sys) syscall(SYS_gettimeofday, &tv, NULL);
                        else gettimeofday(&tv, NULL);
                        v = tv.tv_sec * 1000000LL + tv.tv_usec;
                    } else {
                        v = sys ? (long long) syscall(SYS_time, NULL) : (long long) time(NULL);
                    }
                    if (v < last[k]) {
                        printf("backwards: call %d at round %ld (%s): %lld after %lld\n", k, i,
                               sys ? "syscall" : "vdso", v, last[k]);
                        return 3;
                    }
                    last[k] = v;
                }
            }
            if (tick && *tick != prev) {
                prev = *tick;
                updates++;
            }
        }
        printf("interleave %ld ok\n", n);
        if (tick) printf("updates %ld\n", updates);
        return 0;
    }
    printf("vdso %s\n", getauxval(AT_SYSINFO_EHDR) ? "yes" : "no");

    static const int clocks[] = {CLOCK_REALTIME, CLOCK_MONOTONIC, CLOCK_MONOTONIC_RAW, CLOCK_REALTIME_COARSE,
        CLOCK_MONOTONIC_COARSE, CLOCK_BOOTTIME, CLOCK_TAI};
    for (unsigned k = 0; k < sizeof clocks / sizeof clocks[0]; k++) {
        int c = clocks[k];
        long long last = 0, bad = 0, a = 0, b = 0;
        for (int i = 0; i < 200; i++) {
            struct timespec t;
            int r = clock_gettime(c, &t);
            a = ns(t);
            b = sys_ns(c);
            if (r != 0 || a < last || b < a || t.tv_nsec < 0 || t.tv_nsec >= 1000000000L) { bad = 1; break; }
            last = b;
        }
        char name[32];
        snprintf(name, sizeof name, "clock%d", c);
        CHECK(name, !bad, "libc %lld sys %lld last %lld", a, b, last);
    }

    struct timeval tv;
    struct timezone tz = {123, 456};
    long long before = sys_ns(CLOCK_REALTIME);
    int r1 = gettimeofday(&tv, NULL);
    long long us = tv.tv_sec * 1000000LL + tv.tv_usec;
    int r2 = gettimeofday(&tv, &tz);
    long long us2 = tv.tv_sec * 1000000LL + tv.tv_usec;
    long long after = sys_ns(CLOCK_REALTIME);
    CHECK("gettimeofday", r1 == 0 && r2 == 0 && before / 1000 <= us && us <= us2 && us2 <= after / 1000
          && tv.tv_usec >= 0 && tv.tv_usec < 1000000, "%lld %lld %lld %lld", before, us, us2, after);
#ifdef __GLIBC__
    CHECK("timezone", tz.tz_minuteswest == 0 && tz.tz_dsttime == 0, "%d %d", tz.tz_minuteswest, tz.tz_dsttime);
#else
    printf("timezone ok\n"); /* musl's gettimeofday leaves *tz alone */
#endif

    time_t tloc = 0;
    /* time() is CLOCK_REALTIME_COARSE's seconds (the kernel's xtime_sec): not behind that clock,
     * and never ahead of the precise one. */
    before = sys_ns(CLOCK_REALTIME_COARSE) / 1000000000LL;
    time_t t1 = time(NULL);
    time_t t2 = time(&tloc);
    after = sys_ns(CLOCK_REALTIME) / 1000000000LL;
    CHECK("time", before <= t1 && t1 <= t2 && t2 == tloc && t2 <= after, "%lld %ld %ld %ld %lld",
          before, (long) t1, (long) t2, (long) tloc, after);

    int resbad = 0;
    for (int c = 0; c < 12; c++) {
        struct timespec a = {7, 7}, b = {7, 7};
        int ra = clock_getres(c, &a);
        int ea = ra ? errno : 0;
        long rb = syscall(SYS_clock_getres, c, &b);
        int eb = rb ? errno : 0;
        if (ra != rb || ea != eb || a.tv_sec != b.tv_sec || a.tv_nsec != b.tv_nsec) {
            printf("getres %d: %d/%d %ld/%ld vs %ld/%d %ld/%ld\n", c, ra, ea, (long) a.tv_sec, a.tv_nsec, rb, eb,
                   (long) b.tv_sec, b.tv_nsec);
            resbad = 1;
        }
    }
    struct timespec res = {7, 7}, cres = {7, 7};
    clock_getres(CLOCK_MONOTONIC, &res);
    clock_getres(CLOCK_MONOTONIC_COARSE, &cres);
    CHECK("getres", !resbad && res.tv_sec == 0 && res.tv_nsec == 1 && cres.tv_nsec == 4000000, "%ld %ld",
          res.tv_nsec, cres.tv_nsec);
    CHECK("getres_null", clock_getres(CLOCK_MONOTONIC, NULL) == 0, "errno %d", errno);

    int cpu = sched_getcpu();
    CHECK("getcpu", cpu >= 0 && cpu < sysconf(_SC_NPROCESSORS_CONF) + 1, "cpu %d errno %d", cpu, errno);

    struct timespec cput;
    CHECK("cputime", clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cput) == 0 && ns(cput) > 0, "errno %d", errno);
    struct timespec bogus;
    errno = 0;
    int rb1 = clock_gettime(100, &bogus);
    int e1 = errno;
    errno = 0;
    int rb2 = clock_gettime(-1, &bogus);
    int e2 = errno;
    CHECK("invalid", rb1 == -1 && e1 == EINVAL && rb2 == -1 && e2 == EINVAL, "%d %d %d %d", rb1, e1, rb2, e2);
    printf("done %d\n", fails);
    return fails != 0;
}
