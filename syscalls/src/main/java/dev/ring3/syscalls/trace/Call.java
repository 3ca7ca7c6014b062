package dev.ring3.syscalls.trace;

import dev.ring3.mmu.AddressSpace;
import dev.ring3.syscalls.ArgKind;
import dev.ring3.syscalls.Task;

/**
 * One system call being traced: who made it, its row's argument kinds, the raw arguments, and
 * (after it completed) the result. One per guest thread, reused from call to call.
 */
final class Call {
    Task task;
    AddressSpace mem;
    long number;
    String name;
    /** The argument kinds, then the return kind. */
    ArgKind[] kinds;
    final long[] a = new long[6];
    long result;
    /** True once the call completed with -errno. */
    boolean failed;
    /** The input arguments as formatted at entry (null for output arguments and ones not shown). */
    final String[] entry = new String[6];
    /** Values read at entry for in/out arguments (a socklen_t, msg_namelen): the "128" of "[128 => 16]". */
    final long[] saved = new long[6];
    /** Which arguments print at all (some depend on other arguments: open's mode, fcntl's arg). */
    final boolean[] shown = new boolean[6];
    /** Nanosecond clock at entry, for -c. */
    long startNanos;
    /** Signal lines raised while the call ran: strace shows them after the call's own line. */
    final StringBuilder deferred = new StringBuilder();
    /** The -s limit. */
    int limit;
    /**
     * What strace prints when the call enters: the line's prefix, the name and the arguments it
     * decodes at entry (up to the first output, or through the first in/out argument).
     */
    String head;
    /** The first argument printed when the call exits (the argument count if none). */
    int split;
    /** True if the argument before {@link #split} is in/out: its " => after" part opens the exit text. */
    boolean splitInsideArg;
    /** Another line was printed while this call ran: it ends with "<... name resumed>". */
    boolean interrupted;

    long arg(int i) {
        return a[i];
    }

    int argCount() {
        return kinds.length - 1;
    }
}
