/* MXCSR's bit 17, MM (AMD's misaligned SSE mode): FXSAVE's MXCSR_MASK says whether it can be set;
   on the AMD host it can, is kept by STMXCSR, FXSAVE and FXRSTOR, and changes nothing: misaligned
   MOVAPS and ADDPS still fault. Bit 18 is #GP everywhere. */
#define _GNU_SOURCE
#include <signal.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdint.h>
#include <string.h>
static sigjmp_buf jb; static int sig;
static void h(int s) { sig = s; siglongjmp(jb, 1); }
static char buf[64] __attribute__((aligned(16)));
static char area[512] __attribute__((aligned(16)));
#define TRY(name, code) do { sig = 0; if (!sigsetjmp(jb, 1)) { code; } printf("%-34s %s\n", name, sig ? (sig == SIGSEGV ? "SIGSEGV" : "signal") : "ok"); } while (0)
int main(void) {
  signal(SIGSEGV, h); signal(SIGBUS, h);
  uint32_t mx = 0, mask, mm = 0x1f80 | (1u << 17), def = 0x1f80, bad = 0x1f80 | (1u << 18);
  char *p = buf + 1;
  __asm__ volatile("fxsave %0" : "=m"(area));
  memcpy(&mask, area + 28, 4);
  printf("FXSAVE's MXCSR_MASK %#x\n", mask);
  TRY("ldmxcsr of bit 18", __asm__ volatile("ldmxcsr %0" :: "m"(bad)));
  TRY("ldmxcsr of bit 17 (MM)", __asm__ volatile("ldmxcsr %0" :: "m"(mm)));
  __asm__ volatile("stmxcsr %0" : "=m"(mx)); printf("stmxcsr %#x\n", mx);
  __asm__ volatile("fxsave %0" : "=m"(area));
  memcpy(&mx, area + 24, 4); printf("fxsave's mxcsr %#x\n", mx);
  TRY("movaps misaligned load, MM set", __asm__ volatile("movaps (%0), %%xmm0" :: "r"(p) : "xmm0"));
  TRY("movaps misaligned store, MM set", __asm__ volatile("movaps %%xmm0, (%0)" :: "r"(p) : "memory"));
  TRY("addps misaligned m128, MM set", __asm__ volatile("addps (%0), %%xmm0" :: "r"(p) : "xmm0"));
  TRY("movups misaligned, MM set", __asm__ volatile("movups (%0), %%xmm0" :: "r"(p) : "xmm0"));
  volatile float f = 1.5f; float g = f * 3.0f; printf("arithmetic with MM set: %g\n", g);
  area[24] = (char)0x80; area[25] = 0x1f; area[26] = 2; area[27] = 0; /* FXRSTOR with MM */
  TRY("fxrstor with MM", __asm__ volatile("fxrstor %0" :: "m"(area)));
  __asm__ volatile("stmxcsr %0" : "=m"(mx)); printf("stmxcsr %#x\n", mx);
  __asm__ volatile("ldmxcsr %0" :: "m"(def));
  TRY("addps misaligned, MM clear", __asm__ volatile("addps (%0), %%xmm0" :: "r"(p) : "xmm0"));
  return 0;
}
