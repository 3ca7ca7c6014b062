/* Runs ring3's vDSO image natively, on the host CPU (the oracle), against a time page this
 * harness fills in: a 1 GHz "TSC" conversion turns the host's real TSC into "nanoseconds", so
 * every served clock must lie between two RDTSC readings taken around the call (plus the page's
 * bases). Twice: with mult 1, shift 0 (ring3's own page: the written-out fast path) and with
 * mult 1 << 24, shift 24 and a max_cycles the host's TSC exceeds (the 128-bit general path);
 * then a TSC behind the page's base, which reads as the base. The coarse clocks and time() read
 * their page fields as they stand, without the TSC. Arguments: image path, then the
 * image offsets of __vdso_clock_gettime, __vdso_gettimeofday, __vdso_time, __vdso_clock_getres,
 * __vdso_getcpu. */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <sys/time.h>
#include <x86intrin.h>

typedef long (*cgt_t)(long, struct timespec *);
typedef long (*gtod_t)(struct timeval *, struct timezone *);
typedef long (*time_t_fn)(long *);
typedef long (*getcpu_t)(unsigned *, unsigned *, void *);

static int fails;
static unsigned char *vvar_for_writer;

static void *writer(void *arg) {
    (void) arg;
    struct timespec d = {0, 20000000};
    nanosleep(&d, NULL);
    ((int64_t *) (vvar_for_writer + 0x48))[1] = 1000000000000LL;
    __atomic_store_n((uint32_t *) vvar_for_writer, 4, __ATOMIC_RELEASE);
    return NULL;
}
#define CHECK(name, cond, ...) do { if (cond) printf("%s ok\n", name); \
    else { fails++; printf("%s FAIL: ", name); printf(__VA_ARGS__); printf("\n"); } } while (0)

static const int64_t REAL = 1700000000LL * 1000000000LL;
static const int clocks[] = {0, 1, 4, 5, 6, 7, 11};
static const int64_t bases[] = {REAL, 0, 0, REAL + 123456789, 987654321, 5000, REAL + 37000000000LL};
static const int64_t TIME_SECONDS = REAL / 1000000000LL + 7;

/* The page as ring3 writes it (TimePageLayout), bases at TSC tsc_base, SEQ even. */
static void page(unsigned char *vvar, uint32_t mult, uint32_t shift, uint64_t max_cycles, uint64_t tsc_base) {
    *(uint32_t *) (vvar + 0x04) = 3;
    *(uint64_t *) (vvar + 0x08) = tsc_base;           /* TSC_BASE */
    *(uint64_t *) (vvar + 0x10) = max_cycles;         /* MAX_CYCLES */
    *(uint32_t *) (vvar + 0x18) = mult;               /* MULT */
    *(uint32_t *) (vvar + 0x1c) = shift;              /* SHIFT */
    *(uint32_t *) (vvar + 0x20) = 1 | 2 | 16 | 32 | 64 | 128 | 2048;
    *(uint32_t *) (vvar + 0x24) = 32 | 64;
    *(uint64_t *) (vvar + 0x28) = 4000000;            /* TICK_NS */
    *(int32_t *) (vvar + 0x30) = -60;                 /* tz */
    *(int32_t *) (vvar + 0x34) = 1;
    *(uint64_t *) (vvar + 0x38) = 1;                  /* HRES_NS */
    *(uint32_t *) (vvar + 0x40) = 1 | 2 | 16 | 128 | 2048;
    int64_t *base = (int64_t *) (vvar + 0x48);
    for (int k = 0; k < 32; k++) base[k] = 0;
    for (int k = 0; k < 7; k++) base[clocks[k]] = bases[k];
    *(int64_t *) (vvar + 0x148) = TIME_SECONDS;       /* TIME_SECONDS */
    *(uint32_t *) vvar = 2;                           /* SEQ: even, stable */
}

int main(int argc, char **argv) {
    if (argc != 7) return 2;
    FILE *f = fopen(argv[1], "rb");
    if (!f) return 2;
    static unsigned char image[8192];
    size_t n = fread(image, 1, sizeof image, f);
    fclose(f);
    unsigned char *vvar = mmap(NULL, 0x1000 + 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    unsigned char *base = vvar + 0x1000;
    memcpy(base, image, n);
    mprotect(base, 8192, PROT_READ | PROT_EXEC);

    cgt_t cgt = (cgt_t) (base + strtol(argv[2], 0, 0));
    gtod_t gtod = (gtod_t) (base + strtol(argv[3], 0, 0));
    time_t_fn tm = (time_t_fn) (base + strtol(argv[4], 0, 0));
    cgt_t getres = (cgt_t) (base + strtol(argv[5], 0, 0));
    getcpu_t getcpu = (getcpu_t) (base + strtol(argv[6], 0, 0));

    for (int pass = 0; pass < 2; pass++) {
        if (pass == 0) {
            page(vvar, 1, 0, INT64_MAX, 0);
        } else {
            page(vvar, 1u << 24, 24, (uint64_t) INT64_MAX >> 24, 0);
            CHECK("wide_path_taken", __rdtsc() > ((uint64_t) INT64_MAX >> 24), "TSC %llu", (unsigned long long) __rdtsc());
        }
        for (int k = 0; k < 7; k++) {
            struct timespec ts;
            uint64_t t0 = __rdtsc();
            long r = cgt(clocks[k], &ts);
            uint64_t t1 = __rdtsc();
            int64_t v = ts.tv_sec * 1000000000LL + ts.tv_nsec - bases[k];
            int coarse = clocks[k] == 5 || clocks[k] == 6;
            char name[32];
            snprintf(name, sizeof name, "clock%d.%d", clocks[k], pass);
            CHECK(name, r == 0 && (coarse ? v == 0 : v >= (int64_t) t0 && v <= (int64_t) t1) && ts.tv_nsec < 1000000000L,
                  "r %ld v %lld t0 %llu t1 %llu", r, (long long) v, (unsigned long long) t0, (unsigned long long) t1);
        }
        struct timeval tv;
        struct timezone tz = {7, 7};
        uint64_t t0 = __rdtsc();
        long r = gtod(&tv, &tz);
        uint64_t t1 = __rdtsc();
        int64_t us = tv.tv_sec * 1000000LL + tv.tv_usec - REAL / 1000;
        CHECK(pass ? "gettimeofday.1" : "gettimeofday.0", r == 0 && us >= (int64_t) (t0 / 1000)
              && us <= (int64_t) (t1 / 1000) && tz.tz_minuteswest == -60 && tz.tz_dsttime == 1
              && tv.tv_usec < 1000000, "us %lld", (long long) us);
        long tl = 0;
        t0 = __rdtsc();
        long s = tm(&tl);
        t1 = __rdtsc();
        (void) t0;
        (void) t1;
        CHECK(pass ? "time.1" : "time.0", s == tl && s == TIME_SECONDS && tm(NULL) == s, "%ld", s);
    }
    /* A TSC behind the base reads as the base (vdso_calc_delta), on every path. */
    page(vvar, 1, 0, INT64_MAX, __rdtsc() + (1ULL << 40));
    struct timespec behind;
    struct timeval tvb;
    CHECK("behind", cgt(1, &behind) == 0 && behind.tv_sec == 0 && behind.tv_nsec == 0
          && cgt(0, &behind) == 0 && behind.tv_sec * 1000000000LL + behind.tv_nsec == REAL
          && gtod(&tvb, NULL) == 0 && tvb.tv_sec * 1000000LL + tvb.tv_usec == REAL / 1000
          && tm(NULL) == TIME_SECONDS, "%ld %ld", (long) behind.tv_sec, behind.tv_nsec);
    page(vvar, 1, 0, INT64_MAX, 0);
    long r;
    uint64_t t0, t1;
    struct timespec ts = {9, 9};
    r = cgt(2, &ts);                             /* CPU time: the real syscall */
    CHECK("fallback", r == 0 && (ts.tv_sec != 9 || ts.tv_nsec != 9), "r %ld", r);
    CHECK("invalid", cgt(100, &ts) == -EINVAL && cgt(-1, &ts) == -EINVAL, "");

    CHECK("gettimeofday_null", gtod(NULL, NULL) == 0, "");
    struct timespec res = {9, 9}, cres = {9, 9};
    CHECK("getres", getres(1, &res) == 0 && res.tv_sec == 0 && res.tv_nsec == 1 && getres(6, &cres) == 0
          && cres.tv_nsec == 4000000 && getres(1, NULL) == 0, "%ld %ld", res.tv_nsec, cres.tv_nsec);
    struct timespec sres, kres;
    clock_getres(CLOCK_PROCESS_CPUTIME_ID, &kres);
    CHECK("getres_fallback", getres(2, &sres) == 0 && sres.tv_nsec == kres.tv_nsec, "%ld", sres.tv_nsec);
    unsigned cpu = 999, node = 999;
    CHECK("getcpu", getcpu(&cpu, &node, NULL) == 0 && cpu < 4096 && node < 1024 && getcpu(NULL, NULL, NULL) == 0,
          "%u %u", cpu, node);
    /* The seqlock: while the counter is odd the reader waits (the fast path hands over to the
     * general one); the values it returns are those published with the next even counter. */
    vvar_for_writer = vvar;
    *(volatile uint32_t *) vvar = 3;
    pthread_t w;
    pthread_create(&w, NULL, writer, NULL);
    t0 = __rdtsc();
    r = cgt(1, &ts);
    t1 = __rdtsc();
    pthread_join(w, NULL);
    int64_t v = ts.tv_sec * 1000000000LL + ts.tv_nsec - 1000000000000LL;
    CHECK("seqlock", r == 0 && v >= (int64_t) t0 && v <= (int64_t) t1, "v %lld t0 %llu", (long long) v,
          (unsigned long long) t0);
    printf("done %d\n", fails);
    return fails != 0;
}
