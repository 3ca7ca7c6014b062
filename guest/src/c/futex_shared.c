/* Futexes without FUTEX_PRIVATE_FLAG in MAP_SHARED memory wake across processes, keyed as the
   kernel keys them (the mapped object and offset): shared anonymous memory inherited by fork, and
   a file each process opens and maps on its own. The waiter sleeps with a timeout, so a wake that
   never comes shows as ETIMEDOUT rather than a hang; one that came before the wait shows as the
   changed value (EAGAIN), which the parent's pause before its store makes rare. FUTEX_PRIVATE_FLAG
   on the same word stays within the process. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* linux/futex.h's values (musl's include path has no kernel headers). */
#define FUTEX_WAIT 0
#define FUTEX_WAKE 1
#define FUTEX_WAIT_BITSET 9
#define FUTEX_WAKE_BITSET 10
#define FUTEX_BITSET_MATCH_ANY 0xffffffffu

static long futex(volatile uint32_t *w, int op, uint32_t val, const struct timespec *t) {
    long r = syscall(SYS_futex, w, op, val, t, 0, FUTEX_BITSET_MATCH_ANY);
    return r < 0 ? -errno : r;
}

/* The child waits for *w to leave 0; exits 0 if woken or it changed first, 1 if it timed out. */
static int waiter(volatile uint32_t *w, int op) {
    struct timespec t = {10, 0};
    if (op == FUTEX_WAIT_BITSET) { /* its timeout is a CLOCK_MONOTONIC deadline */
        clock_gettime(CLOCK_MONOTONIC, &t);
        t.tv_sec += 10;
    }
    long r = futex(w, op, 0, &t);
    return r == -ETIMEDOUT ? 1 : 0;
}

static void run(const char *what, volatile uint32_t *w, volatile uint32_t *(*child_map)(void), int wait_op, int wake_op) {
    *w = 0;
    pid_t p = fork();
    if (p == 0) {
        volatile uint32_t *cw = child_map ? child_map() : w;
        _exit(waiter(cw, wait_op));
    }
    usleep(200000); /* the child is asleep in FUTEX_WAIT by now */
    *w = 1;
    long woke = futex(w, wake_op, 1, 0);
    int st;
    waitpid(p, &st, 0);
    printf("%-44s wake returned %ld, child %s\n", what, woke > 0 ? 1L : woke,
           WEXITSTATUS(st) == 0 ? "woken" : "timed out");
}

static char path[64];

static volatile uint32_t *map_file(void) {
    int fd = open(path, O_RDWR);
    volatile uint32_t *m = mmap(0, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    close(fd);
    return m + 4;
}

int main(void) {
    setvbuf(stdout, 0, _IOLBF, 0);
    volatile uint32_t *anon = mmap(0, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    run("shared anonymous memory across fork:", anon + 8, 0, FUTEX_WAIT, FUTEX_WAKE);
    run("the same with the bitset calls:", anon + 9, 0, FUTEX_WAIT_BITSET, FUTEX_WAKE_BITSET);

    /* mkstemp, not the pid: ring3's tests run several guests in one JVM, all with its pid */
    strcpy(path, "/tmp/ring3-futex-shared-XXXXXX");
    int fd = mkstemp(path);
    ftruncate(fd, 4096);
    volatile uint32_t *file = mmap(0, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    close(fd);
    run("a file each process maps on its own:", file + 4, map_file, FUTEX_WAIT, FUTEX_WAKE);
    unlink(path);
    return 0;
}
