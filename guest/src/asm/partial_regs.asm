; Partial-register writes: 8-bit (AL, AH, SPL/SIL with REX, R8B..R15B) and 16-bit writes merge into the
; old value; 32-bit writes zero bits 63:32 (SDM vol. 1, 3.4.1.1). Each step prints RAX RBX RCX RDX.
%include "lib.inc"

section .text
global _start
_start:
    mov rax, 0x1122334455667788
    mov rbx, 0x99aabbccddeeff00
    mov rcx, 0x0123456789abcdef
    mov rdx, 0xfedcba9876543210
    RUN "start", 0x2, 0, nop
    RUN "mov al, bl", 0x2, 0, mov al, bl
    RUN "mov ah, 0x5e", 0x2, 0, mov ah, 0x5e
    RUN "mov bh, ch", 0x2, 0, mov bh, ch
    RUN "mov ax, dx", 0x2, 0, mov ax, dx
    RUN "xchg ah, al", 0x2, 0, xchg ah, al
    RUN "add ah, bl", 0x2, OSZAPC, add ah, bl
    RUN "sub ch, dh", 0x2, OSZAPC, sub ch, dh
    RUN "inc dh", 0x3, OSZAPC, inc dh
    RUN "movzx ecx, ah", 0x2, 0, movzx ecx, ah
    RUN "movsx edx, bh", 0x2, 0, movsx edx, bh
    mov rax, 0x1122334455667788
    RUN "mov eax, eax", 0x2, 0, mov eax, eax
    mov rax, -1
    RUN "add eax, 0", 0x2, OSZAPC, add eax, 0
    mov rbx, -1
    RUN "xor ebx, ebx", 0x2, OSZPC, xor ebx, ebx
    mov rcx, -1
    RUN "mov cx, 0", 0x2, 0, mov cx, 0
    RUN "not ecx", 0x2, 0, not ecx
    mov rdx, -1
    RUN "movsxd rdx, edx", 0x2, 0, movsxd rdx, edx
    RUN "lea edx, [rdx+1]", 0x2, 0, lea edx, [rdx+1]
    mov rdx, -1
    RUN "lea dx, [rax+1]", 0x2, 0, lea dx, [rax+1]
    mov rax, -1
    RUN "bswap eax", 0x2, 0, bswap eax
    mov rax, -1
    mov rbx, 0
    RUN "xchg eax, ebx", 0x2, 0, xchg eax, ebx
    mov rax, -1
    mov rbx, 0x12345678
    RUN "xchg ax, bx", 0x2, 0, xchg ax, bx
    mov rax, -1
    RUN "shl eax, 0 (count 0 still zero-extends)", 0x2, 0, shl eax, 0
    mov rax, -1
    mov ecx, 0
    RUN "shl eax, cl=0", 0x2, 0, shl eax, cl
    mov rax, -1
    RUN "imul eax, eax, 1", 0x2, 0, imul eax, eax, 1
    mov rax, -1
    mov rbx, 7
    RUN "bsf eax, ebx", 0x2, 0, bsf eax, ebx
    ; REX registers: SIL/DIL/SPL/BPL and R8B..R15B
    mov rsi, 0x1111111111111111
    mov rdi, 0x2222222222222222
    mov r8, 0x3333333333333333
    mov r9, 0x4444444444444444
    mov sil, 0xaa
    mov dil, sil
    mov r8b, dil
    mov r9w, 0xbbbb
    mov r10, -1
    mov r10d, r9d
    mov r11, -1
    mov r11b, 0
    mov rax, rsi
    mov rbx, rdi
    mov rcx, r8
    mov rdx, r9
    RUN "sil dil r8b r9w", 0x2, 0, nop
    mov rax, r10
    mov rbx, r11
    mov rcx, rbp
    mov cl, bpl
    mov rdx, rsp
    mov dl, spl
    sub rdx, rsp
    sub rcx, rbp
    RUN "r10d r11b bpl spl", 0x2, 0, nop
    ; 16-bit and 8-bit operations on memory do not touch neighbours
    mov rax, 0x0807060504030201
    mov [rel cell], rax
    mov byte [rel cell+1], 0xff
    mov word [rel cell+4], 0xeeee
    add dword [rel cell+2], 0x01010101
    mov rax, [rel cell]
    RUN "memory merges", 0x2, 0, nop
    xor edi, edi
    call exit_with

section .bss
cell: resq 2
