package dev.ring3.syscalls.audit;

import dev.ring3.syscalls.SyscallTable;
import dev.ring3.syscalls.Task;
import dev.ring3.syscalls.trace.StraceObserver;
import dev.ring3.syscalls.trace.TraceOptions;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The strace-style line of a call, for findings: runs the trace's own formatter
 * ({@link StraceObserver}) into a per-thread buffer instead of a stream, so a finding shows its
 * calls exactly as {@code --strace} would.
 */
final class LineCapture {
    private final ThreadLocal<ByteArrayOutputStream> buffers = ThreadLocal.withInitial(ByteArrayOutputStream::new);
    private final StraceObserver formatter;

    LineCapture(SyscallTable table) {
        TraceOptions o = new TraceOptions();
        o.stringLimit = 64;
        o.out = new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                buffers.get().write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                buffers.get().write(b, off, len);
            }
        }, true, StandardCharsets.UTF_8);
        formatter = new StraceObserver(table, o);
    }

    void entering(Task t, long nr, long a0, long a1, long a2, long a3, long a4, long a5) {
        buffers.get().reset();
        formatter.entering(t, nr, a0, a1, a2, a3, a4, a5);
    }

    /** The line of the call just completed, without its newline and the column padding. */
    String completed(Task t, long nr, long a0, long a1, long a2, long a3, long a4, long a5, long result) {
        ByteArrayOutputStream b = buffers.get();
        b.reset();
        formatter.completed(t, nr, a0, a1, a2, a3, a4, a5, result);
        String s = b.toString(StandardCharsets.UTF_8).strip();
        b.reset();
        int nl = s.indexOf('\n');
        if (nl >= 0) {
            s = s.substring(0, nl);
        }
        return s.replaceAll("\\) +=", ") =");
    }
}
