; CMPXCHG (success and failure at every width, register and LOCKed memory forms), CMPXCHG8B,
; XADD, XCHG (register and memory), BSWAP, and LOCKed read-modify-write ALU ops on memory.
%include "lib.inc"

%macro MEM 0
    PRINT "  mem="
    push rax
    mov rax, [rel cell]
    mov r8d, 10
    call print_hex
    pop rax
%endmacro

section .text
global _start
_start:
    ; register CMPXCHG: equal -> dst := src, ZF=1; different -> accumulator := dst, ZF=0
    mov rax, 0x1111111122222222
    mov rbx, 0x1111111122222222
    mov rcx, 0x3333333344444444
    RUN "cmpxchg rbx, rcx (equal)", 0x2, OSZAPC, cmpxchg rbx, rcx
    RUN "cmpxchg rbx, rcx (differ)", 0x2, OSZAPC, cmpxchg rbx, rcx
    mov rax, 0xffffffff00000005
    mov rbx, 0xeeeeeeee00000005
    mov rcx, 0xdddddddd00000009
    RUN "cmpxchg ebx, ecx (equal)", 0x2, OSZAPC, cmpxchg ebx, ecx
    mov rax, 0xffffffff00000006
    RUN "cmpxchg ebx, ecx (differ, eax zero-extended)", 0x2, OSZAPC, cmpxchg ebx, ecx
    mov rax, 0x1234
    mov rbx, 0x5555000000001234
    mov rcx, 0xabcd
    RUN "cmpxchg bx, cx", 0x2, OSZAPC, cmpxchg bx, cx
    mov rax, 0x80
    mov rbx, 0x7f
    RUN "cmpxchg bl, cl (differ)", 0x2, OSZAPC, cmpxchg bl, cl
    ; memory CMPXCHG with LOCK
    mov qword [rel cell], 100
    mov rax, 100
    mov rcx, 200
    RUN "lock cmpxchg [m], rcx (equal)", 0x2, OSZAPC, lock cmpxchg [rel cell], rcx
    MEM
    mov rax, 100
    RUN "lock cmpxchg [m], rcx (differ)", 0x2, OSZAPC, lock cmpxchg [rel cell], rcx
    MEM
    mov rax, 200
    mov rcx, 0x77
    RUN "lock cmpxchg byte [m], cl", 0x2, OSZAPC, lock cmpxchg byte [rel cell], cl
    MEM
    ; CMPXCHG8B: EDX:EAX vs m64; on success m64 := ECX:EBX
    mov rax, 0x9999999911111111
    mov [rel cell], rax
    mov eax, 0x11111111
    mov edx, 0x99999999
    mov ebx, 0xbbbbbbbb
    mov ecx, 0xcccccccc
    RUN "lock cmpxchg8b (equal)", 0x2, 0x40, lock cmpxchg8b [rel cell]
    MEM
    RUN "cmpxchg8b (differ)", 0x2, 0x40, cmpxchg8b [rel cell]
    MEM
    ; XADD
    mov rax, 0x7fffffffffffffff
    mov rbx, 1
    RUN "xadd rax, rbx", 0x2, OSZAPC, xadd rax, rbx
    mov qword [rel cell], 40
    mov rcx, 2
    RUN "lock xadd [m], rcx", 0x2, OSZAPC, lock xadd [rel cell], rcx
    MEM
    mov rax, 0xffffffffffffffff
    mov rbx, 0x0101
    RUN "xadd ax, bx", 0x2, OSZAPC, xadd ax, bx
    mov ecx, 0xff
    mov byte [rel cell], 1
    RUN "lock xadd byte [m], cl", 0x2, OSZAPC, lock xadd byte [rel cell], cl
    MEM
    ; XCHG
    mov rax, 0x1111111111111111
    mov rbx, 0x2222222222222222
    RUN "xchg rax, rbx", 0x2, 0, xchg rax, rbx
    mov qword [rel cell], 0x3333
    RUN "xchg [m], rbx", 0x2, 0, xchg [rel cell], rbx
    MEM
    RUN "xchg [m], bl", 0x2, 0, xchg [rel cell], bl
    MEM
    mov rcx, 0x4444444444444444
    RUN "xchg ecx, eax (zero-extends both)", 0x2, 0, xchg ecx, eax
    mov rax, -1
    RUN "xchg eax, eax (87 c0 zero-extends, unlike 90)", 0x2, 0, db 0x87, 0xc0
    mov rax, 0x1122334455667788
    RUN "nop (90 leaves rax)", 0x2, 0, db 0x90
    ; BSWAP
    mov rax, 0x0102030405060708
    RUN "bswap rax", 0x2, 0, bswap rax
    mov rbx, 0xffffffff11223344
    RUN "bswap ebx", 0x2, 0, bswap ebx
    mov r9, 0x0a0b0c0d0e0f1011
    bswap r9
    mov rcx, r9
    RUN "bswap r9", 0x2, 0, nop
    ; LOCKed ALU on memory
    mov eax, 0xffffffff
    mov [rel cell], rax
    RUN "lock add [m], 1", 0x2, OSZAPC, lock add qword [rel cell], 1
    MEM
    RUN "lock sub dword [m], 1", 0x2, OSZAPC, lock sub dword [rel cell], 1
    MEM
    RUN "lock inc word [m]", 0x3, OSZAPC, lock inc word [rel cell]
    MEM
    RUN "lock dec qword [m]", 0x3, OSZAPC, lock dec qword [rel cell]
    MEM
    RUN "lock or [m], 0x80", 0x2, OSZPC, lock or qword [rel cell], 0x80
    MEM
    RUN "lock and byte [m], 0x0f", 0x2, OSZPC, lock and byte [rel cell], 0x0f
    MEM
    RUN "lock xor [m], -1", 0x2, OSZPC, lock xor qword [rel cell], -1
    MEM
    RUN "lock not [m]", 0x2, 0, lock not qword [rel cell]
    MEM
    RUN "lock neg [m]", 0x2, OSZAPC, lock neg qword [rel cell]
    MEM
    mov rbx, 63
    RUN "lock bts [m], 63", 0x2, ZC, lock bts qword [rel cell], rbx
    MEM
    RUN "lock btc [m], 0", 0x2, ZC, lock btc qword [rel cell], 0
    MEM
    mov qword [rel cell], 5
    RUN "lock adc [m], 1 (cf in)", 0x3, OSZAPC, lock adc qword [rel cell], 1
    MEM
    RUN "lock sbb [m], 9 (cf in)", 0x3, OSZAPC, lock sbb qword [rel cell], 9
    MEM
    xor edi, edi
    call exit_with

section .bss
cell: resq 2
