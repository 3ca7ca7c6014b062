package dev.ring3.syscalls;

import dev.ring3.mmu.AddressSpace;
import dev.ring3.semgen.Semantics;

/**
 * Timers: alarm, setitimer and getitimer (kernel/time/itimer.c), the POSIX timers timer_create,
 * timer_settime, timer_gettime, timer_getoverrun and timer_delete (kernel/time/posix-timers.c)
 * and timerfd_create, timerfd_settime and timerfd_gettime (fs/timerfd.c), over
 * {@link IntervalTimer}; the per-process state is {@link ProcessTimers}. Errors come in the
 * kernel's order.
 */
@Semantics(SyscallHandler.class)
public final class TimerSyscalls {
    static final int SIGEV_SIGNAL = 0, SIGEV_NONE = 1, SIGEV_THREAD = 2, SIGEV_THREAD_ID = 4;
    static final long NS = TimeSyscalls.NS;
    private static final long US = 1000;

    private TimerSyscalls() {}

    public static void register(SyscallTable t) {
        t.row(37, "alarm", "uint", TimerSyscallsSem.alarm);
        t.row(36, "getitimer", "itimer_which,itimerval_out", TimerSyscallsSem.getitimer);
        t.row(38, "setitimer", "itimer_which,itimerval_in,itimerval_out", TimerSyscallsSem.setitimer);
        t.row(222, "timer_create", "clockid,sigevent,int_out", TimerSyscallsSem.timerCreate);
        t.row(223, "timer_settime", "int,timer_flags,itimerspec_in,itimerspec_out", TimerSyscallsSem.timerSettime);
        t.row(224, "timer_gettime", "int,itimerspec_out", TimerSyscallsSem.timerGettime);
        t.row(225, "timer_getoverrun", "int", TimerSyscallsSem.timerGetoverrun);
        t.row(226, "timer_delete", "int", TimerSyscallsSem.timerDelete);
        t.row(283, "timerfd_create", "clockid,timerfd_flags", TimerSyscallsSem.timerfdCreate);
        t.row(286, "timerfd_settime", "fd,timerfd_flags,itimerspec_in,itimerspec_out", TimerSyscallsSem.timerfdSettime);
        t.row(287, "timerfd_gettime", "fd,itimerspec_out", TimerSyscallsSem.timerfdGettime);
    }

    static long alarm(Task k, long a, long b, long c, long d, long e, long f) {
        return alarm(k, a & 0xFFFFFFFFL);
    }

    static long getitimer(Task k, long a, long b, long c, long d, long e, long f) {
        return getitimer(k, (int) a, b);
    }

    static long setitimer(Task k, long a, long b, long c, long d, long e, long f) {
        return setitimer(k, (int) a, b, c);
    }

    static long timerCreate(Task k, long a, long b, long c, long d, long e, long f) {
        return timerCreate(k, (int) a, b, c);
    }

    static long timerSettime(Task k, long a, long b, long c, long d, long e, long f) {
        return timerSettime(k, (int) a, (int) b, c, d);
    }

    static long timerGettime(Task k, long a, long b, long c, long d, long e, long f) {
        return timerGettime(k, (int) a, b);
    }

    static long timerGetoverrun(Task k, long a, long b, long c, long d, long e, long f) {
        return posix(k, (int) a).overrunLast;
    }

    static long timerDelete(Task k, long a, long b, long c, long d, long e, long f) {
        if (k.process.timers.removePosix((int) a) == null) {
            return -Errno.EINVAL;
        }
        return 0;
    }

    static long timerfdCreate(Task k, long a, long b, long c, long d, long e, long f) {
        return timerfdCreate(k, (int) a, (int) b);
    }

    static long timerfdSettime(Task k, long a, long b, long c, long d, long e, long f) {
        return timerfdSettime(k, a, (int) b, c, d);
    }

    static long timerfdGettime(Task k, long a, long b, long c, long d, long e, long f) {
        long[] cur = timerfd(k, a).timer.get(); // get runs the expiries due first
        writeItimerspec(k.process.mem, b, cur);
        return 0;
    }

    // ---- setitimer, getitimer, alarm --------------------------------------------------------

    /** alarm(2): ITIMER_REAL for {@code seconds}; the old time left in whole seconds, rounded, at least 1 if any. */
    static long alarm(Task k, long seconds) {
        long[] old = k.process.timers.itimer(ProcessTimers.ITIMER_REAL).set(seconds * NS, 0, false);
        long sec = old[0] / NS;
        long usec = old[0] % NS / US;
        // alarm_setitimer: "we can't return 0 if we have an alarm pending ... and we'd better
        // return too much than too little anyway"
        if ((sec == 0 && usec != 0) || usec >= 500_000) {
            sec++;
        }
        return sec;
    }

    static long getitimer(Task k, int which, long out) {
        if (which < 0 || which > 2) {
            return -Errno.EINVAL;
        }
        long[] cur = k.process.timers.itimer(which).get();
        writeItimerval(k.process.mem, out, cur);
        return 0;
    }

    /** setitimer(2): a NULL new value disarms (the kernel's old behaviour, kept for compatibility). */
    static long setitimer(Task k, int which, long in, long out) {
        AddressSpace m = k.process.mem;
        long interval = 0, value = 0;
        if (in != 0) {
            interval = TimespecDescriptor.timevalNanos(m, in);
            value = TimespecDescriptor.timevalNanos(m, in + 16);
        }
        if (which < 0 || which > 2) {
            return -Errno.EINVAL;
        }
        long[] old = k.process.timers.itimer(which).set(value, interval, false);
        if (out != 0) {
            writeItimerval(m, out, old);
        }
        return 0;
    }

    private static void writeItimerval(AddressSpace m, long a, long[] t) {
        TimespecDescriptor.write(m, a, t[1] / NS, t[1] % NS / US);
        TimespecDescriptor.write(m, a + 16, t[0] / NS, t[0] % NS / US);
    }

    // ---- POSIX timers ----------------------------------------------------------------------

    /** The clock a POSIX timer or timerfd on {@code clock} runs on, or null if there is none. */
    private static IntervalTimer.Clock clock(Task k, int clock) {
        switch (clock) {
            case TimeSyscalls.CLOCK_REALTIME:
            case TimeSyscalls.CLOCK_REALTIME_ALARM:
            case TimeSyscalls.CLOCK_TAI:
            case TimeSyscalls.CLOCK_MONOTONIC:
            case TimeSyscalls.CLOCK_BOOTTIME:
            case TimeSyscalls.CLOCK_BOOTTIME_ALARM:
                return IntervalTimer.Clock.wall(() -> TimeSyscalls.now(null, clock));
            case TimeSyscalls.CLOCK_PROCESS_CPUTIME_ID:
                return ProcessTimers.processCpuClock(k.process, false);
            case TimeSyscalls.CLOCK_THREAD_CPUTIME_ID:
                return new IntervalTimer.Clock(() -> ProcessTimers.threadCpu(k, false), true, 1);
            default:
                break;
        }
        if (clock < 0) {
            // clock_getcpuclockid's ~pid << 3 | kind: this process's (kind 2) or one of its threads' (kind 6).
            int pid = ~(clock >> 3);
            int kind = clock & 7;
            if (kind == 2 && (pid == 0 || pid == k.process.pid)) {
                return ProcessTimers.processCpuClock(k.process, false);
            }
            if (kind == 6 && (pid == 0 || pid == k.tid)) {
                return new IntervalTimer.Clock(() -> ProcessTimers.threadCpu(k, false), true, 1);
            }
        }
        return null;
    }

    static long timerCreate(Task k, int clockId, long sevp, long idOut) {
        AddressSpace m = k.process.mem;
        // The sigevent is copied in before anything else (EFAULT).
        long value = 0;
        int signo = Signals.SIGALRM, notify = SIGEV_SIGNAL, tid = 0;
        boolean given = sevp != 0;
        if (given) {
            value = m.read64(sevp);
            signo = m.read32(sevp + 8);
            notify = m.read32(sevp + 12);
            tid = m.read32(sevp + 16);
        }
        if (clockId == TimeSyscalls.CLOCK_MONOTONIC_RAW || clockId == TimeSyscalls.CLOCK_REALTIME_COARSE
                || clockId == TimeSyscalls.CLOCK_MONOTONIC_COARSE) {
            return -Errno.EOPNOTSUPP; // clocks without timers
        }
        IntervalTimer.Clock clock = clock(k, clockId);
        if (clock == null) {
            return -Errno.EINVAL;
        }
        // good_sigevent, after the id is taken (a bad sigevent uses up an id, as in the kernel).
        Task target = null;
        boolean ok;
        switch (notify) {
            case SIGEV_SIGNAL | SIGEV_THREAD_ID:
                target = threadOf(k, tid);
                ok = target != null && signo > 0 && signo <= Signals.NSIG;
                break;
            case SIGEV_SIGNAL:
            case SIGEV_THREAD:
                ok = signo > 0 && signo <= Signals.NSIG;
                break;
            case SIGEV_NONE:
                ok = true;
                break;
            default:
                ok = false;
                break;
        }
        boolean valid = ok;
        Task thread = target;
        long sigValue = value;
        int sig = signo;
        boolean none = notify == SIGEV_NONE;
        int[] made = {-1};
        int id = k.process.timers.add(n -> {
            if (!valid) {
                return null;
            }
            made[0] = n;
            // Without a sigevent: SIGALRM whose si_value is the timer's id.
            return new ProcessTimers.PosixTimer(n, sig, given ? sigValue : n, thread, clock, k.process, none);
        });
        if (made[0] < 0) {
            return -Errno.EINVAL;
        }
        try {
            m.write32(idOut, id);
        } catch (RuntimeException e) {
            k.process.timers.removePosix(id);
            throw e;
        }
        return 0;
    }

    /** The thread {@code tid} of the caller's process, or null. */
    private static Task threadOf(Task k, int tid) {
        LinuxProcess p = k.process;
        synchronized (p) {
            for (Task t : p.threads) {
                if (t.tid == tid) {
                    return t;
                }
            }
        }
        return tid == k.tid ? k : null;
    }

    private static ProcessTimers.PosixTimer posix(Task k, int id) {
        ProcessTimers.PosixTimer t = k.process.timers.posix(id);
        if (t == null) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        return t;
    }

    static long timerSettime(Task k, int id, int flags, long in, long out) {
        AddressSpace m = k.process.mem;
        if (in == 0) {
            return -Errno.EINVAL;
        }
        long interval = TimespecDescriptor.timeoutNanos(m, in);
        long value = TimespecDescriptor.timeoutNanos(m, in + 16);
        ProcessTimers.PosixTimer t = posix(k, id);
        long[] old;
        synchronized (t.timer) { // no expiry of the old setting between the two
            old = t.timer.set(value, interval, (flags & TimeSyscalls.TIMER_ABSTIME) != 0);
            t.dropPending(k.process);
        }
        if (out != 0) {
            writeItimerspec(m, out, old);
        }
        return 0;
    }

    static long timerGettime(Task k, int id, long out) {
        long[] cur = posix(k, id).timer.get();
        writeItimerspec(k.process.mem, out, cur);
        return 0;
    }

    private static void writeItimerspec(AddressSpace m, long a, long[] t) {
        TimespecDescriptor.write(m, a, t[1] / NS, t[1] % NS);
        TimespecDescriptor.write(m, a + 16, t[0] / NS, t[0] % NS);
    }

    // ---- timerfd ---------------------------------------------------------------------------

    static long timerfdCreate(Task k, int clockId, int flags) {
        boolean clockOk = clockId == TimeSyscalls.CLOCK_REALTIME || clockId == TimeSyscalls.CLOCK_MONOTONIC
                || clockId == TimeSyscalls.CLOCK_BOOTTIME || clockId == TimeSyscalls.CLOCK_REALTIME_ALARM
                || clockId == TimeSyscalls.CLOCK_BOOTTIME_ALARM;
        if ((flags & ~(OpenFlags.O_CLOEXEC | OpenFlags.O_NONBLOCK)) != 0 || !clockOk) {
            return -Errno.EINVAL;
        }
        return k.process.fds.install(new TimerFd(clock(k, clockId), flags), (flags & OpenFlags.O_CLOEXEC) != 0);
    }

    static long timerfdSettime(Task k, long fd, int flags, long in, long out) {
        AddressSpace m = k.process.mem;
        long interval = TimespecDescriptor.timeoutNanos(m, in);
        long value = TimespecDescriptor.timeoutNanos(m, in + 16);
        if ((flags & ~(TimerFd.TFD_TIMER_ABSTIME | TimerFd.TFD_TIMER_CANCEL_ON_SET)) != 0) {
            return -Errno.EINVAL;
        }
        // TFD_TIMER_CANCEL_ON_SET would end a read with ECANCELED when the realtime clock is set:
        // ring3's guests cannot set it, so it never happens.
        long[] old = timerfd(k, fd).set(value, interval, (flags & TimerFd.TFD_TIMER_ABSTIME) != 0);
        if (out != 0) {
            writeItimerspec(m, out, old);
        }
        return 0;
    }

    /** The timerfd at {@code fd}: EBADF if none is open there, EINVAL if it is another kind of file. */
    private static TimerFd timerfd(Task k, long fd) {
        OpenFile f = k.process.fds.require(fd);
        if (!(f instanceof TimerFd)) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        return (TimerFd) f;
    }
}
