/* Shared bits for ring3's guest corpus: values the compiler cannot fold, and a checksum. */
#ifndef RING3_CORPUS_H
#define RING3_CORPUS_H
#include <stdint.h>
#include <stddef.h>

/* Passing a value through a volatile keeps gcc -O2 from computing results at compile time,
   so the instruction under test really runs in the guest. */
#define OPAQUE(x) ({ __typeof__(x) volatile opaque_ = (x); opaque_; })

/* FNV-1a over a byte range: one line of output summarises a whole buffer. */
static inline uint64_t fnv1a(const void *p, size_t n) {
    const unsigned char *b = p;
    uint64_t h = 0xcbf29ce484222325ull;
    for (size_t i = 0; i < n; i++) { h ^= b[i]; h *= 0x100000001b3ull; }
    return h;
}

/* A 64-bit LCG (Knuth MMIX constants): deterministic data without libc's rand. */
static inline uint64_t lcg_next(uint64_t *s) {
    *s = *s * 6364136223846793005ull + 1442695040888963407ull;
    return *s >> 11;
}
/* What /proc/self/fd/FD names (anon_inode:[timerfd], pipe:[...]): "" if it cannot be read. */
#include <stdio.h>
#include <unistd.h>
static inline const char *fd_link(int fd) {
    static char link[128];
    char path[64];
    snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
    ssize_t n = readlink(path, link, sizeof link - 1);
    link[n > 0 ? n : 0] = 0;
    return link;
}

/* A raw system call's result as the kernel gives it: -errno on failure. */
#include <errno.h>
static inline long sys_result(long r) {
    return r < 0 ? -errno : r;
}
#define raw(n, a, b, c, d) sys_result(syscall(n, a, b, c, d))
#define raw5(n, a, b, c, d, e, f) sys_result(syscall(n, a, b, c, d, e, f))

#endif
