/* A branch to a non-canonical address faults at the branch: RET, JMP and CALL through a
   register, far RET (LRETQ) and IRETQ raise #GP (SIGSEGV, si_addr 0) with RIP at the instruction
   and RSP as it was, not at the address they could not reach (checked on the AMD host). */
#define _GNU_SOURCE
#include <signal.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdint.h>
#include <ucontext.h>
static sigjmp_buf jb; static uint64_t rip, addr, sp0, sp1; static int sig;
extern char l_iret[], l_lret[], l_ret[], l_jmp[], l_call[];
static void h(int s, siginfo_t *si, void *u) { ucontext_t *c = u; sig = s; rip = c->uc_mcontext.gregs[REG_RIP]; sp1 = c->uc_mcontext.gregs[REG_RSP]; addr = (uint64_t)si->si_addr; siglongjmp(jb, 1); }
int main(void) {
  static char alt[65536]; stack_t ss = {.ss_sp = alt, .ss_size = sizeof alt}; sigaltstack(&ss, 0);
  struct sigaction sa = {0}; sa.sa_sigaction = h; sa.sa_flags = SA_SIGINFO | SA_NODEFER | SA_ONSTACK; sigaction(SIGSEGV, &sa, 0); sigaction(SIGBUS, &sa, 0);
  static uint64_t frame[512] __attribute__((aligned(16)));
  frame[256] = 0x80000149fb4de581ull; frame[257] = 0x33; frame[258] = 0x202; frame[259] = (uint64_t)&frame[300]; frame[260] = 0x2b;
  if (!sigsetjmp(jb, 1)) { sp0 = (uint64_t)&frame[256]; __asm__ volatile("mov %0, %%rsp; l_iret: iretq" :: "r"(&frame[256]) : "memory"); }
  printf("iretq: sig %d rip %s rsp %s addr %#lx\n", sig, rip == (uint64_t)l_iret ? "at the iretq" : "elsewhere", sp1 == sp0 ? "unchanged" : "moved", (unsigned long)addr);
  if (!sigsetjmp(jb, 1)) { sp0 = (uint64_t)&frame[256]; __asm__ volatile("mov %0, %%rsp; l_lret: lretq" :: "r"(&frame[256]) : "memory"); }
  printf("lretq: sig %d rip %s rsp %s addr %#lx\n", sig, rip == (uint64_t)l_lret ? "at the lretq" : "elsewhere", sp1 == sp0 ? "unchanged" : "moved", (unsigned long)addr);
  if (!sigsetjmp(jb, 1)) { sp0 = (uint64_t)&frame[256]; __asm__ volatile("mov %0, %%rsp; l_ret: ret" :: "r"(&frame[256]) : "memory"); }
  printf("ret:   sig %d rip %s rsp %s addr %#lx\n", sig, rip == (uint64_t)l_ret ? "at the ret" : rip == frame[256] ? "at the target" : "elsewhere", sp1 == sp0 ? "unchanged" : sp1 == sp0 + 8 ? "popped" : "moved", (unsigned long)addr);
  if (!sigsetjmp(jb, 1)) { sp0 = (uint64_t)&frame[256]; __asm__ volatile("mov %0, %%rsp; l_jmp: jmp *%1" :: "r"(&frame[256]), "r"(frame[256]) : "memory"); }
  printf("jmp:   sig %d rip %s rsp %s\n", sig, rip == (uint64_t)l_jmp ? "at the jmp" : rip == frame[256] ? "at the target" : "elsewhere", sp1 == sp0 ? "unchanged" : "moved");
  if (!sigsetjmp(jb, 1)) { sp0 = (uint64_t)&frame[256]; __asm__ volatile("mov %0, %%rsp; l_call: call *%1" :: "r"(&frame[256]), "r"(frame[256]) : "memory"); }
  printf("call:  sig %d rip %s rsp %s\n", sig, rip == (uint64_t)l_call ? "at the call" : rip == frame[256] ? "at the target" : "elsewhere", sp1 == sp0 ? "unchanged" : sp1 == sp0 - 8 ? "pushed" : "moved");
  return 0;
}
