; Loops of known trip counts for the profiler's tests: _start calls inner 100000 times and inner's
; loop body runs 20 times per call, so the profile must count these blocks exactly: the call
; block and the decrement block 100000 times each, inner's entry and its RET block 100000 times,
; the loop body 2000000 times. Prints the sum it computed.
%include "lib.inc"

%define OUTER 100000
%define INNER 20

section .text
global _start
_start:
    xor ebx, ebx
    mov r12d, OUTER
    jmp outer
outer:
    call inner
    dec r12d
    jnz outer
    mov rax, rbx
    xor ecx, ecx
    xor edx, edx
    RUN "sum", 0x2, 0, nop
    xor edi, edi
    call exit_with

inner:
    mov ecx, INNER
    jmp body
body:
    add rbx, rcx
    dec ecx
    jnz body
    ret
