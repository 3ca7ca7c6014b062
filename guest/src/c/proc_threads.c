/* pthreads: create and join with return values, a contended mutex, a condition variable, thread ids. */
#include <stdio.h>
#include <stdlib.h>
#include <pthread.h>
#include <unistd.h>
#include <sys/syscall.h>
#include "corpus.h"

#define THREADS 4
#define ITER 20000

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cond = PTHREAD_COND_INITIALIZER;
static long total;
static int ready;
static int turn;

static void *adder(void *arg) {
    long id = (long)arg;
    for (int i = 0; i < ITER; i++) {
        pthread_mutex_lock(&lock);
        total += id + 1;
        pthread_mutex_unlock(&lock);
    }
    return (void *)(id * 100);
}

static void *waiter(void *arg) {
    long id = (long)arg;
    pthread_mutex_lock(&lock);
    while (turn != id) pthread_cond_wait(&cond, &lock);
    ready++;
    turn++;
    pthread_cond_broadcast(&cond);
    pthread_mutex_unlock(&lock);
    return (void *)(long)(syscall(SYS_gettid) != getpid());
}

int main(void) {
    pthread_t t[THREADS];
    for (long i = 0; i < THREADS; i++) pthread_create(&t[i], NULL, adder, (void *)i);
    long sum = 0;
    for (int i = 0; i < THREADS; i++) {
        void *r;
        pthread_join(t[i], &r);
        sum += (long)r;
    }
    printf("total %ld (expected %ld), returns %ld\n", total, (long)ITER * (1 + 2 + 3 + 4), sum);

    for (long i = THREADS - 1; i >= 0; i--) pthread_create(&t[i], NULL, waiter, (void *)i);
    int own = 0;
    for (int i = 0; i < THREADS; i++) {
        void *r;
        pthread_join(t[i], &r);
        own += (long)r;
    }
    printf("ordered by condvar: %d threads, %d with their own tid\n", ready, own);
    return 0;
}
