/* Cross-modifying code: one thread writes machine code into an RWX page (memcpy, byte stores, read(2)),
   another runs it after a handshake (futex, or spinning), both ways; every call must run the newest code. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdint.h>
#include <string.h>
#include <limits.h>
#include <pthread.h>
#include <sched.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include "corpus.h"

#define FUTEX_WAIT_PRIVATE 128 /* FUTEX_WAIT | FUTEX_PRIVATE_FLAG (musl has no linux/futex.h) */
#define FUTEX_WAKE_PRIVATE 129
#define VERSIONS 40
#define CALLS 10000
#define OTHER 2048 /* a function on the same page that is never rewritten */

typedef int (*fn_t)(int);

static unsigned char *code;
static int gen_word, ack_word;
static int spin_mode;
static int pipe_fd[2];

static void futex_wait(int *w, int old) { syscall(SYS_futex, w, FUTEX_WAIT_PRIVATE, old, NULL, NULL, 0); }
static void futex_wake(int *w) { syscall(SYS_futex, w, FUTEX_WAKE_PRIVATE, INT_MAX, NULL, NULL, 0); }

/* Waits until *w differs from old: in a futex, or spinning on plain loads (then yielding). */
static int await_change(int *w, int old) {
    int v;
    unsigned n = 0;
    while ((v = __atomic_load_n(w, __ATOMIC_ACQUIRE)) == old) {
        if (!spin_mode) {
            futex_wait(w, old);
        } else if (++n < 2000) {
            __builtin_ia32_pause();
        } else {
            sched_yield();
        }
    }
    return v;
}

static void publish(int *w, int v) {
    __atomic_store_n(w, v, __ATOMIC_RELEASE);
    futex_wake(w);
}

static int constant(int v) { return v * 7919 + 13; }

/* Version v of f(x) = x + constant(v), in one of three encodings of different lengths,
   written one of three ways. */
static void write_version(int v) {
    unsigned char buf[16];
    uint32_t c = (uint32_t)constant(v);
    int n = 0;
    switch (v % 3) {
    case 0: buf[n++] = 0xb8; memcpy(buf + n, &c, 4); n += 4; buf[n++] = 0x01; buf[n++] = 0xf8; break; /* mov eax,c; add eax,edi */
    case 1: buf[n++] = 0x8d; buf[n++] = 0x87; memcpy(buf + n, &c, 4); n += 4; break;                  /* lea eax,[rdi+c] */
    default: buf[n++] = 0x89; buf[n++] = 0xf8; buf[n++] = 0x05; memcpy(buf + n, &c, 4); n += 4; break; /* mov eax,edi; add eax,c */
    }
    buf[n++] = 0xc3; /* ret */
    switch ((v / 3) % 3) {
    case 0: memcpy(code, buf, n); break;
    case 1: for (int i = 0; i < n; i++) ((volatile unsigned char *)code)[i] = buf[i]; break;
    default:
        if (write(pipe_fd[1], buf, n) != n || read(pipe_fd[0], code, n) != n) printf("pipe failed\n");
        break;
    }
}

static void *writer(void *arg) {
    (void)arg;
    for (int v = 1; v <= VERSIONS; v++) {
        if (v > 1) await_change(&ack_word, v - 2);
        write_version(v);
        publish(&gen_word, v);
    }
    await_change(&ack_word, VERSIONS - 1);
    return NULL;
}

struct result { long stale, other_wrong; unsigned long long sum; };

static void *executor(void *arg) {
    struct result *r = arg;
    fn_t f = (fn_t)code, g = (fn_t)(code + OTHER);
    for (int v = 1; v <= VERSIONS; v++) {
        int seen = await_change(&gen_word, v - 1);
        if (seen != v) r->stale += 1000000;
        int c = constant(v);
        for (int i = 0; i < CALLS; i++) {
            int x = f(i);
            r->sum = r->sum * 31 + (unsigned)x;
            if (x != i + c) r->stale++;
            if (g(i) != 2 * i) r->other_wrong++;
        }
        publish(&ack_word, v);
    }
    return NULL;
}

static void phase(const char *name, int spin, int main_writes) {
    spin_mode = spin;
    gen_word = 0;
    ack_word = 0;
    struct result r = {0, 0, 0};
    pthread_t t;
    if (main_writes) {
        pthread_create(&t, NULL, executor, &r);
        writer(NULL);
    } else {
        pthread_create(&t, NULL, writer, NULL);
        executor(&r);
    }
    pthread_join(t, NULL);
    printf("%s: %d versions x %d calls, stale %ld, other wrong %ld, sum %016llx\n",
           name, VERSIONS, CALLS, r.stale, r.other_wrong, r.sum);
}

int main(void) {
    code = mmap(NULL, 4096, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (code == MAP_FAILED || pipe(pipe_fd) != 0) {
        printf("setup failed\n");
        return 1;
    }
    static const unsigned char twice[] = {0x8d, 0x04, 0x3f, 0xc3}; /* lea eax,[rdi+rdi]; ret */
    memcpy(code + OTHER, twice, sizeof twice);
    phase("futex, worker writes, main runs", 0, 0);
    phase("futex, main writes, worker runs", 0, 1);
    phase("spin, worker writes, main runs", 1, 0);
    phase("spin, main writes, worker runs", 1, 1);
    return 0;
}
