package dev.ring3.syscalls.trace;

import dev.ring3.syscalls.SyscallNames;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * strace -c: calls, errors and time per syscall, printed as strace's table sorted by time (ties in
 * syscall-number order), with its total line. Time is the wall time ring3 spent in the handler,
 * where strace reports the kernel's system time: the columns mean the same, the numbers differ.
 */
final class SyscallSummary {
    private final long[] calls = new long[TraceFilter.SIZE];
    private final long[] errors = new long[TraceFilter.SIZE];
    private final long[] nanos = new long[TraceFilter.SIZE];

    synchronized void add(long nr, long elapsedNanos, boolean failed) {
        if (nr < 0 || nr >= TraceFilter.SIZE) {
            return;
        }
        int n = (int) nr;
        calls[n]++;
        nanos[n] += Math.max(0, elapsedNanos);
        if (failed) {
            errors[n]++;
        }
    }

    synchronized void print(PrintStream out) {
        List<Integer> rows = new ArrayList<>();
        long totalNanos = 0, totalCalls = 0, totalErrors = 0;
        int width = 16;
        for (int n = 0; n < TraceFilter.SIZE; n++) {
            if (calls[n] > 0) {
                rows.add(n);
                totalNanos += nanos[n];
                totalCalls += calls[n];
                totalErrors += errors[n];
                width = Math.max(width, name(n).length() + 1);
            }
        }
        rows.sort((x, y) -> Long.compare(nanos[y], nanos[x]));
        String dashes = "-".repeat(width);
        out.println("% time     seconds  usecs/call     calls    errors syscall");
        out.println("------ ----------- ----------- --------- --------- " + dashes);
        for (int n : rows) {
            double pct = totalNanos == 0 ? 0 : 100.0 * nanos[n] / totalNanos;
            out.println(line(pct, nanos[n], calls[n], errors[n], name(n)));
        }
        out.println("------ ----------- ----------- --------- --------- " + dashes);
        out.println(line(100.0, totalNanos, totalCalls, totalErrors, "total"));
        out.flush();
    }

    private static String line(double pct, long ns, long calls, long errors, String name) {
        long usecsPerCall = calls == 0 ? 0 : ns / 1000 / calls;
        return String.format(java.util.Locale.ROOT, "%6.2f %11.6f %11d %9d %9s %s", pct, ns / 1e9, usecsPerCall, calls,
                errors == 0 ? "" : Long.toString(errors), name);
    }

    private static String name(int n) {
        String s = SyscallNames.name(n);
        return s != null ? s : "syscall_" + n;
    }
}
