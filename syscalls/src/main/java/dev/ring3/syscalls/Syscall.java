package dev.ring3.syscalls;

/**
 * A row of the syscall table: number, Linux name, argument kinds (for the trace and the audit),
 * and the handler. Argument kinds are comma-separated words, e.g. "fd,buf_out,size" (see
 * {@link ArgKind}); the return kind follows "->" when it is not a plain integer ("->fd", "->addr").
 */
public record Syscall(int number, String name, String args, SyscallHandler handler) {}
