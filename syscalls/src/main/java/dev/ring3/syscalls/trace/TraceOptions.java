package dev.ring3.syscalls.trace;

import java.io.PrintStream;

/** What the strace-style trace shows and where: strace's -s, -e, -c, -f and -o, as fields. */
public final class TraceOptions {
    /** -s N: strings and buffers are cut after this many bytes (strace's default is 32). */
    public int stringLimit = 32;
    /** -e trace=...: which calls appear. */
    public TraceFilter filter = new TraceFilter();
    /** -c: count calls, errors and time per syscall and print strace's summary table at exit, no lines. */
    public boolean summary;
    /**
     * -f: trace every thread and child process, prefixing lines with the thread id once there is
     * more than one; without it only the thread the program started on is traced, as with strace.
     */
    public boolean followForks;
    /** Where the lines go (strace's default is stderr). */
    public PrintStream out = System.err;
    /** Where strace's own notes go ("[ Process PID=N runs in 32 bit mode. ]"): stderr even with -o. */
    public PrintStream messages = System.err;
    /** -o FILE: with -f every line then carries the id, as strace does when writing to a file. */
    public boolean toFile;
}
