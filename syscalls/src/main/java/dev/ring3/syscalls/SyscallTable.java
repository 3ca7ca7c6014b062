package dev.ring3.syscalls;

import java.util.List;

/**
 * The x86-64 Linux syscall table as data rows ({@link Syscall}), filled by the handler groups
 * ({@code FileSyscalls}, {@code MemorySyscalls}, ...); dispatch, trace and audit read it.
 */
public final class SyscallTable {
    /** Highest syscall number + 1 that the table can hold (x86-64 numbers stay below 512). */
    public static final int SIZE = 512;

    private final Syscall[] rows = new Syscall[SIZE];

    /** A source of rows: one handler group. */
    @FunctionalInterface
    public interface Group {
        void register(SyscallTable table);
    }

    /** Every group the default table is built from. */
    static final List<Group> GROUPS = List.of(
            MemorySyscalls::register,
            ShmSyscalls::register,
            ProcessSyscalls::register,
            CloneSyscalls::register,
            WaitSyscalls::register,
            ExecSyscalls::register,
            ResourceSyscalls::register,
            SchedSyscalls::register,
            TimeSyscalls::register,
            TimerSyscalls::register,
            SignalSyscalls::register,
            SignalWait::register,
            FutexSyscalls::register,
            FileSyscalls::register,
            FsSyscalls::register,
            IoSyscalls::register,
            dev.ring3.syscalls.net.NetSyscalls::register,
            PtraceSyscalls::register,
            MemfdSyscalls::register,
            PidfdSyscalls::register,
            XattrSyscalls::register,
            NumaCapsSyscalls::register,
            MknodSyscalls::register);

    private static final SyscallTable DEFAULT = build(GROUPS);

    public static SyscallTable get() {
        return DEFAULT;
    }

    static SyscallTable build(List<Group> groups) {
        SyscallTable t = new SyscallTable();
        for (Group g : groups) {
            g.register(t);
        }
        return t;
    }

    /** Adds a row; a number may be registered only once. */
    public void row(int number, String name, String args, SyscallHandler handler) {
        if (rows[number] != null) {
            throw new IllegalStateException("syscall " + number + " registered twice: " + name + ", " + rows[number].name());
        }
        rows[number] = new Syscall(number, name, args, handler);
    }

    /** The row for {@code number}, or null if ring3 does not implement it. */
    public Syscall get(long number) {
        return number >= 0 && number < SIZE ? rows[(int) number] : null;
    }
}
