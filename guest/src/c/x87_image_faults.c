/* Where an x87 environment or state image, or an FXSAVE area, faults when it runs into an
   inaccessible page 1 to 27 bytes past its start: the host probes its first field (the word of
   the 16-bit layouts, the doubleword of the others), then its last byte, before it writes or
   loads anything. Prints si_addr relative to the page for each form and offset. */
#define _GNU_SOURCE
#include <signal.h>
#include <setjmp.h>
#include <stdio.h>
#include <sys/mman.h>
#include <string.h>
static sigjmp_buf jb; static char *fault;
static void h(int s, siginfo_t *si, void *u) { fault = si->si_addr; siglongjmp(jb, 1); }
int main(void) {
  struct sigaction sa = {0}; sa.sa_sigaction = h; sa.sa_flags = SA_SIGINFO | SA_NODEFER; sigaction(SIGSEGV, &sa, 0);
  char *m = mmap(0, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0);
  mprotect(m + 4096, 4096, PROT_NONE);
  char *edge = m + 4096;
  const char *names[] = {"fnstenv16", "fnstenv32", "fnsave32", "fxsave64", "fldenv32", "frstor32", "fxrstor64", "fnsave16", "fldenv16", "frstor16"};
  int offs[] = {1, 2, 3, 4, 5, 7, 11, 13, 16, 27};
  for (int k = 0; k < 10; k++) {
    printf("%-10s", names[k]);
    for (int j = 0; j < 10; j++) {
      char *a = edge - offs[j];
      if (k >= 3 && ((long)a & 15)) { if (k == 3 || k == 6) { printf(" %3d:-", offs[j]); continue; } }
      fault = 0;
      if (!sigsetjmp(jb, 1)) {
        switch (k) {
          case 0: __asm__ volatile("data16 fnstenv (%0)" :: "r"(a) : "memory"); break;
          case 7: __asm__ volatile("data16 fnsave (%0)" :: "r"(a) : "memory"); break;
          case 8: __asm__ volatile("data16 fldenv (%0)" :: "r"(a) : "memory"); break;
          case 9: __asm__ volatile("data16 frstor (%0)" :: "r"(a) : "memory"); break;
          case 1: __asm__ volatile("fnstenv (%0)" :: "r"(a) : "memory"); break;
          case 2: __asm__ volatile("fnsave (%0); frstor (%0)" :: "r"(a) : "memory"); break;
          case 3: __asm__ volatile("fxsave64 (%0)" :: "r"(a) : "memory"); break;
          case 4: __asm__ volatile("fldenv (%0)" :: "r"(a) : "memory"); break;
          case 5: __asm__ volatile("frstor (%0)" :: "r"(a) : "memory"); break;
          case 6: __asm__ volatile("fxrstor64 (%0)" :: "r"(a) : "memory"); break;
        }
      }
      __asm__ volatile("fninit");
      printf(" %3d:%s%ld", offs[j], fault ? "+" : "none", fault ? (long)(fault - edge) : 0L);
    }
    printf("\n");
  }
  return 0;
}
