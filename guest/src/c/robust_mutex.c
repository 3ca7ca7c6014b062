/* Robust mutexes: a thread or process that ends holding one leaves it to the next locker with
   EOWNERDEAD (the kernel walks the ending thread's robust futex list and marks each lock it owns
   FUTEX_OWNER_DIED, waking a waiter); pthread_mutex_consistent makes it usable again, an unlock
   without it makes it ENOTRECOVERABLE; ordinary mutexes stay locked; locks others own are left. */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

static pthread_mutex_t robust1, robust2, robust3, plain;
static int ready[2];

static const char *name(int e) {
    return e == 0 ? "0" : e == EOWNERDEAD ? "EOWNERDEAD" : e == ENOTRECOVERABLE ? "ENOTRECOVERABLE"
           : e == EBUSY ? "EBUSY" : strerror(e);
}

static void init_robust(pthread_mutex_t *m, int pshared) {
    pthread_mutexattr_t a;
    pthread_mutexattr_init(&a);
    pthread_mutexattr_setrobust(&a, PTHREAD_MUTEX_ROBUST);
    if (pshared) pthread_mutexattr_setpshared(&a, PTHREAD_PROCESS_SHARED);
    pthread_mutex_init(m, &a);
    pthread_mutexattr_destroy(&a);
}

static void *hold_and_die(void *arg) {
    (void)arg;
    pthread_mutex_lock(&robust1);
    pthread_mutex_lock(&robust3);
    pthread_mutex_lock(&plain);
    return NULL; /* ends owning all three */
}

static void *hold_wait_die(void *arg) {
    (void)arg;
    pthread_mutex_lock(&robust2);
    char c = 'L';
    write(ready[1], &c, 1);
    usleep(200000); /* main is blocked in pthread_mutex_lock meanwhile */
    return NULL;
}

int main(void) {
    setvbuf(stdout, 0, _IOLBF, 0);
    init_robust(&robust1, 0);
    init_robust(&robust2, 0);
    init_robust(&robust3, 0);
    pthread_mutex_init(&plain, 0);

    pthread_t t;
    pthread_create(&t, 0, hold_and_die, 0);
    pthread_join(t, 0);
    int r = pthread_mutex_lock(&robust1);
    printf("lock after the owner thread ended: %s\n", name(r));
    printf("consistent: %s\n", name(pthread_mutex_consistent(&robust1)));
    printf("unlock: %s\n", name(pthread_mutex_unlock(&robust1)));
    printf("lock again: %s\n", name(pthread_mutex_lock(&robust1)));
    pthread_mutex_unlock(&robust1);
    printf("trylock of the plain mutex it held: %s\n", name(pthread_mutex_trylock(&plain)));
    r = pthread_mutex_trylock(&robust3);
    printf("trylock of another robust one: %s\n", name(r));
    printf("unlock without consistent: %s\n", name(pthread_mutex_unlock(&robust3)));
    printf("lock after that: %s\n", name(pthread_mutex_lock(&robust3)));

    /* A waiter blocked in the kernel is woken by the owner's death. */
    pipe(ready);
    pthread_create(&t, 0, hold_wait_die, 0);
    char c;
    read(ready[0], &c, 1);
    r = pthread_mutex_lock(&robust2);
    printf("blocked locker woken by the owner's end: %s\n", name(r));
    pthread_join(t, 0);
    pthread_mutex_consistent(&robust2);
    pthread_mutex_unlock(&robust2);

    /* Process-shared, in MAP_SHARED memory: a child ends holding it. */
    pthread_mutex_t *shared = mmap(0, sizeof *shared, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    init_robust(shared, 1);
    pid_t p = fork();
    if (p == 0) {
        pthread_mutex_lock(shared);
        _exit(0);
    }
    int st;
    waitpid(p, &st, 0);
    r = pthread_mutex_lock(shared);
    printf("process-shared lock after the child ended holding it: %s\n", name(r));
    if (r == EOWNERDEAD) pthread_mutex_consistent(shared);
    pthread_mutex_unlock(shared);

    /* A lock the ending thread does not own is left alone. */
    pthread_mutex_lock(&robust1);
    pthread_create(&t, 0, hold_wait_die, 0); /* takes robust2 only */
    read(ready[0], &c, 1);
    pthread_join(t, 0);
    printf("own lock after another thread ended: trylock %s\n", name(pthread_mutex_trylock(&robust1)));
    printf("unlock: %s\n", name(pthread_mutex_unlock(&robust1)));
    return 0;
}
