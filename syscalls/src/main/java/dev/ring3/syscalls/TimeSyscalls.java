package dev.ring3.syscalls;

import dev.ring3.interp.SystemOps;
import dev.ring3.mmu.AddressSpace;
import dev.ring3.semgen.Semantics;
import dev.ring3.vdso.HostClock;
import java.time.Instant;

/**
 * Clocks and sleeps: clock_gettime, clock_getres, gettimeofday, time, nanosleep, clock_nanosleep.
 * The clocks the vDSO serves come from {@link HostClock} (CLOCK_MONOTONIC is ring3's TSC, which is
 * the host's own), the alarm clocks from the host's wall clock and ring3's TSC, the CPU-time clocks
 * from the JVM's per-thread CPU time of the guest thread.
 */
@Semantics(SyscallHandler.class)
public final class TimeSyscalls {
    public static final int CLOCK_REALTIME = 0, CLOCK_MONOTONIC = 1, CLOCK_PROCESS_CPUTIME_ID = 2,
            CLOCK_THREAD_CPUTIME_ID = 3, CLOCK_MONOTONIC_RAW = 4, CLOCK_REALTIME_COARSE = 5,
            CLOCK_MONOTONIC_COARSE = 6, CLOCK_BOOTTIME = 7, CLOCK_REALTIME_ALARM = 8,
            CLOCK_BOOTTIME_ALARM = 9, CLOCK_TAI = 11;
    public static final int TIMER_ABSTIME = 1;
    static final long NS = 1_000_000_000L;
    /** Resolution of the COARSE clocks: one jiffy at the host's CONFIG_HZ=250 (measured: 4 ms). */
    static final long COARSE_RES_NS = 4_000_000L;
    /** Value returned for an invalid clock id. */
    static final long INVALID = Long.MIN_VALUE;

    private TimeSyscalls() {}

    public static void register(SyscallTable t) {
        t.row(228, "clock_gettime", "clockid,timespec_out", TimeSyscallsSem.clockGettime);
        t.row(229, "clock_getres", "clockid,timespec_out", TimeSyscallsSem.clockGetres);
        t.row(96, "gettimeofday", "timeval_out,timezone_out", TimeSyscallsSem.gettimeofday);
        t.row(201, "time", "time_out", TimeSyscallsSem.time);
        t.row(35, "nanosleep", "timespec_in,sleep_remain", TimeSyscallsSem.nanosleep);
        t.row(230, "clock_nanosleep", "clockid,timer_flags,timespec_in,sleep_remain", TimeSyscallsSem.clockNanosleep);
    }

    /** The current value of {@code clock} in nanoseconds, or {@link #INVALID}. */
    static long now(Task k, long clock) {
        if (HostClock.served(clock)) {
            // The clocks the vDSO serves: the same model as its time page, so both paths agree.
            return HostClock.now((int) clock);
        }
        switch ((int) clock) {
            case CLOCK_REALTIME:
            case CLOCK_REALTIME_COARSE:
            case CLOCK_REALTIME_ALARM:
            case CLOCK_TAI: { // the host's TAI offset is 0 unless NTP sets it (measured: 0)
                Instant i = Instant.now();
                return i.getEpochSecond() * NS + i.getNano();
            }
            case CLOCK_MONOTONIC:
            case CLOCK_MONOTONIC_RAW:
            case CLOCK_MONOTONIC_COARSE:
            case CLOCK_BOOTTIME:
            case CLOCK_BOOTTIME_ALARM:
                return SystemOps.tsc();
            case CLOCK_PROCESS_CPUTIME_ID:
            case CLOCK_THREAD_CPUTIME_ID:
                return ResourceSyscalls.cpuTimes()[1];
            default:
                break;
        }
        if (clock < 0 && (int) clock == clock) {
            // A pid- or tid-encoded CPU clock (clock_getcpuclockid): ~pid << 3 | kind.
            int pid = ~((int) clock >> 3);
            int kind = (int) clock & 3;
            if (kind <= 2 && (pid == 0 || pid == k.process.pid || pid == k.tid)) {
                return ResourceSyscalls.cpuTimes()[kind == 1 ? 0 : 1];
            }
        }
        return INVALID;
    }

    public static long clockGettime(Task k, long clock, long tp, long a2, long a3, long a4, long a5) {
        long t = now(k, clock);
        if (t == INVALID) {
            return -Errno.EINVAL;
        }
        TimespecDescriptor.write(k.process.mem, tp, t / NS, t % NS);
        return 0;
    }

    public static long clockGetres(Task k, long clock, long res, long a2, long a3, long a4, long a5) {
        long r = resolution(k, clock);
        if (r < 0) {
            return r;
        }
        if (res != 0) {
            TimespecDescriptor.write(k.process.mem, res, 0, r);
        }
        return 0;
    }

    /** The resolution of {@code clock} in nanoseconds, or -EINVAL. */
    static long resolution(Task k, long clock) {
        if (now(k, clock) == INVALID) {
            return -Errno.EINVAL;
        }
        return clock == CLOCK_REALTIME_COARSE || clock == CLOCK_MONOTONIC_COARSE ? COARSE_RES_NS : 1;
    }

    public static long gettimeofday(Task k, long tv, long tz, long a2, long a3, long a4, long a5) {
        AddressSpace m = k.process.mem;
        if (tv != 0) {
            long t = now(k, CLOCK_REALTIME);
            TimespecDescriptor.write(m, tv, t / NS, t % NS / 1000);
        }
        if (tz != 0) {
            m.write32(tz, 0); // tz_minuteswest: the kernel's sys_tz, UTC unless set
            m.write32(tz + 4, 0);
        }
        return 0;
    }

    public static long time(Task k, long tloc, long a1, long a2, long a3, long a4, long a5) {
        // The kernel's time(2) is ktime_get_real_seconds(): the seconds at the last tick, as the vDSO's.
        long s = HostClock.seconds();
        if (tloc != 0) {
            k.process.mem.write64(tloc, s);
        }
        return s;
    }

    public static long nanosleep(Task k, long req, long rem, long a2, long a3, long a4, long a5) {
        long ns = TimespecDescriptor.timeoutNanos(k.process.mem, req);
        sleepUntil(System.nanoTime(), ns);
        return 0;
    }

    /**
     * clock_nanosleep(2): relative or TIMER_ABSTIME against the given clock. Returns -errno like
     * the syscall (glibc turns it into the positive return value of the library function).
     */
    public static long clockNanosleep(Task k, long clock, long flags, long req, long rem, long a4, long a5) {
        if (clock == CLOCK_THREAD_CPUTIME_ID) {
            return -Errno.EINVAL;
        }
        if (now(k, clock) == INVALID) {
            return -Errno.EINVAL;
        }
        if (clock == CLOCK_PROCESS_CPUTIME_ID || clock < 0) {
            return -Errno.EOPNOTSUPP; // a CPU-time sleep would need a busy guest: not supported
        }
        long ns = TimespecDescriptor.timeoutNanos(k.process.mem, req);
        if ((flags & TIMER_ABSTIME) != 0) {
            // Until the guest's own clock reads the deadline: ring3's clocks may differ from the
            // JVM's sleeping clock by nanoseconds (HostTsc), and the guest must wake at or after it.
            for (long delta = ns - now(k, clock); delta > 0; delta = ns - now(k, clock)) {
                sleepUntil(System.nanoTime(), delta);
            }
        } else {
            sleepUntil(System.nanoTime(), ns);
        }
        return 0;
    }

    /**
     * Sleeps {@code ns} from {@code start} on the monotonic clock. A signal that runs a handler
     * ends a guest thread's sleep with EINTR ({@code rem} is not written: docs/quirks.md).
     */
    static void sleepUntil(long start, long ns) {
        long deadline = ns > Long.MAX_VALUE - start ? Long.MAX_VALUE : start + ns;
        if (GuestWait.current() != null) {
            // A guest thread: a signal with a handler ends the sleep with EINTR (ERESTARTNOHAND).
            try {
                GuestWait.sleep(deadline - System.nanoTime());
            } catch (ErrnoException e) {
                throw e.errno == GuestWait.ERESTARTSYS ? ErrnoException.of(GuestWait.ERESTARTNOHAND) : e;
            }
            return;
        }
        boolean interrupted = false;
        for (;;) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            try {
                Thread.sleep(left / 1_000_000L, (int) (left % 1_000_000L));
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
