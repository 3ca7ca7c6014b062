/* A tiny stack-machine interpreter whose dispatch switch compiles to a jump table (indirect JMP through memory),
   running a loop program (sum, factorial mod p, Collatz lengths), plus a lexer state machine. */
#include <stdio.h>
#include <stdint.h>
#include <ctype.h>

enum op { PUSH, POP, ADD, SUB, MUL, MOD, DUP, SWAP, OVER, JZ, JMP, LT, PRINT, HALT, DEC, ROT, NOP, DIV2, ODD };

static int64_t run(const int64_t *code) {
    int64_t st[64];
    int sp = 0, pc = 0;
    long steps = 0;
    for (;;) {
        steps++;
        switch ((enum op)code[pc++]) {
        case PUSH: st[sp++] = code[pc++]; break;
        case POP: sp--; break;
        case ADD: sp--; st[sp - 1] += st[sp]; break;
        case SUB: sp--; st[sp - 1] -= st[sp]; break;
        case MUL: sp--; st[sp - 1] *= st[sp]; break;
        case MOD: sp--; st[sp - 1] %= st[sp]; break;
        case DUP: st[sp] = st[sp - 1]; sp++; break;
        case SWAP: { int64_t t = st[sp - 1]; st[sp - 1] = st[sp - 2]; st[sp - 2] = t; } break;
        case OVER: st[sp] = st[sp - 2]; sp++; break;
        case JZ: if (st[--sp] == 0) pc = (int)code[pc]; else pc++; break;
        case JMP: pc = (int)code[pc]; break;
        case LT: sp--; st[sp - 1] = st[sp - 1] < st[sp]; break;
        case PRINT: printf("vm: %lld\n", (long long)st[--sp]); break;
        case DEC: st[sp - 1]--; break;
        case ROT: { int64_t t = st[sp - 3]; st[sp - 3] = st[sp - 2]; st[sp - 2] = st[sp - 1]; st[sp - 1] = t; } break;
        case NOP: break;
        case DIV2: st[sp - 1] /= 2; break;
        case ODD: st[sp - 1] &= 1; break;
        case HALT: printf("vm halted after %ld steps\n", steps); return sp ? st[sp - 1] : 0;
        }
    }
}

int main(void) {
    /* acc = sum_{i=n..1} i*i mod 1000003, n = 100000 */
    static const int64_t sumsq[] = {PUSH, 0, PUSH, 100000,          /* acc n */
        /*4*/ DUP, JZ, 20, DUP, DUP, MUL, ROT, ADD, PUSH, 1000003, MOD, SWAP, DEC, NOP, JMP, 4,
        /*20*/ POP, PRINT, PUSH, 7, HALT};
    printf("result %lld\n", (long long)run(sumsq));
    /* Collatz length of 27: steps until 1. */
    static const int64_t collatz[] = {PUSH, 0, PUSH, 27,                 /* count x */
        /*4*/ DUP, PUSH, 1, SWAP, LT, JZ, 34,                            /* 1 < x ? */
        /*11*/ DUP, ODD, JZ, 26, PUSH, 3, MUL, PUSH, 1, ADD, JMP, 28, NOP, NOP, NOP,
        /*26*/ DIV2, NOP, /*28*/ SWAP, PUSH, 1, ADD, SWAP, JMP, 4,
        /*34*/ POP, PRINT, PUSH, 0, HALT};
    run(collatz);
    /* Lexer state machine over a small source text. */
    const char *src = "let x1 = 42 + y*(7-3); # comment\nprint x1 0x1F \"str ing\" 3.25e2";
    enum { S_START, S_IDENT, S_NUM, S_STR, S_COMMENT } st = S_START;
    int counts[5] = {0};
    const char *tok = src;
    for (const char *p = src;; p++) {
        char c = *p;
        switch (st) {
        case S_START:
            tok = p;
            if (isalpha((unsigned char)c) || c == '_') st = S_IDENT;
            else if (isdigit((unsigned char)c)) st = S_NUM;
            else if (c == '"') st = S_STR;
            else if (c == '#') st = S_COMMENT;
            else if (c && !isspace((unsigned char)c)) { printf("punct %c\n", c); counts[0]++; }
            break;
        case S_IDENT:
            if (!isalnum((unsigned char)c) && c != '_') { printf("ident %.*s\n", (int)(p - tok), tok); counts[1]++; st = S_START; p--; }
            break;
        case S_NUM:
            if (!isalnum((unsigned char)c) && c != '.') { printf("number %.*s\n", (int)(p - tok), tok); counts[2]++; st = S_START; p--; }
            break;
        case S_STR:
            if (c == '"') { printf("string %.*s\n", (int)(p - tok + 1), tok); counts[3]++; st = S_START; }
            break;
        case S_COMMENT:
            if (c == '\n' || !c) { counts[4]++; st = S_START; p--; if (!c) p++; }
            break;
        }
        if (!c) break;
    }
    printf("punct %d ident %d number %d string %d comment %d\n", counts[0], counts[1], counts[2], counts[3], counts[4]);
    return 0;
}
