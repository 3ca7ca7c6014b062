; UD2 raises #UD: with no handler the process dies of SIGILL (status 132); the line before must appear.
%include "lib.inc"
section .text
global _start
_start:
    PRINT "before ud2", 10
    ud2
    PRINT "after ud2 (must not print)", 10
    xor edi, edi
    call exit_with
