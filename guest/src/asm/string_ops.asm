; String instructions: MOVS/STOS/LODS/SCAS/CMPS at every width, with and without REP/REPE/REPNE,
; forwards (DF=0) and backwards (DF=1, set with STD); prints RCX, the pointer offsets and the buffers.
%include "lib.inc"

%macro SHOW 1
    ; prints label, rcx, rsi-src, rdi-dst and the first 4 qwords of dst
    push rax
    push rbx
    push rcx
    push rdx
    pushfq
    pop r14
    and r14, OSZAPC
    lea rax, [rel src]
    sub rsi, rax
    lea rax, [rel dst]
    sub rdi, rax
    mov rax, rsi
    mov rbx, rdi
    mov rdx, [rel dst]
    RUN %1, 0x2, 0, nop
    PRINT "  fl="
    mov rax, r14
    mov r8d, 32
    call print_hex
    mov rax, [rel dst+8]
    call print_hex
    mov rax, [rel dst+16]
    call print_hex
    mov rax, [rel dst+24]
    mov r8d, 10
    call print_hex
    pop rdx
    pop rcx
    pop rbx
    pop rax
%endmacro

%macro RESET 0
    lea rdi, [rel dst]
    mov ecx, 64
    mov al, 0xcc
    cld
    rep stosb
    cld
%endmacro

section .text
global _start
_start:
    ; src = 0x00 0x01 0x02 ... 0x3f
    lea rdi, [rel src]
    xor eax, eax
.fill:
    mov [rdi+rax], al
    inc eax
    cmp eax, 64
    jb .fill

    RESET
    lea rsi, [rel src]
    lea rdi, [rel dst]
    mov ecx, 13
    rep movsb
    SHOW "rep movsb 13"

    RESET
    lea rsi, [rel src+2]
    lea rdi, [rel dst+1]
    mov ecx, 5
    rep movsw
    SHOW "rep movsw 5"

    RESET
    lea rsi, [rel src]
    lea rdi, [rel dst]
    mov ecx, 3
    rep movsd
    movsq
    SHOW "rep movsd 3 + movsq"

    RESET
    lea rsi, [rel src+31]
    lea rdi, [rel dst+31]
    mov ecx, 9
    std
    rep movsb
    SHOW "std rep movsb 9"
    cld

    RESET
    lea rsi, [rel src+24]
    lea rdi, [rel dst+24]
    mov ecx, 3
    std
    rep movsq
    SHOW "std rep movsq 3"
    cld

    RESET
    lea rdi, [rel dst+3]
    mov rax, 0x1122334455667788
    mov ecx, 7
    rep stosw
    SHOW "rep stosw 7"

    RESET
    lea rdi, [rel dst+20]
    mov rax, 0x1122334455667788
    mov ecx, 2
    std
    rep stosd
    stosq
    SHOW "std rep stosd 2 + stosq"
    cld

    RESET
    lea rsi, [rel src+8]
    lea rdi, [rel dst]
    xor ecx, ecx
    rep movsb                   ; RCX=0: nothing happens
    SHOW "rep movsb rcx=0"

    RESET
    lea rsi, [rel src+10]
    lea rdi, [rel dst]
    mov rax, -1
    lodsb
    lodsw
    lodsd
    lodsq
    SHOW "lods b w d q"
    mov r8d, 10
    call print_hex

    RESET
    lea rdi, [rel src]
    mov al, 0x21
    mov ecx, 100
    repne scasb
    SHOW "repne scasb 0x21"

    RESET
    lea rdi, [rel src]
    mov al, 0x00
    mov ecx, 10
    repe scasb
    SHOW "repe scasb 0x00"

    RESET
    lea rdi, [rel src+40]
    mov al, 0x77
    mov ecx, 8
    std
    repne scasb                 ; not found: runs out of RCX
    SHOW "std repne scasb miss"
    cld

    ; CMPS: make dst a copy of src with one difference at 37
    lea rsi, [rel src]
    lea rdi, [rel dst]
    mov ecx, 64
    rep movsb
    mov byte [rel dst+37], 0x99
    lea rsi, [rel src]
    lea rdi, [rel dst]
    mov ecx, 64
    repe cmpsb
    SHOW "repe cmpsb"
    lea rsi, [rel src]
    lea rdi, [rel dst]
    mov ecx, 16
    repe cmpsd
    SHOW "repe cmpsd"
    lea rsi, [rel src+56]
    lea rdi, [rel dst+56]
    mov ecx, 8
    std
    repe cmpsq
    SHOW "std repe cmpsq"
    cld
    lea rsi, [rel src]
    lea rdi, [rel dst]
    cmpsw
    SHOW "cmpsw equal"
    ; 0x67 prefix: 32-bit address size uses ESI/EDI/ECX
    lea rsi, [rel src]
    lea rdi, [rel dst]
    mov rcx, 0xffffffff00000004
    a32 rep movsb
    mov rax, rcx
    PRINT "a32 rep movsb rcx="
    mov r8d, 10
    call print_hex

    xor edi, edi
    call exit_with

section .bss
src: resb 64
dst: resb 64
