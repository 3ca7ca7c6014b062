/* mmap/munmap/mprotect/mremap: anonymous maps, a 4 GiB PROT_NONE reservation with a small part committed by mprotect,
   growth with mremap(MREMAP_MAYMOVE), file-backed mappings, MAP_FIXED replacement, error paths, MAP_32BIT. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/mman.h>
#include "corpus.h"

int main(void) {
    long pg = sysconf(_SC_PAGESIZE);
    char *a = mmap(NULL, 16 * pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    printf("anon ok %d aligned %d zero %d\n", a != MAP_FAILED, ((size_t)a % pg) == 0, a[0] == 0 && a[16 * pg - 1] == 0);
    for (long i = 0; i < 16 * pg; i++) a[i] = (char)(i * 13);
    printf("hash %016llx\n", (unsigned long long)fnv1a(a, 16 * pg));
    printf("munmap middle %d\n", munmap(a + 4 * pg, 4 * pg));
    /* A 4 GiB reservation: nothing is committed; then make 1 MiB inside it usable. */
    size_t res = 4ULL << 30;
    char *r = mmap(NULL, res, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    printf("reserve 4GiB ok %d\n", r != MAP_FAILED);
    size_t off = 3ULL << 30;
    printf("mprotect commit %d\n", mprotect(r + off, 1 << 20, PROT_READ | PROT_WRITE));
    memset(r + off, 0x5a, 1 << 20);
    printf("committed sum %llu\n", (unsigned long long)fnv1a(r + off, 1 << 20));
    printf("munmap reservation %d\n", munmap(r, res));
    /* mremap growth: contents survive the move. */
    char *g = mmap(NULL, pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    strcpy(g, "survives mremap");
    for (int i = 2; i <= 64; i *= 2) {
        g = mremap(g, (size_t)(i / 2) * pg, (size_t)i * pg, MREMAP_MAYMOVE);
        if (g == MAP_FAILED) { printf("mremap failed\n"); return 1; }
        g[(size_t)i * pg - 1] = 'z';
    }
    printf("mremap grown: %s, last %c\n", g, g[64 * pg - 1]);
    g = mremap(g, 64 * pg, 2 * pg, 0);
    printf("mremap shrink in place ok %d\n", g != MAP_FAILED);
    munmap(g, 2 * pg);
    /* MAP_FIXED over part of an existing mapping replaces it with zero pages. */
    char *f = mmap(NULL, 4 * pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    memset(f, 'x', 4 * pg);
    char *f2 = mmap(f + pg, pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
    printf("fixed same address %d old %c new %d next %c\n", f2 == f + pg, f[0], f[pg], f[2 * pg]);
    munmap(f, 4 * pg);
    /* File-backed mapping: MAP_SHARED writes reach the file; MAP_PRIVATE ones do not. */
    char path[] = "/tmp/ring3-mmap-XXXXXX";
    int fd = mkstemp(path);
    unlink(path);
    char text[8192];
    for (int i = 0; i < 8192; i++) text[i] = (char)('A' + i % 26);
    write(fd, text, sizeof text);
    char *sh = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    char *pv = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 4096);
    printf("file map %c%c%c private at 4096 %c\n", sh[0], sh[1], sh[8191], pv[0]);
    sh[1] = '!';
    pv[1] = '?';
    char back[4];
    pread(fd, back, 3, 0);
    printf("file after writes %.3s pv sees %c\n", back, pv[1]);
    printf("msync %d\n", msync(sh, 8192, MS_SYNC));
    munmap(sh, 8192);
    munmap(pv, 8192);
    close(fd);
    /* errno is read in a separate statement: argument evaluation order is unspecified. */
    errno = 0;
    int failed = mmap(NULL, 0, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) == MAP_FAILED;
    printf("mmap len 0 fails %d einval %d\n", failed, errno == EINVAL);
    errno = 0;
    int r2 = munmap(a + 1, pg);
    printf("munmap unaligned %d einval %d\n", r2, errno == EINVAL);
    errno = 0;
    failed = mmap(NULL, pg, PROT_READ, MAP_PRIVATE, 1000, 0) == MAP_FAILED;
    printf("mmap bad fd %d ebadf %d\n", failed, errno == EBADF);
    /* MAP_32BIT: between 1 GiB and 2 GiB (the kernel adds up to 32 MiB of ASLR to the start). */
    unsigned long low = (unsigned long)mmap(NULL, 3 * pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_32BIT, -1, 0);
    printf("MAP_32BIT in [1 GiB, 2 GiB) %d\n", low >= 0x40000000ul && low + 3 * pg <= 0x80000000ul);
    return 0;
}
