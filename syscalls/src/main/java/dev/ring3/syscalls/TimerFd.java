package dev.ring3.syscalls;

import java.nio.ByteBuffer;

/**
 * A timerfd (fs/timerfd.c): a timer whose expiries add to a count that read(2) takes (8 bytes,
 * all of it), readable while the count is above 0. Readers wait on its monitor like an
 * eventfd's; the timer's expiries (on ring3's timer thread) add to the count and wake them.
 */
final class TimerFd extends AnonInodeFile {
    static final int TFD_TIMER_ABSTIME = 1, TFD_TIMER_CANCEL_ON_SET = 2;

    final IntervalTimer timer;
    private long ticks;
    /** Expiries seen, for EPOLLET's readiness generation. */
    private long wakeups;

    TimerFd(IntervalTimer.Clock clock, int flags) {
        super(OpenFlags.O_RDWR | (flags & OpenFlags.O_NONBLOCK), "timerfd");
        this.timer = new IntervalTimer(clock, this::expired);
    }

    private synchronized void expired(long count) {
        ticks += count;
        wakeups++;
        notifyAll();
    }

    /**
     * timerfd_settime: the new setting (the count of expiries not yet read starts again at 0),
     * returning the old one as {time left, interval}.
     */
    long[] set(long value, long interval, boolean absolute) {
        synchronized (timer) { // the timer's monitor first, as its expiries take it
            // The old setting's due expiries run inside set (for its answer); the count is
            // cleared after them and before the new setting can expire (timerfd_setup).
            long[] old = timer.set(value, interval, absolute);
            synchronized (this) {
                ticks = 0;
            }
            return old;
        }
    }

    /** timerfd_read: EINVAL for less than 8 bytes; waits for an expiry unless O_NONBLOCK (EAGAIN). */
    @Override
    public int read(ByteBuffer dst) {
        if (dst.remaining() < 8) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        timer.catchUp(); // outside this monitor: an expiry takes the timer's, then this one
        return take(dst);
    }

    private synchronized int take(ByteBuffer dst) {
        while (ticks == 0) {
            if (nonBlocking()) {
                throw ErrnoException.of(Errno.EAGAIN);
            }
            GuestWait.await(this, -1);
        }
        long v = ticks;
        ticks = 0;
        for (int i = 0; i < 8; i++) {
            dst.put((byte) (v >>> (8 * i)));
        }
        return 8;
    }

    /** A timerfd has no write operation. */
    @Override
    public int write(ByteBuffer src) {
        throw ErrnoException.of(Errno.EINVAL);
    }

    @Override
    public int poll(int events) {
        timer.catchUp();
        synchronized (this) {
            return ticks != 0 ? PollEvents.POLLIN | PollEvents.POLLRDNORM : 0;
        }
    }

    @Override
    public long readinessGeneration(int events) {
        timer.catchUp();
        synchronized (this) {
            return (events & PollEvents.POLLIN) != 0 ? wakeups : 0;
        }
    }

    /** The last fd referring to it is closed: the timer stops. */
    @Override
    protected void closeHost() {
        timer.disarm();
    }
}
