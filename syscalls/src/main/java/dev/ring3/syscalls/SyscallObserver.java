package dev.ring3.syscalls;

/**
 * Sees every system call as it completes: the hook for the strace-style trace and the audit. The
 * dispatcher holds at most one (null when tracing is off, so the hot path pays one null check).
 * Implementations must not change the guest's state: tracing must change nothing.
 */
@FunctionalInterface
public interface SyscallObserver {
    /** The result reported for a call that does not return (exit, exit_group, a fatal signal). */
    long NO_RETURN = Long.MIN_VALUE;

    /**
     * Called after the handler ran (or was found missing) and before pending signals are delivered.
     * {@code result} is what RAX receives: a value, or {@code -errno} in -4095..-1, or
     * {@link #NO_RETURN}.
     */
    void completed(Task t, long number, long a0, long a1, long a2, long a3, long a4, long a5, long result);
}
