; SHL/SHR/SAR/ROL/ROR/RCL/RCR by CL at every width with counts 0, 1, width-1, width and beyond (masked),
; SHLD/SHRD, and the by-1 and by-imm8 encodings. Undefined flags are masked out per the SDM.
; Generated once by a small script and checked in; golden output in shift_rotate.expected (native run).
%include "lib.inc"

section .text
global _start
_start:
    mov rax, 0x1122334455667701
    mov ecx, 0
    RUN "shl8 0 in0x8d7", 0x8d7, OSZAPC, shl al, cl
    mov rax, 0x1122334455667701
    mov ecx, 1
    RUN "shl8 1 in0x8d7", 0x8d7, OSZPC, shl al, cl
    mov rax, 0x1122334455667701
    mov ecx, 2
    RUN "shl8 2 in0x8d7", 0x8d7, SZPC, shl al, cl
    mov rax, 0x1122334455667701
    mov ecx, 7
    RUN "shl8 7 in0x8d7", 0x8d7, SZPC, shl al, cl
    mov rax, 0x1122334455667701
    mov ecx, 8
    RUN "shl8 8 in0x8d7", 0x8d7, (SZPC & ~1), shl al, cl
    mov rax, 0x1122334455667701
    mov ecx, 9
    RUN "shl8 9 in0x8d7", 0x8d7, (SZPC & ~1), shl al, cl
    mov rax, 0x1122334455667701
    mov ecx, 31
    RUN "shl8 31 in0x8d7", 0x8d7, (SZPC & ~1), shl al, cl
    mov rax, 0x1122334455667701
    mov ecx, 32
    RUN "shl8 32 in0x8d7", 0x8d7, OSZAPC, shl al, cl
    mov rax, 0x1122334455667701
    mov ecx, 33
    RUN "shl8 33 in0x8d7", 0x8d7, OSZPC, shl al, cl
    mov rax, 0x1122334455667701
    mov ecx, 63
    RUN "shl8 63 in0x8d7", 0x8d7, (SZPC & ~1), shl al, cl
    mov rax, 0x1122334455667701
    mov ecx, 64
    RUN "shl8 64 in0x8d7", 0x8d7, OSZAPC, shl al, cl
    mov rax, 0x1122334455667701
    mov ecx, 255
    RUN "shl8 255 in0x8d7", 0x8d7, (SZPC & ~1), shl al, cl
    mov rax, 0x1122334455667780
    mov ecx, 0
    RUN "shl8 0 in0x8d7", 0x8d7, OSZAPC, shl al, cl
    mov rax, 0x1122334455667780
    mov ecx, 1
    RUN "shl8 1 in0x8d7", 0x8d7, OSZPC, shl al, cl
    mov rax, 0x1122334455667780
    mov ecx, 2
    RUN "shl8 2 in0x8d7", 0x8d7, SZPC, shl al, cl
    mov rax, 0x1122334455667780
    mov ecx, 7
    RUN "shl8 7 in0x8d7", 0x8d7, SZPC, shl al, cl
    mov rax, 0x1122334455667780
    mov ecx, 8
    RUN "shl8 8 in0x8d7", 0x8d7, (SZPC & ~1), shl al, cl
    mov rax, 0x1122334455667780
    mov ecx, 9
    RUN "shl8 9 in0x8d7", 0x8d7, (SZPC & ~1), shl al, cl
    mov rax, 0x1122334455667780
    mov ecx, 31
    RUN "shl8 31 in0x8d7", 0x8d7, (SZPC & ~1), shl al, cl
    mov rax, 0x1122334455667780
    mov ecx, 32
    RUN "shl8 32 in0x8d7", 0x8d7, OSZAPC, shl al, cl
    mov rax, 0x1122334455667780
    mov ecx, 33
    RUN "shl8 33 in0x8d7", 0x8d7, OSZPC, shl al, cl
    mov rax, 0x1122334455667780
    mov ecx, 63
    RUN "shl8 63 in0x8d7", 0x8d7, (SZPC & ~1), shl al, cl
    mov rax, 0x1122334455667780
    mov ecx, 64
    RUN "shl8 64 in0x8d7", 0x8d7, OSZAPC, shl al, cl
    mov rax, 0x1122334455667780
    mov ecx, 255
    RUN "shl8 255 in0x8d7", 0x8d7, (SZPC & ~1), shl al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 0
    RUN "shl8 0 in0x8d7", 0x8d7, OSZAPC, shl al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 1
    RUN "shl8 1 in0x8d7", 0x8d7, OSZPC, shl al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 2
    RUN "shl8 2 in0x8d7", 0x8d7, SZPC, shl al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 7
    RUN "shl8 7 in0x8d7", 0x8d7, SZPC, shl al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 8
    RUN "shl8 8 in0x8d7", 0x8d7, (SZPC & ~1), shl al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 9
    RUN "shl8 9 in0x8d7", 0x8d7, (SZPC & ~1), shl al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 31
    RUN "shl8 31 in0x8d7", 0x8d7, (SZPC & ~1), shl al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 32
    RUN "shl8 32 in0x8d7", 0x8d7, OSZAPC, shl al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 33
    RUN "shl8 33 in0x8d7", 0x8d7, OSZPC, shl al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 63
    RUN "shl8 63 in0x8d7", 0x8d7, (SZPC & ~1), shl al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 64
    RUN "shl8 64 in0x8d7", 0x8d7, OSZAPC, shl al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 255
    RUN "shl8 255 in0x8d7", 0x8d7, (SZPC & ~1), shl al, cl
    mov rax, 0x112233445566775a
    mov ecx, 0
    RUN "shl8 0 in0x8d7", 0x8d7, OSZAPC, shl al, cl
    mov rax, 0x112233445566775a
    mov ecx, 1
    RUN "shl8 1 in0x8d7", 0x8d7, OSZPC, shl al, cl
    mov rax, 0x112233445566775a
    mov ecx, 2
    RUN "shl8 2 in0x8d7", 0x8d7, SZPC, shl al, cl
    mov rax, 0x112233445566775a
    mov ecx, 7
    RUN "shl8 7 in0x8d7", 0x8d7, SZPC, shl al, cl
    mov rax, 0x112233445566775a
    mov ecx, 8
    RUN "shl8 8 in0x8d7", 0x8d7, (SZPC & ~1), shl al, cl
    mov rax, 0x112233445566775a
    mov ecx, 9
    RUN "shl8 9 in0x8d7", 0x8d7, (SZPC & ~1), shl al, cl
    mov rax, 0x112233445566775a
    mov ecx, 31
    RUN "shl8 31 in0x8d7", 0x8d7, (SZPC & ~1), shl al, cl
    mov rax, 0x112233445566775a
    mov ecx, 32
    RUN "shl8 32 in0x8d7", 0x8d7, OSZAPC, shl al, cl
    mov rax, 0x112233445566775a
    mov ecx, 33
    RUN "shl8 33 in0x8d7", 0x8d7, OSZPC, shl al, cl
    mov rax, 0x112233445566775a
    mov ecx, 63
    RUN "shl8 63 in0x8d7", 0x8d7, (SZPC & ~1), shl al, cl
    mov rax, 0x112233445566775a
    mov ecx, 64
    RUN "shl8 64 in0x8d7", 0x8d7, OSZAPC, shl al, cl
    mov rax, 0x112233445566775a
    mov ecx, 255
    RUN "shl8 255 in0x8d7", 0x8d7, (SZPC & ~1), shl al, cl
    mov rax, 0x1122334455667781
    mov ecx, 0
    RUN "shl8 0 in0x8d7", 0x8d7, OSZAPC, shl al, cl
    mov rax, 0x1122334455667781
    mov ecx, 1
    RUN "shl8 1 in0x8d7", 0x8d7, OSZPC, shl al, cl
    mov rax, 0x1122334455667781
    mov ecx, 2
    RUN "shl8 2 in0x8d7", 0x8d7, SZPC, shl al, cl
    mov rax, 0x1122334455667781
    mov ecx, 7
    RUN "shl8 7 in0x8d7", 0x8d7, SZPC, shl al, cl
    mov rax, 0x1122334455667781
    mov ecx, 8
    RUN "shl8 8 in0x8d7", 0x8d7, (SZPC & ~1), shl al, cl
    mov rax, 0x1122334455667781
    mov ecx, 9
    RUN "shl8 9 in0x8d7", 0x8d7, (SZPC & ~1), shl al, cl
    mov rax, 0x1122334455667781
    mov ecx, 31
    RUN "shl8 31 in0x8d7", 0x8d7, (SZPC & ~1), shl al, cl
    mov rax, 0x1122334455667781
    mov ecx, 32
    RUN "shl8 32 in0x8d7", 0x8d7, OSZAPC, shl al, cl
    mov rax, 0x1122334455667781
    mov ecx, 33
    RUN "shl8 33 in0x8d7", 0x8d7, OSZPC, shl al, cl
    mov rax, 0x1122334455667781
    mov ecx, 63
    RUN "shl8 63 in0x8d7", 0x8d7, (SZPC & ~1), shl al, cl
    mov rax, 0x1122334455667781
    mov ecx, 64
    RUN "shl8 64 in0x8d7", 0x8d7, OSZAPC, shl al, cl
    mov rax, 0x1122334455667781
    mov ecx, 255
    RUN "shl8 255 in0x8d7", 0x8d7, (SZPC & ~1), shl al, cl
    mov rax, 0x1122334455667701
    mov ecx, 0
    RUN "shr8 0 in0x8d7", 0x8d7, OSZAPC, shr al, cl
    mov rax, 0x1122334455667701
    mov ecx, 1
    RUN "shr8 1 in0x8d7", 0x8d7, OSZPC, shr al, cl
    mov rax, 0x1122334455667701
    mov ecx, 2
    RUN "shr8 2 in0x8d7", 0x8d7, SZPC, shr al, cl
    mov rax, 0x1122334455667701
    mov ecx, 7
    RUN "shr8 7 in0x8d7", 0x8d7, SZPC, shr al, cl
    mov rax, 0x1122334455667701
    mov ecx, 8
    RUN "shr8 8 in0x8d7", 0x8d7, (SZPC & ~1), shr al, cl
    mov rax, 0x1122334455667701
    mov ecx, 9
    RUN "shr8 9 in0x8d7", 0x8d7, (SZPC & ~1), shr al, cl
    mov rax, 0x1122334455667701
    mov ecx, 31
    RUN "shr8 31 in0x8d7", 0x8d7, (SZPC & ~1), shr al, cl
    mov rax, 0x1122334455667701
    mov ecx, 32
    RUN "shr8 32 in0x8d7", 0x8d7, OSZAPC, shr al, cl
    mov rax, 0x1122334455667701
    mov ecx, 33
    RUN "shr8 33 in0x8d7", 0x8d7, OSZPC, shr al, cl
    mov rax, 0x1122334455667701
    mov ecx, 63
    RUN "shr8 63 in0x8d7", 0x8d7, (SZPC & ~1), shr al, cl
    mov rax, 0x1122334455667701
    mov ecx, 64
    RUN "shr8 64 in0x8d7", 0x8d7, OSZAPC, shr al, cl
    mov rax, 0x1122334455667701
    mov ecx, 255
    RUN "shr8 255 in0x8d7", 0x8d7, (SZPC & ~1), shr al, cl
    mov rax, 0x1122334455667780
    mov ecx, 0
    RUN "shr8 0 in0x8d7", 0x8d7, OSZAPC, shr al, cl
    mov rax, 0x1122334455667780
    mov ecx, 1
    RUN "shr8 1 in0x8d7", 0x8d7, OSZPC, shr al, cl
    mov rax, 0x1122334455667780
    mov ecx, 2
    RUN "shr8 2 in0x8d7", 0x8d7, SZPC, shr al, cl
    mov rax, 0x1122334455667780
    mov ecx, 7
    RUN "shr8 7 in0x8d7", 0x8d7, SZPC, shr al, cl
    mov rax, 0x1122334455667780
    mov ecx, 8
    RUN "shr8 8 in0x8d7", 0x8d7, (SZPC & ~1), shr al, cl
    mov rax, 0x1122334455667780
    mov ecx, 9
    RUN "shr8 9 in0x8d7", 0x8d7, (SZPC & ~1), shr al, cl
    mov rax, 0x1122334455667780
    mov ecx, 31
    RUN "shr8 31 in0x8d7", 0x8d7, (SZPC & ~1), shr al, cl
    mov rax, 0x1122334455667780
    mov ecx, 32
    RUN "shr8 32 in0x8d7", 0x8d7, OSZAPC, shr al, cl
    mov rax, 0x1122334455667780
    mov ecx, 33
    RUN "shr8 33 in0x8d7", 0x8d7, OSZPC, shr al, cl
    mov rax, 0x1122334455667780
    mov ecx, 63
    RUN "shr8 63 in0x8d7", 0x8d7, (SZPC & ~1), shr al, cl
    mov rax, 0x1122334455667780
    mov ecx, 64
    RUN "shr8 64 in0x8d7", 0x8d7, OSZAPC, shr al, cl
    mov rax, 0x1122334455667780
    mov ecx, 255
    RUN "shr8 255 in0x8d7", 0x8d7, (SZPC & ~1), shr al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 0
    RUN "shr8 0 in0x8d7", 0x8d7, OSZAPC, shr al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 1
    RUN "shr8 1 in0x8d7", 0x8d7, OSZPC, shr al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 2
    RUN "shr8 2 in0x8d7", 0x8d7, SZPC, shr al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 7
    RUN "shr8 7 in0x8d7", 0x8d7, SZPC, shr al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 8
    RUN "shr8 8 in0x8d7", 0x8d7, (SZPC & ~1), shr al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 9
    RUN "shr8 9 in0x8d7", 0x8d7, (SZPC & ~1), shr al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 31
    RUN "shr8 31 in0x8d7", 0x8d7, (SZPC & ~1), shr al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 32
    RUN "shr8 32 in0x8d7", 0x8d7, OSZAPC, shr al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 33
    RUN "shr8 33 in0x8d7", 0x8d7, OSZPC, shr al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 63
    RUN "shr8 63 in0x8d7", 0x8d7, (SZPC & ~1), shr al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 64
    RUN "shr8 64 in0x8d7", 0x8d7, OSZAPC, shr al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 255
    RUN "shr8 255 in0x8d7", 0x8d7, (SZPC & ~1), shr al, cl
    mov rax, 0x112233445566775a
    mov ecx, 0
    RUN "shr8 0 in0x8d7", 0x8d7, OSZAPC, shr al, cl
    mov rax, 0x112233445566775a
    mov ecx, 1
    RUN "shr8 1 in0x8d7", 0x8d7, OSZPC, shr al, cl
    mov rax, 0x112233445566775a
    mov ecx, 2
    RUN "shr8 2 in0x8d7", 0x8d7, SZPC, shr al, cl
    mov rax, 0x112233445566775a
    mov ecx, 7
    RUN "shr8 7 in0x8d7", 0x8d7, SZPC, shr al, cl
    mov rax, 0x112233445566775a
    mov ecx, 8
    RUN "shr8 8 in0x8d7", 0x8d7, (SZPC & ~1), shr al, cl
    mov rax, 0x112233445566775a
    mov ecx, 9
    RUN "shr8 9 in0x8d7", 0x8d7, (SZPC & ~1), shr al, cl
    mov rax, 0x112233445566775a
    mov ecx, 31
    RUN "shr8 31 in0x8d7", 0x8d7, (SZPC & ~1), shr al, cl
    mov rax, 0x112233445566775a
    mov ecx, 32
    RUN "shr8 32 in0x8d7", 0x8d7, OSZAPC, shr al, cl
    mov rax, 0x112233445566775a
    mov ecx, 33
    RUN "shr8 33 in0x8d7", 0x8d7, OSZPC, shr al, cl
    mov rax, 0x112233445566775a
    mov ecx, 63
    RUN "shr8 63 in0x8d7", 0x8d7, (SZPC & ~1), shr al, cl
    mov rax, 0x112233445566775a
    mov ecx, 64
    RUN "shr8 64 in0x8d7", 0x8d7, OSZAPC, shr al, cl
    mov rax, 0x112233445566775a
    mov ecx, 255
    RUN "shr8 255 in0x8d7", 0x8d7, (SZPC & ~1), shr al, cl
    mov rax, 0x1122334455667781
    mov ecx, 0
    RUN "shr8 0 in0x8d7", 0x8d7, OSZAPC, shr al, cl
    mov rax, 0x1122334455667781
    mov ecx, 1
    RUN "shr8 1 in0x8d7", 0x8d7, OSZPC, shr al, cl
    mov rax, 0x1122334455667781
    mov ecx, 2
    RUN "shr8 2 in0x8d7", 0x8d7, SZPC, shr al, cl
    mov rax, 0x1122334455667781
    mov ecx, 7
    RUN "shr8 7 in0x8d7", 0x8d7, SZPC, shr al, cl
    mov rax, 0x1122334455667781
    mov ecx, 8
    RUN "shr8 8 in0x8d7", 0x8d7, (SZPC & ~1), shr al, cl
    mov rax, 0x1122334455667781
    mov ecx, 9
    RUN "shr8 9 in0x8d7", 0x8d7, (SZPC & ~1), shr al, cl
    mov rax, 0x1122334455667781
    mov ecx, 31
    RUN "shr8 31 in0x8d7", 0x8d7, (SZPC & ~1), shr al, cl
    mov rax, 0x1122334455667781
    mov ecx, 32
    RUN "shr8 32 in0x8d7", 0x8d7, OSZAPC, shr al, cl
    mov rax, 0x1122334455667781
    mov ecx, 33
    RUN "shr8 33 in0x8d7", 0x8d7, OSZPC, shr al, cl
    mov rax, 0x1122334455667781
    mov ecx, 63
    RUN "shr8 63 in0x8d7", 0x8d7, (SZPC & ~1), shr al, cl
    mov rax, 0x1122334455667781
    mov ecx, 64
    RUN "shr8 64 in0x8d7", 0x8d7, OSZAPC, shr al, cl
    mov rax, 0x1122334455667781
    mov ecx, 255
    RUN "shr8 255 in0x8d7", 0x8d7, (SZPC & ~1), shr al, cl
    mov rax, 0x1122334455667701
    mov ecx, 0
    RUN "sar8 0 in0x8d7", 0x8d7, OSZAPC, sar al, cl
    mov rax, 0x1122334455667701
    mov ecx, 1
    RUN "sar8 1 in0x8d7", 0x8d7, OSZPC, sar al, cl
    mov rax, 0x1122334455667701
    mov ecx, 2
    RUN "sar8 2 in0x8d7", 0x8d7, SZPC, sar al, cl
    mov rax, 0x1122334455667701
    mov ecx, 7
    RUN "sar8 7 in0x8d7", 0x8d7, SZPC, sar al, cl
    mov rax, 0x1122334455667701
    mov ecx, 8
    RUN "sar8 8 in0x8d7", 0x8d7, SZPC, sar al, cl
    mov rax, 0x1122334455667701
    mov ecx, 9
    RUN "sar8 9 in0x8d7", 0x8d7, SZPC, sar al, cl
    mov rax, 0x1122334455667701
    mov ecx, 31
    RUN "sar8 31 in0x8d7", 0x8d7, SZPC, sar al, cl
    mov rax, 0x1122334455667701
    mov ecx, 32
    RUN "sar8 32 in0x8d7", 0x8d7, OSZAPC, sar al, cl
    mov rax, 0x1122334455667701
    mov ecx, 33
    RUN "sar8 33 in0x8d7", 0x8d7, OSZPC, sar al, cl
    mov rax, 0x1122334455667701
    mov ecx, 63
    RUN "sar8 63 in0x8d7", 0x8d7, SZPC, sar al, cl
    mov rax, 0x1122334455667701
    mov ecx, 64
    RUN "sar8 64 in0x8d7", 0x8d7, OSZAPC, sar al, cl
    mov rax, 0x1122334455667701
    mov ecx, 255
    RUN "sar8 255 in0x8d7", 0x8d7, SZPC, sar al, cl
    mov rax, 0x1122334455667780
    mov ecx, 0
    RUN "sar8 0 in0x8d7", 0x8d7, OSZAPC, sar al, cl
    mov rax, 0x1122334455667780
    mov ecx, 1
    RUN "sar8 1 in0x8d7", 0x8d7, OSZPC, sar al, cl
    mov rax, 0x1122334455667780
    mov ecx, 2
    RUN "sar8 2 in0x8d7", 0x8d7, SZPC, sar al, cl
    mov rax, 0x1122334455667780
    mov ecx, 7
    RUN "sar8 7 in0x8d7", 0x8d7, SZPC, sar al, cl
    mov rax, 0x1122334455667780
    mov ecx, 8
    RUN "sar8 8 in0x8d7", 0x8d7, SZPC, sar al, cl
    mov rax, 0x1122334455667780
    mov ecx, 9
    RUN "sar8 9 in0x8d7", 0x8d7, SZPC, sar al, cl
    mov rax, 0x1122334455667780
    mov ecx, 31
    RUN "sar8 31 in0x8d7", 0x8d7, SZPC, sar al, cl
    mov rax, 0x1122334455667780
    mov ecx, 32
    RUN "sar8 32 in0x8d7", 0x8d7, OSZAPC, sar al, cl
    mov rax, 0x1122334455667780
    mov ecx, 33
    RUN "sar8 33 in0x8d7", 0x8d7, OSZPC, sar al, cl
    mov rax, 0x1122334455667780
    mov ecx, 63
    RUN "sar8 63 in0x8d7", 0x8d7, SZPC, sar al, cl
    mov rax, 0x1122334455667780
    mov ecx, 64
    RUN "sar8 64 in0x8d7", 0x8d7, OSZAPC, sar al, cl
    mov rax, 0x1122334455667780
    mov ecx, 255
    RUN "sar8 255 in0x8d7", 0x8d7, SZPC, sar al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 0
    RUN "sar8 0 in0x8d7", 0x8d7, OSZAPC, sar al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 1
    RUN "sar8 1 in0x8d7", 0x8d7, OSZPC, sar al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 2
    RUN "sar8 2 in0x8d7", 0x8d7, SZPC, sar al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 7
    RUN "sar8 7 in0x8d7", 0x8d7, SZPC, sar al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 8
    RUN "sar8 8 in0x8d7", 0x8d7, SZPC, sar al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 9
    RUN "sar8 9 in0x8d7", 0x8d7, SZPC, sar al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 31
    RUN "sar8 31 in0x8d7", 0x8d7, SZPC, sar al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 32
    RUN "sar8 32 in0x8d7", 0x8d7, OSZAPC, sar al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 33
    RUN "sar8 33 in0x8d7", 0x8d7, OSZPC, sar al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 63
    RUN "sar8 63 in0x8d7", 0x8d7, SZPC, sar al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 64
    RUN "sar8 64 in0x8d7", 0x8d7, OSZAPC, sar al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 255
    RUN "sar8 255 in0x8d7", 0x8d7, SZPC, sar al, cl
    mov rax, 0x112233445566775a
    mov ecx, 0
    RUN "sar8 0 in0x8d7", 0x8d7, OSZAPC, sar al, cl
    mov rax, 0x112233445566775a
    mov ecx, 1
    RUN "sar8 1 in0x8d7", 0x8d7, OSZPC, sar al, cl
    mov rax, 0x112233445566775a
    mov ecx, 2
    RUN "sar8 2 in0x8d7", 0x8d7, SZPC, sar al, cl
    mov rax, 0x112233445566775a
    mov ecx, 7
    RUN "sar8 7 in0x8d7", 0x8d7, SZPC, sar al, cl
    mov rax, 0x112233445566775a
    mov ecx, 8
    RUN "sar8 8 in0x8d7", 0x8d7, SZPC, sar al, cl
    mov rax, 0x112233445566775a
    mov ecx, 9
    RUN "sar8 9 in0x8d7", 0x8d7, SZPC, sar al, cl
    mov rax, 0x112233445566775a
    mov ecx, 31
    RUN "sar8 31 in0x8d7", 0x8d7, SZPC, sar al, cl
    mov rax, 0x112233445566775a
    mov ecx, 32
    RUN "sar8 32 in0x8d7", 0x8d7, OSZAPC, sar al, cl
    mov rax, 0x112233445566775a
    mov ecx, 33
    RUN "sar8 33 in0x8d7", 0x8d7, OSZPC, sar al, cl
    mov rax, 0x112233445566775a
    mov ecx, 63
    RUN "sar8 63 in0x8d7", 0x8d7, SZPC, sar al, cl
    mov rax, 0x112233445566775a
    mov ecx, 64
    RUN "sar8 64 in0x8d7", 0x8d7, OSZAPC, sar al, cl
    mov rax, 0x112233445566775a
    mov ecx, 255
    RUN "sar8 255 in0x8d7", 0x8d7, SZPC, sar al, cl
    mov rax, 0x1122334455667781
    mov ecx, 0
    RUN "sar8 0 in0x8d7", 0x8d7, OSZAPC, sar al, cl
    mov rax, 0x1122334455667781
    mov ecx, 1
    RUN "sar8 1 in0x8d7", 0x8d7, OSZPC, sar al, cl
    mov rax, 0x1122334455667781
    mov ecx, 2
    RUN "sar8 2 in0x8d7", 0x8d7, SZPC, sar al, cl
    mov rax, 0x1122334455667781
    mov ecx, 7
    RUN "sar8 7 in0x8d7", 0x8d7, SZPC, sar al, cl
    mov rax, 0x1122334455667781
    mov ecx, 8
    RUN "sar8 8 in0x8d7", 0x8d7, SZPC, sar al, cl
    mov rax, 0x1122334455667781
    mov ecx, 9
    RUN "sar8 9 in0x8d7", 0x8d7, SZPC, sar al, cl
    mov rax, 0x1122334455667781
    mov ecx, 31
    RUN "sar8 31 in0x8d7", 0x8d7, SZPC, sar al, cl
    mov rax, 0x1122334455667781
    mov ecx, 32
    RUN "sar8 32 in0x8d7", 0x8d7, OSZAPC, sar al, cl
    mov rax, 0x1122334455667781
    mov ecx, 33
    RUN "sar8 33 in0x8d7", 0x8d7, OSZPC, sar al, cl
    mov rax, 0x1122334455667781
    mov ecx, 63
    RUN "sar8 63 in0x8d7", 0x8d7, SZPC, sar al, cl
    mov rax, 0x1122334455667781
    mov ecx, 64
    RUN "sar8 64 in0x8d7", 0x8d7, OSZAPC, sar al, cl
    mov rax, 0x1122334455667781
    mov ecx, 255
    RUN "sar8 255 in0x8d7", 0x8d7, SZPC, sar al, cl
    mov rax, 0x1122334455667701
    mov ecx, 0
    RUN "rol8 0 in0x8d7", 0x8d7, OSZAPC, rol al, cl
    mov rax, 0x1122334455667701
    mov ecx, 1
    RUN "rol8 1 in0x8d7", 0x8d7, OSZAPC, rol al, cl
    mov rax, 0x1122334455667701
    mov ecx, 2
    RUN "rol8 2 in0x8d7", 0x8d7, 0x0D5, rol al, cl
    mov rax, 0x1122334455667701
    mov ecx, 7
    RUN "rol8 7 in0x8d7", 0x8d7, 0x0D5, rol al, cl
    mov rax, 0x1122334455667701
    mov ecx, 8
    RUN "rol8 8 in0x8d7", 0x8d7, 0x0D5, rol al, cl
    mov rax, 0x1122334455667701
    mov ecx, 9
    RUN "rol8 9 in0x8d7", 0x8d7, 0x0D5, rol al, cl
    mov rax, 0x1122334455667701
    mov ecx, 31
    RUN "rol8 31 in0x8d7", 0x8d7, 0x0D5, rol al, cl
    mov rax, 0x1122334455667701
    mov ecx, 32
    RUN "rol8 32 in0x8d7", 0x8d7, OSZAPC, rol al, cl
    mov rax, 0x1122334455667701
    mov ecx, 33
    RUN "rol8 33 in0x8d7", 0x8d7, OSZAPC, rol al, cl
    mov rax, 0x1122334455667701
    mov ecx, 63
    RUN "rol8 63 in0x8d7", 0x8d7, 0x0D5, rol al, cl
    mov rax, 0x1122334455667701
    mov ecx, 64
    RUN "rol8 64 in0x8d7", 0x8d7, OSZAPC, rol al, cl
    mov rax, 0x1122334455667701
    mov ecx, 255
    RUN "rol8 255 in0x8d7", 0x8d7, 0x0D5, rol al, cl
    mov rax, 0x1122334455667780
    mov ecx, 0
    RUN "rol8 0 in0x8d7", 0x8d7, OSZAPC, rol al, cl
    mov rax, 0x1122334455667780
    mov ecx, 1
    RUN "rol8 1 in0x8d7", 0x8d7, OSZAPC, rol al, cl
    mov rax, 0x1122334455667780
    mov ecx, 2
    RUN "rol8 2 in0x8d7", 0x8d7, 0x0D5, rol al, cl
    mov rax, 0x1122334455667780
    mov ecx, 7
    RUN "rol8 7 in0x8d7", 0x8d7, 0x0D5, rol al, cl
    mov rax, 0x1122334455667780
    mov ecx, 8
    RUN "rol8 8 in0x8d7", 0x8d7, 0x0D5, rol al, cl
    mov rax, 0x1122334455667780
    mov ecx, 9
    RUN "rol8 9 in0x8d7", 0x8d7, 0x0D5, rol al, cl
    mov rax, 0x1122334455667780
    mov ecx, 31
    RUN "rol8 31 in0x8d7", 0x8d7, 0x0D5, rol al, cl
    mov rax, 0x1122334455667780
    mov ecx, 32
    RUN "rol8 32 in0x8d7", 0x8d7, OSZAPC, rol al, cl
    mov rax, 0x1122334455667780
    mov ecx, 33
    RUN "rol8 33 in0x8d7", 0x8d7, OSZAPC, rol al, cl
    mov rax, 0x1122334455667780
    mov ecx, 63
    RUN "rol8 63 in0x8d7", 0x8d7, 0x0D5, rol al, cl
    mov rax, 0x1122334455667780
    mov ecx, 64
    RUN "rol8 64 in0x8d7", 0x8d7, OSZAPC, rol al, cl
    mov rax, 0x1122334455667780
    mov ecx, 255
    RUN "rol8 255 in0x8d7", 0x8d7, 0x0D5, rol al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 0
    RUN "rol8 0 in0x8d7", 0x8d7, OSZAPC, rol al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 1
    RUN "rol8 1 in0x8d7", 0x8d7, OSZAPC, rol al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 2
    RUN "rol8 2 in0x8d7", 0x8d7, 0x0D5, rol al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 7
    RUN "rol8 7 in0x8d7", 0x8d7, 0x0D5, rol al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 8
    RUN "rol8 8 in0x8d7", 0x8d7, 0x0D5, rol al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 9
    RUN "rol8 9 in0x8d7", 0x8d7, 0x0D5, rol al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 31
    RUN "rol8 31 in0x8d7", 0x8d7, 0x0D5, rol al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 32
    RUN "rol8 32 in0x8d7", 0x8d7, OSZAPC, rol al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 33
    RUN "rol8 33 in0x8d7", 0x8d7, OSZAPC, rol al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 63
    RUN "rol8 63 in0x8d7", 0x8d7, 0x0D5, rol al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 64
    RUN "rol8 64 in0x8d7", 0x8d7, OSZAPC, rol al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 255
    RUN "rol8 255 in0x8d7", 0x8d7, 0x0D5, rol al, cl
    mov rax, 0x112233445566775a
    mov ecx, 0
    RUN "rol8 0 in0x8d7", 0x8d7, OSZAPC, rol al, cl
    mov rax, 0x112233445566775a
    mov ecx, 1
    RUN "rol8 1 in0x8d7", 0x8d7, OSZAPC, rol al, cl
    mov rax, 0x112233445566775a
    mov ecx, 2
    RUN "rol8 2 in0x8d7", 0x8d7, 0x0D5, rol al, cl
    mov rax, 0x112233445566775a
    mov ecx, 7
    RUN "rol8 7 in0x8d7", 0x8d7, 0x0D5, rol al, cl
    mov rax, 0x112233445566775a
    mov ecx, 8
    RUN "rol8 8 in0x8d7", 0x8d7, 0x0D5, rol al, cl
    mov rax, 0x112233445566775a
    mov ecx, 9
    RUN "rol8 9 in0x8d7", 0x8d7, 0x0D5, rol al, cl
    mov rax, 0x112233445566775a
    mov ecx, 31
    RUN "rol8 31 in0x8d7", 0x8d7, 0x0D5, rol al, cl
    mov rax, 0x112233445566775a
    mov ecx, 32
    RUN "rol8 32 in0x8d7", 0x8d7, OSZAPC, rol al, cl
    mov rax, 0x112233445566775a
    mov ecx, 33
    RUN "rol8 33 in0x8d7", 0x8d7, OSZAPC, rol al, cl
    mov rax, 0x112233445566775a
    mov ecx, 63
    RUN "rol8 63 in0x8d7", 0x8d7, 0x0D5, rol al, cl
    mov rax, 0x112233445566775a
    mov ecx, 64
    RUN "rol8 64 in0x8d7", 0x8d7, OSZAPC, rol al, cl
    mov rax, 0x112233445566775a
    mov ecx, 255
    RUN "rol8 255 in0x8d7", 0x8d7, 0x0D5, rol al, cl
    mov rax, 0x1122334455667781
    mov ecx, 0
    RUN "rol8 0 in0x8d7", 0x8d7, OSZAPC, rol al, cl
    mov rax, 0x1122334455667781
    mov ecx, 1
    RUN "rol8 1 in0x8d7", 0x8d7, OSZAPC, rol al, cl
    mov rax, 0x1122334455667781
    mov ecx, 2
    RUN "rol8 2 in0x8d7", 0x8d7, 0x0D5, rol al, cl
    mov rax, 0x1122334455667781
    mov ecx, 7
    RUN "rol8 7 in0x8d7", 0x8d7, 0x0D5, rol al, cl
    mov rax, 0x1122334455667781
    mov ecx, 8
    RUN "rol8 8 in0x8d7", 0x8d7, 0x0D5, rol al, cl
    mov rax, 0x1122334455667781
    mov ecx, 9
    RUN "rol8 9 in0x8d7", 0x8d7, 0x0D5, rol al, cl
    mov rax, 0x1122334455667781
    mov ecx, 31
    RUN "rol8 31 in0x8d7", 0x8d7, 0x0D5, rol al, cl
    mov rax, 0x1122334455667781
    mov ecx, 32
    RUN "rol8 32 in0x8d7", 0x8d7, OSZAPC, rol al, cl
    mov rax, 0x1122334455667781
    mov ecx, 33
    RUN "rol8 33 in0x8d7", 0x8d7, OSZAPC, rol al, cl
    mov rax, 0x1122334455667781
    mov ecx, 63
    RUN "rol8 63 in0x8d7", 0x8d7, 0x0D5, rol al, cl
    mov rax, 0x1122334455667781
    mov ecx, 64
    RUN "rol8 64 in0x8d7", 0x8d7, OSZAPC, rol al, cl
    mov rax, 0x1122334455667781
    mov ecx, 255
    RUN "rol8 255 in0x8d7", 0x8d7, 0x0D5, rol al, cl
    mov rax, 0x1122334455667701
    mov ecx, 0
    RUN "ror8 0 in0x8d7", 0x8d7, OSZAPC, ror al, cl
    mov rax, 0x1122334455667701
    mov ecx, 1
    RUN "ror8 1 in0x8d7", 0x8d7, OSZAPC, ror al, cl
    mov rax, 0x1122334455667701
    mov ecx, 2
    RUN "ror8 2 in0x8d7", 0x8d7, 0x0D5, ror al, cl
    mov rax, 0x1122334455667701
    mov ecx, 7
    RUN "ror8 7 in0x8d7", 0x8d7, 0x0D5, ror al, cl
    mov rax, 0x1122334455667701
    mov ecx, 8
    RUN "ror8 8 in0x8d7", 0x8d7, 0x0D5, ror al, cl
    mov rax, 0x1122334455667701
    mov ecx, 9
    RUN "ror8 9 in0x8d7", 0x8d7, 0x0D5, ror al, cl
    mov rax, 0x1122334455667701
    mov ecx, 31
    RUN "ror8 31 in0x8d7", 0x8d7, 0x0D5, ror al, cl
    mov rax, 0x1122334455667701
    mov ecx, 32
    RUN "ror8 32 in0x8d7", 0x8d7, OSZAPC, ror al, cl
    mov rax, 0x1122334455667701
    mov ecx, 33
    RUN "ror8 33 in0x8d7", 0x8d7, OSZAPC, ror al, cl
    mov rax, 0x1122334455667701
    mov ecx, 63
    RUN "ror8 63 in0x8d7", 0x8d7, 0x0D5, ror al, cl
    mov rax, 0x1122334455667701
    mov ecx, 64
    RUN "ror8 64 in0x8d7", 0x8d7, OSZAPC, ror al, cl
    mov rax, 0x1122334455667701
    mov ecx, 255
    RUN "ror8 255 in0x8d7", 0x8d7, 0x0D5, ror al, cl
    mov rax, 0x1122334455667780
    mov ecx, 0
    RUN "ror8 0 in0x8d7", 0x8d7, OSZAPC, ror al, cl
    mov rax, 0x1122334455667780
    mov ecx, 1
    RUN "ror8 1 in0x8d7", 0x8d7, OSZAPC, ror al, cl
    mov rax, 0x1122334455667780
    mov ecx, 2
    RUN "ror8 2 in0x8d7", 0x8d7, 0x0D5, ror al, cl
    mov rax, 0x1122334455667780
    mov ecx, 7
    RUN "ror8 7 in0x8d7", 0x8d7, 0x0D5, ror al, cl
    mov rax, 0x1122334455667780
    mov ecx, 8
    RUN "ror8 8 in0x8d7", 0x8d7, 0x0D5, ror al, cl
    mov rax, 0x1122334455667780
    mov ecx, 9
    RUN "ror8 9 in0x8d7", 0x8d7, 0x0D5, ror al, cl
    mov rax, 0x1122334455667780
    mov ecx, 31
    RUN "ror8 31 in0x8d7", 0x8d7, 0x0D5, ror al, cl
    mov rax, 0x1122334455667780
    mov ecx, 32
    RUN "ror8 32 in0x8d7", 0x8d7, OSZAPC, ror al, cl
    mov rax, 0x1122334455667780
    mov ecx, 33
    RUN "ror8 33 in0x8d7", 0x8d7, OSZAPC, ror al, cl
    mov rax, 0x1122334455667780
    mov ecx, 63
    RUN "ror8 63 in0x8d7", 0x8d7, 0x0D5, ror al, cl
    mov rax, 0x1122334455667780
    mov ecx, 64
    RUN "ror8 64 in0x8d7", 0x8d7, OSZAPC, ror al, cl
    mov rax, 0x1122334455667780
    mov ecx, 255
    RUN "ror8 255 in0x8d7", 0x8d7, 0x0D5, ror al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 0
    RUN "ror8 0 in0x8d7", 0x8d7, OSZAPC, ror al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 1
    RUN "ror8 1 in0x8d7", 0x8d7, OSZAPC, ror al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 2
    RUN "ror8 2 in0x8d7", 0x8d7, 0x0D5, ror al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 7
    RUN "ror8 7 in0x8d7", 0x8d7, 0x0D5, ror al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 8
    RUN "ror8 8 in0x8d7", 0x8d7, 0x0D5, ror al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 9
    RUN "ror8 9 in0x8d7", 0x8d7, 0x0D5, ror al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 31
    RUN "ror8 31 in0x8d7", 0x8d7, 0x0D5, ror al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 32
    RUN "ror8 32 in0x8d7", 0x8d7, OSZAPC, ror al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 33
    RUN "ror8 33 in0x8d7", 0x8d7, OSZAPC, ror al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 63
    RUN "ror8 63 in0x8d7", 0x8d7, 0x0D5, ror al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 64
    RUN "ror8 64 in0x8d7", 0x8d7, OSZAPC, ror al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 255
    RUN "ror8 255 in0x8d7", 0x8d7, 0x0D5, ror al, cl
    mov rax, 0x112233445566775a
    mov ecx, 0
    RUN "ror8 0 in0x8d7", 0x8d7, OSZAPC, ror al, cl
    mov rax, 0x112233445566775a
    mov ecx, 1
    RUN "ror8 1 in0x8d7", 0x8d7, OSZAPC, ror al, cl
    mov rax, 0x112233445566775a
    mov ecx, 2
    RUN "ror8 2 in0x8d7", 0x8d7, 0x0D5, ror al, cl
    mov rax, 0x112233445566775a
    mov ecx, 7
    RUN "ror8 7 in0x8d7", 0x8d7, 0x0D5, ror al, cl
    mov rax, 0x112233445566775a
    mov ecx, 8
    RUN "ror8 8 in0x8d7", 0x8d7, 0x0D5, ror al, cl
    mov rax, 0x112233445566775a
    mov ecx, 9
    RUN "ror8 9 in0x8d7", 0x8d7, 0x0D5, ror al, cl
    mov rax, 0x112233445566775a
    mov ecx, 31
    RUN "ror8 31 in0x8d7", 0x8d7, 0x0D5, ror al, cl
    mov rax, 0x112233445566775a
    mov ecx, 32
    RUN "ror8 32 in0x8d7", 0x8d7, OSZAPC, ror al, cl
    mov rax, 0x112233445566775a
    mov ecx, 33
    RUN "ror8 33 in0x8d7", 0x8d7, OSZAPC, ror al, cl
    mov rax, 0x112233445566775a
    mov ecx, 63
    RUN "ror8 63 in0x8d7", 0x8d7, 0x0D5, ror al, cl
    mov rax, 0x112233445566775a
    mov ecx, 64
    RUN "ror8 64 in0x8d7", 0x8d7, OSZAPC, ror al, cl
    mov rax, 0x112233445566775a
    mov ecx, 255
    RUN "ror8 255 in0x8d7", 0x8d7, 0x0D5, ror al, cl
    mov rax, 0x1122334455667781
    mov ecx, 0
    RUN "ror8 0 in0x8d7", 0x8d7, OSZAPC, ror al, cl
    mov rax, 0x1122334455667781
    mov ecx, 1
    RUN "ror8 1 in0x8d7", 0x8d7, OSZAPC, ror al, cl
    mov rax, 0x1122334455667781
    mov ecx, 2
    RUN "ror8 2 in0x8d7", 0x8d7, 0x0D5, ror al, cl
    mov rax, 0x1122334455667781
    mov ecx, 7
    RUN "ror8 7 in0x8d7", 0x8d7, 0x0D5, ror al, cl
    mov rax, 0x1122334455667781
    mov ecx, 8
    RUN "ror8 8 in0x8d7", 0x8d7, 0x0D5, ror al, cl
    mov rax, 0x1122334455667781
    mov ecx, 9
    RUN "ror8 9 in0x8d7", 0x8d7, 0x0D5, ror al, cl
    mov rax, 0x1122334455667781
    mov ecx, 31
    RUN "ror8 31 in0x8d7", 0x8d7, 0x0D5, ror al, cl
    mov rax, 0x1122334455667781
    mov ecx, 32
    RUN "ror8 32 in0x8d7", 0x8d7, OSZAPC, ror al, cl
    mov rax, 0x1122334455667781
    mov ecx, 33
    RUN "ror8 33 in0x8d7", 0x8d7, OSZAPC, ror al, cl
    mov rax, 0x1122334455667781
    mov ecx, 63
    RUN "ror8 63 in0x8d7", 0x8d7, 0x0D5, ror al, cl
    mov rax, 0x1122334455667781
    mov ecx, 64
    RUN "ror8 64 in0x8d7", 0x8d7, OSZAPC, ror al, cl
    mov rax, 0x1122334455667781
    mov ecx, 255
    RUN "ror8 255 in0x8d7", 0x8d7, 0x0D5, ror al, cl
    mov rax, 0x1122334455667701
    mov ecx, 0
    RUN "rcl8 0 in0x8d7", 0x8d7, OSZAPC, rcl al, cl
    mov rax, 0x1122334455667701
    mov ecx, 0
    RUN "rcl8 0 in0x2", 0x2, OSZAPC, rcl al, cl
    mov rax, 0x1122334455667701
    mov ecx, 1
    RUN "rcl8 1 in0x8d7", 0x8d7, OSZAPC, rcl al, cl
    mov rax, 0x1122334455667701
    mov ecx, 1
    RUN "rcl8 1 in0x2", 0x2, OSZAPC, rcl al, cl
    mov rax, 0x1122334455667701
    mov ecx, 2
    RUN "rcl8 2 in0x8d7", 0x8d7, 0x0D5, rcl al, cl
    mov rax, 0x1122334455667701
    mov ecx, 2
    RUN "rcl8 2 in0x2", 0x2, 0x0D5, rcl al, cl
    mov rax, 0x1122334455667701
    mov ecx, 7
    RUN "rcl8 7 in0x8d7", 0x8d7, 0x0D5, rcl al, cl
    mov rax, 0x1122334455667701
    mov ecx, 7
    RUN "rcl8 7 in0x2", 0x2, 0x0D5, rcl al, cl
    mov rax, 0x1122334455667701
    mov ecx, 8
    RUN "rcl8 8 in0x8d7", 0x8d7, 0x0D5, rcl al, cl
    mov rax, 0x1122334455667701
    mov ecx, 8
    RUN "rcl8 8 in0x2", 0x2, 0x0D5, rcl al, cl
    mov rax, 0x1122334455667701
    mov ecx, 9
    RUN "rcl8 9 in0x8d7", 0x8d7, 0x0D5, rcl al, cl
    mov rax, 0x1122334455667701
    mov ecx, 9
    RUN "rcl8 9 in0x2", 0x2, 0x0D5, rcl al, cl
    mov rax, 0x1122334455667701
    mov ecx, 31
    RUN "rcl8 31 in0x8d7", 0x8d7, 0x0D5, rcl al, cl
    mov rax, 0x1122334455667701
    mov ecx, 31
    RUN "rcl8 31 in0x2", 0x2, 0x0D5, rcl al, cl
    mov rax, 0x1122334455667701
    mov ecx, 32
    RUN "rcl8 32 in0x8d7", 0x8d7, OSZAPC, rcl al, cl
    mov rax, 0x1122334455667701
    mov ecx, 32
    RUN "rcl8 32 in0x2", 0x2, OSZAPC, rcl al, cl
    mov rax, 0x1122334455667701
    mov ecx, 33
    RUN "rcl8 33 in0x8d7", 0x8d7, OSZAPC, rcl al, cl
    mov rax, 0x1122334455667701
    mov ecx, 33
    RUN "rcl8 33 in0x2", 0x2, OSZAPC, rcl al, cl
    mov rax, 0x1122334455667701
    mov ecx, 63
    RUN "rcl8 63 in0x8d7", 0x8d7, 0x0D5, rcl al, cl
    mov rax, 0x1122334455667701
    mov ecx, 63
    RUN "rcl8 63 in0x2", 0x2, 0x0D5, rcl al, cl
    mov rax, 0x1122334455667701
    mov ecx, 64
    RUN "rcl8 64 in0x8d7", 0x8d7, OSZAPC, rcl al, cl
    mov rax, 0x1122334455667701
    mov ecx, 64
    RUN "rcl8 64 in0x2", 0x2, OSZAPC, rcl al, cl
    mov rax, 0x1122334455667701
    mov ecx, 255
    RUN "rcl8 255 in0x8d7", 0x8d7, 0x0D5, rcl al, cl
    mov rax, 0x1122334455667701
    mov ecx, 255
    RUN "rcl8 255 in0x2", 0x2, 0x0D5, rcl al, cl
    mov rax, 0x1122334455667780
    mov ecx, 0
    RUN "rcl8 0 in0x8d7", 0x8d7, OSZAPC, rcl al, cl
    mov rax, 0x1122334455667780
    mov ecx, 0
    RUN "rcl8 0 in0x2", 0x2, OSZAPC, rcl al, cl
    mov rax, 0x1122334455667780
    mov ecx, 1
    RUN "rcl8 1 in0x8d7", 0x8d7, OSZAPC, rcl al, cl
    mov rax, 0x1122334455667780
    mov ecx, 1
    RUN "rcl8 1 in0x2", 0x2, OSZAPC, rcl al, cl
    mov rax, 0x1122334455667780
    mov ecx, 2
    RUN "rcl8 2 in0x8d7", 0x8d7, 0x0D5, rcl al, cl
    mov rax, 0x1122334455667780
    mov ecx, 2
    RUN "rcl8 2 in0x2", 0x2, 0x0D5, rcl al, cl
    mov rax, 0x1122334455667780
    mov ecx, 7
    RUN "rcl8 7 in0x8d7", 0x8d7, 0x0D5, rcl al, cl
    mov rax, 0x1122334455667780
    mov ecx, 7
    RUN "rcl8 7 in0x2", 0x2, 0x0D5, rcl al, cl
    mov rax, 0x1122334455667780
    mov ecx, 8
    RUN "rcl8 8 in0x8d7", 0x8d7, 0x0D5, rcl al, cl
    mov rax, 0x1122334455667780
    mov ecx, 8
    RUN "rcl8 8 in0x2", 0x2, 0x0D5, rcl al, cl
    mov rax, 0x1122334455667780
    mov ecx, 9
    RUN "rcl8 9 in0x8d7", 0x8d7, 0x0D5, rcl al, cl
    mov rax, 0x1122334455667780
    mov ecx, 9
    RUN "rcl8 9 in0x2", 0x2, 0x0D5, rcl al, cl
    mov rax, 0x1122334455667780
    mov ecx, 31
    RUN "rcl8 31 in0x8d7", 0x8d7, 0x0D5, rcl al, cl
    mov rax, 0x1122334455667780
    mov ecx, 31
    RUN "rcl8 31 in0x2", 0x2, 0x0D5, rcl al, cl
    mov rax, 0x1122334455667780
    mov ecx, 32
    RUN "rcl8 32 in0x8d7", 0x8d7, OSZAPC, rcl al, cl
    mov rax, 0x1122334455667780
    mov ecx, 32
    RUN "rcl8 32 in0x2", 0x2, OSZAPC, rcl al, cl
    mov rax, 0x1122334455667780
    mov ecx, 33
    RUN "rcl8 33 in0x8d7", 0x8d7, OSZAPC, rcl al, cl
    mov rax, 0x1122334455667780
    mov ecx, 33
    RUN "rcl8 33 in0x2", 0x2, OSZAPC, rcl al, cl
    mov rax, 0x1122334455667780
    mov ecx, 63
    RUN "rcl8 63 in0x8d7", 0x8d7, 0x0D5, rcl al, cl
    mov rax, 0x1122334455667780
    mov ecx, 63
    RUN "rcl8 63 in0x2", 0x2, 0x0D5, rcl al, cl
    mov rax, 0x1122334455667780
    mov ecx, 64
    RUN "rcl8 64 in0x8d7", 0x8d7, OSZAPC, rcl al, cl
    mov rax, 0x1122334455667780
    mov ecx, 64
    RUN "rcl8 64 in0x2", 0x2, OSZAPC, rcl al, cl
    mov rax, 0x1122334455667780
    mov ecx, 255
    RUN "rcl8 255 in0x8d7", 0x8d7, 0x0D5, rcl al, cl
    mov rax, 0x1122334455667780
    mov ecx, 255
    RUN "rcl8 255 in0x2", 0x2, 0x0D5, rcl al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 0
    RUN "rcl8 0 in0x8d7", 0x8d7, OSZAPC, rcl al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 0
    RUN "rcl8 0 in0x2", 0x2, OSZAPC, rcl al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 1
    RUN "rcl8 1 in0x8d7", 0x8d7, OSZAPC, rcl al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 1
    RUN "rcl8 1 in0x2", 0x2, OSZAPC, rcl al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 2
    RUN "rcl8 2 in0x8d7", 0x8d7, 0x0D5, rcl al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 2
    RUN "rcl8 2 in0x2", 0x2, 0x0D5, rcl al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 7
    RUN "rcl8 7 in0x8d7", 0x8d7, 0x0D5, rcl al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 7
    RUN "rcl8 7 in0x2", 0x2, 0x0D5, rcl al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 8
    RUN "rcl8 8 in0x8d7", 0x8d7, 0x0D5, rcl al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 8
    RUN "rcl8 8 in0x2", 0x2, 0x0D5, rcl al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 9
    RUN "rcl8 9 in0x8d7", 0x8d7, 0x0D5, rcl al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 9
    RUN "rcl8 9 in0x2", 0x2, 0x0D5, rcl al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 31
    RUN "rcl8 31 in0x8d7", 0x8d7, 0x0D5, rcl al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 31
    RUN "rcl8 31 in0x2", 0x2, 0x0D5, rcl al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 32
    RUN "rcl8 32 in0x8d7", 0x8d7, OSZAPC, rcl al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 32
    RUN "rcl8 32 in0x2", 0x2, OSZAPC, rcl al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 33
    RUN "rcl8 33 in0x8d7", 0x8d7, OSZAPC, rcl al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 33
    RUN "rcl8 33 in0x2", 0x2, OSZAPC, rcl al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 63
    RUN "rcl8 63 in0x8d7", 0x8d7, 0x0D5, rcl al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 63
    RUN "rcl8 63 in0x2", 0x2, 0x0D5, rcl al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 64
    RUN "rcl8 64 in0x8d7", 0x8d7, OSZAPC, rcl al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 64
    RUN "rcl8 64 in0x2", 0x2, OSZAPC, rcl al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 255
    RUN "rcl8 255 in0x8d7", 0x8d7, 0x0D5, rcl al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 255
    RUN "rcl8 255 in0x2", 0x2, 0x0D5, rcl al, cl
    mov rax, 0x112233445566775a
    mov ecx, 0
    RUN "rcl8 0 in0x8d7", 0x8d7, OSZAPC, rcl al, cl
    mov rax, 0x112233445566775a
    mov ecx, 0
    RUN "rcl8 0 in0x2", 0x2, OSZAPC, rcl al, cl
    mov rax, 0x112233445566775a
    mov ecx, 1
    RUN "rcl8 1 in0x8d7", 0x8d7, OSZAPC, rcl al, cl
    mov rax, 0x112233445566775a
    mov ecx, 1
    RUN "rcl8 1 in0x2", 0x2, OSZAPC, rcl al, cl
    mov rax, 0x112233445566775a
    mov ecx, 2
    RUN "rcl8 2 in0x8d7", 0x8d7, 0x0D5, rcl al, cl
    mov rax, 0x112233445566775a
    mov ecx, 2
    RUN "rcl8 2 in0x2", 0x2, 0x0D5, rcl al, cl
    mov rax, 0x112233445566775a
    mov ecx, 7
    RUN "rcl8 7 in0x8d7", 0x8d7, 0x0D5, rcl al, cl
    mov rax, 0x112233445566775a
    mov ecx, 7
    RUN "rcl8 7 in0x2", 0x2, 0x0D5, rcl al, cl
    mov rax, 0x112233445566775a
    mov ecx, 8
    RUN "rcl8 8 in0x8d7", 0x8d7, 0x0D5, rcl al, cl
    mov rax, 0x112233445566775a
    mov ecx, 8
    RUN "rcl8 8 in0x2", 0x2, 0x0D5, rcl al, cl
    mov rax, 0x112233445566775a
    mov ecx, 9
    RUN "rcl8 9 in0x8d7", 0x8d7, 0x0D5, rcl al, cl
    mov rax, 0x112233445566775a
    mov ecx, 9
    RUN "rcl8 9 in0x2", 0x2, 0x0D5, rcl al, cl
    mov rax, 0x112233445566775a
    mov ecx, 31
    RUN "rcl8 31 in0x8d7", 0x8d7, 0x0D5, rcl al, cl
    mov rax, 0x112233445566775a
    mov ecx, 31
    RUN "rcl8 31 in0x2", 0x2, 0x0D5, rcl al, cl
    mov rax, 0x112233445566775a
    mov ecx, 32
    RUN "rcl8 32 in0x8d7", 0x8d7, OSZAPC, rcl al, cl
    mov rax, 0x112233445566775a
    mov ecx, 32
    RUN "rcl8 32 in0x2", 0x2, OSZAPC, rcl al, cl
    mov rax, 0x112233445566775a
    mov ecx, 33
    RUN "rcl8 33 in0x8d7", 0x8d7, OSZAPC, rcl al, cl
    mov rax, 0x112233445566775a
    mov ecx, 33
    RUN "rcl8 33 in0x2", 0x2, OSZAPC, rcl al, cl
    mov rax, 0x112233445566775a
    mov ecx, 63
    RUN "rcl8 63 in0x8d7", 0x8d7, 0x0D5, rcl al, cl
    mov rax, 0x112233445566775a
    mov ecx, 63
    RUN "rcl8 63 in0x2", 0x2, 0x0D5, rcl al, cl
    mov rax, 0x112233445566775a
    mov ecx, 64
    RUN "rcl8 64 in0x8d7", 0x8d7, OSZAPC, rcl al, cl
    mov rax, 0x112233445566775a
    mov ecx, 64
    RUN "rcl8 64 in0x2", 0x2, OSZAPC, rcl al, cl
    mov rax, 0x112233445566775a
    mov ecx, 255
    RUN "rcl8 255 in0x8d7", 0x8d7, 0x0D5, rcl al, cl
    mov rax, 0x112233445566775a
    mov ecx, 255
    RUN "rcl8 255 in0x2", 0x2, 0x0D5, rcl al, cl
    mov rax, 0x1122334455667781
    mov ecx, 0
    RUN "rcl8 0 in0x8d7", 0x8d7, OSZAPC, rcl al, cl
    mov rax, 0x1122334455667781
    mov ecx, 0
    RUN "rcl8 0 in0x2", 0x2, OSZAPC, rcl al, cl
    mov rax, 0x1122334455667781
    mov ecx, 1
    RUN "rcl8 1 in0x8d7", 0x8d7, OSZAPC, rcl al, cl
    mov rax, 0x1122334455667781
    mov ecx, 1
    RUN "rcl8 1 in0x2", 0x2, OSZAPC, rcl al, cl
    mov rax, 0x1122334455667781
    mov ecx, 2
    RUN "rcl8 2 in0x8d7", 0x8d7, 0x0D5, rcl al, cl
    mov rax, 0x1122334455667781
    mov ecx, 2
    RUN "rcl8 2 in0x2", 0x2, 0x0D5, rcl al, cl
    mov rax, 0x1122334455667781
    mov ecx, 7
    RUN "rcl8 7 in0x8d7", 0x8d7, 0x0D5, rcl al, cl
    mov rax, 0x1122334455667781
    mov ecx, 7
    RUN "rcl8 7 in0x2", 0x2, 0x0D5, rcl al, cl
    mov rax, 0x1122334455667781
    mov ecx, 8
    RUN "rcl8 8 in0x8d7", 0x8d7, 0x0D5, rcl al, cl
    mov rax, 0x1122334455667781
    mov ecx, 8
    RUN "rcl8 8 in0x2", 0x2, 0x0D5, rcl al, cl
    mov rax, 0x1122334455667781
    mov ecx, 9
    RUN "rcl8 9 in0x8d7", 0x8d7, 0x0D5, rcl al, cl
    mov rax, 0x1122334455667781
    mov ecx, 9
    RUN "rcl8 9 in0x2", 0x2, 0x0D5, rcl al, cl
    mov rax, 0x1122334455667781
    mov ecx, 31
    RUN "rcl8 31 in0x8d7", 0x8d7, 0x0D5, rcl al, cl
    mov rax, 0x1122334455667781
    mov ecx, 31
    RUN "rcl8 31 in0x2", 0x2, 0x0D5, rcl al, cl
    mov rax, 0x1122334455667781
    mov ecx, 32
    RUN "rcl8 32 in0x8d7", 0x8d7, OSZAPC, rcl al, cl
    mov rax, 0x1122334455667781
    mov ecx, 32
    RUN "rcl8 32 in0x2", 0x2, OSZAPC, rcl al, cl
    mov rax, 0x1122334455667781
    mov ecx, 33
    RUN "rcl8 33 in0x8d7", 0x8d7, OSZAPC, rcl al, cl
    mov rax, 0x1122334455667781
    mov ecx, 33
    RUN "rcl8 33 in0x2", 0x2, OSZAPC, rcl al, cl
    mov rax, 0x1122334455667781
    mov ecx, 63
    RUN "rcl8 63 in0x8d7", 0x8d7, 0x0D5, rcl al, cl
    mov rax, 0x1122334455667781
    mov ecx, 63
    RUN "rcl8 63 in0x2", 0x2, 0x0D5, rcl al, cl
    mov rax, 0x1122334455667781
    mov ecx, 64
    RUN "rcl8 64 in0x8d7", 0x8d7, OSZAPC, rcl al, cl
    mov rax, 0x1122334455667781
    mov ecx, 64
    RUN "rcl8 64 in0x2", 0x2, OSZAPC, rcl al, cl
    mov rax, 0x1122334455667781
    mov ecx, 255
    RUN "rcl8 255 in0x8d7", 0x8d7, 0x0D5, rcl al, cl
    mov rax, 0x1122334455667781
    mov ecx, 255
    RUN "rcl8 255 in0x2", 0x2, 0x0D5, rcl al, cl
    mov rax, 0x1122334455667701
    mov ecx, 0
    RUN "rcr8 0 in0x8d7", 0x8d7, OSZAPC, rcr al, cl
    mov rax, 0x1122334455667701
    mov ecx, 0
    RUN "rcr8 0 in0x2", 0x2, OSZAPC, rcr al, cl
    mov rax, 0x1122334455667701
    mov ecx, 1
    RUN "rcr8 1 in0x8d7", 0x8d7, OSZAPC, rcr al, cl
    mov rax, 0x1122334455667701
    mov ecx, 1
    RUN "rcr8 1 in0x2", 0x2, OSZAPC, rcr al, cl
    mov rax, 0x1122334455667701
    mov ecx, 2
    RUN "rcr8 2 in0x8d7", 0x8d7, 0x0D5, rcr al, cl
    mov rax, 0x1122334455667701
    mov ecx, 2
    RUN "rcr8 2 in0x2", 0x2, 0x0D5, rcr al, cl
    mov rax, 0x1122334455667701
    mov ecx, 7
    RUN "rcr8 7 in0x8d7", 0x8d7, 0x0D5, rcr al, cl
    mov rax, 0x1122334455667701
    mov ecx, 7
    RUN "rcr8 7 in0x2", 0x2, 0x0D5, rcr al, cl
    mov rax, 0x1122334455667701
    mov ecx, 8
    RUN "rcr8 8 in0x8d7", 0x8d7, 0x0D5, rcr al, cl
    mov rax, 0x1122334455667701
    mov ecx, 8
    RUN "rcr8 8 in0x2", 0x2, 0x0D5, rcr al, cl
    mov rax, 0x1122334455667701
    mov ecx, 9
    RUN "rcr8 9 in0x8d7", 0x8d7, 0x0D5, rcr al, cl
    mov rax, 0x1122334455667701
    mov ecx, 9
    RUN "rcr8 9 in0x2", 0x2, 0x0D5, rcr al, cl
    mov rax, 0x1122334455667701
    mov ecx, 31
    RUN "rcr8 31 in0x8d7", 0x8d7, 0x0D5, rcr al, cl
    mov rax, 0x1122334455667701
    mov ecx, 31
    RUN "rcr8 31 in0x2", 0x2, 0x0D5, rcr al, cl
    mov rax, 0x1122334455667701
    mov ecx, 32
    RUN "rcr8 32 in0x8d7", 0x8d7, OSZAPC, rcr al, cl
    mov rax, 0x1122334455667701
    mov ecx, 32
    RUN "rcr8 32 in0x2", 0x2, OSZAPC, rcr al, cl
    mov rax, 0x1122334455667701
    mov ecx, 33
    RUN "rcr8 33 in0x8d7", 0x8d7, OSZAPC, rcr al, cl
    mov rax, 0x1122334455667701
    mov ecx, 33
    RUN "rcr8 33 in0x2", 0x2, OSZAPC, rcr al, cl
    mov rax, 0x1122334455667701
    mov ecx, 63
    RUN "rcr8 63 in0x8d7", 0x8d7, 0x0D5, rcr al, cl
    mov rax, 0x1122334455667701
    mov ecx, 63
    RUN "rcr8 63 in0x2", 0x2, 0x0D5, rcr al, cl
    mov rax, 0x1122334455667701
    mov ecx, 64
    RUN "rcr8 64 in0x8d7", 0x8d7, OSZAPC, rcr al, cl
    mov rax, 0x1122334455667701
    mov ecx, 64
    RUN "rcr8 64 in0x2", 0x2, OSZAPC, rcr al, cl
    mov rax, 0x1122334455667701
    mov ecx, 255
    RUN "rcr8 255 in0x8d7", 0x8d7, 0x0D5, rcr al, cl
    mov rax, 0x1122334455667701
    mov ecx, 255
    RUN "rcr8 255 in0x2", 0x2, 0x0D5, rcr al, cl
    mov rax, 0x1122334455667780
    mov ecx, 0
    RUN "rcr8 0 in0x8d7", 0x8d7, OSZAPC, rcr al, cl
    mov rax, 0x1122334455667780
    mov ecx, 0
    RUN "rcr8 0 in0x2", 0x2, OSZAPC, rcr al, cl
    mov rax, 0x1122334455667780
    mov ecx, 1
    RUN "rcr8 1 in0x8d7", 0x8d7, OSZAPC, rcr al, cl
    mov rax, 0x1122334455667780
    mov ecx, 1
    RUN "rcr8 1 in0x2", 0x2, OSZAPC, rcr al, cl
    mov rax, 0x1122334455667780
    mov ecx, 2
    RUN "rcr8 2 in0x8d7", 0x8d7, 0x0D5, rcr al, cl
    mov rax, 0x1122334455667780
    mov ecx, 2
    RUN "rcr8 2 in0x2", 0x2, 0x0D5, rcr al, cl
    mov rax, 0x1122334455667780
    mov ecx, 7
    RUN "rcr8 7 in0x8d7", 0x8d7, 0x0D5, rcr al, cl
    mov rax, 0x1122334455667780
    mov ecx, 7
    RUN "rcr8 7 in0x2", 0x2, 0x0D5, rcr al, cl
    mov rax, 0x1122334455667780
    mov ecx, 8
    RUN "rcr8 8 in0x8d7", 0x8d7, 0x0D5, rcr al, cl
    mov rax, 0x1122334455667780
    mov ecx, 8
    RUN "rcr8 8 in0x2", 0x2, 0x0D5, rcr al, cl
    mov rax, 0x1122334455667780
    mov ecx, 9
    RUN "rcr8 9 in0x8d7", 0x8d7, 0x0D5, rcr al, cl
    mov rax, 0x1122334455667780
    mov ecx, 9
    RUN "rcr8 9 in0x2", 0x2, 0x0D5, rcr al, cl
    mov rax, 0x1122334455667780
    mov ecx, 31
    RUN "rcr8 31 in0x8d7", 0x8d7, 0x0D5, rcr al, cl
    mov rax, 0x1122334455667780
    mov ecx, 31
    RUN "rcr8 31 in0x2", 0x2, 0x0D5, rcr al, cl
    mov rax, 0x1122334455667780
    mov ecx, 32
    RUN "rcr8 32 in0x8d7", 0x8d7, OSZAPC, rcr al, cl
    mov rax, 0x1122334455667780
    mov ecx, 32
    RUN "rcr8 32 in0x2", 0x2, OSZAPC, rcr al, cl
    mov rax, 0x1122334455667780
    mov ecx, 33
    RUN "rcr8 33 in0x8d7", 0x8d7, OSZAPC, rcr al, cl
    mov rax, 0x1122334455667780
    mov ecx, 33
    RUN "rcr8 33 in0x2", 0x2, OSZAPC, rcr al, cl
    mov rax, 0x1122334455667780
    mov ecx, 63
    RUN "rcr8 63 in0x8d7", 0x8d7, 0x0D5, rcr al, cl
    mov rax, 0x1122334455667780
    mov ecx, 63
    RUN "rcr8 63 in0x2", 0x2, 0x0D5, rcr al, cl
    mov rax, 0x1122334455667780
    mov ecx, 64
    RUN "rcr8 64 in0x8d7", 0x8d7, OSZAPC, rcr al, cl
    mov rax, 0x1122334455667780
    mov ecx, 64
    RUN "rcr8 64 in0x2", 0x2, OSZAPC, rcr al, cl
    mov rax, 0x1122334455667780
    mov ecx, 255
    RUN "rcr8 255 in0x8d7", 0x8d7, 0x0D5, rcr al, cl
    mov rax, 0x1122334455667780
    mov ecx, 255
    RUN "rcr8 255 in0x2", 0x2, 0x0D5, rcr al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 0
    RUN "rcr8 0 in0x8d7", 0x8d7, OSZAPC, rcr al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 0
    RUN "rcr8 0 in0x2", 0x2, OSZAPC, rcr al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 1
    RUN "rcr8 1 in0x8d7", 0x8d7, OSZAPC, rcr al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 1
    RUN "rcr8 1 in0x2", 0x2, OSZAPC, rcr al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 2
    RUN "rcr8 2 in0x8d7", 0x8d7, 0x0D5, rcr al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 2
    RUN "rcr8 2 in0x2", 0x2, 0x0D5, rcr al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 7
    RUN "rcr8 7 in0x8d7", 0x8d7, 0x0D5, rcr al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 7
    RUN "rcr8 7 in0x2", 0x2, 0x0D5, rcr al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 8
    RUN "rcr8 8 in0x8d7", 0x8d7, 0x0D5, rcr al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 8
    RUN "rcr8 8 in0x2", 0x2, 0x0D5, rcr al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 9
    RUN "rcr8 9 in0x8d7", 0x8d7, 0x0D5, rcr al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 9
    RUN "rcr8 9 in0x2", 0x2, 0x0D5, rcr al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 31
    RUN "rcr8 31 in0x8d7", 0x8d7, 0x0D5, rcr al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 31
    RUN "rcr8 31 in0x2", 0x2, 0x0D5, rcr al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 32
    RUN "rcr8 32 in0x8d7", 0x8d7, OSZAPC, rcr al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 32
    RUN "rcr8 32 in0x2", 0x2, OSZAPC, rcr al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 33
    RUN "rcr8 33 in0x8d7", 0x8d7, OSZAPC, rcr al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 33
    RUN "rcr8 33 in0x2", 0x2, OSZAPC, rcr al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 63
    RUN "rcr8 63 in0x8d7", 0x8d7, 0x0D5, rcr al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 63
    RUN "rcr8 63 in0x2", 0x2, 0x0D5, rcr al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 64
    RUN "rcr8 64 in0x8d7", 0x8d7, OSZAPC, rcr al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 64
    RUN "rcr8 64 in0x2", 0x2, OSZAPC, rcr al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 255
    RUN "rcr8 255 in0x8d7", 0x8d7, 0x0D5, rcr al, cl
    mov rax, 0x11223344556677ff
    mov ecx, 255
    RUN "rcr8 255 in0x2", 0x2, 0x0D5, rcr al, cl
    mov rax, 0x112233445566775a
    mov ecx, 0
    RUN "rcr8 0 in0x8d7", 0x8d7, OSZAPC, rcr al, cl
    mov rax, 0x112233445566775a
    mov ecx, 0
    RUN "rcr8 0 in0x2", 0x2, OSZAPC, rcr al, cl
    mov rax, 0x112233445566775a
    mov ecx, 1
    RUN "rcr8 1 in0x8d7", 0x8d7, OSZAPC, rcr al, cl
    mov rax, 0x112233445566775a
    mov ecx, 1
    RUN "rcr8 1 in0x2", 0x2, OSZAPC, rcr al, cl
    mov rax, 0x112233445566775a
    mov ecx, 2
    RUN "rcr8 2 in0x8d7", 0x8d7, 0x0D5, rcr al, cl
    mov rax, 0x112233445566775a
    mov ecx, 2
    RUN "rcr8 2 in0x2", 0x2, 0x0D5, rcr al, cl
    mov rax, 0x112233445566775a
    mov ecx, 7
    RUN "rcr8 7 in0x8d7", 0x8d7, 0x0D5, rcr al, cl
    mov rax, 0x112233445566775a
    mov ecx, 7
    RUN "rcr8 7 in0x2", 0x2, 0x0D5, rcr al, cl
    mov rax, 0x112233445566775a
    mov ecx, 8
    RUN "rcr8 8 in0x8d7", 0x8d7, 0x0D5, rcr al, cl
    mov rax, 0x112233445566775a
    mov ecx, 8
    RUN "rcr8 8 in0x2", 0x2, 0x0D5, rcr al, cl
    mov rax, 0x112233445566775a
    mov ecx, 9
    RUN "rcr8 9 in0x8d7", 0x8d7, 0x0D5, rcr al, cl
    mov rax, 0x112233445566775a
    mov ecx, 9
    RUN "rcr8 9 in0x2", 0x2, 0x0D5, rcr al, cl
    mov rax, 0x112233445566775a
    mov ecx, 31
    RUN "rcr8 31 in0x8d7", 0x8d7, 0x0D5, rcr al, cl
    mov rax, 0x112233445566775a
    mov ecx, 31
    RUN "rcr8 31 in0x2", 0x2, 0x0D5, rcr al, cl
    mov rax, 0x112233445566775a
    mov ecx, 32
    RUN "rcr8 32 in0x8d7", 0x8d7, OSZAPC, rcr al, cl
    mov rax, 0x112233445566775a
    mov ecx, 32
    RUN "rcr8 32 in0x2", 0x2, OSZAPC, rcr al, cl
    mov rax, 0x112233445566775a
    mov ecx, 33
    RUN "rcr8 33 in0x8d7", 0x8d7, OSZAPC, rcr al, cl
    mov rax, 0x112233445566775a
    mov ecx, 33
    RUN "rcr8 33 in0x2", 0x2, OSZAPC, rcr al, cl
    mov rax, 0x112233445566775a
    mov ecx, 63
    RUN "rcr8 63 in0x8d7", 0x8d7, 0x0D5, rcr al, cl
    mov rax, 0x112233445566775a
    mov ecx, 63
    RUN "rcr8 63 in0x2", 0x2, 0x0D5, rcr al, cl
    mov rax, 0x112233445566775a
    mov ecx, 64
    RUN "rcr8 64 in0x8d7", 0x8d7, OSZAPC, rcr al, cl
    mov rax, 0x112233445566775a
    mov ecx, 64
    RUN "rcr8 64 in0x2", 0x2, OSZAPC, rcr al, cl
    mov rax, 0x112233445566775a
    mov ecx, 255
    RUN "rcr8 255 in0x8d7", 0x8d7, 0x0D5, rcr al, cl
    mov rax, 0x112233445566775a
    mov ecx, 255
    RUN "rcr8 255 in0x2", 0x2, 0x0D5, rcr al, cl
    mov rax, 0x1122334455667781
    mov ecx, 0
    RUN "rcr8 0 in0x8d7", 0x8d7, OSZAPC, rcr al, cl
    mov rax, 0x1122334455667781
    mov ecx, 0
    RUN "rcr8 0 in0x2", 0x2, OSZAPC, rcr al, cl
    mov rax, 0x1122334455667781
    mov ecx, 1
    RUN "rcr8 1 in0x8d7", 0x8d7, OSZAPC, rcr al, cl
    mov rax, 0x1122334455667781
    mov ecx, 1
    RUN "rcr8 1 in0x2", 0x2, OSZAPC, rcr al, cl
    mov rax, 0x1122334455667781
    mov ecx, 2
    RUN "rcr8 2 in0x8d7", 0x8d7, 0x0D5, rcr al, cl
    mov rax, 0x1122334455667781
    mov ecx, 2
    RUN "rcr8 2 in0x2", 0x2, 0x0D5, rcr al, cl
    mov rax, 0x1122334455667781
    mov ecx, 7
    RUN "rcr8 7 in0x8d7", 0x8d7, 0x0D5, rcr al, cl
    mov rax, 0x1122334455667781
    mov ecx, 7
    RUN "rcr8 7 in0x2", 0x2, 0x0D5, rcr al, cl
    mov rax, 0x1122334455667781
    mov ecx, 8
    RUN "rcr8 8 in0x8d7", 0x8d7, 0x0D5, rcr al, cl
    mov rax, 0x1122334455667781
    mov ecx, 8
    RUN "rcr8 8 in0x2", 0x2, 0x0D5, rcr al, cl
    mov rax, 0x1122334455667781
    mov ecx, 9
    RUN "rcr8 9 in0x8d7", 0x8d7, 0x0D5, rcr al, cl
    mov rax, 0x1122334455667781
    mov ecx, 9
    RUN "rcr8 9 in0x2", 0x2, 0x0D5, rcr al, cl
    mov rax, 0x1122334455667781
    mov ecx, 31
    RUN "rcr8 31 in0x8d7", 0x8d7, 0x0D5, rcr al, cl
    mov rax, 0x1122334455667781
    mov ecx, 31
    RUN "rcr8 31 in0x2", 0x2, 0x0D5, rcr al, cl
    mov rax, 0x1122334455667781
    mov ecx, 32
    RUN "rcr8 32 in0x8d7", 0x8d7, OSZAPC, rcr al, cl
    mov rax, 0x1122334455667781
    mov ecx, 32
    RUN "rcr8 32 in0x2", 0x2, OSZAPC, rcr al, cl
    mov rax, 0x1122334455667781
    mov ecx, 33
    RUN "rcr8 33 in0x8d7", 0x8d7, OSZAPC, rcr al, cl
    mov rax, 0x1122334455667781
    mov ecx, 33
    RUN "rcr8 33 in0x2", 0x2, OSZAPC, rcr al, cl
    mov rax, 0x1122334455667781
    mov ecx, 63
    RUN "rcr8 63 in0x8d7", 0x8d7, 0x0D5, rcr al, cl
    mov rax, 0x1122334455667781
    mov ecx, 63
    RUN "rcr8 63 in0x2", 0x2, 0x0D5, rcr al, cl
    mov rax, 0x1122334455667781
    mov ecx, 64
    RUN "rcr8 64 in0x8d7", 0x8d7, OSZAPC, rcr al, cl
    mov rax, 0x1122334455667781
    mov ecx, 64
    RUN "rcr8 64 in0x2", 0x2, OSZAPC, rcr al, cl
    mov rax, 0x1122334455667781
    mov ecx, 255
    RUN "rcr8 255 in0x8d7", 0x8d7, 0x0D5, rcr al, cl
    mov rax, 0x1122334455667781
    mov ecx, 255
    RUN "rcr8 255 in0x2", 0x2, 0x0D5, rcr al, cl
    mov rax, 0x1122334455660001
    mov ecx, 0
    RUN "shl16 0 in0x8d7", 0x8d7, OSZAPC, shl ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 1
    RUN "shl16 1 in0x8d7", 0x8d7, OSZPC, shl ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 2
    RUN "shl16 2 in0x8d7", 0x8d7, SZPC, shl ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 15
    RUN "shl16 15 in0x8d7", 0x8d7, SZPC, shl ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 16
    RUN "shl16 16 in0x8d7", 0x8d7, (SZPC & ~1), shl ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 17
    RUN "shl16 17 in0x8d7", 0x8d7, (SZPC & ~1), shl ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 31
    RUN "shl16 31 in0x8d7", 0x8d7, (SZPC & ~1), shl ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 32
    RUN "shl16 32 in0x8d7", 0x8d7, OSZAPC, shl ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 33
    RUN "shl16 33 in0x8d7", 0x8d7, OSZPC, shl ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 63
    RUN "shl16 63 in0x8d7", 0x8d7, (SZPC & ~1), shl ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 64
    RUN "shl16 64 in0x8d7", 0x8d7, OSZAPC, shl ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 255
    RUN "shl16 255 in0x8d7", 0x8d7, (SZPC & ~1), shl ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 0
    RUN "shl16 0 in0x8d7", 0x8d7, OSZAPC, shl ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 1
    RUN "shl16 1 in0x8d7", 0x8d7, OSZPC, shl ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 2
    RUN "shl16 2 in0x8d7", 0x8d7, SZPC, shl ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 15
    RUN "shl16 15 in0x8d7", 0x8d7, SZPC, shl ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 16
    RUN "shl16 16 in0x8d7", 0x8d7, (SZPC & ~1), shl ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 17
    RUN "shl16 17 in0x8d7", 0x8d7, (SZPC & ~1), shl ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 31
    RUN "shl16 31 in0x8d7", 0x8d7, (SZPC & ~1), shl ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 32
    RUN "shl16 32 in0x8d7", 0x8d7, OSZAPC, shl ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 33
    RUN "shl16 33 in0x8d7", 0x8d7, OSZPC, shl ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 63
    RUN "shl16 63 in0x8d7", 0x8d7, (SZPC & ~1), shl ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 64
    RUN "shl16 64 in0x8d7", 0x8d7, OSZAPC, shl ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 255
    RUN "shl16 255 in0x8d7", 0x8d7, (SZPC & ~1), shl ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 0
    RUN "shl16 0 in0x8d7", 0x8d7, OSZAPC, shl ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 1
    RUN "shl16 1 in0x8d7", 0x8d7, OSZPC, shl ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 2
    RUN "shl16 2 in0x8d7", 0x8d7, SZPC, shl ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 15
    RUN "shl16 15 in0x8d7", 0x8d7, SZPC, shl ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 16
    RUN "shl16 16 in0x8d7", 0x8d7, (SZPC & ~1), shl ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 17
    RUN "shl16 17 in0x8d7", 0x8d7, (SZPC & ~1), shl ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 31
    RUN "shl16 31 in0x8d7", 0x8d7, (SZPC & ~1), shl ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 32
    RUN "shl16 32 in0x8d7", 0x8d7, OSZAPC, shl ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 33
    RUN "shl16 33 in0x8d7", 0x8d7, OSZPC, shl ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 63
    RUN "shl16 63 in0x8d7", 0x8d7, (SZPC & ~1), shl ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 64
    RUN "shl16 64 in0x8d7", 0x8d7, OSZAPC, shl ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 255
    RUN "shl16 255 in0x8d7", 0x8d7, (SZPC & ~1), shl ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 0
    RUN "shl16 0 in0x8d7", 0x8d7, OSZAPC, shl ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 1
    RUN "shl16 1 in0x8d7", 0x8d7, OSZPC, shl ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 2
    RUN "shl16 2 in0x8d7", 0x8d7, SZPC, shl ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 15
    RUN "shl16 15 in0x8d7", 0x8d7, SZPC, shl ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 16
    RUN "shl16 16 in0x8d7", 0x8d7, (SZPC & ~1), shl ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 17
    RUN "shl16 17 in0x8d7", 0x8d7, (SZPC & ~1), shl ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 31
    RUN "shl16 31 in0x8d7", 0x8d7, (SZPC & ~1), shl ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 32
    RUN "shl16 32 in0x8d7", 0x8d7, OSZAPC, shl ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 33
    RUN "shl16 33 in0x8d7", 0x8d7, OSZPC, shl ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 63
    RUN "shl16 63 in0x8d7", 0x8d7, (SZPC & ~1), shl ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 64
    RUN "shl16 64 in0x8d7", 0x8d7, OSZAPC, shl ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 255
    RUN "shl16 255 in0x8d7", 0x8d7, (SZPC & ~1), shl ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 0
    RUN "shl16 0 in0x8d7", 0x8d7, OSZAPC, shl ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 1
    RUN "shl16 1 in0x8d7", 0x8d7, OSZPC, shl ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 2
    RUN "shl16 2 in0x8d7", 0x8d7, SZPC, shl ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 15
    RUN "shl16 15 in0x8d7", 0x8d7, SZPC, shl ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 16
    RUN "shl16 16 in0x8d7", 0x8d7, (SZPC & ~1), shl ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 17
    RUN "shl16 17 in0x8d7", 0x8d7, (SZPC & ~1), shl ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 31
    RUN "shl16 31 in0x8d7", 0x8d7, (SZPC & ~1), shl ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 32
    RUN "shl16 32 in0x8d7", 0x8d7, OSZAPC, shl ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 33
    RUN "shl16 33 in0x8d7", 0x8d7, OSZPC, shl ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 63
    RUN "shl16 63 in0x8d7", 0x8d7, (SZPC & ~1), shl ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 64
    RUN "shl16 64 in0x8d7", 0x8d7, OSZAPC, shl ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 255
    RUN "shl16 255 in0x8d7", 0x8d7, (SZPC & ~1), shl ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 0
    RUN "shr16 0 in0x8d7", 0x8d7, OSZAPC, shr ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 1
    RUN "shr16 1 in0x8d7", 0x8d7, OSZPC, shr ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 2
    RUN "shr16 2 in0x8d7", 0x8d7, SZPC, shr ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 15
    RUN "shr16 15 in0x8d7", 0x8d7, SZPC, shr ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 16
    RUN "shr16 16 in0x8d7", 0x8d7, (SZPC & ~1), shr ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 17
    RUN "shr16 17 in0x8d7", 0x8d7, (SZPC & ~1), shr ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 31
    RUN "shr16 31 in0x8d7", 0x8d7, (SZPC & ~1), shr ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 32
    RUN "shr16 32 in0x8d7", 0x8d7, OSZAPC, shr ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 33
    RUN "shr16 33 in0x8d7", 0x8d7, OSZPC, shr ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 63
    RUN "shr16 63 in0x8d7", 0x8d7, (SZPC & ~1), shr ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 64
    RUN "shr16 64 in0x8d7", 0x8d7, OSZAPC, shr ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 255
    RUN "shr16 255 in0x8d7", 0x8d7, (SZPC & ~1), shr ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 0
    RUN "shr16 0 in0x8d7", 0x8d7, OSZAPC, shr ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 1
    RUN "shr16 1 in0x8d7", 0x8d7, OSZPC, shr ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 2
    RUN "shr16 2 in0x8d7", 0x8d7, SZPC, shr ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 15
    RUN "shr16 15 in0x8d7", 0x8d7, SZPC, shr ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 16
    RUN "shr16 16 in0x8d7", 0x8d7, (SZPC & ~1), shr ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 17
    RUN "shr16 17 in0x8d7", 0x8d7, (SZPC & ~1), shr ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 31
    RUN "shr16 31 in0x8d7", 0x8d7, (SZPC & ~1), shr ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 32
    RUN "shr16 32 in0x8d7", 0x8d7, OSZAPC, shr ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 33
    RUN "shr16 33 in0x8d7", 0x8d7, OSZPC, shr ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 63
    RUN "shr16 63 in0x8d7", 0x8d7, (SZPC & ~1), shr ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 64
    RUN "shr16 64 in0x8d7", 0x8d7, OSZAPC, shr ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 255
    RUN "shr16 255 in0x8d7", 0x8d7, (SZPC & ~1), shr ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 0
    RUN "shr16 0 in0x8d7", 0x8d7, OSZAPC, shr ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 1
    RUN "shr16 1 in0x8d7", 0x8d7, OSZPC, shr ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 2
    RUN "shr16 2 in0x8d7", 0x8d7, SZPC, shr ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 15
    RUN "shr16 15 in0x8d7", 0x8d7, SZPC, shr ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 16
    RUN "shr16 16 in0x8d7", 0x8d7, (SZPC & ~1), shr ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 17
    RUN "shr16 17 in0x8d7", 0x8d7, (SZPC & ~1), shr ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 31
    RUN "shr16 31 in0x8d7", 0x8d7, (SZPC & ~1), shr ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 32
    RUN "shr16 32 in0x8d7", 0x8d7, OSZAPC, shr ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 33
    RUN "shr16 33 in0x8d7", 0x8d7, OSZPC, shr ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 63
    RUN "shr16 63 in0x8d7", 0x8d7, (SZPC & ~1), shr ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 64
    RUN "shr16 64 in0x8d7", 0x8d7, OSZAPC, shr ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 255
    RUN "shr16 255 in0x8d7", 0x8d7, (SZPC & ~1), shr ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 0
    RUN "shr16 0 in0x8d7", 0x8d7, OSZAPC, shr ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 1
    RUN "shr16 1 in0x8d7", 0x8d7, OSZPC, shr ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 2
    RUN "shr16 2 in0x8d7", 0x8d7, SZPC, shr ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 15
    RUN "shr16 15 in0x8d7", 0x8d7, SZPC, shr ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 16
    RUN "shr16 16 in0x8d7", 0x8d7, (SZPC & ~1), shr ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 17
    RUN "shr16 17 in0x8d7", 0x8d7, (SZPC & ~1), shr ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 31
    RUN "shr16 31 in0x8d7", 0x8d7, (SZPC & ~1), shr ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 32
    RUN "shr16 32 in0x8d7", 0x8d7, OSZAPC, shr ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 33
    RUN "shr16 33 in0x8d7", 0x8d7, OSZPC, shr ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 63
    RUN "shr16 63 in0x8d7", 0x8d7, (SZPC & ~1), shr ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 64
    RUN "shr16 64 in0x8d7", 0x8d7, OSZAPC, shr ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 255
    RUN "shr16 255 in0x8d7", 0x8d7, (SZPC & ~1), shr ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 0
    RUN "shr16 0 in0x8d7", 0x8d7, OSZAPC, shr ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 1
    RUN "shr16 1 in0x8d7", 0x8d7, OSZPC, shr ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 2
    RUN "shr16 2 in0x8d7", 0x8d7, SZPC, shr ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 15
    RUN "shr16 15 in0x8d7", 0x8d7, SZPC, shr ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 16
    RUN "shr16 16 in0x8d7", 0x8d7, (SZPC & ~1), shr ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 17
    RUN "shr16 17 in0x8d7", 0x8d7, (SZPC & ~1), shr ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 31
    RUN "shr16 31 in0x8d7", 0x8d7, (SZPC & ~1), shr ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 32
    RUN "shr16 32 in0x8d7", 0x8d7, OSZAPC, shr ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 33
    RUN "shr16 33 in0x8d7", 0x8d7, OSZPC, shr ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 63
    RUN "shr16 63 in0x8d7", 0x8d7, (SZPC & ~1), shr ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 64
    RUN "shr16 64 in0x8d7", 0x8d7, OSZAPC, shr ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 255
    RUN "shr16 255 in0x8d7", 0x8d7, (SZPC & ~1), shr ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 0
    RUN "sar16 0 in0x8d7", 0x8d7, OSZAPC, sar ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 1
    RUN "sar16 1 in0x8d7", 0x8d7, OSZPC, sar ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 2
    RUN "sar16 2 in0x8d7", 0x8d7, SZPC, sar ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 15
    RUN "sar16 15 in0x8d7", 0x8d7, SZPC, sar ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 16
    RUN "sar16 16 in0x8d7", 0x8d7, SZPC, sar ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 17
    RUN "sar16 17 in0x8d7", 0x8d7, SZPC, sar ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 31
    RUN "sar16 31 in0x8d7", 0x8d7, SZPC, sar ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 32
    RUN "sar16 32 in0x8d7", 0x8d7, OSZAPC, sar ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 33
    RUN "sar16 33 in0x8d7", 0x8d7, OSZPC, sar ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 63
    RUN "sar16 63 in0x8d7", 0x8d7, SZPC, sar ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 64
    RUN "sar16 64 in0x8d7", 0x8d7, OSZAPC, sar ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 255
    RUN "sar16 255 in0x8d7", 0x8d7, SZPC, sar ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 0
    RUN "sar16 0 in0x8d7", 0x8d7, OSZAPC, sar ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 1
    RUN "sar16 1 in0x8d7", 0x8d7, OSZPC, sar ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 2
    RUN "sar16 2 in0x8d7", 0x8d7, SZPC, sar ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 15
    RUN "sar16 15 in0x8d7", 0x8d7, SZPC, sar ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 16
    RUN "sar16 16 in0x8d7", 0x8d7, SZPC, sar ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 17
    RUN "sar16 17 in0x8d7", 0x8d7, SZPC, sar ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 31
    RUN "sar16 31 in0x8d7", 0x8d7, SZPC, sar ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 32
    RUN "sar16 32 in0x8d7", 0x8d7, OSZAPC, sar ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 33
    RUN "sar16 33 in0x8d7", 0x8d7, OSZPC, sar ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 63
    RUN "sar16 63 in0x8d7", 0x8d7, SZPC, sar ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 64
    RUN "sar16 64 in0x8d7", 0x8d7, OSZAPC, sar ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 255
    RUN "sar16 255 in0x8d7", 0x8d7, SZPC, sar ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 0
    RUN "sar16 0 in0x8d7", 0x8d7, OSZAPC, sar ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 1
    RUN "sar16 1 in0x8d7", 0x8d7, OSZPC, sar ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 2
    RUN "sar16 2 in0x8d7", 0x8d7, SZPC, sar ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 15
    RUN "sar16 15 in0x8d7", 0x8d7, SZPC, sar ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 16
    RUN "sar16 16 in0x8d7", 0x8d7, SZPC, sar ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 17
    RUN "sar16 17 in0x8d7", 0x8d7, SZPC, sar ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 31
    RUN "sar16 31 in0x8d7", 0x8d7, SZPC, sar ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 32
    RUN "sar16 32 in0x8d7", 0x8d7, OSZAPC, sar ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 33
    RUN "sar16 33 in0x8d7", 0x8d7, OSZPC, sar ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 63
    RUN "sar16 63 in0x8d7", 0x8d7, SZPC, sar ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 64
    RUN "sar16 64 in0x8d7", 0x8d7, OSZAPC, sar ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 255
    RUN "sar16 255 in0x8d7", 0x8d7, SZPC, sar ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 0
    RUN "sar16 0 in0x8d7", 0x8d7, OSZAPC, sar ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 1
    RUN "sar16 1 in0x8d7", 0x8d7, OSZPC, sar ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 2
    RUN "sar16 2 in0x8d7", 0x8d7, SZPC, sar ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 15
    RUN "sar16 15 in0x8d7", 0x8d7, SZPC, sar ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 16
    RUN "sar16 16 in0x8d7", 0x8d7, SZPC, sar ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 17
    RUN "sar16 17 in0x8d7", 0x8d7, SZPC, sar ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 31
    RUN "sar16 31 in0x8d7", 0x8d7, SZPC, sar ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 32
    RUN "sar16 32 in0x8d7", 0x8d7, OSZAPC, sar ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 33
    RUN "sar16 33 in0x8d7", 0x8d7, OSZPC, sar ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 63
    RUN "sar16 63 in0x8d7", 0x8d7, SZPC, sar ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 64
    RUN "sar16 64 in0x8d7", 0x8d7, OSZAPC, sar ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 255
    RUN "sar16 255 in0x8d7", 0x8d7, SZPC, sar ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 0
    RUN "sar16 0 in0x8d7", 0x8d7, OSZAPC, sar ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 1
    RUN "sar16 1 in0x8d7", 0x8d7, OSZPC, sar ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 2
    RUN "sar16 2 in0x8d7", 0x8d7, SZPC, sar ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 15
    RUN "sar16 15 in0x8d7", 0x8d7, SZPC, sar ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 16
    RUN "sar16 16 in0x8d7", 0x8d7, SZPC, sar ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 17
    RUN "sar16 17 in0x8d7", 0x8d7, SZPC, sar ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 31
    RUN "sar16 31 in0x8d7", 0x8d7, SZPC, sar ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 32
    RUN "sar16 32 in0x8d7", 0x8d7, OSZAPC, sar ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 33
    RUN "sar16 33 in0x8d7", 0x8d7, OSZPC, sar ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 63
    RUN "sar16 63 in0x8d7", 0x8d7, SZPC, sar ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 64
    RUN "sar16 64 in0x8d7", 0x8d7, OSZAPC, sar ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 255
    RUN "sar16 255 in0x8d7", 0x8d7, SZPC, sar ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 0
    RUN "rol16 0 in0x8d7", 0x8d7, OSZAPC, rol ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 1
    RUN "rol16 1 in0x8d7", 0x8d7, OSZAPC, rol ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 2
    RUN "rol16 2 in0x8d7", 0x8d7, 0x0D5, rol ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 15
    RUN "rol16 15 in0x8d7", 0x8d7, 0x0D5, rol ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 16
    RUN "rol16 16 in0x8d7", 0x8d7, 0x0D5, rol ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 17
    RUN "rol16 17 in0x8d7", 0x8d7, 0x0D5, rol ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 31
    RUN "rol16 31 in0x8d7", 0x8d7, 0x0D5, rol ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 32
    RUN "rol16 32 in0x8d7", 0x8d7, OSZAPC, rol ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 33
    RUN "rol16 33 in0x8d7", 0x8d7, OSZAPC, rol ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 63
    RUN "rol16 63 in0x8d7", 0x8d7, 0x0D5, rol ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 64
    RUN "rol16 64 in0x8d7", 0x8d7, OSZAPC, rol ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 255
    RUN "rol16 255 in0x8d7", 0x8d7, 0x0D5, rol ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 0
    RUN "rol16 0 in0x8d7", 0x8d7, OSZAPC, rol ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 1
    RUN "rol16 1 in0x8d7", 0x8d7, OSZAPC, rol ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 2
    RUN "rol16 2 in0x8d7", 0x8d7, 0x0D5, rol ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 15
    RUN "rol16 15 in0x8d7", 0x8d7, 0x0D5, rol ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 16
    RUN "rol16 16 in0x8d7", 0x8d7, 0x0D5, rol ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 17
    RUN "rol16 17 in0x8d7", 0x8d7, 0x0D5, rol ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 31
    RUN "rol16 31 in0x8d7", 0x8d7, 0x0D5, rol ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 32
    RUN "rol16 32 in0x8d7", 0x8d7, OSZAPC, rol ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 33
    RUN "rol16 33 in0x8d7", 0x8d7, OSZAPC, rol ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 63
    RUN "rol16 63 in0x8d7", 0x8d7, 0x0D5, rol ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 64
    RUN "rol16 64 in0x8d7", 0x8d7, OSZAPC, rol ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 255
    RUN "rol16 255 in0x8d7", 0x8d7, 0x0D5, rol ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 0
    RUN "rol16 0 in0x8d7", 0x8d7, OSZAPC, rol ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 1
    RUN "rol16 1 in0x8d7", 0x8d7, OSZAPC, rol ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 2
    RUN "rol16 2 in0x8d7", 0x8d7, 0x0D5, rol ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 15
    RUN "rol16 15 in0x8d7", 0x8d7, 0x0D5, rol ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 16
    RUN "rol16 16 in0x8d7", 0x8d7, 0x0D5, rol ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 17
    RUN "rol16 17 in0x8d7", 0x8d7, 0x0D5, rol ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 31
    RUN "rol16 31 in0x8d7", 0x8d7, 0x0D5, rol ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 32
    RUN "rol16 32 in0x8d7", 0x8d7, OSZAPC, rol ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 33
    RUN "rol16 33 in0x8d7", 0x8d7, OSZAPC, rol ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 63
    RUN "rol16 63 in0x8d7", 0x8d7, 0x0D5, rol ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 64
    RUN "rol16 64 in0x8d7", 0x8d7, OSZAPC, rol ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 255
    RUN "rol16 255 in0x8d7", 0x8d7, 0x0D5, rol ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 0
    RUN "rol16 0 in0x8d7", 0x8d7, OSZAPC, rol ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 1
    RUN "rol16 1 in0x8d7", 0x8d7, OSZAPC, rol ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 2
    RUN "rol16 2 in0x8d7", 0x8d7, 0x0D5, rol ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 15
    RUN "rol16 15 in0x8d7", 0x8d7, 0x0D5, rol ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 16
    RUN "rol16 16 in0x8d7", 0x8d7, 0x0D5, rol ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 17
    RUN "rol16 17 in0x8d7", 0x8d7, 0x0D5, rol ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 31
    RUN "rol16 31 in0x8d7", 0x8d7, 0x0D5, rol ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 32
    RUN "rol16 32 in0x8d7", 0x8d7, OSZAPC, rol ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 33
    RUN "rol16 33 in0x8d7", 0x8d7, OSZAPC, rol ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 63
    RUN "rol16 63 in0x8d7", 0x8d7, 0x0D5, rol ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 64
    RUN "rol16 64 in0x8d7", 0x8d7, OSZAPC, rol ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 255
    RUN "rol16 255 in0x8d7", 0x8d7, 0x0D5, rol ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 0
    RUN "rol16 0 in0x8d7", 0x8d7, OSZAPC, rol ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 1
    RUN "rol16 1 in0x8d7", 0x8d7, OSZAPC, rol ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 2
    RUN "rol16 2 in0x8d7", 0x8d7, 0x0D5, rol ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 15
    RUN "rol16 15 in0x8d7", 0x8d7, 0x0D5, rol ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 16
    RUN "rol16 16 in0x8d7", 0x8d7, 0x0D5, rol ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 17
    RUN "rol16 17 in0x8d7", 0x8d7, 0x0D5, rol ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 31
    RUN "rol16 31 in0x8d7", 0x8d7, 0x0D5, rol ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 32
    RUN "rol16 32 in0x8d7", 0x8d7, OSZAPC, rol ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 33
    RUN "rol16 33 in0x8d7", 0x8d7, OSZAPC, rol ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 63
    RUN "rol16 63 in0x8d7", 0x8d7, 0x0D5, rol ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 64
    RUN "rol16 64 in0x8d7", 0x8d7, OSZAPC, rol ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 255
    RUN "rol16 255 in0x8d7", 0x8d7, 0x0D5, rol ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 0
    RUN "ror16 0 in0x8d7", 0x8d7, OSZAPC, ror ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 1
    RUN "ror16 1 in0x8d7", 0x8d7, OSZAPC, ror ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 2
    RUN "ror16 2 in0x8d7", 0x8d7, 0x0D5, ror ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 15
    RUN "ror16 15 in0x8d7", 0x8d7, 0x0D5, ror ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 16
    RUN "ror16 16 in0x8d7", 0x8d7, 0x0D5, ror ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 17
    RUN "ror16 17 in0x8d7", 0x8d7, 0x0D5, ror ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 31
    RUN "ror16 31 in0x8d7", 0x8d7, 0x0D5, ror ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 32
    RUN "ror16 32 in0x8d7", 0x8d7, OSZAPC, ror ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 33
    RUN "ror16 33 in0x8d7", 0x8d7, OSZAPC, ror ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 63
    RUN "ror16 63 in0x8d7", 0x8d7, 0x0D5, ror ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 64
    RUN "ror16 64 in0x8d7", 0x8d7, OSZAPC, ror ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 255
    RUN "ror16 255 in0x8d7", 0x8d7, 0x0D5, ror ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 0
    RUN "ror16 0 in0x8d7", 0x8d7, OSZAPC, ror ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 1
    RUN "ror16 1 in0x8d7", 0x8d7, OSZAPC, ror ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 2
    RUN "ror16 2 in0x8d7", 0x8d7, 0x0D5, ror ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 15
    RUN "ror16 15 in0x8d7", 0x8d7, 0x0D5, ror ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 16
    RUN "ror16 16 in0x8d7", 0x8d7, 0x0D5, ror ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 17
    RUN "ror16 17 in0x8d7", 0x8d7, 0x0D5, ror ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 31
    RUN "ror16 31 in0x8d7", 0x8d7, 0x0D5, ror ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 32
    RUN "ror16 32 in0x8d7", 0x8d7, OSZAPC, ror ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 33
    RUN "ror16 33 in0x8d7", 0x8d7, OSZAPC, ror ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 63
    RUN "ror16 63 in0x8d7", 0x8d7, 0x0D5, ror ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 64
    RUN "ror16 64 in0x8d7", 0x8d7, OSZAPC, ror ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 255
    RUN "ror16 255 in0x8d7", 0x8d7, 0x0D5, ror ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 0
    RUN "ror16 0 in0x8d7", 0x8d7, OSZAPC, ror ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 1
    RUN "ror16 1 in0x8d7", 0x8d7, OSZAPC, ror ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 2
    RUN "ror16 2 in0x8d7", 0x8d7, 0x0D5, ror ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 15
    RUN "ror16 15 in0x8d7", 0x8d7, 0x0D5, ror ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 16
    RUN "ror16 16 in0x8d7", 0x8d7, 0x0D5, ror ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 17
    RUN "ror16 17 in0x8d7", 0x8d7, 0x0D5, ror ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 31
    RUN "ror16 31 in0x8d7", 0x8d7, 0x0D5, ror ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 32
    RUN "ror16 32 in0x8d7", 0x8d7, OSZAPC, ror ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 33
    RUN "ror16 33 in0x8d7", 0x8d7, OSZAPC, ror ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 63
    RUN "ror16 63 in0x8d7", 0x8d7, 0x0D5, ror ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 64
    RUN "ror16 64 in0x8d7", 0x8d7, OSZAPC, ror ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 255
    RUN "ror16 255 in0x8d7", 0x8d7, 0x0D5, ror ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 0
    RUN "ror16 0 in0x8d7", 0x8d7, OSZAPC, ror ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 1
    RUN "ror16 1 in0x8d7", 0x8d7, OSZAPC, ror ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 2
    RUN "ror16 2 in0x8d7", 0x8d7, 0x0D5, ror ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 15
    RUN "ror16 15 in0x8d7", 0x8d7, 0x0D5, ror ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 16
    RUN "ror16 16 in0x8d7", 0x8d7, 0x0D5, ror ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 17
    RUN "ror16 17 in0x8d7", 0x8d7, 0x0D5, ror ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 31
    RUN "ror16 31 in0x8d7", 0x8d7, 0x0D5, ror ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 32
    RUN "ror16 32 in0x8d7", 0x8d7, OSZAPC, ror ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 33
    RUN "ror16 33 in0x8d7", 0x8d7, OSZAPC, ror ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 63
    RUN "ror16 63 in0x8d7", 0x8d7, 0x0D5, ror ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 64
    RUN "ror16 64 in0x8d7", 0x8d7, OSZAPC, ror ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 255
    RUN "ror16 255 in0x8d7", 0x8d7, 0x0D5, ror ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 0
    RUN "ror16 0 in0x8d7", 0x8d7, OSZAPC, ror ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 1
    RUN "ror16 1 in0x8d7", 0x8d7, OSZAPC, ror ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 2
    RUN "ror16 2 in0x8d7", 0x8d7, 0x0D5, ror ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 15
    RUN "ror16 15 in0x8d7", 0x8d7, 0x0D5, ror ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 16
    RUN "ror16 16 in0x8d7", 0x8d7, 0x0D5, ror ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 17
    RUN "ror16 17 in0x8d7", 0x8d7, 0x0D5, ror ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 31
    RUN "ror16 31 in0x8d7", 0x8d7, 0x0D5, ror ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 32
    RUN "ror16 32 in0x8d7", 0x8d7, OSZAPC, ror ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 33
    RUN "ror16 33 in0x8d7", 0x8d7, OSZAPC, ror ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 63
    RUN "ror16 63 in0x8d7", 0x8d7, 0x0D5, ror ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 64
    RUN "ror16 64 in0x8d7", 0x8d7, OSZAPC, ror ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 255
    RUN "ror16 255 in0x8d7", 0x8d7, 0x0D5, ror ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 0
    RUN "rcl16 0 in0x8d7", 0x8d7, OSZAPC, rcl ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 0
    RUN "rcl16 0 in0x2", 0x2, OSZAPC, rcl ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 1
    RUN "rcl16 1 in0x8d7", 0x8d7, OSZAPC, rcl ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 1
    RUN "rcl16 1 in0x2", 0x2, OSZAPC, rcl ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 2
    RUN "rcl16 2 in0x8d7", 0x8d7, 0x0D5, rcl ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 2
    RUN "rcl16 2 in0x2", 0x2, 0x0D5, rcl ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 15
    RUN "rcl16 15 in0x8d7", 0x8d7, 0x0D5, rcl ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 15
    RUN "rcl16 15 in0x2", 0x2, 0x0D5, rcl ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 16
    RUN "rcl16 16 in0x8d7", 0x8d7, 0x0D5, rcl ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 16
    RUN "rcl16 16 in0x2", 0x2, 0x0D5, rcl ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 17
    RUN "rcl16 17 in0x8d7", 0x8d7, 0x0D5, rcl ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 17
    RUN "rcl16 17 in0x2", 0x2, 0x0D5, rcl ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 31
    RUN "rcl16 31 in0x8d7", 0x8d7, 0x0D5, rcl ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 31
    RUN "rcl16 31 in0x2", 0x2, 0x0D5, rcl ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 32
    RUN "rcl16 32 in0x8d7", 0x8d7, OSZAPC, rcl ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 32
    RUN "rcl16 32 in0x2", 0x2, OSZAPC, rcl ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 33
    RUN "rcl16 33 in0x8d7", 0x8d7, OSZAPC, rcl ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 33
    RUN "rcl16 33 in0x2", 0x2, OSZAPC, rcl ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 63
    RUN "rcl16 63 in0x8d7", 0x8d7, 0x0D5, rcl ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 63
    RUN "rcl16 63 in0x2", 0x2, 0x0D5, rcl ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 64
    RUN "rcl16 64 in0x8d7", 0x8d7, OSZAPC, rcl ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 64
    RUN "rcl16 64 in0x2", 0x2, OSZAPC, rcl ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 255
    RUN "rcl16 255 in0x8d7", 0x8d7, 0x0D5, rcl ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 255
    RUN "rcl16 255 in0x2", 0x2, 0x0D5, rcl ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 0
    RUN "rcl16 0 in0x8d7", 0x8d7, OSZAPC, rcl ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 0
    RUN "rcl16 0 in0x2", 0x2, OSZAPC, rcl ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 1
    RUN "rcl16 1 in0x8d7", 0x8d7, OSZAPC, rcl ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 1
    RUN "rcl16 1 in0x2", 0x2, OSZAPC, rcl ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 2
    RUN "rcl16 2 in0x8d7", 0x8d7, 0x0D5, rcl ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 2
    RUN "rcl16 2 in0x2", 0x2, 0x0D5, rcl ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 15
    RUN "rcl16 15 in0x8d7", 0x8d7, 0x0D5, rcl ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 15
    RUN "rcl16 15 in0x2", 0x2, 0x0D5, rcl ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 16
    RUN "rcl16 16 in0x8d7", 0x8d7, 0x0D5, rcl ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 16
    RUN "rcl16 16 in0x2", 0x2, 0x0D5, rcl ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 17
    RUN "rcl16 17 in0x8d7", 0x8d7, 0x0D5, rcl ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 17
    RUN "rcl16 17 in0x2", 0x2, 0x0D5, rcl ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 31
    RUN "rcl16 31 in0x8d7", 0x8d7, 0x0D5, rcl ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 31
    RUN "rcl16 31 in0x2", 0x2, 0x0D5, rcl ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 32
    RUN "rcl16 32 in0x8d7", 0x8d7, OSZAPC, rcl ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 32
    RUN "rcl16 32 in0x2", 0x2, OSZAPC, rcl ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 33
    RUN "rcl16 33 in0x8d7", 0x8d7, OSZAPC, rcl ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 33
    RUN "rcl16 33 in0x2", 0x2, OSZAPC, rcl ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 63
    RUN "rcl16 63 in0x8d7", 0x8d7, 0x0D5, rcl ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 63
    RUN "rcl16 63 in0x2", 0x2, 0x0D5, rcl ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 64
    RUN "rcl16 64 in0x8d7", 0x8d7, OSZAPC, rcl ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 64
    RUN "rcl16 64 in0x2", 0x2, OSZAPC, rcl ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 255
    RUN "rcl16 255 in0x8d7", 0x8d7, 0x0D5, rcl ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 255
    RUN "rcl16 255 in0x2", 0x2, 0x0D5, rcl ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 0
    RUN "rcl16 0 in0x8d7", 0x8d7, OSZAPC, rcl ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 0
    RUN "rcl16 0 in0x2", 0x2, OSZAPC, rcl ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 1
    RUN "rcl16 1 in0x8d7", 0x8d7, OSZAPC, rcl ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 1
    RUN "rcl16 1 in0x2", 0x2, OSZAPC, rcl ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 2
    RUN "rcl16 2 in0x8d7", 0x8d7, 0x0D5, rcl ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 2
    RUN "rcl16 2 in0x2", 0x2, 0x0D5, rcl ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 15
    RUN "rcl16 15 in0x8d7", 0x8d7, 0x0D5, rcl ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 15
    RUN "rcl16 15 in0x2", 0x2, 0x0D5, rcl ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 16
    RUN "rcl16 16 in0x8d7", 0x8d7, 0x0D5, rcl ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 16
    RUN "rcl16 16 in0x2", 0x2, 0x0D5, rcl ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 17
    RUN "rcl16 17 in0x8d7", 0x8d7, 0x0D5, rcl ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 17
    RUN "rcl16 17 in0x2", 0x2, 0x0D5, rcl ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 31
    RUN "rcl16 31 in0x8d7", 0x8d7, 0x0D5, rcl ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 31
    RUN "rcl16 31 in0x2", 0x2, 0x0D5, rcl ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 32
    RUN "rcl16 32 in0x8d7", 0x8d7, OSZAPC, rcl ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 32
    RUN "rcl16 32 in0x2", 0x2, OSZAPC, rcl ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 33
    RUN "rcl16 33 in0x8d7", 0x8d7, OSZAPC, rcl ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 33
    RUN "rcl16 33 in0x2", 0x2, OSZAPC, rcl ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 63
    RUN "rcl16 63 in0x8d7", 0x8d7, 0x0D5, rcl ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 63
    RUN "rcl16 63 in0x2", 0x2, 0x0D5, rcl ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 64
    RUN "rcl16 64 in0x8d7", 0x8d7, OSZAPC, rcl ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 64
    RUN "rcl16 64 in0x2", 0x2, OSZAPC, rcl ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 255
    RUN "rcl16 255 in0x8d7", 0x8d7, 0x0D5, rcl ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 255
    RUN "rcl16 255 in0x2", 0x2, 0x0D5, rcl ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 0
    RUN "rcl16 0 in0x8d7", 0x8d7, OSZAPC, rcl ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 0
    RUN "rcl16 0 in0x2", 0x2, OSZAPC, rcl ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 1
    RUN "rcl16 1 in0x8d7", 0x8d7, OSZAPC, rcl ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 1
    RUN "rcl16 1 in0x2", 0x2, OSZAPC, rcl ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 2
    RUN "rcl16 2 in0x8d7", 0x8d7, 0x0D5, rcl ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 2
    RUN "rcl16 2 in0x2", 0x2, 0x0D5, rcl ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 15
    RUN "rcl16 15 in0x8d7", 0x8d7, 0x0D5, rcl ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 15
    RUN "rcl16 15 in0x2", 0x2, 0x0D5, rcl ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 16
    RUN "rcl16 16 in0x8d7", 0x8d7, 0x0D5, rcl ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 16
    RUN "rcl16 16 in0x2", 0x2, 0x0D5, rcl ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 17
    RUN "rcl16 17 in0x8d7", 0x8d7, 0x0D5, rcl ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 17
    RUN "rcl16 17 in0x2", 0x2, 0x0D5, rcl ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 31
    RUN "rcl16 31 in0x8d7", 0x8d7, 0x0D5, rcl ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 31
    RUN "rcl16 31 in0x2", 0x2, 0x0D5, rcl ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 32
    RUN "rcl16 32 in0x8d7", 0x8d7, OSZAPC, rcl ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 32
    RUN "rcl16 32 in0x2", 0x2, OSZAPC, rcl ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 33
    RUN "rcl16 33 in0x8d7", 0x8d7, OSZAPC, rcl ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 33
    RUN "rcl16 33 in0x2", 0x2, OSZAPC, rcl ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 63
    RUN "rcl16 63 in0x8d7", 0x8d7, 0x0D5, rcl ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 63
    RUN "rcl16 63 in0x2", 0x2, 0x0D5, rcl ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 64
    RUN "rcl16 64 in0x8d7", 0x8d7, OSZAPC, rcl ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 64
    RUN "rcl16 64 in0x2", 0x2, OSZAPC, rcl ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 255
    RUN "rcl16 255 in0x8d7", 0x8d7, 0x0D5, rcl ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 255
    RUN "rcl16 255 in0x2", 0x2, 0x0D5, rcl ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 0
    RUN "rcl16 0 in0x8d7", 0x8d7, OSZAPC, rcl ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 0
    RUN "rcl16 0 in0x2", 0x2, OSZAPC, rcl ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 1
    RUN "rcl16 1 in0x8d7", 0x8d7, OSZAPC, rcl ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 1
    RUN "rcl16 1 in0x2", 0x2, OSZAPC, rcl ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 2
    RUN "rcl16 2 in0x8d7", 0x8d7, 0x0D5, rcl ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 2
    RUN "rcl16 2 in0x2", 0x2, 0x0D5, rcl ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 15
    RUN "rcl16 15 in0x8d7", 0x8d7, 0x0D5, rcl ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 15
    RUN "rcl16 15 in0x2", 0x2, 0x0D5, rcl ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 16
    RUN "rcl16 16 in0x8d7", 0x8d7, 0x0D5, rcl ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 16
    RUN "rcl16 16 in0x2", 0x2, 0x0D5, rcl ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 17
    RUN "rcl16 17 in0x8d7", 0x8d7, 0x0D5, rcl ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 17
    RUN "rcl16 17 in0x2", 0x2, 0x0D5, rcl ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 31
    RUN "rcl16 31 in0x8d7", 0x8d7, 0x0D5, rcl ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 31
    RUN "rcl16 31 in0x2", 0x2, 0x0D5, rcl ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 32
    RUN "rcl16 32 in0x8d7", 0x8d7, OSZAPC, rcl ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 32
    RUN "rcl16 32 in0x2", 0x2, OSZAPC, rcl ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 33
    RUN "rcl16 33 in0x8d7", 0x8d7, OSZAPC, rcl ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 33
    RUN "rcl16 33 in0x2", 0x2, OSZAPC, rcl ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 63
    RUN "rcl16 63 in0x8d7", 0x8d7, 0x0D5, rcl ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 63
    RUN "rcl16 63 in0x2", 0x2, 0x0D5, rcl ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 64
    RUN "rcl16 64 in0x8d7", 0x8d7, OSZAPC, rcl ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 64
    RUN "rcl16 64 in0x2", 0x2, OSZAPC, rcl ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 255
    RUN "rcl16 255 in0x8d7", 0x8d7, 0x0D5, rcl ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 255
    RUN "rcl16 255 in0x2", 0x2, 0x0D5, rcl ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 0
    RUN "rcr16 0 in0x8d7", 0x8d7, OSZAPC, rcr ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 0
    RUN "rcr16 0 in0x2", 0x2, OSZAPC, rcr ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 1
    RUN "rcr16 1 in0x8d7", 0x8d7, OSZAPC, rcr ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 1
    RUN "rcr16 1 in0x2", 0x2, OSZAPC, rcr ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 2
    RUN "rcr16 2 in0x8d7", 0x8d7, 0x0D5, rcr ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 2
    RUN "rcr16 2 in0x2", 0x2, 0x0D5, rcr ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 15
    RUN "rcr16 15 in0x8d7", 0x8d7, 0x0D5, rcr ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 15
    RUN "rcr16 15 in0x2", 0x2, 0x0D5, rcr ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 16
    RUN "rcr16 16 in0x8d7", 0x8d7, 0x0D5, rcr ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 16
    RUN "rcr16 16 in0x2", 0x2, 0x0D5, rcr ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 17
    RUN "rcr16 17 in0x8d7", 0x8d7, 0x0D5, rcr ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 17
    RUN "rcr16 17 in0x2", 0x2, 0x0D5, rcr ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 31
    RUN "rcr16 31 in0x8d7", 0x8d7, 0x0D5, rcr ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 31
    RUN "rcr16 31 in0x2", 0x2, 0x0D5, rcr ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 32
    RUN "rcr16 32 in0x8d7", 0x8d7, OSZAPC, rcr ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 32
    RUN "rcr16 32 in0x2", 0x2, OSZAPC, rcr ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 33
    RUN "rcr16 33 in0x8d7", 0x8d7, OSZAPC, rcr ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 33
    RUN "rcr16 33 in0x2", 0x2, OSZAPC, rcr ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 63
    RUN "rcr16 63 in0x8d7", 0x8d7, 0x0D5, rcr ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 63
    RUN "rcr16 63 in0x2", 0x2, 0x0D5, rcr ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 64
    RUN "rcr16 64 in0x8d7", 0x8d7, OSZAPC, rcr ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 64
    RUN "rcr16 64 in0x2", 0x2, OSZAPC, rcr ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 255
    RUN "rcr16 255 in0x8d7", 0x8d7, 0x0D5, rcr ax, cl
    mov rax, 0x1122334455660001
    mov ecx, 255
    RUN "rcr16 255 in0x2", 0x2, 0x0D5, rcr ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 0
    RUN "rcr16 0 in0x8d7", 0x8d7, OSZAPC, rcr ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 0
    RUN "rcr16 0 in0x2", 0x2, OSZAPC, rcr ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 1
    RUN "rcr16 1 in0x8d7", 0x8d7, OSZAPC, rcr ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 1
    RUN "rcr16 1 in0x2", 0x2, OSZAPC, rcr ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 2
    RUN "rcr16 2 in0x8d7", 0x8d7, 0x0D5, rcr ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 2
    RUN "rcr16 2 in0x2", 0x2, 0x0D5, rcr ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 15
    RUN "rcr16 15 in0x8d7", 0x8d7, 0x0D5, rcr ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 15
    RUN "rcr16 15 in0x2", 0x2, 0x0D5, rcr ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 16
    RUN "rcr16 16 in0x8d7", 0x8d7, 0x0D5, rcr ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 16
    RUN "rcr16 16 in0x2", 0x2, 0x0D5, rcr ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 17
    RUN "rcr16 17 in0x8d7", 0x8d7, 0x0D5, rcr ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 17
    RUN "rcr16 17 in0x2", 0x2, 0x0D5, rcr ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 31
    RUN "rcr16 31 in0x8d7", 0x8d7, 0x0D5, rcr ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 31
    RUN "rcr16 31 in0x2", 0x2, 0x0D5, rcr ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 32
    RUN "rcr16 32 in0x8d7", 0x8d7, OSZAPC, rcr ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 32
    RUN "rcr16 32 in0x2", 0x2, OSZAPC, rcr ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 33
    RUN "rcr16 33 in0x8d7", 0x8d7, OSZAPC, rcr ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 33
    RUN "rcr16 33 in0x2", 0x2, OSZAPC, rcr ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 63
    RUN "rcr16 63 in0x8d7", 0x8d7, 0x0D5, rcr ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 63
    RUN "rcr16 63 in0x2", 0x2, 0x0D5, rcr ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 64
    RUN "rcr16 64 in0x8d7", 0x8d7, OSZAPC, rcr ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 64
    RUN "rcr16 64 in0x2", 0x2, OSZAPC, rcr ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 255
    RUN "rcr16 255 in0x8d7", 0x8d7, 0x0D5, rcr ax, cl
    mov rax, 0x1122334455668000
    mov ecx, 255
    RUN "rcr16 255 in0x2", 0x2, 0x0D5, rcr ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 0
    RUN "rcr16 0 in0x8d7", 0x8d7, OSZAPC, rcr ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 0
    RUN "rcr16 0 in0x2", 0x2, OSZAPC, rcr ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 1
    RUN "rcr16 1 in0x8d7", 0x8d7, OSZAPC, rcr ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 1
    RUN "rcr16 1 in0x2", 0x2, OSZAPC, rcr ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 2
    RUN "rcr16 2 in0x8d7", 0x8d7, 0x0D5, rcr ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 2
    RUN "rcr16 2 in0x2", 0x2, 0x0D5, rcr ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 15
    RUN "rcr16 15 in0x8d7", 0x8d7, 0x0D5, rcr ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 15
    RUN "rcr16 15 in0x2", 0x2, 0x0D5, rcr ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 16
    RUN "rcr16 16 in0x8d7", 0x8d7, 0x0D5, rcr ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 16
    RUN "rcr16 16 in0x2", 0x2, 0x0D5, rcr ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 17
    RUN "rcr16 17 in0x8d7", 0x8d7, 0x0D5, rcr ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 17
    RUN "rcr16 17 in0x2", 0x2, 0x0D5, rcr ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 31
    RUN "rcr16 31 in0x8d7", 0x8d7, 0x0D5, rcr ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 31
    RUN "rcr16 31 in0x2", 0x2, 0x0D5, rcr ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 32
    RUN "rcr16 32 in0x8d7", 0x8d7, OSZAPC, rcr ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 32
    RUN "rcr16 32 in0x2", 0x2, OSZAPC, rcr ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 33
    RUN "rcr16 33 in0x8d7", 0x8d7, OSZAPC, rcr ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 33
    RUN "rcr16 33 in0x2", 0x2, OSZAPC, rcr ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 63
    RUN "rcr16 63 in0x8d7", 0x8d7, 0x0D5, rcr ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 63
    RUN "rcr16 63 in0x2", 0x2, 0x0D5, rcr ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 64
    RUN "rcr16 64 in0x8d7", 0x8d7, OSZAPC, rcr ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 64
    RUN "rcr16 64 in0x2", 0x2, OSZAPC, rcr ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 255
    RUN "rcr16 255 in0x8d7", 0x8d7, 0x0D5, rcr ax, cl
    mov rax, 0x112233445566ffff
    mov ecx, 255
    RUN "rcr16 255 in0x2", 0x2, 0x0D5, rcr ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 0
    RUN "rcr16 0 in0x8d7", 0x8d7, OSZAPC, rcr ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 0
    RUN "rcr16 0 in0x2", 0x2, OSZAPC, rcr ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 1
    RUN "rcr16 1 in0x8d7", 0x8d7, OSZAPC, rcr ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 1
    RUN "rcr16 1 in0x2", 0x2, OSZAPC, rcr ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 2
    RUN "rcr16 2 in0x8d7", 0x8d7, 0x0D5, rcr ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 2
    RUN "rcr16 2 in0x2", 0x2, 0x0D5, rcr ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 15
    RUN "rcr16 15 in0x8d7", 0x8d7, 0x0D5, rcr ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 15
    RUN "rcr16 15 in0x2", 0x2, 0x0D5, rcr ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 16
    RUN "rcr16 16 in0x8d7", 0x8d7, 0x0D5, rcr ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 16
    RUN "rcr16 16 in0x2", 0x2, 0x0D5, rcr ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 17
    RUN "rcr16 17 in0x8d7", 0x8d7, 0x0D5, rcr ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 17
    RUN "rcr16 17 in0x2", 0x2, 0x0D5, rcr ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 31
    RUN "rcr16 31 in0x8d7", 0x8d7, 0x0D5, rcr ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 31
    RUN "rcr16 31 in0x2", 0x2, 0x0D5, rcr ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 32
    RUN "rcr16 32 in0x8d7", 0x8d7, OSZAPC, rcr ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 32
    RUN "rcr16 32 in0x2", 0x2, OSZAPC, rcr ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 33
    RUN "rcr16 33 in0x8d7", 0x8d7, OSZAPC, rcr ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 33
    RUN "rcr16 33 in0x2", 0x2, OSZAPC, rcr ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 63
    RUN "rcr16 63 in0x8d7", 0x8d7, 0x0D5, rcr ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 63
    RUN "rcr16 63 in0x2", 0x2, 0x0D5, rcr ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 64
    RUN "rcr16 64 in0x8d7", 0x8d7, OSZAPC, rcr ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 64
    RUN "rcr16 64 in0x2", 0x2, OSZAPC, rcr ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 255
    RUN "rcr16 255 in0x8d7", 0x8d7, 0x0D5, rcr ax, cl
    mov rax, 0x1122334455665a5a
    mov ecx, 255
    RUN "rcr16 255 in0x2", 0x2, 0x0D5, rcr ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 0
    RUN "rcr16 0 in0x8d7", 0x8d7, OSZAPC, rcr ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 0
    RUN "rcr16 0 in0x2", 0x2, OSZAPC, rcr ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 1
    RUN "rcr16 1 in0x8d7", 0x8d7, OSZAPC, rcr ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 1
    RUN "rcr16 1 in0x2", 0x2, OSZAPC, rcr ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 2
    RUN "rcr16 2 in0x8d7", 0x8d7, 0x0D5, rcr ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 2
    RUN "rcr16 2 in0x2", 0x2, 0x0D5, rcr ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 15
    RUN "rcr16 15 in0x8d7", 0x8d7, 0x0D5, rcr ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 15
    RUN "rcr16 15 in0x2", 0x2, 0x0D5, rcr ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 16
    RUN "rcr16 16 in0x8d7", 0x8d7, 0x0D5, rcr ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 16
    RUN "rcr16 16 in0x2", 0x2, 0x0D5, rcr ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 17
    RUN "rcr16 17 in0x8d7", 0x8d7, 0x0D5, rcr ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 17
    RUN "rcr16 17 in0x2", 0x2, 0x0D5, rcr ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 31
    RUN "rcr16 31 in0x8d7", 0x8d7, 0x0D5, rcr ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 31
    RUN "rcr16 31 in0x2", 0x2, 0x0D5, rcr ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 32
    RUN "rcr16 32 in0x8d7", 0x8d7, OSZAPC, rcr ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 32
    RUN "rcr16 32 in0x2", 0x2, OSZAPC, rcr ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 33
    RUN "rcr16 33 in0x8d7", 0x8d7, OSZAPC, rcr ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 33
    RUN "rcr16 33 in0x2", 0x2, OSZAPC, rcr ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 63
    RUN "rcr16 63 in0x8d7", 0x8d7, 0x0D5, rcr ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 63
    RUN "rcr16 63 in0x2", 0x2, 0x0D5, rcr ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 64
    RUN "rcr16 64 in0x8d7", 0x8d7, OSZAPC, rcr ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 64
    RUN "rcr16 64 in0x2", 0x2, OSZAPC, rcr ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 255
    RUN "rcr16 255 in0x8d7", 0x8d7, 0x0D5, rcr ax, cl
    mov rax, 0x1122334455668001
    mov ecx, 255
    RUN "rcr16 255 in0x2", 0x2, 0x0D5, rcr ax, cl
    mov rax, 0x1122334455660001
    mov rbx, 0x123456789abcdef0
    mov ecx, 0
    RUN "shld16 0", 0x8d7, OSZAPC, shld ax, bx, cl
    mov rax, 0x1122334455660001
    mov rbx, 0x123456789abcdef0
    mov ecx, 1
    RUN "shld16 1", 0x8d7, OSZPC, shld ax, bx, cl
    mov rax, 0x1122334455660001
    mov rbx, 0x123456789abcdef0
    mov ecx, 2
    RUN "shld16 2", 0x8d7, SZPC, shld ax, bx, cl
    mov rax, 0x1122334455660001
    mov rbx, 0x123456789abcdef0
    mov ecx, 8
    RUN "shld16 8", 0x8d7, SZPC, shld ax, bx, cl
    mov rax, 0x1122334455660001
    mov rbx, 0x123456789abcdef0
    mov ecx, 15
    RUN "shld16 15", 0x8d7, SZPC, shld ax, bx, cl
    mov rax, 0x1122334455660001
    mov rbx, 0x123456789abcdef0
    mov ecx, 33
    RUN "shld16 33", 0x8d7, OSZPC, shld ax, bx, cl
    mov rax, 0x1122334455660000
    mov rbx, 0xffffffffffffffff
    mov ecx, 0
    RUN "shld16 0", 0x8d7, OSZAPC, shld ax, bx, cl
    mov rax, 0x1122334455660000
    mov rbx, 0xffffffffffffffff
    mov ecx, 1
    RUN "shld16 1", 0x8d7, OSZPC, shld ax, bx, cl
    mov rax, 0x1122334455660000
    mov rbx, 0xffffffffffffffff
    mov ecx, 2
    RUN "shld16 2", 0x8d7, SZPC, shld ax, bx, cl
    mov rax, 0x1122334455660000
    mov rbx, 0xffffffffffffffff
    mov ecx, 8
    RUN "shld16 8", 0x8d7, SZPC, shld ax, bx, cl
    mov rax, 0x1122334455660000
    mov rbx, 0xffffffffffffffff
    mov ecx, 15
    RUN "shld16 15", 0x8d7, SZPC, shld ax, bx, cl
    mov rax, 0x1122334455660000
    mov rbx, 0xffffffffffffffff
    mov ecx, 33
    RUN "shld16 33", 0x8d7, OSZPC, shld ax, bx, cl
    mov rax, 0x1122334455665555
    mov rbx, 0x0
    mov ecx, 0
    RUN "shld16 0", 0x8d7, OSZAPC, shld ax, bx, cl
    mov rax, 0x1122334455665555
    mov rbx, 0x0
    mov ecx, 1
    RUN "shld16 1", 0x8d7, OSZPC, shld ax, bx, cl
    mov rax, 0x1122334455665555
    mov rbx, 0x0
    mov ecx, 2
    RUN "shld16 2", 0x8d7, SZPC, shld ax, bx, cl
    mov rax, 0x1122334455665555
    mov rbx, 0x0
    mov ecx, 8
    RUN "shld16 8", 0x8d7, SZPC, shld ax, bx, cl
    mov rax, 0x1122334455665555
    mov rbx, 0x0
    mov ecx, 15
    RUN "shld16 15", 0x8d7, SZPC, shld ax, bx, cl
    mov rax, 0x1122334455665555
    mov rbx, 0x0
    mov ecx, 33
    RUN "shld16 33", 0x8d7, OSZPC, shld ax, bx, cl
    mov rax, 0x1122334455660001
    mov rbx, 0x123456789abcdef0
    mov ecx, 0
    RUN "shrd16 0", 0x8d7, OSZAPC, shrd ax, bx, cl
    mov rax, 0x1122334455660001
    mov rbx, 0x123456789abcdef0
    mov ecx, 1
    RUN "shrd16 1", 0x8d7, OSZPC, shrd ax, bx, cl
    mov rax, 0x1122334455660001
    mov rbx, 0x123456789abcdef0
    mov ecx, 2
    RUN "shrd16 2", 0x8d7, SZPC, shrd ax, bx, cl
    mov rax, 0x1122334455660001
    mov rbx, 0x123456789abcdef0
    mov ecx, 8
    RUN "shrd16 8", 0x8d7, SZPC, shrd ax, bx, cl
    mov rax, 0x1122334455660001
    mov rbx, 0x123456789abcdef0
    mov ecx, 15
    RUN "shrd16 15", 0x8d7, SZPC, shrd ax, bx, cl
    mov rax, 0x1122334455660001
    mov rbx, 0x123456789abcdef0
    mov ecx, 33
    RUN "shrd16 33", 0x8d7, OSZPC, shrd ax, bx, cl
    mov rax, 0x1122334455660000
    mov rbx, 0xffffffffffffffff
    mov ecx, 0
    RUN "shrd16 0", 0x8d7, OSZAPC, shrd ax, bx, cl
    mov rax, 0x1122334455660000
    mov rbx, 0xffffffffffffffff
    mov ecx, 1
    RUN "shrd16 1", 0x8d7, OSZPC, shrd ax, bx, cl
    mov rax, 0x1122334455660000
    mov rbx, 0xffffffffffffffff
    mov ecx, 2
    RUN "shrd16 2", 0x8d7, SZPC, shrd ax, bx, cl
    mov rax, 0x1122334455660000
    mov rbx, 0xffffffffffffffff
    mov ecx, 8
    RUN "shrd16 8", 0x8d7, SZPC, shrd ax, bx, cl
    mov rax, 0x1122334455660000
    mov rbx, 0xffffffffffffffff
    mov ecx, 15
    RUN "shrd16 15", 0x8d7, SZPC, shrd ax, bx, cl
    mov rax, 0x1122334455660000
    mov rbx, 0xffffffffffffffff
    mov ecx, 33
    RUN "shrd16 33", 0x8d7, OSZPC, shrd ax, bx, cl
    mov rax, 0x1122334455665555
    mov rbx, 0x0
    mov ecx, 0
    RUN "shrd16 0", 0x8d7, OSZAPC, shrd ax, bx, cl
    mov rax, 0x1122334455665555
    mov rbx, 0x0
    mov ecx, 1
    RUN "shrd16 1", 0x8d7, OSZPC, shrd ax, bx, cl
    mov rax, 0x1122334455665555
    mov rbx, 0x0
    mov ecx, 2
    RUN "shrd16 2", 0x8d7, SZPC, shrd ax, bx, cl
    mov rax, 0x1122334455665555
    mov rbx, 0x0
    mov ecx, 8
    RUN "shrd16 8", 0x8d7, SZPC, shrd ax, bx, cl
    mov rax, 0x1122334455665555
    mov rbx, 0x0
    mov ecx, 15
    RUN "shrd16 15", 0x8d7, SZPC, shrd ax, bx, cl
    mov rax, 0x1122334455665555
    mov rbx, 0x0
    mov ecx, 33
    RUN "shrd16 33", 0x8d7, OSZPC, shrd ax, bx, cl
    mov rax, 0x1122334400000001
    mov ecx, 0
    RUN "shl32 0 in0x8d7", 0x8d7, OSZAPC, shl eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 1
    RUN "shl32 1 in0x8d7", 0x8d7, OSZPC, shl eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 2
    RUN "shl32 2 in0x8d7", 0x8d7, SZPC, shl eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 31
    RUN "shl32 31 in0x8d7", 0x8d7, SZPC, shl eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 32
    RUN "shl32 32 in0x8d7", 0x8d7, OSZAPC, shl eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 33
    RUN "shl32 33 in0x8d7", 0x8d7, OSZPC, shl eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 31
    RUN "shl32 31 in0x8d7", 0x8d7, SZPC, shl eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 32
    RUN "shl32 32 in0x8d7", 0x8d7, OSZAPC, shl eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 33
    RUN "shl32 33 in0x8d7", 0x8d7, OSZPC, shl eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 63
    RUN "shl32 63 in0x8d7", 0x8d7, SZPC, shl eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 64
    RUN "shl32 64 in0x8d7", 0x8d7, OSZAPC, shl eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 255
    RUN "shl32 255 in0x8d7", 0x8d7, SZPC, shl eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 0
    RUN "shl32 0 in0x8d7", 0x8d7, OSZAPC, shl eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 1
    RUN "shl32 1 in0x8d7", 0x8d7, OSZPC, shl eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 2
    RUN "shl32 2 in0x8d7", 0x8d7, SZPC, shl eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 31
    RUN "shl32 31 in0x8d7", 0x8d7, SZPC, shl eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 32
    RUN "shl32 32 in0x8d7", 0x8d7, OSZAPC, shl eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 33
    RUN "shl32 33 in0x8d7", 0x8d7, OSZPC, shl eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 31
    RUN "shl32 31 in0x8d7", 0x8d7, SZPC, shl eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 32
    RUN "shl32 32 in0x8d7", 0x8d7, OSZAPC, shl eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 33
    RUN "shl32 33 in0x8d7", 0x8d7, OSZPC, shl eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 63
    RUN "shl32 63 in0x8d7", 0x8d7, SZPC, shl eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 64
    RUN "shl32 64 in0x8d7", 0x8d7, OSZAPC, shl eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 255
    RUN "shl32 255 in0x8d7", 0x8d7, SZPC, shl eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 0
    RUN "shl32 0 in0x8d7", 0x8d7, OSZAPC, shl eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 1
    RUN "shl32 1 in0x8d7", 0x8d7, OSZPC, shl eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 2
    RUN "shl32 2 in0x8d7", 0x8d7, SZPC, shl eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 31
    RUN "shl32 31 in0x8d7", 0x8d7, SZPC, shl eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 32
    RUN "shl32 32 in0x8d7", 0x8d7, OSZAPC, shl eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 33
    RUN "shl32 33 in0x8d7", 0x8d7, OSZPC, shl eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 31
    RUN "shl32 31 in0x8d7", 0x8d7, SZPC, shl eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 32
    RUN "shl32 32 in0x8d7", 0x8d7, OSZAPC, shl eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 33
    RUN "shl32 33 in0x8d7", 0x8d7, OSZPC, shl eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 63
    RUN "shl32 63 in0x8d7", 0x8d7, SZPC, shl eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 64
    RUN "shl32 64 in0x8d7", 0x8d7, OSZAPC, shl eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 255
    RUN "shl32 255 in0x8d7", 0x8d7, SZPC, shl eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 0
    RUN "shl32 0 in0x8d7", 0x8d7, OSZAPC, shl eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 1
    RUN "shl32 1 in0x8d7", 0x8d7, OSZPC, shl eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 2
    RUN "shl32 2 in0x8d7", 0x8d7, SZPC, shl eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 31
    RUN "shl32 31 in0x8d7", 0x8d7, SZPC, shl eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 32
    RUN "shl32 32 in0x8d7", 0x8d7, OSZAPC, shl eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 33
    RUN "shl32 33 in0x8d7", 0x8d7, OSZPC, shl eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 31
    RUN "shl32 31 in0x8d7", 0x8d7, SZPC, shl eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 32
    RUN "shl32 32 in0x8d7", 0x8d7, OSZAPC, shl eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 33
    RUN "shl32 33 in0x8d7", 0x8d7, OSZPC, shl eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 63
    RUN "shl32 63 in0x8d7", 0x8d7, SZPC, shl eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 64
    RUN "shl32 64 in0x8d7", 0x8d7, OSZAPC, shl eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 255
    RUN "shl32 255 in0x8d7", 0x8d7, SZPC, shl eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 0
    RUN "shl32 0 in0x8d7", 0x8d7, OSZAPC, shl eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 1
    RUN "shl32 1 in0x8d7", 0x8d7, OSZPC, shl eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 2
    RUN "shl32 2 in0x8d7", 0x8d7, SZPC, shl eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 31
    RUN "shl32 31 in0x8d7", 0x8d7, SZPC, shl eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 32
    RUN "shl32 32 in0x8d7", 0x8d7, OSZAPC, shl eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 33
    RUN "shl32 33 in0x8d7", 0x8d7, OSZPC, shl eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 31
    RUN "shl32 31 in0x8d7", 0x8d7, SZPC, shl eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 32
    RUN "shl32 32 in0x8d7", 0x8d7, OSZAPC, shl eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 33
    RUN "shl32 33 in0x8d7", 0x8d7, OSZPC, shl eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 63
    RUN "shl32 63 in0x8d7", 0x8d7, SZPC, shl eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 64
    RUN "shl32 64 in0x8d7", 0x8d7, OSZAPC, shl eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 255
    RUN "shl32 255 in0x8d7", 0x8d7, SZPC, shl eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 0
    RUN "shr32 0 in0x8d7", 0x8d7, OSZAPC, shr eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 1
    RUN "shr32 1 in0x8d7", 0x8d7, OSZPC, shr eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 2
    RUN "shr32 2 in0x8d7", 0x8d7, SZPC, shr eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 31
    RUN "shr32 31 in0x8d7", 0x8d7, SZPC, shr eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 32
    RUN "shr32 32 in0x8d7", 0x8d7, OSZAPC, shr eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 33
    RUN "shr32 33 in0x8d7", 0x8d7, OSZPC, shr eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 31
    RUN "shr32 31 in0x8d7", 0x8d7, SZPC, shr eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 32
    RUN "shr32 32 in0x8d7", 0x8d7, OSZAPC, shr eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 33
    RUN "shr32 33 in0x8d7", 0x8d7, OSZPC, shr eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 63
    RUN "shr32 63 in0x8d7", 0x8d7, SZPC, shr eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 64
    RUN "shr32 64 in0x8d7", 0x8d7, OSZAPC, shr eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 255
    RUN "shr32 255 in0x8d7", 0x8d7, SZPC, shr eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 0
    RUN "shr32 0 in0x8d7", 0x8d7, OSZAPC, shr eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 1
    RUN "shr32 1 in0x8d7", 0x8d7, OSZPC, shr eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 2
    RUN "shr32 2 in0x8d7", 0x8d7, SZPC, shr eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 31
    RUN "shr32 31 in0x8d7", 0x8d7, SZPC, shr eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 32
    RUN "shr32 32 in0x8d7", 0x8d7, OSZAPC, shr eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 33
    RUN "shr32 33 in0x8d7", 0x8d7, OSZPC, shr eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 31
    RUN "shr32 31 in0x8d7", 0x8d7, SZPC, shr eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 32
    RUN "shr32 32 in0x8d7", 0x8d7, OSZAPC, shr eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 33
    RUN "shr32 33 in0x8d7", 0x8d7, OSZPC, shr eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 63
    RUN "shr32 63 in0x8d7", 0x8d7, SZPC, shr eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 64
    RUN "shr32 64 in0x8d7", 0x8d7, OSZAPC, shr eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 255
    RUN "shr32 255 in0x8d7", 0x8d7, SZPC, shr eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 0
    RUN "shr32 0 in0x8d7", 0x8d7, OSZAPC, shr eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 1
    RUN "shr32 1 in0x8d7", 0x8d7, OSZPC, shr eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 2
    RUN "shr32 2 in0x8d7", 0x8d7, SZPC, shr eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 31
    RUN "shr32 31 in0x8d7", 0x8d7, SZPC, shr eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 32
    RUN "shr32 32 in0x8d7", 0x8d7, OSZAPC, shr eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 33
    RUN "shr32 33 in0x8d7", 0x8d7, OSZPC, shr eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 31
    RUN "shr32 31 in0x8d7", 0x8d7, SZPC, shr eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 32
    RUN "shr32 32 in0x8d7", 0x8d7, OSZAPC, shr eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 33
    RUN "shr32 33 in0x8d7", 0x8d7, OSZPC, shr eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 63
    RUN "shr32 63 in0x8d7", 0x8d7, SZPC, shr eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 64
    RUN "shr32 64 in0x8d7", 0x8d7, OSZAPC, shr eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 255
    RUN "shr32 255 in0x8d7", 0x8d7, SZPC, shr eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 0
    RUN "shr32 0 in0x8d7", 0x8d7, OSZAPC, shr eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 1
    RUN "shr32 1 in0x8d7", 0x8d7, OSZPC, shr eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 2
    RUN "shr32 2 in0x8d7", 0x8d7, SZPC, shr eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 31
    RUN "shr32 31 in0x8d7", 0x8d7, SZPC, shr eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 32
    RUN "shr32 32 in0x8d7", 0x8d7, OSZAPC, shr eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 33
    RUN "shr32 33 in0x8d7", 0x8d7, OSZPC, shr eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 31
    RUN "shr32 31 in0x8d7", 0x8d7, SZPC, shr eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 32
    RUN "shr32 32 in0x8d7", 0x8d7, OSZAPC, shr eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 33
    RUN "shr32 33 in0x8d7", 0x8d7, OSZPC, shr eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 63
    RUN "shr32 63 in0x8d7", 0x8d7, SZPC, shr eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 64
    RUN "shr32 64 in0x8d7", 0x8d7, OSZAPC, shr eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 255
    RUN "shr32 255 in0x8d7", 0x8d7, SZPC, shr eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 0
    RUN "shr32 0 in0x8d7", 0x8d7, OSZAPC, shr eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 1
    RUN "shr32 1 in0x8d7", 0x8d7, OSZPC, shr eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 2
    RUN "shr32 2 in0x8d7", 0x8d7, SZPC, shr eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 31
    RUN "shr32 31 in0x8d7", 0x8d7, SZPC, shr eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 32
    RUN "shr32 32 in0x8d7", 0x8d7, OSZAPC, shr eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 33
    RUN "shr32 33 in0x8d7", 0x8d7, OSZPC, shr eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 31
    RUN "shr32 31 in0x8d7", 0x8d7, SZPC, shr eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 32
    RUN "shr32 32 in0x8d7", 0x8d7, OSZAPC, shr eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 33
    RUN "shr32 33 in0x8d7", 0x8d7, OSZPC, shr eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 63
    RUN "shr32 63 in0x8d7", 0x8d7, SZPC, shr eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 64
    RUN "shr32 64 in0x8d7", 0x8d7, OSZAPC, shr eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 255
    RUN "shr32 255 in0x8d7", 0x8d7, SZPC, shr eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 0
    RUN "sar32 0 in0x8d7", 0x8d7, OSZAPC, sar eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 1
    RUN "sar32 1 in0x8d7", 0x8d7, OSZPC, sar eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 2
    RUN "sar32 2 in0x8d7", 0x8d7, SZPC, sar eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 31
    RUN "sar32 31 in0x8d7", 0x8d7, SZPC, sar eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 32
    RUN "sar32 32 in0x8d7", 0x8d7, OSZAPC, sar eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 33
    RUN "sar32 33 in0x8d7", 0x8d7, OSZPC, sar eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 31
    RUN "sar32 31 in0x8d7", 0x8d7, SZPC, sar eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 32
    RUN "sar32 32 in0x8d7", 0x8d7, OSZAPC, sar eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 33
    RUN "sar32 33 in0x8d7", 0x8d7, OSZPC, sar eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 63
    RUN "sar32 63 in0x8d7", 0x8d7, SZPC, sar eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 64
    RUN "sar32 64 in0x8d7", 0x8d7, OSZAPC, sar eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 255
    RUN "sar32 255 in0x8d7", 0x8d7, SZPC, sar eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 0
    RUN "sar32 0 in0x8d7", 0x8d7, OSZAPC, sar eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 1
    RUN "sar32 1 in0x8d7", 0x8d7, OSZPC, sar eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 2
    RUN "sar32 2 in0x8d7", 0x8d7, SZPC, sar eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 31
    RUN "sar32 31 in0x8d7", 0x8d7, SZPC, sar eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 32
    RUN "sar32 32 in0x8d7", 0x8d7, OSZAPC, sar eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 33
    RUN "sar32 33 in0x8d7", 0x8d7, OSZPC, sar eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 31
    RUN "sar32 31 in0x8d7", 0x8d7, SZPC, sar eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 32
    RUN "sar32 32 in0x8d7", 0x8d7, OSZAPC, sar eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 33
    RUN "sar32 33 in0x8d7", 0x8d7, OSZPC, sar eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 63
    RUN "sar32 63 in0x8d7", 0x8d7, SZPC, sar eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 64
    RUN "sar32 64 in0x8d7", 0x8d7, OSZAPC, sar eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 255
    RUN "sar32 255 in0x8d7", 0x8d7, SZPC, sar eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 0
    RUN "sar32 0 in0x8d7", 0x8d7, OSZAPC, sar eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 1
    RUN "sar32 1 in0x8d7", 0x8d7, OSZPC, sar eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 2
    RUN "sar32 2 in0x8d7", 0x8d7, SZPC, sar eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 31
    RUN "sar32 31 in0x8d7", 0x8d7, SZPC, sar eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 32
    RUN "sar32 32 in0x8d7", 0x8d7, OSZAPC, sar eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 33
    RUN "sar32 33 in0x8d7", 0x8d7, OSZPC, sar eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 31
    RUN "sar32 31 in0x8d7", 0x8d7, SZPC, sar eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 32
    RUN "sar32 32 in0x8d7", 0x8d7, OSZAPC, sar eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 33
    RUN "sar32 33 in0x8d7", 0x8d7, OSZPC, sar eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 63
    RUN "sar32 63 in0x8d7", 0x8d7, SZPC, sar eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 64
    RUN "sar32 64 in0x8d7", 0x8d7, OSZAPC, sar eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 255
    RUN "sar32 255 in0x8d7", 0x8d7, SZPC, sar eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 0
    RUN "sar32 0 in0x8d7", 0x8d7, OSZAPC, sar eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 1
    RUN "sar32 1 in0x8d7", 0x8d7, OSZPC, sar eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 2
    RUN "sar32 2 in0x8d7", 0x8d7, SZPC, sar eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 31
    RUN "sar32 31 in0x8d7", 0x8d7, SZPC, sar eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 32
    RUN "sar32 32 in0x8d7", 0x8d7, OSZAPC, sar eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 33
    RUN "sar32 33 in0x8d7", 0x8d7, OSZPC, sar eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 31
    RUN "sar32 31 in0x8d7", 0x8d7, SZPC, sar eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 32
    RUN "sar32 32 in0x8d7", 0x8d7, OSZAPC, sar eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 33
    RUN "sar32 33 in0x8d7", 0x8d7, OSZPC, sar eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 63
    RUN "sar32 63 in0x8d7", 0x8d7, SZPC, sar eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 64
    RUN "sar32 64 in0x8d7", 0x8d7, OSZAPC, sar eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 255
    RUN "sar32 255 in0x8d7", 0x8d7, SZPC, sar eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 0
    RUN "sar32 0 in0x8d7", 0x8d7, OSZAPC, sar eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 1
    RUN "sar32 1 in0x8d7", 0x8d7, OSZPC, sar eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 2
    RUN "sar32 2 in0x8d7", 0x8d7, SZPC, sar eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 31
    RUN "sar32 31 in0x8d7", 0x8d7, SZPC, sar eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 32
    RUN "sar32 32 in0x8d7", 0x8d7, OSZAPC, sar eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 33
    RUN "sar32 33 in0x8d7", 0x8d7, OSZPC, sar eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 31
    RUN "sar32 31 in0x8d7", 0x8d7, SZPC, sar eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 32
    RUN "sar32 32 in0x8d7", 0x8d7, OSZAPC, sar eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 33
    RUN "sar32 33 in0x8d7", 0x8d7, OSZPC, sar eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 63
    RUN "sar32 63 in0x8d7", 0x8d7, SZPC, sar eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 64
    RUN "sar32 64 in0x8d7", 0x8d7, OSZAPC, sar eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 255
    RUN "sar32 255 in0x8d7", 0x8d7, SZPC, sar eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 0
    RUN "rol32 0 in0x8d7", 0x8d7, OSZAPC, rol eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 1
    RUN "rol32 1 in0x8d7", 0x8d7, OSZAPC, rol eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 2
    RUN "rol32 2 in0x8d7", 0x8d7, 0x0D5, rol eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 31
    RUN "rol32 31 in0x8d7", 0x8d7, 0x0D5, rol eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 32
    RUN "rol32 32 in0x8d7", 0x8d7, OSZAPC, rol eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 33
    RUN "rol32 33 in0x8d7", 0x8d7, OSZAPC, rol eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 31
    RUN "rol32 31 in0x8d7", 0x8d7, 0x0D5, rol eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 32
    RUN "rol32 32 in0x8d7", 0x8d7, OSZAPC, rol eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 33
    RUN "rol32 33 in0x8d7", 0x8d7, OSZAPC, rol eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 63
    RUN "rol32 63 in0x8d7", 0x8d7, 0x0D5, rol eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 64
    RUN "rol32 64 in0x8d7", 0x8d7, OSZAPC, rol eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 255
    RUN "rol32 255 in0x8d7", 0x8d7, 0x0D5, rol eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 0
    RUN "rol32 0 in0x8d7", 0x8d7, OSZAPC, rol eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 1
    RUN "rol32 1 in0x8d7", 0x8d7, OSZAPC, rol eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 2
    RUN "rol32 2 in0x8d7", 0x8d7, 0x0D5, rol eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 31
    RUN "rol32 31 in0x8d7", 0x8d7, 0x0D5, rol eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 32
    RUN "rol32 32 in0x8d7", 0x8d7, OSZAPC, rol eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 33
    RUN "rol32 33 in0x8d7", 0x8d7, OSZAPC, rol eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 31
    RUN "rol32 31 in0x8d7", 0x8d7, 0x0D5, rol eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 32
    RUN "rol32 32 in0x8d7", 0x8d7, OSZAPC, rol eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 33
    RUN "rol32 33 in0x8d7", 0x8d7, OSZAPC, rol eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 63
    RUN "rol32 63 in0x8d7", 0x8d7, 0x0D5, rol eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 64
    RUN "rol32 64 in0x8d7", 0x8d7, OSZAPC, rol eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 255
    RUN "rol32 255 in0x8d7", 0x8d7, 0x0D5, rol eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 0
    RUN "rol32 0 in0x8d7", 0x8d7, OSZAPC, rol eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 1
    RUN "rol32 1 in0x8d7", 0x8d7, OSZAPC, rol eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 2
    RUN "rol32 2 in0x8d7", 0x8d7, 0x0D5, rol eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 31
    RUN "rol32 31 in0x8d7", 0x8d7, 0x0D5, rol eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 32
    RUN "rol32 32 in0x8d7", 0x8d7, OSZAPC, rol eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 33
    RUN "rol32 33 in0x8d7", 0x8d7, OSZAPC, rol eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 31
    RUN "rol32 31 in0x8d7", 0x8d7, 0x0D5, rol eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 32
    RUN "rol32 32 in0x8d7", 0x8d7, OSZAPC, rol eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 33
    RUN "rol32 33 in0x8d7", 0x8d7, OSZAPC, rol eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 63
    RUN "rol32 63 in0x8d7", 0x8d7, 0x0D5, rol eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 64
    RUN "rol32 64 in0x8d7", 0x8d7, OSZAPC, rol eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 255
    RUN "rol32 255 in0x8d7", 0x8d7, 0x0D5, rol eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 0
    RUN "rol32 0 in0x8d7", 0x8d7, OSZAPC, rol eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 1
    RUN "rol32 1 in0x8d7", 0x8d7, OSZAPC, rol eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 2
    RUN "rol32 2 in0x8d7", 0x8d7, 0x0D5, rol eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 31
    RUN "rol32 31 in0x8d7", 0x8d7, 0x0D5, rol eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 32
    RUN "rol32 32 in0x8d7", 0x8d7, OSZAPC, rol eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 33
    RUN "rol32 33 in0x8d7", 0x8d7, OSZAPC, rol eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 31
    RUN "rol32 31 in0x8d7", 0x8d7, 0x0D5, rol eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 32
    RUN "rol32 32 in0x8d7", 0x8d7, OSZAPC, rol eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 33
    RUN "rol32 33 in0x8d7", 0x8d7, OSZAPC, rol eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 63
    RUN "rol32 63 in0x8d7", 0x8d7, 0x0D5, rol eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 64
    RUN "rol32 64 in0x8d7", 0x8d7, OSZAPC, rol eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 255
    RUN "rol32 255 in0x8d7", 0x8d7, 0x0D5, rol eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 0
    RUN "rol32 0 in0x8d7", 0x8d7, OSZAPC, rol eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 1
    RUN "rol32 1 in0x8d7", 0x8d7, OSZAPC, rol eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 2
    RUN "rol32 2 in0x8d7", 0x8d7, 0x0D5, rol eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 31
    RUN "rol32 31 in0x8d7", 0x8d7, 0x0D5, rol eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 32
    RUN "rol32 32 in0x8d7", 0x8d7, OSZAPC, rol eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 33
    RUN "rol32 33 in0x8d7", 0x8d7, OSZAPC, rol eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 31
    RUN "rol32 31 in0x8d7", 0x8d7, 0x0D5, rol eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 32
    RUN "rol32 32 in0x8d7", 0x8d7, OSZAPC, rol eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 33
    RUN "rol32 33 in0x8d7", 0x8d7, OSZAPC, rol eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 63
    RUN "rol32 63 in0x8d7", 0x8d7, 0x0D5, rol eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 64
    RUN "rol32 64 in0x8d7", 0x8d7, OSZAPC, rol eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 255
    RUN "rol32 255 in0x8d7", 0x8d7, 0x0D5, rol eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 0
    RUN "ror32 0 in0x8d7", 0x8d7, OSZAPC, ror eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 1
    RUN "ror32 1 in0x8d7", 0x8d7, OSZAPC, ror eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 2
    RUN "ror32 2 in0x8d7", 0x8d7, 0x0D5, ror eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 31
    RUN "ror32 31 in0x8d7", 0x8d7, 0x0D5, ror eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 32
    RUN "ror32 32 in0x8d7", 0x8d7, OSZAPC, ror eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 33
    RUN "ror32 33 in0x8d7", 0x8d7, OSZAPC, ror eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 31
    RUN "ror32 31 in0x8d7", 0x8d7, 0x0D5, ror eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 32
    RUN "ror32 32 in0x8d7", 0x8d7, OSZAPC, ror eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 33
    RUN "ror32 33 in0x8d7", 0x8d7, OSZAPC, ror eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 63
    RUN "ror32 63 in0x8d7", 0x8d7, 0x0D5, ror eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 64
    RUN "ror32 64 in0x8d7", 0x8d7, OSZAPC, ror eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 255
    RUN "ror32 255 in0x8d7", 0x8d7, 0x0D5, ror eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 0
    RUN "ror32 0 in0x8d7", 0x8d7, OSZAPC, ror eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 1
    RUN "ror32 1 in0x8d7", 0x8d7, OSZAPC, ror eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 2
    RUN "ror32 2 in0x8d7", 0x8d7, 0x0D5, ror eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 31
    RUN "ror32 31 in0x8d7", 0x8d7, 0x0D5, ror eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 32
    RUN "ror32 32 in0x8d7", 0x8d7, OSZAPC, ror eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 33
    RUN "ror32 33 in0x8d7", 0x8d7, OSZAPC, ror eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 31
    RUN "ror32 31 in0x8d7", 0x8d7, 0x0D5, ror eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 32
    RUN "ror32 32 in0x8d7", 0x8d7, OSZAPC, ror eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 33
    RUN "ror32 33 in0x8d7", 0x8d7, OSZAPC, ror eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 63
    RUN "ror32 63 in0x8d7", 0x8d7, 0x0D5, ror eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 64
    RUN "ror32 64 in0x8d7", 0x8d7, OSZAPC, ror eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 255
    RUN "ror32 255 in0x8d7", 0x8d7, 0x0D5, ror eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 0
    RUN "ror32 0 in0x8d7", 0x8d7, OSZAPC, ror eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 1
    RUN "ror32 1 in0x8d7", 0x8d7, OSZAPC, ror eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 2
    RUN "ror32 2 in0x8d7", 0x8d7, 0x0D5, ror eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 31
    RUN "ror32 31 in0x8d7", 0x8d7, 0x0D5, ror eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 32
    RUN "ror32 32 in0x8d7", 0x8d7, OSZAPC, ror eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 33
    RUN "ror32 33 in0x8d7", 0x8d7, OSZAPC, ror eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 31
    RUN "ror32 31 in0x8d7", 0x8d7, 0x0D5, ror eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 32
    RUN "ror32 32 in0x8d7", 0x8d7, OSZAPC, ror eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 33
    RUN "ror32 33 in0x8d7", 0x8d7, OSZAPC, ror eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 63
    RUN "ror32 63 in0x8d7", 0x8d7, 0x0D5, ror eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 64
    RUN "ror32 64 in0x8d7", 0x8d7, OSZAPC, ror eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 255
    RUN "ror32 255 in0x8d7", 0x8d7, 0x0D5, ror eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 0
    RUN "ror32 0 in0x8d7", 0x8d7, OSZAPC, ror eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 1
    RUN "ror32 1 in0x8d7", 0x8d7, OSZAPC, ror eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 2
    RUN "ror32 2 in0x8d7", 0x8d7, 0x0D5, ror eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 31
    RUN "ror32 31 in0x8d7", 0x8d7, 0x0D5, ror eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 32
    RUN "ror32 32 in0x8d7", 0x8d7, OSZAPC, ror eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 33
    RUN "ror32 33 in0x8d7", 0x8d7, OSZAPC, ror eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 31
    RUN "ror32 31 in0x8d7", 0x8d7, 0x0D5, ror eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 32
    RUN "ror32 32 in0x8d7", 0x8d7, OSZAPC, ror eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 33
    RUN "ror32 33 in0x8d7", 0x8d7, OSZAPC, ror eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 63
    RUN "ror32 63 in0x8d7", 0x8d7, 0x0D5, ror eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 64
    RUN "ror32 64 in0x8d7", 0x8d7, OSZAPC, ror eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 255
    RUN "ror32 255 in0x8d7", 0x8d7, 0x0D5, ror eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 0
    RUN "ror32 0 in0x8d7", 0x8d7, OSZAPC, ror eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 1
    RUN "ror32 1 in0x8d7", 0x8d7, OSZAPC, ror eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 2
    RUN "ror32 2 in0x8d7", 0x8d7, 0x0D5, ror eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 31
    RUN "ror32 31 in0x8d7", 0x8d7, 0x0D5, ror eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 32
    RUN "ror32 32 in0x8d7", 0x8d7, OSZAPC, ror eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 33
    RUN "ror32 33 in0x8d7", 0x8d7, OSZAPC, ror eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 31
    RUN "ror32 31 in0x8d7", 0x8d7, 0x0D5, ror eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 32
    RUN "ror32 32 in0x8d7", 0x8d7, OSZAPC, ror eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 33
    RUN "ror32 33 in0x8d7", 0x8d7, OSZAPC, ror eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 63
    RUN "ror32 63 in0x8d7", 0x8d7, 0x0D5, ror eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 64
    RUN "ror32 64 in0x8d7", 0x8d7, OSZAPC, ror eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 255
    RUN "ror32 255 in0x8d7", 0x8d7, 0x0D5, ror eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 0
    RUN "rcl32 0 in0x8d7", 0x8d7, OSZAPC, rcl eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 0
    RUN "rcl32 0 in0x2", 0x2, OSZAPC, rcl eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 1
    RUN "rcl32 1 in0x8d7", 0x8d7, OSZAPC, rcl eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 1
    RUN "rcl32 1 in0x2", 0x2, OSZAPC, rcl eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 2
    RUN "rcl32 2 in0x8d7", 0x8d7, 0x0D5, rcl eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 2
    RUN "rcl32 2 in0x2", 0x2, 0x0D5, rcl eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 31
    RUN "rcl32 31 in0x8d7", 0x8d7, 0x0D5, rcl eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 31
    RUN "rcl32 31 in0x2", 0x2, 0x0D5, rcl eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 32
    RUN "rcl32 32 in0x8d7", 0x8d7, OSZAPC, rcl eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 32
    RUN "rcl32 32 in0x2", 0x2, OSZAPC, rcl eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 33
    RUN "rcl32 33 in0x8d7", 0x8d7, OSZAPC, rcl eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 33
    RUN "rcl32 33 in0x2", 0x2, OSZAPC, rcl eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 31
    RUN "rcl32 31 in0x8d7", 0x8d7, 0x0D5, rcl eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 31
    RUN "rcl32 31 in0x2", 0x2, 0x0D5, rcl eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 32
    RUN "rcl32 32 in0x8d7", 0x8d7, OSZAPC, rcl eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 32
    RUN "rcl32 32 in0x2", 0x2, OSZAPC, rcl eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 33
    RUN "rcl32 33 in0x8d7", 0x8d7, OSZAPC, rcl eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 33
    RUN "rcl32 33 in0x2", 0x2, OSZAPC, rcl eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 63
    RUN "rcl32 63 in0x8d7", 0x8d7, 0x0D5, rcl eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 63
    RUN "rcl32 63 in0x2", 0x2, 0x0D5, rcl eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 64
    RUN "rcl32 64 in0x8d7", 0x8d7, OSZAPC, rcl eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 64
    RUN "rcl32 64 in0x2", 0x2, OSZAPC, rcl eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 255
    RUN "rcl32 255 in0x8d7", 0x8d7, 0x0D5, rcl eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 255
    RUN "rcl32 255 in0x2", 0x2, 0x0D5, rcl eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 0
    RUN "rcl32 0 in0x8d7", 0x8d7, OSZAPC, rcl eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 0
    RUN "rcl32 0 in0x2", 0x2, OSZAPC, rcl eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 1
    RUN "rcl32 1 in0x8d7", 0x8d7, OSZAPC, rcl eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 1
    RUN "rcl32 1 in0x2", 0x2, OSZAPC, rcl eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 2
    RUN "rcl32 2 in0x8d7", 0x8d7, 0x0D5, rcl eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 2
    RUN "rcl32 2 in0x2", 0x2, 0x0D5, rcl eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 31
    RUN "rcl32 31 in0x8d7", 0x8d7, 0x0D5, rcl eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 31
    RUN "rcl32 31 in0x2", 0x2, 0x0D5, rcl eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 32
    RUN "rcl32 32 in0x8d7", 0x8d7, OSZAPC, rcl eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 32
    RUN "rcl32 32 in0x2", 0x2, OSZAPC, rcl eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 33
    RUN "rcl32 33 in0x8d7", 0x8d7, OSZAPC, rcl eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 33
    RUN "rcl32 33 in0x2", 0x2, OSZAPC, rcl eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 31
    RUN "rcl32 31 in0x8d7", 0x8d7, 0x0D5, rcl eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 31
    RUN "rcl32 31 in0x2", 0x2, 0x0D5, rcl eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 32
    RUN "rcl32 32 in0x8d7", 0x8d7, OSZAPC, rcl eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 32
    RUN "rcl32 32 in0x2", 0x2, OSZAPC, rcl eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 33
    RUN "rcl32 33 in0x8d7", 0x8d7, OSZAPC, rcl eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 33
    RUN "rcl32 33 in0x2", 0x2, OSZAPC, rcl eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 63
    RUN "rcl32 63 in0x8d7", 0x8d7, 0x0D5, rcl eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 63
    RUN "rcl32 63 in0x2", 0x2, 0x0D5, rcl eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 64
    RUN "rcl32 64 in0x8d7", 0x8d7, OSZAPC, rcl eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 64
    RUN "rcl32 64 in0x2", 0x2, OSZAPC, rcl eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 255
    RUN "rcl32 255 in0x8d7", 0x8d7, 0x0D5, rcl eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 255
    RUN "rcl32 255 in0x2", 0x2, 0x0D5, rcl eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 0
    RUN "rcl32 0 in0x8d7", 0x8d7, OSZAPC, rcl eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 0
    RUN "rcl32 0 in0x2", 0x2, OSZAPC, rcl eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 1
    RUN "rcl32 1 in0x8d7", 0x8d7, OSZAPC, rcl eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 1
    RUN "rcl32 1 in0x2", 0x2, OSZAPC, rcl eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 2
    RUN "rcl32 2 in0x8d7", 0x8d7, 0x0D5, rcl eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 2
    RUN "rcl32 2 in0x2", 0x2, 0x0D5, rcl eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 31
    RUN "rcl32 31 in0x8d7", 0x8d7, 0x0D5, rcl eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 31
    RUN "rcl32 31 in0x2", 0x2, 0x0D5, rcl eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 32
    RUN "rcl32 32 in0x8d7", 0x8d7, OSZAPC, rcl eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 32
    RUN "rcl32 32 in0x2", 0x2, OSZAPC, rcl eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 33
    RUN "rcl32 33 in0x8d7", 0x8d7, OSZAPC, rcl eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 33
    RUN "rcl32 33 in0x2", 0x2, OSZAPC, rcl eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 31
    RUN "rcl32 31 in0x8d7", 0x8d7, 0x0D5, rcl eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 31
    RUN "rcl32 31 in0x2", 0x2, 0x0D5, rcl eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 32
    RUN "rcl32 32 in0x8d7", 0x8d7, OSZAPC, rcl eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 32
    RUN "rcl32 32 in0x2", 0x2, OSZAPC, rcl eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 33
    RUN "rcl32 33 in0x8d7", 0x8d7, OSZAPC, rcl eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 33
    RUN "rcl32 33 in0x2", 0x2, OSZAPC, rcl eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 63
    RUN "rcl32 63 in0x8d7", 0x8d7, 0x0D5, rcl eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 63
    RUN "rcl32 63 in0x2", 0x2, 0x0D5, rcl eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 64
    RUN "rcl32 64 in0x8d7", 0x8d7, OSZAPC, rcl eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 64
    RUN "rcl32 64 in0x2", 0x2, OSZAPC, rcl eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 255
    RUN "rcl32 255 in0x8d7", 0x8d7, 0x0D5, rcl eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 255
    RUN "rcl32 255 in0x2", 0x2, 0x0D5, rcl eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 0
    RUN "rcl32 0 in0x8d7", 0x8d7, OSZAPC, rcl eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 0
    RUN "rcl32 0 in0x2", 0x2, OSZAPC, rcl eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 1
    RUN "rcl32 1 in0x8d7", 0x8d7, OSZAPC, rcl eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 1
    RUN "rcl32 1 in0x2", 0x2, OSZAPC, rcl eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 2
    RUN "rcl32 2 in0x8d7", 0x8d7, 0x0D5, rcl eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 2
    RUN "rcl32 2 in0x2", 0x2, 0x0D5, rcl eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 31
    RUN "rcl32 31 in0x8d7", 0x8d7, 0x0D5, rcl eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 31
    RUN "rcl32 31 in0x2", 0x2, 0x0D5, rcl eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 32
    RUN "rcl32 32 in0x8d7", 0x8d7, OSZAPC, rcl eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 32
    RUN "rcl32 32 in0x2", 0x2, OSZAPC, rcl eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 33
    RUN "rcl32 33 in0x8d7", 0x8d7, OSZAPC, rcl eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 33
    RUN "rcl32 33 in0x2", 0x2, OSZAPC, rcl eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 31
    RUN "rcl32 31 in0x8d7", 0x8d7, 0x0D5, rcl eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 31
    RUN "rcl32 31 in0x2", 0x2, 0x0D5, rcl eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 32
    RUN "rcl32 32 in0x8d7", 0x8d7, OSZAPC, rcl eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 32
    RUN "rcl32 32 in0x2", 0x2, OSZAPC, rcl eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 33
    RUN "rcl32 33 in0x8d7", 0x8d7, OSZAPC, rcl eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 33
    RUN "rcl32 33 in0x2", 0x2, OSZAPC, rcl eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 63
    RUN "rcl32 63 in0x8d7", 0x8d7, 0x0D5, rcl eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 63
    RUN "rcl32 63 in0x2", 0x2, 0x0D5, rcl eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 64
    RUN "rcl32 64 in0x8d7", 0x8d7, OSZAPC, rcl eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 64
    RUN "rcl32 64 in0x2", 0x2, OSZAPC, rcl eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 255
    RUN "rcl32 255 in0x8d7", 0x8d7, 0x0D5, rcl eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 255
    RUN "rcl32 255 in0x2", 0x2, 0x0D5, rcl eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 0
    RUN "rcl32 0 in0x8d7", 0x8d7, OSZAPC, rcl eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 0
    RUN "rcl32 0 in0x2", 0x2, OSZAPC, rcl eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 1
    RUN "rcl32 1 in0x8d7", 0x8d7, OSZAPC, rcl eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 1
    RUN "rcl32 1 in0x2", 0x2, OSZAPC, rcl eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 2
    RUN "rcl32 2 in0x8d7", 0x8d7, 0x0D5, rcl eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 2
    RUN "rcl32 2 in0x2", 0x2, 0x0D5, rcl eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 31
    RUN "rcl32 31 in0x8d7", 0x8d7, 0x0D5, rcl eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 31
    RUN "rcl32 31 in0x2", 0x2, 0x0D5, rcl eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 32
    RUN "rcl32 32 in0x8d7", 0x8d7, OSZAPC, rcl eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 32
    RUN "rcl32 32 in0x2", 0x2, OSZAPC, rcl eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 33
    RUN "rcl32 33 in0x8d7", 0x8d7, OSZAPC, rcl eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 33
    RUN "rcl32 33 in0x2", 0x2, OSZAPC, rcl eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 31
    RUN "rcl32 31 in0x8d7", 0x8d7, 0x0D5, rcl eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 31
    RUN "rcl32 31 in0x2", 0x2, 0x0D5, rcl eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 32
    RUN "rcl32 32 in0x8d7", 0x8d7, OSZAPC, rcl eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 32
    RUN "rcl32 32 in0x2", 0x2, OSZAPC, rcl eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 33
    RUN "rcl32 33 in0x8d7", 0x8d7, OSZAPC, rcl eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 33
    RUN "rcl32 33 in0x2", 0x2, OSZAPC, rcl eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 63
    RUN "rcl32 63 in0x8d7", 0x8d7, 0x0D5, rcl eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 63
    RUN "rcl32 63 in0x2", 0x2, 0x0D5, rcl eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 64
    RUN "rcl32 64 in0x8d7", 0x8d7, OSZAPC, rcl eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 64
    RUN "rcl32 64 in0x2", 0x2, OSZAPC, rcl eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 255
    RUN "rcl32 255 in0x8d7", 0x8d7, 0x0D5, rcl eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 255
    RUN "rcl32 255 in0x2", 0x2, 0x0D5, rcl eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 0
    RUN "rcr32 0 in0x8d7", 0x8d7, OSZAPC, rcr eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 0
    RUN "rcr32 0 in0x2", 0x2, OSZAPC, rcr eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 1
    RUN "rcr32 1 in0x8d7", 0x8d7, OSZAPC, rcr eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 1
    RUN "rcr32 1 in0x2", 0x2, OSZAPC, rcr eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 2
    RUN "rcr32 2 in0x8d7", 0x8d7, 0x0D5, rcr eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 2
    RUN "rcr32 2 in0x2", 0x2, 0x0D5, rcr eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 31
    RUN "rcr32 31 in0x8d7", 0x8d7, 0x0D5, rcr eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 31
    RUN "rcr32 31 in0x2", 0x2, 0x0D5, rcr eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 32
    RUN "rcr32 32 in0x8d7", 0x8d7, OSZAPC, rcr eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 32
    RUN "rcr32 32 in0x2", 0x2, OSZAPC, rcr eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 33
    RUN "rcr32 33 in0x8d7", 0x8d7, OSZAPC, rcr eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 33
    RUN "rcr32 33 in0x2", 0x2, OSZAPC, rcr eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 31
    RUN "rcr32 31 in0x8d7", 0x8d7, 0x0D5, rcr eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 31
    RUN "rcr32 31 in0x2", 0x2, 0x0D5, rcr eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 32
    RUN "rcr32 32 in0x8d7", 0x8d7, OSZAPC, rcr eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 32
    RUN "rcr32 32 in0x2", 0x2, OSZAPC, rcr eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 33
    RUN "rcr32 33 in0x8d7", 0x8d7, OSZAPC, rcr eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 33
    RUN "rcr32 33 in0x2", 0x2, OSZAPC, rcr eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 63
    RUN "rcr32 63 in0x8d7", 0x8d7, 0x0D5, rcr eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 63
    RUN "rcr32 63 in0x2", 0x2, 0x0D5, rcr eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 64
    RUN "rcr32 64 in0x8d7", 0x8d7, OSZAPC, rcr eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 64
    RUN "rcr32 64 in0x2", 0x2, OSZAPC, rcr eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 255
    RUN "rcr32 255 in0x8d7", 0x8d7, 0x0D5, rcr eax, cl
    mov rax, 0x1122334400000001
    mov ecx, 255
    RUN "rcr32 255 in0x2", 0x2, 0x0D5, rcr eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 0
    RUN "rcr32 0 in0x8d7", 0x8d7, OSZAPC, rcr eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 0
    RUN "rcr32 0 in0x2", 0x2, OSZAPC, rcr eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 1
    RUN "rcr32 1 in0x8d7", 0x8d7, OSZAPC, rcr eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 1
    RUN "rcr32 1 in0x2", 0x2, OSZAPC, rcr eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 2
    RUN "rcr32 2 in0x8d7", 0x8d7, 0x0D5, rcr eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 2
    RUN "rcr32 2 in0x2", 0x2, 0x0D5, rcr eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 31
    RUN "rcr32 31 in0x8d7", 0x8d7, 0x0D5, rcr eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 31
    RUN "rcr32 31 in0x2", 0x2, 0x0D5, rcr eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 32
    RUN "rcr32 32 in0x8d7", 0x8d7, OSZAPC, rcr eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 32
    RUN "rcr32 32 in0x2", 0x2, OSZAPC, rcr eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 33
    RUN "rcr32 33 in0x8d7", 0x8d7, OSZAPC, rcr eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 33
    RUN "rcr32 33 in0x2", 0x2, OSZAPC, rcr eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 31
    RUN "rcr32 31 in0x8d7", 0x8d7, 0x0D5, rcr eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 31
    RUN "rcr32 31 in0x2", 0x2, 0x0D5, rcr eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 32
    RUN "rcr32 32 in0x8d7", 0x8d7, OSZAPC, rcr eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 32
    RUN "rcr32 32 in0x2", 0x2, OSZAPC, rcr eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 33
    RUN "rcr32 33 in0x8d7", 0x8d7, OSZAPC, rcr eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 33
    RUN "rcr32 33 in0x2", 0x2, OSZAPC, rcr eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 63
    RUN "rcr32 63 in0x8d7", 0x8d7, 0x0D5, rcr eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 63
    RUN "rcr32 63 in0x2", 0x2, 0x0D5, rcr eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 64
    RUN "rcr32 64 in0x8d7", 0x8d7, OSZAPC, rcr eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 64
    RUN "rcr32 64 in0x2", 0x2, OSZAPC, rcr eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 255
    RUN "rcr32 255 in0x8d7", 0x8d7, 0x0D5, rcr eax, cl
    mov rax, 0x1122334480000000
    mov ecx, 255
    RUN "rcr32 255 in0x2", 0x2, 0x0D5, rcr eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 0
    RUN "rcr32 0 in0x8d7", 0x8d7, OSZAPC, rcr eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 0
    RUN "rcr32 0 in0x2", 0x2, OSZAPC, rcr eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 1
    RUN "rcr32 1 in0x8d7", 0x8d7, OSZAPC, rcr eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 1
    RUN "rcr32 1 in0x2", 0x2, OSZAPC, rcr eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 2
    RUN "rcr32 2 in0x8d7", 0x8d7, 0x0D5, rcr eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 2
    RUN "rcr32 2 in0x2", 0x2, 0x0D5, rcr eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 31
    RUN "rcr32 31 in0x8d7", 0x8d7, 0x0D5, rcr eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 31
    RUN "rcr32 31 in0x2", 0x2, 0x0D5, rcr eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 32
    RUN "rcr32 32 in0x8d7", 0x8d7, OSZAPC, rcr eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 32
    RUN "rcr32 32 in0x2", 0x2, OSZAPC, rcr eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 33
    RUN "rcr32 33 in0x8d7", 0x8d7, OSZAPC, rcr eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 33
    RUN "rcr32 33 in0x2", 0x2, OSZAPC, rcr eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 31
    RUN "rcr32 31 in0x8d7", 0x8d7, 0x0D5, rcr eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 31
    RUN "rcr32 31 in0x2", 0x2, 0x0D5, rcr eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 32
    RUN "rcr32 32 in0x8d7", 0x8d7, OSZAPC, rcr eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 32
    RUN "rcr32 32 in0x2", 0x2, OSZAPC, rcr eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 33
    RUN "rcr32 33 in0x8d7", 0x8d7, OSZAPC, rcr eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 33
    RUN "rcr32 33 in0x2", 0x2, OSZAPC, rcr eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 63
    RUN "rcr32 63 in0x8d7", 0x8d7, 0x0D5, rcr eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 63
    RUN "rcr32 63 in0x2", 0x2, 0x0D5, rcr eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 64
    RUN "rcr32 64 in0x8d7", 0x8d7, OSZAPC, rcr eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 64
    RUN "rcr32 64 in0x2", 0x2, OSZAPC, rcr eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 255
    RUN "rcr32 255 in0x8d7", 0x8d7, 0x0D5, rcr eax, cl
    mov rax, 0x11223344ffffffff
    mov ecx, 255
    RUN "rcr32 255 in0x2", 0x2, 0x0D5, rcr eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 0
    RUN "rcr32 0 in0x8d7", 0x8d7, OSZAPC, rcr eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 0
    RUN "rcr32 0 in0x2", 0x2, OSZAPC, rcr eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 1
    RUN "rcr32 1 in0x8d7", 0x8d7, OSZAPC, rcr eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 1
    RUN "rcr32 1 in0x2", 0x2, OSZAPC, rcr eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 2
    RUN "rcr32 2 in0x8d7", 0x8d7, 0x0D5, rcr eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 2
    RUN "rcr32 2 in0x2", 0x2, 0x0D5, rcr eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 31
    RUN "rcr32 31 in0x8d7", 0x8d7, 0x0D5, rcr eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 31
    RUN "rcr32 31 in0x2", 0x2, 0x0D5, rcr eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 32
    RUN "rcr32 32 in0x8d7", 0x8d7, OSZAPC, rcr eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 32
    RUN "rcr32 32 in0x2", 0x2, OSZAPC, rcr eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 33
    RUN "rcr32 33 in0x8d7", 0x8d7, OSZAPC, rcr eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 33
    RUN "rcr32 33 in0x2", 0x2, OSZAPC, rcr eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 31
    RUN "rcr32 31 in0x8d7", 0x8d7, 0x0D5, rcr eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 31
    RUN "rcr32 31 in0x2", 0x2, 0x0D5, rcr eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 32
    RUN "rcr32 32 in0x8d7", 0x8d7, OSZAPC, rcr eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 32
    RUN "rcr32 32 in0x2", 0x2, OSZAPC, rcr eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 33
    RUN "rcr32 33 in0x8d7", 0x8d7, OSZAPC, rcr eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 33
    RUN "rcr32 33 in0x2", 0x2, OSZAPC, rcr eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 63
    RUN "rcr32 63 in0x8d7", 0x8d7, 0x0D5, rcr eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 63
    RUN "rcr32 63 in0x2", 0x2, 0x0D5, rcr eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 64
    RUN "rcr32 64 in0x8d7", 0x8d7, OSZAPC, rcr eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 64
    RUN "rcr32 64 in0x2", 0x2, OSZAPC, rcr eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 255
    RUN "rcr32 255 in0x8d7", 0x8d7, 0x0D5, rcr eax, cl
    mov rax, 0x112233445a5a5a5a
    mov ecx, 255
    RUN "rcr32 255 in0x2", 0x2, 0x0D5, rcr eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 0
    RUN "rcr32 0 in0x8d7", 0x8d7, OSZAPC, rcr eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 0
    RUN "rcr32 0 in0x2", 0x2, OSZAPC, rcr eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 1
    RUN "rcr32 1 in0x8d7", 0x8d7, OSZAPC, rcr eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 1
    RUN "rcr32 1 in0x2", 0x2, OSZAPC, rcr eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 2
    RUN "rcr32 2 in0x8d7", 0x8d7, 0x0D5, rcr eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 2
    RUN "rcr32 2 in0x2", 0x2, 0x0D5, rcr eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 31
    RUN "rcr32 31 in0x8d7", 0x8d7, 0x0D5, rcr eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 31
    RUN "rcr32 31 in0x2", 0x2, 0x0D5, rcr eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 32
    RUN "rcr32 32 in0x8d7", 0x8d7, OSZAPC, rcr eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 32
    RUN "rcr32 32 in0x2", 0x2, OSZAPC, rcr eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 33
    RUN "rcr32 33 in0x8d7", 0x8d7, OSZAPC, rcr eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 33
    RUN "rcr32 33 in0x2", 0x2, OSZAPC, rcr eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 31
    RUN "rcr32 31 in0x8d7", 0x8d7, 0x0D5, rcr eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 31
    RUN "rcr32 31 in0x2", 0x2, 0x0D5, rcr eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 32
    RUN "rcr32 32 in0x8d7", 0x8d7, OSZAPC, rcr eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 32
    RUN "rcr32 32 in0x2", 0x2, OSZAPC, rcr eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 33
    RUN "rcr32 33 in0x8d7", 0x8d7, OSZAPC, rcr eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 33
    RUN "rcr32 33 in0x2", 0x2, OSZAPC, rcr eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 63
    RUN "rcr32 63 in0x8d7", 0x8d7, 0x0D5, rcr eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 63
    RUN "rcr32 63 in0x2", 0x2, 0x0D5, rcr eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 64
    RUN "rcr32 64 in0x8d7", 0x8d7, OSZAPC, rcr eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 64
    RUN "rcr32 64 in0x2", 0x2, OSZAPC, rcr eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 255
    RUN "rcr32 255 in0x8d7", 0x8d7, 0x0D5, rcr eax, cl
    mov rax, 0x1122334480000001
    mov ecx, 255
    RUN "rcr32 255 in0x2", 0x2, 0x0D5, rcr eax, cl
    mov rax, 0x1122334400000001
    mov rbx, 0x123456789abcdef0
    mov ecx, 0
    RUN "shld32 0", 0x8d7, OSZAPC, shld eax, ebx, cl
    mov rax, 0x1122334400000001
    mov rbx, 0x123456789abcdef0
    mov ecx, 1
    RUN "shld32 1", 0x8d7, OSZPC, shld eax, ebx, cl
    mov rax, 0x1122334400000001
    mov rbx, 0x123456789abcdef0
    mov ecx, 2
    RUN "shld32 2", 0x8d7, SZPC, shld eax, ebx, cl
    mov rax, 0x1122334400000001
    mov rbx, 0x123456789abcdef0
    mov ecx, 16
    RUN "shld32 16", 0x8d7, SZPC, shld eax, ebx, cl
    mov rax, 0x1122334400000001
    mov rbx, 0x123456789abcdef0
    mov ecx, 31
    RUN "shld32 31", 0x8d7, SZPC, shld eax, ebx, cl
    mov rax, 0x1122334400000001
    mov rbx, 0x123456789abcdef0
    mov ecx, 33
    RUN "shld32 33", 0x8d7, OSZPC, shld eax, ebx, cl
    mov rax, 0x1122334400000001
    mov rbx, 0x123456789abcdef0
    mov ecx, 63
    RUN "shld32 63", 0x8d7, SZPC, shld eax, ebx, cl
    mov rax, 0x1122334400000000
    mov rbx, 0xffffffffffffffff
    mov ecx, 0
    RUN "shld32 0", 0x8d7, OSZAPC, shld eax, ebx, cl
    mov rax, 0x1122334400000000
    mov rbx, 0xffffffffffffffff
    mov ecx, 1
    RUN "shld32 1", 0x8d7, OSZPC, shld eax, ebx, cl
    mov rax, 0x1122334400000000
    mov rbx, 0xffffffffffffffff
    mov ecx, 2
    RUN "shld32 2", 0x8d7, SZPC, shld eax, ebx, cl
    mov rax, 0x1122334400000000
    mov rbx, 0xffffffffffffffff
    mov ecx, 16
    RUN "shld32 16", 0x8d7, SZPC, shld eax, ebx, cl
    mov rax, 0x1122334400000000
    mov rbx, 0xffffffffffffffff
    mov ecx, 31
    RUN "shld32 31", 0x8d7, SZPC, shld eax, ebx, cl
    mov rax, 0x1122334400000000
    mov rbx, 0xffffffffffffffff
    mov ecx, 33
    RUN "shld32 33", 0x8d7, OSZPC, shld eax, ebx, cl
    mov rax, 0x1122334400000000
    mov rbx, 0xffffffffffffffff
    mov ecx, 63
    RUN "shld32 63", 0x8d7, SZPC, shld eax, ebx, cl
    mov rax, 0x1122334455555555
    mov rbx, 0x0
    mov ecx, 0
    RUN "shld32 0", 0x8d7, OSZAPC, shld eax, ebx, cl
    mov rax, 0x1122334455555555
    mov rbx, 0x0
    mov ecx, 1
    RUN "shld32 1", 0x8d7, OSZPC, shld eax, ebx, cl
    mov rax, 0x1122334455555555
    mov rbx, 0x0
    mov ecx, 2
    RUN "shld32 2", 0x8d7, SZPC, shld eax, ebx, cl
    mov rax, 0x1122334455555555
    mov rbx, 0x0
    mov ecx, 16
    RUN "shld32 16", 0x8d7, SZPC, shld eax, ebx, cl
    mov rax, 0x1122334455555555
    mov rbx, 0x0
    mov ecx, 31
    RUN "shld32 31", 0x8d7, SZPC, shld eax, ebx, cl
    mov rax, 0x1122334455555555
    mov rbx, 0x0
    mov ecx, 33
    RUN "shld32 33", 0x8d7, OSZPC, shld eax, ebx, cl
    mov rax, 0x1122334455555555
    mov rbx, 0x0
    mov ecx, 63
    RUN "shld32 63", 0x8d7, SZPC, shld eax, ebx, cl
    mov rax, 0x1122334400000001
    mov rbx, 0x123456789abcdef0
    mov ecx, 0
    RUN "shrd32 0", 0x8d7, OSZAPC, shrd eax, ebx, cl
    mov rax, 0x1122334400000001
    mov rbx, 0x123456789abcdef0
    mov ecx, 1
    RUN "shrd32 1", 0x8d7, OSZPC, shrd eax, ebx, cl
    mov rax, 0x1122334400000001
    mov rbx, 0x123456789abcdef0
    mov ecx, 2
    RUN "shrd32 2", 0x8d7, SZPC, shrd eax, ebx, cl
    mov rax, 0x1122334400000001
    mov rbx, 0x123456789abcdef0
    mov ecx, 16
    RUN "shrd32 16", 0x8d7, SZPC, shrd eax, ebx, cl
    mov rax, 0x1122334400000001
    mov rbx, 0x123456789abcdef0
    mov ecx, 31
    RUN "shrd32 31", 0x8d7, SZPC, shrd eax, ebx, cl
    mov rax, 0x1122334400000001
    mov rbx, 0x123456789abcdef0
    mov ecx, 33
    RUN "shrd32 33", 0x8d7, OSZPC, shrd eax, ebx, cl
    mov rax, 0x1122334400000001
    mov rbx, 0x123456789abcdef0
    mov ecx, 63
    RUN "shrd32 63", 0x8d7, SZPC, shrd eax, ebx, cl
    mov rax, 0x1122334400000000
    mov rbx, 0xffffffffffffffff
    mov ecx, 0
    RUN "shrd32 0", 0x8d7, OSZAPC, shrd eax, ebx, cl
    mov rax, 0x1122334400000000
    mov rbx, 0xffffffffffffffff
    mov ecx, 1
    RUN "shrd32 1", 0x8d7, OSZPC, shrd eax, ebx, cl
    mov rax, 0x1122334400000000
    mov rbx, 0xffffffffffffffff
    mov ecx, 2
    RUN "shrd32 2", 0x8d7, SZPC, shrd eax, ebx, cl
    mov rax, 0x1122334400000000
    mov rbx, 0xffffffffffffffff
    mov ecx, 16
    RUN "shrd32 16", 0x8d7, SZPC, shrd eax, ebx, cl
    mov rax, 0x1122334400000000
    mov rbx, 0xffffffffffffffff
    mov ecx, 31
    RUN "shrd32 31", 0x8d7, SZPC, shrd eax, ebx, cl
    mov rax, 0x1122334400000000
    mov rbx, 0xffffffffffffffff
    mov ecx, 33
    RUN "shrd32 33", 0x8d7, OSZPC, shrd eax, ebx, cl
    mov rax, 0x1122334400000000
    mov rbx, 0xffffffffffffffff
    mov ecx, 63
    RUN "shrd32 63", 0x8d7, SZPC, shrd eax, ebx, cl
    mov rax, 0x1122334455555555
    mov rbx, 0x0
    mov ecx, 0
    RUN "shrd32 0", 0x8d7, OSZAPC, shrd eax, ebx, cl
    mov rax, 0x1122334455555555
    mov rbx, 0x0
    mov ecx, 1
    RUN "shrd32 1", 0x8d7, OSZPC, shrd eax, ebx, cl
    mov rax, 0x1122334455555555
    mov rbx, 0x0
    mov ecx, 2
    RUN "shrd32 2", 0x8d7, SZPC, shrd eax, ebx, cl
    mov rax, 0x1122334455555555
    mov rbx, 0x0
    mov ecx, 16
    RUN "shrd32 16", 0x8d7, SZPC, shrd eax, ebx, cl
    mov rax, 0x1122334455555555
    mov rbx, 0x0
    mov ecx, 31
    RUN "shrd32 31", 0x8d7, SZPC, shrd eax, ebx, cl
    mov rax, 0x1122334455555555
    mov rbx, 0x0
    mov ecx, 33
    RUN "shrd32 33", 0x8d7, OSZPC, shrd eax, ebx, cl
    mov rax, 0x1122334455555555
    mov rbx, 0x0
    mov ecx, 63
    RUN "shrd32 63", 0x8d7, SZPC, shrd eax, ebx, cl
    mov rax, 0x1
    mov ecx, 0
    RUN "shl64 0 in0x8d7", 0x8d7, OSZAPC, shl rax, cl
    mov rax, 0x1
    mov ecx, 1
    RUN "shl64 1 in0x8d7", 0x8d7, OSZPC, shl rax, cl
    mov rax, 0x1
    mov ecx, 2
    RUN "shl64 2 in0x8d7", 0x8d7, SZPC, shl rax, cl
    mov rax, 0x1
    mov ecx, 63
    RUN "shl64 63 in0x8d7", 0x8d7, SZPC, shl rax, cl
    mov rax, 0x1
    mov ecx, 64
    RUN "shl64 64 in0x8d7", 0x8d7, OSZAPC, shl rax, cl
    mov rax, 0x1
    mov ecx, 65
    RUN "shl64 65 in0x8d7", 0x8d7, OSZPC, shl rax, cl
    mov rax, 0x1
    mov ecx, 31
    RUN "shl64 31 in0x8d7", 0x8d7, SZPC, shl rax, cl
    mov rax, 0x1
    mov ecx, 32
    RUN "shl64 32 in0x8d7", 0x8d7, SZPC, shl rax, cl
    mov rax, 0x1
    mov ecx, 33
    RUN "shl64 33 in0x8d7", 0x8d7, SZPC, shl rax, cl
    mov rax, 0x1
    mov ecx, 63
    RUN "shl64 63 in0x8d7", 0x8d7, SZPC, shl rax, cl
    mov rax, 0x1
    mov ecx, 64
    RUN "shl64 64 in0x8d7", 0x8d7, OSZAPC, shl rax, cl
    mov rax, 0x1
    mov ecx, 255
    RUN "shl64 255 in0x8d7", 0x8d7, SZPC, shl rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 0
    RUN "shl64 0 in0x8d7", 0x8d7, OSZAPC, shl rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 1
    RUN "shl64 1 in0x8d7", 0x8d7, OSZPC, shl rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 2
    RUN "shl64 2 in0x8d7", 0x8d7, SZPC, shl rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 63
    RUN "shl64 63 in0x8d7", 0x8d7, SZPC, shl rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 64
    RUN "shl64 64 in0x8d7", 0x8d7, OSZAPC, shl rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 65
    RUN "shl64 65 in0x8d7", 0x8d7, OSZPC, shl rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 31
    RUN "shl64 31 in0x8d7", 0x8d7, SZPC, shl rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 32
    RUN "shl64 32 in0x8d7", 0x8d7, SZPC, shl rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 33
    RUN "shl64 33 in0x8d7", 0x8d7, SZPC, shl rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 63
    RUN "shl64 63 in0x8d7", 0x8d7, SZPC, shl rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 64
    RUN "shl64 64 in0x8d7", 0x8d7, OSZAPC, shl rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 255
    RUN "shl64 255 in0x8d7", 0x8d7, SZPC, shl rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 0
    RUN "shl64 0 in0x8d7", 0x8d7, OSZAPC, shl rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 1
    RUN "shl64 1 in0x8d7", 0x8d7, OSZPC, shl rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 2
    RUN "shl64 2 in0x8d7", 0x8d7, SZPC, shl rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 63
    RUN "shl64 63 in0x8d7", 0x8d7, SZPC, shl rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 64
    RUN "shl64 64 in0x8d7", 0x8d7, OSZAPC, shl rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 65
    RUN "shl64 65 in0x8d7", 0x8d7, OSZPC, shl rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 31
    RUN "shl64 31 in0x8d7", 0x8d7, SZPC, shl rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 32
    RUN "shl64 32 in0x8d7", 0x8d7, SZPC, shl rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 33
    RUN "shl64 33 in0x8d7", 0x8d7, SZPC, shl rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 63
    RUN "shl64 63 in0x8d7", 0x8d7, SZPC, shl rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 64
    RUN "shl64 64 in0x8d7", 0x8d7, OSZAPC, shl rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 255
    RUN "shl64 255 in0x8d7", 0x8d7, SZPC, shl rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 0
    RUN "shl64 0 in0x8d7", 0x8d7, OSZAPC, shl rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 1
    RUN "shl64 1 in0x8d7", 0x8d7, OSZPC, shl rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 2
    RUN "shl64 2 in0x8d7", 0x8d7, SZPC, shl rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 63
    RUN "shl64 63 in0x8d7", 0x8d7, SZPC, shl rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 64
    RUN "shl64 64 in0x8d7", 0x8d7, OSZAPC, shl rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 65
    RUN "shl64 65 in0x8d7", 0x8d7, OSZPC, shl rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 31
    RUN "shl64 31 in0x8d7", 0x8d7, SZPC, shl rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 32
    RUN "shl64 32 in0x8d7", 0x8d7, SZPC, shl rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 33
    RUN "shl64 33 in0x8d7", 0x8d7, SZPC, shl rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 63
    RUN "shl64 63 in0x8d7", 0x8d7, SZPC, shl rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 64
    RUN "shl64 64 in0x8d7", 0x8d7, OSZAPC, shl rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 255
    RUN "shl64 255 in0x8d7", 0x8d7, SZPC, shl rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 0
    RUN "shl64 0 in0x8d7", 0x8d7, OSZAPC, shl rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 1
    RUN "shl64 1 in0x8d7", 0x8d7, OSZPC, shl rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 2
    RUN "shl64 2 in0x8d7", 0x8d7, SZPC, shl rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 63
    RUN "shl64 63 in0x8d7", 0x8d7, SZPC, shl rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 64
    RUN "shl64 64 in0x8d7", 0x8d7, OSZAPC, shl rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 65
    RUN "shl64 65 in0x8d7", 0x8d7, OSZPC, shl rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 31
    RUN "shl64 31 in0x8d7", 0x8d7, SZPC, shl rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 32
    RUN "shl64 32 in0x8d7", 0x8d7, SZPC, shl rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 33
    RUN "shl64 33 in0x8d7", 0x8d7, SZPC, shl rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 63
    RUN "shl64 63 in0x8d7", 0x8d7, SZPC, shl rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 64
    RUN "shl64 64 in0x8d7", 0x8d7, OSZAPC, shl rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 255
    RUN "shl64 255 in0x8d7", 0x8d7, SZPC, shl rax, cl
    mov rax, 0x1
    mov ecx, 0
    RUN "shr64 0 in0x8d7", 0x8d7, OSZAPC, shr rax, cl
    mov rax, 0x1
    mov ecx, 1
    RUN "shr64 1 in0x8d7", 0x8d7, OSZPC, shr rax, cl
    mov rax, 0x1
    mov ecx, 2
    RUN "shr64 2 in0x8d7", 0x8d7, SZPC, shr rax, cl
    mov rax, 0x1
    mov ecx, 63
    RUN "shr64 63 in0x8d7", 0x8d7, SZPC, shr rax, cl
    mov rax, 0x1
    mov ecx, 64
    RUN "shr64 64 in0x8d7", 0x8d7, OSZAPC, shr rax, cl
    mov rax, 0x1
    mov ecx, 65
    RUN "shr64 65 in0x8d7", 0x8d7, OSZPC, shr rax, cl
    mov rax, 0x1
    mov ecx, 31
    RUN "shr64 31 in0x8d7", 0x8d7, SZPC, shr rax, cl
    mov rax, 0x1
    mov ecx, 32
    RUN "shr64 32 in0x8d7", 0x8d7, SZPC, shr rax, cl
    mov rax, 0x1
    mov ecx, 33
    RUN "shr64 33 in0x8d7", 0x8d7, SZPC, shr rax, cl
    mov rax, 0x1
    mov ecx, 63
    RUN "shr64 63 in0x8d7", 0x8d7, SZPC, shr rax, cl
    mov rax, 0x1
    mov ecx, 64
    RUN "shr64 64 in0x8d7", 0x8d7, OSZAPC, shr rax, cl
    mov rax, 0x1
    mov ecx, 255
    RUN "shr64 255 in0x8d7", 0x8d7, SZPC, shr rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 0
    RUN "shr64 0 in0x8d7", 0x8d7, OSZAPC, shr rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 1
    RUN "shr64 1 in0x8d7", 0x8d7, OSZPC, shr rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 2
    RUN "shr64 2 in0x8d7", 0x8d7, SZPC, shr rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 63
    RUN "shr64 63 in0x8d7", 0x8d7, SZPC, shr rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 64
    RUN "shr64 64 in0x8d7", 0x8d7, OSZAPC, shr rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 65
    RUN "shr64 65 in0x8d7", 0x8d7, OSZPC, shr rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 31
    RUN "shr64 31 in0x8d7", 0x8d7, SZPC, shr rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 32
    RUN "shr64 32 in0x8d7", 0x8d7, SZPC, shr rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 33
    RUN "shr64 33 in0x8d7", 0x8d7, SZPC, shr rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 63
    RUN "shr64 63 in0x8d7", 0x8d7, SZPC, shr rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 64
    RUN "shr64 64 in0x8d7", 0x8d7, OSZAPC, shr rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 255
    RUN "shr64 255 in0x8d7", 0x8d7, SZPC, shr rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 0
    RUN "shr64 0 in0x8d7", 0x8d7, OSZAPC, shr rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 1
    RUN "shr64 1 in0x8d7", 0x8d7, OSZPC, shr rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 2
    RUN "shr64 2 in0x8d7", 0x8d7, SZPC, shr rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 63
    RUN "shr64 63 in0x8d7", 0x8d7, SZPC, shr rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 64
    RUN "shr64 64 in0x8d7", 0x8d7, OSZAPC, shr rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 65
    RUN "shr64 65 in0x8d7", 0x8d7, OSZPC, shr rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 31
    RUN "shr64 31 in0x8d7", 0x8d7, SZPC, shr rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 32
    RUN "shr64 32 in0x8d7", 0x8d7, SZPC, shr rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 33
    RUN "shr64 33 in0x8d7", 0x8d7, SZPC, shr rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 63
    RUN "shr64 63 in0x8d7", 0x8d7, SZPC, shr rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 64
    RUN "shr64 64 in0x8d7", 0x8d7, OSZAPC, shr rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 255
    RUN "shr64 255 in0x8d7", 0x8d7, SZPC, shr rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 0
    RUN "shr64 0 in0x8d7", 0x8d7, OSZAPC, shr rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 1
    RUN "shr64 1 in0x8d7", 0x8d7, OSZPC, shr rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 2
    RUN "shr64 2 in0x8d7", 0x8d7, SZPC, shr rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 63
    RUN "shr64 63 in0x8d7", 0x8d7, SZPC, shr rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 64
    RUN "shr64 64 in0x8d7", 0x8d7, OSZAPC, shr rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 65
    RUN "shr64 65 in0x8d7", 0x8d7, OSZPC, shr rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 31
    RUN "shr64 31 in0x8d7", 0x8d7, SZPC, shr rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 32
    RUN "shr64 32 in0x8d7", 0x8d7, SZPC, shr rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 33
    RUN "shr64 33 in0x8d7", 0x8d7, SZPC, shr rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 63
    RUN "shr64 63 in0x8d7", 0x8d7, SZPC, shr rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 64
    RUN "shr64 64 in0x8d7", 0x8d7, OSZAPC, shr rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 255
    RUN "shr64 255 in0x8d7", 0x8d7, SZPC, shr rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 0
    RUN "shr64 0 in0x8d7", 0x8d7, OSZAPC, shr rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 1
    RUN "shr64 1 in0x8d7", 0x8d7, OSZPC, shr rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 2
    RUN "shr64 2 in0x8d7", 0x8d7, SZPC, shr rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 63
    RUN "shr64 63 in0x8d7", 0x8d7, SZPC, shr rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 64
    RUN "shr64 64 in0x8d7", 0x8d7, OSZAPC, shr rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 65
    RUN "shr64 65 in0x8d7", 0x8d7, OSZPC, shr rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 31
    RUN "shr64 31 in0x8d7", 0x8d7, SZPC, shr rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 32
    RUN "shr64 32 in0x8d7", 0x8d7, SZPC, shr rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 33
    RUN "shr64 33 in0x8d7", 0x8d7, SZPC, shr rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 63
    RUN "shr64 63 in0x8d7", 0x8d7, SZPC, shr rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 64
    RUN "shr64 64 in0x8d7", 0x8d7, OSZAPC, shr rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 255
    RUN "shr64 255 in0x8d7", 0x8d7, SZPC, shr rax, cl
    mov rax, 0x1
    mov ecx, 0
    RUN "sar64 0 in0x8d7", 0x8d7, OSZAPC, sar rax, cl
    mov rax, 0x1
    mov ecx, 1
    RUN "sar64 1 in0x8d7", 0x8d7, OSZPC, sar rax, cl
    mov rax, 0x1
    mov ecx, 2
    RUN "sar64 2 in0x8d7", 0x8d7, SZPC, sar rax, cl
    mov rax, 0x1
    mov ecx, 63
    RUN "sar64 63 in0x8d7", 0x8d7, SZPC, sar rax, cl
    mov rax, 0x1
    mov ecx, 64
    RUN "sar64 64 in0x8d7", 0x8d7, OSZAPC, sar rax, cl
    mov rax, 0x1
    mov ecx, 65
    RUN "sar64 65 in0x8d7", 0x8d7, OSZPC, sar rax, cl
    mov rax, 0x1
    mov ecx, 31
    RUN "sar64 31 in0x8d7", 0x8d7, SZPC, sar rax, cl
    mov rax, 0x1
    mov ecx, 32
    RUN "sar64 32 in0x8d7", 0x8d7, SZPC, sar rax, cl
    mov rax, 0x1
    mov ecx, 33
    RUN "sar64 33 in0x8d7", 0x8d7, SZPC, sar rax, cl
    mov rax, 0x1
    mov ecx, 63
    RUN "sar64 63 in0x8d7", 0x8d7, SZPC, sar rax, cl
    mov rax, 0x1
    mov ecx, 64
    RUN "sar64 64 in0x8d7", 0x8d7, OSZAPC, sar rax, cl
    mov rax, 0x1
    mov ecx, 255
    RUN "sar64 255 in0x8d7", 0x8d7, SZPC, sar rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 0
    RUN "sar64 0 in0x8d7", 0x8d7, OSZAPC, sar rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 1
    RUN "sar64 1 in0x8d7", 0x8d7, OSZPC, sar rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 2
    RUN "sar64 2 in0x8d7", 0x8d7, SZPC, sar rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 63
    RUN "sar64 63 in0x8d7", 0x8d7, SZPC, sar rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 64
    RUN "sar64 64 in0x8d7", 0x8d7, OSZAPC, sar rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 65
    RUN "sar64 65 in0x8d7", 0x8d7, OSZPC, sar rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 31
    RUN "sar64 31 in0x8d7", 0x8d7, SZPC, sar rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 32
    RUN "sar64 32 in0x8d7", 0x8d7, SZPC, sar rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 33
    RUN "sar64 33 in0x8d7", 0x8d7, SZPC, sar rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 63
    RUN "sar64 63 in0x8d7", 0x8d7, SZPC, sar rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 64
    RUN "sar64 64 in0x8d7", 0x8d7, OSZAPC, sar rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 255
    RUN "sar64 255 in0x8d7", 0x8d7, SZPC, sar rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 0
    RUN "sar64 0 in0x8d7", 0x8d7, OSZAPC, sar rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 1
    RUN "sar64 1 in0x8d7", 0x8d7, OSZPC, sar rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 2
    RUN "sar64 2 in0x8d7", 0x8d7, SZPC, sar rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 63
    RUN "sar64 63 in0x8d7", 0x8d7, SZPC, sar rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 64
    RUN "sar64 64 in0x8d7", 0x8d7, OSZAPC, sar rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 65
    RUN "sar64 65 in0x8d7", 0x8d7, OSZPC, sar rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 31
    RUN "sar64 31 in0x8d7", 0x8d7, SZPC, sar rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 32
    RUN "sar64 32 in0x8d7", 0x8d7, SZPC, sar rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 33
    RUN "sar64 33 in0x8d7", 0x8d7, SZPC, sar rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 63
    RUN "sar64 63 in0x8d7", 0x8d7, SZPC, sar rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 64
    RUN "sar64 64 in0x8d7", 0x8d7, OSZAPC, sar rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 255
    RUN "sar64 255 in0x8d7", 0x8d7, SZPC, sar rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 0
    RUN "sar64 0 in0x8d7", 0x8d7, OSZAPC, sar rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 1
    RUN "sar64 1 in0x8d7", 0x8d7, OSZPC, sar rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 2
    RUN "sar64 2 in0x8d7", 0x8d7, SZPC, sar rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 63
    RUN "sar64 63 in0x8d7", 0x8d7, SZPC, sar rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 64
    RUN "sar64 64 in0x8d7", 0x8d7, OSZAPC, sar rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 65
    RUN "sar64 65 in0x8d7", 0x8d7, OSZPC, sar rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 31
    RUN "sar64 31 in0x8d7", 0x8d7, SZPC, sar rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 32
    RUN "sar64 32 in0x8d7", 0x8d7, SZPC, sar rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 33
    RUN "sar64 33 in0x8d7", 0x8d7, SZPC, sar rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 63
    RUN "sar64 63 in0x8d7", 0x8d7, SZPC, sar rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 64
    RUN "sar64 64 in0x8d7", 0x8d7, OSZAPC, sar rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 255
    RUN "sar64 255 in0x8d7", 0x8d7, SZPC, sar rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 0
    RUN "sar64 0 in0x8d7", 0x8d7, OSZAPC, sar rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 1
    RUN "sar64 1 in0x8d7", 0x8d7, OSZPC, sar rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 2
    RUN "sar64 2 in0x8d7", 0x8d7, SZPC, sar rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 63
    RUN "sar64 63 in0x8d7", 0x8d7, SZPC, sar rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 64
    RUN "sar64 64 in0x8d7", 0x8d7, OSZAPC, sar rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 65
    RUN "sar64 65 in0x8d7", 0x8d7, OSZPC, sar rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 31
    RUN "sar64 31 in0x8d7", 0x8d7, SZPC, sar rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 32
    RUN "sar64 32 in0x8d7", 0x8d7, SZPC, sar rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 33
    RUN "sar64 33 in0x8d7", 0x8d7, SZPC, sar rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 63
    RUN "sar64 63 in0x8d7", 0x8d7, SZPC, sar rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 64
    RUN "sar64 64 in0x8d7", 0x8d7, OSZAPC, sar rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 255
    RUN "sar64 255 in0x8d7", 0x8d7, SZPC, sar rax, cl
    mov rax, 0x1
    mov ecx, 0
    RUN "rol64 0 in0x8d7", 0x8d7, OSZAPC, rol rax, cl
    mov rax, 0x1
    mov ecx, 1
    RUN "rol64 1 in0x8d7", 0x8d7, OSZAPC, rol rax, cl
    mov rax, 0x1
    mov ecx, 2
    RUN "rol64 2 in0x8d7", 0x8d7, 0x0D5, rol rax, cl
    mov rax, 0x1
    mov ecx, 63
    RUN "rol64 63 in0x8d7", 0x8d7, 0x0D5, rol rax, cl
    mov rax, 0x1
    mov ecx, 64
    RUN "rol64 64 in0x8d7", 0x8d7, OSZAPC, rol rax, cl
    mov rax, 0x1
    mov ecx, 65
    RUN "rol64 65 in0x8d7", 0x8d7, OSZAPC, rol rax, cl
    mov rax, 0x1
    mov ecx, 31
    RUN "rol64 31 in0x8d7", 0x8d7, 0x0D5, rol rax, cl
    mov rax, 0x1
    mov ecx, 32
    RUN "rol64 32 in0x8d7", 0x8d7, 0x0D5, rol rax, cl
    mov rax, 0x1
    mov ecx, 33
    RUN "rol64 33 in0x8d7", 0x8d7, 0x0D5, rol rax, cl
    mov rax, 0x1
    mov ecx, 63
    RUN "rol64 63 in0x8d7", 0x8d7, 0x0D5, rol rax, cl
    mov rax, 0x1
    mov ecx, 64
    RUN "rol64 64 in0x8d7", 0x8d7, OSZAPC, rol rax, cl
    mov rax, 0x1
    mov ecx, 255
    RUN "rol64 255 in0x8d7", 0x8d7, 0x0D5, rol rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 0
    RUN "rol64 0 in0x8d7", 0x8d7, OSZAPC, rol rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 1
    RUN "rol64 1 in0x8d7", 0x8d7, OSZAPC, rol rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 2
    RUN "rol64 2 in0x8d7", 0x8d7, 0x0D5, rol rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 63
    RUN "rol64 63 in0x8d7", 0x8d7, 0x0D5, rol rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 64
    RUN "rol64 64 in0x8d7", 0x8d7, OSZAPC, rol rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 65
    RUN "rol64 65 in0x8d7", 0x8d7, OSZAPC, rol rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 31
    RUN "rol64 31 in0x8d7", 0x8d7, 0x0D5, rol rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 32
    RUN "rol64 32 in0x8d7", 0x8d7, 0x0D5, rol rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 33
    RUN "rol64 33 in0x8d7", 0x8d7, 0x0D5, rol rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 63
    RUN "rol64 63 in0x8d7", 0x8d7, 0x0D5, rol rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 64
    RUN "rol64 64 in0x8d7", 0x8d7, OSZAPC, rol rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 255
    RUN "rol64 255 in0x8d7", 0x8d7, 0x0D5, rol rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 0
    RUN "rol64 0 in0x8d7", 0x8d7, OSZAPC, rol rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 1
    RUN "rol64 1 in0x8d7", 0x8d7, OSZAPC, rol rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 2
    RUN "rol64 2 in0x8d7", 0x8d7, 0x0D5, rol rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 63
    RUN "rol64 63 in0x8d7", 0x8d7, 0x0D5, rol rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 64
    RUN "rol64 64 in0x8d7", 0x8d7, OSZAPC, rol rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 65
    RUN "rol64 65 in0x8d7", 0x8d7, OSZAPC, rol rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 31
    RUN "rol64 31 in0x8d7", 0x8d7, 0x0D5, rol rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 32
    RUN "rol64 32 in0x8d7", 0x8d7, 0x0D5, rol rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 33
    RUN "rol64 33 in0x8d7", 0x8d7, 0x0D5, rol rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 63
    RUN "rol64 63 in0x8d7", 0x8d7, 0x0D5, rol rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 64
    RUN "rol64 64 in0x8d7", 0x8d7, OSZAPC, rol rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 255
    RUN "rol64 255 in0x8d7", 0x8d7, 0x0D5, rol rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 0
    RUN "rol64 0 in0x8d7", 0x8d7, OSZAPC, rol rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 1
    RUN "rol64 1 in0x8d7", 0x8d7, OSZAPC, rol rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 2
    RUN "rol64 2 in0x8d7", 0x8d7, 0x0D5, rol rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 63
    RUN "rol64 63 in0x8d7", 0x8d7, 0x0D5, rol rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 64
    RUN "rol64 64 in0x8d7", 0x8d7, OSZAPC, rol rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 65
    RUN "rol64 65 in0x8d7", 0x8d7, OSZAPC, rol rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 31
    RUN "rol64 31 in0x8d7", 0x8d7, 0x0D5, rol rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 32
    RUN "rol64 32 in0x8d7", 0x8d7, 0x0D5, rol rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 33
    RUN "rol64 33 in0x8d7", 0x8d7, 0x0D5, rol rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 63
    RUN "rol64 63 in0x8d7", 0x8d7, 0x0D5, rol rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 64
    RUN "rol64 64 in0x8d7", 0x8d7, OSZAPC, rol rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 255
    RUN "rol64 255 in0x8d7", 0x8d7, 0x0D5, rol rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 0
    RUN "rol64 0 in0x8d7", 0x8d7, OSZAPC, rol rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 1
    RUN "rol64 1 in0x8d7", 0x8d7, OSZAPC, rol rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 2
    RUN "rol64 2 in0x8d7", 0x8d7, 0x0D5, rol rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 63
    RUN "rol64 63 in0x8d7", 0x8d7, 0x0D5, rol rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 64
    RUN "rol64 64 in0x8d7", 0x8d7, OSZAPC, rol rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 65
    RUN "rol64 65 in0x8d7", 0x8d7, OSZAPC, rol rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 31
    RUN "rol64 31 in0x8d7", 0x8d7, 0x0D5, rol rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 32
    RUN "rol64 32 in0x8d7", 0x8d7, 0x0D5, rol rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 33
    RUN "rol64 33 in0x8d7", 0x8d7, 0x0D5, rol rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 63
    RUN "rol64 63 in0x8d7", 0x8d7, 0x0D5, rol rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 64
    RUN "rol64 64 in0x8d7", 0x8d7, OSZAPC, rol rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 255
    RUN "rol64 255 in0x8d7", 0x8d7, 0x0D5, rol rax, cl
    mov rax, 0x1
    mov ecx, 0
    RUN "ror64 0 in0x8d7", 0x8d7, OSZAPC, ror rax, cl
    mov rax, 0x1
    mov ecx, 1
    RUN "ror64 1 in0x8d7", 0x8d7, OSZAPC, ror rax, cl
    mov rax, 0x1
    mov ecx, 2
    RUN "ror64 2 in0x8d7", 0x8d7, 0x0D5, ror rax, cl
    mov rax, 0x1
    mov ecx, 63
    RUN "ror64 63 in0x8d7", 0x8d7, 0x0D5, ror rax, cl
    mov rax, 0x1
    mov ecx, 64
    RUN "ror64 64 in0x8d7", 0x8d7, OSZAPC, ror rax, cl
    mov rax, 0x1
    mov ecx, 65
    RUN "ror64 65 in0x8d7", 0x8d7, OSZAPC, ror rax, cl
    mov rax, 0x1
    mov ecx, 31
    RUN "ror64 31 in0x8d7", 0x8d7, 0x0D5, ror rax, cl
    mov rax, 0x1
    mov ecx, 32
    RUN "ror64 32 in0x8d7", 0x8d7, 0x0D5, ror rax, cl
    mov rax, 0x1
    mov ecx, 33
    RUN "ror64 33 in0x8d7", 0x8d7, 0x0D5, ror rax, cl
    mov rax, 0x1
    mov ecx, 63
    RUN "ror64 63 in0x8d7", 0x8d7, 0x0D5, ror rax, cl
    mov rax, 0x1
    mov ecx, 64
    RUN "ror64 64 in0x8d7", 0x8d7, OSZAPC, ror rax, cl
    mov rax, 0x1
    mov ecx, 255
    RUN "ror64 255 in0x8d7", 0x8d7, 0x0D5, ror rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 0
    RUN "ror64 0 in0x8d7", 0x8d7, OSZAPC, ror rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 1
    RUN "ror64 1 in0x8d7", 0x8d7, OSZAPC, ror rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 2
    RUN "ror64 2 in0x8d7", 0x8d7, 0x0D5, ror rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 63
    RUN "ror64 63 in0x8d7", 0x8d7, 0x0D5, ror rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 64
    RUN "ror64 64 in0x8d7", 0x8d7, OSZAPC, ror rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 65
    RUN "ror64 65 in0x8d7", 0x8d7, OSZAPC, ror rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 31
    RUN "ror64 31 in0x8d7", 0x8d7, 0x0D5, ror rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 32
    RUN "ror64 32 in0x8d7", 0x8d7, 0x0D5, ror rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 33
    RUN "ror64 33 in0x8d7", 0x8d7, 0x0D5, ror rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 63
    RUN "ror64 63 in0x8d7", 0x8d7, 0x0D5, ror rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 64
    RUN "ror64 64 in0x8d7", 0x8d7, OSZAPC, ror rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 255
    RUN "ror64 255 in0x8d7", 0x8d7, 0x0D5, ror rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 0
    RUN "ror64 0 in0x8d7", 0x8d7, OSZAPC, ror rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 1
    RUN "ror64 1 in0x8d7", 0x8d7, OSZAPC, ror rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 2
    RUN "ror64 2 in0x8d7", 0x8d7, 0x0D5, ror rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 63
    RUN "ror64 63 in0x8d7", 0x8d7, 0x0D5, ror rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 64
    RUN "ror64 64 in0x8d7", 0x8d7, OSZAPC, ror rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 65
    RUN "ror64 65 in0x8d7", 0x8d7, OSZAPC, ror rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 31
    RUN "ror64 31 in0x8d7", 0x8d7, 0x0D5, ror rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 32
    RUN "ror64 32 in0x8d7", 0x8d7, 0x0D5, ror rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 33
    RUN "ror64 33 in0x8d7", 0x8d7, 0x0D5, ror rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 63
    RUN "ror64 63 in0x8d7", 0x8d7, 0x0D5, ror rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 64
    RUN "ror64 64 in0x8d7", 0x8d7, OSZAPC, ror rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 255
    RUN "ror64 255 in0x8d7", 0x8d7, 0x0D5, ror rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 0
    RUN "ror64 0 in0x8d7", 0x8d7, OSZAPC, ror rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 1
    RUN "ror64 1 in0x8d7", 0x8d7, OSZAPC, ror rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 2
    RUN "ror64 2 in0x8d7", 0x8d7, 0x0D5, ror rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 63
    RUN "ror64 63 in0x8d7", 0x8d7, 0x0D5, ror rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 64
    RUN "ror64 64 in0x8d7", 0x8d7, OSZAPC, ror rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 65
    RUN "ror64 65 in0x8d7", 0x8d7, OSZAPC, ror rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 31
    RUN "ror64 31 in0x8d7", 0x8d7, 0x0D5, ror rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 32
    RUN "ror64 32 in0x8d7", 0x8d7, 0x0D5, ror rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 33
    RUN "ror64 33 in0x8d7", 0x8d7, 0x0D5, ror rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 63
    RUN "ror64 63 in0x8d7", 0x8d7, 0x0D5, ror rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 64
    RUN "ror64 64 in0x8d7", 0x8d7, OSZAPC, ror rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 255
    RUN "ror64 255 in0x8d7", 0x8d7, 0x0D5, ror rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 0
    RUN "ror64 0 in0x8d7", 0x8d7, OSZAPC, ror rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 1
    RUN "ror64 1 in0x8d7", 0x8d7, OSZAPC, ror rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 2
    RUN "ror64 2 in0x8d7", 0x8d7, 0x0D5, ror rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 63
    RUN "ror64 63 in0x8d7", 0x8d7, 0x0D5, ror rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 64
    RUN "ror64 64 in0x8d7", 0x8d7, OSZAPC, ror rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 65
    RUN "ror64 65 in0x8d7", 0x8d7, OSZAPC, ror rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 31
    RUN "ror64 31 in0x8d7", 0x8d7, 0x0D5, ror rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 32
    RUN "ror64 32 in0x8d7", 0x8d7, 0x0D5, ror rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 33
    RUN "ror64 33 in0x8d7", 0x8d7, 0x0D5, ror rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 63
    RUN "ror64 63 in0x8d7", 0x8d7, 0x0D5, ror rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 64
    RUN "ror64 64 in0x8d7", 0x8d7, OSZAPC, ror rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 255
    RUN "ror64 255 in0x8d7", 0x8d7, 0x0D5, ror rax, cl
    mov rax, 0x1
    mov ecx, 0
    RUN "rcl64 0 in0x8d7", 0x8d7, OSZAPC, rcl rax, cl
    mov rax, 0x1
    mov ecx, 0
    RUN "rcl64 0 in0x2", 0x2, OSZAPC, rcl rax, cl
    mov rax, 0x1
    mov ecx, 1
    RUN "rcl64 1 in0x8d7", 0x8d7, OSZAPC, rcl rax, cl
    mov rax, 0x1
    mov ecx, 1
    RUN "rcl64 1 in0x2", 0x2, OSZAPC, rcl rax, cl
    mov rax, 0x1
    mov ecx, 2
    RUN "rcl64 2 in0x8d7", 0x8d7, 0x0D5, rcl rax, cl
    mov rax, 0x1
    mov ecx, 2
    RUN "rcl64 2 in0x2", 0x2, 0x0D5, rcl rax, cl
    mov rax, 0x1
    mov ecx, 63
    RUN "rcl64 63 in0x8d7", 0x8d7, 0x0D5, rcl rax, cl
    mov rax, 0x1
    mov ecx, 63
    RUN "rcl64 63 in0x2", 0x2, 0x0D5, rcl rax, cl
    mov rax, 0x1
    mov ecx, 64
    RUN "rcl64 64 in0x8d7", 0x8d7, OSZAPC, rcl rax, cl
    mov rax, 0x1
    mov ecx, 64
    RUN "rcl64 64 in0x2", 0x2, OSZAPC, rcl rax, cl
    mov rax, 0x1
    mov ecx, 65
    RUN "rcl64 65 in0x8d7", 0x8d7, OSZAPC, rcl rax, cl
    mov rax, 0x1
    mov ecx, 65
    RUN "rcl64 65 in0x2", 0x2, OSZAPC, rcl rax, cl
    mov rax, 0x1
    mov ecx, 31
    RUN "rcl64 31 in0x8d7", 0x8d7, 0x0D5, rcl rax, cl
    mov rax, 0x1
    mov ecx, 31
    RUN "rcl64 31 in0x2", 0x2, 0x0D5, rcl rax, cl
    mov rax, 0x1
    mov ecx, 32
    RUN "rcl64 32 in0x8d7", 0x8d7, 0x0D5, rcl rax, cl
    mov rax, 0x1
    mov ecx, 32
    RUN "rcl64 32 in0x2", 0x2, 0x0D5, rcl rax, cl
    mov rax, 0x1
    mov ecx, 33
    RUN "rcl64 33 in0x8d7", 0x8d7, 0x0D5, rcl rax, cl
    mov rax, 0x1
    mov ecx, 33
    RUN "rcl64 33 in0x2", 0x2, 0x0D5, rcl rax, cl
    mov rax, 0x1
    mov ecx, 63
    RUN "rcl64 63 in0x8d7", 0x8d7, 0x0D5, rcl rax, cl
    mov rax, 0x1
    mov ecx, 63
    RUN "rcl64 63 in0x2", 0x2, 0x0D5, rcl rax, cl
    mov rax, 0x1
    mov ecx, 64
    RUN "rcl64 64 in0x8d7", 0x8d7, OSZAPC, rcl rax, cl
    mov rax, 0x1
    mov ecx, 64
    RUN "rcl64 64 in0x2", 0x2, OSZAPC, rcl rax, cl
    mov rax, 0x1
    mov ecx, 255
    RUN "rcl64 255 in0x8d7", 0x8d7, 0x0D5, rcl rax, cl
    mov rax, 0x1
    mov ecx, 255
    RUN "rcl64 255 in0x2", 0x2, 0x0D5, rcl rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 0
    RUN "rcl64 0 in0x8d7", 0x8d7, OSZAPC, rcl rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 0
    RUN "rcl64 0 in0x2", 0x2, OSZAPC, rcl rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 1
    RUN "rcl64 1 in0x8d7", 0x8d7, OSZAPC, rcl rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 1
    RUN "rcl64 1 in0x2", 0x2, OSZAPC, rcl rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 2
    RUN "rcl64 2 in0x8d7", 0x8d7, 0x0D5, rcl rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 2
    RUN "rcl64 2 in0x2", 0x2, 0x0D5, rcl rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 63
    RUN "rcl64 63 in0x8d7", 0x8d7, 0x0D5, rcl rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 63
    RUN "rcl64 63 in0x2", 0x2, 0x0D5, rcl rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 64
    RUN "rcl64 64 in0x8d7", 0x8d7, OSZAPC, rcl rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 64
    RUN "rcl64 64 in0x2", 0x2, OSZAPC, rcl rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 65
    RUN "rcl64 65 in0x8d7", 0x8d7, OSZAPC, rcl rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 65
    RUN "rcl64 65 in0x2", 0x2, OSZAPC, rcl rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 31
    RUN "rcl64 31 in0x8d7", 0x8d7, 0x0D5, rcl rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 31
    RUN "rcl64 31 in0x2", 0x2, 0x0D5, rcl rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 32
    RUN "rcl64 32 in0x8d7", 0x8d7, 0x0D5, rcl rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 32
    RUN "rcl64 32 in0x2", 0x2, 0x0D5, rcl rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 33
    RUN "rcl64 33 in0x8d7", 0x8d7, 0x0D5, rcl rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 33
    RUN "rcl64 33 in0x2", 0x2, 0x0D5, rcl rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 63
    RUN "rcl64 63 in0x8d7", 0x8d7, 0x0D5, rcl rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 63
    RUN "rcl64 63 in0x2", 0x2, 0x0D5, rcl rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 64
    RUN "rcl64 64 in0x8d7", 0x8d7, OSZAPC, rcl rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 64
    RUN "rcl64 64 in0x2", 0x2, OSZAPC, rcl rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 255
    RUN "rcl64 255 in0x8d7", 0x8d7, 0x0D5, rcl rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 255
    RUN "rcl64 255 in0x2", 0x2, 0x0D5, rcl rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 0
    RUN "rcl64 0 in0x8d7", 0x8d7, OSZAPC, rcl rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 0
    RUN "rcl64 0 in0x2", 0x2, OSZAPC, rcl rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 1
    RUN "rcl64 1 in0x8d7", 0x8d7, OSZAPC, rcl rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 1
    RUN "rcl64 1 in0x2", 0x2, OSZAPC, rcl rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 2
    RUN "rcl64 2 in0x8d7", 0x8d7, 0x0D5, rcl rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 2
    RUN "rcl64 2 in0x2", 0x2, 0x0D5, rcl rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 63
    RUN "rcl64 63 in0x8d7", 0x8d7, 0x0D5, rcl rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 63
    RUN "rcl64 63 in0x2", 0x2, 0x0D5, rcl rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 64
    RUN "rcl64 64 in0x8d7", 0x8d7, OSZAPC, rcl rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 64
    RUN "rcl64 64 in0x2", 0x2, OSZAPC, rcl rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 65
    RUN "rcl64 65 in0x8d7", 0x8d7, OSZAPC, rcl rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 65
    RUN "rcl64 65 in0x2", 0x2, OSZAPC, rcl rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 31
    RUN "rcl64 31 in0x8d7", 0x8d7, 0x0D5, rcl rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 31
    RUN "rcl64 31 in0x2", 0x2, 0x0D5, rcl rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 32
    RUN "rcl64 32 in0x8d7", 0x8d7, 0x0D5, rcl rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 32
    RUN "rcl64 32 in0x2", 0x2, 0x0D5, rcl rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 33
    RUN "rcl64 33 in0x8d7", 0x8d7, 0x0D5, rcl rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 33
    RUN "rcl64 33 in0x2", 0x2, 0x0D5, rcl rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 63
    RUN "rcl64 63 in0x8d7", 0x8d7, 0x0D5, rcl rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 63
    RUN "rcl64 63 in0x2", 0x2, 0x0D5, rcl rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 64
    RUN "rcl64 64 in0x8d7", 0x8d7, OSZAPC, rcl rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 64
    RUN "rcl64 64 in0x2", 0x2, OSZAPC, rcl rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 255
    RUN "rcl64 255 in0x8d7", 0x8d7, 0x0D5, rcl rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 255
    RUN "rcl64 255 in0x2", 0x2, 0x0D5, rcl rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 0
    RUN "rcl64 0 in0x8d7", 0x8d7, OSZAPC, rcl rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 0
    RUN "rcl64 0 in0x2", 0x2, OSZAPC, rcl rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 1
    RUN "rcl64 1 in0x8d7", 0x8d7, OSZAPC, rcl rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 1
    RUN "rcl64 1 in0x2", 0x2, OSZAPC, rcl rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 2
    RUN "rcl64 2 in0x8d7", 0x8d7, 0x0D5, rcl rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 2
    RUN "rcl64 2 in0x2", 0x2, 0x0D5, rcl rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 63
    RUN "rcl64 63 in0x8d7", 0x8d7, 0x0D5, rcl rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 63
    RUN "rcl64 63 in0x2", 0x2, 0x0D5, rcl rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 64
    RUN "rcl64 64 in0x8d7", 0x8d7, OSZAPC, rcl rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 64
    RUN "rcl64 64 in0x2", 0x2, OSZAPC, rcl rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 65
    RUN "rcl64 65 in0x8d7", 0x8d7, OSZAPC, rcl rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 65
    RUN "rcl64 65 in0x2", 0x2, OSZAPC, rcl rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 31
    RUN "rcl64 31 in0x8d7", 0x8d7, 0x0D5, rcl rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 31
    RUN "rcl64 31 in0x2", 0x2, 0x0D5, rcl rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 32
    RUN "rcl64 32 in0x8d7", 0x8d7, 0x0D5, rcl rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 32
    RUN "rcl64 32 in0x2", 0x2, 0x0D5, rcl rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 33
    RUN "rcl64 33 in0x8d7", 0x8d7, 0x0D5, rcl rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 33
    RUN "rcl64 33 in0x2", 0x2, 0x0D5, rcl rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 63
    RUN "rcl64 63 in0x8d7", 0x8d7, 0x0D5, rcl rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 63
    RUN "rcl64 63 in0x2", 0x2, 0x0D5, rcl rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 64
    RUN "rcl64 64 in0x8d7", 0x8d7, OSZAPC, rcl rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 64
    RUN "rcl64 64 in0x2", 0x2, OSZAPC, rcl rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 255
    RUN "rcl64 255 in0x8d7", 0x8d7, 0x0D5, rcl rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 255
    RUN "rcl64 255 in0x2", 0x2, 0x0D5, rcl rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 0
    RUN "rcl64 0 in0x8d7", 0x8d7, OSZAPC, rcl rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 0
    RUN "rcl64 0 in0x2", 0x2, OSZAPC, rcl rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 1
    RUN "rcl64 1 in0x8d7", 0x8d7, OSZAPC, rcl rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 1
    RUN "rcl64 1 in0x2", 0x2, OSZAPC, rcl rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 2
    RUN "rcl64 2 in0x8d7", 0x8d7, 0x0D5, rcl rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 2
    RUN "rcl64 2 in0x2", 0x2, 0x0D5, rcl rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 63
    RUN "rcl64 63 in0x8d7", 0x8d7, 0x0D5, rcl rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 63
    RUN "rcl64 63 in0x2", 0x2, 0x0D5, rcl rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 64
    RUN "rcl64 64 in0x8d7", 0x8d7, OSZAPC, rcl rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 64
    RUN "rcl64 64 in0x2", 0x2, OSZAPC, rcl rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 65
    RUN "rcl64 65 in0x8d7", 0x8d7, OSZAPC, rcl rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 65
    RUN "rcl64 65 in0x2", 0x2, OSZAPC, rcl rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 31
    RUN "rcl64 31 in0x8d7", 0x8d7, 0x0D5, rcl rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 31
    RUN "rcl64 31 in0x2", 0x2, 0x0D5, rcl rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 32
    RUN "rcl64 32 in0x8d7", 0x8d7, 0x0D5, rcl rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 32
    RUN "rcl64 32 in0x2", 0x2, 0x0D5, rcl rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 33
    RUN "rcl64 33 in0x8d7", 0x8d7, 0x0D5, rcl rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 33
    RUN "rcl64 33 in0x2", 0x2, 0x0D5, rcl rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 63
    RUN "rcl64 63 in0x8d7", 0x8d7, 0x0D5, rcl rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 63
    RUN "rcl64 63 in0x2", 0x2, 0x0D5, rcl rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 64
    RUN "rcl64 64 in0x8d7", 0x8d7, OSZAPC, rcl rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 64
    RUN "rcl64 64 in0x2", 0x2, OSZAPC, rcl rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 255
    RUN "rcl64 255 in0x8d7", 0x8d7, 0x0D5, rcl rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 255
    RUN "rcl64 255 in0x2", 0x2, 0x0D5, rcl rax, cl
    mov rax, 0x1
    mov ecx, 0
    RUN "rcr64 0 in0x8d7", 0x8d7, OSZAPC, rcr rax, cl
    mov rax, 0x1
    mov ecx, 0
    RUN "rcr64 0 in0x2", 0x2, OSZAPC, rcr rax, cl
    mov rax, 0x1
    mov ecx, 1
    RUN "rcr64 1 in0x8d7", 0x8d7, OSZAPC, rcr rax, cl
    mov rax, 0x1
    mov ecx, 1
    RUN "rcr64 1 in0x2", 0x2, OSZAPC, rcr rax, cl
    mov rax, 0x1
    mov ecx, 2
    RUN "rcr64 2 in0x8d7", 0x8d7, 0x0D5, rcr rax, cl
    mov rax, 0x1
    mov ecx, 2
    RUN "rcr64 2 in0x2", 0x2, 0x0D5, rcr rax, cl
    mov rax, 0x1
    mov ecx, 63
    RUN "rcr64 63 in0x8d7", 0x8d7, 0x0D5, rcr rax, cl
    mov rax, 0x1
    mov ecx, 63
    RUN "rcr64 63 in0x2", 0x2, 0x0D5, rcr rax, cl
    mov rax, 0x1
    mov ecx, 64
    RUN "rcr64 64 in0x8d7", 0x8d7, OSZAPC, rcr rax, cl
    mov rax, 0x1
    mov ecx, 64
    RUN "rcr64 64 in0x2", 0x2, OSZAPC, rcr rax, cl
    mov rax, 0x1
    mov ecx, 65
    RUN "rcr64 65 in0x8d7", 0x8d7, OSZAPC, rcr rax, cl
    mov rax, 0x1
    mov ecx, 65
    RUN "rcr64 65 in0x2", 0x2, OSZAPC, rcr rax, cl
    mov rax, 0x1
    mov ecx, 31
    RUN "rcr64 31 in0x8d7", 0x8d7, 0x0D5, rcr rax, cl
    mov rax, 0x1
    mov ecx, 31
    RUN "rcr64 31 in0x2", 0x2, 0x0D5, rcr rax, cl
    mov rax, 0x1
    mov ecx, 32
    RUN "rcr64 32 in0x8d7", 0x8d7, 0x0D5, rcr rax, cl
    mov rax, 0x1
    mov ecx, 32
    RUN "rcr64 32 in0x2", 0x2, 0x0D5, rcr rax, cl
    mov rax, 0x1
    mov ecx, 33
    RUN "rcr64 33 in0x8d7", 0x8d7, 0x0D5, rcr rax, cl
    mov rax, 0x1
    mov ecx, 33
    RUN "rcr64 33 in0x2", 0x2, 0x0D5, rcr rax, cl
    mov rax, 0x1
    mov ecx, 63
    RUN "rcr64 63 in0x8d7", 0x8d7, 0x0D5, rcr rax, cl
    mov rax, 0x1
    mov ecx, 63
    RUN "rcr64 63 in0x2", 0x2, 0x0D5, rcr rax, cl
    mov rax, 0x1
    mov ecx, 64
    RUN "rcr64 64 in0x8d7", 0x8d7, OSZAPC, rcr rax, cl
    mov rax, 0x1
    mov ecx, 64
    RUN "rcr64 64 in0x2", 0x2, OSZAPC, rcr rax, cl
    mov rax, 0x1
    mov ecx, 255
    RUN "rcr64 255 in0x8d7", 0x8d7, 0x0D5, rcr rax, cl
    mov rax, 0x1
    mov ecx, 255
    RUN "rcr64 255 in0x2", 0x2, 0x0D5, rcr rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 0
    RUN "rcr64 0 in0x8d7", 0x8d7, OSZAPC, rcr rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 0
    RUN "rcr64 0 in0x2", 0x2, OSZAPC, rcr rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 1
    RUN "rcr64 1 in0x8d7", 0x8d7, OSZAPC, rcr rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 1
    RUN "rcr64 1 in0x2", 0x2, OSZAPC, rcr rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 2
    RUN "rcr64 2 in0x8d7", 0x8d7, 0x0D5, rcr rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 2
    RUN "rcr64 2 in0x2", 0x2, 0x0D5, rcr rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 63
    RUN "rcr64 63 in0x8d7", 0x8d7, 0x0D5, rcr rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 63
    RUN "rcr64 63 in0x2", 0x2, 0x0D5, rcr rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 64
    RUN "rcr64 64 in0x8d7", 0x8d7, OSZAPC, rcr rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 64
    RUN "rcr64 64 in0x2", 0x2, OSZAPC, rcr rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 65
    RUN "rcr64 65 in0x8d7", 0x8d7, OSZAPC, rcr rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 65
    RUN "rcr64 65 in0x2", 0x2, OSZAPC, rcr rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 31
    RUN "rcr64 31 in0x8d7", 0x8d7, 0x0D5, rcr rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 31
    RUN "rcr64 31 in0x2", 0x2, 0x0D5, rcr rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 32
    RUN "rcr64 32 in0x8d7", 0x8d7, 0x0D5, rcr rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 32
    RUN "rcr64 32 in0x2", 0x2, 0x0D5, rcr rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 33
    RUN "rcr64 33 in0x8d7", 0x8d7, 0x0D5, rcr rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 33
    RUN "rcr64 33 in0x2", 0x2, 0x0D5, rcr rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 63
    RUN "rcr64 63 in0x8d7", 0x8d7, 0x0D5, rcr rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 63
    RUN "rcr64 63 in0x2", 0x2, 0x0D5, rcr rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 64
    RUN "rcr64 64 in0x8d7", 0x8d7, OSZAPC, rcr rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 64
    RUN "rcr64 64 in0x2", 0x2, OSZAPC, rcr rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 255
    RUN "rcr64 255 in0x8d7", 0x8d7, 0x0D5, rcr rax, cl
    mov rax, 0x8000000000000000
    mov ecx, 255
    RUN "rcr64 255 in0x2", 0x2, 0x0D5, rcr rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 0
    RUN "rcr64 0 in0x8d7", 0x8d7, OSZAPC, rcr rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 0
    RUN "rcr64 0 in0x2", 0x2, OSZAPC, rcr rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 1
    RUN "rcr64 1 in0x8d7", 0x8d7, OSZAPC, rcr rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 1
    RUN "rcr64 1 in0x2", 0x2, OSZAPC, rcr rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 2
    RUN "rcr64 2 in0x8d7", 0x8d7, 0x0D5, rcr rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 2
    RUN "rcr64 2 in0x2", 0x2, 0x0D5, rcr rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 63
    RUN "rcr64 63 in0x8d7", 0x8d7, 0x0D5, rcr rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 63
    RUN "rcr64 63 in0x2", 0x2, 0x0D5, rcr rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 64
    RUN "rcr64 64 in0x8d7", 0x8d7, OSZAPC, rcr rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 64
    RUN "rcr64 64 in0x2", 0x2, OSZAPC, rcr rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 65
    RUN "rcr64 65 in0x8d7", 0x8d7, OSZAPC, rcr rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 65
    RUN "rcr64 65 in0x2", 0x2, OSZAPC, rcr rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 31
    RUN "rcr64 31 in0x8d7", 0x8d7, 0x0D5, rcr rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 31
    RUN "rcr64 31 in0x2", 0x2, 0x0D5, rcr rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 32
    RUN "rcr64 32 in0x8d7", 0x8d7, 0x0D5, rcr rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 32
    RUN "rcr64 32 in0x2", 0x2, 0x0D5, rcr rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 33
    RUN "rcr64 33 in0x8d7", 0x8d7, 0x0D5, rcr rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 33
    RUN "rcr64 33 in0x2", 0x2, 0x0D5, rcr rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 63
    RUN "rcr64 63 in0x8d7", 0x8d7, 0x0D5, rcr rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 63
    RUN "rcr64 63 in0x2", 0x2, 0x0D5, rcr rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 64
    RUN "rcr64 64 in0x8d7", 0x8d7, OSZAPC, rcr rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 64
    RUN "rcr64 64 in0x2", 0x2, OSZAPC, rcr rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 255
    RUN "rcr64 255 in0x8d7", 0x8d7, 0x0D5, rcr rax, cl
    mov rax, 0xffffffffffffffff
    mov ecx, 255
    RUN "rcr64 255 in0x2", 0x2, 0x0D5, rcr rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 0
    RUN "rcr64 0 in0x8d7", 0x8d7, OSZAPC, rcr rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 0
    RUN "rcr64 0 in0x2", 0x2, OSZAPC, rcr rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 1
    RUN "rcr64 1 in0x8d7", 0x8d7, OSZAPC, rcr rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 1
    RUN "rcr64 1 in0x2", 0x2, OSZAPC, rcr rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 2
    RUN "rcr64 2 in0x8d7", 0x8d7, 0x0D5, rcr rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 2
    RUN "rcr64 2 in0x2", 0x2, 0x0D5, rcr rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 63
    RUN "rcr64 63 in0x8d7", 0x8d7, 0x0D5, rcr rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 63
    RUN "rcr64 63 in0x2", 0x2, 0x0D5, rcr rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 64
    RUN "rcr64 64 in0x8d7", 0x8d7, OSZAPC, rcr rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 64
    RUN "rcr64 64 in0x2", 0x2, OSZAPC, rcr rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 65
    RUN "rcr64 65 in0x8d7", 0x8d7, OSZAPC, rcr rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 65
    RUN "rcr64 65 in0x2", 0x2, OSZAPC, rcr rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 31
    RUN "rcr64 31 in0x8d7", 0x8d7, 0x0D5, rcr rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 31
    RUN "rcr64 31 in0x2", 0x2, 0x0D5, rcr rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 32
    RUN "rcr64 32 in0x8d7", 0x8d7, 0x0D5, rcr rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 32
    RUN "rcr64 32 in0x2", 0x2, 0x0D5, rcr rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 33
    RUN "rcr64 33 in0x8d7", 0x8d7, 0x0D5, rcr rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 33
    RUN "rcr64 33 in0x2", 0x2, 0x0D5, rcr rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 63
    RUN "rcr64 63 in0x8d7", 0x8d7, 0x0D5, rcr rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 63
    RUN "rcr64 63 in0x2", 0x2, 0x0D5, rcr rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 64
    RUN "rcr64 64 in0x8d7", 0x8d7, OSZAPC, rcr rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 64
    RUN "rcr64 64 in0x2", 0x2, OSZAPC, rcr rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 255
    RUN "rcr64 255 in0x8d7", 0x8d7, 0x0D5, rcr rax, cl
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov ecx, 255
    RUN "rcr64 255 in0x2", 0x2, 0x0D5, rcr rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 0
    RUN "rcr64 0 in0x8d7", 0x8d7, OSZAPC, rcr rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 0
    RUN "rcr64 0 in0x2", 0x2, OSZAPC, rcr rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 1
    RUN "rcr64 1 in0x8d7", 0x8d7, OSZAPC, rcr rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 1
    RUN "rcr64 1 in0x2", 0x2, OSZAPC, rcr rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 2
    RUN "rcr64 2 in0x8d7", 0x8d7, 0x0D5, rcr rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 2
    RUN "rcr64 2 in0x2", 0x2, 0x0D5, rcr rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 63
    RUN "rcr64 63 in0x8d7", 0x8d7, 0x0D5, rcr rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 63
    RUN "rcr64 63 in0x2", 0x2, 0x0D5, rcr rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 64
    RUN "rcr64 64 in0x8d7", 0x8d7, OSZAPC, rcr rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 64
    RUN "rcr64 64 in0x2", 0x2, OSZAPC, rcr rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 65
    RUN "rcr64 65 in0x8d7", 0x8d7, OSZAPC, rcr rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 65
    RUN "rcr64 65 in0x2", 0x2, OSZAPC, rcr rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 31
    RUN "rcr64 31 in0x8d7", 0x8d7, 0x0D5, rcr rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 31
    RUN "rcr64 31 in0x2", 0x2, 0x0D5, rcr rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 32
    RUN "rcr64 32 in0x8d7", 0x8d7, 0x0D5, rcr rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 32
    RUN "rcr64 32 in0x2", 0x2, 0x0D5, rcr rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 33
    RUN "rcr64 33 in0x8d7", 0x8d7, 0x0D5, rcr rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 33
    RUN "rcr64 33 in0x2", 0x2, 0x0D5, rcr rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 63
    RUN "rcr64 63 in0x8d7", 0x8d7, 0x0D5, rcr rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 63
    RUN "rcr64 63 in0x2", 0x2, 0x0D5, rcr rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 64
    RUN "rcr64 64 in0x8d7", 0x8d7, OSZAPC, rcr rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 64
    RUN "rcr64 64 in0x2", 0x2, OSZAPC, rcr rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 255
    RUN "rcr64 255 in0x8d7", 0x8d7, 0x0D5, rcr rax, cl
    mov rax, 0x8000000000000001
    mov ecx, 255
    RUN "rcr64 255 in0x2", 0x2, 0x0D5, rcr rax, cl
    mov rax, 0x8000000000000001
    mov rbx, 0x123456789abcdef0
    mov ecx, 0
    RUN "shld64 0", 0x8d7, OSZAPC, shld rax, rbx, cl
    mov rax, 0x8000000000000001
    mov rbx, 0x123456789abcdef0
    mov ecx, 1
    RUN "shld64 1", 0x8d7, OSZPC, shld rax, rbx, cl
    mov rax, 0x8000000000000001
    mov rbx, 0x123456789abcdef0
    mov ecx, 2
    RUN "shld64 2", 0x8d7, SZPC, shld rax, rbx, cl
    mov rax, 0x8000000000000001
    mov rbx, 0x123456789abcdef0
    mov ecx, 32
    RUN "shld64 32", 0x8d7, SZPC, shld rax, rbx, cl
    mov rax, 0x8000000000000001
    mov rbx, 0x123456789abcdef0
    mov ecx, 63
    RUN "shld64 63", 0x8d7, SZPC, shld rax, rbx, cl
    mov rax, 0x8000000000000001
    mov rbx, 0x123456789abcdef0
    mov ecx, 33
    RUN "shld64 33", 0x8d7, SZPC, shld rax, rbx, cl
    mov rax, 0x8000000000000001
    mov rbx, 0x123456789abcdef0
    mov ecx, 63
    RUN "shld64 63", 0x8d7, SZPC, shld rax, rbx, cl
    mov rax, 0x0
    mov rbx, 0xffffffffffffffff
    mov ecx, 0
    RUN "shld64 0", 0x8d7, OSZAPC, shld rax, rbx, cl
    mov rax, 0x0
    mov rbx, 0xffffffffffffffff
    mov ecx, 1
    RUN "shld64 1", 0x8d7, OSZPC, shld rax, rbx, cl
    mov rax, 0x0
    mov rbx, 0xffffffffffffffff
    mov ecx, 2
    RUN "shld64 2", 0x8d7, SZPC, shld rax, rbx, cl
    mov rax, 0x0
    mov rbx, 0xffffffffffffffff
    mov ecx, 32
    RUN "shld64 32", 0x8d7, SZPC, shld rax, rbx, cl
    mov rax, 0x0
    mov rbx, 0xffffffffffffffff
    mov ecx, 63
    RUN "shld64 63", 0x8d7, SZPC, shld rax, rbx, cl
    mov rax, 0x0
    mov rbx, 0xffffffffffffffff
    mov ecx, 33
    RUN "shld64 33", 0x8d7, SZPC, shld rax, rbx, cl
    mov rax, 0x0
    mov rbx, 0xffffffffffffffff
    mov ecx, 63
    RUN "shld64 63", 0x8d7, SZPC, shld rax, rbx, cl
    mov rax, 0x5555555555555555
    mov rbx, 0x0
    mov ecx, 0
    RUN "shld64 0", 0x8d7, OSZAPC, shld rax, rbx, cl
    mov rax, 0x5555555555555555
    mov rbx, 0x0
    mov ecx, 1
    RUN "shld64 1", 0x8d7, OSZPC, shld rax, rbx, cl
    mov rax, 0x5555555555555555
    mov rbx, 0x0
    mov ecx, 2
    RUN "shld64 2", 0x8d7, SZPC, shld rax, rbx, cl
    mov rax, 0x5555555555555555
    mov rbx, 0x0
    mov ecx, 32
    RUN "shld64 32", 0x8d7, SZPC, shld rax, rbx, cl
    mov rax, 0x5555555555555555
    mov rbx, 0x0
    mov ecx, 63
    RUN "shld64 63", 0x8d7, SZPC, shld rax, rbx, cl
    mov rax, 0x5555555555555555
    mov rbx, 0x0
    mov ecx, 33
    RUN "shld64 33", 0x8d7, SZPC, shld rax, rbx, cl
    mov rax, 0x5555555555555555
    mov rbx, 0x0
    mov ecx, 63
    RUN "shld64 63", 0x8d7, SZPC, shld rax, rbx, cl
    mov rax, 0x8000000000000001
    mov rbx, 0x123456789abcdef0
    mov ecx, 0
    RUN "shrd64 0", 0x8d7, OSZAPC, shrd rax, rbx, cl
    mov rax, 0x8000000000000001
    mov rbx, 0x123456789abcdef0
    mov ecx, 1
    RUN "shrd64 1", 0x8d7, OSZPC, shrd rax, rbx, cl
    mov rax, 0x8000000000000001
    mov rbx, 0x123456789abcdef0
    mov ecx, 2
    RUN "shrd64 2", 0x8d7, SZPC, shrd rax, rbx, cl
    mov rax, 0x8000000000000001
    mov rbx, 0x123456789abcdef0
    mov ecx, 32
    RUN "shrd64 32", 0x8d7, SZPC, shrd rax, rbx, cl
    mov rax, 0x8000000000000001
    mov rbx, 0x123456789abcdef0
    mov ecx, 63
    RUN "shrd64 63", 0x8d7, SZPC, shrd rax, rbx, cl
    mov rax, 0x8000000000000001
    mov rbx, 0x123456789abcdef0
    mov ecx, 33
    RUN "shrd64 33", 0x8d7, SZPC, shrd rax, rbx, cl
    mov rax, 0x8000000000000001
    mov rbx, 0x123456789abcdef0
    mov ecx, 63
    RUN "shrd64 63", 0x8d7, SZPC, shrd rax, rbx, cl
    mov rax, 0x0
    mov rbx, 0xffffffffffffffff
    mov ecx, 0
    RUN "shrd64 0", 0x8d7, OSZAPC, shrd rax, rbx, cl
    mov rax, 0x0
    mov rbx, 0xffffffffffffffff
    mov ecx, 1
    RUN "shrd64 1", 0x8d7, OSZPC, shrd rax, rbx, cl
    mov rax, 0x0
    mov rbx, 0xffffffffffffffff
    mov ecx, 2
    RUN "shrd64 2", 0x8d7, SZPC, shrd rax, rbx, cl
    mov rax, 0x0
    mov rbx, 0xffffffffffffffff
    mov ecx, 32
    RUN "shrd64 32", 0x8d7, SZPC, shrd rax, rbx, cl
    mov rax, 0x0
    mov rbx, 0xffffffffffffffff
    mov ecx, 63
    RUN "shrd64 63", 0x8d7, SZPC, shrd rax, rbx, cl
    mov rax, 0x0
    mov rbx, 0xffffffffffffffff
    mov ecx, 33
    RUN "shrd64 33", 0x8d7, SZPC, shrd rax, rbx, cl
    mov rax, 0x0
    mov rbx, 0xffffffffffffffff
    mov ecx, 63
    RUN "shrd64 63", 0x8d7, SZPC, shrd rax, rbx, cl
    mov rax, 0x5555555555555555
    mov rbx, 0x0
    mov ecx, 0
    RUN "shrd64 0", 0x8d7, OSZAPC, shrd rax, rbx, cl
    mov rax, 0x5555555555555555
    mov rbx, 0x0
    mov ecx, 1
    RUN "shrd64 1", 0x8d7, OSZPC, shrd rax, rbx, cl
    mov rax, 0x5555555555555555
    mov rbx, 0x0
    mov ecx, 2
    RUN "shrd64 2", 0x8d7, SZPC, shrd rax, rbx, cl
    mov rax, 0x5555555555555555
    mov rbx, 0x0
    mov ecx, 32
    RUN "shrd64 32", 0x8d7, SZPC, shrd rax, rbx, cl
    mov rax, 0x5555555555555555
    mov rbx, 0x0
    mov ecx, 63
    RUN "shrd64 63", 0x8d7, SZPC, shrd rax, rbx, cl
    mov rax, 0x5555555555555555
    mov rbx, 0x0
    mov ecx, 33
    RUN "shrd64 33", 0x8d7, SZPC, shrd rax, rbx, cl
    mov rax, 0x5555555555555555
    mov rbx, 0x0
    mov ecx, 63
    RUN "shrd64 63", 0x8d7, SZPC, shrd rax, rbx, cl
    mov rax, 0x8000000000000001
    mov rbx, 0x0fedcba987654321
    mov [rel scratch], rax
    RUN "shl rax, 1", 0x3, OSZPC, shl rax, 1
    PRINT "  mem: "
    push rax
    mov rax, [rel scratch]
    mov r8d, 10
    call print_hex
    pop rax
    mov rax, 0x7edcba9876543210
    mov rbx, 0x0fedcba987654321
    mov [rel scratch], rax
    RUN "shl rax, 1", 0x3, OSZPC, shl rax, 1
    PRINT "  mem: "
    push rax
    mov rax, [rel scratch]
    mov r8d, 10
    call print_hex
    pop rax
    mov rax, 0x8000000000000001
    mov rbx, 0x0fedcba987654321
    mov [rel scratch], rax
    RUN "shr eax, 1", 0x3, OSZPC, shr eax, 1
    PRINT "  mem: "
    push rax
    mov rax, [rel scratch]
    mov r8d, 10
    call print_hex
    pop rax
    mov rax, 0x7edcba9876543210
    mov rbx, 0x0fedcba987654321
    mov [rel scratch], rax
    RUN "shr eax, 1", 0x3, OSZPC, shr eax, 1
    PRINT "  mem: "
    push rax
    mov rax, [rel scratch]
    mov r8d, 10
    call print_hex
    pop rax
    mov rax, 0x8000000000000001
    mov rbx, 0x0fedcba987654321
    mov [rel scratch], rax
    RUN "sar ax, 1", 0x3, OSZPC, sar ax, 1
    PRINT "  mem: "
    push rax
    mov rax, [rel scratch]
    mov r8d, 10
    call print_hex
    pop rax
    mov rax, 0x7edcba9876543210
    mov rbx, 0x0fedcba987654321
    mov [rel scratch], rax
    RUN "sar ax, 1", 0x3, OSZPC, sar ax, 1
    PRINT "  mem: "
    push rax
    mov rax, [rel scratch]
    mov r8d, 10
    call print_hex
    pop rax
    mov rax, 0x8000000000000001
    mov rbx, 0x0fedcba987654321
    mov [rel scratch], rax
    RUN "rol rax, 1", 0x3, OSZAPC, rol rax, 1
    PRINT "  mem: "
    push rax
    mov rax, [rel scratch]
    mov r8d, 10
    call print_hex
    pop rax
    mov rax, 0x7edcba9876543210
    mov rbx, 0x0fedcba987654321
    mov [rel scratch], rax
    RUN "rol rax, 1", 0x3, OSZAPC, rol rax, 1
    PRINT "  mem: "
    push rax
    mov rax, [rel scratch]
    mov r8d, 10
    call print_hex
    pop rax
    mov rax, 0x8000000000000001
    mov rbx, 0x0fedcba987654321
    mov [rel scratch], rax
    RUN "ror al, 1", 0x3, OSZAPC, ror al, 1
    PRINT "  mem: "
    push rax
    mov rax, [rel scratch]
    mov r8d, 10
    call print_hex
    pop rax
    mov rax, 0x7edcba9876543210
    mov rbx, 0x0fedcba987654321
    mov [rel scratch], rax
    RUN "ror al, 1", 0x3, OSZAPC, ror al, 1
    PRINT "  mem: "
    push rax
    mov rax, [rel scratch]
    mov r8d, 10
    call print_hex
    pop rax
    mov rax, 0x8000000000000001
    mov rbx, 0x0fedcba987654321
    mov [rel scratch], rax
    RUN "rcl eax, 1", 0x3, OSZAPC, rcl eax, 1
    PRINT "  mem: "
    push rax
    mov rax, [rel scratch]
    mov r8d, 10
    call print_hex
    pop rax
    mov rax, 0x7edcba9876543210
    mov rbx, 0x0fedcba987654321
    mov [rel scratch], rax
    RUN "rcl eax, 1", 0x3, OSZAPC, rcl eax, 1
    PRINT "  mem: "
    push rax
    mov rax, [rel scratch]
    mov r8d, 10
    call print_hex
    pop rax
    mov rax, 0x8000000000000001
    mov rbx, 0x0fedcba987654321
    mov [rel scratch], rax
    RUN "rcr rax, 1", 0x3, OSZAPC, rcr rax, 1
    PRINT "  mem: "
    push rax
    mov rax, [rel scratch]
    mov r8d, 10
    call print_hex
    pop rax
    mov rax, 0x7edcba9876543210
    mov rbx, 0x0fedcba987654321
    mov [rel scratch], rax
    RUN "rcr rax, 1", 0x3, OSZAPC, rcr rax, 1
    PRINT "  mem: "
    push rax
    mov rax, [rel scratch]
    mov r8d, 10
    call print_hex
    pop rax
    mov rax, 0x8000000000000001
    mov rbx, 0x0fedcba987654321
    mov [rel scratch], rax
    RUN "shl rax, 4", 0x3, SZPC, shl rax, 4
    PRINT "  mem: "
    push rax
    mov rax, [rel scratch]
    mov r8d, 10
    call print_hex
    pop rax
    mov rax, 0x7edcba9876543210
    mov rbx, 0x0fedcba987654321
    mov [rel scratch], rax
    RUN "shl rax, 4", 0x3, SZPC, shl rax, 4
    PRINT "  mem: "
    push rax
    mov rax, [rel scratch]
    mov r8d, 10
    call print_hex
    pop rax
    mov rax, 0x8000000000000001
    mov rbx, 0x0fedcba987654321
    mov [rel scratch], rax
    RUN "sar rax, 63", 0x3, SZPC, sar rax, 63
    PRINT "  mem: "
    push rax
    mov rax, [rel scratch]
    mov r8d, 10
    call print_hex
    pop rax
    mov rax, 0x7edcba9876543210
    mov rbx, 0x0fedcba987654321
    mov [rel scratch], rax
    RUN "sar rax, 63", 0x3, SZPC, sar rax, 63
    PRINT "  mem: "
    push rax
    mov rax, [rel scratch]
    mov r8d, 10
    call print_hex
    pop rax
    mov rax, 0x8000000000000001
    mov rbx, 0x0fedcba987654321
    mov [rel scratch], rax
    RUN "ror rax, 13", 0x3, 0x0D5, ror rax, 13
    PRINT "  mem: "
    push rax
    mov rax, [rel scratch]
    mov r8d, 10
    call print_hex
    pop rax
    mov rax, 0x7edcba9876543210
    mov rbx, 0x0fedcba987654321
    mov [rel scratch], rax
    RUN "ror rax, 13", 0x3, 0x0D5, ror rax, 13
    PRINT "  mem: "
    push rax
    mov rax, [rel scratch]
    mov r8d, 10
    call print_hex
    pop rax
    mov rax, 0x8000000000000001
    mov rbx, 0x0fedcba987654321
    mov [rel scratch], rax
    RUN "shld rax, rbx, 12", 0x3, SZPC, shld rax, rbx, 12
    PRINT "  mem: "
    push rax
    mov rax, [rel scratch]
    mov r8d, 10
    call print_hex
    pop rax
    mov rax, 0x7edcba9876543210
    mov rbx, 0x0fedcba987654321
    mov [rel scratch], rax
    RUN "shld rax, rbx, 12", 0x3, SZPC, shld rax, rbx, 12
    PRINT "  mem: "
    push rax
    mov rax, [rel scratch]
    mov r8d, 10
    call print_hex
    pop rax
    mov rax, 0x8000000000000001
    mov rbx, 0x0fedcba987654321
    mov [rel scratch], rax
    RUN "shrd eax, ebx, 31", 0x3, SZPC, shrd eax, ebx, 31
    PRINT "  mem: "
    push rax
    mov rax, [rel scratch]
    mov r8d, 10
    call print_hex
    pop rax
    mov rax, 0x7edcba9876543210
    mov rbx, 0x0fedcba987654321
    mov [rel scratch], rax
    RUN "shrd eax, ebx, 31", 0x3, SZPC, shrd eax, ebx, 31
    PRINT "  mem: "
    push rax
    mov rax, [rel scratch]
    mov r8d, 10
    call print_hex
    pop rax
    mov rax, 0x8000000000000001
    mov rbx, 0x0fedcba987654321
    mov [rel scratch], rax
    RUN "shl byte [rel scratch], 3", 0x3, SZPC, shl byte [rel scratch], 3
    PRINT "  mem: "
    push rax
    mov rax, [rel scratch]
    mov r8d, 10
    call print_hex
    pop rax
    mov rax, 0x7edcba9876543210
    mov rbx, 0x0fedcba987654321
    mov [rel scratch], rax
    RUN "shl byte [rel scratch], 3", 0x3, SZPC, shl byte [rel scratch], 3
    PRINT "  mem: "
    push rax
    mov rax, [rel scratch]
    mov r8d, 10
    call print_hex
    pop rax
    mov rax, 0x8000000000000001
    mov rbx, 0x0fedcba987654321
    mov [rel scratch], rax
    RUN "rcr word [rel scratch], 1", 0x3, OSZAPC, rcr word [rel scratch], 1
    PRINT "  mem: "
    push rax
    mov rax, [rel scratch]
    mov r8d, 10
    call print_hex
    pop rax
    mov rax, 0x7edcba9876543210
    mov rbx, 0x0fedcba987654321
    mov [rel scratch], rax
    RUN "rcr word [rel scratch], 1", 0x3, OSZAPC, rcr word [rel scratch], 1
    PRINT "  mem: "
    push rax
    mov rax, [rel scratch]
    mov r8d, 10
    call print_hex
    pop rax

section .bss
scratch: resq 2
section .text
    xor edi, edi
    call exit_with
