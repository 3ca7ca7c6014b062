/*
 * ring3's differential tester, native side (dev.ring3.difftest.NativeHarness builds and runs it).
 *
 * Reads a batch of cases from argv[1] and writes one result per case to argv[2]. For each case
 * it copies the instruction bytes to a fixed code page followed by a jump back here, loads the
 * x87/SSE state with FXRSTOR64, RFLAGS and all sixteen general registers (RSP included) from the
 * case, runs the bytes, and stores registers, RFLAGS, an FXSAVE64 image and the data window.
 * SIGSEGV, SIGBUS, SIGFPE, SIGILL and SIGTRAP are caught on an alternate stack and reported with
 * si_addr and the registers of the signal frame; a case running longer than two seconds is
 * reported as SIGALRM. The addresses below are Layout.java's; both sides use the same ones, so
 * RIP-relative operands and pushed return addresses agree.
 *
 * Input:  "R3DT" u32 version u32 count, then per case: u32 len, u8 code[60], u64 gpr[16]
 *         (x86 order), u64 rflags, u8 fxsave[512], u8 window[1024].
 * Output: per case: i32 signo, i32 si_code, u64 si_addr, u64 rip, u64 gpr[16], u64 rflags,
 *         u8 fxsave[512], u8 window[1024], u64 fnv1a(the data page below the window).
 *
 * By hand: gcc -O1 -fno-stack-protector -o harness harness.c && ./harness cases.bin results.bin
 */
#define _GNU_SOURCE
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/mman.h>
#include <ucontext.h>
#include <unistd.h>

#define CODE 0x60000000UL
#define DATA 0x60010000UL
#define WINDOW_OFF 3072
#define WINDOW 1024
#define STATE 0x60040000UL
#define CODE_MAX 60

__asm__(
    ".set S_GPR, 0x60040000\n"
    ".set S_FLAGS, 0x60040080\n"
    ".set S_HOSTSP, 0x60040088\n"
    ".set S_ENTRY, 0x60040090\n"
    ".set S_HOSTFS, 0x60040098\n"
    ".set S_FSGS, 0x600400A0\n"
    ".set S_FX, 0x60040200\n"
    ".set S_OUT, 0x60040400\n"
    ".set S_OUTFLAGS, 0x60040480\n"
    ".set S_OUTFX, 0x60040600\n"
    ".text\n"
    ".globl run_case\n"
    "run_case:\n"
    "  push %rbx\n  push %rbp\n  push %r12\n  push %r13\n  push %r14\n  push %r15\n"
    "  mov %rsp, S_HOSTSP\n"
    /* With FSGSBASE (AT_HWCAP2), the case runs with null FS and GS selectors and both bases 0, as
       ring3 starts it; the C library's thread pointer comes back in save_stub or the handler. */
    "  cmpb $0, S_FSGS\n  je 1f\n"
    "  rdfsbase %rax\n  mov %rax, S_HOSTFS\n"
    "  xor %eax, %eax\n  mov %eax, %fs\n  wrfsbase %rax\n  mov %eax, %gs\n  wrgsbase %rax\n"
    "1:\n"
    "  fxrstor64 S_FX\n"
    "  pushq S_FLAGS\n  popfq\n"
    "  mov S_GPR+8, %rcx\n  mov S_GPR+16, %rdx\n  mov S_GPR+24, %rbx\n"
    "  mov S_GPR+40, %rbp\n  mov S_GPR+48, %rsi\n  mov S_GPR+56, %rdi\n"
    "  mov S_GPR+64, %r8\n  mov S_GPR+72, %r9\n  mov S_GPR+80, %r10\n  mov S_GPR+88, %r11\n"
    "  mov S_GPR+96, %r12\n  mov S_GPR+104, %r13\n  mov S_GPR+112, %r14\n  mov S_GPR+120, %r15\n"
    "  mov S_GPR+32, %rsp\n"
    "  mov S_GPR+0, %rax\n"
    "  jmp *S_ENTRY\n"
    ".globl save_stub\n"
    "save_stub:\n"
    "  mov %rax, S_OUT+0\n  mov %rcx, S_OUT+8\n  mov %rdx, S_OUT+16\n  mov %rbx, S_OUT+24\n"
    "  mov %rsp, S_OUT+32\n  mov %rbp, S_OUT+40\n  mov %rsi, S_OUT+48\n  mov %rdi, S_OUT+56\n"
    "  mov %r8, S_OUT+64\n  mov %r9, S_OUT+72\n  mov %r10, S_OUT+80\n  mov %r11, S_OUT+88\n"
    "  mov %r12, S_OUT+96\n  mov %r13, S_OUT+104\n  mov %r14, S_OUT+112\n  mov %r15, S_OUT+120\n"
    "  mov S_HOSTSP, %rsp\n"
    "  pushfq\n  popq S_OUTFLAGS\n"
    "  cmpb $0, S_FSGS\n  je 1f\n"
    "  mov S_HOSTFS, %rax\n  wrfsbase %rax\n"
    "1:\n"
    "  fxsave64 S_OUTFX\n"
    "  cld\n"
    "  pop %r15\n  pop %r14\n  pop %r13\n  pop %r12\n  pop %rbp\n  pop %rbx\n"
    "  ret\n");

void run_case(void);
void save_stub(void);

#pragma pack(push, 1)
struct in_case {
    uint32_t len;
    uint8_t code[CODE_MAX];
    uint64_t gpr[16];
    uint64_t rflags;
    uint8_t fx[512];
    uint8_t window[WINDOW];
};
struct out_case {
    int32_t signo, code;
    uint64_t addr, rip;
    uint64_t gpr[16];
    uint64_t rflags;
    uint8_t fx[512];
    uint8_t window[WINDOW];
    uint64_t low_hash;
};
#pragma pack(pop)

struct state {
    uint64_t gpr[16];          /* 0x000 */
    uint64_t rflags;           /* 0x080 */
    uint64_t host_sp;          /* 0x088 */
    uint64_t entry;            /* 0x090 */
    uint64_t host_fs;          /* 0x098 */
    uint8_t fsgs;              /* 0x0A0 */
    uint8_t pad1[0x200 - 0xA1];
    uint8_t fx[512];           /* 0x200 */
    uint64_t out_gpr[16];      /* 0x400 */
    uint64_t out_rflags;       /* 0x480 */
    uint8_t pad2[0x600 - 0x488];
    uint8_t out_fx[512];       /* 0x600 */
};

static struct state *const S = (struct state *) STATE;
static sigjmp_buf env;
static struct out_case out;

/* ucontext gregs index for each register in x86 order (RAX, RCX, RDX, RBX, RSP, RBP, RSI, RDI, R8..R15). */
static const int GREG[16] = {REG_RAX, REG_RCX, REG_RDX, REG_RBX, REG_RSP, REG_RBP, REG_RSI, REG_RDI,
                             REG_R8, REG_R9, REG_R10, REG_R11, REG_R12, REG_R13, REG_R14, REG_R15};

static void on_signal(int sig, siginfo_t *si, void *ctx) {
    /* The case may have left FS with base 0 (or another): restore the thread pointer before any C
       library code (siglongjmp demangles through it). Compiled without a stack protector, which
       would read the canary through FS before this line. */
    if (S->fsgs) {
        __asm__ volatile("wrfsbase %0" :: "r"(S->host_fs));
    }
    ucontext_t *uc = ctx;
    out.signo = sig;
    out.code = si->si_code;
    out.addr = (uint64_t) si->si_addr;
    if (sig != SIGALRM) {
        out.rip = uc->uc_mcontext.gregs[REG_RIP];
        for (int n = 0; n < 16; n++) {
            out.gpr[n] = uc->uc_mcontext.gregs[GREG[n]];
        }
        out.rflags = uc->uc_mcontext.gregs[REG_EFL];
        if (uc->uc_mcontext.fpregs) {
            memcpy(out.fx, uc->uc_mcontext.fpregs, 512);
        }
    }
    siglongjmp(env, 1);
}

static void *map_fixed(uint64_t addr, size_t len, int prot) {
    void *p = mmap((void *) addr, len, prot, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
    if (p != (void *) addr) {
        fprintf(stderr, "harness: cannot map 0x%lx\n", (unsigned long) addr);
        exit(2);
    }
    return p;
}

static uint64_t fnv1a(const uint8_t *p, size_t n) {
    uint64_t h = 0xcbf29ce484222325ULL;
    for (size_t i = 0; i < n; i++) {
        h = (h ^ p[i]) * 0x100000001b3ULL;
    }
    return h;
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: harness CASES RESULTS\n");
        return 2;
    }
    FILE *in = fopen(argv[1], "rb");
    FILE *o = fopen(argv[2], "wb");
    if (!in || !o) {
        perror("harness");
        return 2;
    }
    char magic[4];
    uint32_t version, count;
    if (fread(magic, 4, 1, in) != 1 || memcmp(magic, "R3DT", 4) != 0 || fread(&version, 4, 1, in) != 1
        || version != 1 || fread(&count, 4, 1, in) != 1) {
        fprintf(stderr, "harness: bad input header\n");
        return 2;
    }
    uint8_t *code = map_fixed(CODE, 4096, PROT_READ | PROT_WRITE | PROT_EXEC);
    map_fixed(DATA - 4096, 4096, PROT_NONE);
    uint8_t *data = map_fixed(DATA, 4096, PROT_READ | PROT_WRITE);
    map_fixed(DATA + 4096, 4096, PROT_NONE);
    map_fixed(STATE, 8192, PROT_READ | PROT_WRITE);
    S->fsgs = (getauxval(AT_HWCAP2) & 2) != 0; /* HWCAP2_FSGSBASE */

    static uint8_t altstack[1 << 16];
    stack_t ss = {.ss_sp = altstack, .ss_size = sizeof altstack, .ss_flags = 0};
    sigaltstack(&ss, NULL);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_signal;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER;
    sigemptyset(&sa.sa_mask);
    int sigs[] = {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGTRAP, SIGALRM};
    for (unsigned k = 0; k < sizeof sigs / sizeof sigs[0]; k++) {
        sigaction(sigs[k], &sa, NULL);
    }

    static struct in_case c;
    for (uint32_t k = 0; k < count; k++) {
        if (fread(&c, sizeof c, 1, in) != 1 || c.len > CODE_MAX) {
            fprintf(stderr, "harness: bad case %u\n", k);
            return 2;
        }
        memset(code, 0xCC, 128);
        memcpy(code, c.code, c.len);
        uint8_t *back = code + c.len; /* jmp *0(%rip) with the stub's address after it */
        back[0] = 0xFF;
        back[1] = 0x25;
        memset(back + 2, 0, 4);
        uint64_t stub = (uint64_t) save_stub;
        memcpy(back + 6, &stub, 8);
        memset(data, 0, WINDOW_OFF);
        memcpy(data + WINDOW_OFF, c.window, WINDOW);
        memcpy(S->gpr, c.gpr, sizeof c.gpr);
        S->rflags = c.rflags;
        S->entry = CODE;
        memcpy(S->fx, c.fx, 512);
        memset(S->out_fx, 0, 512);
        memset(&out, 0, sizeof out);

        /* A case may have loaded GS (MOV, POP): every case starts with the null selector Linux
           gives a process (its base stays 0, as ring3 assumes; glibc never uses GS). run_case
           does the same for FS where it can restore the thread pointer. */
        __asm__ volatile("mov %0, %%gs" :: "r"(0));
        alarm(2);
        if (sigsetjmp(env, 1) == 0) {
            run_case();
            out.rip = CODE + c.len;
            memcpy(out.gpr, S->out_gpr, sizeof out.gpr);
            out.rflags = S->out_rflags;
            memcpy(out.fx, S->out_fx, 512);
        }
        alarm(0);
        __asm__ volatile("fninit\n\tpushq $0x1f80\n\tldmxcsr (%%rsp)\n\tpopq %%rax\n\tcld" ::: "rax", "memory");
        memcpy(out.window, data + WINDOW_OFF, WINDOW);
        out.low_hash = fnv1a(data, WINDOW_OFF);
        if (fwrite(&out, sizeof out, 1, o) != 1) {
            perror("harness");
            return 2;
        }
    }
    return fclose(o) == 0 ? 0 : 2;
}
