/* Private file mappings past the end of the file: an access to a page wholly past EOF raises
   SIGBUS (BUS_ADRERR, the address of the access) where the protection allows it, SIGSEGV where
   it does not; the partial last page is readable and writable; a file that grows (ftruncate)
   makes its pages reachable; fork keeps the rule; system calls given such a page fail with
   EFAULT; MADV_DONTNEED does not change it. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>
#include "corpus.h"

static sigjmp_buf env;
static volatile int last_sig, last_code;
static volatile char *last_addr;

static void on_fault(int sig, siginfo_t *si, void *ctx) {
    (void)ctx;
    last_sig = sig;
    last_code = si->si_code;
    last_addr = si->si_addr;
    siglongjmp(env, 1);
}

/* What touching p (a read, or a write of v) does: "ok VALUE" or the signal, code and address. */
static void touch(const char *what, volatile char *p, int write, char v, volatile char *base) {
    last_sig = 0;
    if (sigsetjmp(env, 1) == 0) {
        int got;
        if (write) {
            *p = v;
            got = *p;
        } else {
            got = *p;
        }
        printf("%-34s ok %d\n", what, got);
    } else {
        printf("%-34s %s si_code %d at base+%ld\n", what, last_sig == SIGBUS ? "SIGBUS" : last_sig == SIGSEGV ? "SIGSEGV" : "?",
               last_code, (long)(last_addr - base));
    }
}

static int make_file(long size) {
    char path[] = "/tmp/ring3-pasteof-XXXXXX";
    int fd = mkstemp(path);
    unlink(path);
    if (size > 0) {
        ftruncate(fd, size);
        pwrite(fd, "A", 1, 0);
    }
    return fd;
}

int main(void) {
    setvbuf(stdout, 0, _IOLBF, 0);
    long pg = sysconf(_SC_PAGESIZE);
    struct sigaction sa = {.sa_sigaction = on_fault, .sa_flags = SA_SIGINFO};
    sigaction(SIGBUS, &sa, 0);
    sigaction(SIGSEGV, &sa, 0);

    int fd = make_file(1);
    volatile char *m = mmap(0, 3 * pg, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
    touch("1-byte file: read byte 0", m, 0, 0, m);
    touch("read byte 100 (same page, past EOF)", m + 100, 0, 0, m);
    touch("write last byte of page 0", m + pg - 1, 1, 7, m);
    touch("read page 1", m + pg, 0, 0, m);
    touch("write page 1", m + pg + 8, 1, 1, m);
    touch("read page 2", m + 2 * pg + 4095, 0, 0, m);

    printf("read() into page 1: %s\n", read(fd, (char *)m + pg, 1) < 0 ? strerror(errno) : "ok");
    printf("write() from page 1: %s\n", write(1, (char *)m + pg, 0) < 0 ? strerror(errno) : "ok (0 bytes)");
    int p2[2];
    pipe(p2);
    printf("write() 4 bytes from page 1: %s\n", write(p2[1], (char *)m + pg, 4) < 0 ? strerror(errno) : "ok");

    mprotect((void *)(m + pg), pg, PROT_NONE);
    touch("page 1 PROT_NONE: read", m + pg, 0, 0, m);
    mprotect((void *)(m + pg), pg, PROT_READ);
    touch("page 1 PROT_READ: read", m + pg, 0, 0, m);
    touch("page 1 PROT_READ: write", m + pg, 1, 1, m);
    mprotect((void *)(m + pg), pg, PROT_READ | PROT_WRITE);

    fflush(stdout);
    pid_t c = fork();
    if (c == 0) {
        touch("child: read page 1", m + pg, 0, 0, m);
        touch("child: read byte 0", m, 0, 0, m);
        _exit(0);
    }
    int st;
    waitpid(c, &st, 0);

    madvise((void *)m, 3 * pg, MADV_DONTNEED);
    touch("after MADV_DONTNEED: byte 0", m, 0, 0, m);
    touch("after MADV_DONTNEED: page 1", m + pg, 0, 0, m);

    /* The file grows: its pages come into reach. */
    ftruncate(fd, 2 * pg);
    pwrite(fd, "B", 1, pg + 5);
    touch("file now 2 pages: page 1 byte 5", m + pg + 5, 0, 0, m);
    touch("page 1 write", m + pg + 6, 1, 9, m);
    touch("page 2", m + 2 * pg, 0, 0, m);
    munmap((void *)m, 3 * pg);
    close(fd);

    /* Mapped while empty, then grown by one byte (Blink's busted_test). */
    fd = make_file(0);
    m = mmap(0, 2 * pg, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
    ftruncate(fd, 1);
    touch("empty file grown to 1: write byte 0", m, 1, 1, m);
    touch("write byte 1", m + 1, 1, 2, m);
    touch("write page 1", m + pg, 1, 1, m);
    munmap((void *)m, 2 * pg);

    /* An offset past the end: every page. */
    m = mmap(0, pg, PROT_READ, MAP_PRIVATE, fd, 4 * pg);
    printf("mmap at an offset past EOF: %s\n", m == MAP_FAILED ? strerror(errno) : "mapped");
    touch("read it", m, 0, 0, m);
    close(fd);

    /* Shared anonymous and private anonymous memory have no end of file. */
    m = mmap(0, pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    touch("anonymous page", m, 1, 3, m);
    return 0;
}
