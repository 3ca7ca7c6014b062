/* Flags (and results) the SDM leaves undefined, which differ between Intel and AMD: shifts and
   rotates by counts above 1 (by CL and by an immediate), SHLD/SHRD (16-bit counts 17..31 too),
   RCL/RCR by a multiple of 9 or 17, MUL/IMUL, DIV/IDIV, BSF/BSR. One FNV hash per form over
   random operands and input flags; the host CPU is the oracle, whichever vendor it is. */
#include <stdio.h>
#include <stdint.h>
#include "corpus.h"

#define N 3000
#define FLAGS 0x8d5ul /* OF SF ZF AF PF CF */

static uint64_t seed = 12345;
static uint64_t h;

static void mix(uint64_t v) {
    for (int i = 0; i < 8; i++) { h ^= (v >> (8 * i)) & 0xff; h *= 0x100000001b3ull; }
}

/* Runs INSN with %0 = a (in/out), %1 = flags (in/out), %2 = b in a register, rcx = count. */
#define FORM(name, insn, cnt) do {                                                                     \
        h = 0xcbf29ce484222325ull;                                                                     \
        for (int k = 0; k < N; k++) {                                                                  \
            uint64_t a = lcg_next(&seed) * 0x9E3779B97F4A7C15ull, b = lcg_next(&seed) << 9 ^ lcg_next(&seed); \
            uint64_t f = lcg_next(&seed) & FLAGS, c = (cnt);                                           \
            if (k % 7 == 0) a &= 0xff00ff;                                                             \
            if (k % 11 == 0) b = 0;                                                                    \
            __asm__ volatile("push %1; popf; " insn "; pushf; pop %1"                                  \
                             : "+r"(a), "+r"(f) : "r"(b), "c"(c) : "cc");                              \
            mix(a); mix(f & FLAGS);                                                                    \
        }                                                                                              \
        printf("%-28s %016llx\n", name, (unsigned long long)h);                                        \
    } while (0)

/* One-operand MUL/IMUL/DIV/IDIV: rdx:rax op b; DIV's dividend is made to fit. */
#define MULDIV(name, insn, isdiv) do {                                                                 \
        h = 0xcbf29ce484222325ull;                                                                     \
        for (int k = 0; k < N; k++) {                                                                  \
            uint64_t a = lcg_next(&seed) * 0x9E3779B97F4A7C15ull, b = lcg_next(&seed) | 1, d = 0;      \
            uint64_t f = lcg_next(&seed) & FLAGS;                                                      \
            if (k % 5 == 0) b &= 0xff;                                                                 \
            if (isdiv) { a &= 0x7fff; b |= 0x100; b &= 0x7fffffff; }                                   \
            __asm__ volatile("push %2; popf; " insn "; pushf; pop %2"                                  \
                             : "+a"(a), "+d"(d), "+r"(f) : "r"(b) : "cc");                             \
            mix(a); mix(d); mix(f & FLAGS);                                                            \
        }                                                                                              \
        printf("%-28s %016llx\n", name, (unsigned long long)h);                                        \
    } while (0)

int main(void) {
    FORM("shl b,cl", "shlb %%cl, %b0", lcg_next(&seed) % 32);
    FORM("shr w,cl", "shrw %%cl, %w0", lcg_next(&seed) % 32);
    FORM("sar l,cl", "sarl %%cl, %k0", lcg_next(&seed) % 32);
    FORM("shl q,cl", "shlq %%cl, %q0", lcg_next(&seed) % 64);
    FORM("shl l,3", "shll $3, %k0", 0);
    FORM("shr q,9", "shrq $9, %q0", 0);
    FORM("rol b,cl", "rolb %%cl, %b0", lcg_next(&seed) % 32);
    FORM("ror w,cl", "rorw %%cl, %w0", lcg_next(&seed) % 32);
    FORM("rol l,cl", "roll %%cl, %k0", lcg_next(&seed) % 32);
    FORM("ror q,cl", "rorq %%cl, %q0", lcg_next(&seed) % 64);
    FORM("rol b,2", "rolb $2, %b0", 0);
    FORM("ror b,8", "rorb $8, %b0", 0);
    FORM("rol w,9", "rolw $9, %w0", 0);
    FORM("ror l,1", "rorl $1, %k0", 0);
    FORM("rol l,5", "roll $5, %k0", 0);
    FORM("ror l,33 (count 1)", "rorl $33, %k0", 0);
    FORM("rol q,40", "rolq $40, %q0", 0);
    FORM("ror q,63", "rorq $63, %q0", 0);
    {
        static uint64_t m[2];
        h = 0xcbf29ce484222325ull;
        for (int k = 0; k < N; k++) {
            uint64_t f = lcg_next(&seed) & FLAGS, g = f, e = f;
            m[0] = lcg_next(&seed) * 0x9E3779B97F4A7C15ull;
            m[1] = lcg_next(&seed) * 0x9E3779B97F4A7C15ull;
            __asm__ volatile("push %0; popf; rolb $5, (%2); pushf; pop %0" : "+r"(g) : "r"(m), "r"(m) : "cc", "memory");
            __asm__ volatile("push %0; popf; rorl $14, 8(%1); pushf; pop %0" : "+r"(e) : "r"(m) : "cc", "memory");
            mix(m[0]); mix(m[1]); mix(g & FLAGS); mix(e & FLAGS);
        }
        printf("%-28s %016llx\n", "rol/ror memory,imm", (unsigned long long)h);
    }
    FORM("rcl b,cl", "rclb %%cl, %b0", lcg_next(&seed) % 32);
    FORM("rcr w,cl", "rcrw %%cl, %w0", lcg_next(&seed) % 32);
    FORM("rcl b,9", "rclb $9, %b0", 0);
    FORM("rcr w,17", "rcrw $17, %w0", 0);
    FORM("rcl l,cl", "rcll %%cl, %k0", lcg_next(&seed) % 32);
    FORM("rcr q,5", "rcrq $5, %q0", 0);
    FORM("shld w,cl", "shldw %%cl, %w2, %w0", lcg_next(&seed) % 32);
    FORM("shrd w,cl", "shrdw %%cl, %w2, %w0", lcg_next(&seed) % 32);
    FORM("shld w,cl 17..31", "shldw %%cl, %w2, %w0", 17 + lcg_next(&seed) % 15);
    FORM("shrd w,cl 17..31", "shrdw %%cl, %w2, %w0", 17 + lcg_next(&seed) % 15);
    FORM("shld w,20", "shldw $20, %w2, %w0", 0);
    FORM("shrd w,29", "shrdw $29, %w2, %w0", 0);
    FORM("shld w,16", "shldw $16, %w2, %w0", 0);
    FORM("shld l,cl", "shldl %%cl, %k2, %k0", lcg_next(&seed) % 32);
    FORM("shrd l,7", "shrdl $7, %k2, %k0", 0);
    FORM("shld q,cl", "shldq %%cl, %q2, %q0", lcg_next(&seed) % 64);
    FORM("shrd q,cl", "shrdq %%cl, %q2, %q0", lcg_next(&seed) % 64);
    FORM("bsf w", "bsfw %w2, %w0", 0);
    FORM("bsr l", "bsrl %k2, %k0", 0);
    FORM("bsf q", "bsfq %q2, %q0", 0);
    FORM("imul l,l", "imull %k2, %k0", 0);
    FORM("imul q,q", "imulq %q2, %q0", 0);
    FORM("imul w,w,imm", "imulw $0x1234, %w2, %w0", 0);
    MULDIV("mul b", "mulb %b3", 0);
    MULDIV("imul b", "imulb %b3", 0);
    MULDIV("mul w", "mulw %w3", 0);
    MULDIV("imul l", "imull %k3", 0);
    MULDIV("mul q", "mulq %q3", 0);
    MULDIV("imul q", "imulq %q3", 0);
    MULDIV("div w", "divw %w3", 1);
    MULDIV("idiv l", "idivl %k3", 1);
    MULDIV("div q", "divq %q3", 1);
    return 0;
}
