; BT/BTS/BTR/BTC (register and bit-string memory forms), BSF/BSR, MUL/IMUL in all forms, DIV/IDIV at every
; width (non-faulting cases), and the sign/zero extensions CBW..CQO, MOVSX, MOVZX, MOVSXD.
; Generated once by a small script and checked in; golden output in bits_muldiv.expected (native run).
%include "lib.inc"

section .text
global _start
_start:
    mov rax, 0x1122334455660000
    mov rbx, 0
    RUN "bt16 0", 0x8d6, ZC, bt ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 1
    RUN "bt16 1", 0x8d6, ZC, bt ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 15
    RUN "bt16 15", 0x8d6, ZC, bt ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 16
    RUN "bt16 16", 0x8d6, ZC, bt ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 21
    RUN "bt16 21", 0x8d6, ZC, bt ax, bx
    mov rax, 0x1122334455660000
    mov rbx, -1
    RUN "bt16 -1", 0x8d6, ZC, bt ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0
    RUN "bt16 0", 0x8d6, ZC, bt ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 1
    RUN "bt16 1", 0x8d6, ZC, bt ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 15
    RUN "bt16 15", 0x8d6, ZC, bt ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 16
    RUN "bt16 16", 0x8d6, ZC, bt ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 21
    RUN "bt16 21", 0x8d6, ZC, bt ax, bx
    mov rax, 0x1122334455660001
    mov rbx, -1
    RUN "bt16 -1", 0x8d6, ZC, bt ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0
    RUN "bt16 0", 0x8d6, ZC, bt ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 1
    RUN "bt16 1", 0x8d6, ZC, bt ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 15
    RUN "bt16 15", 0x8d6, ZC, bt ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 16
    RUN "bt16 16", 0x8d6, ZC, bt ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 21
    RUN "bt16 21", 0x8d6, ZC, bt ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, -1
    RUN "bt16 -1", 0x8d6, ZC, bt ax, bx
    mov rax, 0x1122334455667788
    RUN "bt16 imm 35", 0x2, ZC, bt ax, 35
    mov rax, 0x1122334455660000
    mov rbx, 0
    RUN "bts16 0", 0x8d6, ZC, bts ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 1
    RUN "bts16 1", 0x8d6, ZC, bts ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 15
    RUN "bts16 15", 0x8d6, ZC, bts ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 16
    RUN "bts16 16", 0x8d6, ZC, bts ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 21
    RUN "bts16 21", 0x8d6, ZC, bts ax, bx
    mov rax, 0x1122334455660000
    mov rbx, -1
    RUN "bts16 -1", 0x8d6, ZC, bts ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0
    RUN "bts16 0", 0x8d6, ZC, bts ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 1
    RUN "bts16 1", 0x8d6, ZC, bts ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 15
    RUN "bts16 15", 0x8d6, ZC, bts ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 16
    RUN "bts16 16", 0x8d6, ZC, bts ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 21
    RUN "bts16 21", 0x8d6, ZC, bts ax, bx
    mov rax, 0x1122334455660001
    mov rbx, -1
    RUN "bts16 -1", 0x8d6, ZC, bts ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0
    RUN "bts16 0", 0x8d6, ZC, bts ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 1
    RUN "bts16 1", 0x8d6, ZC, bts ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 15
    RUN "bts16 15", 0x8d6, ZC, bts ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 16
    RUN "bts16 16", 0x8d6, ZC, bts ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 21
    RUN "bts16 21", 0x8d6, ZC, bts ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, -1
    RUN "bts16 -1", 0x8d6, ZC, bts ax, bx
    mov rax, 0x1122334455667788
    RUN "bts16 imm 35", 0x2, ZC, bts ax, 35
    mov rax, 0x1122334455660000
    mov rbx, 0
    RUN "btr16 0", 0x8d6, ZC, btr ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 1
    RUN "btr16 1", 0x8d6, ZC, btr ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 15
    RUN "btr16 15", 0x8d6, ZC, btr ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 16
    RUN "btr16 16", 0x8d6, ZC, btr ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 21
    RUN "btr16 21", 0x8d6, ZC, btr ax, bx
    mov rax, 0x1122334455660000
    mov rbx, -1
    RUN "btr16 -1", 0x8d6, ZC, btr ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0
    RUN "btr16 0", 0x8d6, ZC, btr ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 1
    RUN "btr16 1", 0x8d6, ZC, btr ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 15
    RUN "btr16 15", 0x8d6, ZC, btr ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 16
    RUN "btr16 16", 0x8d6, ZC, btr ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 21
    RUN "btr16 21", 0x8d6, ZC, btr ax, bx
    mov rax, 0x1122334455660001
    mov rbx, -1
    RUN "btr16 -1", 0x8d6, ZC, btr ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0
    RUN "btr16 0", 0x8d6, ZC, btr ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 1
    RUN "btr16 1", 0x8d6, ZC, btr ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 15
    RUN "btr16 15", 0x8d6, ZC, btr ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 16
    RUN "btr16 16", 0x8d6, ZC, btr ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 21
    RUN "btr16 21", 0x8d6, ZC, btr ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, -1
    RUN "btr16 -1", 0x8d6, ZC, btr ax, bx
    mov rax, 0x1122334455667788
    RUN "btr16 imm 35", 0x2, ZC, btr ax, 35
    mov rax, 0x1122334455660000
    mov rbx, 0
    RUN "btc16 0", 0x8d6, ZC, btc ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 1
    RUN "btc16 1", 0x8d6, ZC, btc ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 15
    RUN "btc16 15", 0x8d6, ZC, btc ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 16
    RUN "btc16 16", 0x8d6, ZC, btc ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 21
    RUN "btc16 21", 0x8d6, ZC, btc ax, bx
    mov rax, 0x1122334455660000
    mov rbx, -1
    RUN "btc16 -1", 0x8d6, ZC, btc ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0
    RUN "btc16 0", 0x8d6, ZC, btc ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 1
    RUN "btc16 1", 0x8d6, ZC, btc ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 15
    RUN "btc16 15", 0x8d6, ZC, btc ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 16
    RUN "btc16 16", 0x8d6, ZC, btc ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 21
    RUN "btc16 21", 0x8d6, ZC, btc ax, bx
    mov rax, 0x1122334455660001
    mov rbx, -1
    RUN "btc16 -1", 0x8d6, ZC, btc ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0
    RUN "btc16 0", 0x8d6, ZC, btc ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 1
    RUN "btc16 1", 0x8d6, ZC, btc ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 15
    RUN "btc16 15", 0x8d6, ZC, btc ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 16
    RUN "btc16 16", 0x8d6, ZC, btc ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 21
    RUN "btc16 21", 0x8d6, ZC, btc ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, -1
    RUN "btc16 -1", 0x8d6, ZC, btc ax, bx
    mov rax, 0x1122334455667788
    RUN "btc16 imm 35", 0x2, ZC, btc ax, 35
    mov rax, 0x1122334455667788
    mov rbx, 0x1
    RUN "bsf16", 0x8d7, ZF_ONLY, bsf ax, bx
    mov rax, 0x1122334455667788
    mov rbx, 0xffff
    RUN "bsf16", 0x8d7, ZF_ONLY, bsf ax, bx
    mov rax, 0x1122334455667788
    mov rbx, 0x30
    RUN "bsf16", 0x8d7, ZF_ONLY, bsf ax, bx
    mov rbx, 0
    RUN "bsf16 zero src flags", 0x8d7, ZF_ONLY, bsf cx, bx
    mov rax, 0x1122334455667788
    mov rbx, 0x1
    RUN "bsr16", 0x8d7, ZF_ONLY, bsr ax, bx
    mov rax, 0x1122334455667788
    mov rbx, 0xffff
    RUN "bsr16", 0x8d7, ZF_ONLY, bsr ax, bx
    mov rax, 0x1122334455667788
    mov rbx, 0x30
    RUN "bsr16", 0x8d7, ZF_ONLY, bsr ax, bx
    mov rbx, 0
    RUN "bsr16 zero src flags", 0x8d7, ZF_ONLY, bsr cx, bx
    mov rax, 0x1122334400000000
    mov rbx, 0
    RUN "bt32 0", 0x8d6, ZC, bt eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 1
    RUN "bt32 1", 0x8d6, ZC, bt eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 31
    RUN "bt32 31", 0x8d6, ZC, bt eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 32
    RUN "bt32 32", 0x8d6, ZC, bt eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 37
    RUN "bt32 37", 0x8d6, ZC, bt eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, -1
    RUN "bt32 -1", 0x8d6, ZC, bt eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0
    RUN "bt32 0", 0x8d6, ZC, bt eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 1
    RUN "bt32 1", 0x8d6, ZC, bt eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 31
    RUN "bt32 31", 0x8d6, ZC, bt eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 32
    RUN "bt32 32", 0x8d6, ZC, bt eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 37
    RUN "bt32 37", 0x8d6, ZC, bt eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, -1
    RUN "bt32 -1", 0x8d6, ZC, bt eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0
    RUN "bt32 0", 0x8d6, ZC, bt eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 1
    RUN "bt32 1", 0x8d6, ZC, bt eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 31
    RUN "bt32 31", 0x8d6, ZC, bt eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 32
    RUN "bt32 32", 0x8d6, ZC, bt eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 37
    RUN "bt32 37", 0x8d6, ZC, bt eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, -1
    RUN "bt32 -1", 0x8d6, ZC, bt eax, ebx
    mov rax, 0x1122334455667788
    RUN "bt32 imm 35", 0x2, ZC, bt eax, 35
    mov rax, 0x1122334400000000
    mov rbx, 0
    RUN "bts32 0", 0x8d6, ZC, bts eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 1
    RUN "bts32 1", 0x8d6, ZC, bts eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 31
    RUN "bts32 31", 0x8d6, ZC, bts eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 32
    RUN "bts32 32", 0x8d6, ZC, bts eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 37
    RUN "bts32 37", 0x8d6, ZC, bts eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, -1
    RUN "bts32 -1", 0x8d6, ZC, bts eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0
    RUN "bts32 0", 0x8d6, ZC, bts eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 1
    RUN "bts32 1", 0x8d6, ZC, bts eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 31
    RUN "bts32 31", 0x8d6, ZC, bts eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 32
    RUN "bts32 32", 0x8d6, ZC, bts eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 37
    RUN "bts32 37", 0x8d6, ZC, bts eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, -1
    RUN "bts32 -1", 0x8d6, ZC, bts eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0
    RUN "bts32 0", 0x8d6, ZC, bts eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 1
    RUN "bts32 1", 0x8d6, ZC, bts eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 31
    RUN "bts32 31", 0x8d6, ZC, bts eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 32
    RUN "bts32 32", 0x8d6, ZC, bts eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 37
    RUN "bts32 37", 0x8d6, ZC, bts eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, -1
    RUN "bts32 -1", 0x8d6, ZC, bts eax, ebx
    mov rax, 0x1122334455667788
    RUN "bts32 imm 35", 0x2, ZC, bts eax, 35
    mov rax, 0x1122334400000000
    mov rbx, 0
    RUN "btr32 0", 0x8d6, ZC, btr eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 1
    RUN "btr32 1", 0x8d6, ZC, btr eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 31
    RUN "btr32 31", 0x8d6, ZC, btr eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 32
    RUN "btr32 32", 0x8d6, ZC, btr eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 37
    RUN "btr32 37", 0x8d6, ZC, btr eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, -1
    RUN "btr32 -1", 0x8d6, ZC, btr eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0
    RUN "btr32 0", 0x8d6, ZC, btr eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 1
    RUN "btr32 1", 0x8d6, ZC, btr eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 31
    RUN "btr32 31", 0x8d6, ZC, btr eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 32
    RUN "btr32 32", 0x8d6, ZC, btr eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 37
    RUN "btr32 37", 0x8d6, ZC, btr eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, -1
    RUN "btr32 -1", 0x8d6, ZC, btr eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0
    RUN "btr32 0", 0x8d6, ZC, btr eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 1
    RUN "btr32 1", 0x8d6, ZC, btr eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 31
    RUN "btr32 31", 0x8d6, ZC, btr eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 32
    RUN "btr32 32", 0x8d6, ZC, btr eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 37
    RUN "btr32 37", 0x8d6, ZC, btr eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, -1
    RUN "btr32 -1", 0x8d6, ZC, btr eax, ebx
    mov rax, 0x1122334455667788
    RUN "btr32 imm 35", 0x2, ZC, btr eax, 35
    mov rax, 0x1122334400000000
    mov rbx, 0
    RUN "btc32 0", 0x8d6, ZC, btc eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 1
    RUN "btc32 1", 0x8d6, ZC, btc eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 31
    RUN "btc32 31", 0x8d6, ZC, btc eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 32
    RUN "btc32 32", 0x8d6, ZC, btc eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 37
    RUN "btc32 37", 0x8d6, ZC, btc eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, -1
    RUN "btc32 -1", 0x8d6, ZC, btc eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0
    RUN "btc32 0", 0x8d6, ZC, btc eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 1
    RUN "btc32 1", 0x8d6, ZC, btc eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 31
    RUN "btc32 31", 0x8d6, ZC, btc eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 32
    RUN "btc32 32", 0x8d6, ZC, btc eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 37
    RUN "btc32 37", 0x8d6, ZC, btc eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, -1
    RUN "btc32 -1", 0x8d6, ZC, btc eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0
    RUN "btc32 0", 0x8d6, ZC, btc eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 1
    RUN "btc32 1", 0x8d6, ZC, btc eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 31
    RUN "btc32 31", 0x8d6, ZC, btc eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 32
    RUN "btc32 32", 0x8d6, ZC, btc eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 37
    RUN "btc32 37", 0x8d6, ZC, btc eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, -1
    RUN "btc32 -1", 0x8d6, ZC, btc eax, ebx
    mov rax, 0x1122334455667788
    RUN "btc32 imm 35", 0x2, ZC, btc eax, 35
    mov rax, 0x1122334455667788
    mov rbx, 0x1
    RUN "bsf32", 0x8d7, ZF_ONLY, bsf eax, ebx
    mov rax, 0x1122334455667788
    mov rbx, 0x10000
    RUN "bsf32", 0x8d7, ZF_ONLY, bsf eax, ebx
    mov rax, 0x1122334455667788
    mov rbx, 0xffffffff
    RUN "bsf32", 0x8d7, ZF_ONLY, bsf eax, ebx
    mov rax, 0x1122334455667788
    mov rbx, 0x30
    RUN "bsf32", 0x8d7, ZF_ONLY, bsf eax, ebx
    mov rbx, 0
    RUN "bsf32 zero src flags", 0x8d7, ZF_ONLY, bsf ecx, ebx
    mov rax, 0x1122334455667788
    mov rbx, 0x1
    RUN "bsr32", 0x8d7, ZF_ONLY, bsr eax, ebx
    mov rax, 0x1122334455667788
    mov rbx, 0x10000
    RUN "bsr32", 0x8d7, ZF_ONLY, bsr eax, ebx
    mov rax, 0x1122334455667788
    mov rbx, 0xffffffff
    RUN "bsr32", 0x8d7, ZF_ONLY, bsr eax, ebx
    mov rax, 0x1122334455667788
    mov rbx, 0x30
    RUN "bsr32", 0x8d7, ZF_ONLY, bsr eax, ebx
    mov rbx, 0
    RUN "bsr32 zero src flags", 0x8d7, ZF_ONLY, bsr ecx, ebx
    mov rax, 0x0
    mov rbx, 0
    RUN "bt64 0", 0x8d6, ZC, bt rax, rbx
    mov rax, 0x0
    mov rbx, 1
    RUN "bt64 1", 0x8d6, ZC, bt rax, rbx
    mov rax, 0x0
    mov rbx, 63
    RUN "bt64 63", 0x8d6, ZC, bt rax, rbx
    mov rax, 0x0
    mov rbx, 64
    RUN "bt64 64", 0x8d6, ZC, bt rax, rbx
    mov rax, 0x0
    mov rbx, 69
    RUN "bt64 69", 0x8d6, ZC, bt rax, rbx
    mov rax, 0x0
    mov rbx, -1
    RUN "bt64 -1", 0x8d6, ZC, bt rax, rbx
    mov rax, 0x8000000000000001
    mov rbx, 0
    RUN "bt64 0", 0x8d6, ZC, bt rax, rbx
    mov rax, 0x8000000000000001
    mov rbx, 1
    RUN "bt64 1", 0x8d6, ZC, bt rax, rbx
    mov rax, 0x8000000000000001
    mov rbx, 63
    RUN "bt64 63", 0x8d6, ZC, bt rax, rbx
    mov rax, 0x8000000000000001
    mov rbx, 64
    RUN "bt64 64", 0x8d6, ZC, bt rax, rbx
    mov rax, 0x8000000000000001
    mov rbx, 69
    RUN "bt64 69", 0x8d6, ZC, bt rax, rbx
    mov rax, 0x8000000000000001
    mov rbx, -1
    RUN "bt64 -1", 0x8d6, ZC, bt rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0
    RUN "bt64 0", 0x8d6, ZC, bt rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 1
    RUN "bt64 1", 0x8d6, ZC, bt rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 63
    RUN "bt64 63", 0x8d6, ZC, bt rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 64
    RUN "bt64 64", 0x8d6, ZC, bt rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 69
    RUN "bt64 69", 0x8d6, ZC, bt rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, -1
    RUN "bt64 -1", 0x8d6, ZC, bt rax, rbx
    mov rax, 0x1122334455667788
    RUN "bt64 imm 35", 0x2, ZC, bt rax, 35
    mov rax, 0x0
    mov rbx, 0
    RUN "bts64 0", 0x8d6, ZC, bts rax, rbx
    mov rax, 0x0
    mov rbx, 1
    RUN "bts64 1", 0x8d6, ZC, bts rax, rbx
    mov rax, 0x0
    mov rbx, 63
    RUN "bts64 63", 0x8d6, ZC, bts rax, rbx
    mov rax, 0x0
    mov rbx, 64
    RUN "bts64 64", 0x8d6, ZC, bts rax, rbx
    mov rax, 0x0
    mov rbx, 69
    RUN "bts64 69", 0x8d6, ZC, bts rax, rbx
    mov rax, 0x0
    mov rbx, -1
    RUN "bts64 -1", 0x8d6, ZC, bts rax, rbx
    mov rax, 0x8000000000000001
    mov rbx, 0
    RUN "bts64 0", 0x8d6, ZC, bts rax, rbx
    mov rax, 0x8000000000000001
    mov rbx, 1
    RUN "bts64 1", 0x8d6, ZC, bts rax, rbx
    mov rax, 0x8000000000000001
    mov rbx, 63
    RUN "bts64 63", 0x8d6, ZC, bts rax, rbx
    mov rax, 0x8000000000000001
    mov rbx, 64
    RUN "bts64 64", 0x8d6, ZC, bts rax, rbx
    mov rax, 0x8000000000000001
    mov rbx, 69
    RUN "bts64 69", 0x8d6, ZC, bts rax, rbx
    mov rax, 0x8000000000000001
    mov rbx, -1
    RUN "bts64 -1", 0x8d6, ZC, bts rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0
    RUN "bts64 0", 0x8d6, ZC, bts rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 1
    RUN "bts64 1", 0x8d6, ZC, bts rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 63
    RUN "bts64 63", 0x8d6, ZC, bts rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 64
    RUN "bts64 64", 0x8d6, ZC, bts rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 69
    RUN "bts64 69", 0x8d6, ZC, bts rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, -1
    RUN "bts64 -1", 0x8d6, ZC, bts rax, rbx
    mov rax, 0x1122334455667788
    RUN "bts64 imm 35", 0x2, ZC, bts rax, 35
    mov rax, 0x0
    mov rbx, 0
    RUN "btr64 0", 0x8d6, ZC, btr rax, rbx
    mov rax, 0x0
    mov rbx, 1
    RUN "btr64 1", 0x8d6, ZC, btr rax, rbx
    mov rax, 0x0
    mov rbx, 63
    RUN "btr64 63", 0x8d6, ZC, btr rax, rbx
    mov rax, 0x0
    mov rbx, 64
    RUN "btr64 64", 0x8d6, ZC, btr rax, rbx
    mov rax, 0x0
    mov rbx, 69
    RUN "btr64 69", 0x8d6, ZC, btr rax, rbx
    mov rax, 0x0
    mov rbx, -1
    RUN "btr64 -1", 0x8d6, ZC, btr rax, rbx
    mov rax, 0x8000000000000001
    mov rbx, 0
    RUN "btr64 0", 0x8d6, ZC, btr rax, rbx
    mov rax, 0x8000000000000001
    mov rbx, 1
    RUN "btr64 1", 0x8d6, ZC, btr rax, rbx
    mov rax, 0x8000000000000001
    mov rbx, 63
    RUN "btr64 63", 0x8d6, ZC, btr rax, rbx
    mov rax, 0x8000000000000001
    mov rbx, 64
    RUN "btr64 64", 0x8d6, ZC, btr rax, rbx
    mov rax, 0x8000000000000001
    mov rbx, 69
    RUN "btr64 69", 0x8d6, ZC, btr rax, rbx
    mov rax, 0x8000000000000001
    mov rbx, -1
    RUN "btr64 -1", 0x8d6, ZC, btr rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0
    RUN "btr64 0", 0x8d6, ZC, btr rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 1
    RUN "btr64 1", 0x8d6, ZC, btr rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 63
    RUN "btr64 63", 0x8d6, ZC, btr rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 64
    RUN "btr64 64", 0x8d6, ZC, btr rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 69
    RUN "btr64 69", 0x8d6, ZC, btr rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, -1
    RUN "btr64 -1", 0x8d6, ZC, btr rax, rbx
    mov rax, 0x1122334455667788
    RUN "btr64 imm 35", 0x2, ZC, btr rax, 35
    mov rax, 0x0
    mov rbx, 0
    RUN "btc64 0", 0x8d6, ZC, btc rax, rbx
    mov rax, 0x0
    mov rbx, 1
    RUN "btc64 1", 0x8d6, ZC, btc rax, rbx
    mov rax, 0x0
    mov rbx, 63
    RUN "btc64 63", 0x8d6, ZC, btc rax, rbx
    mov rax, 0x0
    mov rbx, 64
    RUN "btc64 64", 0x8d6, ZC, btc rax, rbx
    mov rax, 0x0
    mov rbx, 69
    RUN "btc64 69", 0x8d6, ZC, btc rax, rbx
    mov rax, 0x0
    mov rbx, -1
    RUN "btc64 -1", 0x8d6, ZC, btc rax, rbx
    mov rax, 0x8000000000000001
    mov rbx, 0
    RUN "btc64 0", 0x8d6, ZC, btc rax, rbx
    mov rax, 0x8000000000000001
    mov rbx, 1
    RUN "btc64 1", 0x8d6, ZC, btc rax, rbx
    mov rax, 0x8000000000000001
    mov rbx, 63
    RUN "btc64 63", 0x8d6, ZC, btc rax, rbx
    mov rax, 0x8000000000000001
    mov rbx, 64
    RUN "btc64 64", 0x8d6, ZC, btc rax, rbx
    mov rax, 0x8000000000000001
    mov rbx, 69
    RUN "btc64 69", 0x8d6, ZC, btc rax, rbx
    mov rax, 0x8000000000000001
    mov rbx, -1
    RUN "btc64 -1", 0x8d6, ZC, btc rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0
    RUN "btc64 0", 0x8d6, ZC, btc rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 1
    RUN "btc64 1", 0x8d6, ZC, btc rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 63
    RUN "btc64 63", 0x8d6, ZC, btc rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 64
    RUN "btc64 64", 0x8d6, ZC, btc rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 69
    RUN "btc64 69", 0x8d6, ZC, btc rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, -1
    RUN "btc64 -1", 0x8d6, ZC, btc rax, rbx
    mov rax, 0x1122334455667788
    RUN "btc64 imm 35", 0x2, ZC, btc rax, 35
    mov rax, 0x1122334455667788
    mov rbx, 0x1
    RUN "bsf64", 0x8d7, ZF_ONLY, bsf rax, rbx
    mov rax, 0x1122334455667788
    mov rbx, 0x8000000000000000
    RUN "bsf64", 0x8d7, ZF_ONLY, bsf rax, rbx
    mov rax, 0x1122334455667788
    mov rbx, 0x1000000010000
    RUN "bsf64", 0x8d7, ZF_ONLY, bsf rax, rbx
    mov rax, 0x1122334455667788
    mov rbx, 0xffffffffffffffff
    RUN "bsf64", 0x8d7, ZF_ONLY, bsf rax, rbx
    mov rax, 0x1122334455667788
    mov rbx, 0x30
    RUN "bsf64", 0x8d7, ZF_ONLY, bsf rax, rbx
    mov rbx, 0
    RUN "bsf64 zero src flags", 0x8d7, ZF_ONLY, bsf rcx, rbx
    mov rax, 0x1122334455667788
    mov rbx, 0x1
    RUN "bsr64", 0x8d7, ZF_ONLY, bsr rax, rbx
    mov rax, 0x1122334455667788
    mov rbx, 0x8000000000000000
    RUN "bsr64", 0x8d7, ZF_ONLY, bsr rax, rbx
    mov rax, 0x1122334455667788
    mov rbx, 0x1000000010000
    RUN "bsr64", 0x8d7, ZF_ONLY, bsr rax, rbx
    mov rax, 0x1122334455667788
    mov rbx, 0xffffffffffffffff
    RUN "bsr64", 0x8d7, ZF_ONLY, bsr rax, rbx
    mov rax, 0x1122334455667788
    mov rbx, 0x30
    RUN "bsr64", 0x8d7, ZF_ONLY, bsr rax, rbx
    mov rbx, 0
    RUN "bsr64 zero src flags", 0x8d7, ZF_ONLY, bsr rcx, rbx
    lea rdx, [rel bitarr]
    mov rbx, 0
    RUN "bt mem 0", 0x2, ZC, bt qword [rel bitarr+32], rbx
    mov rax, [rel bitarr+24]
    mov rcx, [rel bitarr+48]
    PRINT "  words "
    mov r8d, 32
    call print_hex
    push rax
    mov rax, rcx
    mov r8d, 10
    call print_hex
    pop rax
    mov rbx, 0
    RUN "bts mem 0", 0x2, ZC, bts qword [rel bitarr+32], rbx
    mov rax, [rel bitarr+24]
    mov rcx, [rel bitarr+48]
    PRINT "  words "
    mov r8d, 32
    call print_hex
    push rax
    mov rax, rcx
    mov r8d, 10
    call print_hex
    pop rax
    mov rbx, 0
    RUN "btc mem 0", 0x2, ZC, btc qword [rel bitarr+32], rbx
    mov rax, [rel bitarr+24]
    mov rcx, [rel bitarr+48]
    PRINT "  words "
    mov r8d, 32
    call print_hex
    push rax
    mov rax, rcx
    mov r8d, 10
    call print_hex
    pop rax
    mov rbx, 0
    RUN "btr mem 0", 0x2, ZC, btr qword [rel bitarr+32], rbx
    mov rax, [rel bitarr+24]
    mov rcx, [rel bitarr+48]
    PRINT "  words "
    mov r8d, 32
    call print_hex
    push rax
    mov rax, rcx
    mov r8d, 10
    call print_hex
    pop rax
    mov rbx, 5
    RUN "bt mem 5", 0x2, ZC, bt qword [rel bitarr+32], rbx
    mov rax, [rel bitarr+24]
    mov rcx, [rel bitarr+48]
    PRINT "  words "
    mov r8d, 32
    call print_hex
    push rax
    mov rax, rcx
    mov r8d, 10
    call print_hex
    pop rax
    mov rbx, 5
    RUN "bts mem 5", 0x2, ZC, bts qword [rel bitarr+32], rbx
    mov rax, [rel bitarr+24]
    mov rcx, [rel bitarr+48]
    PRINT "  words "
    mov r8d, 32
    call print_hex
    push rax
    mov rax, rcx
    mov r8d, 10
    call print_hex
    pop rax
    mov rbx, 5
    RUN "btc mem 5", 0x2, ZC, btc qword [rel bitarr+32], rbx
    mov rax, [rel bitarr+24]
    mov rcx, [rel bitarr+48]
    PRINT "  words "
    mov r8d, 32
    call print_hex
    push rax
    mov rax, rcx
    mov r8d, 10
    call print_hex
    pop rax
    mov rbx, 5
    RUN "btr mem 5", 0x2, ZC, btr qword [rel bitarr+32], rbx
    mov rax, [rel bitarr+24]
    mov rcx, [rel bitarr+48]
    PRINT "  words "
    mov r8d, 32
    call print_hex
    push rax
    mov rax, rcx
    mov r8d, 10
    call print_hex
    pop rax
    mov rbx, 64
    RUN "bt mem 64", 0x2, ZC, bt qword [rel bitarr+32], rbx
    mov rax, [rel bitarr+24]
    mov rcx, [rel bitarr+48]
    PRINT "  words "
    mov r8d, 32
    call print_hex
    push rax
    mov rax, rcx
    mov r8d, 10
    call print_hex
    pop rax
    mov rbx, 64
    RUN "bts mem 64", 0x2, ZC, bts qword [rel bitarr+32], rbx
    mov rax, [rel bitarr+24]
    mov rcx, [rel bitarr+48]
    PRINT "  words "
    mov r8d, 32
    call print_hex
    push rax
    mov rax, rcx
    mov r8d, 10
    call print_hex
    pop rax
    mov rbx, 64
    RUN "btc mem 64", 0x2, ZC, btc qword [rel bitarr+32], rbx
    mov rax, [rel bitarr+24]
    mov rcx, [rel bitarr+48]
    PRINT "  words "
    mov r8d, 32
    call print_hex
    push rax
    mov rax, rcx
    mov r8d, 10
    call print_hex
    pop rax
    mov rbx, 64
    RUN "btr mem 64", 0x2, ZC, btr qword [rel bitarr+32], rbx
    mov rax, [rel bitarr+24]
    mov rcx, [rel bitarr+48]
    PRINT "  words "
    mov r8d, 32
    call print_hex
    push rax
    mov rax, rcx
    mov r8d, 10
    call print_hex
    pop rax
    mov rbx, 100
    RUN "bt mem 100", 0x2, ZC, bt qword [rel bitarr+32], rbx
    mov rax, [rel bitarr+24]
    mov rcx, [rel bitarr+48]
    PRINT "  words "
    mov r8d, 32
    call print_hex
    push rax
    mov rax, rcx
    mov r8d, 10
    call print_hex
    pop rax
    mov rbx, 100
    RUN "bts mem 100", 0x2, ZC, bts qword [rel bitarr+32], rbx
    mov rax, [rel bitarr+24]
    mov rcx, [rel bitarr+48]
    PRINT "  words "
    mov r8d, 32
    call print_hex
    push rax
    mov rax, rcx
    mov r8d, 10
    call print_hex
    pop rax
    mov rbx, 100
    RUN "btc mem 100", 0x2, ZC, btc qword [rel bitarr+32], rbx
    mov rax, [rel bitarr+24]
    mov rcx, [rel bitarr+48]
    PRINT "  words "
    mov r8d, 32
    call print_hex
    push rax
    mov rax, rcx
    mov r8d, 10
    call print_hex
    pop rax
    mov rbx, 100
    RUN "btr mem 100", 0x2, ZC, btr qword [rel bitarr+32], rbx
    mov rax, [rel bitarr+24]
    mov rcx, [rel bitarr+48]
    PRINT "  words "
    mov r8d, 32
    call print_hex
    push rax
    mov rax, rcx
    mov r8d, 10
    call print_hex
    pop rax
    mov rbx, 200
    RUN "bt mem 200", 0x2, ZC, bt qword [rel bitarr+32], rbx
    mov rax, [rel bitarr+24]
    mov rcx, [rel bitarr+48]
    PRINT "  words "
    mov r8d, 32
    call print_hex
    push rax
    mov rax, rcx
    mov r8d, 10
    call print_hex
    pop rax
    mov rbx, 200
    RUN "bts mem 200", 0x2, ZC, bts qword [rel bitarr+32], rbx
    mov rax, [rel bitarr+24]
    mov rcx, [rel bitarr+48]
    PRINT "  words "
    mov r8d, 32
    call print_hex
    push rax
    mov rax, rcx
    mov r8d, 10
    call print_hex
    pop rax
    mov rbx, 200
    RUN "btc mem 200", 0x2, ZC, btc qword [rel bitarr+32], rbx
    mov rax, [rel bitarr+24]
    mov rcx, [rel bitarr+48]
    PRINT "  words "
    mov r8d, 32
    call print_hex
    push rax
    mov rax, rcx
    mov r8d, 10
    call print_hex
    pop rax
    mov rbx, 200
    RUN "btr mem 200", 0x2, ZC, btr qword [rel bitarr+32], rbx
    mov rax, [rel bitarr+24]
    mov rcx, [rel bitarr+48]
    PRINT "  words "
    mov r8d, 32
    call print_hex
    push rax
    mov rax, rcx
    mov r8d, 10
    call print_hex
    pop rax
    mov rbx, -1
    RUN "bt mem -1", 0x2, ZC, bt qword [rel bitarr+32], rbx
    mov rax, [rel bitarr+24]
    mov rcx, [rel bitarr+48]
    PRINT "  words "
    mov r8d, 32
    call print_hex
    push rax
    mov rax, rcx
    mov r8d, 10
    call print_hex
    pop rax
    mov rbx, -1
    RUN "bts mem -1", 0x2, ZC, bts qword [rel bitarr+32], rbx
    mov rax, [rel bitarr+24]
    mov rcx, [rel bitarr+48]
    PRINT "  words "
    mov r8d, 32
    call print_hex
    push rax
    mov rax, rcx
    mov r8d, 10
    call print_hex
    pop rax
    mov rbx, -1
    RUN "btc mem -1", 0x2, ZC, btc qword [rel bitarr+32], rbx
    mov rax, [rel bitarr+24]
    mov rcx, [rel bitarr+48]
    PRINT "  words "
    mov r8d, 32
    call print_hex
    push rax
    mov rax, rcx
    mov r8d, 10
    call print_hex
    pop rax
    mov rbx, -1
    RUN "btr mem -1", 0x2, ZC, btr qword [rel bitarr+32], rbx
    mov rax, [rel bitarr+24]
    mov rcx, [rel bitarr+48]
    PRINT "  words "
    mov r8d, 32
    call print_hex
    push rax
    mov rax, rcx
    mov r8d, 10
    call print_hex
    pop rax
    mov rbx, -60
    RUN "bt mem -60", 0x2, ZC, bt qword [rel bitarr+32], rbx
    mov rax, [rel bitarr+24]
    mov rcx, [rel bitarr+48]
    PRINT "  words "
    mov r8d, 32
    call print_hex
    push rax
    mov rax, rcx
    mov r8d, 10
    call print_hex
    pop rax
    mov rbx, -60
    RUN "bts mem -60", 0x2, ZC, bts qword [rel bitarr+32], rbx
    mov rax, [rel bitarr+24]
    mov rcx, [rel bitarr+48]
    PRINT "  words "
    mov r8d, 32
    call print_hex
    push rax
    mov rax, rcx
    mov r8d, 10
    call print_hex
    pop rax
    mov rbx, -60
    RUN "btc mem -60", 0x2, ZC, btc qword [rel bitarr+32], rbx
    mov rax, [rel bitarr+24]
    mov rcx, [rel bitarr+48]
    PRINT "  words "
    mov r8d, 32
    call print_hex
    push rax
    mov rax, rcx
    mov r8d, 10
    call print_hex
    pop rax
    mov rbx, -60
    RUN "btr mem -60", 0x2, ZC, btr qword [rel bitarr+32], rbx
    mov rax, [rel bitarr+24]
    mov rcx, [rel bitarr+48]
    PRINT "  words "
    mov r8d, 32
    call print_hex
    push rax
    mov rax, rcx
    mov r8d, 10
    call print_hex
    pop rax
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeff05
    mov rdx, 0x99aabbccddeeff00
    RUN "mul8 1op", 0x8d7, OC, mul bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeff01
    mov rdx, 0x99aabbccddeeff00
    RUN "mul8 1op", 0x8d7, OC, mul bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeffff
    mov rdx, 0x99aabbccddeeff00
    RUN "mul8 1op", 0x8d7, OC, mul bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeff02
    mov rdx, 0x99aabbccddeeff00
    RUN "mul8 1op", 0x8d7, OC, mul bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeff02
    mov rdx, 0x99aabbccddeeff00
    RUN "mul8 1op", 0x8d7, OC, mul bl
    mov rax, 0x1122334455667703
    mov rbx, 0x99aabbccddeeff81
    mov rdx, 0x99aabbccddeeff00
    RUN "mul8 1op", 0x8d7, OC, mul bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeffef
    mov rdx, 0x99aabbccddeeff00
    RUN "mul8 1op", 0x8d7, OC, mul bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeff05
    mov rdx, 0x99aabbccddeeff00
    RUN "imul8 1op", 0x8d7, OC, imul bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeff01
    mov rdx, 0x99aabbccddeeff00
    RUN "imul8 1op", 0x8d7, OC, imul bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeffff
    mov rdx, 0x99aabbccddeeff00
    RUN "imul8 1op", 0x8d7, OC, imul bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeff02
    mov rdx, 0x99aabbccddeeff00
    RUN "imul8 1op", 0x8d7, OC, imul bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeff02
    mov rdx, 0x99aabbccddeeff00
    RUN "imul8 1op", 0x8d7, OC, imul bl
    mov rax, 0x1122334455667703
    mov rbx, 0x99aabbccddeeff81
    mov rdx, 0x99aabbccddeeff00
    RUN "imul8 1op", 0x8d7, OC, imul bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeffef
    mov rdx, 0x99aabbccddeeff00
    RUN "imul8 1op", 0x8d7, OC, imul bl
    mov rax, 0x1122334455660064
    mov rbx, 0x99aabbccddeeff07
    RUN "div8 0:64/7", 0x8d7, 0, div bl
    mov rax, 0x11223344556600ff
    mov rbx, 0x99aabbccddeeffff
    RUN "div8 0:ff/ff", 0x8d7, 0, div bl
    mov rax, 0x1122334455660100
    mov rbx, 0x99aabbccddeeff02
    RUN "div8 1:0/2", 0x8d7, 0, div bl
    mov rax, 0x1122334455660080
    mov rbx, 0x99aabbccddeeffff
    RUN "div8 0:80/ff", 0x8d7, 0, div bl
    mov rax, 0x1122334455660039
    mov rbx, 0x99aabbccddeeff01
    RUN "div8 0:39/1", 0x8d7, 0, div bl
    mov rax, 0x1122334455660064
    mov rbx, 0x99aabbccddeeff07
    RUN "idiv8 0:64/7", 0x8d7, 0, idiv bl
    mov rax, 0x112233445566fff9
    mov rbx, 0x99aabbccddeeff03
    RUN "idiv8 ff:f9/3", 0x8d7, 0, idiv bl
    mov rax, 0x1122334455660080
    mov rbx, 0x99aabbccddeeffff
    RUN "idiv8 0:80/ff", 0x8d7, 0, idiv bl
    mov rax, 0x112233445566ff9c
    mov rbx, 0x99aabbccddeefff9
    RUN "idiv8 ff:9c/f9", 0x8d7, 0, idiv bl
    mov rax, 0x1122334455660039
    mov rbx, 0x99aabbccddeeff01
    RUN "idiv8 0:39/1", 0x8d7, 0, idiv bl
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddee0005
    mov rdx, 0x99aabbccddeeff00
    RUN "mul16 1op", 0x8d7, OC, mul bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddee0001
    mov rdx, 0x99aabbccddeeff00
    RUN "mul16 1op", 0x8d7, OC, mul bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddeeffff
    mov rdx, 0x99aabbccddeeff00
    RUN "mul16 1op", 0x8d7, OC, mul bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddee0002
    mov rdx, 0x99aabbccddeeff00
    RUN "mul16 1op", 0x8d7, OC, mul bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddee0002
    mov rdx, 0x99aabbccddeeff00
    RUN "mul16 1op", 0x8d7, OC, mul bx
    mov rax, 0x1122334455660003
    mov rbx, 0x99aabbccddee8001
    mov rdx, 0x99aabbccddeeff00
    RUN "mul16 1op", 0x8d7, OC, mul bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddeecdef
    mov rdx, 0x99aabbccddeeff00
    RUN "mul16 1op", 0x8d7, OC, mul bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddee0005
    mov rdx, 0x99aabbccddeeff00
    RUN "imul16 1op", 0x8d7, OC, imul bx
    RUN "imul16 2op", 0x8d7, OC, imul ax, bx
    RUN "imul16 3op", 0x8d7, OC, imul ax, bx, -3
    RUN "imul16 3op imm", 0x8d7, OC, imul ax, bx, 4660
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddee0001
    mov rdx, 0x99aabbccddeeff00
    RUN "imul16 1op", 0x8d7, OC, imul bx
    RUN "imul16 2op", 0x8d7, OC, imul ax, bx
    RUN "imul16 3op", 0x8d7, OC, imul ax, bx, -3
    RUN "imul16 3op imm", 0x8d7, OC, imul ax, bx, 4660
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddeeffff
    mov rdx, 0x99aabbccddeeff00
    RUN "imul16 1op", 0x8d7, OC, imul bx
    RUN "imul16 2op", 0x8d7, OC, imul ax, bx
    RUN "imul16 3op", 0x8d7, OC, imul ax, bx, -3
    RUN "imul16 3op imm", 0x8d7, OC, imul ax, bx, 4660
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddee0002
    mov rdx, 0x99aabbccddeeff00
    RUN "imul16 1op", 0x8d7, OC, imul bx
    RUN "imul16 2op", 0x8d7, OC, imul ax, bx
    RUN "imul16 3op", 0x8d7, OC, imul ax, bx, -3
    RUN "imul16 3op imm", 0x8d7, OC, imul ax, bx, 4660
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddee0002
    mov rdx, 0x99aabbccddeeff00
    RUN "imul16 1op", 0x8d7, OC, imul bx
    RUN "imul16 2op", 0x8d7, OC, imul ax, bx
    RUN "imul16 3op", 0x8d7, OC, imul ax, bx, -3
    RUN "imul16 3op imm", 0x8d7, OC, imul ax, bx, 4660
    mov rax, 0x1122334455660003
    mov rbx, 0x99aabbccddee8001
    mov rdx, 0x99aabbccddeeff00
    RUN "imul16 1op", 0x8d7, OC, imul bx
    RUN "imul16 2op", 0x8d7, OC, imul ax, bx
    RUN "imul16 3op", 0x8d7, OC, imul ax, bx, -3
    RUN "imul16 3op imm", 0x8d7, OC, imul ax, bx, 4660
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddeecdef
    mov rdx, 0x99aabbccddeeff00
    RUN "imul16 1op", 0x8d7, OC, imul bx
    RUN "imul16 2op", 0x8d7, OC, imul ax, bx
    RUN "imul16 3op", 0x8d7, OC, imul ax, bx, -3
    RUN "imul16 3op imm", 0x8d7, OC, imul ax, bx, 4660
    mov rax, 0x1122334455660064
    mov rdx, 0x99aabbccddee0000
    mov rbx, 0x99aabbccddee0007
    RUN "div16 0:64/7", 0x8d7, 0, div bx
    mov rax, 0x112233445566ffff
    mov rdx, 0x99aabbccddee0000
    mov rbx, 0x99aabbccddeeffff
    RUN "div16 0:ffff/ffff", 0x8d7, 0, div bx
    mov rax, 0x1122334455660000
    mov rdx, 0x99aabbccddee0001
    mov rbx, 0x99aabbccddee0002
    RUN "div16 1:0/2", 0x8d7, 0, div bx
    mov rax, 0x1122334455668000
    mov rdx, 0x99aabbccddee0000
    mov rbx, 0x99aabbccddeeffff
    RUN "div16 0:8000/ffff", 0x8d7, 0, div bx
    mov rax, 0x1122334455663039
    mov rdx, 0x99aabbccddee0000
    mov rbx, 0x99aabbccddee0001
    RUN "div16 0:3039/1", 0x8d7, 0, div bx
    mov rax, 0x1122334455660064
    mov rdx, 0x99aabbccddee0000
    mov rbx, 0x99aabbccddee0007
    RUN "idiv16 0:64/7", 0x8d7, 0, idiv bx
    mov rax, 0x112233445566fff9
    mov rdx, 0x99aabbccddeeffff
    mov rbx, 0x99aabbccddee0003
    RUN "idiv16 ffff:fff9/3", 0x8d7, 0, idiv bx
    mov rax, 0x1122334455668000
    mov rdx, 0x99aabbccddee0000
    mov rbx, 0x99aabbccddeeffff
    RUN "idiv16 0:8000/ffff", 0x8d7, 0, idiv bx
    mov rax, 0x112233445566ff9c
    mov rdx, 0x99aabbccddeeffff
    mov rbx, 0x99aabbccddeefff9
    RUN "idiv16 ffff:ff9c/fff9", 0x8d7, 0, idiv bx
    mov rax, 0x1122334455663039
    mov rdx, 0x99aabbccddee0000
    mov rbx, 0x99aabbccddee0001
    RUN "idiv16 0:3039/1", 0x8d7, 0, idiv bx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbcc00000005
    mov rdx, 0x99aabbccddeeff00
    RUN "mul32 1op", 0x8d7, OC, mul ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbcc00000001
    mov rdx, 0x99aabbccddeeff00
    RUN "mul32 1op", 0x8d7, OC, mul ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbccffffffff
    mov rdx, 0x99aabbccddeeff00
    RUN "mul32 1op", 0x8d7, OC, mul ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbcc00000002
    mov rdx, 0x99aabbccddeeff00
    RUN "mul32 1op", 0x8d7, OC, mul ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbcc00000002
    mov rdx, 0x99aabbccddeeff00
    RUN "mul32 1op", 0x8d7, OC, mul ebx
    mov rax, 0x1122334400000003
    mov rbx, 0x99aabbcc80000001
    mov rdx, 0x99aabbccddeeff00
    RUN "mul32 1op", 0x8d7, OC, mul ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbcc90abcdef
    mov rdx, 0x99aabbccddeeff00
    RUN "mul32 1op", 0x8d7, OC, mul ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbcc00000005
    mov rdx, 0x99aabbccddeeff00
    RUN "imul32 1op", 0x8d7, OC, imul ebx
    RUN "imul32 2op", 0x8d7, OC, imul eax, ebx
    RUN "imul32 3op", 0x8d7, OC, imul eax, ebx, -3
    RUN "imul32 3op imm", 0x8d7, OC, imul eax, ebx, 74565
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbcc00000001
    mov rdx, 0x99aabbccddeeff00
    RUN "imul32 1op", 0x8d7, OC, imul ebx
    RUN "imul32 2op", 0x8d7, OC, imul eax, ebx
    RUN "imul32 3op", 0x8d7, OC, imul eax, ebx, -3
    RUN "imul32 3op imm", 0x8d7, OC, imul eax, ebx, 74565
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbccffffffff
    mov rdx, 0x99aabbccddeeff00
    RUN "imul32 1op", 0x8d7, OC, imul ebx
    RUN "imul32 2op", 0x8d7, OC, imul eax, ebx
    RUN "imul32 3op", 0x8d7, OC, imul eax, ebx, -3
    RUN "imul32 3op imm", 0x8d7, OC, imul eax, ebx, 74565
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbcc00000002
    mov rdx, 0x99aabbccddeeff00
    RUN "imul32 1op", 0x8d7, OC, imul ebx
    RUN "imul32 2op", 0x8d7, OC, imul eax, ebx
    RUN "imul32 3op", 0x8d7, OC, imul eax, ebx, -3
    RUN "imul32 3op imm", 0x8d7, OC, imul eax, ebx, 74565
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbcc00000002
    mov rdx, 0x99aabbccddeeff00
    RUN "imul32 1op", 0x8d7, OC, imul ebx
    RUN "imul32 2op", 0x8d7, OC, imul eax, ebx
    RUN "imul32 3op", 0x8d7, OC, imul eax, ebx, -3
    RUN "imul32 3op imm", 0x8d7, OC, imul eax, ebx, 74565
    mov rax, 0x1122334400000003
    mov rbx, 0x99aabbcc80000001
    mov rdx, 0x99aabbccddeeff00
    RUN "imul32 1op", 0x8d7, OC, imul ebx
    RUN "imul32 2op", 0x8d7, OC, imul eax, ebx
    RUN "imul32 3op", 0x8d7, OC, imul eax, ebx, -3
    RUN "imul32 3op imm", 0x8d7, OC, imul eax, ebx, 74565
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbcc90abcdef
    mov rdx, 0x99aabbccddeeff00
    RUN "imul32 1op", 0x8d7, OC, imul ebx
    RUN "imul32 2op", 0x8d7, OC, imul eax, ebx
    RUN "imul32 3op", 0x8d7, OC, imul eax, ebx, -3
    RUN "imul32 3op imm", 0x8d7, OC, imul eax, ebx, 74565
    mov rax, 0x1122334400000064
    mov rdx, 0x99aabbcc00000000
    mov rbx, 0x99aabbcc00000007
    RUN "div32 0:64/7", 0x8d7, 0, div ebx
    mov rax, 0x11223344ffffffff
    mov rdx, 0x99aabbcc00000000
    mov rbx, 0x99aabbccffffffff
    RUN "div32 0:ffffffff/ffffffff", 0x8d7, 0, div ebx
    mov rax, 0x1122334400000000
    mov rdx, 0x99aabbcc00000001
    mov rbx, 0x99aabbcc00000002
    RUN "div32 1:0/2", 0x8d7, 0, div ebx
    mov rax, 0x1122334480000000
    mov rdx, 0x99aabbcc00000000
    mov rbx, 0x99aabbccffffffff
    RUN "div32 0:80000000/ffffffff", 0x8d7, 0, div ebx
    mov rax, 0x1122334400003039
    mov rdx, 0x99aabbcc00000000
    mov rbx, 0x99aabbcc00000001
    RUN "div32 0:3039/1", 0x8d7, 0, div ebx
    mov rax, 0x1122334400000064
    mov rdx, 0x99aabbcc00000000
    mov rbx, 0x99aabbcc00000007
    RUN "idiv32 0:64/7", 0x8d7, 0, idiv ebx
    mov rax, 0x11223344fffffff9
    mov rdx, 0x99aabbccffffffff
    mov rbx, 0x99aabbcc00000003
    RUN "idiv32 ffffffff:fffffff9/3", 0x8d7, 0, idiv ebx
    mov rax, 0x1122334480000000
    mov rdx, 0x99aabbcc00000000
    mov rbx, 0x99aabbccffffffff
    RUN "idiv32 0:80000000/ffffffff", 0x8d7, 0, idiv ebx
    mov rax, 0x11223344ffffff9c
    mov rdx, 0x99aabbccffffffff
    mov rbx, 0x99aabbccfffffff9
    RUN "idiv32 ffffffff:ffffff9c/fffffff9", 0x8d7, 0, idiv ebx
    mov rax, 0x1122334400003039
    mov rdx, 0x99aabbcc00000000
    mov rbx, 0x99aabbcc00000001
    RUN "idiv32 0:3039/1", 0x8d7, 0, idiv ebx
    mov rax, 0x0
    mov rbx, 0x5
    mov rdx, 0x99aabbccddeeff00
    RUN "mul64 1op", 0x8d7, OC, mul rbx
    mov rax, 0x1
    mov rbx, 0x1
    mov rdx, 0x99aabbccddeeff00
    RUN "mul64 1op", 0x8d7, OC, mul rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0xffffffffffffffff
    mov rdx, 0x99aabbccddeeff00
    RUN "mul64 1op", 0x8d7, OC, mul rbx
    mov rax, 0x8000000000000000
    mov rbx, 0x2
    mov rdx, 0x99aabbccddeeff00
    RUN "mul64 1op", 0x8d7, OC, mul rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0x2
    mov rdx, 0x99aabbccddeeff00
    RUN "mul64 1op", 0x8d7, OC, mul rbx
    mov rax, 0x3
    mov rbx, 0x8000000000000001
    mov rdx, 0x99aabbccddeeff00
    RUN "mul64 1op", 0x8d7, OC, mul rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0x1234567890abcdef
    mov rdx, 0x99aabbccddeeff00
    RUN "mul64 1op", 0x8d7, OC, mul rbx
    mov rax, 0x0
    mov rbx, 0x5
    mov rdx, 0x99aabbccddeeff00
    RUN "imul64 1op", 0x8d7, OC, imul rbx
    RUN "imul64 2op", 0x8d7, OC, imul rax, rbx
    RUN "imul64 3op", 0x8d7, OC, imul rax, rbx, -3
    RUN "imul64 3op imm", 0x8d7, OC, imul rax, rbx, 74565
    mov rax, 0x1
    mov rbx, 0x1
    mov rdx, 0x99aabbccddeeff00
    RUN "imul64 1op", 0x8d7, OC, imul rbx
    RUN "imul64 2op", 0x8d7, OC, imul rax, rbx
    RUN "imul64 3op", 0x8d7, OC, imul rax, rbx, -3
    RUN "imul64 3op imm", 0x8d7, OC, imul rax, rbx, 74565
    mov rax, 0xffffffffffffffff
    mov rbx, 0xffffffffffffffff
    mov rdx, 0x99aabbccddeeff00
    RUN "imul64 1op", 0x8d7, OC, imul rbx
    RUN "imul64 2op", 0x8d7, OC, imul rax, rbx
    RUN "imul64 3op", 0x8d7, OC, imul rax, rbx, -3
    RUN "imul64 3op imm", 0x8d7, OC, imul rax, rbx, 74565
    mov rax, 0x8000000000000000
    mov rbx, 0x2
    mov rdx, 0x99aabbccddeeff00
    RUN "imul64 1op", 0x8d7, OC, imul rbx
    RUN "imul64 2op", 0x8d7, OC, imul rax, rbx
    RUN "imul64 3op", 0x8d7, OC, imul rax, rbx, -3
    RUN "imul64 3op imm", 0x8d7, OC, imul rax, rbx, 74565
    mov rax, 0x7fffffffffffffff
    mov rbx, 0x2
    mov rdx, 0x99aabbccddeeff00
    RUN "imul64 1op", 0x8d7, OC, imul rbx
    RUN "imul64 2op", 0x8d7, OC, imul rax, rbx
    RUN "imul64 3op", 0x8d7, OC, imul rax, rbx, -3
    RUN "imul64 3op imm", 0x8d7, OC, imul rax, rbx, 74565
    mov rax, 0x3
    mov rbx, 0x8000000000000001
    mov rdx, 0x99aabbccddeeff00
    RUN "imul64 1op", 0x8d7, OC, imul rbx
    RUN "imul64 2op", 0x8d7, OC, imul rax, rbx
    RUN "imul64 3op", 0x8d7, OC, imul rax, rbx, -3
    RUN "imul64 3op imm", 0x8d7, OC, imul rax, rbx, 74565
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0x1234567890abcdef
    mov rdx, 0x99aabbccddeeff00
    RUN "imul64 1op", 0x8d7, OC, imul rbx
    RUN "imul64 2op", 0x8d7, OC, imul rax, rbx
    RUN "imul64 3op", 0x8d7, OC, imul rax, rbx, -3
    RUN "imul64 3op imm", 0x8d7, OC, imul rax, rbx, 74565
    mov rax, 0x64
    mov rdx, 0x0
    mov rbx, 0x7
    RUN "div64 0:64/7", 0x8d7, 0, div rbx
    mov rax, 0xffffffffffffffff
    mov rdx, 0x0
    mov rbx, 0xffffffffffffffff
    RUN "div64 0:ffffffffffffffff/ffffffffffffffff", 0x8d7, 0, div rbx
    mov rax, 0x0
    mov rdx, 0x1
    mov rbx, 0x2
    RUN "div64 1:0/2", 0x8d7, 0, div rbx
    mov rax, 0x8000000000000000
    mov rdx, 0x0
    mov rbx, 0xffffffffffffffff
    RUN "div64 0:8000000000000000/ffffffffffffffff", 0x8d7, 0, div rbx
    mov rax, 0x3039
    mov rdx, 0x0
    mov rbx, 0x1
    RUN "div64 0:3039/1", 0x8d7, 0, div rbx
    mov rax, 0x64
    mov rdx, 0x0
    mov rbx, 0x7
    RUN "idiv64 0:64/7", 0x8d7, 0, idiv rbx
    mov rax, 0xfffffffffffffff9
    mov rdx, 0xffffffffffffffff
    mov rbx, 0x3
    RUN "idiv64 ffffffffffffffff:fffffffffffffff9/3", 0x8d7, 0, idiv rbx
    mov rax, 0x8000000000000000
    mov rdx, 0x0
    mov rbx, 0xffffffffffffffff
    RUN "idiv64 0:8000000000000000/ffffffffffffffff", 0x8d7, 0, idiv rbx
    mov rax, 0xffffffffffffff9c
    mov rdx, 0xffffffffffffffff
    mov rbx, 0xfffffffffffffff9
    RUN "idiv64 ffffffffffffffff:ffffffffffffff9c/fffffffffffffff9", 0x8d7, 0, idiv rbx
    mov rax, 0x3039
    mov rdx, 0x0
    mov rbx, 0x1
    RUN "idiv64 0:3039/1", 0x8d7, 0, idiv rbx
    mov rax, 0x1122334455667788
    mov rbx, 0x99aabbccddeeff00
    mov rdx, 0x99aabbccddeeff00
    RUN "cbw", 0x2, 0, cbw
    mov rax, 0x99aabbccddeeff00
    mov rbx, 0x99aabbccddeeff00
    mov rdx, 0x99aabbccddeeff00
    RUN "cbw", 0x2, 0, cbw
    mov rax, 0x7f80ff7f8001
    mov rbx, 0x99aabbccddeeff00
    mov rdx, 0x99aabbccddeeff00
    RUN "cbw", 0x2, 0, cbw
    mov rax, 0x1122334455667788
    mov rbx, 0x99aabbccddeeff00
    mov rdx, 0x99aabbccddeeff00
    RUN "cwde", 0x2, 0, cwde
    mov rax, 0x99aabbccddeeff00
    mov rbx, 0x99aabbccddeeff00
    mov rdx, 0x99aabbccddeeff00
    RUN "cwde", 0x2, 0, cwde
    mov rax, 0x7f80ff7f8001
    mov rbx, 0x99aabbccddeeff00
    mov rdx, 0x99aabbccddeeff00
    RUN "cwde", 0x2, 0, cwde
    mov rax, 0x1122334455667788
    mov rbx, 0x99aabbccddeeff00
    mov rdx, 0x99aabbccddeeff00
    RUN "cdqe", 0x2, 0, cdqe
    mov rax, 0x99aabbccddeeff00
    mov rbx, 0x99aabbccddeeff00
    mov rdx, 0x99aabbccddeeff00
    RUN "cdqe", 0x2, 0, cdqe
    mov rax, 0x7f80ff7f8001
    mov rbx, 0x99aabbccddeeff00
    mov rdx, 0x99aabbccddeeff00
    RUN "cdqe", 0x2, 0, cdqe
    mov rax, 0x1122334455667788
    mov rbx, 0x99aabbccddeeff00
    mov rdx, 0x99aabbccddeeff00
    RUN "cwd", 0x2, 0, cwd
    mov rax, 0x99aabbccddeeff00
    mov rbx, 0x99aabbccddeeff00
    mov rdx, 0x99aabbccddeeff00
    RUN "cwd", 0x2, 0, cwd
    mov rax, 0x7f80ff7f8001
    mov rbx, 0x99aabbccddeeff00
    mov rdx, 0x99aabbccddeeff00
    RUN "cwd", 0x2, 0, cwd
    mov rax, 0x1122334455667788
    mov rbx, 0x99aabbccddeeff00
    mov rdx, 0x99aabbccddeeff00
    RUN "cdq", 0x2, 0, cdq
    mov rax, 0x99aabbccddeeff00
    mov rbx, 0x99aabbccddeeff00
    mov rdx, 0x99aabbccddeeff00
    RUN "cdq", 0x2, 0, cdq
    mov rax, 0x7f80ff7f8001
    mov rbx, 0x99aabbccddeeff00
    mov rdx, 0x99aabbccddeeff00
    RUN "cdq", 0x2, 0, cdq
    mov rax, 0x1122334455667788
    mov rbx, 0x99aabbccddeeff00
    mov rdx, 0x99aabbccddeeff00
    RUN "cqo", 0x2, 0, cqo
    mov rax, 0x99aabbccddeeff00
    mov rbx, 0x99aabbccddeeff00
    mov rdx, 0x99aabbccddeeff00
    RUN "cqo", 0x2, 0, cqo
    mov rax, 0x7f80ff7f8001
    mov rbx, 0x99aabbccddeeff00
    mov rdx, 0x99aabbccddeeff00
    RUN "cqo", 0x2, 0, cqo
    mov rax, 0x1122334455667788
    mov rbx, 0x99aabbccddeeff00
    mov rdx, 0x99aabbccddeeff00
    RUN "movsx rbx, al", 0x2, 0, movsx rbx, al
    mov rax, 0x99aabbccddeeff00
    mov rbx, 0x99aabbccddeeff00
    mov rdx, 0x99aabbccddeeff00
    RUN "movsx rbx, al", 0x2, 0, movsx rbx, al
    mov rax, 0x7f80ff7f8001
    mov rbx, 0x99aabbccddeeff00
    mov rdx, 0x99aabbccddeeff00
    RUN "movsx rbx, al", 0x2, 0, movsx rbx, al
    mov rax, 0x1122334455667788
    mov rbx, 0x99aabbccddeeff00
    mov rdx, 0x99aabbccddeeff00
    RUN "movsx ebx, ax", 0x2, 0, movsx ebx, ax
    mov rax, 0x99aabbccddeeff00
    mov rbx, 0x99aabbccddeeff00
    mov rdx, 0x99aabbccddeeff00
    RUN "movsx ebx, ax", 0x2, 0, movsx ebx, ax
    mov rax, 0x7f80ff7f8001
    mov rbx, 0x99aabbccddeeff00
    mov rdx, 0x99aabbccddeeff00
    RUN "movsx ebx, ax", 0x2, 0, movsx ebx, ax
    mov rax, 0x1122334455667788
    mov rbx, 0x99aabbccddeeff00
    mov rdx, 0x99aabbccddeeff00
    RUN "movsxd rbx, eax", 0x2, 0, movsxd rbx, eax
    mov rax, 0x99aabbccddeeff00
    mov rbx, 0x99aabbccddeeff00
    mov rdx, 0x99aabbccddeeff00
    RUN "movsxd rbx, eax", 0x2, 0, movsxd rbx, eax
    mov rax, 0x7f80ff7f8001
    mov rbx, 0x99aabbccddeeff00
    mov rdx, 0x99aabbccddeeff00
    RUN "movsxd rbx, eax", 0x2, 0, movsxd rbx, eax
    mov rax, 0x1122334455667788
    mov rbx, 0x99aabbccddeeff00
    mov rdx, 0x99aabbccddeeff00
    RUN "movzx ebx, ah", 0x2, 0, movzx ebx, ah
    mov rax, 0x99aabbccddeeff00
    mov rbx, 0x99aabbccddeeff00
    mov rdx, 0x99aabbccddeeff00
    RUN "movzx ebx, ah", 0x2, 0, movzx ebx, ah
    mov rax, 0x7f80ff7f8001
    mov rbx, 0x99aabbccddeeff00
    mov rdx, 0x99aabbccddeeff00
    RUN "movzx ebx, ah", 0x2, 0, movzx ebx, ah
    mov rax, 0x1122334455667788
    mov rbx, 0x99aabbccddeeff00
    mov rdx, 0x99aabbccddeeff00
    RUN "movzx rbx, ax", 0x2, 0, movzx rbx, ax
    mov rax, 0x99aabbccddeeff00
    mov rbx, 0x99aabbccddeeff00
    mov rdx, 0x99aabbccddeeff00
    RUN "movzx rbx, ax", 0x2, 0, movzx rbx, ax
    mov rax, 0x7f80ff7f8001
    mov rbx, 0x99aabbccddeeff00
    mov rdx, 0x99aabbccddeeff00
    RUN "movzx rbx, ax", 0x2, 0, movzx rbx, ax
    mov rax, 0x1122334455667788
    mov rbx, 0x99aabbccddeeff00
    mov rdx, 0x99aabbccddeeff00
    RUN "movsx bx, al", 0x2, 0, movsx bx, al
    mov rax, 0x99aabbccddeeff00
    mov rbx, 0x99aabbccddeeff00
    mov rdx, 0x99aabbccddeeff00
    RUN "movsx bx, al", 0x2, 0, movsx bx, al
    mov rax, 0x7f80ff7f8001
    mov rbx, 0x99aabbccddeeff00
    mov rdx, 0x99aabbccddeeff00
    RUN "movsx bx, al", 0x2, 0, movsx bx, al
    mov rax, 0x1122334455667788
    mov rbx, 0x99aabbccddeeff00
    mov rdx, 0x99aabbccddeeff00
    RUN "movzx bx, al", 0x2, 0, movzx bx, al
    mov rax, 0x99aabbccddeeff00
    mov rbx, 0x99aabbccddeeff00
    mov rdx, 0x99aabbccddeeff00
    RUN "movzx bx, al", 0x2, 0, movzx bx, al
    mov rax, 0x7f80ff7f8001
    mov rbx, 0x99aabbccddeeff00
    mov rdx, 0x99aabbccddeeff00
    RUN "movzx bx, al", 0x2, 0, movzx bx, al

section .data
bitarr: times 10 dq 0x0123456789abcdef
section .text
    xor edi, edi
    call exit_with
