; LEA with every addressing form: base, base+disp8/disp32, SIB with each scale, index without base,
; RBP/R13 bases (mod=00 means no base there), RSP/R12 bases (need a SIB), RIP-relative,
; 32-bit address size (0x67: results wrap at 2^32) and 16-bit operand size.
%include "lib.inc"

section .text
global _start
_start:
    mov rbx, 0x1000
    mov rcx, 0x10
    mov rsi, 0x7ffffffffffffff0
    mov rdi, 0xfffffffffffffff8
    mov rbp, 0x5000
    mov r12, 0x6000
    mov r13, 0x7000
    mov r14, 3
    RUN "[rbx]", 0x2, 0, lea rax, [rbx]
    RUN "[rbx+8]", 0x2, 0, lea rax, [rbx+8]
    RUN "[rbx-128]", 0x2, 0, lea rax, [rbx-128]
    RUN "[rbx+0x12345678]", 0x2, 0, lea rax, [rbx+0x12345678]
    RUN "[rbx-0x80000000]", 0x2, 0, lea rax, [rbx-0x80000000]
    RUN "[rbx+rcx]", 0x2, 0, lea rax, [rbx+rcx]
    RUN "[rbx+rcx*2]", 0x2, 0, lea rax, [rbx+rcx*2]
    RUN "[rbx+rcx*4+7]", 0x2, 0, lea rax, [rbx+rcx*4+7]
    RUN "[rbx+rcx*8-0x1000]", 0x2, 0, lea rax, [rbx+rcx*8-0x1000]
    RUN "[rcx*8+0x100]", 0x2, 0, lea rax, [rcx*8+0x100]
    RUN "[rcx*1] (nosplit)", 0x2, 0, lea rax, [nosplit rcx*1]
    RUN "[0x12345678] abs", 0x2, 0, lea rax, [abs 0x12345678]
    RUN "[abs -0x10]", 0x2, 0, lea rax, [abs -0x10]
    RUN "[rbp]", 0x2, 0, lea rax, [rbp]
    RUN "[rbp+rcx*2]", 0x2, 0, lea rax, [rbp+rcx*2]
    RUN "[r13]", 0x2, 0, lea rax, [r13]
    RUN "[r13+r14*8]", 0x2, 0, lea rax, [r13+r14*8]
    RUN "[r12]", 0x2, 0, lea rax, [r12]
    RUN "[r12+r14*4+1]", 0x2, 0, lea rax, [r12+r14*4+1]
    RUN "[rsi+rdi] wraps", 0x2, 0, lea rax, [rsi+rdi+0x20]
    RUN "[rdi*8] wraps", 0x2, 0, lea rax, [rdi*8]
    ; RSP-based forms need a SIB byte; print only the distance from RSP (the stack address varies)
    lea rax, [rsp+8]
    sub rax, rsp
    lea rdx, [rsp+r14*8-0x100]
    sub rdx, rsp
    RUN "[rsp+8]-rsp, [rsp+r14*8-0x100]-rsp", 0x2, 0, nop
    xor edx, edx
    ; RIP-relative: the distance between two RIP-relative LEAs equals the label distance
    lea rax, [rel here]
    lea rdx, [rel there]
    sub rdx, rax
    RUN "rip-relative distance", 0x2, 0, nop
    lea rax, [rel here]
    mov rdx, here
    sub rax, rdx
    RUN "rip-relative vs absolute", 0x2, 0, nop
    ; 32-bit address size: the effective address is computed in 32 bits and zero-extended
    mov rbx, 0x1_fffffff0
    mov rcx, 0x20
    RUN "a32 [ebx+ecx]", 0x2, 0, lea rax, [ebx+ecx]
    RUN "a32 [ebx+ecx*4+0x10]", 0x2, 0, lea rax, [ebx+ecx*4+0x10]
    RUN "a32 lea eax, [ebx-1]", 0x2, 0, lea eax, [ebx-1]
    RUN "a32 [ecx*8]", 0x2, 0, lea rax, [ecx*8]
    ; operand size 32 with 64-bit address: truncated
    mov rbx, 0x1234567890
    RUN "lea eax, [rbx+rcx]", 0x2, 0, lea eax, [rbx+rcx]
    mov rax, -1
    RUN "lea ax, [rbx+rcx]", 0x2, 0, lea ax, [rbx+rcx]
    ; memory operands with the same forms, through a table
    lea rbx, [rel table]
    mov rcx, 3
    mov rax, [rbx+rcx*8]
    mov rdx, [rbx+rcx*8+8]
    RUN "load [rbx+rcx*8]", 0x2, 0, nop
    mov rax, [rel table+16]
    movzx edx, word [rbx+2]
    RUN "load rip+16, word", 0x2, 0, nop
    xor edi, edi
    call exit_with
here:
    nop
    nop
there:
    nop

section .data
table: dq 0x1111, 0x2222, 0x3333, 0x4444, 0x5555, 0x6666
