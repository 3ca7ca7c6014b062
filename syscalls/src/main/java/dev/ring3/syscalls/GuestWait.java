package dev.ring3.syscalls;

/**
 * The one way a guest thread blocks (pipes, futexes, wait4, sleeps, vfork): a monitor wait that a
 * signal or exit_group cuts short, like the kernel's interruptible sleep. Java's
 * {@code Thread.interrupt} cannot be used for this: it closes any {@code FileChannel} the thread is
 * reading (the host's stdin), so the sender instead notifies the monitor the thread is waiting on.
 *
 * <p>Protocol: the waiter publishes the monitor in {@link Task#waitingOn} before it checks
 * {@link Task#interrupted()}; the sender makes the signal pending before it reads
 * {@code waitingOn}. Either the waiter sees the signal, or the sender sees the monitor and
 * notifies it (it cannot get the monitor until the waiter is inside {@code wait}).
 */
final class GuestWait {
    /**
     * The kernel's ERESTARTSYS: a blocking call cut short by a signal. The dispatcher restarts the
     * call (no handler runs, or SA_RESTART) or turns it into EINTR; the guest never sees 512.
     */
    static final int ERESTARTSYS = Errno.ERESTARTSYS;
    /** ERESTARTNOHAND: restarted only if no handler runs (poll, sleeps, pause). */
    static final int ERESTARTNOHAND = Errno.ERESTARTNOHAND;

    /** The task each guest thread runs (set by the run loop), so that deep callees can block. */
    private static final ThreadLocal<Task> CURRENT = new ThreadLocal<>();

    private GuestWait() {}

    static void enter(Task t) {
        CURRENT.set(t);
    }

    static void leave() {
        CURRENT.remove();
    }

    /** The guest thread running on this Java thread, or null (a test calling a handler directly). */
    static Task current() {
        return CURRENT.get();
    }

    /**
     * Waits on {@code monitor} (which the caller holds) for a notify, at most {@code nanos}
     * ({@code < 0}: no limit). Returns on a notify, a timeout or spuriously, so callers loop on
     * their condition; throws ERESTARTSYS if the thread must stop waiting.
     */
    static void await(Object monitor, long nanos) {
        Task t = CURRENT.get();
        if (t != null) {
            t.waitingOn = monitor;
            if (t.interrupted()) {
                t.waitingOn = null;
                throw ErrnoException.of(ERESTARTSYS);
            }
        }
        try {
            if (nanos < 0) {
                monitor.wait();
            } else if (nanos > 0) {
                monitor.wait(nanos / 1_000_000L, (int) (nanos % 1_000_000L));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ErrnoException.of(Errno.EINTR);
        } finally {
            if (t != null) {
                t.waitingOn = null;
            }
        }
        if (t != null && t.interrupted()) {
            throw ErrnoException.of(ERESTARTSYS);
        }
    }

    /** Sleeps {@code nanos} on the monotonic clock unless interrupted (ERESTARTSYS). */
    static void sleep(long nanos) {
        long deadline = nanos > Long.MAX_VALUE - System.nanoTime() ? Long.MAX_VALUE : System.nanoTime() + nanos;
        Object m = new Object();
        synchronized (m) {
            for (long left = nanos; left > 0; left = deadline - System.nanoTime()) {
                await(m, left);
            }
        }
    }

    /** Wakes {@code t} if it is blocked in {@link #await} (after the caller made the reason visible). */
    static void wake(Task t) {
        Object m = t.waitingOn;
        if (m != null) {
            synchronized (m) {
                m.notifyAll();
            }
        }
    }
}
