package dev.ring3.syscalls;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A signalfd (fs/signalfd.c): reading it takes the reader's pending signals that are in its mask
 * (as rt_sigtimedwait does, {@link SignalWait#dequeue}) as 128-byte struct signalfd_siginfo
 * records; readable while one is pending. The mask is the file's; which signals are pending is
 * the reading thread's, so a forked child reading an inherited signalfd reads its own.
 */
final class SignalFd extends AnonInodeFile {
    static final int SIZE = 128;
    private static final long POLL_NS = 5_000_000L;

    private volatile long mask;

    SignalFd(long mask, int flags) {
        super(OpenFlags.O_RDWR | (flags & OpenFlags.O_NONBLOCK), "signalfd");
        this.mask = mask;
    }

    void setMask(long mask) {
        this.mask = mask;
    }

    /** signalfd_read: EINVAL below one record; as many records as fit and are pending, waiting for the first. */
    @Override
    public int read(ByteBuffer dst) {
        int room = dst.remaining() / SIZE;
        if (room == 0) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        Task t = Task.current();
        if (t == null) {
            throw ErrnoException.of(Errno.EAGAIN);
        }
        int n = 0;
        while (n < room) {
            SignalWait.Taken s = SignalWait.dequeue(t, mask);
            if (s == null) {
                if (n > 0) {
                    break;
                }
                if (nonBlocking()) {
                    throw ErrnoException.of(Errno.EAGAIN);
                }
                // Woken by a signal posted to this thread (Task.kick), and at least every
                // POLL_NS (a blocked signal does not interrupt the wait, so a post between the
                // look and the wait would be missed, and one may land at the main thread); an
                // unblocked one ends the read with ERESTARTSYS, as the kernel's interruptible wait.
                Object m = new Object();
                synchronized (m) {
                    if (SignalWait.pendingIn(t, mask) == 0) {
                        GuestWait.await(m, POLL_NS);
                    }
                }
                continue;
            }
            write(dst, s);
            n++;
        }
        return n * SIZE;
    }

    /** struct signalfd_siginfo from a dequeued signal's siginfo. */
    private static void write(ByteBuffer dst, SignalWait.Taken s) {
        ByteBuffer b = ByteBuffer.allocate(SIZE).order(ByteOrder.LITTLE_ENDIAN);
        ThreadSignals.Info i = s.info();
        b.putInt(0, s.sig());
        b.putInt(8, i.code());
        if (i.code() == ThreadSignals.SI_TIMER) {
            b.putInt(24, i.pid()); // ssi_tid: the timer's id
            b.putInt(32, i.uid()); // ssi_overrun
            b.putInt(44, (int) i.addr());
            b.putLong(48, i.addr());
        } else if (i.code() <= 0) {
            b.putInt(12, i.pid());
            b.putInt(16, i.uid());
            b.putInt(44, (int) i.addr());
            b.putLong(48, i.addr());
        } else if (ThreadSignals.isChildCode(s.sig(), i.code())) {
            b.putInt(12, i.pid());
            b.putInt(16, i.uid());
            b.putInt(40, (int) i.addr()); // ssi_status
        } else {
            b.putLong(72, i.addr()); // ssi_addr
        }
        dst.put(b.array());
    }

    /** signalfd has no write operation. */
    @Override
    public int write(ByteBuffer src) {
        throw ErrnoException.of(Errno.EINVAL);
    }

    @Override
    public int poll(int events) {
        Task t = Task.current();
        return t != null && SignalWait.pendingIn(t, mask) != 0 ? PollEvents.POLLIN | PollEvents.POLLRDNORM : 0;
    }

    @Override
    public long readinessGeneration(int events) {
        Task t = Task.current();
        return t != null && (events & PollEvents.POLLIN) != 0 ? SignalWait.pendingIn(t, mask) : 0;
    }
}
