/* Alignment checking as Linux gives it to a program that sets RFLAGS.AC (it keeps CR0.AM set): a
   data access not aligned to its size is #AC, SIGBUS with si_code BUS_ADRALN, si_addr 0, trap
   number 17, error code 0, RIP at the instruction and AC still set in the saved flags. Scalars,
   stack slots and string elements of 2, 4 and 8 bytes; every 128-bit SSE operand (MOVUPS too) 16;
   80-bit x87 and BCD operands 8; the x87 environment and save area 4; bytes never; MOVAPS, MOVNTDQ,
   FXSAVE and CMPXCHG16B misaligned are #GP (SIGSEGV) first; LEA, PREFETCH and CLFLUSH touch no
   data. The handler runs on an alternate stack (a fault with RSP misaligned into the data must not
   have its frame written there), clears AC and resumes after the case. A child forked with AC
   set checks from its first instruction. */
#define _GNU_SOURCE
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <ucontext.h>
#include <sys/wait.h>
#include <unistd.h>
#include <stdlib.h>
char buf[1024] __attribute__((aligned(64))); /* FXSAVE stores 512 bytes */
char dst[256] __attribute__((aligned(64)));
static volatile uint64_t saved_rsp, resume, frip, fsig, fcode, faddr, ftrap, ferr, fac, nfaults;
static void handler(int s, siginfo_t *si, void *uc_) {
    __asm__ volatile("pushf; andl $~0x40000, (%%rsp); popf" ::: "memory", "cc");
    ucontext_t *uc = uc_;
    frip = uc->uc_mcontext.gregs[REG_RIP]; fsig = s; fcode = si->si_code; faddr = (uint64_t)si->si_addr;
    ftrap = uc->uc_mcontext.gregs[REG_TRAPNO]; ferr = uc->uc_mcontext.gregs[REG_ERR];
    fac = (uc->uc_mcontext.gregs[REG_EFL] >> 18) & 1; nfaults++;
    uc->uc_mcontext.gregs[REG_EFL] &= ~0x40000L;
    uc->uc_mcontext.gregs[REG_RIP] = resume;
    uc->uc_mcontext.gregs[REG_RSP] = saved_rsp;
}
#define SETAC "pushf; orl $0x40000, (%%rsp); popf\n"
#define CLRAC "pushf; andl $~0x40000, (%%rsp); popf\n"
#define CASE(name, setup, insn) do { \
    extern char l_##name[], r_##name[]; resume = (uint64_t)r_##name; fsig = 0; \
    __asm__ volatile("mov %%rsp, saved_rsp(%%rip)\n" setup "lea buf(%%rip), %%rsi; lea dst(%%rip), %%rdi; mov $2, %%ecx\n" SETAC "l_" #name ": " insn "\n" CLRAC "r_" #name ":\n" \
        ::: "rax", "rcx", "rdx", "rsi", "rdi", "memory", "cc", "xmm0"); \
    if (fsig) printf("%-14s sig %d code %d addr %s trapno %d err %d ac %d at label %d\n", #name, (int)fsig, (int)fcode, faddr ? "set" : "null", (int)ftrap, (int)ferr, (int)fac, frip == (uint64_t)l_##name + 0); \
    else printf("%-14s no fault\n", #name); } while (0)
int main(void) {
    setvbuf(stdout, 0, _IONBF, 0);
    stack_t ss; ss.ss_sp = malloc(1 << 16); ss.ss_size = 1 << 16; ss.ss_flags = 0; sigaltstack(&ss, 0);
    struct sigaction sa; memset(&sa, 0, sizeof sa); sa.sa_sigaction = handler; sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigaction(SIGBUS, &sa, 0); sigaction(SIGSEGV, &sa, 0);
    CASE(mov32_4, "", "movl 4(%%rsi), %%eax");
    CASE(mov64_4, "", "movq 4(%%rsi), %%rax");
    CASE(mov64_8, "", "movq 8(%%rsi), %%rax");
    CASE(mov16_1, "", "movw 1(%%rsi), %%ax");
    CASE(mov8_1, "", "movb 1(%%rsi), %%al");
    CASE(st32_2, "", "movl %%eax, 2(%%rsi)");
    CASE(movups_1, "", "movups 1(%%rsi), %%xmm0");
    CASE(movups_8, "", "movups 8(%%rsi), %%xmm0");
    CASE(movdqu_4, "", "movdqu 4(%%rsi), %%xmm0");
    CASE(movupsst_8, "", "movups %%xmm0, 8(%%rsi)");
    CASE(movq_x4, "", "movq 4(%%rsi), %%xmm0");
    CASE(movd_x2, "", "movd 2(%%rsi), %%xmm0");
    CASE(addsd_4, "", "addsd 4(%%rsi), %%xmm0");
    CASE(lddqu_8, "", "lddqu 8(%%rsi), %%xmm0");
    CASE(pinsrw_1, "", "pinsrw $1, 1(%%rsi), %%xmm0");
    CASE(fldt_4, "", "fldt 4(%%rsi); fstp %%st(0)");
    CASE(fldt_8, "", "fldt 8(%%rsi); fstp %%st(0)");
    CASE(fldt_2, "", "fldt 2(%%rsi); fstp %%st(0)");
    CASE(flds_2, "", "flds 2(%%rsi); fstp %%st(0)");
    CASE(fldl_4, "", "fldl 4(%%rsi); fstp %%st(0)");
    CASE(filds_1, "", "filds 1(%%rsi); fstp %%st(0)");
    CASE(fnstcw_1, "", "fnstcw 1(%%rsi)");
    CASE(fnstsw_1, "", "fnstsw 1(%%rsi)");
    CASE(fnstenv_2, "", "fnstenv 2(%%rsi); fldenv 2(%%rsi)");
    CASE(fnstenv_4, "", "fnstenv 4(%%rsi); fldenv 4(%%rsi)");
    CASE(fxsave_8, "", "fxsave 8(%%rsi)");
    CASE(fxsave_0, "", "fxsave 0(%%rsi)");
    CASE(push_misal, "", "mov %%rsp, %%rdx; sub $4, %%rsp; push %%rax; mov %%rdx, %%rsp");
    CASE(pop_misal, "", "mov %%rsp, %%rdx; sub $12, %%rsp; pop %%rax; mov %%rdx, %%rsp");
    CASE(call_misal, "", "mov %%rsp, %%rdx; sub $4, %%rsp; call 1f; 1: mov %%rdx, %%rsp");
    CASE(lockcx_2, "", "lock cmpxchgl %%ecx, 2(%%rsi)");
    CASE(xchg_2, "", "xchgl %%ecx, 2(%%rsi)");
    CASE(lockxadd_4, "", "lock xaddq %%rcx, 4(%%rsi)");
    CASE(cx16_8, "", "xor %%eax,%%eax; xor %%edx,%%edx; cmpxchg16b 8(%%rsi)");
    CASE(movsw_1, "", "inc %%rsi; rep movsw");
    CASE(movsw_d1, "", "inc %%rdi; rep movsw");
    CASE(movsq_4, "", "add $4, %%rsi; rep movsq");
    CASE(movsb_1, "", "inc %%rsi; rep movsb");
    CASE(stosd_2, "", "add $2, %%rdi; rep stosl");
    CASE(cmpsw_1, "", "inc %%rsi; repe cmpsw");
    CASE(lodsq_4, "", "add $4, %%rsi; lodsq");
    CASE(scasd_2, "", "add $2, %%rdi; scasl");
    CASE(movbe_2, "", "movbe 2(%%rsi), %%eax");
    CASE(btm_1, "", "bt %%ecx, 1(%%rsi)");
    CASE(btsm_2, "", "btsl $3, 2(%%rsi)");
    CASE(cvtsi_2, "", "cvtsi2sdl 2(%%rsi), %%xmm0");
    CASE(addm_4, "", "addq $1, 4(%%rsi)");
    CASE(cmov_4, "", "cmovzq 4(%%rsi), %%rax");
    CASE(setcc_1, "", "setz 1(%%rsi)");
    CASE(jmpm_4, "lea 1f(%%rip), %%rax; mov %%rax, 4+buf(%%rip)\n", "jmp *4(%%rsi); 1:");
    CASE(pushm_4, "", "pushq 4(%%rsi); pop %%rax");
    CASE(lea_1, "", "lea 1(%%rsi), %%rax");
    CASE(prefetch_1, "", "prefetcht0 1(%%rsi)");
    CASE(clflush_1, "", "clflush 1(%%rsi)");
    CASE(xlat_1, "", "lea 1(%%rsi), %%rbx; xlat");
    CASE(movnti_4, "", "movnti %%rax, 4(%%rsi)");
    CASE(movntdq_8, "", "movntdq %%xmm0, 8(%%rsi)");
    CASE(pxor_reg, "", "pxor %%xmm0,%%xmm0");
    CASE(movsd_x4, "", "movsd 4(%%rsi), %%xmm0");
    CASE(movhps_4, "", "movhps 4(%%rsi), %%xmm0");
    CASE(fisttp_2, "", "fldz; fisttpl 2(%%rsi)");
    CASE(fbld_1, "", "fbld 1(%%rsi); fstp %%st(0)");
    CASE(fbld_8, "", "fbld 8(%%rsi); fstp %%st(0)");
    CASE(fbld_2, "", "fbld 2(%%rsi); fstp %%st(0)");
    CASE(ldmxcsr_2, "", "stmxcsr 2(%%rsi); ldmxcsr 2(%%rsi)");
    CASE(fnsave_4, "", "fnsave 4(%%rsi); frstor 4(%%rsi)");
    CASE(fnsave_2, "", "fnsave 2(%%rsi); frstor 2(%%rsi)");
    CASE(fstpt_4, "", "fldz; fstpt 4(%%rsi)");
    CASE(fistll_4, "", "fldz; fistpll 4(%%rsi)");
    CASE(fbstp_2, "", "fldz; fbstp 2(%%rsi)");
    CASE(fbstp_8, "", "fldz; fbstp 8(%%rsi)");
    CASE(pushw_misal, "", "mov %%rsp, %%rdx; sub $1, %%rsp; pushw $1; mov %%rdx, %%rsp");
    CASE(ret_misal, "lea 1f(%%rip), %%rax; mov %%rax, buf+4(%%rip)\n", "lea buf+4(%%rip), %%rsp; ret; 1:");
    CASE(enter_mis, "", "mov %%rsp, %%rdx; sub $4, %%rsp; enter $0, $0; leave; mov %%rdx, %%rsp");
    CASE(pushf_mis, "", "mov %%rsp, %%rdx; sub $4, %%rsp; pushf; mov %%rdx, %%rsp");
    CASE(mmx_movq_4, "", "movq 4(%%rsi), %%mm0; emms");
    CASE(paddb_mm4, "", "paddb 4(%%rsi), %%mm0; emms");
    CASE(movlps_4, "", "movlps 4(%%rsi), %%xmm0");
    CASE(pextrw_st1, "", "pextrw $1, %%xmm0, 1(%%rsi)");
    CASE(crc32_2, "", "crc32l 2(%%rsi), %%eax");
    CASE(popcnt_2, "", "popcntl 2(%%rsi), %%eax");
    CASE(stmxcsr_2, "", "stmxcsr 2(%%rsi)");
    CASE(nop, "", "nop");
    printf("faults %d\n", (int)nfaults);

    /* A child forked with AC set checks from its first instruction: the raw fork returns into the
       misaligned load with AC still set in both processes. The child reports what it got through
       its exit status; the parent's own load faults as before. */
    fflush(stdout);
    long pid;
    extern char r_fork[];
    resume = (uint64_t)r_fork;
    fsig = 0;
    __asm__ volatile("mov %%rsp, saved_rsp(%%rip)\n" SETAC "mov $57, %%eax; syscall; mov %%rax, %%rdx; movq buf+4(%%rip), %%rcx\n" CLRAC
                     "r_fork: mov %%rdx, %0" : "=r"(pid) :: "rax", "rcx", "rdx", "r11", "memory", "cc");
    if (pid == 0) {
        _exit(fsig == 7 && fcode == 1 && ftrap == 17 ? 42 : 1);
    }
    int status = 0;
    waitpid((pid_t)pid, &status, 0);
    printf("fork: parent sig %d code %d trapno %d; child exit %d\n", (int)fsig, (int)fcode, (int)ftrap,
           WIFEXITED(status) ? WEXITSTATUS(status) : -1);
    return 0;
}
