; The initial stack without libc: argc, argv strings and envp count as laid out by the kernel
; (argc at [rsp], argv[] NULL-terminated, then envp[]), RSP 16-byte aligned at entry, and exit status 7.
%include "lib.inc"
section .text
global _start
_start:
    mov rax, rsp
    and rax, 15
    mov rbx, [rsp]                     ; argc
    lea rsi, [rsp+8+rbx*8]
    xor ecx, ecx
    cmp qword [rsi], 0                 ; argv[argc] == NULL
    sete cl
    lea rsi, [rsi+8]                   ; envp
    xor edx, edx
.count:
    cmp qword [rsi+rdx*8], 0
    je .done
    inc edx
    jmp .count
.done:
    RUN "rsp%16 argc argv-null envc", 0x2, 0, nop
    ; print argv[1..] strings
    mov r12, 1
.arg:
    cmp r12, rbx
    jae .out
    mov rsi, [rsp+8+r12*8]
    xor edx, edx
.len:
    cmp byte [rsi+rdx], 0
    je .print
    inc edx
    jmp .len
.print:
    call write_out
    PRINT 10
    inc r12
    jmp .arg
.out:
    ; registers other than RSP are zero at entry on Linux x86-64? Not guaranteed by the ABI: not printed.
    mov edi, 7
    call exit_with
