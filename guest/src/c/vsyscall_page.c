/* The legacy vsyscall page (0xffffffffff600000) that Linux emulates: time, gettimeofday and getcpu
   called at their fixed addresses return as the system calls do; other addresses in the page, and
   a result pointer that cannot be written, are SIGSEGV. */
#include <stdio.h>
#include <signal.h>
#include <setjmp.h>
#include <string.h>
#include <time.h>
#include <sys/time.h>
#include "corpus.h"

#define VSYSCALL 0xffffffffff600000ul

static sigjmp_buf back;
static volatile int fault_code;
static volatile unsigned long fault_addr;

static void on_fault(int sig, siginfo_t *si, void *uc) {
    (void)sig; (void)uc;
    fault_code = si->si_code;
    fault_addr = (unsigned long)si->si_addr;
    siglongjmp(back, 1);
}

static void call_at(const char *what, unsigned long addr, void *arg) {
    if (sigsetjmp(back, 1) == 0) {
        long r = ((long (*)(void *, void *))addr)(arg, arg);
        printf("%-26s returned %ld\n", what, r);
    } else {
        printf("%-26s SIGSEGV code %d addr %s\n", what, fault_code,
               fault_addr == 0 ? "0" : fault_addr == addr ? "the call's" : fault_addr == (unsigned long)arg ? "the pointer" : "other");
    }
}

int main(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_fault;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGSEGV, &sa, NULL);

    /* The time entry (the time system call) reads the tick's second, which can still be the one
       before what libc's time(), a precise clock_gettime, said just earlier: hence the - 1s. */
    time_t t0 = time(NULL);
    time_t tv_out = 0;
    time_t r = ((time_t (*)(time_t *))(VSYSCALL + 0x400))(&tv_out);
    time_t t1 = time(NULL);
    printf("time: result within the clock: %s, stored the same: %s\n", r >= t0 - 1 && r <= t1 ? "yes" : "no",
           tv_out == r ? "yes" : "no");
    printf("time(NULL) within the clock: %s\n",
           ((time_t (*)(time_t *))(VSYSCALL + 0x400))(NULL) >= t1 - 1 ? "yes" : "no");

    struct timeval tv = {0, -1};
    struct timezone tz = {-1, -1};
    long g = ((long (*)(struct timeval *, struct timezone *))(VSYSCALL))(&tv, &tz);
    printf("gettimeofday: %ld, seconds within the clock: %s, usec in range: %s, tz %d %d\n", g,
           /* time() reads the tick's second: up to a tick behind gettimeofday's, hence + 1 */
           tv.tv_sec >= t1 && tv.tv_sec <= time(NULL) + 1 ? "yes" : "no", tv.tv_usec >= 0 && tv.tv_usec < 1000000 ? "yes" : "no",
           tz.tz_minuteswest, tz.tz_dsttime);

    unsigned cpu = 12345, node = 12345;
    long c = ((long (*)(unsigned *, unsigned *, void *))(VSYSCALL + 0x800))(&cpu, &node, NULL);
    printf("getcpu: %ld, cpu set: %s, node set: %s\n", c, cpu != 12345 ? "yes" : "no", node != 12345 ? "yes" : "no");
    /* A NULL pointer is allowed, as in the system calls. */
    printf("getcpu(NULL, NULL): %ld\n", ((long (*)(void *, void *, void *))(VSYSCALL + 0x800))(NULL, NULL, NULL));

    call_at("misaligned entry +0x100", VSYSCALL + 0x100, NULL);
    call_at("unused entry +0xc00", VSYSCALL + 0xc00, NULL);
    call_at("time into a bad pointer", VSYSCALL + 0x400, (void *)16);
    time_t after = ((time_t (*)(time_t *))(VSYSCALL + 0x400))(NULL);
    printf("time after the faults within the clock: %s\n", after >= t1 - 1 && after <= time(NULL) ? "yes" : "no");
    return 0;
}
