/* TF across fork: a raw fork made with TF set returns into both processes with TF still set, and
   each single-steps from its first instruction after the SYSCALL (the SYSCALL itself is not
   trapped). The handler lets three traps through and then clears TF; the child reports its count
   through its exit status. */
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <ucontext.h>
#include <unistd.h>
static volatile int traps;
static void h(int s, siginfo_t *si, void *uc_) {
    ucontext_t *uc = uc_;
    if (++traps >= 3) uc->uc_mcontext.gregs[REG_EFL] &= ~0x100L;
}
int main(void) {
    struct sigaction sa; memset(&sa, 0, sizeof sa); sa.sa_sigaction = h; sa.sa_flags = SA_SIGINFO;
    sigaction(SIGTRAP, &sa, 0);
    long pid;
    __asm__ volatile("pushf; orl $0x100, (%%rsp); popf; mov $57, %%eax; syscall; nop; nop; nop; nop; nop; mov %%rax, %0"
                     : "=r"(pid) :: "rax", "rcx", "r11", "memory", "cc");
    if (pid == 0) _exit(traps);
    int st; waitpid(pid, &st, 0);
    printf("parent traps %d child traps %d\n", traps, WEXITSTATUS(st));
    return 0;
}
