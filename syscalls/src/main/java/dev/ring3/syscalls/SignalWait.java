package dev.ring3.syscalls;

import dev.ring3.semgen.Semantics;

/**
 * Taking pending signals without delivering them: rt_sigtimedwait (sigwait, sigwaitinfo,
 * sigtimedwait) and signalfd4/signalfd ({@link SignalFd}), as kernel/signal.c's dequeue_signal
 * and fs/signalfd.c do. ring3 keeps no separate shared pending set: a process-directed signal is
 * pending at the thread chosen when it was sent (one that does not block it, else the main
 * thread), so a thread also takes process-directed signals pending at the main thread.
 */
@Semantics(SyscallHandler.class)
final class SignalWait {
    /** A signal taken off a pending set, with its siginfo. */
    record Taken(int sig, ThreadSignals.Info info) {}

    private SignalWait() {}

    static void register(SyscallTable t) {
        t.row(128, "rt_sigtimedwait", "sigset_in,siginfo_out,timespec_in,size", SignalWaitSem.rtSigtimedwait);
        t.row(282, "signalfd", "fd,sigset_in,size", SignalWaitSem.signalfd);
        t.row(289, "signalfd4", "fd,sigset_in,size,signalfd_flags", SignalWaitSem.signalfd4);
    }

    static long signalfd(Task k, long a, long b, long c, long d, long e, long f) {
        return signalfd4(k, (int) a, b, c, 0);
    }

    static long signalfd4(Task k, long a, long b, long c, long d, long e, long f) {
        return signalfd4(k, (int) a, b, c, (int) d);
    }

    /** The main thread of {@code t}'s process if it is another thread, else null. */
    private static Task mainThread(Task t) {
        LinuxProcess p = t.process;
        synchronized (p) {
            Task m = p.threads.isEmpty() ? null : p.threads.get(0);
            return m == t ? null : m;
        }
    }

    /** The signals of {@code mask} that {@code t} could take now (a bit set; 0 if none). */
    static long pendingIn(Task t, long mask) {
        long own = t.signals.pending & mask;
        Task m = mainThread(t);
        return m == null ? own : own | (m.signals.pending & mask);
    }

    /**
     * Takes one pending signal of {@code mask}: thread-directed ones first (tgkill: the kernel's
     * private pending set comes before the shared one), then the lowest number; then those pending
     * at the main thread that were not sent to it alone. A POSIX timer's stale signal is dropped
     * and the next one tried. Null if none.
     */
    static Taken dequeue(Task t, long mask) {
        t.process.timers.catchUpPosix(); // a pending timer signal's overruns, up to now
        for (;;) {
            Taken s = take(t, mask, false);
            if (s == null) {
                Task m = mainThread(t);
                s = m == null ? null : take(m, mask, true);
            }
            if (s == null) {
                return null;
            }
            if (s.info().code() != ThreadSignals.SI_TIMER || t.process.timers.delivered(s.info().pid(), s.info().uid())) {
                return s;
            }
        }
    }

    private static Taken take(Task t, long mask, boolean sharedOnly) {
        ThreadSignals ts = t.signals;
        synchronized (ts) {
            long ready = ts.pending & mask;
            long tkill = 0;
            for (long r = ready; r != 0; r &= r - 1) {
                int sig = Long.numberOfTrailingZeros(r) + 1;
                if (ts.code[sig] == ThreadSignals.SI_TKILL) {
                    tkill |= Signals.bit(sig);
                }
            }
            long pick = sharedOnly ? ready & ~tkill : tkill != 0 ? tkill : ready;
            if (pick == 0) {
                return null;
            }
            int sig = Long.numberOfTrailingZeros(pick) + 1;
            return new Taken(sig, ts.take(sig));
        }
    }

    /** The caller's sigset at {@code set}, without SIGKILL and SIGSTOP; EINVAL unless {@code size} is 8. */
    private static long readMask(Task k, long set, long size) {
        if (size != SignalSyscalls.SIGSET_SIZE) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        return k.process.mem.read64(set) & ~Signals.UNBLOCKABLE;
    }

    /**
     * rt_sigtimedwait(2): takes a pending signal of the set, else waits for one (the set unblocked
     * meanwhile, as the kernel does) at most the timeout (EAGAIN); a signal outside the set that
     * runs a handler ends the wait with EINTR. Writes its siginfo and returns its number.
     */
    static long rtSigtimedwait(Task k, long set, long info, long timeout, long size, long a4, long a5) {
        long mask = readMask(k, set, size);
        long ns = timeout == 0 ? -1 : TimespecDescriptor.timeoutNanos(k.process.mem, timeout);
        Taken s = dequeue(k, mask);
        if (s == null) {
            if (ns == 0) {
                return -Errno.EAGAIN;
            }
            ThreadSignals ts = k.signals;
            long blocked = ts.blocked;
            ts.blocked = blocked & ~mask;
            long deadline = ns < 0 ? Long.MAX_VALUE : System.nanoTime() + ns;
            boolean interrupted = false;
            try {
                Object m = new Object();
                synchronized (m) {
                    for (;;) {
                        if ((s = dequeue(k, mask)) != null) {
                            break;
                        }
                        long left = deadline == Long.MAX_VALUE ? -1 : deadline - System.nanoTime();
                        if (deadline != Long.MAX_VALUE && left <= 0) {
                            break;
                        }
                        try {
                            // A signal of the set is unblocked now: its arrival interrupts the wait.
                            GuestWait.await(m, left);
                        } catch (ErrnoException e) {
                            if (e.errno != GuestWait.ERESTARTSYS) {
                                throw e;
                            }
                            s = dequeue(k, mask);
                            interrupted = s == null;
                            break;
                        }
                    }
                }
            } finally {
                ts.blocked = blocked;
            }
            if (s == null) {
                return interrupted ? -Errno.EINTR : -Errno.EAGAIN;
            }
        }
        if (info != 0) {
            SignalFrame.writeSiginfo(s.info(), k.process.mem, info, s.sig(), true);
        }
        return s.sig();
    }

    /** signalfd4(2) and signalfd(2): a new signalfd (fd -1) or a new mask for an existing one. */
    static long signalfd4(Task k, int fd, long set, long size, int flags) {
        if ((flags & ~(OpenFlags.O_CLOEXEC | OpenFlags.O_NONBLOCK)) != 0) {
            return -Errno.EINVAL;
        }
        long mask = readMask(k, set, size);
        if (fd == -1) {
            return k.process.fds.install(new SignalFd(mask, flags), (flags & OpenFlags.O_CLOEXEC) != 0);
        }
        OpenFile f = k.process.fds.require(fd);
        if (!(f instanceof SignalFd)) {
            return -Errno.EINVAL;
        }
        ((SignalFd) f).setMask(mask);
        return fd;
    }
}
