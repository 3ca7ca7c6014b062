; SETcc, CMOVcc and Jcc over all 16 conditions for all 32 combinations of CF PF ZF SF OF
; (one bit per condition in SDM order o,no,b,ae,e,ne,be,a,s,ns,p,np,l,ge,le,g).
; Generated once by a small script and checked in; golden output in setcc_cmov.expected (native run).
%include "lib.inc"

section .text
global _start
_start:
    xor r12d, r12d             ; flag-state counter
.state:
    ; RFLAGS = 0x2 | bits of r12 spread onto CF(0) PF(2) ZF(6) SF(7) OF(11)
    mov eax, r12d
    and eax, 1
    mov ebx, r12d
    and ebx, 2
    shl ebx, 1
    or eax, ebx
    mov ebx, r12d
    and ebx, 4
    shl ebx, 4
    or eax, ebx
    mov ebx, r12d
    and ebx, 8
    shl ebx, 4
    or eax, ebx
    mov ebx, r12d
    and ebx, 16
    shl ebx, 7
    or eax, ebx
    or eax, 2
    mov r13, rax               ; flags image
    xor r14d, r14d             ; SETcc bits
    xor ebx, ebx               ; CMOVcc bits
    xor ebp, ebp               ; Jcc bits
    push r13
    popfq
    seto cl
    movzx ecx, cl
    shl ecx, 0
    or r14d, ecx
    mov edx, 1
    xor eax, eax
    push r13
    popfq
    cmovo eax, edx
    or ebx, eax
    push r13
    popfq
    jo .t0
    jmp .n0
.t0:
    or ebp, 1
.n0:
    push r13
    popfq
    setno cl
    movzx ecx, cl
    shl ecx, 1
    or r14d, ecx
    mov edx, 2
    xor eax, eax
    push r13
    popfq
    cmovno eax, edx
    or ebx, eax
    push r13
    popfq
    jno .t1
    jmp .n1
.t1:
    or ebp, 2
.n1:
    push r13
    popfq
    setb cl
    movzx ecx, cl
    shl ecx, 2
    or r14d, ecx
    mov edx, 4
    xor eax, eax
    push r13
    popfq
    cmovb eax, edx
    or ebx, eax
    push r13
    popfq
    jb .t2
    jmp .n2
.t2:
    or ebp, 4
.n2:
    push r13
    popfq
    setae cl
    movzx ecx, cl
    shl ecx, 3
    or r14d, ecx
    mov edx, 8
    xor eax, eax
    push r13
    popfq
    cmovae eax, edx
    or ebx, eax
    push r13
    popfq
    jae .t3
    jmp .n3
.t3:
    or ebp, 8
.n3:
    push r13
    popfq
    sete cl
    movzx ecx, cl
    shl ecx, 4
    or r14d, ecx
    mov edx, 16
    xor eax, eax
    push r13
    popfq
    cmove eax, edx
    or ebx, eax
    push r13
    popfq
    je .t4
    jmp .n4
.t4:
    or ebp, 16
.n4:
    push r13
    popfq
    setne cl
    movzx ecx, cl
    shl ecx, 5
    or r14d, ecx
    mov edx, 32
    xor eax, eax
    push r13
    popfq
    cmovne eax, edx
    or ebx, eax
    push r13
    popfq
    jne .t5
    jmp .n5
.t5:
    or ebp, 32
.n5:
    push r13
    popfq
    setbe cl
    movzx ecx, cl
    shl ecx, 6
    or r14d, ecx
    mov edx, 64
    xor eax, eax
    push r13
    popfq
    cmovbe eax, edx
    or ebx, eax
    push r13
    popfq
    jbe .t6
    jmp .n6
.t6:
    or ebp, 64
.n6:
    push r13
    popfq
    seta cl
    movzx ecx, cl
    shl ecx, 7
    or r14d, ecx
    mov edx, 128
    xor eax, eax
    push r13
    popfq
    cmova eax, edx
    or ebx, eax
    push r13
    popfq
    ja .t7
    jmp .n7
.t7:
    or ebp, 128
.n7:
    push r13
    popfq
    sets cl
    movzx ecx, cl
    shl ecx, 8
    or r14d, ecx
    mov edx, 256
    xor eax, eax
    push r13
    popfq
    cmovs eax, edx
    or ebx, eax
    push r13
    popfq
    js .t8
    jmp .n8
.t8:
    or ebp, 256
.n8:
    push r13
    popfq
    setns cl
    movzx ecx, cl
    shl ecx, 9
    or r14d, ecx
    mov edx, 512
    xor eax, eax
    push r13
    popfq
    cmovns eax, edx
    or ebx, eax
    push r13
    popfq
    jns .t9
    jmp .n9
.t9:
    or ebp, 512
.n9:
    push r13
    popfq
    setp cl
    movzx ecx, cl
    shl ecx, 10
    or r14d, ecx
    mov edx, 1024
    xor eax, eax
    push r13
    popfq
    cmovp eax, edx
    or ebx, eax
    push r13
    popfq
    jp .t10
    jmp .n10
.t10:
    or ebp, 1024
.n10:
    push r13
    popfq
    setnp cl
    movzx ecx, cl
    shl ecx, 11
    or r14d, ecx
    mov edx, 2048
    xor eax, eax
    push r13
    popfq
    cmovnp eax, edx
    or ebx, eax
    push r13
    popfq
    jnp .t11
    jmp .n11
.t11:
    or ebp, 2048
.n11:
    push r13
    popfq
    setl cl
    movzx ecx, cl
    shl ecx, 12
    or r14d, ecx
    mov edx, 4096
    xor eax, eax
    push r13
    popfq
    cmovl eax, edx
    or ebx, eax
    push r13
    popfq
    jl .t12
    jmp .n12
.t12:
    or ebp, 4096
.n12:
    push r13
    popfq
    setge cl
    movzx ecx, cl
    shl ecx, 13
    or r14d, ecx
    mov edx, 8192
    xor eax, eax
    push r13
    popfq
    cmovge eax, edx
    or ebx, eax
    push r13
    popfq
    jge .t13
    jmp .n13
.t13:
    or ebp, 8192
.n13:
    push r13
    popfq
    setle cl
    movzx ecx, cl
    shl ecx, 14
    or r14d, ecx
    mov edx, 16384
    xor eax, eax
    push r13
    popfq
    cmovle eax, edx
    or ebx, eax
    push r13
    popfq
    jle .t14
    jmp .n14
.t14:
    or ebp, 16384
.n14:
    push r13
    popfq
    setg cl
    movzx ecx, cl
    shl ecx, 15
    or r14d, ecx
    mov edx, 32768
    xor eax, eax
    push r13
    popfq
    cmovg eax, edx
    or ebx, eax
    push r13
    popfq
    jg .t15
    jmp .n15
.t15:
    or ebp, 32768
.n15:
    ; a not-taken 32-bit CMOV still zero-extends its destination (SDM: "the upper 32 bits are cleared")
    mov rdx, -1
    push r13
    popfq
    cmovo edx, ecx
    shr rdx, 32
    shl edx, 16
    or ebx, edx
    PRINT "flags="
    mov rax, r13
    mov r8d, 32
    call print_hex
    PRINT "set="
    mov rax, r14
    call print_hex
    PRINT "cmov="
    mov rax, rbx
    call print_hex
    PRINT "jcc="
    mov rax, rbp
    mov r8d, 10
    call print_hex
    inc r12d
    cmp r12d, 32
    jb .state
    xor edi, edi
    call exit_with
