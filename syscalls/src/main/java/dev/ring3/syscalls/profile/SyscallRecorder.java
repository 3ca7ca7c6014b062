package dev.ring3.syscalls.profile;

import dev.ring3.syscalls.Errno;
import dev.ring3.syscalls.SyscallNames;
import dev.ring3.syscalls.SyscallObserver;
import dev.ring3.syscalls.Task;
import jdk.jfr.FlightRecorder;

/**
 * Emits a JDK Flight Recorder {@link SyscallEvent} for every guest syscall. Installed only when
 * the JVM was started recording ({@code -XX:StartFlightRecording}), so that without a recording
 * the dispatcher keeps its unobserved path.
 */
public final class SyscallRecorder implements SyscallObserver {
    private final ThreadLocal<SyscallEvent> pending = new ThreadLocal<>();

    /** True if Flight Recorder runs in this JVM (started with it: checked once, at start-up). */
    public static boolean recording() {
        return FlightRecorder.isInitialized() && !FlightRecorder.getFlightRecorder().getRecordings().isEmpty();
    }

    @Override
    public void entering(Task t, long number, long a0, long a1, long a2, long a3, long a4, long a5) {
        SyscallEvent e = new SyscallEvent();
        e.begin();
        pending.set(e);
    }

    @Override
    public void completed(Task t, long number, long a0, long a1, long a2, long a3, long a4, long a5, long result) {
        SyscallEvent e = pending.get();
        pending.remove();
        if (e == null) {
            return;
        }
        e.end();
        if (e.shouldCommit()) {
            e.number = number;
            e.name = SyscallNames.name(number);
            e.result = result;
            if (result < 0 && result >= -4095) {
                e.error = Errno.name((int) -result);
            }
            e.pid = t.process.pid;
            e.tid = t.tid;
            e.commit();
        }
    }
}
