package dev.ring3.syscalls;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * An eventfd (fs/eventfd.c): a 64-bit counter that write(2) adds to and read(2) takes (all of it,
 * or 1 with EFD_SEMAPHORE), readable while it is above 0, writable while another 1 fits below
 * 0xfffffffffffffffe. Readers and writers wait on its monitor like a pipe's.
 */
public final class EventFd extends AnonInodeFile {
    public static final int EFD_SEMAPHORE = 1;
    private static final long MAX = 0xfffffffffffffffeL;

    private final boolean semaphore;
    private long count;
    /** Wake-ups of readers (a write) and of writers (a read), for EPOLLET. */
    private long readerWakeups;
    private long writerWakeups;

    public EventFd(long initial, int flags) {
        super(OpenFlags.O_RDWR | (flags & OpenFlags.O_NONBLOCK), "eventfd");
        this.count = initial;
        this.semaphore = (flags & EFD_SEMAPHORE) != 0;
    }

    /** eventfd_read: EINVAL for less than 8 bytes; waits for a count above 0 unless O_NONBLOCK (EAGAIN). */
    @Override
    public synchronized int read(ByteBuffer dst) {
        if (dst.remaining() < 8) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        while (count == 0) {
            if (nonBlocking()) {
                throw ErrnoException.of(Errno.EAGAIN);
            }
            GuestWait.await(this, -1);
        }
        long v = semaphore ? 1 : count;
        count -= v;
        writerWakeups++;
        notifyAll();
        for (int i = 0; i < 8; i++) {
            dst.put((byte) (v >>> (8 * i)));
        }
        return 8;
    }

    /** eventfd_write: EINVAL for less than 8 bytes or the value 2^64-1; waits while the sum would pass the maximum. */
    @Override
    public synchronized int write(ByteBuffer src) {
        if (src.remaining() < 8) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        long v = src.duplicate().order(ByteOrder.LITTLE_ENDIAN).getLong();
        if (v == -1L) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        while (Long.compareUnsigned(MAX - count, v) < 0) {
            if (nonBlocking()) {
                throw ErrnoException.of(Errno.EAGAIN);
            }
            GuestWait.await(this, -1);
        }
        src.position(src.position() + 8);
        if (v != 0) {
            count += v;
            readerWakeups++;
            notifyAll();
        }
        return 8;
    }

    @Override
    public synchronized int poll(int events) {
        int r = 0;
        if (count != 0) {
            r |= PollEvents.POLLIN | PollEvents.POLLRDNORM;
        }
        if (Long.compareUnsigned(count, MAX) < 0) {
            r |= PollEvents.POLLOUT | PollEvents.POLLWRNORM;
        }
        return r;
    }

    @Override
    public synchronized long readinessGeneration(int events) {
        return ((events & PollEvents.POLLIN) != 0 ? readerWakeups : 0) + ((events & PollEvents.POLLOUT) != 0 ? writerWakeups : 0);
    }
}
