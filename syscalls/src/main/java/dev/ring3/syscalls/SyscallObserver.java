package dev.ring3.syscalls;

import java.util.List;

/**
 * Sees every system call of the guest (the hook for the strace-style trace and the audit) and the
 * process events strace reports around them: the initial execve, signal deliveries, the exit. The
 * dispatcher holds at most one (null when tracing is off, so the hot path pays one null check).
 * Implementations must not change the guest's state: tracing must change nothing.
 */
@FunctionalInterface
public interface SyscallObserver {
    /** The result reported for a call that does not return (exit, exit_group, a fatal signal). */
    long NO_RETURN = Long.MIN_VALUE;

    /**
     * Called before the handler runs, with the arguments as the guest passed them: the moment to
     * read what the call takes in (strace decodes input arguments on entry too).
     */
    default void entering(Task t, long number, long a0, long a1, long a2, long a3, long a4, long a5) {}

    /**
     * Called after the handler ran (or was found missing) and before pending signals are delivered.
     * {@code result} is what RAX receives: a value, or {@code -errno} in -4095..-1, or
     * {@link #NO_RETURN}.
     */
    void completed(Task t, long number, long a0, long a1, long a2, long a3, long a4, long a5, long result);

    /**
     * The program was loaded: ring3's equivalent of the execve that starts a traced program.
     * {@code envp} is the guest address of the environment array on the initial stack.
     */
    default void started(Task t, String path, List<String> argv, int envCount, long envp) {}

    /**
     * A signal is being delivered to {@code t} (handled, ignored or fatal), with its siginfo:
     * si_code, and si_addr for faults or the sender's pid and uid for kill/tkill.
     */
    default void signal(Task t, int sig, int code, long addr, int pid, int uid) {}

    /**
     * execve succeeded: {@code t}'s process now runs {@code path} (absolute host path) with
     * {@code argv}; the audit's exec event. Called before the new image's first instruction.
     */
    default void executed(Task t, String path, List<String> argv) {}

    /**
     * Thread {@code t} switched system-call ABI: 32 when it made a call through INT 0x80 (the i386
     * ABI) after 64-bit calls or none, 64 when it went back to SYSCALL. Before that call's
     * {@link #entering}.
     */
    default void personality(Task t, int bits) {}

    /** The process ended with exit status {@code status} (exit or exit_group). */
    default void exited(Task t, int status) {}

    /** The process was killed by {@code sig}. */
    default void killed(Task t, int sig) {}

    /**
     * A thread that was not its process's last ended: with exit status {@code status}, or killed by
     * {@code sig} (non-zero) with the rest of its process. The last thread's end is {@link #exited}
     * or {@link #killed}.
     */
    default void threadExited(Task t, int status, int sig) {}
}
