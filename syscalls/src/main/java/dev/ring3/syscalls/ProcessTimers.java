package dev.ring3.syscalls;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A process's timers: the three interval timers of setitimer(2) and alarm(2) (ITIMER_REAL on the
 * monotonic clock, ITIMER_VIRTUAL on the process's user CPU time, ITIMER_PROF on its user and
 * system CPU time) and its POSIX timers (timer_create(2)), by id. fork gives the child none of
 * them; execve keeps the interval timers and deletes the POSIX timers; the process's end cancels
 * them all.
 */
final class ProcessTimers {
    static final int ITIMER_REAL = 0, ITIMER_VIRTUAL = 1, ITIMER_PROF = 2;

    /**
     * Asked for on first use: the platform's management beans take ~20 ms to set up (a service
     * lookup, the security properties, streams), and every process creates its timers at start.
     */
    private static final class Mx {
        static final ThreadMXBean BEAN = ManagementFactory.getThreadMXBean();
    }

    private static final int CPUS = Runtime.getRuntime().availableProcessors();

    private final LinuxProcess process;
    private final IntervalTimer[] itimers = new IntervalTimer[3];
    private final Map<Integer, PosixTimer> posix = new TreeMap<>();
    /** The next POSIX timer id: ids count up per process and are not reused (kernel posix_timer_add). */
    private int nextId;
    private boolean ended;

    ProcessTimers(LinuxProcess process) {
        this.process = process;
    }

    /** The interval timer {@code which}, made on first use. */
    synchronized IntervalTimer itimer(int which) {
        IntervalTimer t = itimers[which];
        if (t == null) {
            int sig = which == ITIMER_REAL ? Signals.SIGALRM : which == ITIMER_VIRTUAL ? Signals.SIGVTALRM : Signals.SIGPROF;
            IntervalTimer.Clock clock = which == ITIMER_REAL
                    ? IntervalTimer.Clock.wall(() -> TimeSyscalls.now(null, TimeSyscalls.CLOCK_MONOTONIC))
                    : processCpuClock(process, which == ITIMER_VIRTUAL);
            // The kernel sends these as SEND_SIG_PRIV: si_code SI_KERNEL, no sender.
            String detail = Signals.name(sig) + " from the program's " + (which == ITIMER_REAL ? "alarm or ITIMER_REAL"
                    : which == ITIMER_VIRTUAL ? "ITIMER_VIRTUAL" : "ITIMER_PROF") + " timer";
            t = new IntervalTimer(clock, n -> SignalSyscalls.sendToProcess(process, sig, ThreadSignals.SI_KERNEL, 0, 0,
                    detail));
            if (ended) {
                t.cancel();
            }
            itimers[which] = t;
        }
        return t;
    }

    /** The CPU time of every live thread of {@code p} in ns: user time only, or user and system. */
    static IntervalTimer.Clock processCpuClock(LinuxProcess p, boolean userOnly) {
        return new IntervalTimer.Clock(() -> {
            List<Task> ts;
            synchronized (p) {
                ts = new ArrayList<>(p.threads);
            }
            long sum = 0;
            for (Task t : ts) {
                sum += threadCpu(t, userOnly);
            }
            return sum;
        }, true, CPUS);
    }

    /** The CPU time of one guest thread in ns (0 before it started or after it ended). */
    static long threadCpu(Task t, boolean userOnly) {
        Thread th = t.thread;
        if (th == null) {
            return 0;
        }
        long v = userOnly ? Mx.BEAN.getThreadUserTime(th.getId()) : Mx.BEAN.getThreadCpuTime(th.getId());
        return Math.max(0, v);
    }

    /** Allocates the next id for {@code timer} (before its sigevent is checked, as the kernel does). */
    synchronized int add(java.util.function.IntFunction<PosixTimer> make) {
        int id = nextId++;
        if (nextId < 0) {
            nextId = 0;
        }
        PosixTimer t = make.apply(id);
        if (t != null) {
            posix.put(id, t);
            if (ended) {
                t.timer.cancel();
            }
        }
        return id;
    }

    synchronized PosixTimer posix(int id) {
        return posix.get(id);
    }

    synchronized PosixTimer removePosix(int id) {
        PosixTimer t = posix.remove(id);
        if (t != null) {
            t.timer.disarm();
            t.dropPending(process);
        }
        return t;
    }

    /**
     * Runs the POSIX timers' expiries that are due now (a signal about to be delivered or waited
     * for counts every period that went by as Linux's would, even if the timer thread is late on a
     * busy host).
     */
    void catchUpPosix() {
        List<PosixTimer> ts;
        synchronized (this) {
            if (posix.isEmpty()) {
                return;
            }
            ts = new ArrayList<>(posix.values());
        }
        for (PosixTimer t : ts) {
            t.timer.catchUp();
        }
    }

    /**
     * Timer {@code id}'s signal is being delivered with {@code overrun}: what timer_getoverrun
     * answers from now on. False if the signal is stale (its timer was re-armed or deleted while it
     * was pending), which Linux drops instead of delivering (since 6.13).
     */
    boolean delivered(int id, int overrun) {
        PosixTimer t = posix(id);
        if (t == null) {
            return false;
        }
        synchronized (t.timer) {
            if (t.stalePending) {
                t.stalePending = false;
                return false;
            }
        }
        t.overrunLast = overrun;
        return true;
    }

    /** execve: the POSIX timers go, the interval timers stay. */
    synchronized void exec() {
        for (PosixTimer t : posix.values()) {
            t.timer.disarm();
        }
        posix.clear();
    }

    /** The process ended: nothing may fire for it any more. */
    synchronized void end() {
        ended = true;
        for (IntervalTimer t : itimers) {
            if (t != null) {
                t.disarm();
            }
        }
        exec();
    }

    /**
     * A POSIX timer: its clock's timer, how it notifies (SIGEV_SIGNAL to the process,
     * SIGEV_THREAD_ID to one thread, SIGEV_NONE not at all) and its overrun counts: while its
     * signal is still pending, later expiries only add to the overrun the delivered signal carries
     * (si_overrun); timer_getoverrun answers the count of the last one delivered.
     */
    static final class PosixTimer {
        final int id;
        final int signo;
        final long value;
        final Task thread;
        final IntervalTimer timer;
        /** it_overrun_last: the overrun of the last signal delivered. */
        volatile int overrunLast;
        /** Re-armed while its signal was pending: that signal is dropped at delivery (guarded by the timer). */
        boolean stalePending;

        PosixTimer(int id, int signo, long value, Task thread, IntervalTimer.Clock clock, LinuxProcess p, boolean none) {
            this.id = id;
            this.signo = signo;
            this.value = value;
            this.thread = thread;
            this.timer = new IntervalTimer(clock, none ? n -> { } : n -> expired(p, n));
        }

        /** True if this timer's signal is pending in {@code s} (the caller holds its monitor). */
        private boolean pendingAt(ThreadSignals s) {
            return (s.pending & Signals.bit(signo)) != 0 && s.code[signo] == ThreadSignals.SI_TIMER
                    && s.senderPid[signo] == id;
        }

        /** The threads this timer's signal may be pending at. */
        private List<Task> candidates(LinuxProcess p) {
            List<Task> candidates = new ArrayList<>();
            if (thread != null) {
                candidates.add(thread);
            } else {
                synchronized (p) {
                    candidates.addAll(p.threads);
                }
            }
            return candidates;
        }

        /**
         * Re-armed (the caller holds the timer's monitor) or deleted: a signal of the old setting
         * still pending stays pending (sigpending shows it) but is dropped when it would be
         * delivered, as Linux does since 6.13 (the signal carries the timer's generation).
         */
        void dropPending(LinuxProcess p) {
            if (signo == 0) {
                return;
            }
            for (Task t : candidates(p)) {
                ThreadSignals s = t.signals;
                synchronized (s) {
                    if (pendingAt(s)) {
                        stalePending = true;
                    }
                }
            }
        }

        private void expired(LinuxProcess p, long count) {
            Task owner = thread;
            boolean stillPending = false;
            for (Task t : candidates(p)) {
                ThreadSignals s = t.signals;
                synchronized (s) {
                    if (pendingAt(s)) {
                        if (stalePending) {
                            // The pending one belongs to the old setting: this expiry takes its place.
                            stalePending = false;
                            s.senderUid[signo] = (int) Math.min(Integer.MAX_VALUE, count - 1);
                        } else {
                            // Not delivered yet: the expiries only count as overruns of that signal.
                            long o = Math.min(Integer.MAX_VALUE, (long) s.senderUid[signo] + count);
                            s.senderUid[signo] = (int) o;
                        }
                        stillPending = true;
                    }
                }
            }
            if (stillPending) {
                return;
            }
            int overrun = (int) Math.min(Integer.MAX_VALUE, count - 1);
            String detail = Signals.name(signo) + " from the program's POSIX timer " + id;
            if (owner != null) {
                SignalSyscalls.sendToThread(owner, signo, ThreadSignals.SI_TIMER, value, id, overrun, detail);
            } else {
                SignalSyscalls.sendToProcess(p, signo, ThreadSignals.SI_TIMER, value, id, overrun, detail);
            }
        }
    }
}
