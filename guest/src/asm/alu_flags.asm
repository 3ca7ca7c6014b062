; ADD/SUB/ADC/SBB/CMP/AND/OR/XOR/TEST/INC/DEC/NEG/NOT at 8, 16, 32 and 64 bits with edge operands:
; results (upper bits show partial-register merging) and OF SF ZF AF PF CF.
; Generated once by a small script and checked in; golden output in alu_flags.expected (native run).
%include "lib.inc"

section .text
global _start
_start:
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeff00
    RUN "add8 cf0", 0x2, OSZAPC, add al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeff01
    RUN "add8 cf0", 0x2, OSZAPC, add al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeff7f
    RUN "add8 cf0", 0x2, OSZAPC, add al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeff80
    RUN "add8 cf0", 0x2, OSZAPC, add al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeffff
    RUN "add8 cf0", 0x2, OSZAPC, add al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeff5a
    RUN "add8 cf0", 0x2, OSZAPC, add al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeff00
    RUN "add8 cf0", 0x2, OSZAPC, add al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeff01
    RUN "add8 cf0", 0x2, OSZAPC, add al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeff7f
    RUN "add8 cf0", 0x2, OSZAPC, add al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeff80
    RUN "add8 cf0", 0x2, OSZAPC, add al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeffff
    RUN "add8 cf0", 0x2, OSZAPC, add al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeff5a
    RUN "add8 cf0", 0x2, OSZAPC, add al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeff00
    RUN "add8 cf0", 0x2, OSZAPC, add al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeff01
    RUN "add8 cf0", 0x2, OSZAPC, add al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeff7f
    RUN "add8 cf0", 0x2, OSZAPC, add al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeff80
    RUN "add8 cf0", 0x2, OSZAPC, add al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeffff
    RUN "add8 cf0", 0x2, OSZAPC, add al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeff5a
    RUN "add8 cf0", 0x2, OSZAPC, add al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeff00
    RUN "add8 cf0", 0x2, OSZAPC, add al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeff01
    RUN "add8 cf0", 0x2, OSZAPC, add al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeff7f
    RUN "add8 cf0", 0x2, OSZAPC, add al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeff80
    RUN "add8 cf0", 0x2, OSZAPC, add al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeffff
    RUN "add8 cf0", 0x2, OSZAPC, add al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeff5a
    RUN "add8 cf0", 0x2, OSZAPC, add al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeff00
    RUN "add8 cf0", 0x2, OSZAPC, add al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeff01
    RUN "add8 cf0", 0x2, OSZAPC, add al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeff7f
    RUN "add8 cf0", 0x2, OSZAPC, add al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeff80
    RUN "add8 cf0", 0x2, OSZAPC, add al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeffff
    RUN "add8 cf0", 0x2, OSZAPC, add al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeff5a
    RUN "add8 cf0", 0x2, OSZAPC, add al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeff00
    RUN "add8 cf0", 0x2, OSZAPC, add al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeff01
    RUN "add8 cf0", 0x2, OSZAPC, add al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeff7f
    RUN "add8 cf0", 0x2, OSZAPC, add al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeff80
    RUN "add8 cf0", 0x2, OSZAPC, add al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeffff
    RUN "add8 cf0", 0x2, OSZAPC, add al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeff5a
    RUN "add8 cf0", 0x2, OSZAPC, add al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeff00
    RUN "sub8 cf0", 0x2, OSZAPC, sub al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeff01
    RUN "sub8 cf0", 0x2, OSZAPC, sub al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeff7f
    RUN "sub8 cf0", 0x2, OSZAPC, sub al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeff80
    RUN "sub8 cf0", 0x2, OSZAPC, sub al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeffff
    RUN "sub8 cf0", 0x2, OSZAPC, sub al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeff5a
    RUN "sub8 cf0", 0x2, OSZAPC, sub al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeff00
    RUN "sub8 cf0", 0x2, OSZAPC, sub al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeff01
    RUN "sub8 cf0", 0x2, OSZAPC, sub al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeff7f
    RUN "sub8 cf0", 0x2, OSZAPC, sub al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeff80
    RUN "sub8 cf0", 0x2, OSZAPC, sub al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeffff
    RUN "sub8 cf0", 0x2, OSZAPC, sub al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeff5a
    RUN "sub8 cf0", 0x2, OSZAPC, sub al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeff00
    RUN "sub8 cf0", 0x2, OSZAPC, sub al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeff01
    RUN "sub8 cf0", 0x2, OSZAPC, sub al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeff7f
    RUN "sub8 cf0", 0x2, OSZAPC, sub al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeff80
    RUN "sub8 cf0", 0x2, OSZAPC, sub al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeffff
    RUN "sub8 cf0", 0x2, OSZAPC, sub al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeff5a
    RUN "sub8 cf0", 0x2, OSZAPC, sub al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeff00
    RUN "sub8 cf0", 0x2, OSZAPC, sub al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeff01
    RUN "sub8 cf0", 0x2, OSZAPC, sub al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeff7f
    RUN "sub8 cf0", 0x2, OSZAPC, sub al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeff80
    RUN "sub8 cf0", 0x2, OSZAPC, sub al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeffff
    RUN "sub8 cf0", 0x2, OSZAPC, sub al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeff5a
    RUN "sub8 cf0", 0x2, OSZAPC, sub al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeff00
    RUN "sub8 cf0", 0x2, OSZAPC, sub al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeff01
    RUN "sub8 cf0", 0x2, OSZAPC, sub al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeff7f
    RUN "sub8 cf0", 0x2, OSZAPC, sub al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeff80
    RUN "sub8 cf0", 0x2, OSZAPC, sub al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeffff
    RUN "sub8 cf0", 0x2, OSZAPC, sub al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeff5a
    RUN "sub8 cf0", 0x2, OSZAPC, sub al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeff00
    RUN "sub8 cf0", 0x2, OSZAPC, sub al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeff01
    RUN "sub8 cf0", 0x2, OSZAPC, sub al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeff7f
    RUN "sub8 cf0", 0x2, OSZAPC, sub al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeff80
    RUN "sub8 cf0", 0x2, OSZAPC, sub al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeffff
    RUN "sub8 cf0", 0x2, OSZAPC, sub al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeff5a
    RUN "sub8 cf0", 0x2, OSZAPC, sub al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeff00
    RUN "adc8 cf1", 0x3, OSZAPC, adc al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeff01
    RUN "adc8 cf1", 0x3, OSZAPC, adc al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeff7f
    RUN "adc8 cf1", 0x3, OSZAPC, adc al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeff80
    RUN "adc8 cf1", 0x3, OSZAPC, adc al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeffff
    RUN "adc8 cf1", 0x3, OSZAPC, adc al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeff5a
    RUN "adc8 cf1", 0x3, OSZAPC, adc al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeff00
    RUN "adc8 cf1", 0x3, OSZAPC, adc al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeff01
    RUN "adc8 cf1", 0x3, OSZAPC, adc al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeff7f
    RUN "adc8 cf1", 0x3, OSZAPC, adc al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeff80
    RUN "adc8 cf1", 0x3, OSZAPC, adc al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeffff
    RUN "adc8 cf1", 0x3, OSZAPC, adc al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeff5a
    RUN "adc8 cf1", 0x3, OSZAPC, adc al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeff00
    RUN "adc8 cf1", 0x3, OSZAPC, adc al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeff01
    RUN "adc8 cf1", 0x3, OSZAPC, adc al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeff7f
    RUN "adc8 cf1", 0x3, OSZAPC, adc al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeff80
    RUN "adc8 cf1", 0x3, OSZAPC, adc al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeffff
    RUN "adc8 cf1", 0x3, OSZAPC, adc al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeff5a
    RUN "adc8 cf1", 0x3, OSZAPC, adc al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeff00
    RUN "adc8 cf1", 0x3, OSZAPC, adc al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeff01
    RUN "adc8 cf1", 0x3, OSZAPC, adc al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeff7f
    RUN "adc8 cf1", 0x3, OSZAPC, adc al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeff80
    RUN "adc8 cf1", 0x3, OSZAPC, adc al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeffff
    RUN "adc8 cf1", 0x3, OSZAPC, adc al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeff5a
    RUN "adc8 cf1", 0x3, OSZAPC, adc al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeff00
    RUN "adc8 cf1", 0x3, OSZAPC, adc al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeff01
    RUN "adc8 cf1", 0x3, OSZAPC, adc al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeff7f
    RUN "adc8 cf1", 0x3, OSZAPC, adc al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeff80
    RUN "adc8 cf1", 0x3, OSZAPC, adc al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeffff
    RUN "adc8 cf1", 0x3, OSZAPC, adc al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeff5a
    RUN "adc8 cf1", 0x3, OSZAPC, adc al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeff00
    RUN "adc8 cf1", 0x3, OSZAPC, adc al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeff01
    RUN "adc8 cf1", 0x3, OSZAPC, adc al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeff7f
    RUN "adc8 cf1", 0x3, OSZAPC, adc al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeff80
    RUN "adc8 cf1", 0x3, OSZAPC, adc al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeffff
    RUN "adc8 cf1", 0x3, OSZAPC, adc al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeff5a
    RUN "adc8 cf1", 0x3, OSZAPC, adc al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeff00
    RUN "adc8 cf0", 0x2, OSZAPC, adc al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeff01
    RUN "adc8 cf0", 0x2, OSZAPC, adc al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeff7f
    RUN "adc8 cf0", 0x2, OSZAPC, adc al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeff80
    RUN "adc8 cf0", 0x2, OSZAPC, adc al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeffff
    RUN "adc8 cf0", 0x2, OSZAPC, adc al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeff5a
    RUN "adc8 cf0", 0x2, OSZAPC, adc al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeff00
    RUN "adc8 cf0", 0x2, OSZAPC, adc al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeff01
    RUN "adc8 cf0", 0x2, OSZAPC, adc al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeff7f
    RUN "adc8 cf0", 0x2, OSZAPC, adc al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeff80
    RUN "adc8 cf0", 0x2, OSZAPC, adc al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeffff
    RUN "adc8 cf0", 0x2, OSZAPC, adc al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeff5a
    RUN "adc8 cf0", 0x2, OSZAPC, adc al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeff00
    RUN "adc8 cf0", 0x2, OSZAPC, adc al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeff01
    RUN "adc8 cf0", 0x2, OSZAPC, adc al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeff7f
    RUN "adc8 cf0", 0x2, OSZAPC, adc al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeff80
    RUN "adc8 cf0", 0x2, OSZAPC, adc al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeffff
    RUN "adc8 cf0", 0x2, OSZAPC, adc al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeff5a
    RUN "adc8 cf0", 0x2, OSZAPC, adc al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeff00
    RUN "adc8 cf0", 0x2, OSZAPC, adc al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeff01
    RUN "adc8 cf0", 0x2, OSZAPC, adc al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeff7f
    RUN "adc8 cf0", 0x2, OSZAPC, adc al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeff80
    RUN "adc8 cf0", 0x2, OSZAPC, adc al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeffff
    RUN "adc8 cf0", 0x2, OSZAPC, adc al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeff5a
    RUN "adc8 cf0", 0x2, OSZAPC, adc al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeff00
    RUN "adc8 cf0", 0x2, OSZAPC, adc al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeff01
    RUN "adc8 cf0", 0x2, OSZAPC, adc al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeff7f
    RUN "adc8 cf0", 0x2, OSZAPC, adc al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeff80
    RUN "adc8 cf0", 0x2, OSZAPC, adc al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeffff
    RUN "adc8 cf0", 0x2, OSZAPC, adc al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeff5a
    RUN "adc8 cf0", 0x2, OSZAPC, adc al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeff00
    RUN "adc8 cf0", 0x2, OSZAPC, adc al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeff01
    RUN "adc8 cf0", 0x2, OSZAPC, adc al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeff7f
    RUN "adc8 cf0", 0x2, OSZAPC, adc al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeff80
    RUN "adc8 cf0", 0x2, OSZAPC, adc al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeffff
    RUN "adc8 cf0", 0x2, OSZAPC, adc al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeff5a
    RUN "adc8 cf0", 0x2, OSZAPC, adc al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeff00
    RUN "sbb8 cf1", 0x3, OSZAPC, sbb al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeff01
    RUN "sbb8 cf1", 0x3, OSZAPC, sbb al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeff7f
    RUN "sbb8 cf1", 0x3, OSZAPC, sbb al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeff80
    RUN "sbb8 cf1", 0x3, OSZAPC, sbb al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeffff
    RUN "sbb8 cf1", 0x3, OSZAPC, sbb al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeff5a
    RUN "sbb8 cf1", 0x3, OSZAPC, sbb al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeff00
    RUN "sbb8 cf1", 0x3, OSZAPC, sbb al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeff01
    RUN "sbb8 cf1", 0x3, OSZAPC, sbb al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeff7f
    RUN "sbb8 cf1", 0x3, OSZAPC, sbb al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeff80
    RUN "sbb8 cf1", 0x3, OSZAPC, sbb al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeffff
    RUN "sbb8 cf1", 0x3, OSZAPC, sbb al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeff5a
    RUN "sbb8 cf1", 0x3, OSZAPC, sbb al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeff00
    RUN "sbb8 cf1", 0x3, OSZAPC, sbb al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeff01
    RUN "sbb8 cf1", 0x3, OSZAPC, sbb al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeff7f
    RUN "sbb8 cf1", 0x3, OSZAPC, sbb al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeff80
    RUN "sbb8 cf1", 0x3, OSZAPC, sbb al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeffff
    RUN "sbb8 cf1", 0x3, OSZAPC, sbb al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeff5a
    RUN "sbb8 cf1", 0x3, OSZAPC, sbb al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeff00
    RUN "sbb8 cf1", 0x3, OSZAPC, sbb al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeff01
    RUN "sbb8 cf1", 0x3, OSZAPC, sbb al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeff7f
    RUN "sbb8 cf1", 0x3, OSZAPC, sbb al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeff80
    RUN "sbb8 cf1", 0x3, OSZAPC, sbb al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeffff
    RUN "sbb8 cf1", 0x3, OSZAPC, sbb al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeff5a
    RUN "sbb8 cf1", 0x3, OSZAPC, sbb al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeff00
    RUN "sbb8 cf1", 0x3, OSZAPC, sbb al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeff01
    RUN "sbb8 cf1", 0x3, OSZAPC, sbb al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeff7f
    RUN "sbb8 cf1", 0x3, OSZAPC, sbb al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeff80
    RUN "sbb8 cf1", 0x3, OSZAPC, sbb al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeffff
    RUN "sbb8 cf1", 0x3, OSZAPC, sbb al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeff5a
    RUN "sbb8 cf1", 0x3, OSZAPC, sbb al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeff00
    RUN "sbb8 cf1", 0x3, OSZAPC, sbb al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeff01
    RUN "sbb8 cf1", 0x3, OSZAPC, sbb al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeff7f
    RUN "sbb8 cf1", 0x3, OSZAPC, sbb al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeff80
    RUN "sbb8 cf1", 0x3, OSZAPC, sbb al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeffff
    RUN "sbb8 cf1", 0x3, OSZAPC, sbb al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeff5a
    RUN "sbb8 cf1", 0x3, OSZAPC, sbb al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeff00
    RUN "sbb8 cf0", 0x2, OSZAPC, sbb al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeff01
    RUN "sbb8 cf0", 0x2, OSZAPC, sbb al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeff7f
    RUN "sbb8 cf0", 0x2, OSZAPC, sbb al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeff80
    RUN "sbb8 cf0", 0x2, OSZAPC, sbb al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeffff
    RUN "sbb8 cf0", 0x2, OSZAPC, sbb al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeff5a
    RUN "sbb8 cf0", 0x2, OSZAPC, sbb al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeff00
    RUN "sbb8 cf0", 0x2, OSZAPC, sbb al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeff01
    RUN "sbb8 cf0", 0x2, OSZAPC, sbb al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeff7f
    RUN "sbb8 cf0", 0x2, OSZAPC, sbb al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeff80
    RUN "sbb8 cf0", 0x2, OSZAPC, sbb al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeffff
    RUN "sbb8 cf0", 0x2, OSZAPC, sbb al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeff5a
    RUN "sbb8 cf0", 0x2, OSZAPC, sbb al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeff00
    RUN "sbb8 cf0", 0x2, OSZAPC, sbb al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeff01
    RUN "sbb8 cf0", 0x2, OSZAPC, sbb al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeff7f
    RUN "sbb8 cf0", 0x2, OSZAPC, sbb al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeff80
    RUN "sbb8 cf0", 0x2, OSZAPC, sbb al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeffff
    RUN "sbb8 cf0", 0x2, OSZAPC, sbb al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeff5a
    RUN "sbb8 cf0", 0x2, OSZAPC, sbb al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeff00
    RUN "sbb8 cf0", 0x2, OSZAPC, sbb al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeff01
    RUN "sbb8 cf0", 0x2, OSZAPC, sbb al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeff7f
    RUN "sbb8 cf0", 0x2, OSZAPC, sbb al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeff80
    RUN "sbb8 cf0", 0x2, OSZAPC, sbb al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeffff
    RUN "sbb8 cf0", 0x2, OSZAPC, sbb al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeff5a
    RUN "sbb8 cf0", 0x2, OSZAPC, sbb al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeff00
    RUN "sbb8 cf0", 0x2, OSZAPC, sbb al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeff01
    RUN "sbb8 cf0", 0x2, OSZAPC, sbb al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeff7f
    RUN "sbb8 cf0", 0x2, OSZAPC, sbb al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeff80
    RUN "sbb8 cf0", 0x2, OSZAPC, sbb al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeffff
    RUN "sbb8 cf0", 0x2, OSZAPC, sbb al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeff5a
    RUN "sbb8 cf0", 0x2, OSZAPC, sbb al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeff00
    RUN "sbb8 cf0", 0x2, OSZAPC, sbb al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeff01
    RUN "sbb8 cf0", 0x2, OSZAPC, sbb al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeff7f
    RUN "sbb8 cf0", 0x2, OSZAPC, sbb al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeff80
    RUN "sbb8 cf0", 0x2, OSZAPC, sbb al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeffff
    RUN "sbb8 cf0", 0x2, OSZAPC, sbb al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeff5a
    RUN "sbb8 cf0", 0x2, OSZAPC, sbb al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeff00
    RUN "cmp8 cf0", 0x2, OSZAPC, cmp al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeff01
    RUN "cmp8 cf0", 0x2, OSZAPC, cmp al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeff7f
    RUN "cmp8 cf0", 0x2, OSZAPC, cmp al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeff80
    RUN "cmp8 cf0", 0x2, OSZAPC, cmp al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeffff
    RUN "cmp8 cf0", 0x2, OSZAPC, cmp al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeff5a
    RUN "cmp8 cf0", 0x2, OSZAPC, cmp al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeff00
    RUN "cmp8 cf0", 0x2, OSZAPC, cmp al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeff01
    RUN "cmp8 cf0", 0x2, OSZAPC, cmp al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeff7f
    RUN "cmp8 cf0", 0x2, OSZAPC, cmp al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeff80
    RUN "cmp8 cf0", 0x2, OSZAPC, cmp al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeffff
    RUN "cmp8 cf0", 0x2, OSZAPC, cmp al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeff5a
    RUN "cmp8 cf0", 0x2, OSZAPC, cmp al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeff00
    RUN "cmp8 cf0", 0x2, OSZAPC, cmp al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeff01
    RUN "cmp8 cf0", 0x2, OSZAPC, cmp al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeff7f
    RUN "cmp8 cf0", 0x2, OSZAPC, cmp al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeff80
    RUN "cmp8 cf0", 0x2, OSZAPC, cmp al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeffff
    RUN "cmp8 cf0", 0x2, OSZAPC, cmp al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeff5a
    RUN "cmp8 cf0", 0x2, OSZAPC, cmp al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeff00
    RUN "cmp8 cf0", 0x2, OSZAPC, cmp al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeff01
    RUN "cmp8 cf0", 0x2, OSZAPC, cmp al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeff7f
    RUN "cmp8 cf0", 0x2, OSZAPC, cmp al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeff80
    RUN "cmp8 cf0", 0x2, OSZAPC, cmp al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeffff
    RUN "cmp8 cf0", 0x2, OSZAPC, cmp al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeff5a
    RUN "cmp8 cf0", 0x2, OSZAPC, cmp al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeff00
    RUN "cmp8 cf0", 0x2, OSZAPC, cmp al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeff01
    RUN "cmp8 cf0", 0x2, OSZAPC, cmp al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeff7f
    RUN "cmp8 cf0", 0x2, OSZAPC, cmp al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeff80
    RUN "cmp8 cf0", 0x2, OSZAPC, cmp al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeffff
    RUN "cmp8 cf0", 0x2, OSZAPC, cmp al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeff5a
    RUN "cmp8 cf0", 0x2, OSZAPC, cmp al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeff00
    RUN "cmp8 cf0", 0x2, OSZAPC, cmp al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeff01
    RUN "cmp8 cf0", 0x2, OSZAPC, cmp al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeff7f
    RUN "cmp8 cf0", 0x2, OSZAPC, cmp al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeff80
    RUN "cmp8 cf0", 0x2, OSZAPC, cmp al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeffff
    RUN "cmp8 cf0", 0x2, OSZAPC, cmp al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeff5a
    RUN "cmp8 cf0", 0x2, OSZAPC, cmp al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeff00
    RUN "and8 cf1", 0x3, OSZPC, and al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeff01
    RUN "and8 cf1", 0x3, OSZPC, and al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeff7f
    RUN "and8 cf1", 0x3, OSZPC, and al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeff80
    RUN "and8 cf1", 0x3, OSZPC, and al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeffff
    RUN "and8 cf1", 0x3, OSZPC, and al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeff5a
    RUN "and8 cf1", 0x3, OSZPC, and al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeff00
    RUN "and8 cf1", 0x3, OSZPC, and al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeff01
    RUN "and8 cf1", 0x3, OSZPC, and al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeff7f
    RUN "and8 cf1", 0x3, OSZPC, and al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeff80
    RUN "and8 cf1", 0x3, OSZPC, and al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeffff
    RUN "and8 cf1", 0x3, OSZPC, and al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeff5a
    RUN "and8 cf1", 0x3, OSZPC, and al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeff00
    RUN "and8 cf1", 0x3, OSZPC, and al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeff01
    RUN "and8 cf1", 0x3, OSZPC, and al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeff7f
    RUN "and8 cf1", 0x3, OSZPC, and al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeff80
    RUN "and8 cf1", 0x3, OSZPC, and al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeffff
    RUN "and8 cf1", 0x3, OSZPC, and al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeff5a
    RUN "and8 cf1", 0x3, OSZPC, and al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeff00
    RUN "and8 cf1", 0x3, OSZPC, and al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeff01
    RUN "and8 cf1", 0x3, OSZPC, and al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeff7f
    RUN "and8 cf1", 0x3, OSZPC, and al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeff80
    RUN "and8 cf1", 0x3, OSZPC, and al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeffff
    RUN "and8 cf1", 0x3, OSZPC, and al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeff5a
    RUN "and8 cf1", 0x3, OSZPC, and al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeff00
    RUN "and8 cf1", 0x3, OSZPC, and al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeff01
    RUN "and8 cf1", 0x3, OSZPC, and al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeff7f
    RUN "and8 cf1", 0x3, OSZPC, and al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeff80
    RUN "and8 cf1", 0x3, OSZPC, and al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeffff
    RUN "and8 cf1", 0x3, OSZPC, and al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeff5a
    RUN "and8 cf1", 0x3, OSZPC, and al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeff00
    RUN "and8 cf1", 0x3, OSZPC, and al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeff01
    RUN "and8 cf1", 0x3, OSZPC, and al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeff7f
    RUN "and8 cf1", 0x3, OSZPC, and al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeff80
    RUN "and8 cf1", 0x3, OSZPC, and al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeffff
    RUN "and8 cf1", 0x3, OSZPC, and al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeff5a
    RUN "and8 cf1", 0x3, OSZPC, and al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeff00
    RUN "or8 cf0", 0x2, OSZPC, or al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeff01
    RUN "or8 cf0", 0x2, OSZPC, or al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeff7f
    RUN "or8 cf0", 0x2, OSZPC, or al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeff80
    RUN "or8 cf0", 0x2, OSZPC, or al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeffff
    RUN "or8 cf0", 0x2, OSZPC, or al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeff5a
    RUN "or8 cf0", 0x2, OSZPC, or al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeff00
    RUN "or8 cf0", 0x2, OSZPC, or al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeff01
    RUN "or8 cf0", 0x2, OSZPC, or al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeff7f
    RUN "or8 cf0", 0x2, OSZPC, or al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeff80
    RUN "or8 cf0", 0x2, OSZPC, or al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeffff
    RUN "or8 cf0", 0x2, OSZPC, or al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeff5a
    RUN "or8 cf0", 0x2, OSZPC, or al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeff00
    RUN "or8 cf0", 0x2, OSZPC, or al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeff01
    RUN "or8 cf0", 0x2, OSZPC, or al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeff7f
    RUN "or8 cf0", 0x2, OSZPC, or al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeff80
    RUN "or8 cf0", 0x2, OSZPC, or al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeffff
    RUN "or8 cf0", 0x2, OSZPC, or al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeff5a
    RUN "or8 cf0", 0x2, OSZPC, or al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeff00
    RUN "or8 cf0", 0x2, OSZPC, or al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeff01
    RUN "or8 cf0", 0x2, OSZPC, or al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeff7f
    RUN "or8 cf0", 0x2, OSZPC, or al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeff80
    RUN "or8 cf0", 0x2, OSZPC, or al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeffff
    RUN "or8 cf0", 0x2, OSZPC, or al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeff5a
    RUN "or8 cf0", 0x2, OSZPC, or al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeff00
    RUN "or8 cf0", 0x2, OSZPC, or al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeff01
    RUN "or8 cf0", 0x2, OSZPC, or al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeff7f
    RUN "or8 cf0", 0x2, OSZPC, or al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeff80
    RUN "or8 cf0", 0x2, OSZPC, or al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeffff
    RUN "or8 cf0", 0x2, OSZPC, or al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeff5a
    RUN "or8 cf0", 0x2, OSZPC, or al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeff00
    RUN "or8 cf0", 0x2, OSZPC, or al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeff01
    RUN "or8 cf0", 0x2, OSZPC, or al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeff7f
    RUN "or8 cf0", 0x2, OSZPC, or al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeff80
    RUN "or8 cf0", 0x2, OSZPC, or al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeffff
    RUN "or8 cf0", 0x2, OSZPC, or al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeff5a
    RUN "or8 cf0", 0x2, OSZPC, or al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeff00
    RUN "xor8 cf1", 0x803, OSZPC, xor al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeff01
    RUN "xor8 cf1", 0x803, OSZPC, xor al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeff7f
    RUN "xor8 cf1", 0x803, OSZPC, xor al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeff80
    RUN "xor8 cf1", 0x803, OSZPC, xor al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeffff
    RUN "xor8 cf1", 0x803, OSZPC, xor al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeff5a
    RUN "xor8 cf1", 0x803, OSZPC, xor al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeff00
    RUN "xor8 cf1", 0x803, OSZPC, xor al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeff01
    RUN "xor8 cf1", 0x803, OSZPC, xor al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeff7f
    RUN "xor8 cf1", 0x803, OSZPC, xor al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeff80
    RUN "xor8 cf1", 0x803, OSZPC, xor al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeffff
    RUN "xor8 cf1", 0x803, OSZPC, xor al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeff5a
    RUN "xor8 cf1", 0x803, OSZPC, xor al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeff00
    RUN "xor8 cf1", 0x803, OSZPC, xor al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeff01
    RUN "xor8 cf1", 0x803, OSZPC, xor al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeff7f
    RUN "xor8 cf1", 0x803, OSZPC, xor al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeff80
    RUN "xor8 cf1", 0x803, OSZPC, xor al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeffff
    RUN "xor8 cf1", 0x803, OSZPC, xor al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeff5a
    RUN "xor8 cf1", 0x803, OSZPC, xor al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeff00
    RUN "xor8 cf1", 0x803, OSZPC, xor al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeff01
    RUN "xor8 cf1", 0x803, OSZPC, xor al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeff7f
    RUN "xor8 cf1", 0x803, OSZPC, xor al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeff80
    RUN "xor8 cf1", 0x803, OSZPC, xor al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeffff
    RUN "xor8 cf1", 0x803, OSZPC, xor al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeff5a
    RUN "xor8 cf1", 0x803, OSZPC, xor al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeff00
    RUN "xor8 cf1", 0x803, OSZPC, xor al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeff01
    RUN "xor8 cf1", 0x803, OSZPC, xor al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeff7f
    RUN "xor8 cf1", 0x803, OSZPC, xor al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeff80
    RUN "xor8 cf1", 0x803, OSZPC, xor al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeffff
    RUN "xor8 cf1", 0x803, OSZPC, xor al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeff5a
    RUN "xor8 cf1", 0x803, OSZPC, xor al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeff00
    RUN "xor8 cf1", 0x803, OSZPC, xor al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeff01
    RUN "xor8 cf1", 0x803, OSZPC, xor al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeff7f
    RUN "xor8 cf1", 0x803, OSZPC, xor al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeff80
    RUN "xor8 cf1", 0x803, OSZPC, xor al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeffff
    RUN "xor8 cf1", 0x803, OSZPC, xor al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeff5a
    RUN "xor8 cf1", 0x803, OSZPC, xor al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeff00
    RUN "test8 cf0", 0x2, OSZPC, test al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeff01
    RUN "test8 cf0", 0x2, OSZPC, test al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeff7f
    RUN "test8 cf0", 0x2, OSZPC, test al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeff80
    RUN "test8 cf0", 0x2, OSZPC, test al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeffff
    RUN "test8 cf0", 0x2, OSZPC, test al, bl
    mov rax, 0x1122334455667700
    mov rbx, 0x99aabbccddeeff5a
    RUN "test8 cf0", 0x2, OSZPC, test al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeff00
    RUN "test8 cf0", 0x2, OSZPC, test al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeff01
    RUN "test8 cf0", 0x2, OSZPC, test al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeff7f
    RUN "test8 cf0", 0x2, OSZPC, test al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeff80
    RUN "test8 cf0", 0x2, OSZPC, test al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeffff
    RUN "test8 cf0", 0x2, OSZPC, test al, bl
    mov rax, 0x1122334455667701
    mov rbx, 0x99aabbccddeeff5a
    RUN "test8 cf0", 0x2, OSZPC, test al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeff00
    RUN "test8 cf0", 0x2, OSZPC, test al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeff01
    RUN "test8 cf0", 0x2, OSZPC, test al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeff7f
    RUN "test8 cf0", 0x2, OSZPC, test al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeff80
    RUN "test8 cf0", 0x2, OSZPC, test al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeffff
    RUN "test8 cf0", 0x2, OSZPC, test al, bl
    mov rax, 0x112233445566777f
    mov rbx, 0x99aabbccddeeff5a
    RUN "test8 cf0", 0x2, OSZPC, test al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeff00
    RUN "test8 cf0", 0x2, OSZPC, test al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeff01
    RUN "test8 cf0", 0x2, OSZPC, test al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeff7f
    RUN "test8 cf0", 0x2, OSZPC, test al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeff80
    RUN "test8 cf0", 0x2, OSZPC, test al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeffff
    RUN "test8 cf0", 0x2, OSZPC, test al, bl
    mov rax, 0x1122334455667780
    mov rbx, 0x99aabbccddeeff5a
    RUN "test8 cf0", 0x2, OSZPC, test al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeff00
    RUN "test8 cf0", 0x2, OSZPC, test al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeff01
    RUN "test8 cf0", 0x2, OSZPC, test al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeff7f
    RUN "test8 cf0", 0x2, OSZPC, test al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeff80
    RUN "test8 cf0", 0x2, OSZPC, test al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeffff
    RUN "test8 cf0", 0x2, OSZPC, test al, bl
    mov rax, 0x11223344556677ff
    mov rbx, 0x99aabbccddeeff5a
    RUN "test8 cf0", 0x2, OSZPC, test al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeff00
    RUN "test8 cf0", 0x2, OSZPC, test al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeff01
    RUN "test8 cf0", 0x2, OSZPC, test al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeff7f
    RUN "test8 cf0", 0x2, OSZPC, test al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeff80
    RUN "test8 cf0", 0x2, OSZPC, test al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeffff
    RUN "test8 cf0", 0x2, OSZPC, test al, bl
    mov rax, 0x112233445566775a
    mov rbx, 0x99aabbccddeeff5a
    RUN "test8 cf0", 0x2, OSZPC, test al, bl
    mov rax, 0x1122334455667700
    RUN "inc8 in0x2", 0x2, OSZAPC, inc al
    mov rax, 0x1122334455667701
    RUN "inc8 in0x2", 0x2, OSZAPC, inc al
    mov rax, 0x112233445566777f
    RUN "inc8 in0x2", 0x2, OSZAPC, inc al
    mov rax, 0x1122334455667780
    RUN "inc8 in0x2", 0x2, OSZAPC, inc al
    mov rax, 0x11223344556677ff
    RUN "inc8 in0x2", 0x2, OSZAPC, inc al
    mov rax, 0x112233445566775a
    RUN "inc8 in0x2", 0x2, OSZAPC, inc al
    mov rax, 0x1122334455667700
    RUN "inc8 in0x8d7", 0x8d7, OSZAPC, inc al
    mov rax, 0x1122334455667701
    RUN "inc8 in0x8d7", 0x8d7, OSZAPC, inc al
    mov rax, 0x112233445566777f
    RUN "inc8 in0x8d7", 0x8d7, OSZAPC, inc al
    mov rax, 0x1122334455667780
    RUN "inc8 in0x8d7", 0x8d7, OSZAPC, inc al
    mov rax, 0x11223344556677ff
    RUN "inc8 in0x8d7", 0x8d7, OSZAPC, inc al
    mov rax, 0x112233445566775a
    RUN "inc8 in0x8d7", 0x8d7, OSZAPC, inc al
    mov rax, 0x1122334455667700
    RUN "dec8 in0x2", 0x2, OSZAPC, dec al
    mov rax, 0x1122334455667701
    RUN "dec8 in0x2", 0x2, OSZAPC, dec al
    mov rax, 0x112233445566777f
    RUN "dec8 in0x2", 0x2, OSZAPC, dec al
    mov rax, 0x1122334455667780
    RUN "dec8 in0x2", 0x2, OSZAPC, dec al
    mov rax, 0x11223344556677ff
    RUN "dec8 in0x2", 0x2, OSZAPC, dec al
    mov rax, 0x112233445566775a
    RUN "dec8 in0x2", 0x2, OSZAPC, dec al
    mov rax, 0x1122334455667700
    RUN "dec8 in0x8d7", 0x8d7, OSZAPC, dec al
    mov rax, 0x1122334455667701
    RUN "dec8 in0x8d7", 0x8d7, OSZAPC, dec al
    mov rax, 0x112233445566777f
    RUN "dec8 in0x8d7", 0x8d7, OSZAPC, dec al
    mov rax, 0x1122334455667780
    RUN "dec8 in0x8d7", 0x8d7, OSZAPC, dec al
    mov rax, 0x11223344556677ff
    RUN "dec8 in0x8d7", 0x8d7, OSZAPC, dec al
    mov rax, 0x112233445566775a
    RUN "dec8 in0x8d7", 0x8d7, OSZAPC, dec al
    mov rax, 0x1122334455667700
    RUN "neg8 in0x2", 0x2, OSZAPC, neg al
    mov rax, 0x1122334455667701
    RUN "neg8 in0x2", 0x2, OSZAPC, neg al
    mov rax, 0x112233445566777f
    RUN "neg8 in0x2", 0x2, OSZAPC, neg al
    mov rax, 0x1122334455667780
    RUN "neg8 in0x2", 0x2, OSZAPC, neg al
    mov rax, 0x11223344556677ff
    RUN "neg8 in0x2", 0x2, OSZAPC, neg al
    mov rax, 0x112233445566775a
    RUN "neg8 in0x2", 0x2, OSZAPC, neg al
    mov rax, 0x1122334455667700
    RUN "neg8 in0x8d7", 0x8d7, OSZAPC, neg al
    mov rax, 0x1122334455667701
    RUN "neg8 in0x8d7", 0x8d7, OSZAPC, neg al
    mov rax, 0x112233445566777f
    RUN "neg8 in0x8d7", 0x8d7, OSZAPC, neg al
    mov rax, 0x1122334455667780
    RUN "neg8 in0x8d7", 0x8d7, OSZAPC, neg al
    mov rax, 0x11223344556677ff
    RUN "neg8 in0x8d7", 0x8d7, OSZAPC, neg al
    mov rax, 0x112233445566775a
    RUN "neg8 in0x8d7", 0x8d7, OSZAPC, neg al
    mov rax, 0x1122334455667700
    RUN "not8 in0x2", 0x2, OSZAPC, not al
    mov rax, 0x1122334455667701
    RUN "not8 in0x2", 0x2, OSZAPC, not al
    mov rax, 0x112233445566777f
    RUN "not8 in0x2", 0x2, OSZAPC, not al
    mov rax, 0x1122334455667780
    RUN "not8 in0x2", 0x2, OSZAPC, not al
    mov rax, 0x11223344556677ff
    RUN "not8 in0x2", 0x2, OSZAPC, not al
    mov rax, 0x112233445566775a
    RUN "not8 in0x2", 0x2, OSZAPC, not al
    mov rax, 0x1122334455667700
    RUN "not8 in0x8d7", 0x8d7, OSZAPC, not al
    mov rax, 0x1122334455667701
    RUN "not8 in0x8d7", 0x8d7, OSZAPC, not al
    mov rax, 0x112233445566777f
    RUN "not8 in0x8d7", 0x8d7, OSZAPC, not al
    mov rax, 0x1122334455667780
    RUN "not8 in0x8d7", 0x8d7, OSZAPC, not al
    mov rax, 0x11223344556677ff
    RUN "not8 in0x8d7", 0x8d7, OSZAPC, not al
    mov rax, 0x112233445566775a
    RUN "not8 in0x8d7", 0x8d7, OSZAPC, not al
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddee0000
    RUN "add16 cf0", 0x2, OSZAPC, add ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddee0001
    RUN "add16 cf0", 0x2, OSZAPC, add ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddee7fff
    RUN "add16 cf0", 0x2, OSZAPC, add ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddee8000
    RUN "add16 cf0", 0x2, OSZAPC, add ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddeeffff
    RUN "add16 cf0", 0x2, OSZAPC, add ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddee5a5a
    RUN "add16 cf0", 0x2, OSZAPC, add ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddee0000
    RUN "add16 cf0", 0x2, OSZAPC, add ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddee0001
    RUN "add16 cf0", 0x2, OSZAPC, add ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddee7fff
    RUN "add16 cf0", 0x2, OSZAPC, add ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddee8000
    RUN "add16 cf0", 0x2, OSZAPC, add ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddeeffff
    RUN "add16 cf0", 0x2, OSZAPC, add ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddee5a5a
    RUN "add16 cf0", 0x2, OSZAPC, add ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddee0000
    RUN "add16 cf0", 0x2, OSZAPC, add ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddee0001
    RUN "add16 cf0", 0x2, OSZAPC, add ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddee7fff
    RUN "add16 cf0", 0x2, OSZAPC, add ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddee8000
    RUN "add16 cf0", 0x2, OSZAPC, add ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddeeffff
    RUN "add16 cf0", 0x2, OSZAPC, add ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddee5a5a
    RUN "add16 cf0", 0x2, OSZAPC, add ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddee0000
    RUN "add16 cf0", 0x2, OSZAPC, add ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddee0001
    RUN "add16 cf0", 0x2, OSZAPC, add ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddee7fff
    RUN "add16 cf0", 0x2, OSZAPC, add ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddee8000
    RUN "add16 cf0", 0x2, OSZAPC, add ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddeeffff
    RUN "add16 cf0", 0x2, OSZAPC, add ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddee5a5a
    RUN "add16 cf0", 0x2, OSZAPC, add ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddee0000
    RUN "add16 cf0", 0x2, OSZAPC, add ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddee0001
    RUN "add16 cf0", 0x2, OSZAPC, add ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddee7fff
    RUN "add16 cf0", 0x2, OSZAPC, add ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddee8000
    RUN "add16 cf0", 0x2, OSZAPC, add ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddeeffff
    RUN "add16 cf0", 0x2, OSZAPC, add ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddee5a5a
    RUN "add16 cf0", 0x2, OSZAPC, add ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddee0000
    RUN "add16 cf0", 0x2, OSZAPC, add ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddee0001
    RUN "add16 cf0", 0x2, OSZAPC, add ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddee7fff
    RUN "add16 cf0", 0x2, OSZAPC, add ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddee8000
    RUN "add16 cf0", 0x2, OSZAPC, add ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddeeffff
    RUN "add16 cf0", 0x2, OSZAPC, add ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddee5a5a
    RUN "add16 cf0", 0x2, OSZAPC, add ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddee0000
    RUN "sub16 cf0", 0x2, OSZAPC, sub ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddee0001
    RUN "sub16 cf0", 0x2, OSZAPC, sub ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddee7fff
    RUN "sub16 cf0", 0x2, OSZAPC, sub ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddee8000
    RUN "sub16 cf0", 0x2, OSZAPC, sub ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddeeffff
    RUN "sub16 cf0", 0x2, OSZAPC, sub ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddee5a5a
    RUN "sub16 cf0", 0x2, OSZAPC, sub ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddee0000
    RUN "sub16 cf0", 0x2, OSZAPC, sub ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddee0001
    RUN "sub16 cf0", 0x2, OSZAPC, sub ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddee7fff
    RUN "sub16 cf0", 0x2, OSZAPC, sub ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddee8000
    RUN "sub16 cf0", 0x2, OSZAPC, sub ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddeeffff
    RUN "sub16 cf0", 0x2, OSZAPC, sub ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddee5a5a
    RUN "sub16 cf0", 0x2, OSZAPC, sub ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddee0000
    RUN "sub16 cf0", 0x2, OSZAPC, sub ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddee0001
    RUN "sub16 cf0", 0x2, OSZAPC, sub ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddee7fff
    RUN "sub16 cf0", 0x2, OSZAPC, sub ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddee8000
    RUN "sub16 cf0", 0x2, OSZAPC, sub ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddeeffff
    RUN "sub16 cf0", 0x2, OSZAPC, sub ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddee5a5a
    RUN "sub16 cf0", 0x2, OSZAPC, sub ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddee0000
    RUN "sub16 cf0", 0x2, OSZAPC, sub ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddee0001
    RUN "sub16 cf0", 0x2, OSZAPC, sub ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddee7fff
    RUN "sub16 cf0", 0x2, OSZAPC, sub ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddee8000
    RUN "sub16 cf0", 0x2, OSZAPC, sub ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddeeffff
    RUN "sub16 cf0", 0x2, OSZAPC, sub ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddee5a5a
    RUN "sub16 cf0", 0x2, OSZAPC, sub ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddee0000
    RUN "sub16 cf0", 0x2, OSZAPC, sub ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddee0001
    RUN "sub16 cf0", 0x2, OSZAPC, sub ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddee7fff
    RUN "sub16 cf0", 0x2, OSZAPC, sub ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddee8000
    RUN "sub16 cf0", 0x2, OSZAPC, sub ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddeeffff
    RUN "sub16 cf0", 0x2, OSZAPC, sub ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddee5a5a
    RUN "sub16 cf0", 0x2, OSZAPC, sub ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddee0000
    RUN "sub16 cf0", 0x2, OSZAPC, sub ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddee0001
    RUN "sub16 cf0", 0x2, OSZAPC, sub ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddee7fff
    RUN "sub16 cf0", 0x2, OSZAPC, sub ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddee8000
    RUN "sub16 cf0", 0x2, OSZAPC, sub ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddeeffff
    RUN "sub16 cf0", 0x2, OSZAPC, sub ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddee5a5a
    RUN "sub16 cf0", 0x2, OSZAPC, sub ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddee0000
    RUN "adc16 cf1", 0x3, OSZAPC, adc ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddee0001
    RUN "adc16 cf1", 0x3, OSZAPC, adc ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddee7fff
    RUN "adc16 cf1", 0x3, OSZAPC, adc ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddee8000
    RUN "adc16 cf1", 0x3, OSZAPC, adc ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddeeffff
    RUN "adc16 cf1", 0x3, OSZAPC, adc ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddee5a5a
    RUN "adc16 cf1", 0x3, OSZAPC, adc ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddee0000
    RUN "adc16 cf1", 0x3, OSZAPC, adc ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddee0001
    RUN "adc16 cf1", 0x3, OSZAPC, adc ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddee7fff
    RUN "adc16 cf1", 0x3, OSZAPC, adc ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddee8000
    RUN "adc16 cf1", 0x3, OSZAPC, adc ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddeeffff
    RUN "adc16 cf1", 0x3, OSZAPC, adc ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddee5a5a
    RUN "adc16 cf1", 0x3, OSZAPC, adc ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddee0000
    RUN "adc16 cf1", 0x3, OSZAPC, adc ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddee0001
    RUN "adc16 cf1", 0x3, OSZAPC, adc ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddee7fff
    RUN "adc16 cf1", 0x3, OSZAPC, adc ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddee8000
    RUN "adc16 cf1", 0x3, OSZAPC, adc ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddeeffff
    RUN "adc16 cf1", 0x3, OSZAPC, adc ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddee5a5a
    RUN "adc16 cf1", 0x3, OSZAPC, adc ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddee0000
    RUN "adc16 cf1", 0x3, OSZAPC, adc ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddee0001
    RUN "adc16 cf1", 0x3, OSZAPC, adc ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddee7fff
    RUN "adc16 cf1", 0x3, OSZAPC, adc ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddee8000
    RUN "adc16 cf1", 0x3, OSZAPC, adc ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddeeffff
    RUN "adc16 cf1", 0x3, OSZAPC, adc ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddee5a5a
    RUN "adc16 cf1", 0x3, OSZAPC, adc ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddee0000
    RUN "adc16 cf1", 0x3, OSZAPC, adc ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddee0001
    RUN "adc16 cf1", 0x3, OSZAPC, adc ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddee7fff
    RUN "adc16 cf1", 0x3, OSZAPC, adc ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddee8000
    RUN "adc16 cf1", 0x3, OSZAPC, adc ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddeeffff
    RUN "adc16 cf1", 0x3, OSZAPC, adc ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddee5a5a
    RUN "adc16 cf1", 0x3, OSZAPC, adc ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddee0000
    RUN "adc16 cf1", 0x3, OSZAPC, adc ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddee0001
    RUN "adc16 cf1", 0x3, OSZAPC, adc ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddee7fff
    RUN "adc16 cf1", 0x3, OSZAPC, adc ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddee8000
    RUN "adc16 cf1", 0x3, OSZAPC, adc ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddeeffff
    RUN "adc16 cf1", 0x3, OSZAPC, adc ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddee5a5a
    RUN "adc16 cf1", 0x3, OSZAPC, adc ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddee0000
    RUN "adc16 cf0", 0x2, OSZAPC, adc ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddee0001
    RUN "adc16 cf0", 0x2, OSZAPC, adc ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddee7fff
    RUN "adc16 cf0", 0x2, OSZAPC, adc ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddee8000
    RUN "adc16 cf0", 0x2, OSZAPC, adc ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddeeffff
    RUN "adc16 cf0", 0x2, OSZAPC, adc ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddee5a5a
    RUN "adc16 cf0", 0x2, OSZAPC, adc ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddee0000
    RUN "adc16 cf0", 0x2, OSZAPC, adc ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddee0001
    RUN "adc16 cf0", 0x2, OSZAPC, adc ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddee7fff
    RUN "adc16 cf0", 0x2, OSZAPC, adc ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddee8000
    RUN "adc16 cf0", 0x2, OSZAPC, adc ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddeeffff
    RUN "adc16 cf0", 0x2, OSZAPC, adc ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddee5a5a
    RUN "adc16 cf0", 0x2, OSZAPC, adc ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddee0000
    RUN "adc16 cf0", 0x2, OSZAPC, adc ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddee0001
    RUN "adc16 cf0", 0x2, OSZAPC, adc ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddee7fff
    RUN "adc16 cf0", 0x2, OSZAPC, adc ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddee8000
    RUN "adc16 cf0", 0x2, OSZAPC, adc ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddeeffff
    RUN "adc16 cf0", 0x2, OSZAPC, adc ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddee5a5a
    RUN "adc16 cf0", 0x2, OSZAPC, adc ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddee0000
    RUN "adc16 cf0", 0x2, OSZAPC, adc ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddee0001
    RUN "adc16 cf0", 0x2, OSZAPC, adc ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddee7fff
    RUN "adc16 cf0", 0x2, OSZAPC, adc ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddee8000
    RUN "adc16 cf0", 0x2, OSZAPC, adc ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddeeffff
    RUN "adc16 cf0", 0x2, OSZAPC, adc ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddee5a5a
    RUN "adc16 cf0", 0x2, OSZAPC, adc ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddee0000
    RUN "adc16 cf0", 0x2, OSZAPC, adc ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddee0001
    RUN "adc16 cf0", 0x2, OSZAPC, adc ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddee7fff
    RUN "adc16 cf0", 0x2, OSZAPC, adc ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddee8000
    RUN "adc16 cf0", 0x2, OSZAPC, adc ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddeeffff
    RUN "adc16 cf0", 0x2, OSZAPC, adc ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddee5a5a
    RUN "adc16 cf0", 0x2, OSZAPC, adc ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddee0000
    RUN "adc16 cf0", 0x2, OSZAPC, adc ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddee0001
    RUN "adc16 cf0", 0x2, OSZAPC, adc ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddee7fff
    RUN "adc16 cf0", 0x2, OSZAPC, adc ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddee8000
    RUN "adc16 cf0", 0x2, OSZAPC, adc ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddeeffff
    RUN "adc16 cf0", 0x2, OSZAPC, adc ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddee5a5a
    RUN "adc16 cf0", 0x2, OSZAPC, adc ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddee0000
    RUN "sbb16 cf1", 0x3, OSZAPC, sbb ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddee0001
    RUN "sbb16 cf1", 0x3, OSZAPC, sbb ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddee7fff
    RUN "sbb16 cf1", 0x3, OSZAPC, sbb ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddee8000
    RUN "sbb16 cf1", 0x3, OSZAPC, sbb ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddeeffff
    RUN "sbb16 cf1", 0x3, OSZAPC, sbb ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddee5a5a
    RUN "sbb16 cf1", 0x3, OSZAPC, sbb ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddee0000
    RUN "sbb16 cf1", 0x3, OSZAPC, sbb ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddee0001
    RUN "sbb16 cf1", 0x3, OSZAPC, sbb ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddee7fff
    RUN "sbb16 cf1", 0x3, OSZAPC, sbb ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddee8000
    RUN "sbb16 cf1", 0x3, OSZAPC, sbb ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddeeffff
    RUN "sbb16 cf1", 0x3, OSZAPC, sbb ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddee5a5a
    RUN "sbb16 cf1", 0x3, OSZAPC, sbb ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddee0000
    RUN "sbb16 cf1", 0x3, OSZAPC, sbb ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddee0001
    RUN "sbb16 cf1", 0x3, OSZAPC, sbb ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddee7fff
    RUN "sbb16 cf1", 0x3, OSZAPC, sbb ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddee8000
    RUN "sbb16 cf1", 0x3, OSZAPC, sbb ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddeeffff
    RUN "sbb16 cf1", 0x3, OSZAPC, sbb ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddee5a5a
    RUN "sbb16 cf1", 0x3, OSZAPC, sbb ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddee0000
    RUN "sbb16 cf1", 0x3, OSZAPC, sbb ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddee0001
    RUN "sbb16 cf1", 0x3, OSZAPC, sbb ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddee7fff
    RUN "sbb16 cf1", 0x3, OSZAPC, sbb ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddee8000
    RUN "sbb16 cf1", 0x3, OSZAPC, sbb ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddeeffff
    RUN "sbb16 cf1", 0x3, OSZAPC, sbb ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddee5a5a
    RUN "sbb16 cf1", 0x3, OSZAPC, sbb ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddee0000
    RUN "sbb16 cf1", 0x3, OSZAPC, sbb ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddee0001
    RUN "sbb16 cf1", 0x3, OSZAPC, sbb ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddee7fff
    RUN "sbb16 cf1", 0x3, OSZAPC, sbb ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddee8000
    RUN "sbb16 cf1", 0x3, OSZAPC, sbb ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddeeffff
    RUN "sbb16 cf1", 0x3, OSZAPC, sbb ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddee5a5a
    RUN "sbb16 cf1", 0x3, OSZAPC, sbb ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddee0000
    RUN "sbb16 cf1", 0x3, OSZAPC, sbb ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddee0001
    RUN "sbb16 cf1", 0x3, OSZAPC, sbb ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddee7fff
    RUN "sbb16 cf1", 0x3, OSZAPC, sbb ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddee8000
    RUN "sbb16 cf1", 0x3, OSZAPC, sbb ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddeeffff
    RUN "sbb16 cf1", 0x3, OSZAPC, sbb ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddee5a5a
    RUN "sbb16 cf1", 0x3, OSZAPC, sbb ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddee0000
    RUN "sbb16 cf0", 0x2, OSZAPC, sbb ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddee0001
    RUN "sbb16 cf0", 0x2, OSZAPC, sbb ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddee7fff
    RUN "sbb16 cf0", 0x2, OSZAPC, sbb ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddee8000
    RUN "sbb16 cf0", 0x2, OSZAPC, sbb ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddeeffff
    RUN "sbb16 cf0", 0x2, OSZAPC, sbb ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddee5a5a
    RUN "sbb16 cf0", 0x2, OSZAPC, sbb ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddee0000
    RUN "sbb16 cf0", 0x2, OSZAPC, sbb ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddee0001
    RUN "sbb16 cf0", 0x2, OSZAPC, sbb ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddee7fff
    RUN "sbb16 cf0", 0x2, OSZAPC, sbb ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddee8000
    RUN "sbb16 cf0", 0x2, OSZAPC, sbb ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddeeffff
    RUN "sbb16 cf0", 0x2, OSZAPC, sbb ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddee5a5a
    RUN "sbb16 cf0", 0x2, OSZAPC, sbb ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddee0000
    RUN "sbb16 cf0", 0x2, OSZAPC, sbb ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddee0001
    RUN "sbb16 cf0", 0x2, OSZAPC, sbb ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddee7fff
    RUN "sbb16 cf0", 0x2, OSZAPC, sbb ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddee8000
    RUN "sbb16 cf0", 0x2, OSZAPC, sbb ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddeeffff
    RUN "sbb16 cf0", 0x2, OSZAPC, sbb ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddee5a5a
    RUN "sbb16 cf0", 0x2, OSZAPC, sbb ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddee0000
    RUN "sbb16 cf0", 0x2, OSZAPC, sbb ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddee0001
    RUN "sbb16 cf0", 0x2, OSZAPC, sbb ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddee7fff
    RUN "sbb16 cf0", 0x2, OSZAPC, sbb ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddee8000
    RUN "sbb16 cf0", 0x2, OSZAPC, sbb ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddeeffff
    RUN "sbb16 cf0", 0x2, OSZAPC, sbb ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddee5a5a
    RUN "sbb16 cf0", 0x2, OSZAPC, sbb ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddee0000
    RUN "sbb16 cf0", 0x2, OSZAPC, sbb ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddee0001
    RUN "sbb16 cf0", 0x2, OSZAPC, sbb ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddee7fff
    RUN "sbb16 cf0", 0x2, OSZAPC, sbb ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddee8000
    RUN "sbb16 cf0", 0x2, OSZAPC, sbb ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddeeffff
    RUN "sbb16 cf0", 0x2, OSZAPC, sbb ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddee5a5a
    RUN "sbb16 cf0", 0x2, OSZAPC, sbb ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddee0000
    RUN "sbb16 cf0", 0x2, OSZAPC, sbb ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddee0001
    RUN "sbb16 cf0", 0x2, OSZAPC, sbb ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddee7fff
    RUN "sbb16 cf0", 0x2, OSZAPC, sbb ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddee8000
    RUN "sbb16 cf0", 0x2, OSZAPC, sbb ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddeeffff
    RUN "sbb16 cf0", 0x2, OSZAPC, sbb ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddee5a5a
    RUN "sbb16 cf0", 0x2, OSZAPC, sbb ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddee0000
    RUN "cmp16 cf0", 0x2, OSZAPC, cmp ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddee0001
    RUN "cmp16 cf0", 0x2, OSZAPC, cmp ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddee7fff
    RUN "cmp16 cf0", 0x2, OSZAPC, cmp ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddee8000
    RUN "cmp16 cf0", 0x2, OSZAPC, cmp ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddeeffff
    RUN "cmp16 cf0", 0x2, OSZAPC, cmp ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddee5a5a
    RUN "cmp16 cf0", 0x2, OSZAPC, cmp ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddee0000
    RUN "cmp16 cf0", 0x2, OSZAPC, cmp ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddee0001
    RUN "cmp16 cf0", 0x2, OSZAPC, cmp ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddee7fff
    RUN "cmp16 cf0", 0x2, OSZAPC, cmp ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddee8000
    RUN "cmp16 cf0", 0x2, OSZAPC, cmp ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddeeffff
    RUN "cmp16 cf0", 0x2, OSZAPC, cmp ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddee5a5a
    RUN "cmp16 cf0", 0x2, OSZAPC, cmp ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddee0000
    RUN "cmp16 cf0", 0x2, OSZAPC, cmp ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddee0001
    RUN "cmp16 cf0", 0x2, OSZAPC, cmp ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddee7fff
    RUN "cmp16 cf0", 0x2, OSZAPC, cmp ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddee8000
    RUN "cmp16 cf0", 0x2, OSZAPC, cmp ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddeeffff
    RUN "cmp16 cf0", 0x2, OSZAPC, cmp ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddee5a5a
    RUN "cmp16 cf0", 0x2, OSZAPC, cmp ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddee0000
    RUN "cmp16 cf0", 0x2, OSZAPC, cmp ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddee0001
    RUN "cmp16 cf0", 0x2, OSZAPC, cmp ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddee7fff
    RUN "cmp16 cf0", 0x2, OSZAPC, cmp ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddee8000
    RUN "cmp16 cf0", 0x2, OSZAPC, cmp ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddeeffff
    RUN "cmp16 cf0", 0x2, OSZAPC, cmp ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddee5a5a
    RUN "cmp16 cf0", 0x2, OSZAPC, cmp ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddee0000
    RUN "cmp16 cf0", 0x2, OSZAPC, cmp ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddee0001
    RUN "cmp16 cf0", 0x2, OSZAPC, cmp ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddee7fff
    RUN "cmp16 cf0", 0x2, OSZAPC, cmp ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddee8000
    RUN "cmp16 cf0", 0x2, OSZAPC, cmp ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddeeffff
    RUN "cmp16 cf0", 0x2, OSZAPC, cmp ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddee5a5a
    RUN "cmp16 cf0", 0x2, OSZAPC, cmp ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddee0000
    RUN "cmp16 cf0", 0x2, OSZAPC, cmp ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddee0001
    RUN "cmp16 cf0", 0x2, OSZAPC, cmp ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddee7fff
    RUN "cmp16 cf0", 0x2, OSZAPC, cmp ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddee8000
    RUN "cmp16 cf0", 0x2, OSZAPC, cmp ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddeeffff
    RUN "cmp16 cf0", 0x2, OSZAPC, cmp ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddee5a5a
    RUN "cmp16 cf0", 0x2, OSZAPC, cmp ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddee0000
    RUN "and16 cf1", 0x3, OSZPC, and ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddee0001
    RUN "and16 cf1", 0x3, OSZPC, and ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddee7fff
    RUN "and16 cf1", 0x3, OSZPC, and ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddee8000
    RUN "and16 cf1", 0x3, OSZPC, and ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddeeffff
    RUN "and16 cf1", 0x3, OSZPC, and ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddee5a5a
    RUN "and16 cf1", 0x3, OSZPC, and ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddee0000
    RUN "and16 cf1", 0x3, OSZPC, and ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddee0001
    RUN "and16 cf1", 0x3, OSZPC, and ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddee7fff
    RUN "and16 cf1", 0x3, OSZPC, and ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddee8000
    RUN "and16 cf1", 0x3, OSZPC, and ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddeeffff
    RUN "and16 cf1", 0x3, OSZPC, and ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddee5a5a
    RUN "and16 cf1", 0x3, OSZPC, and ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddee0000
    RUN "and16 cf1", 0x3, OSZPC, and ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddee0001
    RUN "and16 cf1", 0x3, OSZPC, and ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddee7fff
    RUN "and16 cf1", 0x3, OSZPC, and ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddee8000
    RUN "and16 cf1", 0x3, OSZPC, and ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddeeffff
    RUN "and16 cf1", 0x3, OSZPC, and ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddee5a5a
    RUN "and16 cf1", 0x3, OSZPC, and ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddee0000
    RUN "and16 cf1", 0x3, OSZPC, and ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddee0001
    RUN "and16 cf1", 0x3, OSZPC, and ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddee7fff
    RUN "and16 cf1", 0x3, OSZPC, and ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddee8000
    RUN "and16 cf1", 0x3, OSZPC, and ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddeeffff
    RUN "and16 cf1", 0x3, OSZPC, and ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddee5a5a
    RUN "and16 cf1", 0x3, OSZPC, and ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddee0000
    RUN "and16 cf1", 0x3, OSZPC, and ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddee0001
    RUN "and16 cf1", 0x3, OSZPC, and ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddee7fff
    RUN "and16 cf1", 0x3, OSZPC, and ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddee8000
    RUN "and16 cf1", 0x3, OSZPC, and ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddeeffff
    RUN "and16 cf1", 0x3, OSZPC, and ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddee5a5a
    RUN "and16 cf1", 0x3, OSZPC, and ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddee0000
    RUN "and16 cf1", 0x3, OSZPC, and ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddee0001
    RUN "and16 cf1", 0x3, OSZPC, and ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddee7fff
    RUN "and16 cf1", 0x3, OSZPC, and ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddee8000
    RUN "and16 cf1", 0x3, OSZPC, and ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddeeffff
    RUN "and16 cf1", 0x3, OSZPC, and ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddee5a5a
    RUN "and16 cf1", 0x3, OSZPC, and ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddee0000
    RUN "or16 cf0", 0x2, OSZPC, or ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddee0001
    RUN "or16 cf0", 0x2, OSZPC, or ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddee7fff
    RUN "or16 cf0", 0x2, OSZPC, or ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddee8000
    RUN "or16 cf0", 0x2, OSZPC, or ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddeeffff
    RUN "or16 cf0", 0x2, OSZPC, or ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddee5a5a
    RUN "or16 cf0", 0x2, OSZPC, or ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddee0000
    RUN "or16 cf0", 0x2, OSZPC, or ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddee0001
    RUN "or16 cf0", 0x2, OSZPC, or ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddee7fff
    RUN "or16 cf0", 0x2, OSZPC, or ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddee8000
    RUN "or16 cf0", 0x2, OSZPC, or ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddeeffff
    RUN "or16 cf0", 0x2, OSZPC, or ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddee5a5a
    RUN "or16 cf0", 0x2, OSZPC, or ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddee0000
    RUN "or16 cf0", 0x2, OSZPC, or ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddee0001
    RUN "or16 cf0", 0x2, OSZPC, or ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddee7fff
    RUN "or16 cf0", 0x2, OSZPC, or ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddee8000
    RUN "or16 cf0", 0x2, OSZPC, or ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddeeffff
    RUN "or16 cf0", 0x2, OSZPC, or ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddee5a5a
    RUN "or16 cf0", 0x2, OSZPC, or ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddee0000
    RUN "or16 cf0", 0x2, OSZPC, or ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddee0001
    RUN "or16 cf0", 0x2, OSZPC, or ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddee7fff
    RUN "or16 cf0", 0x2, OSZPC, or ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddee8000
    RUN "or16 cf0", 0x2, OSZPC, or ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddeeffff
    RUN "or16 cf0", 0x2, OSZPC, or ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddee5a5a
    RUN "or16 cf0", 0x2, OSZPC, or ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddee0000
    RUN "or16 cf0", 0x2, OSZPC, or ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddee0001
    RUN "or16 cf0", 0x2, OSZPC, or ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddee7fff
    RUN "or16 cf0", 0x2, OSZPC, or ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddee8000
    RUN "or16 cf0", 0x2, OSZPC, or ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddeeffff
    RUN "or16 cf0", 0x2, OSZPC, or ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddee5a5a
    RUN "or16 cf0", 0x2, OSZPC, or ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddee0000
    RUN "or16 cf0", 0x2, OSZPC, or ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddee0001
    RUN "or16 cf0", 0x2, OSZPC, or ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddee7fff
    RUN "or16 cf0", 0x2, OSZPC, or ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddee8000
    RUN "or16 cf0", 0x2, OSZPC, or ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddeeffff
    RUN "or16 cf0", 0x2, OSZPC, or ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddee5a5a
    RUN "or16 cf0", 0x2, OSZPC, or ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddee0000
    RUN "xor16 cf1", 0x803, OSZPC, xor ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddee0001
    RUN "xor16 cf1", 0x803, OSZPC, xor ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddee7fff
    RUN "xor16 cf1", 0x803, OSZPC, xor ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddee8000
    RUN "xor16 cf1", 0x803, OSZPC, xor ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddeeffff
    RUN "xor16 cf1", 0x803, OSZPC, xor ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddee5a5a
    RUN "xor16 cf1", 0x803, OSZPC, xor ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddee0000
    RUN "xor16 cf1", 0x803, OSZPC, xor ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddee0001
    RUN "xor16 cf1", 0x803, OSZPC, xor ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddee7fff
    RUN "xor16 cf1", 0x803, OSZPC, xor ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddee8000
    RUN "xor16 cf1", 0x803, OSZPC, xor ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddeeffff
    RUN "xor16 cf1", 0x803, OSZPC, xor ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddee5a5a
    RUN "xor16 cf1", 0x803, OSZPC, xor ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddee0000
    RUN "xor16 cf1", 0x803, OSZPC, xor ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddee0001
    RUN "xor16 cf1", 0x803, OSZPC, xor ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddee7fff
    RUN "xor16 cf1", 0x803, OSZPC, xor ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddee8000
    RUN "xor16 cf1", 0x803, OSZPC, xor ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddeeffff
    RUN "xor16 cf1", 0x803, OSZPC, xor ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddee5a5a
    RUN "xor16 cf1", 0x803, OSZPC, xor ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddee0000
    RUN "xor16 cf1", 0x803, OSZPC, xor ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddee0001
    RUN "xor16 cf1", 0x803, OSZPC, xor ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddee7fff
    RUN "xor16 cf1", 0x803, OSZPC, xor ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddee8000
    RUN "xor16 cf1", 0x803, OSZPC, xor ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddeeffff
    RUN "xor16 cf1", 0x803, OSZPC, xor ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddee5a5a
    RUN "xor16 cf1", 0x803, OSZPC, xor ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddee0000
    RUN "xor16 cf1", 0x803, OSZPC, xor ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddee0001
    RUN "xor16 cf1", 0x803, OSZPC, xor ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddee7fff
    RUN "xor16 cf1", 0x803, OSZPC, xor ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddee8000
    RUN "xor16 cf1", 0x803, OSZPC, xor ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddeeffff
    RUN "xor16 cf1", 0x803, OSZPC, xor ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddee5a5a
    RUN "xor16 cf1", 0x803, OSZPC, xor ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddee0000
    RUN "xor16 cf1", 0x803, OSZPC, xor ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddee0001
    RUN "xor16 cf1", 0x803, OSZPC, xor ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddee7fff
    RUN "xor16 cf1", 0x803, OSZPC, xor ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddee8000
    RUN "xor16 cf1", 0x803, OSZPC, xor ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddeeffff
    RUN "xor16 cf1", 0x803, OSZPC, xor ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddee5a5a
    RUN "xor16 cf1", 0x803, OSZPC, xor ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddee0000
    RUN "test16 cf0", 0x2, OSZPC, test ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddee0001
    RUN "test16 cf0", 0x2, OSZPC, test ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddee7fff
    RUN "test16 cf0", 0x2, OSZPC, test ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddee8000
    RUN "test16 cf0", 0x2, OSZPC, test ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddeeffff
    RUN "test16 cf0", 0x2, OSZPC, test ax, bx
    mov rax, 0x1122334455660000
    mov rbx, 0x99aabbccddee5a5a
    RUN "test16 cf0", 0x2, OSZPC, test ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddee0000
    RUN "test16 cf0", 0x2, OSZPC, test ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddee0001
    RUN "test16 cf0", 0x2, OSZPC, test ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddee7fff
    RUN "test16 cf0", 0x2, OSZPC, test ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddee8000
    RUN "test16 cf0", 0x2, OSZPC, test ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddeeffff
    RUN "test16 cf0", 0x2, OSZPC, test ax, bx
    mov rax, 0x1122334455660001
    mov rbx, 0x99aabbccddee5a5a
    RUN "test16 cf0", 0x2, OSZPC, test ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddee0000
    RUN "test16 cf0", 0x2, OSZPC, test ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddee0001
    RUN "test16 cf0", 0x2, OSZPC, test ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddee7fff
    RUN "test16 cf0", 0x2, OSZPC, test ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddee8000
    RUN "test16 cf0", 0x2, OSZPC, test ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddeeffff
    RUN "test16 cf0", 0x2, OSZPC, test ax, bx
    mov rax, 0x1122334455667fff
    mov rbx, 0x99aabbccddee5a5a
    RUN "test16 cf0", 0x2, OSZPC, test ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddee0000
    RUN "test16 cf0", 0x2, OSZPC, test ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddee0001
    RUN "test16 cf0", 0x2, OSZPC, test ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddee7fff
    RUN "test16 cf0", 0x2, OSZPC, test ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddee8000
    RUN "test16 cf0", 0x2, OSZPC, test ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddeeffff
    RUN "test16 cf0", 0x2, OSZPC, test ax, bx
    mov rax, 0x1122334455668000
    mov rbx, 0x99aabbccddee5a5a
    RUN "test16 cf0", 0x2, OSZPC, test ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddee0000
    RUN "test16 cf0", 0x2, OSZPC, test ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddee0001
    RUN "test16 cf0", 0x2, OSZPC, test ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddee7fff
    RUN "test16 cf0", 0x2, OSZPC, test ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddee8000
    RUN "test16 cf0", 0x2, OSZPC, test ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddeeffff
    RUN "test16 cf0", 0x2, OSZPC, test ax, bx
    mov rax, 0x112233445566ffff
    mov rbx, 0x99aabbccddee5a5a
    RUN "test16 cf0", 0x2, OSZPC, test ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddee0000
    RUN "test16 cf0", 0x2, OSZPC, test ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddee0001
    RUN "test16 cf0", 0x2, OSZPC, test ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddee7fff
    RUN "test16 cf0", 0x2, OSZPC, test ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddee8000
    RUN "test16 cf0", 0x2, OSZPC, test ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddeeffff
    RUN "test16 cf0", 0x2, OSZPC, test ax, bx
    mov rax, 0x1122334455665a5a
    mov rbx, 0x99aabbccddee5a5a
    RUN "test16 cf0", 0x2, OSZPC, test ax, bx
    mov rax, 0x1122334455660000
    RUN "inc16 in0x2", 0x2, OSZAPC, inc ax
    mov rax, 0x1122334455660001
    RUN "inc16 in0x2", 0x2, OSZAPC, inc ax
    mov rax, 0x1122334455667fff
    RUN "inc16 in0x2", 0x2, OSZAPC, inc ax
    mov rax, 0x1122334455668000
    RUN "inc16 in0x2", 0x2, OSZAPC, inc ax
    mov rax, 0x112233445566ffff
    RUN "inc16 in0x2", 0x2, OSZAPC, inc ax
    mov rax, 0x1122334455665a5a
    RUN "inc16 in0x2", 0x2, OSZAPC, inc ax
    mov rax, 0x1122334455660000
    RUN "inc16 in0x8d7", 0x8d7, OSZAPC, inc ax
    mov rax, 0x1122334455660001
    RUN "inc16 in0x8d7", 0x8d7, OSZAPC, inc ax
    mov rax, 0x1122334455667fff
    RUN "inc16 in0x8d7", 0x8d7, OSZAPC, inc ax
    mov rax, 0x1122334455668000
    RUN "inc16 in0x8d7", 0x8d7, OSZAPC, inc ax
    mov rax, 0x112233445566ffff
    RUN "inc16 in0x8d7", 0x8d7, OSZAPC, inc ax
    mov rax, 0x1122334455665a5a
    RUN "inc16 in0x8d7", 0x8d7, OSZAPC, inc ax
    mov rax, 0x1122334455660000
    RUN "dec16 in0x2", 0x2, OSZAPC, dec ax
    mov rax, 0x1122334455660001
    RUN "dec16 in0x2", 0x2, OSZAPC, dec ax
    mov rax, 0x1122334455667fff
    RUN "dec16 in0x2", 0x2, OSZAPC, dec ax
    mov rax, 0x1122334455668000
    RUN "dec16 in0x2", 0x2, OSZAPC, dec ax
    mov rax, 0x112233445566ffff
    RUN "dec16 in0x2", 0x2, OSZAPC, dec ax
    mov rax, 0x1122334455665a5a
    RUN "dec16 in0x2", 0x2, OSZAPC, dec ax
    mov rax, 0x1122334455660000
    RUN "dec16 in0x8d7", 0x8d7, OSZAPC, dec ax
    mov rax, 0x1122334455660001
    RUN "dec16 in0x8d7", 0x8d7, OSZAPC, dec ax
    mov rax, 0x1122334455667fff
    RUN "dec16 in0x8d7", 0x8d7, OSZAPC, dec ax
    mov rax, 0x1122334455668000
    RUN "dec16 in0x8d7", 0x8d7, OSZAPC, dec ax
    mov rax, 0x112233445566ffff
    RUN "dec16 in0x8d7", 0x8d7, OSZAPC, dec ax
    mov rax, 0x1122334455665a5a
    RUN "dec16 in0x8d7", 0x8d7, OSZAPC, dec ax
    mov rax, 0x1122334455660000
    RUN "neg16 in0x2", 0x2, OSZAPC, neg ax
    mov rax, 0x1122334455660001
    RUN "neg16 in0x2", 0x2, OSZAPC, neg ax
    mov rax, 0x1122334455667fff
    RUN "neg16 in0x2", 0x2, OSZAPC, neg ax
    mov rax, 0x1122334455668000
    RUN "neg16 in0x2", 0x2, OSZAPC, neg ax
    mov rax, 0x112233445566ffff
    RUN "neg16 in0x2", 0x2, OSZAPC, neg ax
    mov rax, 0x1122334455665a5a
    RUN "neg16 in0x2", 0x2, OSZAPC, neg ax
    mov rax, 0x1122334455660000
    RUN "neg16 in0x8d7", 0x8d7, OSZAPC, neg ax
    mov rax, 0x1122334455660001
    RUN "neg16 in0x8d7", 0x8d7, OSZAPC, neg ax
    mov rax, 0x1122334455667fff
    RUN "neg16 in0x8d7", 0x8d7, OSZAPC, neg ax
    mov rax, 0x1122334455668000
    RUN "neg16 in0x8d7", 0x8d7, OSZAPC, neg ax
    mov rax, 0x112233445566ffff
    RUN "neg16 in0x8d7", 0x8d7, OSZAPC, neg ax
    mov rax, 0x1122334455665a5a
    RUN "neg16 in0x8d7", 0x8d7, OSZAPC, neg ax
    mov rax, 0x1122334455660000
    RUN "not16 in0x2", 0x2, OSZAPC, not ax
    mov rax, 0x1122334455660001
    RUN "not16 in0x2", 0x2, OSZAPC, not ax
    mov rax, 0x1122334455667fff
    RUN "not16 in0x2", 0x2, OSZAPC, not ax
    mov rax, 0x1122334455668000
    RUN "not16 in0x2", 0x2, OSZAPC, not ax
    mov rax, 0x112233445566ffff
    RUN "not16 in0x2", 0x2, OSZAPC, not ax
    mov rax, 0x1122334455665a5a
    RUN "not16 in0x2", 0x2, OSZAPC, not ax
    mov rax, 0x1122334455660000
    RUN "not16 in0x8d7", 0x8d7, OSZAPC, not ax
    mov rax, 0x1122334455660001
    RUN "not16 in0x8d7", 0x8d7, OSZAPC, not ax
    mov rax, 0x1122334455667fff
    RUN "not16 in0x8d7", 0x8d7, OSZAPC, not ax
    mov rax, 0x1122334455668000
    RUN "not16 in0x8d7", 0x8d7, OSZAPC, not ax
    mov rax, 0x112233445566ffff
    RUN "not16 in0x8d7", 0x8d7, OSZAPC, not ax
    mov rax, 0x1122334455665a5a
    RUN "not16 in0x8d7", 0x8d7, OSZAPC, not ax
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbcc00000000
    RUN "add32 cf0", 0x2, OSZAPC, add eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbcc00000001
    RUN "add32 cf0", 0x2, OSZAPC, add eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbcc7fffffff
    RUN "add32 cf0", 0x2, OSZAPC, add eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbcc80000000
    RUN "add32 cf0", 0x2, OSZAPC, add eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbccffffffff
    RUN "add32 cf0", 0x2, OSZAPC, add eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "add32 cf0", 0x2, OSZAPC, add eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbcc00000000
    RUN "add32 cf0", 0x2, OSZAPC, add eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbcc00000001
    RUN "add32 cf0", 0x2, OSZAPC, add eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbcc7fffffff
    RUN "add32 cf0", 0x2, OSZAPC, add eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbcc80000000
    RUN "add32 cf0", 0x2, OSZAPC, add eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbccffffffff
    RUN "add32 cf0", 0x2, OSZAPC, add eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "add32 cf0", 0x2, OSZAPC, add eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbcc00000000
    RUN "add32 cf0", 0x2, OSZAPC, add eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbcc00000001
    RUN "add32 cf0", 0x2, OSZAPC, add eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbcc7fffffff
    RUN "add32 cf0", 0x2, OSZAPC, add eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbcc80000000
    RUN "add32 cf0", 0x2, OSZAPC, add eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbccffffffff
    RUN "add32 cf0", 0x2, OSZAPC, add eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "add32 cf0", 0x2, OSZAPC, add eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbcc00000000
    RUN "add32 cf0", 0x2, OSZAPC, add eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbcc00000001
    RUN "add32 cf0", 0x2, OSZAPC, add eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbcc7fffffff
    RUN "add32 cf0", 0x2, OSZAPC, add eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbcc80000000
    RUN "add32 cf0", 0x2, OSZAPC, add eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbccffffffff
    RUN "add32 cf0", 0x2, OSZAPC, add eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "add32 cf0", 0x2, OSZAPC, add eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbcc00000000
    RUN "add32 cf0", 0x2, OSZAPC, add eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbcc00000001
    RUN "add32 cf0", 0x2, OSZAPC, add eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbcc7fffffff
    RUN "add32 cf0", 0x2, OSZAPC, add eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbcc80000000
    RUN "add32 cf0", 0x2, OSZAPC, add eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbccffffffff
    RUN "add32 cf0", 0x2, OSZAPC, add eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "add32 cf0", 0x2, OSZAPC, add eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbcc00000000
    RUN "add32 cf0", 0x2, OSZAPC, add eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbcc00000001
    RUN "add32 cf0", 0x2, OSZAPC, add eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbcc7fffffff
    RUN "add32 cf0", 0x2, OSZAPC, add eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbcc80000000
    RUN "add32 cf0", 0x2, OSZAPC, add eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbccffffffff
    RUN "add32 cf0", 0x2, OSZAPC, add eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "add32 cf0", 0x2, OSZAPC, add eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbcc00000000
    RUN "sub32 cf0", 0x2, OSZAPC, sub eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbcc00000001
    RUN "sub32 cf0", 0x2, OSZAPC, sub eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbcc7fffffff
    RUN "sub32 cf0", 0x2, OSZAPC, sub eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbcc80000000
    RUN "sub32 cf0", 0x2, OSZAPC, sub eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbccffffffff
    RUN "sub32 cf0", 0x2, OSZAPC, sub eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "sub32 cf0", 0x2, OSZAPC, sub eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbcc00000000
    RUN "sub32 cf0", 0x2, OSZAPC, sub eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbcc00000001
    RUN "sub32 cf0", 0x2, OSZAPC, sub eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbcc7fffffff
    RUN "sub32 cf0", 0x2, OSZAPC, sub eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbcc80000000
    RUN "sub32 cf0", 0x2, OSZAPC, sub eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbccffffffff
    RUN "sub32 cf0", 0x2, OSZAPC, sub eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "sub32 cf0", 0x2, OSZAPC, sub eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbcc00000000
    RUN "sub32 cf0", 0x2, OSZAPC, sub eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbcc00000001
    RUN "sub32 cf0", 0x2, OSZAPC, sub eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbcc7fffffff
    RUN "sub32 cf0", 0x2, OSZAPC, sub eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbcc80000000
    RUN "sub32 cf0", 0x2, OSZAPC, sub eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbccffffffff
    RUN "sub32 cf0", 0x2, OSZAPC, sub eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "sub32 cf0", 0x2, OSZAPC, sub eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbcc00000000
    RUN "sub32 cf0", 0x2, OSZAPC, sub eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbcc00000001
    RUN "sub32 cf0", 0x2, OSZAPC, sub eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbcc7fffffff
    RUN "sub32 cf0", 0x2, OSZAPC, sub eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbcc80000000
    RUN "sub32 cf0", 0x2, OSZAPC, sub eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbccffffffff
    RUN "sub32 cf0", 0x2, OSZAPC, sub eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "sub32 cf0", 0x2, OSZAPC, sub eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbcc00000000
    RUN "sub32 cf0", 0x2, OSZAPC, sub eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbcc00000001
    RUN "sub32 cf0", 0x2, OSZAPC, sub eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbcc7fffffff
    RUN "sub32 cf0", 0x2, OSZAPC, sub eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbcc80000000
    RUN "sub32 cf0", 0x2, OSZAPC, sub eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbccffffffff
    RUN "sub32 cf0", 0x2, OSZAPC, sub eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "sub32 cf0", 0x2, OSZAPC, sub eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbcc00000000
    RUN "sub32 cf0", 0x2, OSZAPC, sub eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbcc00000001
    RUN "sub32 cf0", 0x2, OSZAPC, sub eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbcc7fffffff
    RUN "sub32 cf0", 0x2, OSZAPC, sub eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbcc80000000
    RUN "sub32 cf0", 0x2, OSZAPC, sub eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbccffffffff
    RUN "sub32 cf0", 0x2, OSZAPC, sub eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "sub32 cf0", 0x2, OSZAPC, sub eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbcc00000000
    RUN "adc32 cf1", 0x3, OSZAPC, adc eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbcc00000001
    RUN "adc32 cf1", 0x3, OSZAPC, adc eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbcc7fffffff
    RUN "adc32 cf1", 0x3, OSZAPC, adc eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbcc80000000
    RUN "adc32 cf1", 0x3, OSZAPC, adc eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbccffffffff
    RUN "adc32 cf1", 0x3, OSZAPC, adc eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "adc32 cf1", 0x3, OSZAPC, adc eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbcc00000000
    RUN "adc32 cf1", 0x3, OSZAPC, adc eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbcc00000001
    RUN "adc32 cf1", 0x3, OSZAPC, adc eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbcc7fffffff
    RUN "adc32 cf1", 0x3, OSZAPC, adc eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbcc80000000
    RUN "adc32 cf1", 0x3, OSZAPC, adc eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbccffffffff
    RUN "adc32 cf1", 0x3, OSZAPC, adc eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "adc32 cf1", 0x3, OSZAPC, adc eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbcc00000000
    RUN "adc32 cf1", 0x3, OSZAPC, adc eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbcc00000001
    RUN "adc32 cf1", 0x3, OSZAPC, adc eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbcc7fffffff
    RUN "adc32 cf1", 0x3, OSZAPC, adc eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbcc80000000
    RUN "adc32 cf1", 0x3, OSZAPC, adc eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbccffffffff
    RUN "adc32 cf1", 0x3, OSZAPC, adc eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "adc32 cf1", 0x3, OSZAPC, adc eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbcc00000000
    RUN "adc32 cf1", 0x3, OSZAPC, adc eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbcc00000001
    RUN "adc32 cf1", 0x3, OSZAPC, adc eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbcc7fffffff
    RUN "adc32 cf1", 0x3, OSZAPC, adc eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbcc80000000
    RUN "adc32 cf1", 0x3, OSZAPC, adc eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbccffffffff
    RUN "adc32 cf1", 0x3, OSZAPC, adc eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "adc32 cf1", 0x3, OSZAPC, adc eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbcc00000000
    RUN "adc32 cf1", 0x3, OSZAPC, adc eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbcc00000001
    RUN "adc32 cf1", 0x3, OSZAPC, adc eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbcc7fffffff
    RUN "adc32 cf1", 0x3, OSZAPC, adc eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbcc80000000
    RUN "adc32 cf1", 0x3, OSZAPC, adc eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbccffffffff
    RUN "adc32 cf1", 0x3, OSZAPC, adc eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "adc32 cf1", 0x3, OSZAPC, adc eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbcc00000000
    RUN "adc32 cf1", 0x3, OSZAPC, adc eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbcc00000001
    RUN "adc32 cf1", 0x3, OSZAPC, adc eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbcc7fffffff
    RUN "adc32 cf1", 0x3, OSZAPC, adc eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbcc80000000
    RUN "adc32 cf1", 0x3, OSZAPC, adc eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbccffffffff
    RUN "adc32 cf1", 0x3, OSZAPC, adc eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "adc32 cf1", 0x3, OSZAPC, adc eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbcc00000000
    RUN "adc32 cf0", 0x2, OSZAPC, adc eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbcc00000001
    RUN "adc32 cf0", 0x2, OSZAPC, adc eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbcc7fffffff
    RUN "adc32 cf0", 0x2, OSZAPC, adc eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbcc80000000
    RUN "adc32 cf0", 0x2, OSZAPC, adc eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbccffffffff
    RUN "adc32 cf0", 0x2, OSZAPC, adc eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "adc32 cf0", 0x2, OSZAPC, adc eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbcc00000000
    RUN "adc32 cf0", 0x2, OSZAPC, adc eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbcc00000001
    RUN "adc32 cf0", 0x2, OSZAPC, adc eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbcc7fffffff
    RUN "adc32 cf0", 0x2, OSZAPC, adc eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbcc80000000
    RUN "adc32 cf0", 0x2, OSZAPC, adc eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbccffffffff
    RUN "adc32 cf0", 0x2, OSZAPC, adc eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "adc32 cf0", 0x2, OSZAPC, adc eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbcc00000000
    RUN "adc32 cf0", 0x2, OSZAPC, adc eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbcc00000001
    RUN "adc32 cf0", 0x2, OSZAPC, adc eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbcc7fffffff
    RUN "adc32 cf0", 0x2, OSZAPC, adc eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbcc80000000
    RUN "adc32 cf0", 0x2, OSZAPC, adc eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbccffffffff
    RUN "adc32 cf0", 0x2, OSZAPC, adc eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "adc32 cf0", 0x2, OSZAPC, adc eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbcc00000000
    RUN "adc32 cf0", 0x2, OSZAPC, adc eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbcc00000001
    RUN "adc32 cf0", 0x2, OSZAPC, adc eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbcc7fffffff
    RUN "adc32 cf0", 0x2, OSZAPC, adc eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbcc80000000
    RUN "adc32 cf0", 0x2, OSZAPC, adc eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbccffffffff
    RUN "adc32 cf0", 0x2, OSZAPC, adc eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "adc32 cf0", 0x2, OSZAPC, adc eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbcc00000000
    RUN "adc32 cf0", 0x2, OSZAPC, adc eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbcc00000001
    RUN "adc32 cf0", 0x2, OSZAPC, adc eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbcc7fffffff
    RUN "adc32 cf0", 0x2, OSZAPC, adc eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbcc80000000
    RUN "adc32 cf0", 0x2, OSZAPC, adc eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbccffffffff
    RUN "adc32 cf0", 0x2, OSZAPC, adc eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "adc32 cf0", 0x2, OSZAPC, adc eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbcc00000000
    RUN "adc32 cf0", 0x2, OSZAPC, adc eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbcc00000001
    RUN "adc32 cf0", 0x2, OSZAPC, adc eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbcc7fffffff
    RUN "adc32 cf0", 0x2, OSZAPC, adc eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbcc80000000
    RUN "adc32 cf0", 0x2, OSZAPC, adc eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbccffffffff
    RUN "adc32 cf0", 0x2, OSZAPC, adc eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "adc32 cf0", 0x2, OSZAPC, adc eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbcc00000000
    RUN "sbb32 cf1", 0x3, OSZAPC, sbb eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbcc00000001
    RUN "sbb32 cf1", 0x3, OSZAPC, sbb eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbcc7fffffff
    RUN "sbb32 cf1", 0x3, OSZAPC, sbb eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbcc80000000
    RUN "sbb32 cf1", 0x3, OSZAPC, sbb eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbccffffffff
    RUN "sbb32 cf1", 0x3, OSZAPC, sbb eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "sbb32 cf1", 0x3, OSZAPC, sbb eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbcc00000000
    RUN "sbb32 cf1", 0x3, OSZAPC, sbb eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbcc00000001
    RUN "sbb32 cf1", 0x3, OSZAPC, sbb eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbcc7fffffff
    RUN "sbb32 cf1", 0x3, OSZAPC, sbb eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbcc80000000
    RUN "sbb32 cf1", 0x3, OSZAPC, sbb eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbccffffffff
    RUN "sbb32 cf1", 0x3, OSZAPC, sbb eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "sbb32 cf1", 0x3, OSZAPC, sbb eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbcc00000000
    RUN "sbb32 cf1", 0x3, OSZAPC, sbb eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbcc00000001
    RUN "sbb32 cf1", 0x3, OSZAPC, sbb eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbcc7fffffff
    RUN "sbb32 cf1", 0x3, OSZAPC, sbb eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbcc80000000
    RUN "sbb32 cf1", 0x3, OSZAPC, sbb eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbccffffffff
    RUN "sbb32 cf1", 0x3, OSZAPC, sbb eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "sbb32 cf1", 0x3, OSZAPC, sbb eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbcc00000000
    RUN "sbb32 cf1", 0x3, OSZAPC, sbb eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbcc00000001
    RUN "sbb32 cf1", 0x3, OSZAPC, sbb eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbcc7fffffff
    RUN "sbb32 cf1", 0x3, OSZAPC, sbb eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbcc80000000
    RUN "sbb32 cf1", 0x3, OSZAPC, sbb eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbccffffffff
    RUN "sbb32 cf1", 0x3, OSZAPC, sbb eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "sbb32 cf1", 0x3, OSZAPC, sbb eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbcc00000000
    RUN "sbb32 cf1", 0x3, OSZAPC, sbb eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbcc00000001
    RUN "sbb32 cf1", 0x3, OSZAPC, sbb eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbcc7fffffff
    RUN "sbb32 cf1", 0x3, OSZAPC, sbb eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbcc80000000
    RUN "sbb32 cf1", 0x3, OSZAPC, sbb eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbccffffffff
    RUN "sbb32 cf1", 0x3, OSZAPC, sbb eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "sbb32 cf1", 0x3, OSZAPC, sbb eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbcc00000000
    RUN "sbb32 cf1", 0x3, OSZAPC, sbb eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbcc00000001
    RUN "sbb32 cf1", 0x3, OSZAPC, sbb eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbcc7fffffff
    RUN "sbb32 cf1", 0x3, OSZAPC, sbb eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbcc80000000
    RUN "sbb32 cf1", 0x3, OSZAPC, sbb eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbccffffffff
    RUN "sbb32 cf1", 0x3, OSZAPC, sbb eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "sbb32 cf1", 0x3, OSZAPC, sbb eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbcc00000000
    RUN "sbb32 cf0", 0x2, OSZAPC, sbb eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbcc00000001
    RUN "sbb32 cf0", 0x2, OSZAPC, sbb eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbcc7fffffff
    RUN "sbb32 cf0", 0x2, OSZAPC, sbb eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbcc80000000
    RUN "sbb32 cf0", 0x2, OSZAPC, sbb eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbccffffffff
    RUN "sbb32 cf0", 0x2, OSZAPC, sbb eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "sbb32 cf0", 0x2, OSZAPC, sbb eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbcc00000000
    RUN "sbb32 cf0", 0x2, OSZAPC, sbb eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbcc00000001
    RUN "sbb32 cf0", 0x2, OSZAPC, sbb eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbcc7fffffff
    RUN "sbb32 cf0", 0x2, OSZAPC, sbb eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbcc80000000
    RUN "sbb32 cf0", 0x2, OSZAPC, sbb eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbccffffffff
    RUN "sbb32 cf0", 0x2, OSZAPC, sbb eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "sbb32 cf0", 0x2, OSZAPC, sbb eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbcc00000000
    RUN "sbb32 cf0", 0x2, OSZAPC, sbb eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbcc00000001
    RUN "sbb32 cf0", 0x2, OSZAPC, sbb eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbcc7fffffff
    RUN "sbb32 cf0", 0x2, OSZAPC, sbb eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbcc80000000
    RUN "sbb32 cf0", 0x2, OSZAPC, sbb eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbccffffffff
    RUN "sbb32 cf0", 0x2, OSZAPC, sbb eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "sbb32 cf0", 0x2, OSZAPC, sbb eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbcc00000000
    RUN "sbb32 cf0", 0x2, OSZAPC, sbb eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbcc00000001
    RUN "sbb32 cf0", 0x2, OSZAPC, sbb eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbcc7fffffff
    RUN "sbb32 cf0", 0x2, OSZAPC, sbb eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbcc80000000
    RUN "sbb32 cf0", 0x2, OSZAPC, sbb eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbccffffffff
    RUN "sbb32 cf0", 0x2, OSZAPC, sbb eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "sbb32 cf0", 0x2, OSZAPC, sbb eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbcc00000000
    RUN "sbb32 cf0", 0x2, OSZAPC, sbb eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbcc00000001
    RUN "sbb32 cf0", 0x2, OSZAPC, sbb eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbcc7fffffff
    RUN "sbb32 cf0", 0x2, OSZAPC, sbb eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbcc80000000
    RUN "sbb32 cf0", 0x2, OSZAPC, sbb eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbccffffffff
    RUN "sbb32 cf0", 0x2, OSZAPC, sbb eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "sbb32 cf0", 0x2, OSZAPC, sbb eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbcc00000000
    RUN "sbb32 cf0", 0x2, OSZAPC, sbb eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbcc00000001
    RUN "sbb32 cf0", 0x2, OSZAPC, sbb eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbcc7fffffff
    RUN "sbb32 cf0", 0x2, OSZAPC, sbb eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbcc80000000
    RUN "sbb32 cf0", 0x2, OSZAPC, sbb eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbccffffffff
    RUN "sbb32 cf0", 0x2, OSZAPC, sbb eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "sbb32 cf0", 0x2, OSZAPC, sbb eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbcc00000000
    RUN "cmp32 cf0", 0x2, OSZAPC, cmp eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbcc00000001
    RUN "cmp32 cf0", 0x2, OSZAPC, cmp eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbcc7fffffff
    RUN "cmp32 cf0", 0x2, OSZAPC, cmp eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbcc80000000
    RUN "cmp32 cf0", 0x2, OSZAPC, cmp eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbccffffffff
    RUN "cmp32 cf0", 0x2, OSZAPC, cmp eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "cmp32 cf0", 0x2, OSZAPC, cmp eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbcc00000000
    RUN "cmp32 cf0", 0x2, OSZAPC, cmp eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbcc00000001
    RUN "cmp32 cf0", 0x2, OSZAPC, cmp eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbcc7fffffff
    RUN "cmp32 cf0", 0x2, OSZAPC, cmp eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbcc80000000
    RUN "cmp32 cf0", 0x2, OSZAPC, cmp eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbccffffffff
    RUN "cmp32 cf0", 0x2, OSZAPC, cmp eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "cmp32 cf0", 0x2, OSZAPC, cmp eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbcc00000000
    RUN "cmp32 cf0", 0x2, OSZAPC, cmp eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbcc00000001
    RUN "cmp32 cf0", 0x2, OSZAPC, cmp eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbcc7fffffff
    RUN "cmp32 cf0", 0x2, OSZAPC, cmp eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbcc80000000
    RUN "cmp32 cf0", 0x2, OSZAPC, cmp eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbccffffffff
    RUN "cmp32 cf0", 0x2, OSZAPC, cmp eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "cmp32 cf0", 0x2, OSZAPC, cmp eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbcc00000000
    RUN "cmp32 cf0", 0x2, OSZAPC, cmp eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbcc00000001
    RUN "cmp32 cf0", 0x2, OSZAPC, cmp eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbcc7fffffff
    RUN "cmp32 cf0", 0x2, OSZAPC, cmp eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbcc80000000
    RUN "cmp32 cf0", 0x2, OSZAPC, cmp eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbccffffffff
    RUN "cmp32 cf0", 0x2, OSZAPC, cmp eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "cmp32 cf0", 0x2, OSZAPC, cmp eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbcc00000000
    RUN "cmp32 cf0", 0x2, OSZAPC, cmp eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbcc00000001
    RUN "cmp32 cf0", 0x2, OSZAPC, cmp eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbcc7fffffff
    RUN "cmp32 cf0", 0x2, OSZAPC, cmp eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbcc80000000
    RUN "cmp32 cf0", 0x2, OSZAPC, cmp eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbccffffffff
    RUN "cmp32 cf0", 0x2, OSZAPC, cmp eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "cmp32 cf0", 0x2, OSZAPC, cmp eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbcc00000000
    RUN "cmp32 cf0", 0x2, OSZAPC, cmp eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbcc00000001
    RUN "cmp32 cf0", 0x2, OSZAPC, cmp eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbcc7fffffff
    RUN "cmp32 cf0", 0x2, OSZAPC, cmp eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbcc80000000
    RUN "cmp32 cf0", 0x2, OSZAPC, cmp eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbccffffffff
    RUN "cmp32 cf0", 0x2, OSZAPC, cmp eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "cmp32 cf0", 0x2, OSZAPC, cmp eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbcc00000000
    RUN "and32 cf1", 0x3, OSZPC, and eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbcc00000001
    RUN "and32 cf1", 0x3, OSZPC, and eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbcc7fffffff
    RUN "and32 cf1", 0x3, OSZPC, and eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbcc80000000
    RUN "and32 cf1", 0x3, OSZPC, and eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbccffffffff
    RUN "and32 cf1", 0x3, OSZPC, and eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "and32 cf1", 0x3, OSZPC, and eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbcc00000000
    RUN "and32 cf1", 0x3, OSZPC, and eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbcc00000001
    RUN "and32 cf1", 0x3, OSZPC, and eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbcc7fffffff
    RUN "and32 cf1", 0x3, OSZPC, and eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbcc80000000
    RUN "and32 cf1", 0x3, OSZPC, and eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbccffffffff
    RUN "and32 cf1", 0x3, OSZPC, and eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "and32 cf1", 0x3, OSZPC, and eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbcc00000000
    RUN "and32 cf1", 0x3, OSZPC, and eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbcc00000001
    RUN "and32 cf1", 0x3, OSZPC, and eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbcc7fffffff
    RUN "and32 cf1", 0x3, OSZPC, and eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbcc80000000
    RUN "and32 cf1", 0x3, OSZPC, and eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbccffffffff
    RUN "and32 cf1", 0x3, OSZPC, and eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "and32 cf1", 0x3, OSZPC, and eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbcc00000000
    RUN "and32 cf1", 0x3, OSZPC, and eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbcc00000001
    RUN "and32 cf1", 0x3, OSZPC, and eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbcc7fffffff
    RUN "and32 cf1", 0x3, OSZPC, and eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbcc80000000
    RUN "and32 cf1", 0x3, OSZPC, and eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbccffffffff
    RUN "and32 cf1", 0x3, OSZPC, and eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "and32 cf1", 0x3, OSZPC, and eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbcc00000000
    RUN "and32 cf1", 0x3, OSZPC, and eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbcc00000001
    RUN "and32 cf1", 0x3, OSZPC, and eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbcc7fffffff
    RUN "and32 cf1", 0x3, OSZPC, and eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbcc80000000
    RUN "and32 cf1", 0x3, OSZPC, and eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbccffffffff
    RUN "and32 cf1", 0x3, OSZPC, and eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "and32 cf1", 0x3, OSZPC, and eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbcc00000000
    RUN "and32 cf1", 0x3, OSZPC, and eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbcc00000001
    RUN "and32 cf1", 0x3, OSZPC, and eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbcc7fffffff
    RUN "and32 cf1", 0x3, OSZPC, and eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbcc80000000
    RUN "and32 cf1", 0x3, OSZPC, and eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbccffffffff
    RUN "and32 cf1", 0x3, OSZPC, and eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "and32 cf1", 0x3, OSZPC, and eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbcc00000000
    RUN "or32 cf0", 0x2, OSZPC, or eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbcc00000001
    RUN "or32 cf0", 0x2, OSZPC, or eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbcc7fffffff
    RUN "or32 cf0", 0x2, OSZPC, or eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbcc80000000
    RUN "or32 cf0", 0x2, OSZPC, or eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbccffffffff
    RUN "or32 cf0", 0x2, OSZPC, or eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "or32 cf0", 0x2, OSZPC, or eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbcc00000000
    RUN "or32 cf0", 0x2, OSZPC, or eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbcc00000001
    RUN "or32 cf0", 0x2, OSZPC, or eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbcc7fffffff
    RUN "or32 cf0", 0x2, OSZPC, or eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbcc80000000
    RUN "or32 cf0", 0x2, OSZPC, or eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbccffffffff
    RUN "or32 cf0", 0x2, OSZPC, or eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "or32 cf0", 0x2, OSZPC, or eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbcc00000000
    RUN "or32 cf0", 0x2, OSZPC, or eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbcc00000001
    RUN "or32 cf0", 0x2, OSZPC, or eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbcc7fffffff
    RUN "or32 cf0", 0x2, OSZPC, or eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbcc80000000
    RUN "or32 cf0", 0x2, OSZPC, or eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbccffffffff
    RUN "or32 cf0", 0x2, OSZPC, or eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "or32 cf0", 0x2, OSZPC, or eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbcc00000000
    RUN "or32 cf0", 0x2, OSZPC, or eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbcc00000001
    RUN "or32 cf0", 0x2, OSZPC, or eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbcc7fffffff
    RUN "or32 cf0", 0x2, OSZPC, or eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbcc80000000
    RUN "or32 cf0", 0x2, OSZPC, or eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbccffffffff
    RUN "or32 cf0", 0x2, OSZPC, or eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "or32 cf0", 0x2, OSZPC, or eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbcc00000000
    RUN "or32 cf0", 0x2, OSZPC, or eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbcc00000001
    RUN "or32 cf0", 0x2, OSZPC, or eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbcc7fffffff
    RUN "or32 cf0", 0x2, OSZPC, or eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbcc80000000
    RUN "or32 cf0", 0x2, OSZPC, or eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbccffffffff
    RUN "or32 cf0", 0x2, OSZPC, or eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "or32 cf0", 0x2, OSZPC, or eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbcc00000000
    RUN "or32 cf0", 0x2, OSZPC, or eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbcc00000001
    RUN "or32 cf0", 0x2, OSZPC, or eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbcc7fffffff
    RUN "or32 cf0", 0x2, OSZPC, or eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbcc80000000
    RUN "or32 cf0", 0x2, OSZPC, or eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbccffffffff
    RUN "or32 cf0", 0x2, OSZPC, or eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "or32 cf0", 0x2, OSZPC, or eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbcc00000000
    RUN "xor32 cf1", 0x803, OSZPC, xor eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbcc00000001
    RUN "xor32 cf1", 0x803, OSZPC, xor eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbcc7fffffff
    RUN "xor32 cf1", 0x803, OSZPC, xor eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbcc80000000
    RUN "xor32 cf1", 0x803, OSZPC, xor eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbccffffffff
    RUN "xor32 cf1", 0x803, OSZPC, xor eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "xor32 cf1", 0x803, OSZPC, xor eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbcc00000000
    RUN "xor32 cf1", 0x803, OSZPC, xor eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbcc00000001
    RUN "xor32 cf1", 0x803, OSZPC, xor eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbcc7fffffff
    RUN "xor32 cf1", 0x803, OSZPC, xor eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbcc80000000
    RUN "xor32 cf1", 0x803, OSZPC, xor eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbccffffffff
    RUN "xor32 cf1", 0x803, OSZPC, xor eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "xor32 cf1", 0x803, OSZPC, xor eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbcc00000000
    RUN "xor32 cf1", 0x803, OSZPC, xor eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbcc00000001
    RUN "xor32 cf1", 0x803, OSZPC, xor eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbcc7fffffff
    RUN "xor32 cf1", 0x803, OSZPC, xor eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbcc80000000
    RUN "xor32 cf1", 0x803, OSZPC, xor eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbccffffffff
    RUN "xor32 cf1", 0x803, OSZPC, xor eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "xor32 cf1", 0x803, OSZPC, xor eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbcc00000000
    RUN "xor32 cf1", 0x803, OSZPC, xor eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbcc00000001
    RUN "xor32 cf1", 0x803, OSZPC, xor eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbcc7fffffff
    RUN "xor32 cf1", 0x803, OSZPC, xor eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbcc80000000
    RUN "xor32 cf1", 0x803, OSZPC, xor eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbccffffffff
    RUN "xor32 cf1", 0x803, OSZPC, xor eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "xor32 cf1", 0x803, OSZPC, xor eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbcc00000000
    RUN "xor32 cf1", 0x803, OSZPC, xor eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbcc00000001
    RUN "xor32 cf1", 0x803, OSZPC, xor eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbcc7fffffff
    RUN "xor32 cf1", 0x803, OSZPC, xor eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbcc80000000
    RUN "xor32 cf1", 0x803, OSZPC, xor eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbccffffffff
    RUN "xor32 cf1", 0x803, OSZPC, xor eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "xor32 cf1", 0x803, OSZPC, xor eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbcc00000000
    RUN "xor32 cf1", 0x803, OSZPC, xor eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbcc00000001
    RUN "xor32 cf1", 0x803, OSZPC, xor eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbcc7fffffff
    RUN "xor32 cf1", 0x803, OSZPC, xor eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbcc80000000
    RUN "xor32 cf1", 0x803, OSZPC, xor eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbccffffffff
    RUN "xor32 cf1", 0x803, OSZPC, xor eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "xor32 cf1", 0x803, OSZPC, xor eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbcc00000000
    RUN "test32 cf0", 0x2, OSZPC, test eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbcc00000001
    RUN "test32 cf0", 0x2, OSZPC, test eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbcc7fffffff
    RUN "test32 cf0", 0x2, OSZPC, test eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbcc80000000
    RUN "test32 cf0", 0x2, OSZPC, test eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbccffffffff
    RUN "test32 cf0", 0x2, OSZPC, test eax, ebx
    mov rax, 0x1122334400000000
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "test32 cf0", 0x2, OSZPC, test eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbcc00000000
    RUN "test32 cf0", 0x2, OSZPC, test eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbcc00000001
    RUN "test32 cf0", 0x2, OSZPC, test eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbcc7fffffff
    RUN "test32 cf0", 0x2, OSZPC, test eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbcc80000000
    RUN "test32 cf0", 0x2, OSZPC, test eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbccffffffff
    RUN "test32 cf0", 0x2, OSZPC, test eax, ebx
    mov rax, 0x1122334400000001
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "test32 cf0", 0x2, OSZPC, test eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbcc00000000
    RUN "test32 cf0", 0x2, OSZPC, test eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbcc00000001
    RUN "test32 cf0", 0x2, OSZPC, test eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbcc7fffffff
    RUN "test32 cf0", 0x2, OSZPC, test eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbcc80000000
    RUN "test32 cf0", 0x2, OSZPC, test eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbccffffffff
    RUN "test32 cf0", 0x2, OSZPC, test eax, ebx
    mov rax, 0x112233447fffffff
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "test32 cf0", 0x2, OSZPC, test eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbcc00000000
    RUN "test32 cf0", 0x2, OSZPC, test eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbcc00000001
    RUN "test32 cf0", 0x2, OSZPC, test eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbcc7fffffff
    RUN "test32 cf0", 0x2, OSZPC, test eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbcc80000000
    RUN "test32 cf0", 0x2, OSZPC, test eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbccffffffff
    RUN "test32 cf0", 0x2, OSZPC, test eax, ebx
    mov rax, 0x1122334480000000
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "test32 cf0", 0x2, OSZPC, test eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbcc00000000
    RUN "test32 cf0", 0x2, OSZPC, test eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbcc00000001
    RUN "test32 cf0", 0x2, OSZPC, test eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbcc7fffffff
    RUN "test32 cf0", 0x2, OSZPC, test eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbcc80000000
    RUN "test32 cf0", 0x2, OSZPC, test eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbccffffffff
    RUN "test32 cf0", 0x2, OSZPC, test eax, ebx
    mov rax, 0x11223344ffffffff
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "test32 cf0", 0x2, OSZPC, test eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbcc00000000
    RUN "test32 cf0", 0x2, OSZPC, test eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbcc00000001
    RUN "test32 cf0", 0x2, OSZPC, test eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbcc7fffffff
    RUN "test32 cf0", 0x2, OSZPC, test eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbcc80000000
    RUN "test32 cf0", 0x2, OSZPC, test eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbccffffffff
    RUN "test32 cf0", 0x2, OSZPC, test eax, ebx
    mov rax, 0x112233445a5a5a5a
    mov rbx, 0x99aabbcc5a5a5a5a
    RUN "test32 cf0", 0x2, OSZPC, test eax, ebx
    mov rax, 0x1122334400000000
    RUN "inc32 in0x2", 0x2, OSZAPC, inc eax
    mov rax, 0x1122334400000001
    RUN "inc32 in0x2", 0x2, OSZAPC, inc eax
    mov rax, 0x112233447fffffff
    RUN "inc32 in0x2", 0x2, OSZAPC, inc eax
    mov rax, 0x1122334480000000
    RUN "inc32 in0x2", 0x2, OSZAPC, inc eax
    mov rax, 0x11223344ffffffff
    RUN "inc32 in0x2", 0x2, OSZAPC, inc eax
    mov rax, 0x112233445a5a5a5a
    RUN "inc32 in0x2", 0x2, OSZAPC, inc eax
    mov rax, 0x1122334400000000
    RUN "inc32 in0x8d7", 0x8d7, OSZAPC, inc eax
    mov rax, 0x1122334400000001
    RUN "inc32 in0x8d7", 0x8d7, OSZAPC, inc eax
    mov rax, 0x112233447fffffff
    RUN "inc32 in0x8d7", 0x8d7, OSZAPC, inc eax
    mov rax, 0x1122334480000000
    RUN "inc32 in0x8d7", 0x8d7, OSZAPC, inc eax
    mov rax, 0x11223344ffffffff
    RUN "inc32 in0x8d7", 0x8d7, OSZAPC, inc eax
    mov rax, 0x112233445a5a5a5a
    RUN "inc32 in0x8d7", 0x8d7, OSZAPC, inc eax
    mov rax, 0x1122334400000000
    RUN "dec32 in0x2", 0x2, OSZAPC, dec eax
    mov rax, 0x1122334400000001
    RUN "dec32 in0x2", 0x2, OSZAPC, dec eax
    mov rax, 0x112233447fffffff
    RUN "dec32 in0x2", 0x2, OSZAPC, dec eax
    mov rax, 0x1122334480000000
    RUN "dec32 in0x2", 0x2, OSZAPC, dec eax
    mov rax, 0x11223344ffffffff
    RUN "dec32 in0x2", 0x2, OSZAPC, dec eax
    mov rax, 0x112233445a5a5a5a
    RUN "dec32 in0x2", 0x2, OSZAPC, dec eax
    mov rax, 0x1122334400000000
    RUN "dec32 in0x8d7", 0x8d7, OSZAPC, dec eax
    mov rax, 0x1122334400000001
    RUN "dec32 in0x8d7", 0x8d7, OSZAPC, dec eax
    mov rax, 0x112233447fffffff
    RUN "dec32 in0x8d7", 0x8d7, OSZAPC, dec eax
    mov rax, 0x1122334480000000
    RUN "dec32 in0x8d7", 0x8d7, OSZAPC, dec eax
    mov rax, 0x11223344ffffffff
    RUN "dec32 in0x8d7", 0x8d7, OSZAPC, dec eax
    mov rax, 0x112233445a5a5a5a
    RUN "dec32 in0x8d7", 0x8d7, OSZAPC, dec eax
    mov rax, 0x1122334400000000
    RUN "neg32 in0x2", 0x2, OSZAPC, neg eax
    mov rax, 0x1122334400000001
    RUN "neg32 in0x2", 0x2, OSZAPC, neg eax
    mov rax, 0x112233447fffffff
    RUN "neg32 in0x2", 0x2, OSZAPC, neg eax
    mov rax, 0x1122334480000000
    RUN "neg32 in0x2", 0x2, OSZAPC, neg eax
    mov rax, 0x11223344ffffffff
    RUN "neg32 in0x2", 0x2, OSZAPC, neg eax
    mov rax, 0x112233445a5a5a5a
    RUN "neg32 in0x2", 0x2, OSZAPC, neg eax
    mov rax, 0x1122334400000000
    RUN "neg32 in0x8d7", 0x8d7, OSZAPC, neg eax
    mov rax, 0x1122334400000001
    RUN "neg32 in0x8d7", 0x8d7, OSZAPC, neg eax
    mov rax, 0x112233447fffffff
    RUN "neg32 in0x8d7", 0x8d7, OSZAPC, neg eax
    mov rax, 0x1122334480000000
    RUN "neg32 in0x8d7", 0x8d7, OSZAPC, neg eax
    mov rax, 0x11223344ffffffff
    RUN "neg32 in0x8d7", 0x8d7, OSZAPC, neg eax
    mov rax, 0x112233445a5a5a5a
    RUN "neg32 in0x8d7", 0x8d7, OSZAPC, neg eax
    mov rax, 0x1122334400000000
    RUN "not32 in0x2", 0x2, OSZAPC, not eax
    mov rax, 0x1122334400000001
    RUN "not32 in0x2", 0x2, OSZAPC, not eax
    mov rax, 0x112233447fffffff
    RUN "not32 in0x2", 0x2, OSZAPC, not eax
    mov rax, 0x1122334480000000
    RUN "not32 in0x2", 0x2, OSZAPC, not eax
    mov rax, 0x11223344ffffffff
    RUN "not32 in0x2", 0x2, OSZAPC, not eax
    mov rax, 0x112233445a5a5a5a
    RUN "not32 in0x2", 0x2, OSZAPC, not eax
    mov rax, 0x1122334400000000
    RUN "not32 in0x8d7", 0x8d7, OSZAPC, not eax
    mov rax, 0x1122334400000001
    RUN "not32 in0x8d7", 0x8d7, OSZAPC, not eax
    mov rax, 0x112233447fffffff
    RUN "not32 in0x8d7", 0x8d7, OSZAPC, not eax
    mov rax, 0x1122334480000000
    RUN "not32 in0x8d7", 0x8d7, OSZAPC, not eax
    mov rax, 0x11223344ffffffff
    RUN "not32 in0x8d7", 0x8d7, OSZAPC, not eax
    mov rax, 0x112233445a5a5a5a
    RUN "not32 in0x8d7", 0x8d7, OSZAPC, not eax
    mov rax, 0x0
    mov rbx, 0x0
    RUN "add64 cf0", 0x2, OSZAPC, add rax, rbx
    mov rax, 0x0
    mov rbx, 0x1
    RUN "add64 cf0", 0x2, OSZAPC, add rax, rbx
    mov rax, 0x0
    mov rbx, 0x7fffffffffffffff
    RUN "add64 cf0", 0x2, OSZAPC, add rax, rbx
    mov rax, 0x0
    mov rbx, 0x8000000000000000
    RUN "add64 cf0", 0x2, OSZAPC, add rax, rbx
    mov rax, 0x0
    mov rbx, 0xffffffffffffffff
    RUN "add64 cf0", 0x2, OSZAPC, add rax, rbx
    mov rax, 0x0
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "add64 cf0", 0x2, OSZAPC, add rax, rbx
    mov rax, 0x1
    mov rbx, 0x0
    RUN "add64 cf0", 0x2, OSZAPC, add rax, rbx
    mov rax, 0x1
    mov rbx, 0x1
    RUN "add64 cf0", 0x2, OSZAPC, add rax, rbx
    mov rax, 0x1
    mov rbx, 0x7fffffffffffffff
    RUN "add64 cf0", 0x2, OSZAPC, add rax, rbx
    mov rax, 0x1
    mov rbx, 0x8000000000000000
    RUN "add64 cf0", 0x2, OSZAPC, add rax, rbx
    mov rax, 0x1
    mov rbx, 0xffffffffffffffff
    RUN "add64 cf0", 0x2, OSZAPC, add rax, rbx
    mov rax, 0x1
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "add64 cf0", 0x2, OSZAPC, add rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0x0
    RUN "add64 cf0", 0x2, OSZAPC, add rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0x1
    RUN "add64 cf0", 0x2, OSZAPC, add rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0x7fffffffffffffff
    RUN "add64 cf0", 0x2, OSZAPC, add rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0x8000000000000000
    RUN "add64 cf0", 0x2, OSZAPC, add rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0xffffffffffffffff
    RUN "add64 cf0", 0x2, OSZAPC, add rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "add64 cf0", 0x2, OSZAPC, add rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0x0
    RUN "add64 cf0", 0x2, OSZAPC, add rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0x1
    RUN "add64 cf0", 0x2, OSZAPC, add rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0x7fffffffffffffff
    RUN "add64 cf0", 0x2, OSZAPC, add rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0x8000000000000000
    RUN "add64 cf0", 0x2, OSZAPC, add rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0xffffffffffffffff
    RUN "add64 cf0", 0x2, OSZAPC, add rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "add64 cf0", 0x2, OSZAPC, add rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0x0
    RUN "add64 cf0", 0x2, OSZAPC, add rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0x1
    RUN "add64 cf0", 0x2, OSZAPC, add rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0x7fffffffffffffff
    RUN "add64 cf0", 0x2, OSZAPC, add rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0x8000000000000000
    RUN "add64 cf0", 0x2, OSZAPC, add rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0xffffffffffffffff
    RUN "add64 cf0", 0x2, OSZAPC, add rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "add64 cf0", 0x2, OSZAPC, add rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0x0
    RUN "add64 cf0", 0x2, OSZAPC, add rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0x1
    RUN "add64 cf0", 0x2, OSZAPC, add rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0x7fffffffffffffff
    RUN "add64 cf0", 0x2, OSZAPC, add rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0x8000000000000000
    RUN "add64 cf0", 0x2, OSZAPC, add rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0xffffffffffffffff
    RUN "add64 cf0", 0x2, OSZAPC, add rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "add64 cf0", 0x2, OSZAPC, add rax, rbx
    mov rax, 0x0
    mov rbx, 0x0
    RUN "sub64 cf0", 0x2, OSZAPC, sub rax, rbx
    mov rax, 0x0
    mov rbx, 0x1
    RUN "sub64 cf0", 0x2, OSZAPC, sub rax, rbx
    mov rax, 0x0
    mov rbx, 0x7fffffffffffffff
    RUN "sub64 cf0", 0x2, OSZAPC, sub rax, rbx
    mov rax, 0x0
    mov rbx, 0x8000000000000000
    RUN "sub64 cf0", 0x2, OSZAPC, sub rax, rbx
    mov rax, 0x0
    mov rbx, 0xffffffffffffffff
    RUN "sub64 cf0", 0x2, OSZAPC, sub rax, rbx
    mov rax, 0x0
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "sub64 cf0", 0x2, OSZAPC, sub rax, rbx
    mov rax, 0x1
    mov rbx, 0x0
    RUN "sub64 cf0", 0x2, OSZAPC, sub rax, rbx
    mov rax, 0x1
    mov rbx, 0x1
    RUN "sub64 cf0", 0x2, OSZAPC, sub rax, rbx
    mov rax, 0x1
    mov rbx, 0x7fffffffffffffff
    RUN "sub64 cf0", 0x2, OSZAPC, sub rax, rbx
    mov rax, 0x1
    mov rbx, 0x8000000000000000
    RUN "sub64 cf0", 0x2, OSZAPC, sub rax, rbx
    mov rax, 0x1
    mov rbx, 0xffffffffffffffff
    RUN "sub64 cf0", 0x2, OSZAPC, sub rax, rbx
    mov rax, 0x1
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "sub64 cf0", 0x2, OSZAPC, sub rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0x0
    RUN "sub64 cf0", 0x2, OSZAPC, sub rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0x1
    RUN "sub64 cf0", 0x2, OSZAPC, sub rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0x7fffffffffffffff
    RUN "sub64 cf0", 0x2, OSZAPC, sub rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0x8000000000000000
    RUN "sub64 cf0", 0x2, OSZAPC, sub rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0xffffffffffffffff
    RUN "sub64 cf0", 0x2, OSZAPC, sub rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "sub64 cf0", 0x2, OSZAPC, sub rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0x0
    RUN "sub64 cf0", 0x2, OSZAPC, sub rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0x1
    RUN "sub64 cf0", 0x2, OSZAPC, sub rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0x7fffffffffffffff
    RUN "sub64 cf0", 0x2, OSZAPC, sub rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0x8000000000000000
    RUN "sub64 cf0", 0x2, OSZAPC, sub rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0xffffffffffffffff
    RUN "sub64 cf0", 0x2, OSZAPC, sub rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "sub64 cf0", 0x2, OSZAPC, sub rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0x0
    RUN "sub64 cf0", 0x2, OSZAPC, sub rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0x1
    RUN "sub64 cf0", 0x2, OSZAPC, sub rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0x7fffffffffffffff
    RUN "sub64 cf0", 0x2, OSZAPC, sub rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0x8000000000000000
    RUN "sub64 cf0", 0x2, OSZAPC, sub rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0xffffffffffffffff
    RUN "sub64 cf0", 0x2, OSZAPC, sub rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "sub64 cf0", 0x2, OSZAPC, sub rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0x0
    RUN "sub64 cf0", 0x2, OSZAPC, sub rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0x1
    RUN "sub64 cf0", 0x2, OSZAPC, sub rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0x7fffffffffffffff
    RUN "sub64 cf0", 0x2, OSZAPC, sub rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0x8000000000000000
    RUN "sub64 cf0", 0x2, OSZAPC, sub rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0xffffffffffffffff
    RUN "sub64 cf0", 0x2, OSZAPC, sub rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "sub64 cf0", 0x2, OSZAPC, sub rax, rbx
    mov rax, 0x0
    mov rbx, 0x0
    RUN "adc64 cf1", 0x3, OSZAPC, adc rax, rbx
    mov rax, 0x0
    mov rbx, 0x1
    RUN "adc64 cf1", 0x3, OSZAPC, adc rax, rbx
    mov rax, 0x0
    mov rbx, 0x7fffffffffffffff
    RUN "adc64 cf1", 0x3, OSZAPC, adc rax, rbx
    mov rax, 0x0
    mov rbx, 0x8000000000000000
    RUN "adc64 cf1", 0x3, OSZAPC, adc rax, rbx
    mov rax, 0x0
    mov rbx, 0xffffffffffffffff
    RUN "adc64 cf1", 0x3, OSZAPC, adc rax, rbx
    mov rax, 0x0
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "adc64 cf1", 0x3, OSZAPC, adc rax, rbx
    mov rax, 0x1
    mov rbx, 0x0
    RUN "adc64 cf1", 0x3, OSZAPC, adc rax, rbx
    mov rax, 0x1
    mov rbx, 0x1
    RUN "adc64 cf1", 0x3, OSZAPC, adc rax, rbx
    mov rax, 0x1
    mov rbx, 0x7fffffffffffffff
    RUN "adc64 cf1", 0x3, OSZAPC, adc rax, rbx
    mov rax, 0x1
    mov rbx, 0x8000000000000000
    RUN "adc64 cf1", 0x3, OSZAPC, adc rax, rbx
    mov rax, 0x1
    mov rbx, 0xffffffffffffffff
    RUN "adc64 cf1", 0x3, OSZAPC, adc rax, rbx
    mov rax, 0x1
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "adc64 cf1", 0x3, OSZAPC, adc rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0x0
    RUN "adc64 cf1", 0x3, OSZAPC, adc rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0x1
    RUN "adc64 cf1", 0x3, OSZAPC, adc rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0x7fffffffffffffff
    RUN "adc64 cf1", 0x3, OSZAPC, adc rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0x8000000000000000
    RUN "adc64 cf1", 0x3, OSZAPC, adc rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0xffffffffffffffff
    RUN "adc64 cf1", 0x3, OSZAPC, adc rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "adc64 cf1", 0x3, OSZAPC, adc rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0x0
    RUN "adc64 cf1", 0x3, OSZAPC, adc rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0x1
    RUN "adc64 cf1", 0x3, OSZAPC, adc rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0x7fffffffffffffff
    RUN "adc64 cf1", 0x3, OSZAPC, adc rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0x8000000000000000
    RUN "adc64 cf1", 0x3, OSZAPC, adc rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0xffffffffffffffff
    RUN "adc64 cf1", 0x3, OSZAPC, adc rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "adc64 cf1", 0x3, OSZAPC, adc rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0x0
    RUN "adc64 cf1", 0x3, OSZAPC, adc rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0x1
    RUN "adc64 cf1", 0x3, OSZAPC, adc rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0x7fffffffffffffff
    RUN "adc64 cf1", 0x3, OSZAPC, adc rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0x8000000000000000
    RUN "adc64 cf1", 0x3, OSZAPC, adc rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0xffffffffffffffff
    RUN "adc64 cf1", 0x3, OSZAPC, adc rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "adc64 cf1", 0x3, OSZAPC, adc rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0x0
    RUN "adc64 cf1", 0x3, OSZAPC, adc rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0x1
    RUN "adc64 cf1", 0x3, OSZAPC, adc rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0x7fffffffffffffff
    RUN "adc64 cf1", 0x3, OSZAPC, adc rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0x8000000000000000
    RUN "adc64 cf1", 0x3, OSZAPC, adc rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0xffffffffffffffff
    RUN "adc64 cf1", 0x3, OSZAPC, adc rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "adc64 cf1", 0x3, OSZAPC, adc rax, rbx
    mov rax, 0x0
    mov rbx, 0x0
    RUN "adc64 cf0", 0x2, OSZAPC, adc rax, rbx
    mov rax, 0x0
    mov rbx, 0x1
    RUN "adc64 cf0", 0x2, OSZAPC, adc rax, rbx
    mov rax, 0x0
    mov rbx, 0x7fffffffffffffff
    RUN "adc64 cf0", 0x2, OSZAPC, adc rax, rbx
    mov rax, 0x0
    mov rbx, 0x8000000000000000
    RUN "adc64 cf0", 0x2, OSZAPC, adc rax, rbx
    mov rax, 0x0
    mov rbx, 0xffffffffffffffff
    RUN "adc64 cf0", 0x2, OSZAPC, adc rax, rbx
    mov rax, 0x0
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "adc64 cf0", 0x2, OSZAPC, adc rax, rbx
    mov rax, 0x1
    mov rbx, 0x0
    RUN "adc64 cf0", 0x2, OSZAPC, adc rax, rbx
    mov rax, 0x1
    mov rbx, 0x1
    RUN "adc64 cf0", 0x2, OSZAPC, adc rax, rbx
    mov rax, 0x1
    mov rbx, 0x7fffffffffffffff
    RUN "adc64 cf0", 0x2, OSZAPC, adc rax, rbx
    mov rax, 0x1
    mov rbx, 0x8000000000000000
    RUN "adc64 cf0", 0x2, OSZAPC, adc rax, rbx
    mov rax, 0x1
    mov rbx, 0xffffffffffffffff
    RUN "adc64 cf0", 0x2, OSZAPC, adc rax, rbx
    mov rax, 0x1
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "adc64 cf0", 0x2, OSZAPC, adc rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0x0
    RUN "adc64 cf0", 0x2, OSZAPC, adc rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0x1
    RUN "adc64 cf0", 0x2, OSZAPC, adc rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0x7fffffffffffffff
    RUN "adc64 cf0", 0x2, OSZAPC, adc rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0x8000000000000000
    RUN "adc64 cf0", 0x2, OSZAPC, adc rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0xffffffffffffffff
    RUN "adc64 cf0", 0x2, OSZAPC, adc rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "adc64 cf0", 0x2, OSZAPC, adc rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0x0
    RUN "adc64 cf0", 0x2, OSZAPC, adc rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0x1
    RUN "adc64 cf0", 0x2, OSZAPC, adc rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0x7fffffffffffffff
    RUN "adc64 cf0", 0x2, OSZAPC, adc rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0x8000000000000000
    RUN "adc64 cf0", 0x2, OSZAPC, adc rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0xffffffffffffffff
    RUN "adc64 cf0", 0x2, OSZAPC, adc rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "adc64 cf0", 0x2, OSZAPC, adc rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0x0
    RUN "adc64 cf0", 0x2, OSZAPC, adc rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0x1
    RUN "adc64 cf0", 0x2, OSZAPC, adc rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0x7fffffffffffffff
    RUN "adc64 cf0", 0x2, OSZAPC, adc rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0x8000000000000000
    RUN "adc64 cf0", 0x2, OSZAPC, adc rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0xffffffffffffffff
    RUN "adc64 cf0", 0x2, OSZAPC, adc rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "adc64 cf0", 0x2, OSZAPC, adc rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0x0
    RUN "adc64 cf0", 0x2, OSZAPC, adc rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0x1
    RUN "adc64 cf0", 0x2, OSZAPC, adc rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0x7fffffffffffffff
    RUN "adc64 cf0", 0x2, OSZAPC, adc rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0x8000000000000000
    RUN "adc64 cf0", 0x2, OSZAPC, adc rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0xffffffffffffffff
    RUN "adc64 cf0", 0x2, OSZAPC, adc rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "adc64 cf0", 0x2, OSZAPC, adc rax, rbx
    mov rax, 0x0
    mov rbx, 0x0
    RUN "sbb64 cf1", 0x3, OSZAPC, sbb rax, rbx
    mov rax, 0x0
    mov rbx, 0x1
    RUN "sbb64 cf1", 0x3, OSZAPC, sbb rax, rbx
    mov rax, 0x0
    mov rbx, 0x7fffffffffffffff
    RUN "sbb64 cf1", 0x3, OSZAPC, sbb rax, rbx
    mov rax, 0x0
    mov rbx, 0x8000000000000000
    RUN "sbb64 cf1", 0x3, OSZAPC, sbb rax, rbx
    mov rax, 0x0
    mov rbx, 0xffffffffffffffff
    RUN "sbb64 cf1", 0x3, OSZAPC, sbb rax, rbx
    mov rax, 0x0
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "sbb64 cf1", 0x3, OSZAPC, sbb rax, rbx
    mov rax, 0x1
    mov rbx, 0x0
    RUN "sbb64 cf1", 0x3, OSZAPC, sbb rax, rbx
    mov rax, 0x1
    mov rbx, 0x1
    RUN "sbb64 cf1", 0x3, OSZAPC, sbb rax, rbx
    mov rax, 0x1
    mov rbx, 0x7fffffffffffffff
    RUN "sbb64 cf1", 0x3, OSZAPC, sbb rax, rbx
    mov rax, 0x1
    mov rbx, 0x8000000000000000
    RUN "sbb64 cf1", 0x3, OSZAPC, sbb rax, rbx
    mov rax, 0x1
    mov rbx, 0xffffffffffffffff
    RUN "sbb64 cf1", 0x3, OSZAPC, sbb rax, rbx
    mov rax, 0x1
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "sbb64 cf1", 0x3, OSZAPC, sbb rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0x0
    RUN "sbb64 cf1", 0x3, OSZAPC, sbb rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0x1
    RUN "sbb64 cf1", 0x3, OSZAPC, sbb rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0x7fffffffffffffff
    RUN "sbb64 cf1", 0x3, OSZAPC, sbb rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0x8000000000000000
    RUN "sbb64 cf1", 0x3, OSZAPC, sbb rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0xffffffffffffffff
    RUN "sbb64 cf1", 0x3, OSZAPC, sbb rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "sbb64 cf1", 0x3, OSZAPC, sbb rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0x0
    RUN "sbb64 cf1", 0x3, OSZAPC, sbb rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0x1
    RUN "sbb64 cf1", 0x3, OSZAPC, sbb rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0x7fffffffffffffff
    RUN "sbb64 cf1", 0x3, OSZAPC, sbb rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0x8000000000000000
    RUN "sbb64 cf1", 0x3, OSZAPC, sbb rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0xffffffffffffffff
    RUN "sbb64 cf1", 0x3, OSZAPC, sbb rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "sbb64 cf1", 0x3, OSZAPC, sbb rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0x0
    RUN "sbb64 cf1", 0x3, OSZAPC, sbb rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0x1
    RUN "sbb64 cf1", 0x3, OSZAPC, sbb rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0x7fffffffffffffff
    RUN "sbb64 cf1", 0x3, OSZAPC, sbb rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0x8000000000000000
    RUN "sbb64 cf1", 0x3, OSZAPC, sbb rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0xffffffffffffffff
    RUN "sbb64 cf1", 0x3, OSZAPC, sbb rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "sbb64 cf1", 0x3, OSZAPC, sbb rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0x0
    RUN "sbb64 cf1", 0x3, OSZAPC, sbb rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0x1
    RUN "sbb64 cf1", 0x3, OSZAPC, sbb rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0x7fffffffffffffff
    RUN "sbb64 cf1", 0x3, OSZAPC, sbb rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0x8000000000000000
    RUN "sbb64 cf1", 0x3, OSZAPC, sbb rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0xffffffffffffffff
    RUN "sbb64 cf1", 0x3, OSZAPC, sbb rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "sbb64 cf1", 0x3, OSZAPC, sbb rax, rbx
    mov rax, 0x0
    mov rbx, 0x0
    RUN "sbb64 cf0", 0x2, OSZAPC, sbb rax, rbx
    mov rax, 0x0
    mov rbx, 0x1
    RUN "sbb64 cf0", 0x2, OSZAPC, sbb rax, rbx
    mov rax, 0x0
    mov rbx, 0x7fffffffffffffff
    RUN "sbb64 cf0", 0x2, OSZAPC, sbb rax, rbx
    mov rax, 0x0
    mov rbx, 0x8000000000000000
    RUN "sbb64 cf0", 0x2, OSZAPC, sbb rax, rbx
    mov rax, 0x0
    mov rbx, 0xffffffffffffffff
    RUN "sbb64 cf0", 0x2, OSZAPC, sbb rax, rbx
    mov rax, 0x0
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "sbb64 cf0", 0x2, OSZAPC, sbb rax, rbx
    mov rax, 0x1
    mov rbx, 0x0
    RUN "sbb64 cf0", 0x2, OSZAPC, sbb rax, rbx
    mov rax, 0x1
    mov rbx, 0x1
    RUN "sbb64 cf0", 0x2, OSZAPC, sbb rax, rbx
    mov rax, 0x1
    mov rbx, 0x7fffffffffffffff
    RUN "sbb64 cf0", 0x2, OSZAPC, sbb rax, rbx
    mov rax, 0x1
    mov rbx, 0x8000000000000000
    RUN "sbb64 cf0", 0x2, OSZAPC, sbb rax, rbx
    mov rax, 0x1
    mov rbx, 0xffffffffffffffff
    RUN "sbb64 cf0", 0x2, OSZAPC, sbb rax, rbx
    mov rax, 0x1
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "sbb64 cf0", 0x2, OSZAPC, sbb rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0x0
    RUN "sbb64 cf0", 0x2, OSZAPC, sbb rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0x1
    RUN "sbb64 cf0", 0x2, OSZAPC, sbb rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0x7fffffffffffffff
    RUN "sbb64 cf0", 0x2, OSZAPC, sbb rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0x8000000000000000
    RUN "sbb64 cf0", 0x2, OSZAPC, sbb rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0xffffffffffffffff
    RUN "sbb64 cf0", 0x2, OSZAPC, sbb rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "sbb64 cf0", 0x2, OSZAPC, sbb rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0x0
    RUN "sbb64 cf0", 0x2, OSZAPC, sbb rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0x1
    RUN "sbb64 cf0", 0x2, OSZAPC, sbb rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0x7fffffffffffffff
    RUN "sbb64 cf0", 0x2, OSZAPC, sbb rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0x8000000000000000
    RUN "sbb64 cf0", 0x2, OSZAPC, sbb rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0xffffffffffffffff
    RUN "sbb64 cf0", 0x2, OSZAPC, sbb rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "sbb64 cf0", 0x2, OSZAPC, sbb rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0x0
    RUN "sbb64 cf0", 0x2, OSZAPC, sbb rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0x1
    RUN "sbb64 cf0", 0x2, OSZAPC, sbb rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0x7fffffffffffffff
    RUN "sbb64 cf0", 0x2, OSZAPC, sbb rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0x8000000000000000
    RUN "sbb64 cf0", 0x2, OSZAPC, sbb rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0xffffffffffffffff
    RUN "sbb64 cf0", 0x2, OSZAPC, sbb rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "sbb64 cf0", 0x2, OSZAPC, sbb rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0x0
    RUN "sbb64 cf0", 0x2, OSZAPC, sbb rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0x1
    RUN "sbb64 cf0", 0x2, OSZAPC, sbb rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0x7fffffffffffffff
    RUN "sbb64 cf0", 0x2, OSZAPC, sbb rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0x8000000000000000
    RUN "sbb64 cf0", 0x2, OSZAPC, sbb rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0xffffffffffffffff
    RUN "sbb64 cf0", 0x2, OSZAPC, sbb rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "sbb64 cf0", 0x2, OSZAPC, sbb rax, rbx
    mov rax, 0x0
    mov rbx, 0x0
    RUN "cmp64 cf0", 0x2, OSZAPC, cmp rax, rbx
    mov rax, 0x0
    mov rbx, 0x1
    RUN "cmp64 cf0", 0x2, OSZAPC, cmp rax, rbx
    mov rax, 0x0
    mov rbx, 0x7fffffffffffffff
    RUN "cmp64 cf0", 0x2, OSZAPC, cmp rax, rbx
    mov rax, 0x0
    mov rbx, 0x8000000000000000
    RUN "cmp64 cf0", 0x2, OSZAPC, cmp rax, rbx
    mov rax, 0x0
    mov rbx, 0xffffffffffffffff
    RUN "cmp64 cf0", 0x2, OSZAPC, cmp rax, rbx
    mov rax, 0x0
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "cmp64 cf0", 0x2, OSZAPC, cmp rax, rbx
    mov rax, 0x1
    mov rbx, 0x0
    RUN "cmp64 cf0", 0x2, OSZAPC, cmp rax, rbx
    mov rax, 0x1
    mov rbx, 0x1
    RUN "cmp64 cf0", 0x2, OSZAPC, cmp rax, rbx
    mov rax, 0x1
    mov rbx, 0x7fffffffffffffff
    RUN "cmp64 cf0", 0x2, OSZAPC, cmp rax, rbx
    mov rax, 0x1
    mov rbx, 0x8000000000000000
    RUN "cmp64 cf0", 0x2, OSZAPC, cmp rax, rbx
    mov rax, 0x1
    mov rbx, 0xffffffffffffffff
    RUN "cmp64 cf0", 0x2, OSZAPC, cmp rax, rbx
    mov rax, 0x1
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "cmp64 cf0", 0x2, OSZAPC, cmp rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0x0
    RUN "cmp64 cf0", 0x2, OSZAPC, cmp rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0x1
    RUN "cmp64 cf0", 0x2, OSZAPC, cmp rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0x7fffffffffffffff
    RUN "cmp64 cf0", 0x2, OSZAPC, cmp rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0x8000000000000000
    RUN "cmp64 cf0", 0x2, OSZAPC, cmp rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0xffffffffffffffff
    RUN "cmp64 cf0", 0x2, OSZAPC, cmp rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "cmp64 cf0", 0x2, OSZAPC, cmp rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0x0
    RUN "cmp64 cf0", 0x2, OSZAPC, cmp rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0x1
    RUN "cmp64 cf0", 0x2, OSZAPC, cmp rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0x7fffffffffffffff
    RUN "cmp64 cf0", 0x2, OSZAPC, cmp rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0x8000000000000000
    RUN "cmp64 cf0", 0x2, OSZAPC, cmp rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0xffffffffffffffff
    RUN "cmp64 cf0", 0x2, OSZAPC, cmp rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "cmp64 cf0", 0x2, OSZAPC, cmp rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0x0
    RUN "cmp64 cf0", 0x2, OSZAPC, cmp rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0x1
    RUN "cmp64 cf0", 0x2, OSZAPC, cmp rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0x7fffffffffffffff
    RUN "cmp64 cf0", 0x2, OSZAPC, cmp rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0x8000000000000000
    RUN "cmp64 cf0", 0x2, OSZAPC, cmp rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0xffffffffffffffff
    RUN "cmp64 cf0", 0x2, OSZAPC, cmp rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "cmp64 cf0", 0x2, OSZAPC, cmp rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0x0
    RUN "cmp64 cf0", 0x2, OSZAPC, cmp rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0x1
    RUN "cmp64 cf0", 0x2, OSZAPC, cmp rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0x7fffffffffffffff
    RUN "cmp64 cf0", 0x2, OSZAPC, cmp rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0x8000000000000000
    RUN "cmp64 cf0", 0x2, OSZAPC, cmp rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0xffffffffffffffff
    RUN "cmp64 cf0", 0x2, OSZAPC, cmp rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "cmp64 cf0", 0x2, OSZAPC, cmp rax, rbx
    mov rax, 0x0
    mov rbx, 0x0
    RUN "and64 cf1", 0x3, OSZPC, and rax, rbx
    mov rax, 0x0
    mov rbx, 0x1
    RUN "and64 cf1", 0x3, OSZPC, and rax, rbx
    mov rax, 0x0
    mov rbx, 0x7fffffffffffffff
    RUN "and64 cf1", 0x3, OSZPC, and rax, rbx
    mov rax, 0x0
    mov rbx, 0x8000000000000000
    RUN "and64 cf1", 0x3, OSZPC, and rax, rbx
    mov rax, 0x0
    mov rbx, 0xffffffffffffffff
    RUN "and64 cf1", 0x3, OSZPC, and rax, rbx
    mov rax, 0x0
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "and64 cf1", 0x3, OSZPC, and rax, rbx
    mov rax, 0x1
    mov rbx, 0x0
    RUN "and64 cf1", 0x3, OSZPC, and rax, rbx
    mov rax, 0x1
    mov rbx, 0x1
    RUN "and64 cf1", 0x3, OSZPC, and rax, rbx
    mov rax, 0x1
    mov rbx, 0x7fffffffffffffff
    RUN "and64 cf1", 0x3, OSZPC, and rax, rbx
    mov rax, 0x1
    mov rbx, 0x8000000000000000
    RUN "and64 cf1", 0x3, OSZPC, and rax, rbx
    mov rax, 0x1
    mov rbx, 0xffffffffffffffff
    RUN "and64 cf1", 0x3, OSZPC, and rax, rbx
    mov rax, 0x1
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "and64 cf1", 0x3, OSZPC, and rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0x0
    RUN "and64 cf1", 0x3, OSZPC, and rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0x1
    RUN "and64 cf1", 0x3, OSZPC, and rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0x7fffffffffffffff
    RUN "and64 cf1", 0x3, OSZPC, and rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0x8000000000000000
    RUN "and64 cf1", 0x3, OSZPC, and rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0xffffffffffffffff
    RUN "and64 cf1", 0x3, OSZPC, and rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "and64 cf1", 0x3, OSZPC, and rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0x0
    RUN "and64 cf1", 0x3, OSZPC, and rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0x1
    RUN "and64 cf1", 0x3, OSZPC, and rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0x7fffffffffffffff
    RUN "and64 cf1", 0x3, OSZPC, and rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0x8000000000000000
    RUN "and64 cf1", 0x3, OSZPC, and rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0xffffffffffffffff
    RUN "and64 cf1", 0x3, OSZPC, and rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "and64 cf1", 0x3, OSZPC, and rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0x0
    RUN "and64 cf1", 0x3, OSZPC, and rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0x1
    RUN "and64 cf1", 0x3, OSZPC, and rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0x7fffffffffffffff
    RUN "and64 cf1", 0x3, OSZPC, and rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0x8000000000000000
    RUN "and64 cf1", 0x3, OSZPC, and rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0xffffffffffffffff
    RUN "and64 cf1", 0x3, OSZPC, and rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "and64 cf1", 0x3, OSZPC, and rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0x0
    RUN "and64 cf1", 0x3, OSZPC, and rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0x1
    RUN "and64 cf1", 0x3, OSZPC, and rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0x7fffffffffffffff
    RUN "and64 cf1", 0x3, OSZPC, and rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0x8000000000000000
    RUN "and64 cf1", 0x3, OSZPC, and rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0xffffffffffffffff
    RUN "and64 cf1", 0x3, OSZPC, and rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "and64 cf1", 0x3, OSZPC, and rax, rbx
    mov rax, 0x0
    mov rbx, 0x0
    RUN "or64 cf0", 0x2, OSZPC, or rax, rbx
    mov rax, 0x0
    mov rbx, 0x1
    RUN "or64 cf0", 0x2, OSZPC, or rax, rbx
    mov rax, 0x0
    mov rbx, 0x7fffffffffffffff
    RUN "or64 cf0", 0x2, OSZPC, or rax, rbx
    mov rax, 0x0
    mov rbx, 0x8000000000000000
    RUN "or64 cf0", 0x2, OSZPC, or rax, rbx
    mov rax, 0x0
    mov rbx, 0xffffffffffffffff
    RUN "or64 cf0", 0x2, OSZPC, or rax, rbx
    mov rax, 0x0
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "or64 cf0", 0x2, OSZPC, or rax, rbx
    mov rax, 0x1
    mov rbx, 0x0
    RUN "or64 cf0", 0x2, OSZPC, or rax, rbx
    mov rax, 0x1
    mov rbx, 0x1
    RUN "or64 cf0", 0x2, OSZPC, or rax, rbx
    mov rax, 0x1
    mov rbx, 0x7fffffffffffffff
    RUN "or64 cf0", 0x2, OSZPC, or rax, rbx
    mov rax, 0x1
    mov rbx, 0x8000000000000000
    RUN "or64 cf0", 0x2, OSZPC, or rax, rbx
    mov rax, 0x1
    mov rbx, 0xffffffffffffffff
    RUN "or64 cf0", 0x2, OSZPC, or rax, rbx
    mov rax, 0x1
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "or64 cf0", 0x2, OSZPC, or rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0x0
    RUN "or64 cf0", 0x2, OSZPC, or rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0x1
    RUN "or64 cf0", 0x2, OSZPC, or rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0x7fffffffffffffff
    RUN "or64 cf0", 0x2, OSZPC, or rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0x8000000000000000
    RUN "or64 cf0", 0x2, OSZPC, or rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0xffffffffffffffff
    RUN "or64 cf0", 0x2, OSZPC, or rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "or64 cf0", 0x2, OSZPC, or rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0x0
    RUN "or64 cf0", 0x2, OSZPC, or rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0x1
    RUN "or64 cf0", 0x2, OSZPC, or rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0x7fffffffffffffff
    RUN "or64 cf0", 0x2, OSZPC, or rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0x8000000000000000
    RUN "or64 cf0", 0x2, OSZPC, or rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0xffffffffffffffff
    RUN "or64 cf0", 0x2, OSZPC, or rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "or64 cf0", 0x2, OSZPC, or rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0x0
    RUN "or64 cf0", 0x2, OSZPC, or rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0x1
    RUN "or64 cf0", 0x2, OSZPC, or rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0x7fffffffffffffff
    RUN "or64 cf0", 0x2, OSZPC, or rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0x8000000000000000
    RUN "or64 cf0", 0x2, OSZPC, or rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0xffffffffffffffff
    RUN "or64 cf0", 0x2, OSZPC, or rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "or64 cf0", 0x2, OSZPC, or rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0x0
    RUN "or64 cf0", 0x2, OSZPC, or rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0x1
    RUN "or64 cf0", 0x2, OSZPC, or rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0x7fffffffffffffff
    RUN "or64 cf0", 0x2, OSZPC, or rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0x8000000000000000
    RUN "or64 cf0", 0x2, OSZPC, or rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0xffffffffffffffff
    RUN "or64 cf0", 0x2, OSZPC, or rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "or64 cf0", 0x2, OSZPC, or rax, rbx
    mov rax, 0x0
    mov rbx, 0x0
    RUN "xor64 cf1", 0x803, OSZPC, xor rax, rbx
    mov rax, 0x0
    mov rbx, 0x1
    RUN "xor64 cf1", 0x803, OSZPC, xor rax, rbx
    mov rax, 0x0
    mov rbx, 0x7fffffffffffffff
    RUN "xor64 cf1", 0x803, OSZPC, xor rax, rbx
    mov rax, 0x0
    mov rbx, 0x8000000000000000
    RUN "xor64 cf1", 0x803, OSZPC, xor rax, rbx
    mov rax, 0x0
    mov rbx, 0xffffffffffffffff
    RUN "xor64 cf1", 0x803, OSZPC, xor rax, rbx
    mov rax, 0x0
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "xor64 cf1", 0x803, OSZPC, xor rax, rbx
    mov rax, 0x1
    mov rbx, 0x0
    RUN "xor64 cf1", 0x803, OSZPC, xor rax, rbx
    mov rax, 0x1
    mov rbx, 0x1
    RUN "xor64 cf1", 0x803, OSZPC, xor rax, rbx
    mov rax, 0x1
    mov rbx, 0x7fffffffffffffff
    RUN "xor64 cf1", 0x803, OSZPC, xor rax, rbx
    mov rax, 0x1
    mov rbx, 0x8000000000000000
    RUN "xor64 cf1", 0x803, OSZPC, xor rax, rbx
    mov rax, 0x1
    mov rbx, 0xffffffffffffffff
    RUN "xor64 cf1", 0x803, OSZPC, xor rax, rbx
    mov rax, 0x1
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "xor64 cf1", 0x803, OSZPC, xor rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0x0
    RUN "xor64 cf1", 0x803, OSZPC, xor rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0x1
    RUN "xor64 cf1", 0x803, OSZPC, xor rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0x7fffffffffffffff
    RUN "xor64 cf1", 0x803, OSZPC, xor rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0x8000000000000000
    RUN "xor64 cf1", 0x803, OSZPC, xor rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0xffffffffffffffff
    RUN "xor64 cf1", 0x803, OSZPC, xor rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "xor64 cf1", 0x803, OSZPC, xor rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0x0
    RUN "xor64 cf1", 0x803, OSZPC, xor rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0x1
    RUN "xor64 cf1", 0x803, OSZPC, xor rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0x7fffffffffffffff
    RUN "xor64 cf1", 0x803, OSZPC, xor rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0x8000000000000000
    RUN "xor64 cf1", 0x803, OSZPC, xor rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0xffffffffffffffff
    RUN "xor64 cf1", 0x803, OSZPC, xor rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "xor64 cf1", 0x803, OSZPC, xor rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0x0
    RUN "xor64 cf1", 0x803, OSZPC, xor rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0x1
    RUN "xor64 cf1", 0x803, OSZPC, xor rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0x7fffffffffffffff
    RUN "xor64 cf1", 0x803, OSZPC, xor rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0x8000000000000000
    RUN "xor64 cf1", 0x803, OSZPC, xor rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0xffffffffffffffff
    RUN "xor64 cf1", 0x803, OSZPC, xor rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "xor64 cf1", 0x803, OSZPC, xor rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0x0
    RUN "xor64 cf1", 0x803, OSZPC, xor rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0x1
    RUN "xor64 cf1", 0x803, OSZPC, xor rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0x7fffffffffffffff
    RUN "xor64 cf1", 0x803, OSZPC, xor rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0x8000000000000000
    RUN "xor64 cf1", 0x803, OSZPC, xor rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0xffffffffffffffff
    RUN "xor64 cf1", 0x803, OSZPC, xor rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "xor64 cf1", 0x803, OSZPC, xor rax, rbx
    mov rax, 0x0
    mov rbx, 0x0
    RUN "test64 cf0", 0x2, OSZPC, test rax, rbx
    mov rax, 0x0
    mov rbx, 0x1
    RUN "test64 cf0", 0x2, OSZPC, test rax, rbx
    mov rax, 0x0
    mov rbx, 0x7fffffffffffffff
    RUN "test64 cf0", 0x2, OSZPC, test rax, rbx
    mov rax, 0x0
    mov rbx, 0x8000000000000000
    RUN "test64 cf0", 0x2, OSZPC, test rax, rbx
    mov rax, 0x0
    mov rbx, 0xffffffffffffffff
    RUN "test64 cf0", 0x2, OSZPC, test rax, rbx
    mov rax, 0x0
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "test64 cf0", 0x2, OSZPC, test rax, rbx
    mov rax, 0x1
    mov rbx, 0x0
    RUN "test64 cf0", 0x2, OSZPC, test rax, rbx
    mov rax, 0x1
    mov rbx, 0x1
    RUN "test64 cf0", 0x2, OSZPC, test rax, rbx
    mov rax, 0x1
    mov rbx, 0x7fffffffffffffff
    RUN "test64 cf0", 0x2, OSZPC, test rax, rbx
    mov rax, 0x1
    mov rbx, 0x8000000000000000
    RUN "test64 cf0", 0x2, OSZPC, test rax, rbx
    mov rax, 0x1
    mov rbx, 0xffffffffffffffff
    RUN "test64 cf0", 0x2, OSZPC, test rax, rbx
    mov rax, 0x1
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "test64 cf0", 0x2, OSZPC, test rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0x0
    RUN "test64 cf0", 0x2, OSZPC, test rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0x1
    RUN "test64 cf0", 0x2, OSZPC, test rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0x7fffffffffffffff
    RUN "test64 cf0", 0x2, OSZPC, test rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0x8000000000000000
    RUN "test64 cf0", 0x2, OSZPC, test rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0xffffffffffffffff
    RUN "test64 cf0", 0x2, OSZPC, test rax, rbx
    mov rax, 0x7fffffffffffffff
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "test64 cf0", 0x2, OSZPC, test rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0x0
    RUN "test64 cf0", 0x2, OSZPC, test rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0x1
    RUN "test64 cf0", 0x2, OSZPC, test rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0x7fffffffffffffff
    RUN "test64 cf0", 0x2, OSZPC, test rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0x8000000000000000
    RUN "test64 cf0", 0x2, OSZPC, test rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0xffffffffffffffff
    RUN "test64 cf0", 0x2, OSZPC, test rax, rbx
    mov rax, 0x8000000000000000
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "test64 cf0", 0x2, OSZPC, test rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0x0
    RUN "test64 cf0", 0x2, OSZPC, test rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0x1
    RUN "test64 cf0", 0x2, OSZPC, test rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0x7fffffffffffffff
    RUN "test64 cf0", 0x2, OSZPC, test rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0x8000000000000000
    RUN "test64 cf0", 0x2, OSZPC, test rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0xffffffffffffffff
    RUN "test64 cf0", 0x2, OSZPC, test rax, rbx
    mov rax, 0xffffffffffffffff
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "test64 cf0", 0x2, OSZPC, test rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0x0
    RUN "test64 cf0", 0x2, OSZPC, test rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0x1
    RUN "test64 cf0", 0x2, OSZPC, test rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0x7fffffffffffffff
    RUN "test64 cf0", 0x2, OSZPC, test rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0x8000000000000000
    RUN "test64 cf0", 0x2, OSZPC, test rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0xffffffffffffffff
    RUN "test64 cf0", 0x2, OSZPC, test rax, rbx
    mov rax, 0x5a5a5a5a5a5a5a5a
    mov rbx, 0x5a5a5a5a5a5a5a5a
    RUN "test64 cf0", 0x2, OSZPC, test rax, rbx
    mov rax, 0x0
    RUN "inc64 in0x2", 0x2, OSZAPC, inc rax
    mov rax, 0x1
    RUN "inc64 in0x2", 0x2, OSZAPC, inc rax
    mov rax, 0x7fffffffffffffff
    RUN "inc64 in0x2", 0x2, OSZAPC, inc rax
    mov rax, 0x8000000000000000
    RUN "inc64 in0x2", 0x2, OSZAPC, inc rax
    mov rax, 0xffffffffffffffff
    RUN "inc64 in0x2", 0x2, OSZAPC, inc rax
    mov rax, 0x5a5a5a5a5a5a5a5a
    RUN "inc64 in0x2", 0x2, OSZAPC, inc rax
    mov rax, 0x0
    RUN "inc64 in0x8d7", 0x8d7, OSZAPC, inc rax
    mov rax, 0x1
    RUN "inc64 in0x8d7", 0x8d7, OSZAPC, inc rax
    mov rax, 0x7fffffffffffffff
    RUN "inc64 in0x8d7", 0x8d7, OSZAPC, inc rax
    mov rax, 0x8000000000000000
    RUN "inc64 in0x8d7", 0x8d7, OSZAPC, inc rax
    mov rax, 0xffffffffffffffff
    RUN "inc64 in0x8d7", 0x8d7, OSZAPC, inc rax
    mov rax, 0x5a5a5a5a5a5a5a5a
    RUN "inc64 in0x8d7", 0x8d7, OSZAPC, inc rax
    mov rax, 0x0
    RUN "dec64 in0x2", 0x2, OSZAPC, dec rax
    mov rax, 0x1
    RUN "dec64 in0x2", 0x2, OSZAPC, dec rax
    mov rax, 0x7fffffffffffffff
    RUN "dec64 in0x2", 0x2, OSZAPC, dec rax
    mov rax, 0x8000000000000000
    RUN "dec64 in0x2", 0x2, OSZAPC, dec rax
    mov rax, 0xffffffffffffffff
    RUN "dec64 in0x2", 0x2, OSZAPC, dec rax
    mov rax, 0x5a5a5a5a5a5a5a5a
    RUN "dec64 in0x2", 0x2, OSZAPC, dec rax
    mov rax, 0x0
    RUN "dec64 in0x8d7", 0x8d7, OSZAPC, dec rax
    mov rax, 0x1
    RUN "dec64 in0x8d7", 0x8d7, OSZAPC, dec rax
    mov rax, 0x7fffffffffffffff
    RUN "dec64 in0x8d7", 0x8d7, OSZAPC, dec rax
    mov rax, 0x8000000000000000
    RUN "dec64 in0x8d7", 0x8d7, OSZAPC, dec rax
    mov rax, 0xffffffffffffffff
    RUN "dec64 in0x8d7", 0x8d7, OSZAPC, dec rax
    mov rax, 0x5a5a5a5a5a5a5a5a
    RUN "dec64 in0x8d7", 0x8d7, OSZAPC, dec rax
    mov rax, 0x0
    RUN "neg64 in0x2", 0x2, OSZAPC, neg rax
    mov rax, 0x1
    RUN "neg64 in0x2", 0x2, OSZAPC, neg rax
    mov rax, 0x7fffffffffffffff
    RUN "neg64 in0x2", 0x2, OSZAPC, neg rax
    mov rax, 0x8000000000000000
    RUN "neg64 in0x2", 0x2, OSZAPC, neg rax
    mov rax, 0xffffffffffffffff
    RUN "neg64 in0x2", 0x2, OSZAPC, neg rax
    mov rax, 0x5a5a5a5a5a5a5a5a
    RUN "neg64 in0x2", 0x2, OSZAPC, neg rax
    mov rax, 0x0
    RUN "neg64 in0x8d7", 0x8d7, OSZAPC, neg rax
    mov rax, 0x1
    RUN "neg64 in0x8d7", 0x8d7, OSZAPC, neg rax
    mov rax, 0x7fffffffffffffff
    RUN "neg64 in0x8d7", 0x8d7, OSZAPC, neg rax
    mov rax, 0x8000000000000000
    RUN "neg64 in0x8d7", 0x8d7, OSZAPC, neg rax
    mov rax, 0xffffffffffffffff
    RUN "neg64 in0x8d7", 0x8d7, OSZAPC, neg rax
    mov rax, 0x5a5a5a5a5a5a5a5a
    RUN "neg64 in0x8d7", 0x8d7, OSZAPC, neg rax
    mov rax, 0x0
    RUN "not64 in0x2", 0x2, OSZAPC, not rax
    mov rax, 0x1
    RUN "not64 in0x2", 0x2, OSZAPC, not rax
    mov rax, 0x7fffffffffffffff
    RUN "not64 in0x2", 0x2, OSZAPC, not rax
    mov rax, 0x8000000000000000
    RUN "not64 in0x2", 0x2, OSZAPC, not rax
    mov rax, 0xffffffffffffffff
    RUN "not64 in0x2", 0x2, OSZAPC, not rax
    mov rax, 0x5a5a5a5a5a5a5a5a
    RUN "not64 in0x2", 0x2, OSZAPC, not rax
    mov rax, 0x0
    RUN "not64 in0x8d7", 0x8d7, OSZAPC, not rax
    mov rax, 0x1
    RUN "not64 in0x8d7", 0x8d7, OSZAPC, not rax
    mov rax, 0x7fffffffffffffff
    RUN "not64 in0x8d7", 0x8d7, OSZAPC, not rax
    mov rax, 0x8000000000000000
    RUN "not64 in0x8d7", 0x8d7, OSZAPC, not rax
    mov rax, 0xffffffffffffffff
    RUN "not64 in0x8d7", 0x8d7, OSZAPC, not rax
    mov rax, 0x5a5a5a5a5a5a5a5a
    RUN "not64 in0x8d7", 0x8d7, OSZAPC, not rax
    mov rax, 0x0
    mov qword [rel scratch], rax
    RUN "add rax, -1", 0x3, OSZPC, add rax, -1
    mov rbx, [rel scratch]
    PRINT "  mem: "
    push rax
    mov rax, rbx
    mov r8d, 10
    call print_hex
    pop rax
    mov rax, 0x7fffffffffffffff
    mov qword [rel scratch], rax
    RUN "add rax, -1", 0x3, OSZPC, add rax, -1
    mov rbx, [rel scratch]
    PRINT "  mem: "
    push rax
    mov rax, rbx
    mov r8d, 10
    call print_hex
    pop rax
    mov rax, 0xffffffff00000001
    mov qword [rel scratch], rax
    RUN "add rax, -1", 0x3, OSZPC, add rax, -1
    mov rbx, [rel scratch]
    PRINT "  mem: "
    push rax
    mov rax, rbx
    mov r8d, 10
    call print_hex
    pop rax
    mov rax, 0x0
    mov qword [rel scratch], rax
    RUN "add eax, 0x7fffffff", 0x3, OSZPC, add eax, 0x7fffffff
    mov rbx, [rel scratch]
    PRINT "  mem: "
    push rax
    mov rax, rbx
    mov r8d, 10
    call print_hex
    pop rax
    mov rax, 0x7fffffffffffffff
    mov qword [rel scratch], rax
    RUN "add eax, 0x7fffffff", 0x3, OSZPC, add eax, 0x7fffffff
    mov rbx, [rel scratch]
    PRINT "  mem: "
    push rax
    mov rax, rbx
    mov r8d, 10
    call print_hex
    pop rax
    mov rax, 0xffffffff00000001
    mov qword [rel scratch], rax
    RUN "add eax, 0x7fffffff", 0x3, OSZPC, add eax, 0x7fffffff
    mov rbx, [rel scratch]
    PRINT "  mem: "
    push rax
    mov rax, rbx
    mov r8d, 10
    call print_hex
    pop rax
    mov rax, 0x0
    mov qword [rel scratch], rax
    RUN "sub rax, 0x80", 0x3, OSZPC, sub rax, 0x80
    mov rbx, [rel scratch]
    PRINT "  mem: "
    push rax
    mov rax, rbx
    mov r8d, 10
    call print_hex
    pop rax
    mov rax, 0x7fffffffffffffff
    mov qword [rel scratch], rax
    RUN "sub rax, 0x80", 0x3, OSZPC, sub rax, 0x80
    mov rbx, [rel scratch]
    PRINT "  mem: "
    push rax
    mov rax, rbx
    mov r8d, 10
    call print_hex
    pop rax
    mov rax, 0xffffffff00000001
    mov qword [rel scratch], rax
    RUN "sub rax, 0x80", 0x3, OSZPC, sub rax, 0x80
    mov rbx, [rel scratch]
    PRINT "  mem: "
    push rax
    mov rax, rbx
    mov r8d, 10
    call print_hex
    pop rax
    mov rax, 0x0
    mov qword [rel scratch], rax
    RUN "and rax, -16", 0x3, OSZPC, and rax, -16
    mov rbx, [rel scratch]
    PRINT "  mem: "
    push rax
    mov rax, rbx
    mov r8d, 10
    call print_hex
    pop rax
    mov rax, 0x7fffffffffffffff
    mov qword [rel scratch], rax
    RUN "and rax, -16", 0x3, OSZPC, and rax, -16
    mov rbx, [rel scratch]
    PRINT "  mem: "
    push rax
    mov rax, rbx
    mov r8d, 10
    call print_hex
    pop rax
    mov rax, 0xffffffff00000001
    mov qword [rel scratch], rax
    RUN "and rax, -16", 0x3, OSZPC, and rax, -16
    mov rbx, [rel scratch]
    PRINT "  mem: "
    push rax
    mov rax, rbx
    mov r8d, 10
    call print_hex
    pop rax
    mov rax, 0x0
    mov qword [rel scratch], rax
    RUN "or eax, -1", 0x3, OSZPC, or eax, -1
    mov rbx, [rel scratch]
    PRINT "  mem: "
    push rax
    mov rax, rbx
    mov r8d, 10
    call print_hex
    pop rax
    mov rax, 0x7fffffffffffffff
    mov qword [rel scratch], rax
    RUN "or eax, -1", 0x3, OSZPC, or eax, -1
    mov rbx, [rel scratch]
    PRINT "  mem: "
    push rax
    mov rax, rbx
    mov r8d, 10
    call print_hex
    pop rax
    mov rax, 0xffffffff00000001
    mov qword [rel scratch], rax
    RUN "or eax, -1", 0x3, OSZPC, or eax, -1
    mov rbx, [rel scratch]
    PRINT "  mem: "
    push rax
    mov rax, rbx
    mov r8d, 10
    call print_hex
    pop rax
    mov rax, 0x0
    mov qword [rel scratch], rax
    RUN "xor ax, 0x8001", 0x3, OSZPC, xor ax, 0x8001
    mov rbx, [rel scratch]
    PRINT "  mem: "
    push rax
    mov rax, rbx
    mov r8d, 10
    call print_hex
    pop rax
    mov rax, 0x7fffffffffffffff
    mov qword [rel scratch], rax
    RUN "xor ax, 0x8001", 0x3, OSZPC, xor ax, 0x8001
    mov rbx, [rel scratch]
    PRINT "  mem: "
    push rax
    mov rax, rbx
    mov r8d, 10
    call print_hex
    pop rax
    mov rax, 0xffffffff00000001
    mov qword [rel scratch], rax
    RUN "xor ax, 0x8001", 0x3, OSZPC, xor ax, 0x8001
    mov rbx, [rel scratch]
    PRINT "  mem: "
    push rax
    mov rax, rbx
    mov r8d, 10
    call print_hex
    pop rax
    mov rax, 0x0
    mov qword [rel scratch], rax
    RUN "adc al, 0x7f", 0x3, OSZPC, adc al, 0x7f
    mov rbx, [rel scratch]
    PRINT "  mem: "
    push rax
    mov rax, rbx
    mov r8d, 10
    call print_hex
    pop rax
    mov rax, 0x7fffffffffffffff
    mov qword [rel scratch], rax
    RUN "adc al, 0x7f", 0x3, OSZPC, adc al, 0x7f
    mov rbx, [rel scratch]
    PRINT "  mem: "
    push rax
    mov rax, rbx
    mov r8d, 10
    call print_hex
    pop rax
    mov rax, 0xffffffff00000001
    mov qword [rel scratch], rax
    RUN "adc al, 0x7f", 0x3, OSZPC, adc al, 0x7f
    mov rbx, [rel scratch]
    PRINT "  mem: "
    push rax
    mov rax, rbx
    mov r8d, 10
    call print_hex
    pop rax
    mov rax, 0x0
    mov qword [rel scratch], rax
    RUN "sbb rax, -0x80000000", 0x3, OSZPC, sbb rax, -0x80000000
    mov rbx, [rel scratch]
    PRINT "  mem: "
    push rax
    mov rax, rbx
    mov r8d, 10
    call print_hex
    pop rax
    mov rax, 0x7fffffffffffffff
    mov qword [rel scratch], rax
    RUN "sbb rax, -0x80000000", 0x3, OSZPC, sbb rax, -0x80000000
    mov rbx, [rel scratch]
    PRINT "  mem: "
    push rax
    mov rax, rbx
    mov r8d, 10
    call print_hex
    pop rax
    mov rax, 0xffffffff00000001
    mov qword [rel scratch], rax
    RUN "sbb rax, -0x80000000", 0x3, OSZPC, sbb rax, -0x80000000
    mov rbx, [rel scratch]
    PRINT "  mem: "
    push rax
    mov rax, rbx
    mov r8d, 10
    call print_hex
    pop rax
    mov rax, 0x0
    mov qword [rel scratch], rax
    RUN "cmp rax, -1", 0x3, OSZPC, cmp rax, -1
    mov rbx, [rel scratch]
    PRINT "  mem: "
    push rax
    mov rax, rbx
    mov r8d, 10
    call print_hex
    pop rax
    mov rax, 0x7fffffffffffffff
    mov qword [rel scratch], rax
    RUN "cmp rax, -1", 0x3, OSZPC, cmp rax, -1
    mov rbx, [rel scratch]
    PRINT "  mem: "
    push rax
    mov rax, rbx
    mov r8d, 10
    call print_hex
    pop rax
    mov rax, 0xffffffff00000001
    mov qword [rel scratch], rax
    RUN "cmp rax, -1", 0x3, OSZPC, cmp rax, -1
    mov rbx, [rel scratch]
    PRINT "  mem: "
    push rax
    mov rax, rbx
    mov r8d, 10
    call print_hex
    pop rax
    mov rax, 0x0
    mov qword [rel scratch], rax
    RUN "add byte [rel scratch], 0xff", 0x3, OSZPC, add byte [rel scratch], 0xff
    mov rbx, [rel scratch]
    PRINT "  mem: "
    push rax
    mov rax, rbx
    mov r8d, 10
    call print_hex
    pop rax
    mov rax, 0x7fffffffffffffff
    mov qword [rel scratch], rax
    RUN "add byte [rel scratch], 0xff", 0x3, OSZPC, add byte [rel scratch], 0xff
    mov rbx, [rel scratch]
    PRINT "  mem: "
    push rax
    mov rax, rbx
    mov r8d, 10
    call print_hex
    pop rax
    mov rax, 0xffffffff00000001
    mov qword [rel scratch], rax
    RUN "add byte [rel scratch], 0xff", 0x3, OSZPC, add byte [rel scratch], 0xff
    mov rbx, [rel scratch]
    PRINT "  mem: "
    push rax
    mov rax, rbx
    mov r8d, 10
    call print_hex
    pop rax
    mov rax, 0x0
    mov qword [rel scratch], rax
    RUN "sub word [rel scratch], 1", 0x3, OSZPC, sub word [rel scratch], 1
    mov rbx, [rel scratch]
    PRINT "  mem: "
    push rax
    mov rax, rbx
    mov r8d, 10
    call print_hex
    pop rax
    mov rax, 0x7fffffffffffffff
    mov qword [rel scratch], rax
    RUN "sub word [rel scratch], 1", 0x3, OSZPC, sub word [rel scratch], 1
    mov rbx, [rel scratch]
    PRINT "  mem: "
    push rax
    mov rax, rbx
    mov r8d, 10
    call print_hex
    pop rax
    mov rax, 0xffffffff00000001
    mov qword [rel scratch], rax
    RUN "sub word [rel scratch], 1", 0x3, OSZPC, sub word [rel scratch], 1
    mov rbx, [rel scratch]
    PRINT "  mem: "
    push rax
    mov rax, rbx
    mov r8d, 10
    call print_hex
    pop rax

section .bss
scratch: resq 2
section .text
    xor edi, edi
    call exit_with
