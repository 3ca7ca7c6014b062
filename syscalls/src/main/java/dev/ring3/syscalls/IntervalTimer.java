package dev.ring3.syscalls;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * One kernel timer as setitimer, timer_create and timerfd share it (kernel/time/hrtimer.c with
 * the posix-timers and itimer front ends): an expiry on some clock, an interval that re-arms it,
 * and what to do at each expiry. An expiry found late counts every period that went by (the
 * kernel's hrtimer_forward), so a periodic timer whose owner could not keep up reports overruns
 * instead of drifting.
 *
 * <p>Expiries run on one daemon thread for the whole JVM ("ring3-timers"). A timer on a wall clock
 * (REALTIME, MONOTONIC, BOOTTIME) sleeps until its clock reads the expiry; one on a CPU clock
 * (ITIMER_VIRTUAL and ITIMER_PROF, the CPU-time clocks of timer_create) cannot be slept on, so it
 * looks at its clock again after the CPU time left could at the earliest have been used (at least
 * every {@link #CPU_POLL_MIN_NS}). Every method holds the timer's monitor, and so does the
 * expiry callback: once {@link #set} returns, no expiry of the old setting runs any more.
 */
final class IntervalTimer {
    /** What an expiry does: {@code count} expiries (1 plus the periods that went by unseen). */
    interface Expiry {
        void expired(long count);
    }

    /** The clock a timer runs on, and whether it is a CPU-time clock (polled, not slept on). */
    record Clock(LongSupplier now, boolean cpu, int parallelism) {
        static Clock wall(LongSupplier now) {
            return new Clock(now, false, 1);
        }
    }

    static final long CPU_POLL_MIN_NS = 1_000_000L;

    private static final ScheduledThreadPoolExecutor SCHEDULER = scheduler();

    private final Clock clock;
    private final Expiry expiry;
    /** Absolute expiry on {@link #clock}, or 0 when disarmed. */
    private long deadline;
    private long interval;
    private ScheduledFuture<?> pending;

    IntervalTimer(Clock clock, Expiry expiry) {
        this.clock = clock;
        this.expiry = expiry;
    }

    private static ScheduledThreadPoolExecutor scheduler() {
        ScheduledThreadPoolExecutor s = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "ring3-timers");
            t.setDaemon(true);
            return t;
        });
        s.setRemoveOnCancelPolicy(true);
        s.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        return s;
    }

    long now() {
        return clock.now().getAsLong();
    }

    /**
     * Arms the timer to expire at {@code value} ns (absolute on its clock if {@code absolute},
     * else from now) and every {@code interval} ns after; a value of 0 disarms it. Returns the old
     * setting as {time left, interval} (time left 0 if it was disarmed).
     */
    synchronized long[] set(long value, long interval, boolean absolute) {
        long[] old = get();
        cancel();
        this.interval = value == 0 ? 0 : interval;
        if (value == 0) {
            deadline = 0;
            return old;
        }
        long now = now();
        long at = absolute ? value : now + value;
        // An absolute time already past expires at once; 0 stays free to mean "disarmed".
        deadline = Math.max(at, 1);
        schedule(now);
        return old;
    }

    /**
     * {time left, interval} in ns; time left 0 if disarmed (an expired one-shot is disarmed).
     * Expiries due but not yet run by the timer thread run first, so a timer read after its expiry
     * time has expired, and a periodic one shows the time to its next expiry.
     */
    synchronized long[] get() {
        catchUp();
        if (deadline == 0) {
            return new long[] {0, interval};
        }
        // Armed but due (its expiry not yet run): the kernel reports the smallest time it can.
        return new long[] {Math.max(1, deadline - now()), interval};
    }

    synchronized boolean armed() {
        return deadline != 0;
    }

    /** Disarms for good (the owner went away). */
    synchronized void cancel() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }

    synchronized void disarm() {
        cancel();
        deadline = 0;
        interval = 0;
    }

    private void schedule(long now) {
        long left = deadline - now;
        if (clock.cpu()) {
            // CPU time runs at most this many times as fast as the wall clock.
            left = Math.max(CPU_POLL_MIN_NS, left / Math.max(1, clock.parallelism()));
        }
        pending = SCHEDULER.schedule(this::fire, Math.max(0, left), TimeUnit.NANOSECONDS);
    }

    private synchronized void fire() {
        pending = null;
        if (deadline == 0) {
            return;
        }
        long now = now();
        if (now < deadline) {
            schedule(now); // woken early (the JVM's sleeping clock, a CPU clock not there yet)
            return;
        }
        expire(now);
    }

    /**
     * Runs the expiries that are due now, if any, without waiting for the timer thread (a read of
     * a timerfd counts them as timerfd_read does: the timer thread may be late on a busy host).
     */
    synchronized void catchUp() {
        if (deadline != 0) {
            long now = now();
            if (now >= deadline) {
                cancel();
                expire(now);
            }
        }
    }

    private void expire(long now) {
        long count = 1;
        if (interval > 0) {
            long late = now - deadline;
            count += late / interval;
            deadline += count * interval;
        } else {
            deadline = 0;
        }
        try {
            expiry.expired(count);
        } finally {
            if (deadline != 0 && pending == null) {
                schedule(now);
            }
        }
    }
}
