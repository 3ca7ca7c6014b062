/* The 32-bit system-call ABI that INT 0x80 gives a 64-bit program (Linux with IA32_EMULATION):
   i386 numbers, arguments in EBX ECX EDX ESI EDI EBP cut to 32 bits, the result sign-extended in
   RAX, every other register kept; the structures of the calls whose layouts differ (stat64,
   old_timespec32, compat_iovec, socketcall's argument array, mmap2's page offset, execve's 32-bit
   pointer arrays). Every buffer is static: the binary is not PIE, so its data lies below 4 GiB. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <unistd.h>
#include <sys/wait.h>
#include <sys/socket.h>
#include <signal.h>
#include <ucontext.h>
#include "corpus.h"

long ebp_arg; /* read by name from the asm below */

static long sys32(long nr, long a, long b, long c, long d, long e, long f) {
    long ret;
    ebp_arg = f;
    __asm__ volatile("push %%rbp\n\tmovq ebp_arg(%%rip), %%rbp\n\tint $0x80\n\tpop %%rbp"
                     : "=a"(ret)
                     : "a"(nr), "b"(a), "c"(b), "d"(c), "S"(d), "D"(e)
                     : "memory", "cc");
    return ret;
}

#define P(x) ((long)(uintptr_t)(x))

/* Registers across the call: r8-r15 kept, the upper halves of the argument registers ignored. */
static void registers(void) {
    long r8 = 0x1111111111111111, r9 = 0x2222222222222222, r10 = 0x3333333333333333,
         r11 = 0x4444444444444444, r12 = 0x5555555555555555;
    long o8, o9, o10, o11, o12, rax, rbx, rcx;
    __asm__ volatile("mov %[i8], %%r8\n\tmov %[i9], %%r9\n\tmov %[i10], %%r10\n\tmov %[i11], %%r11\n\t"
                     "mov %[i12], %%r12\n\t"
                     "movabs $0x100000014, %%rax\n\t" /* getpid with garbage above EAX */
                     "movabs $0xdeadbeef00000000, %%rbx\n\tmovabs $0xfeedface00000000, %%rcx\n\t"
                     "int $0x80\n\t"
                     "mov %%r8, %[o8]\n\tmov %%r9, %[o9]\n\tmov %%r10, %[o10]\n\tmov %%r11, %[o11]\n\t"
                     "mov %%r12, %[o12]\n\tmov %%rax, %[rax]\n\tmov %%rbx, %[rbx]\n\tmov %%rcx, %[rcx]"
                     : [o8] "=m"(o8), [o9] "=m"(o9), [o10] "=m"(o10), [o11] "=m"(o11), [o12] "=m"(o12),
                       [rax] "=m"(rax), [rbx] "=m"(rbx), [rcx] "=m"(rcx)
                     : [i8] "m"(r8), [i9] "m"(r9), [i10] "m"(r10), [i11] "m"(r11), [i12] "m"(r12)
                     : "rax", "rbx", "rcx", "r8", "r9", "r10", "r11", "r12", "memory", "cc");
    printf("registers kept: r8 %d r9 %d r10 %d r11 %d r12 %d rbx %d rcx %d; getpid %s\n", o8 == r8, o9 == r9,
           o10 == r10, o11 == r11, o12 == r12, rbx == (long)0xdeadbeef00000000, rcx == (long)0xfeedface00000000,
           rax == getpid() ? "= getpid()" : "differs");
}

/* TF over INT 0x80: the gate clears TF and IRET restores it, so the host traps after the
   instruction that follows, not after INT 0x80 itself (as after SYSCALL). Each trap's RIP is
   printed as an offset from step_start. */
extern char step_start[];
static long trap_at[8];
static int traps;

static void on_trap(int sig, siginfo_t *si, void *ctx) {
    (void)sig; (void)si;
    if (traps < 8) {
        trap_at[traps] = (long)((ucontext_t *)ctx)->uc_mcontext.gregs[REG_RIP] - (long)step_start;
    }
    traps++;
}

static void single_step(void) {
    struct sigaction sa = {0};
    sa.sa_sigaction = on_trap;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGTRAP, &sa, NULL);
    __asm__ volatile("pushfq\n\torq $0x100, (%%rsp)\n\tpopfq\n"
                     "step_start:\n\t"
                     "mov $20, %%eax\n\tint $0x80\n\tnop\n\tnop\n\t"
                     "pushfq\n\tandq $~0x100, (%%rsp)\n\tpopfq"
                     ::: "rax", "memory", "cc");
    printf("single steps over int 0x80: %d traps at", traps);
    for (int i = 0; i < traps && i < 8; i++) {
        printf(" +%ld", trap_at[i]);
    }
    printf("\n");
}

static char msg[] = "written through int 0x80\n";
static char path[] = "/tmp/ring3-int80-XXXXXX";
static unsigned char st[96];
static unsigned char st32[64];
static int fds[2];
static unsigned int iov[4];
static char part1[] = "readv ", part2[] = "and writev\n";
static char rbuf[64], rb1[6], rb2[16];
static long long pos;
static struct { int sec, nsec; } ts;
static struct { int sec, usec; } tv;
static unsigned int args[6];
static char uts[390];
static unsigned int rl[2];
static char sh[] = "/bin/sh";
static char dashc[] = "-c";
static char cmd[] = "echo exec through int 0x80: $0 $1";
static char a1[] = "one";
static unsigned int argv32[6];
static int status;

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    registers();
    single_step();
    printf("write = %ld\n", sys32(4, 1, P(msg), sizeof msg - 1, 0, 0, 0));
    printf("write to a bad fd = %ld\n", sys32(4, 99, P(msg), 1, 0, 0, 0));
    printf("number 0x7fffffff = %ld\n", sys32(0x7fffffff, 0, 0, 0, 0, 0, 0) == -38 ? -38L : 0L);
    printf("getuid32 %s, getppid %s\n", sys32(199, 0, 0, 0, 0, 0, 0) == getuid() ? "ok" : "differs",
           sys32(64, 0, 0, 0, 0, 0, 0) == getppid() ? "ok" : "differs");

    /* A file: open, write, _llseek, read, stat64/fstat64/lstat64, old stat, close, unlink. */
    int fd = mkstemp(path);
    close(fd);
    fd = sys32(5, P(path), 2 /* O_RDWR */, 0, 0, 0, 0);
    printf("open %s\n", fd >= 0 ? "ok" : "failed");
    sys32(4, fd, P(msg), sizeof msg - 1, 0, 0, 0);
    long r = sys32(140, fd, 0, 4, P(&pos), 0 /* SEEK_SET */, 0);
    printf("_llseek = %ld pos %lld\n", r, pos);
    printf("lseek = %ld\n", sys32(19, fd, (unsigned)-2, 1 /* SEEK_CUR */, 0, 0, 0));
    long n = sys32(3, fd, P(rbuf), 5, 0, 0, 0);
    printf("read %ld: %.*s\n", n, (int)n, rbuf);
    printf("fstat64 = %ld", sys32(197, fd, P(st), 0, 0, 0, 0)); /* printed before the fields are read */
    uint64_t size64, ino64; uint32_t mode, ino32, blksize;
    memcpy(&size64, st + 44, 8); memcpy(&mode, st + 16, 4); memcpy(&ino32, st + 12, 4); memcpy(&ino64, st + 88, 8);
    memcpy(&blksize, st + 52, 4);
    printf(" size %llu mode %o ino match %d blksize>0 %d\n", (unsigned long long)size64, mode,
           (uint32_t)ino64 == ino32, blksize > 0);
    printf("stat64 = %ld", sys32(195, P(path), P(st), 0, 0, 0, 0));
    memcpy(&size64, st + 44, 8);
    printf(" size %llu\n", (unsigned long long)size64);
    printf("lstat64 of a missing file = %ld\n", sys32(196, P("/nonexistent/x"), P(st), 0, 0, 0, 0));
    printf("stat (compat_stat) = %ld", sys32(106, P(path), P(st32), 0, 0, 0, 0));
    uint32_t size32; uint16_t mode16;
    memcpy(&size32, st32 + 20, 4); memcpy(&mode16, st32 + 8, 2);
    printf(" size %u mode %o\n", size32, mode16);
    printf("fstatat64 = %ld\n", sys32(300, (unsigned)-100 /* AT_FDCWD */, P(path), P(st), 0, 0, 0));
    printf("ftruncate = %ld", sys32(93, fd, 10, 0, 0, 0, 0));
    sys32(197, fd, P(st), 0, 0, 0, 0);
    memcpy(&size64, st + 44, 8);
    printf(" size %llu\n", (unsigned long long)size64);
    printf("close = %ld, unlink = %ld\n", sys32(6, fd, 0, 0, 0, 0, 0), sys32(10, P(path), 0, 0, 0, 0, 0));

    /* A pipe, writev and readv with struct compat_iovec. */
    printf("pipe = %ld\n", sys32(42, P(fds), 0, 0, 0, 0, 0));
    iov[0] = P(part1); iov[1] = sizeof part1 - 1; iov[2] = P(part2); iov[3] = sizeof part2 - 1;
    printf("writev = %ld\n", sys32(146, fds[1], P(iov), 2, 0, 0, 0));
    iov[0] = P(rb1); iov[1] = sizeof rb1; iov[2] = P(rb2); iov[3] = sizeof rb2;
    n = sys32(145, fds[0], P(iov), 2, 0, 0, 0);
    printf("readv = %ld: %.6s|%.*s", n, rb1, (int)(n - 6), rb2);
    sys32(6, fds[0], 0, 0, 0, 0, 0);
    sys32(6, fds[1], 0, 0, 0, 0, 0);

    /* Memory: mmap2 below 4 GiB, zeroed, writable; brk; munmap. */
    long m = sys32(192, 0, 8192, 3, 0x22 /* MAP_PRIVATE|MAP_ANONYMOUS */, (unsigned)-1, 0);
    printf("mmap2 below 4 GiB %d, page aligned %d, zeroed %d\n", m > 0 && m < 0x100000000L, (m & 4095) == 0,
           m > 0 && ((char *)m)[100] == 0);
    if (m > 0) {
        ((char *)m)[8191] = 1;
        printf("munmap = %ld\n", sys32(91, m, 8192, 0, 0, 0, 0));
    }
    long b0 = sys32(45, 0, 0, 0, 0, 0, 0);
    printf("brk grows %d\n", sys32(45, b0 + 4096, 0, 0, 0, 0, 0) == b0 + 4096);

    /* Time: 32-bit structures. */
    r = sys32(265, 1 /* CLOCK_MONOTONIC */, P(&ts), 0, 0, 0, 0);
    printf("clock_gettime = %ld, nsec in range %d\n", r, ts.nsec >= 0 && ts.nsec < 1000000000);
    r = sys32(78, P(&tv), 0, 0, 0, 0, 0);
    printf("gettimeofday = %ld, usec in range %d\n", r, tv.usec >= 0 && tv.usec < 1000000);
    long t = sys32(13, 0, 0, 0, 0, 0, 0);
    /* time() reads the tick's second, which can still be the one before gettimeofday's. */
    printf("time close to gettimeofday %d\n", t - tv.sec >= -1 && t - tv.sec < 5);
    ts.sec = 0; ts.nsec = 1000000;
    r = sys32(162, P(&ts), 0, 0, 0, 0, 0);
    ts.nsec = 2000000000;
    printf("nanosleep = %ld; bad nsec = %ld\n", r, sys32(162, P(&ts), 0, 0, 0, 0, 0));
    printf("uname = %ld sysname %s\n", sys32(122, P(uts), 0, 0, 0, 0, 0), uts);
    r = sys32(191, 7, P(rl), 0, 0, 0, 0);
    printf("ugetrlimit(NOFILE) = %ld soft>0 %d\n", r, rl[0] > 0);

    /* socketcall: socketpair, send, recv, shutdown. */
    args[0] = AF_UNIX; args[1] = SOCK_STREAM; args[2] = 0; args[3] = P(fds);
    printf("socketcall(SOCKETPAIR) = %ld\n", sys32(102, 8, P(args), 0, 0, 0, 0));
    args[0] = fds[0]; args[1] = P(msg); args[2] = 7; args[3] = 0;
    printf("socketcall(SEND) = %ld\n", sys32(102, 9, P(args), 0, 0, 0, 0));
    args[0] = fds[1]; args[1] = P(rbuf); args[2] = sizeof rbuf; args[3] = 0;
    n = sys32(102, 10, P(args), 0, 0, 0, 0);
    printf("socketcall(RECV) = %ld: %.*s\n", n, (int)n, rbuf);
    printf("socketcall(99) = %ld\n", sys32(102, 99, P(args), 0, 0, 0, 0));
    printf("socket %s\n", sys32(359, AF_UNIX, SOCK_STREAM, 0, 0, 0, 0) >= 0 ? "ok" : "failed");

    /* fork and waitpid, then execve with 32-bit argv. */
    long child = sys32(2, 0, 0, 0, 0, 0, 0);
    if (child == 0) {
        sys32(1, 42, 0, 0, 0, 0, 0);
    }
    r = sys32(7, child, P(&status), 0, 0, 0, 0);
    printf("waitpid = child %d, exit status %d\n", r == child, WIFEXITED(status) ? WEXITSTATUS(status) : -1);
    argv32[0] = P(sh); argv32[1] = P(dashc); argv32[2] = P(cmd); argv32[3] = P(sh); argv32[4] = P(a1);
    argv32[5] = 0;
    long e = sys32(11, P(sh), P(argv32), 0, 0, 0, 0);
    printf("execve returned %ld\n", e);
    return 1;
}
