/* MAP_SHARED memory is one memory between processes, store by store, with no system call in
   between: two processes adding to one counter with atomic instructions lose no update, a spin on
   a flag sees the other process's store, a process-shared mutex (uncontended: no futex call at
   all) guards plain increments, and so on for System V shm, a shared mapping moved by mremap, and
   MADV_DONTNEED (which keeps shared contents). A process that maps private memory over its view
   leaves the others' alone. A shared file mapping is one memory too, with a process that maps the
   file on its own as well, and the file's read(2) and write(2) see it and are seen. Each spin is bounded by the vDSO clock (no system call either), so a
   store that never arrives prints "not seen" rather than hanging. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/ipc.h>
#include <sys/mman.h>
#include <sys/shm.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <time.h>
#include <unistd.h>

#define ADDS 200000

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

/* Spins until *w == want, up to 30 s; 1 if seen. */
static int spin_until(volatile uint32_t *w, uint32_t want) {
    double end = now() + 30;
    for (unsigned i = 0;; i++) {
        if (__atomic_load_n(w, __ATOMIC_ACQUIRE) == want) {
            return 1;
        }
        if ((i & 1023) == 0 && now() > end) {
            return 0;
        }
    }
}

static void adds(volatile uint64_t *c) {
    for (int i = 0; i < ADDS; i++) {
        __atomic_fetch_add(c, 1, __ATOMIC_RELAXED);
    }
}

/* Parent and child add ADDS each to *c at once; returns the total the parent then reads. */
static uint64_t both_add(volatile uint64_t *c, volatile uint32_t *go) {
    *c = 0;
    *go = 0;
    pid_t p = fork();
    if (p == 0) {
        spin_until(go, 1);
        adds(c);
        _exit(0);
    }
    __atomic_store_n(go, 1, __ATOMIC_RELEASE);
    adds(c);
    waitpid(p, 0, 0);
    return *c;
}

struct locked {
    pthread_mutex_t m;
    uint64_t count;
    uint32_t go;
};

int main(void) {
    setvbuf(stdout, 0, _IOLBF, 0);
    char *anon = mmap(0, 8192, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    printf("atomic adds, shared anonymous memory: %llu of %d\n",
           (unsigned long long)both_add((uint64_t *)anon, (uint32_t *)(anon + 8)), 2 * ADDS);

    /* A ping-pong of 1000 rounds through one word, each side spinning for the other's store. */
    volatile uint32_t *ball = (uint32_t *)(anon + 64);
    *ball = 0;
    pid_t p = fork();
    if (p == 0) {
        for (uint32_t i = 1; i < 2000; i += 2) {
            if (!spin_until(ball, i)) {
                _exit(1);
            }
            __atomic_store_n(ball, i + 1, __ATOMIC_RELEASE);
        }
        _exit(0);
    }
    int seen = 1;
    for (uint32_t i = 0; i < 2000 && seen; i += 2) {
        __atomic_store_n(ball, i + 1, __ATOMIC_RELEASE);
        seen = spin_until(ball, i + 2);
    }
    int st;
    waitpid(p, &st, 0);
    printf("ping-pong, 1000 rounds: %s, child %s\n", seen ? "all seen" : "not seen",
           WEXITSTATUS(st) == 0 ? "saw all" : "missed one");

    /* A process-shared mutex guarding plain (non-atomic) increments. */
    struct locked *l = (struct locked *)(anon + 4096);
    pthread_mutexattr_t a;
    pthread_mutexattr_init(&a);
    pthread_mutexattr_setpshared(&a, PTHREAD_PROCESS_SHARED);
    pthread_mutex_init(&l->m, &a);
    l->count = 0;
    l->go = 0;
    p = fork();
    if (p == 0) {
        spin_until(&l->go, 1);
        for (int i = 0; i < ADDS / 4; i++) {
            pthread_mutex_lock(&l->m);
            l->count++;
            pthread_mutex_unlock(&l->m);
        }
        _exit(0);
    }
    __atomic_store_n(&l->go, 1, __ATOMIC_RELEASE);
    for (int i = 0; i < ADDS / 4; i++) {
        pthread_mutex_lock(&l->m);
        l->count++;
        pthread_mutex_unlock(&l->m);
    }
    waitpid(p, 0, 0);
    printf("process-shared mutex, plain increments: %llu of %d\n", (unsigned long long)l->count, ADDS / 2);

    /* System V shared memory. */
    int id = shmget(IPC_PRIVATE, 4096, IPC_CREAT | 0600);
    char *seg = shmat(id, 0, 0);
    shmctl(id, IPC_RMID, 0);
    printf("atomic adds, System V shm: %llu of %d\n",
           (unsigned long long)both_add((uint64_t *)seg, (uint32_t *)(seg + 8)), 2 * ADDS);
    shmdt(seg);

    /* The shared mapping moved elsewhere by mremap is still the same memory. */
    char *moved = mremap(anon, 8192, 8192, MREMAP_MAYMOVE | MREMAP_FIXED,
                         mmap(0, 8192, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
    printf("after mremap: the mutex count reads %llu; atomic adds: %llu of %d\n",
           (unsigned long long)((struct locked *)(moved + 4096))->count,
           (unsigned long long)both_add((uint64_t *)moved, (uint32_t *)(moved + 8)), 2 * ADDS);

    /* MADV_DONTNEED keeps a shared mapping's contents. */
    madvise(moved, 8192, MADV_DONTNEED);
    printf("after MADV_DONTNEED: %llu\n", (unsigned long long)*(uint64_t *)moved);

    /* A child that maps private memory over its view changes nothing for the parent. */
    p = fork();
    if (p == 0) {
        char *priv = mmap(moved, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
        *(uint64_t *)priv = 12345;
        __atomic_store_n((uint32_t *)(moved + 4096 + 64), 7, __ATOMIC_RELEASE); /* still shared */
        _exit(priv == moved ? 0 : 1);
    }
    waitpid(p, &st, 0);
    printf("child mapped over its view (status %d): parent reads %llu, and the shared word %u\n",
           WEXITSTATUS(st), (unsigned long long)*(uint64_t *)moved, *(uint32_t *)(moved + 4096 + 64));

    /* A shared mapping of a file, inherited by fork, and the same file mapped by the child itself. */
    /* mkstemp, not the pid: ring3's tests run several guests in one JVM, all with its pid */
    char path[] = "/tmp/ring3-shm-coherent-XXXXXX";
    int fd = mkstemp(path);
    ftruncate(fd, 8192);
    char *file = mmap(0, 8192, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    printf("atomic adds, a shared file mapping: %llu of %d\n",
           (unsigned long long)both_add((uint64_t *)file, (uint32_t *)(file + 8)), 2 * ADDS);
    uint64_t in_file = 0;
    pread(fd, &in_file, 8, 0);
    printf("read(2) of the file sees the stores: %llu\n", (unsigned long long)in_file);
    volatile uint32_t *flag = (uint32_t *)(file + 4096);
    *flag = 0;
    p = fork();
    if (p == 0) {
        int cfd = open(path, O_RDWR);
        char *own = mmap(0, 8192, PROT_READ | PROT_WRITE, MAP_SHARED, cfd, 0);
        /* the parent's write(2) shows in the child's own mapping without a system call */
        if (!spin_until((uint32_t *)(own + 4096), 5)) {
            _exit(1);
        }
        adds((uint64_t *)(own + 16));
        __atomic_store_n((uint32_t *)(own + 4096), 6, __ATOMIC_RELEASE);
        _exit(0);
    }
    *(uint64_t *)(file + 16) = 0;
    uint32_t five = 5;
    pwrite(fd, &five, 4, 4096);
    adds((uint64_t *)(file + 16));
    int seen6 = spin_until(flag, 6);
    waitpid(p, &st, 0);
    printf("a child mapping the file itself: status %d, saw the parent's write(2), flag %s, adds %llu of %d\n",
           WEXITSTATUS(st), seen6 ? "seen" : "not seen", (unsigned long long)*(uint64_t *)(file + 16), 2 * ADDS);
    munmap(file, 8192);
    close(fd);
    unlink(path);
    return 0;
}
