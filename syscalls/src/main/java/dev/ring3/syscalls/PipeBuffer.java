package dev.ring3.syscalls;

import java.nio.ByteBuffer;

/**
 * The buffer of one pipe(7) between guest threads of this JVM: a byte ring of 64 KiB (F_SETPIPE_SZ
 * changes it), with counts of open read and write ends for end-of-file and EPIPE. Writes of at most
 * PIPE_BUF bytes are atomic. Readers and writers block on the buffer's monitor across guest threads
 * and processes; a signal ends the wait as in the kernel (restart or EINTR, see {@link GuestWait}).
 */
public final class PipeBuffer {
    /** Writes up to this size are never interleaved with other writes (pipe(7)). */
    public static final int PIPE_BUF = 4096;
    public static final int DEFAULT_CAPACITY = 65536;
    /** /proc/sys/fs/pipe-max-size default: F_SETPIPE_SZ above it is EPERM for unprivileged users. */
    public static final int MAX_CAPACITY = 1 << 20;

    private byte[] ring = new byte[DEFAULT_CAPACITY];
    private int head;
    private int count;
    private int readers = 1;
    private int writers = 1;
    /** Wake-ups of readers (data in, a writer gone) and of writers (room, a reader gone), for EPOLLET. */
    private long readerWakeups;
    private long writerWakeups;
    /** Bytes ever written and read: the stream positions attachments are pinned to. */
    private long written, taken;
    /** Open files sent with the data from a stream position on (SCM_RIGHTS over a socketpair). */
    private record Attachment(long at, OpenFile[] files) {}

    private final java.util.ArrayDeque<Attachment> attachments = new java.util.ArrayDeque<>();
    /** st_ino of both ends: identifies the pipe in fstat and /proc/self/fd. */
    public final long ino;

    public PipeBuffer(long ino) {
        this.ino = ino;
    }

    /** Reads what is there (at least one byte), waiting unless {@code nonBlocking}; 0 at end of file. */
    public synchronized int read(ByteBuffer dst, boolean nonBlocking) {
        return read(dst, nonBlocking, null);
    }

    /**
     * {@link #read(ByteBuffer, boolean)} that also takes the open files sent with data it reaches
     * ({@code files[0]}; released when {@code files} is null), one set per read.
     */
    public synchronized int read(ByteBuffer dst, boolean nonBlocking, OpenFile[][] files) {
        if (!dst.hasRemaining()) {
            return 0;
        }
        while (count == 0) {
            if (writers == 0) {
                return 0;
            }
            if (nonBlocking) {
                throw ErrnoException.of(Errno.EAGAIN);
            }
            await();
        }
        int n = Math.min(count, dst.remaining());
        // One read takes at most one set of files: those of the first data sent with files that it
        // reaches, and it stops where the next such data begins (unix_stream_read_generic).
        Attachment a = attachments.peek();
        if (a != null && a.at() < taken + n) {
            attachments.poll();
            if (files != null) {
                files[0] = a.files();
            } else {
                MessageBuffer.releaseAll(a.files());
            }
            Attachment next = attachments.peek();
            if (next != null) {
                n = (int) Math.min(n, next.at() - taken);
            }
        }
        int first = Math.min(n, ring.length - head);
        dst.put(ring, head, first);
        dst.put(ring, 0, n - first);
        head = (head + n) % ring.length;
        count -= n;
        taken += n;
        writerWakeups++;
        notifyAll();
        return n;
    }

    /**
     * Writes all of {@code src}, waiting for room unless {@code nonBlocking} (then a partial count, or
     * EAGAIN if nothing fit). EPIPE when no read end is open: the caller raises SIGPIPE.
     */
    public synchronized int write(ByteBuffer src, boolean nonBlocking) {
        return write(src, nonBlocking, null);
    }

    /**
     * {@link #write(ByteBuffer, boolean)} with open files sent with the first byte that goes in
     * (the references are handed over, or released if nothing could be written).
     */
    public synchronized int write(ByteBuffer src, boolean nonBlocking, OpenFile[] files) {
        try {
            int n = writeBytes(src, nonBlocking, files);
            if (n == 0) {
                MessageBuffer.releaseAll(files);
            }
            return n;
        } catch (RuntimeException e) {
            MessageBuffer.releaseAll(files);
            throw e;
        }
    }

    private int writeBytes(ByteBuffer src, boolean nonBlocking, OpenFile[] files) {
        int total = src.remaining();
        int done = 0;
        while (src.hasRemaining()) {
            if (readers == 0) {
                if (done > 0) {
                    return done;
                }
                throw ErrnoException.of(Errno.EPIPE);
            }
            int room = ring.length - count;
            // A write of at most PIPE_BUF bytes goes in whole or waits (pipe(7), O_NONBLOCK: EAGAIN).
            boolean atomic = total <= PIPE_BUF;
            if (room == 0 || (atomic && room < src.remaining())) {
                if (nonBlocking) {
                    if (done > 0) {
                        return done;
                    }
                    throw ErrnoException.of(Errno.EAGAIN);
                }
                try {
                    await();
                } catch (ErrnoException e) {
                    if (done > 0) {
                        return done;
                    }
                    throw e;
                }
                continue;
            }
            int n = Math.min(room, src.remaining());
            if (files != null && done == 0) {
                attachments.add(new Attachment(written, files));
            }
            int tail = (head + count) % ring.length;
            int first = Math.min(n, ring.length - tail);
            src.get(ring, tail, first);
            src.get(ring, 0, n - first);
            count += n;
            done += n;
            written += n;
            readerWakeups++;
            notifyAll();
        }
        return done;
    }

    /** Blocks until notified; a signal or exit_group ends the wait (ERESTARTSYS, see GuestWait). */
    private void await() {
        GuestWait.await(this, -1);
    }

    public synchronized int available() {
        return count;
    }

    public synchronized int capacity() {
        return ring.length;
    }

    /** F_SETPIPE_SZ: rounds up to a power-of-two number of pages, as the kernel does; EBUSY if the data would not fit. */
    public synchronized int resize(long size) {
        if (size <= 0 || size > MAX_CAPACITY) {
            throw ErrnoException.of(size <= 0 ? Errno.EINVAL : Errno.EPERM);
        }
        int cap = 4096;
        while (cap < size) {
            cap <<= 1;
        }
        if (cap < count) {
            throw ErrnoException.of(Errno.EBUSY);
        }
        byte[] next = new byte[cap];
        for (int i = 0; i < count; i++) {
            next[i] = ring[(head + i) % ring.length];
        }
        ring = next;
        head = 0;
        writerWakeups++;
        notifyAll();
        return cap;
    }

    /** poll(2) readiness of the read end (POLLHUP once every writer is gone) or of the write end. */
    public synchronized int poll(boolean readEnd, int events) {
        int r = 0;
        if (readEnd) {
            if (count > 0) {
                r |= events & (PollEvents.POLLIN | PollEvents.POLLRDNORM);
            }
            if (writers == 0) {
                r |= PollEvents.POLLHUP;
            }
        } else {
            if (ring.length - count >= PIPE_BUF) {
                r |= events & (PollEvents.POLLOUT | PollEvents.POLLWRNORM);
            }
            if (readers == 0) {
                r |= PollEvents.POLLERR;
            }
        }
        return r;
    }

    /**
     * How often the side's waiters were woken (fs/pipe.c wakes readers on every write, since
     * Linux 5.16, and writers on every read): an edge for EPOLLET.
     */
    public synchronized long wakeups(boolean readEnd) {
        return readEnd ? readerWakeups : writerWakeups;
    }

    public synchronized void closeEnd(boolean readEnd) {
        if (readEnd) {
            readers--;
            if (readers == 0) {
                for (Attachment a : attachments) { // in flight to nobody now
                    MessageBuffer.releaseAll(a.files());
                }
                attachments.clear();
            }
            writerWakeups++;
        } else {
            writers--;
            readerWakeups++;
        }
        notifyAll();
    }
}
