; SSE2 data movement and arithmetic without libc: MOVD/MOVQ between GPRs and XMM, PXOR/PADDQ/PSUBB,
; PSHUFD, CVTSI2SD/CVTTSD2SI, ADDSD/MULSD/DIVSD/SQRTSD, and UCOMISD/COMISD flags (ZF PF CF; OF SF AF cleared).
%include "lib.inc"
section .text
global _start
_start:
    mov rax, 0x0123456789abcdef
    movq xmm0, rax
    mov rbx, 0xfedcba9876543210
    movq xmm1, rbx
    punpcklqdq xmm0, xmm1
    pshufd xmm2, xmm0, 0x4e
    movq rax, xmm2
    psrldq xmm2, 8
    movq rbx, xmm2
    xor ecx, ecx
    xor edx, edx
    RUN "pshufd swap halves", 0x2, 0, nop
    movdqa xmm3, xmm0
    paddq xmm3, xmm0
    movq rax, xmm3
    pextrw ebx, xmm3, 7
    psubb xmm3, xmm0
    movd ecx, xmm3
    pxor xmm3, xmm3
    movq rdx, xmm3
    RUN "paddq pextrw psubb pxor", 0x2, 0, nop
    mov rax, -7
    cvtsi2sd xmm4, rax
    mov rax, 3
    cvtsi2sd xmm5, rax
    divsd xmm4, xmm5
    movq rax, xmm4
    cvttsd2si rbx, xmm4
    cvtsd2si rcx, xmm4
    sqrtsd xmm6, xmm5
    movq rdx, xmm6
    RUN "-7/3, trunc, round, sqrt 3", 0x2, 0, nop
    mov rax, 0x7ff8000000000000        ; quiet NaN
    movq xmm7, rax
    RUN "ucomisd x, x", 0x8d7, OSZAPC, ucomisd xmm5, xmm5
    RUN "ucomisd 3 vs -7/3", 0x8d7, OSZAPC, ucomisd xmm5, xmm4
    RUN "ucomisd -7/3 vs 3", 0x8d7, OSZAPC, ucomisd xmm4, xmm5
    RUN "ucomisd NaN", 0x8d7, OSZAPC, ucomisd xmm7, xmm5
    RUN "comisd NaN", 0x2, OSZAPC, comisd xmm5, xmm7
    mov rax, 0x43e0000000000000        ; 2^63: out of range for cvttsd2si
    movq xmm0, rax
    cvttsd2si rax, xmm0
    cvttsd2si ebx, xmm0
    cvttsd2si rcx, xmm7
    stmxcsr [rel mx]
    mov edx, [rel mx]
    and edx, 0x3f                       ; exception flags: IE set by the invalid conversions
    RUN "indefinite integer + MXCSR flags", 0x2, 0, nop
    mov dword [rel mx], 0x1f80 | 0x6000 ; round toward zero
    ldmxcsr [rel mx]
    cvtsd2si rax, xmm4
    mov dword [rel mx], 0x1f80 | 0x2000 ; round down
    ldmxcsr [rel mx]
    cvtsd2si rbx, xmm4
    mov dword [rel mx], 0x1f80 | 0x4000 ; round up
    ldmxcsr [rel mx]
    cvtsd2si rcx, xmm4
    mov dword [rel mx], 0x1f80
    ldmxcsr [rel mx]
    cvtsd2si rdx, xmm4
    RUN "cvtsd2si RZ RD RU RN of -7/3", 0x2, 0, nop
    xor edi, edi
    call exit_with
section .bss
mx: resd 1
