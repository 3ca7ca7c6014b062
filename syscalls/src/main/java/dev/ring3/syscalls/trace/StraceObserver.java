package dev.ring3.syscalls.trace;

import dev.ring3.syscalls.ArgKind;
import dev.ring3.syscalls.Compat32Syscalls;
import dev.ring3.syscalls.Syscall;
import dev.ring3.syscalls.SyscallNames;
import dev.ring3.syscalls.SyscallObserver;
import dev.ring3.syscalls.SyscallTable;
import dev.ring3.syscalls.Task;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code --strace} trace: one line per system call in strace's own format
 * ({@code openat(AT_FDCWD, "/etc/passwd", O_RDONLY|O_CLOEXEC) = 3}), the signal and exit lines
 * strace prints around them, or with -c only strace's summary table. Input arguments are decoded
 * when the call is entered and outputs when it completes, so in/out arguments (select's fd sets,
 * sendfile's offset) show what the guest passed; it only reads guest memory, so tracing changes
 * nothing the guest sees.
 */
public final class StraceObserver implements SyscallObserver {
    /** strace aligns the " = result" at this column. */
    static final int RESULT_COLUMN = 40;

    private final SyscallTable table;
    private final TraceOptions options;
    private final ArgKind[][] kinds = new ArgKind[SyscallTable.SIZE][];
    private final ThreadLocal<Call> calls = ThreadLocal.withInitial(Call::new);
    private final SyscallSummary summary;
    /** The tasks strace would have attached and not yet seen end (its nprocs). */
    private final Set<Integer> live = ConcurrentHashMap.newKeySet();
    private final Set<Integer> ended = ConcurrentHashMap.newKeySet();
    private volatile int leader = -1;
    private volatile int leaderPid = -1;
    /** The call each thread is in, by tid, while it runs (for signal lines that must wait for its end). */
    private final java.util.Map<Integer, Call> inCall = new ConcurrentHashMap<>();
    /** The call whose head strace would have printed last, its line still open (guarded by options.out). */
    private Call open;

    public StraceObserver(SyscallTable table, TraceOptions options) {
        this.table = table;
        this.options = options;
        this.summary = options.summary ? new SyscallSummary() : null;
        for (int nr = 0; nr < SyscallTable.SIZE; nr++) {
            Syscall row = table.get(nr);
            if (row != null) {
                kinds[nr] = ArgKind.parse(row.args());
            }
        }
    }

    /** strace -f: every call of every thread and process, strings cut at 32 bytes, to {@code out}. */
    public static StraceObserver to(java.io.PrintStream out) {
        TraceOptions o = new TraceOptions();
        o.out = out;
        o.followForks = true;
        return new StraceObserver(SyscallTable.get(), o);
    }

    /** Threads whose calls come through INT 0x80 at the moment. */
    private final Set<Integer> compatTids = ConcurrentHashMap.newKeySet();

    /** strace's note on stderr (not the -o file) when a thread's calls change ABI. */
    @Override
    public void personality(Task t, int bits) {
        if (bits == 32) {
            compatTids.add(t.tid);
        } else {
            compatTids.remove(t.tid);
        }
        if (!follows(t) || options.summary) {
            return;
        }
        options.messages.println("[ Process PID=" + t.tid + " runs in " + bits + " bit mode. ]");
    }

    @Override
    public void entering(Task t, long nr, long a0, long a1, long a2, long a3, long a4, long a5) {
        if (!follows(t)) {
            return;
        }
        Call c = calls.get();
        c.task = t;
        inCall.put(t.tid, c);
        c.mem = t.process.mem;
        c.number = nr;
        c.a[0] = a0;
        c.a[1] = a1;
        c.a[2] = a2;
        c.a[3] = a3;
        c.a[4] = a4;
        c.a[5] = a5;
        c.failed = false;
        c.result = 0;
        c.limit = options.stringLimit;
        c.startNanos = summary != null ? System.nanoTime() : 0;
        if (summary != null || !options.filter.traced(nr)) {
            return;
        }
        setRow(c, nr);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < c.argCount() && i < 6; i++) {
            c.entry[i] = null;
            c.shown[i] = ArgFormat.shown(c, i);
            if (c.shown[i]) {
                ArgFormat.save(c, i);
            }
            if (c.shown[i] && !ArgFormat.isOut(c, i)) {
                sb.setLength(0);
                ArgFormat.format(sb, c, i);
                c.entry[i] = sb.toString();
            }
        }
        synchronized (options.out) {
            sb.setLength(0);
            prefix(sb, t);
            head(sb, c);
            c.head = sb.toString();
            // strace has printed the head: a line another thread prints now leaves this one unfinished.
            interruptOpenLine(c);
            open = c;
            c.interrupted = false;
        }
    }

    /** The text strace prints at entry (see {@link Call#head}), and where the exit part starts. */
    private static void head(StringBuilder sb, Call c) {
        sb.append(c.name).append('(');
        boolean first = true;
        c.split = c.argCount();
        c.splitInsideArg = false;
        for (int i = 0; i < c.argCount() && i < 6; i++) {
            if (!c.shown[i]) {
                continue;
            }
            if (!first) {
                sb.append(", ");
            }
            if (c.entry[i] == null) {
                c.split = i; // an output: decoded when the call exits
                return;
            }
            first = false;
            sb.append(c.entry[i]);
            if (inOut(c, i)) {
                c.split = i + 1;
                c.splitInsideArg = true;
                return;
            }
        }
    }

    /**
     * Arguments strace shows at entry and again, after " => ", at exit: sendfile's offset, and
     * clone3's struct when it asks for the parent's tid (else strace prints all of clone3 at entry).
     */
    private static boolean inOut(Call c, int i) {
        switch (c.kinds[i]) {
            case LOFF_INOUT: return true;
            case CLONE3_ARGS: return ProcessFormat.clone3HasResult(c.mem, c.a[i], c.a[i + 1]);
            default: return false;
        }
    }

    /** What strace prints when the call exits: the rest of the arguments, the ')' and the result. */
    private static void tail(StringBuilder sb, Call c, long nr, int lineStart) {
        boolean separator = c.splitInsideArg;
        if (c.splitInsideArg) {
            after(sb, c, c.split - 1);
        }
        for (int i = c.split; i < c.argCount() && i < 6; i++) {
            if (!c.shown[i]) {
                continue;
            }
            if (separator) {
                sb.append(", ");
            }
            separator = true;
            if (c.entry[i] != null) {
                sb.append(c.entry[i]);
                if (inOut(c, i)) {
                    after(sb, c, i);
                }
            } else {
                ArgFormat.format(sb, c, i);
            }
        }
        sb.append(')');
        pad(sb, lineStart);
        sb.append("= ");
        ArgFormat.result(sb, c, nr);
    }

    /** The " => value" an in/out argument shows after a successful call. */
    private static void after(StringBuilder sb, Call c, int i) {
        if (c.failed || c.a[i] == 0) {
            return;
        }
        if (c.kinds[i] == ArgKind.LOFF_INOUT) {
            sb.append(" => ");
            ArgFormat.format(sb, c, i);
        } else if (c.kinds[i] == ArgKind.CLONE3_ARGS) {
            ProcessFormat.clone3Result(sb, c.mem, c.a[i], c.a[i + 1]);
        }
    }

    /**
     * Before anything else is printed: the open line of another call (strace printed its head
     * and waits for its exit) is ended with " <unfinished ...>"; that call's exit then prints
     * "<... name resumed>" on a line of its own (strace's printleader). Holds options.out.
     */
    private void interruptOpenLine(Call next) {
        Call c = open;
        if (c != null && c != next) {
            options.out.print(c.head);
            options.out.println(" <unfinished ...>");
            c.interrupted = true;
        }
        open = null;
    }

    private void setRow(Call c, long nr) {
        ArgKind[] k = nr >= 0 && nr < SyscallTable.SIZE ? kinds[(int) nr] : null;
        String name = SyscallNames.name(nr);
        if (nr >= Compat32Syscalls.TRACE_BASE) {
            // An INT 0x80 call with a row of its own (its i386 name), or one ring3 lacks: strace's
            // syscall_0x... shows the number as the sign-extended EAX.
            Syscall own = Compat32Syscalls.own(nr - Compat32Syscalls.TRACE_BASE);
            k = own != null ? ArgKind.parse(own.args()) : null;
            if (name == null) {
                name = "syscall_0x" + Long.toHexString((int) (nr - Compat32Syscalls.TRACE_BASE));
            }
        } else if (compatTids.contains(c.task.tid)) {
            String i386 = Compat32Syscalls.twinName(nr);
            name = i386 != null ? i386 : name; // getuid32, not getuid
        }
        if (k == null) {
            // Not implemented by ring3: strace would decode it; show the raw registers.
            k = ArgKind.parse("hex,hex,hex,hex,hex,hex");
        }
        c.kinds = k;
        c.name = name != null ? name : "syscall_0x" + Long.toHexString(nr);
    }

    @Override
    public void completed(Task t, long nr, long a0, long a1, long a2, long a3, long a4, long a5, long result) {
        if (!follows(t)) {
            return;
        }
        Call c = calls.get();
        if (c.task != t || c.number != nr) {
            // Not announced (an observer installed mid-call): take the arguments as they are now.
            entering(t, nr, a0, a1, a2, a3, a4, a5);
        }
        c.result = result;
        c.failed = result != NO_RETURN && result < 0 && result >= -4095;
        if (options.followForks && result > 0 && (nr == 56 || nr == 57 || nr == 58 || nr == 435)) {
            attach((int) result); // clone, fork, vfork, clone3: strace attached the child before the call returned
        }
        try {
            if (summary != null) {
                // strace -c counts only calls that return (exit_group does not).
                if (options.filter.traced(nr) && result != NO_RETURN) {
                    summary.add(nr, System.nanoTime() - c.startNanos, c.failed);
                }
            } else if (options.filter.traced(nr)) {
                finish(c, t, nr);
            }
        } finally {
            c.task = null;
            synchronized (options.out) {
                inCall.remove(t.tid);
                if (c.deferred.length() > 0) {
                    interruptOpenLine(null);
                    options.out.print(c.deferred);
                    c.deferred.setLength(0);
                }
            }
        }
    }

    /** Prints the call's line, or its "<... name resumed>" line if another line came between. */
    private void finish(Call c, Task t, long nr) {
        StringBuilder sb = new StringBuilder(128);
        synchronized (options.out) {
            if (open == c && c.head != null) {
                sb.append(c.head);
                open = null;
            } else {
                interruptOpenLine(null);
                prefix(sb, t);
                sb.append("<... ").append(c.name).append(" resumed>");
            }
            tail(sb, c, nr, 0);
            options.out.println(sb);
            c.head = null;
        }
    }

    @Override
    public void started(Task t, String path, List<String> argv, int envCount, long envp) {
        leader = t.tid;
        leaderPid = t.process.pid;
        if (summary != null) {
            summary.add(SyscallNames.number("execve"), 0, false);
            return;
        }
        if (!options.filter.tracedName("execve")) {
            return;
        }
        StringBuilder sb = new StringBuilder();
        prefix(sb, t);
        sb.append("execve(");
        QuotedString.text(sb, path.getBytes(StandardCharsets.UTF_8), ArgFormat.PATH_MAX);
        sb.append(", [");
        for (int i = 0; i < argv.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            if (i >= options.stringLimit) {
                sb.append("...");
                break;
            }
            QuotedString.text(sb, argv.get(i).getBytes(StandardCharsets.UTF_8), options.stringLimit);
        }
        sb.append("], ");
        ArgFormat.address(sb, envp);
        sb.append(" /* ").append(envCount).append(envCount == 1 ? " var" : " vars").append(" */)");
        pad(sb, 0);
        sb.append("= 0");
        print(sb);
    }

    @Override
    public void signal(Task t, int sig, int code, long addr, int pid, int uid) {
        if (summary != null || !follows(t)) {
            return;
        }
        StringBuilder sb = new StringBuilder();
        prefix(sb, t);
        sb.append("--- ").append(StructFormat.sigName(sig)).append(' ');
        SignalInfo.format(sb, sig, code, addr, pid, uid);
        sb.append(" ---");
        // A signal for a thread inside a traced call shows after that call, as the kernel delivers
        // it (and ptrace reports it) only on the way back to user mode, whoever sent it.
        synchronized (options.out) {
            Call c = inCall.get(t.tid);
            if (c != null) {
                c.deferred.append(sb).append(System.lineSeparator());
            } else {
                print(sb);
            }
        }
    }

    @Override
    public void exited(Task t, int status) {
        end(t, "+++ exited with " + status + " +++");
    }

    @Override
    public void killed(Task t, int sig) {
        end(t, "+++ killed by " + StructFormat.sigName(sig) + " +++");
    }

    private void end(Task t, String line) {
        boolean traced = leaderPid < 0 || t.process.pid == leaderPid;
        if (summary != null) {
            // strace -c prints its table once, when the traced program ends.
            if (traced) {
                summary.print(options.out);
            }
            return;
        }
        if (!traced && !options.followForks) {
            return;
        }
        StringBuilder sb = new StringBuilder();
        prefix(sb, t);
        sb.append(line);
        print(sb);
        options.out.flush();
        detach(t.tid);
    }

    /** A task strace follows from now on (its first call, or the clone that made it), unless it already ended. */
    private void attach(int tid) {
        if (!ended.contains(tid)) {
            live.add(tid);
        }
    }

    private void detach(int tid) {
        ended.add(tid);
        live.remove(tid);
    }

    /** strace -f reports every thread's end, not only the process's. */
    @Override
    public void threadExited(Task t, int status, int sig) {
        if (summary != null || !options.followForks) {
            return;
        }
        StringBuilder sb = new StringBuilder();
        prefix(sb, t);
        sb.append(sig != 0 ? "+++ killed by " + StructFormat.sigName(sig) + " +++" : "+++ exited with " + status + " +++");
        print(sb);
        detach(t.tid);
    }

    /** Pushes out buffered lines (the cli calls this when the run ends however it ended). */
    public void flush() {
        options.out.flush();
    }

    /**
     * Without -f strace traces only the thread it started; with -f every thread and process. Before
     * {@link #started} (an observer used on its own) every task is traced.
     */
    private boolean follows(Task t) {
        return options.followForks || leader < 0 || t.tid == leader;
    }

    /**
     * strace -f: "PID " on every line of a file; on stderr "[pid N] " on every line (the first
     * thread's too) while more than one task is traced (strace's nprocs).
     */
    private void prefix(StringBuilder sb, Task t) {
        if (!options.followForks) {
            return;
        }
        attach(t.tid);
        if (options.toFile) {
            String id = Integer.toString(t.tid);
            sb.append(id);
            for (int i = id.length(); i < 5; i++) {
                sb.append(' ');
            }
            sb.append(' ');
        } else if (live.size() > 1) {
            sb.append(String.format("[pid %5d] ", t.tid));
        }
    }

    private static void pad(StringBuilder sb, int lineStart) {
        int col = sb.length() - lineStart;
        if (col < RESULT_COLUMN) {
            sb.append(" ".repeat(RESULT_COLUMN - col));
        } else {
            sb.append(' ');
        }
    }

    /** Prints a line of its own (a signal, an exit, execve), ending another call's open line first. */
    private void print(StringBuilder sb) {
        synchronized (options.out) {
            interruptOpenLine(null);
            options.out.println(sb);
        }
    }
}
