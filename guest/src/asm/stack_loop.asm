; PUSH/POP (64-bit, 16-bit, immediates, memory), ENTER/LEAVE (nesting levels 0 and 1), CALL/RET and
; RET imm16, LOOP/LOOPE/LOOPNE/JRCXZ/JECXZ counts, and CPUID presence (vendor strings are not printed:
; ring3 need not claim the host's vendor). Stack addresses are printed only as distances.
%include "lib.inc"

section .text
global _start
_start:
    mov r12, rsp                      ; reference point
    push qword 0x11
    push word 0x2233                  ; 66 6A/68: pushes 2 bytes
    push qword -2
    mov rax, r12
    sub rax, rsp
    RUN "after pushes rsp distance", 0x2, 0, nop
    pop rbx
    pop cx
    pop rdx
    mov rax, r12
    sub rax, rsp
    RUN "after pops", 0x2, 0, nop
    push qword [rel value]
    pop qword [rel value+8]
    mov rax, [rel value+8]
    RUN "push/pop memory", 0x2, 0, nop
    push rsp                          ; pushes the value RSP had before the push
    pop rax
    sub rax, rsp
    RUN "push rsp then pop (distance 0)", 0x2, 0, nop
    ; pushfq/popfq round trip keeps the arithmetic flags and DF
    push qword 0x8d7 | 0x400
    popfq
    pushfq
    pop rax
    cld
    and rax, 0xcd7 | 0x400
    RUN "popfq/pushfq", 0x2, 0, nop
    ; ENTER/LEAVE
    mov rbp, 0x1234
    enter 32, 0
    mov rax, r12
    sub rax, rsp
    mov rbx, r12
    sub rbx, rbp
    mov rcx, [rbp]
    leave
    mov rdx, r12
    sub rdx, rsp
    RUN "enter 32,0", 0x2, 0, nop
    mov rbp, r12
    sub rbp, 64
    enter 16, 1
    mov rax, r12
    sub rax, rsp
    mov rbx, r12
    sub rbx, rbp
    mov rcx, [rbp-8]
    sub rcx, r12
    leave
    mov rdx, rbp
    sub rdx, r12
    RUN "enter 16,1", 0x2, 0, nop
    mov rbp, 0
    ; CALL/RET, RET imm16 pops the arguments
    push qword 7
    push qword 5
    call add_args
    mov rbx, r12
    sub rbx, rsp
    RUN "call/ret 16", 0x2, 0, nop
    lea rbx, [rel add_args2]
    call rbx
    xor ebx, ebx                       ; a code address: not printed
    RUN "call reg", 0x2, 0, nop
    call [rel fnptr]
    RUN "call [mem]", 0x2, 0, nop
    ; LOOP family
    mov ecx, 10
    xor eax, eax
.l1:
    add eax, ecx
    loop .l1
    RUN "loop sum 10..1", 0x2, 0, nop
    mov rcx, 100
    xor eax, eax
    lea rsi, [rel zeros]
.l2:
    inc eax
    cmp byte [rsi+rax], 0
    loope .l2
    RUN "loope stops at nonzero", 0x2, 0, nop
    mov rcx, 100
    xor eax, eax
.l3:
    inc eax
    cmp eax, 7
    loopne .l3
    RUN "loopne stops at 7", 0x2, 0, nop
    xor ecx, ecx
    mov eax, 1
    jrcxz .z1
    mov eax, 2
.z1:
    mov rcx, 0x100000000
    mov ebx, 1
    jecxz .z2
    mov ebx, 2
.z2:
    mov edx, 3
    jrcxz .z3
    mov edx, 4
.z3:
    RUN "jrcxz jecxz jrcxz", 0x2, 0, nop
    ; CPUID: leaf 0 reports a max leaf >= 1; leaf 1 EDX has FPU, CMOV, SSE, SSE2 (x86-64 baseline)
    xor eax, eax
    cpuid
    xor r8d, r8d
    cmp eax, 1
    setae r8b
    mov eax, 1
    cpuid
    mov eax, edx
    and eax, (1 << 0) | (1 << 15) | (1 << 25) | (1 << 26)
    mov rbx, r8
    xor ecx, ecx
    xor edx, edx
    RUN "cpuid max>=1, leaf1 edx fpu|cmov|sse|sse2", 0x2, 0, nop
    mov eax, 0x80000000
    cpuid
    xor r8d, r8d
    cmp eax, 0x80000001
    setae r8b
    mov eax, 0x80000001
    cpuid
    mov eax, edx
    shr eax, 29
    and eax, 1                         ; long mode
    mov rbx, r8                        ; CPUID wrote EBX: only our own result is printed
    xor ecx, ecx
    xor edx, edx
    RUN "cpuid ext leaf, LM bit", 0x2, 0, nop
    xor edi, edi
    call exit_with

add_args:                              ; returns [rsp+8] + [rsp+16], pops both
    mov rax, [rsp+8]
    add rax, [rsp+16]
    ret 16
add_args2:
    mov eax, 0x2222
    ret
add_args3:
    mov eax, 0x3333
    ret

section .data
value: dq 0x0123456789abcdef, 0
fnptr: dq add_args3
zeros: db 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9, 0
