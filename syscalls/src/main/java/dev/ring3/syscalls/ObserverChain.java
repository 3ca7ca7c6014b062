package dev.ring3.syscalls;

import java.util.List;

/**
 * Several {@link SyscallObserver}s behind the dispatcher's single hook (the trace and the audit at
 * once), called in order; each sees exactly what it would see alone.
 */
public final class ObserverChain implements SyscallObserver {
    private final SyscallObserver[] observers;

    private ObserverChain(SyscallObserver[] observers) {
        this.observers = observers;
    }

    /** The observers given, without nulls: null for none, the observer itself for one. */
    public static SyscallObserver of(SyscallObserver... all) {
        SyscallObserver[] live = java.util.Arrays.stream(all).filter(java.util.Objects::nonNull)
                .toArray(SyscallObserver[]::new);
        if (live.length == 0) {
            return null;
        }
        return live.length == 1 ? live[0] : new ObserverChain(live);
    }

    @Override
    public void entering(Task t, long number, long a0, long a1, long a2, long a3, long a4, long a5) {
        for (SyscallObserver o : observers) {
            o.entering(t, number, a0, a1, a2, a3, a4, a5);
        }
    }

    @Override
    public void completed(Task t, long number, long a0, long a1, long a2, long a3, long a4, long a5, long result) {
        for (SyscallObserver o : observers) {
            o.completed(t, number, a0, a1, a2, a3, a4, a5, result);
        }
    }

    @Override
    public void personality(Task t, int bits) {
        for (SyscallObserver o : observers) {
            o.personality(t, bits);
        }
    }

    @Override
    public void started(Task t, String path, List<String> argv, int envCount, long envp) {
        for (SyscallObserver o : observers) {
            o.started(t, path, argv, envCount, envp);
        }
    }

    @Override
    public void signal(Task t, int sig, int code, long addr, int pid, int uid) {
        for (SyscallObserver o : observers) {
            o.signal(t, sig, code, addr, pid, uid);
        }
    }

    @Override
    public void executed(Task t, String path, List<String> argv) {
        for (SyscallObserver o : observers) {
            o.executed(t, path, argv);
        }
    }

    @Override
    public void exited(Task t, int status) {
        for (SyscallObserver o : observers) {
            o.exited(t, status);
        }
    }

    @Override
    public void killed(Task t, int sig) {
        for (SyscallObserver o : observers) {
            o.killed(t, sig);
        }
    }

    @Override
    public void threadExited(Task t, int status, int sig) {
        for (SyscallObserver o : observers) {
            o.threadExited(t, status, sig);
        }
    }
}
