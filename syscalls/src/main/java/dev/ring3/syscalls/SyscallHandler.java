package dev.ring3.syscalls;

/**
 * One Linux system call's implementation: raw 64-bit arguments in (RDI, RSI, RDX, R10, R8, R9), the
 * result or a negative errno out, as the kernel returns it in RAX.
 */
@FunctionalInterface
public interface SyscallHandler {
    long call(Task t, long a0, long a1, long a2, long a3, long a4, long a5);
}
