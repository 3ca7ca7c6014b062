/* Threads mapping and unmapping at the same time each get a range of their own: mmap's search for
   a free range and the mapping are one step (a race there gave two threads one address). Also
   thread creation beside it, as munmap-pthread in QEMU's tests does, with code run from the pages. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <pthread.h>
#include <sched.h>
#include <unistd.h>
#include <sys/mman.h>
#include "corpus.h"

#define THREADS 4
#define ROUNDS 1500

static long pg;
static int bad[THREADS];
static int ran[THREADS];

static void *worker(void *arg) {
    int id = (int)(long)arg;
    for (int i = 0; i < ROUNDS; i++) {
        size_t len = (size_t)(1 + (i + id) % 3) * pg;
        unsigned char *p = mmap(NULL, len, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p == MAP_FAILED) {
            bad[id]++;
            continue;
        }
        memset(p, 0xc3, len); /* ret */
        p[0] = (unsigned char)(0x90); /* nop; ret */
        if (i % 4 == 0) sched_yield();
        ((void (*)(void))p)();
        for (size_t k = 1; k < len; k++) {
            if (p[k] != 0xc3) {
                bad[id]++;
                break;
            }
        }
        if (munmap(p, len) != 0) bad[id]++;
        ran[id]++;
    }
    return NULL;
}

static void *nothing(void *arg) { return arg; }

int main(void) {
    pg = sysconf(_SC_PAGESIZE);
    pthread_t t[THREADS];
    for (long i = 0; i < THREADS; i++) pthread_create(&t[i], NULL, worker, (void *)i);
    int created = 0;
    for (int i = 0; i < 200; i++) {
        pthread_t d;
        if (pthread_create(&d, NULL, nothing, NULL) == 0 && pthread_join(d, NULL) == 0) created++;
    }
    for (int i = 0; i < THREADS; i++) pthread_join(t[i], NULL);
    for (int i = 0; i < THREADS; i++) printf("thread %d rounds %d bad %d\n", i, ran[i], bad[i]);
    printf("short-lived threads %d\n", created);
    return 0;
}
