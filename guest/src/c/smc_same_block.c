/* Self-modifying code inside one basic block: a store into the instructions that follow it takes
   effect at the very next instruction, as on the host (the CPU snoops its own stores). Each
   routine is hand-assembled into an RWX mapping and run twenty times; under
   --jit=all each is translated at its first run, so the translation must notice the store too. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include "corpus.h"

typedef long (*fn)(long);

/* mov byte [rip+1], dil ; mov eax, 1 ; ret  -- the store patches the MOV's immediate. */
static const unsigned char patch_next[] = {
    0x40, 0x88, 0x3d, 0x01, 0x00, 0x00, 0x00, /* mov [rip+1], dil */
    0xb8, 0x01, 0x00, 0x00, 0x00,             /* mov eax, 1 (imm byte 0 patched) */
    0xc3};

/* Turns two NOPs later in the block into INC EAX (FF C0) with a 16-bit store, then adds. */
static const unsigned char patch_later[] = {
    0x31, 0xc0,                                     /* xor eax, eax */
    0x66, 0x89, 0x3d, 0x06, 0x00, 0x00, 0x00,       /* mov [rip+6], di: the NOPs */
    0x83, 0xc0, 0x07,                               /* add eax, 7 */
    0x48, 0x01, 0xf8,                               /* add rax, rdi */
    0x90, 0x90,                                     /* nop; nop  -> patched */
    0xc3};

/* A loop whose body rewrites the immediate of its own first instruction: round i adds i. */
static const unsigned char loop_rewrites_itself[] = {
    0x31, 0xc0,                         /* xor eax, eax */
    0x31, 0xc9,                         /* xor ecx, ecx */
    /* top: */
    0x83, 0xc0, 0x00,                   /* add eax, imm8 (patched each round) */
    0xff, 0xc1,                         /* inc ecx */
    0x88, 0x0d, 0xf7, 0xff, 0xff, 0xff, /* mov [rip-9], cl: the imm8 above */
    0x39, 0xf9,                         /* cmp ecx, edi */
    0x75, 0xf1,                         /* jne top */
    0xc3};

/* Stores into the block that follows (another page), then falls through into it. */
static const unsigned char patch_across_page_head[] = {
    0x89, 0x3d, 0x00, 0x00, 0x00, 0x00, /* mov [rip+disp32], edi (disp set at run time) */
    0xe9, 0x00, 0x00, 0x00, 0x00};      /* jmp rel32 (set at run time) */
static const unsigned char patch_across_page_tail[] = {
    0xb8, 0x00, 0x00, 0x00, 0x00, /* mov eax, imm32 (patched) */
    0xc3};

static long run_rounds(const char *name, unsigned char *code, const unsigned char *src, size_t len, int rounds,
                       long (*arg)(int)) {
    long total = 0;
    for (int r = 0; r < rounds; r++) {
        memcpy(code, src, len);
        long v = ((fn)code)(arg(r));
        total += v;
        if (r < 3) printf("%s round %d: %ld\n", name, r, v);
    }
    printf("%s total %ld\n", name, total);
    return total;
}

static long small(int r) { return 0x20 + r % 50; }
static long nop_pair(int r) { return r % 2 ? 0xc0ff : 0x9090; } /* inc eax, or leave the NOPs */
static long count(int r) { return 1 + r % 12; }

int main(void) {
    unsigned char *code = mmap(0, 3 * 4096, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (code == MAP_FAILED) return 1;
    int rounds = OPAQUE(20);
    run_rounds("patch_next", code, patch_next, sizeof patch_next, rounds, small);
    run_rounds("patch_later", code, patch_later, sizeof patch_later, rounds, nop_pair);
    run_rounds("loop_rewrites_itself", code, loop_rewrites_itself, sizeof loop_rewrites_itself, rounds, count);

    /* The head ends 8 bytes before a page boundary; the tail starts on the next page. */
    unsigned char *head = code + 4096 - sizeof patch_across_page_head, *tail = code + 4096;
    long total = 0;
    for (int r = 0; r < rounds; r++) {
        memcpy(head, patch_across_page_head, sizeof patch_across_page_head);
        memcpy(tail, patch_across_page_tail, sizeof patch_across_page_tail);
        int32_t disp = (int32_t)((tail + 1) - (head + 6));
        int32_t rel = (int32_t)(tail - (head + sizeof patch_across_page_head));
        memcpy(head + 2, &disp, 4);
        memcpy(head + 7, &rel, 4);
        long v = ((fn)head)(r * 3 + 1);
        total += v;
        if (r < 3) printf("patch_across_page round %d: %ld\n", r, v);
    }
    printf("patch_across_page total %ld\n", total);
    return 0;
}
