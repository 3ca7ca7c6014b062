/* clone3: threads through pthread_create (glibc tries clone3 first), posix_spawn, a raw fork-like clone3 with CLONE_CLEAR_SIGHAND, and the size/flag checks. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <signal.h>
#include <spawn.h>
#include <pthread.h>
#include <unistd.h>
#include <stdint.h>
#include <sys/wait.h>
#include <sys/syscall.h>
#include "corpus.h"

#ifndef SYS_clone3
#define SYS_clone3 435
#endif
#define CLEAR_SIGHAND 0x100000000ULL

struct args {
    uint64_t flags, pidfd, child_tid, parent_tid, exit_signal, stack, stack_size, tls, set_tid, set_tid_size, cgroup;
};

static long clone3(struct args *a, size_t size) {
    return syscall(SYS_clone3, a, size);
}

/* clone3 onto a new stack: the child cannot return through a C function, so it calls fn (which exits) at once. */
static long clone3_on_stack(struct args *a, size_t size, void (*fn)(void)) {
    long ret;
    __asm__ volatile("syscall\n\t"
                     "test %%rax, %%rax\n\t"
                     "jnz 1f\n\t"
                     "call *%%rdx\n\t"
                     "ud2\n"
                     "1:"
                     : "=a"(ret)
                     : "0"((long)SYS_clone3), "D"(a), "S"(size), "d"(fn)
                     : "rcx", "r11", "memory");
    if (ret < 0) {
        errno = -ret;
        return -1;
    }
    return ret;
}

static volatile int touched;
static void vfork_child(void) {
    touched = 1;
    syscall(SYS_exit, 7);
}

static const char *err(long r) {
    if (r >= 0) return "ok";
    switch (errno) {
    case EINVAL: return "EINVAL";
    case E2BIG: return "E2BIG";
    case EFAULT: return "EFAULT";
    default: return "other";
    }
}

#define THREADS 4
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static long total;

static void *work(void *arg) {
    long id = (long)arg;
    for (int i = 0; i < 1000; i++) {
        pthread_mutex_lock(&lock);
        total += id;
        pthread_mutex_unlock(&lock);
    }
    return (void *)(long)(syscall(SYS_gettid) != getpid());
}

static void on_usr1(int sig) { (void)sig; }

int main(int argc, char **argv) {
    if (argc > 1 && strcmp(argv[1], "spawned") == 0) return 5;
    setvbuf(stdout, NULL, _IOLBF, 0);
    pthread_t t[THREADS];
    for (long i = 0; i < THREADS; i++) pthread_create(&t[i], NULL, work, (void *)(i + 1));
    long own = 0;
    for (int i = 0; i < THREADS; i++) {
        void *r;
        pthread_join(t[i], &r);
        own += (long)r;
    }
    printf("threads: total %ld, %ld with their own tid\n", total, own);

    /* A fork-like clone3 that clears the handlers: the child sees SIG_DFL for a caught signal and keeps SIG_IGN. */
    struct sigaction sa = {.sa_handler = on_usr1};
    sigaction(SIGUSR1, &sa, NULL);
    signal(SIGUSR2, SIG_IGN);
    struct args a = {.flags = CLEAR_SIGHAND, .exit_signal = SIGCHLD};
    long pid = clone3(&a, sizeof a);
    if (pid == 0) {
        struct sigaction now1, now2;
        sigaction(SIGUSR1, NULL, &now1);
        sigaction(SIGUSR2, NULL, &now2);
        _exit((now1.sa_handler == SIG_DFL) | (now2.sa_handler == SIG_IGN) << 1);
    }
    int status = 0;
    int waited = waitpid(pid, &status, 0) == pid;
    printf("clone3 process %s, waited %d, status %d\n", err(pid), waited, WEXITSTATUS(status));
    struct sigaction now;
    sigaction(SIGUSR1, NULL, &now);
    printf("parent handler kept %d\n", now.sa_handler == on_usr1);

    /* A thread-like clone3 on its own stack with CLONE_VM|CLONE_VFORK: the parent waits until it exits. */
    static char stack[65536] __attribute__((aligned(16)));
    struct args v = {.flags = CLONE_VM | CLONE_VFORK, .exit_signal = SIGCHLD,
                     .stack = (uintptr_t)stack, .stack_size = sizeof stack};
    pid = clone3_on_stack(&v, sizeof v, vfork_child);
    printf("clone3 vfork %s, touched before return %d, ", err(pid), touched);
    waited = waitpid(pid, &status, 0) == pid;
    printf("status %d\n", waited ? WEXITSTATUS(status) : -1);

    char *spawn_argv[] = {argv[0], "spawned", NULL};
    pid_t sp;
    int rc = posix_spawn(&sp, "/proc/self/exe", NULL, NULL, spawn_argv, NULL);
    printf("posix_spawn %d, ", rc);
    waited = waitpid(sp, &status, 0) == sp;
    printf("status %d\n", waited ? WEXITSTATUS(status) : -1);

    struct args z = {.exit_signal = SIGCHLD};
    printf("size 63 %s\n", err(clone3(&z, 63)));
    static unsigned char big[8192];
    memcpy(big, &z, sizeof z);
    printf("size 4097 %s\n", err(clone3((struct args *)big, 4097)));
    big[150] = 1;
    printf("nonzero tail %s\n", err(clone3((struct args *)big, 200)));
    struct args bad = {.flags = SIGCHLD};
    printf("CSIGNAL in flags %s\n", err(clone3(&bad, sizeof bad)));
    struct args th = {.flags = CLONE_VM | CLONE_SIGHAND | CLONE_THREAD, .exit_signal = SIGCHLD};
    printf("thread with exit_signal %s\n", err(clone3(&th, sizeof th)));
    struct args nostack = {.exit_signal = SIGCHLD, .stack_size = 4096};
    printf("stack_size without stack %s\n", err(clone3(&nostack, sizeof nostack)));
    struct args sig = {.exit_signal = 65};
    printf("exit_signal 65 %s\n", err(clone3(&sig, sizeof sig)));
    struct args both = {.flags = CLONE_VM | CLONE_SIGHAND | CLEAR_SIGHAND, .exit_signal = SIGCHLD};
    printf("SIGHAND with CLEAR_SIGHAND %s\n", err(clone3(&both, sizeof both)));
    printf("NULL args %s\n", err(clone3(NULL, sizeof z)));
    return 0;
}
