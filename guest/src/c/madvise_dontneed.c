/* madvise(MADV_DONTNEED) as Linux does it: private anonymous pages read as zero again, private
   copies of a file read the file again (also after mprotect, a partial munmap and an mremap move),
   shared file and shared anonymous pages keep their contents, and the file is not changed. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include "corpus.h"

static long pg;

static void show(const char *what, const char *p, long n) {
    printf("%-26s %016llx %c%c%c\n", what, (unsigned long long)fnv1a(p, n), p[0] ? p[0] : '0',
           p[1] ? p[1] : '0', p[n - 1] ? p[n - 1] : '0');
}

int main(void) {
    pg = sysconf(_SC_PAGESIZE);
    char path[] = "/tmp/ring3-madv-XXXXXX";
    int fd = mkstemp(path);
    unlink(path);
    /* Three pages and a half of text: the last page is half past the end of the file. */
    long flen = 3 * pg + pg / 2;
    char *text = malloc(flen);
    for (long i = 0; i < flen; i++) text[i] = (char)('a' + i % 23);
    if (write(fd, text, flen) != flen) return 1;

    /* Private anonymous: zeros again. */
    char *a = mmap(NULL, 2 * pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    memset(a, 'x', 2 * pg);
    printf("anon dontneed %d\n", madvise(a, 2 * pg, MADV_DONTNEED));
    show("anon after", a, 2 * pg);

    /* Private file mapping, read-only first, made writable, written, then dropped. */
    char *p = mmap(NULL, 4 * pg, PROT_READ, MAP_PRIVATE, fd, 0);
    printf("mprotect %d\n", mprotect(p, 4 * pg, PROT_READ | PROT_WRITE));
    memset(p, 'Z', 4 * pg);
    show("private written", p, 4 * pg);
    printf("private dontneed page 1 %d\n", madvise(p + pg, pg, MADV_DONTNEED));
    show("private page 0", p, pg);
    show("private page 1", p + pg, pg);
    printf("private dontneed all %d\n", madvise(p, 4 * pg, MADV_DONTNEED));
    show("private all", p, 4 * pg);
    printf("past eof zero %d\n", p[flen] == 0 && p[4 * pg - 1] == 0);

    /* A private mapping at an offset, cut by munmap, then moved by mremap. */
    char *q = mmap(NULL, 3 * pg, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, pg);
    memset(q, 'Q', 3 * pg);
    printf("munmap first %d\n", munmap(q, pg));
    printf("dontneed rest %d\n", madvise(q + pg, 2 * pg, MADV_DONTNEED));
    show("offset rest", q + pg, 2 * pg);
    memset(q + pg, 'R', 2 * pg);
    char *hole = mmap(NULL, 8 * pg, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    char *moved = mremap(q + pg, 2 * pg, 2 * pg, MREMAP_MAYMOVE | MREMAP_FIXED, hole + 3 * pg);
    printf("moved %d\n", moved == hole + 3 * pg);
    printf("dontneed moved %d\n", madvise(moved, 2 * pg, MADV_DONTNEED));
    show("moved", moved, 2 * pg);

    /* Shared file mapping: the page stays as written, and so does the file. */
    char *s = mmap(NULL, pg, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    memcpy(s, "shared!", 7);
    printf("shared dontneed %d\n", madvise(s, pg, MADV_DONTNEED));
    show("shared after", s, pg);
    char back[8] = {0};
    pread(fd, back, 7, 0);
    printf("file head %s\n", back);

    /* Shared anonymous memory keeps its contents too, and a forked child still sees them. */
    char *sa = mmap(NULL, pg, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    strcpy(sa, "kept");
    printf("shared anon dontneed %d\n", madvise(sa, pg, MADV_DONTNEED));
    printf("shared anon %s\n", sa);
    fflush(stdout);
    pid_t c = fork();
    if (c == 0) _exit(strcmp(sa, "kept") == 0 ? 7 : 8);
    int st;
    waitpid(c, &st, 0);
    printf("child saw kept %d\n", WEXITSTATUS(st) == 7);

    /* Closing the file does not matter: the mapping holds it. */
    char *late = mmap(NULL, pg, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 2 * pg);
    close(fd);
    memset(late, '-', pg);
    printf("dontneed after close %d\n", madvise(late, pg, MADV_DONTNEED));
    show("after close", late, pg);
    printf("same as file %d\n", memcmp(late, text + 2 * pg, pg) == 0);
    return 0;
}
