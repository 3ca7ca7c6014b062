/* Clocks: CLOCK_MONOTONIC never goes backwards, REALTIME agrees with time(), gettimeofday is sane,
   nanosleep sleeps at least as long as asked; only booleans are printed. */
#include <stdio.h>
#include <time.h>
#include <sys/time.h>

static long long ns(struct timespec t) { return t.tv_sec * 1000000000LL + t.tv_nsec; }

int main(void) {
    struct timespec a, b, r, res;
    clock_gettime(CLOCK_MONOTONIC, &a);
    int mono_ok = 1;
    struct timespec prev = a;
    for (int i = 0; i < 1000; i++) {
        struct timespec t;
        clock_gettime(CLOCK_MONOTONIC, &t);
        mono_ok &= ns(t) >= ns(prev);
        prev = t;
    }
    printf("monotonic non-decreasing %d\n", mono_ok);
    clock_gettime(CLOCK_REALTIME, &r);
    time_t now = time(NULL);
    /* time() is CLOCK_REALTIME_COARSE's seconds (glibc's through the vDSO): just after a second's
     * edge it may still read the second before, natively as under ring3. */
    printf("realtime after 2020 %d, time() within 2s %d\n", r.tv_sec > 1577836800, now - r.tv_sec <= 2 && now >= r.tv_sec - 1);
    struct timeval tv;
    gettimeofday(&tv, NULL);
    printf("gettimeofday usec in range %d, agrees %d\n", tv.tv_usec >= 0 && tv.tv_usec < 1000000, tv.tv_sec - now <= 2);
    struct timespec req = {0, 20 * 1000 * 1000};
    clock_gettime(CLOCK_MONOTONIC, &a);
    int sr = nanosleep(&req, NULL);
    clock_gettime(CLOCK_MONOTONIC, &b);
    printf("nanosleep %d slept >= 20ms %d\n", sr, ns(b) - ns(a) >= 20000000LL);
    printf("getres ok %d positive %d\n", clock_getres(CLOCK_MONOTONIC, &res) == 0, res.tv_sec == 0 && res.tv_nsec > 0);
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &a);
    printf("process cputime nonnegative %d\n", a.tv_sec >= 0 && a.tv_nsec >= 0 && a.tv_nsec < 1000000000);
    struct tm tm;
    time_t fixed = 1700000000;
    gmtime_r(&fixed, &tm);
    char s[64];
    strftime(s, sizeof s, "%Y-%m-%d %H:%M:%S %a %j", &tm);
    printf("gmtime %s\n", s);
    return 0;
}
