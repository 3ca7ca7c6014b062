/* The x87, MMX and SSE state across a signal: the frame's fpstate (uc_mcontext.fpregs, the FXSAVE
   image the kernel writes) holds the interrupted code's x87 stack, tags, MMX registers, XMM
   registers and MXCSR; the handler starts with the initial FPU state (FNINIT's control word, empty
   stack, MXCSR 0x1F80, zero XMM registers); whatever the handler does to the FPU is undone by
   sigreturn, and what it writes into the frame's fpstate is what the interrupted code gets back.
   The fpstate is read at its byte offsets (SDM Vol. 1 Table 10-2), so glibc and musl agree. */
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <ucontext.h>
#include <unistd.h>
#include <sys/syscall.h>
#include "corpus.h"

static int round_no;

static void print_image(const char *who, const unsigned char *f) {
    uint16_t fcw, fsw, fop;
    uint32_t mxcsr, mask;
    uint64_t fip, fdp;
    memcpy(&fcw, f, 2);
    memcpy(&fsw, f + 2, 2);
    memcpy(&fop, f + 6, 2);
    memcpy(&fip, f + 8, 8);
    memcpy(&fdp, f + 16, 8);
    memcpy(&mxcsr, f + 24, 4);
    memcpy(&mask, f + 28, 4);
    /* MXCSR_MASK's low 16 bits only: an AMD host also reports its misaligned-SSE bit (17). */
    /* FIP and FDP: whether they are set (an Intel host stores the last x87 instruction's, and FDP
       may be a stack address, which ASLR moves). */
    printf("%s: fcw %04x fsw %04x ftw %02x %02x fop %04x fip %s fdp %s mxcsr %08x mask %04x\n", who, fcw, fsw,
           f[4], f[5], fop, fip ? "set" : "0", fdp ? "set" : "0", mxcsr, mask & 0xFFFF);
    for (int i = 0; i < 8; i++) {
        const unsigned char *s = f + 32 + 16 * i;
        uint64_t man;
        uint16_t se;
        memcpy(&man, s, 8);
        memcpy(&se, s + 8, 2);
        int reserved = 0;
        for (int k = 10; k < 16; k++) reserved |= s[k];
        printf("  st%d %04x:%016llx%s", i, se, (unsigned long long)man, reserved ? " (reserved bytes set)" : "");
        if (i % 2 == 1) printf("\n");
    }
    for (int i = 0; i < 16; i++) {
        uint64_t lo, hi;
        memcpy(&lo, f + 160 + 16 * i, 8);
        memcpy(&hi, f + 168 + 16 * i, 8);
        printf("  xmm%-2d %016llx%016llx", i, (unsigned long long)hi, (unsigned long long)lo);
        if (i % 2 == 1) printf("\n");
    }
}

static void handler(int sig, siginfo_t *si, void *ctx) {
    (void)sig;
    (void)si;
    ucontext_t *uc = ctx;
    unsigned char *f = (unsigned char *)uc->uc_mcontext.fpregs;
    unsigned char own[512] __attribute__((aligned(16)));
    memset(own, 0, sizeof own);
    __asm__ volatile("fxsave64 %0" : "=m"(own));
    printf("round %d\n", round_no);
    print_image("handler's own state", own);
    print_image("frame's fpstate", f);
    /* Ruin the FPU: sigreturn must put the interrupted code's state back. */
    uint32_t up = 0x5F80; /* round up */
    uint16_t cw = 0x0C7F; /* round toward zero, 64-bit precision */
    __asm__ volatile("fninit; fldpi; fldpi; fldpi; fldpi; fldcw %0; ldmxcsr %1" ::"m"(cw), "m"(up) : "memory");
    __asm__ volatile("pcmpeqd %%xmm0, %%xmm0; pcmpeqd %%xmm1, %%xmm1; pcmpeqd %%xmm7, %%xmm7; pcmpeqd %%xmm15, %%xmm15" ::
                         : "xmm0", "xmm1", "xmm7", "xmm15");
    if (round_no == 2) {
        /* Edit the frame: ST(0) becomes 3.0, XMM2's low quadword 0x5555..., MXCSR rounds down. */
        uint64_t three = 0xC000000000000000ull;
        uint16_t three_se = 0x4000;
        memcpy(f + 32, &three, 8);
        memcpy(f + 40, &three_se, 2);
        uint64_t fives = 0x5555555555555555ull;
        memcpy(f + 160 + 32, &fives, 8);
        uint32_t down = 0x3F80;
        memcpy(f + 24, &down, 4);
    }
}

/* A raw kill(getpid(), SIGUSR1) inside one asm statement with the state it checks, so that no
   compiled code runs between the state set up, the signal and the read-back. */
#define KILL_SELF "mov $39, %%eax; syscall; mov %%eax, %%edi; mov $10, %%esi; mov $62, %%eax; syscall;"
#define KILL_CLOBBERS "rax", "rdi", "rsi", "rcx", "r11", "memory"
/* Every XMM register to a known value first: libc leaves its own in them. */
#define ZERO_XMM "pxor %%xmm0, %%xmm0; pxor %%xmm1, %%xmm1; pxor %%xmm2, %%xmm2; pxor %%xmm3, %%xmm3;" \
    "pxor %%xmm4, %%xmm4; pxor %%xmm5, %%xmm5; pxor %%xmm6, %%xmm6; pxor %%xmm7, %%xmm7;" \
    "pxor %%xmm8, %%xmm8; pxor %%xmm9, %%xmm9; pxor %%xmm10, %%xmm10; pxor %%xmm11, %%xmm11;" \
    "pxor %%xmm12, %%xmm12; pxor %%xmm13, %%xmm13; pxor %%xmm14, %%xmm14; pxor %%xmm15, %%xmm15;"
#define XMM_CLOBBERS "xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5", "xmm6", "xmm7", "xmm8", "xmm9", \
    "xmm10", "xmm11", "xmm12", "xmm13", "xmm14", "xmm15"

int main(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = handler;
    sa.sa_flags = SA_SIGINFO;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGUSR1, &sa, 0);
    setvbuf(stdout, NULL, _IOFBF, 1 << 16);

    /* Round 1: three x87 values live, a non-default control word and MXCSR, XMM registers set. */
    round_no = 1;
    uint16_t cw = 0x027F, cw_after;
    uint32_t mx = 0x1F80 | 0x2000 | 0x0001, mx_after; /* round down, IE already set */
    uint64_t x0 = OPAQUE(0x1122334455667788ull), x15 = OPAQUE(0x99AABBCCDDEEFF00ull);
    uint64_t out0, out15;
    unsigned char sum[10];
    __asm__ volatile(ZERO_XMM "fldcw %[cw]; ldmxcsr %[mx]; movq %[x0], %%xmm0; movq %[x15], %%xmm15; pshufd $0x4E, %%xmm15, %%xmm15;"
                     "fldl2e; fld1; fldz;" KILL_SELF
                     "faddp; faddp; fstpt %[sum]; fnstcw %[cwa]; stmxcsr %[mxa]; movq %%xmm0, %[o0];"
                     "pshufd $0x4E, %%xmm15, %%xmm15; movq %%xmm15, %[o15]"
                     : [sum] "=m"(sum), [cwa] "=m"(cw_after), [mxa] "=m"(mx_after), [o0] "=&r"(out0), [o15] "=&r"(out15)
                     : [cw] "m"(cw), [mx] "m"(mx), [x0] "r"(x0), [x15] "r"(x15)
                     : XMM_CLOBBERS, KILL_CLOBBERS);
    printf("after round 1: sum ");
    for (int i = 9; i >= 0; i--) printf("%02x", sum[i]);
    printf(" fcw %04x mxcsr %08x xmm0 %016llx xmm15 %016llx\n", cw_after, mx_after, (unsigned long long)out0,
           (unsigned long long)out15);

    /* Round 2: the handler edits the frame; MMX registers live in the x87 slots. */
    round_no = 2;
    uint64_t mm = OPAQUE(0x0123456789ABCDEFull), mm_after, x2;
    unsigned char st0[10];
    uint16_t fsw_after;
    __asm__ volatile(ZERO_XMM "fninit; movq %[mm], %%mm3; emms; fld1; fld1;" KILL_SELF
                     "fstpt %[st0]; fstp %%st(0); fnstsw %[fsw]; stmxcsr %[mxa]; movq %%xmm2, %[x2]"
                     : [st0] "=m"(st0), [fsw] "=m"(fsw_after), [mxa] "=m"(mx_after), [x2] "=&r"(x2)
                     : [mm] "r"(mm)
                     : XMM_CLOBBERS, "mm3", KILL_CLOBBERS);
    printf("after round 2: st0 ");
    for (int i = 9; i >= 0; i--) printf("%02x", st0[i]);
    printf(" fsw %04x mxcsr %08x xmm2 %016llx\n", fsw_after, mx_after, (unsigned long long)x2);

    /* Round 3: MMX state at the signal (a register written by MMX: tag valid, exponent all ones). */
    round_no = 3;
    __asm__ volatile(ZERO_XMM "fninit; movq %[mm], %%mm5;" KILL_SELF "movq %%mm5, %[out]; emms"
                     : [out] "=&r"(mm_after)
                     : [mm] "r"(mm)
                     : XMM_CLOBBERS, "mm5", KILL_CLOBBERS);
    printf("after round 3: mm5 %016llx\n", (unsigned long long)mm_after);
    uint32_t dflt = 0x1F80;
    __asm__ volatile("ldmxcsr %0" ::"m"(dflt));
    return 0;
}
