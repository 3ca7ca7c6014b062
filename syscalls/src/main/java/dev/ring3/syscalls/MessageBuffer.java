package dev.ring3.syscalls;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;

/**
 * One direction of an AF_UNIX SOCK_DGRAM or SOCK_SEQPACKET socketpair held in this JVM: whole
 * messages in order, charged to the sending socket's send buffer as the kernel charges them
 * (af_unix.c: a sender waits while what it has queued reaches SO_SNDBUF, the host's wmem_default;
 * a message longer than SO_SNDBUF - 32 is EMSGSIZE). Readers and writers block on the buffer's
 * monitor across guest threads and processes; a signal ends the wait as in the kernel.
 */
public final class MessageBuffer {
    /** The host's default send buffer (net.core.wmem_default), which a new unix socket gets. */
    public static final long SNDBUF = hostSndbuf();
    /** The longest message: the send buffer less 32 (unix_dgram_sendmsg). */
    public static final long MAX_MESSAGE = SNDBUF - 32;

    /** A message and the open files sent with it (SCM_RIGHTS), null for none. */
    private record Message(byte[] data, OpenFile[] files) {}

    private final ArrayDeque<Message> queue = new ArrayDeque<>();
    private long charged;
    private boolean readerOpen = true;
    private boolean writerOpen = true;
    private long readerWakeups;
    private long writerWakeups;

    private static long hostSndbuf() {
        try {
            // readAllLines, not readString: a sysctl file answers a read past offset 0 with end of file,
            // and readString of a file whose size says 0 reads one byte first.
            return Long.parseLong(Files.readAllLines(Path.of("/proc/sys/net/core/wmem_default"), StandardCharsets.US_ASCII).get(0).trim());
        } catch (IOException | RuntimeException e) {
            return 212992; // Linux's default
        }
    }

    /**
     * What a message of {@code len} bytes costs the sender's buffer: the kernel's skb truesize, its
     * data rounded up by the slab allocator to a power of two with the shared info (320 bytes), plus
     * the sk_buff itself (256).
     */
    static long truesize(int len) {
        return Long.highestOneBit(Math.max(len + 320 - 1, 1)) * 2 + 256;
    }

    /**
     * Queues {@code m} whole with the open files sent along (null: none; the references are
     * handed over, or released on failure), waiting for room unless {@code nonBlocking} (EAGAIN).
     * Throws EPIPE when the reading end is gone (the caller turns it into what the type reports).
     */
    public synchronized void send(byte[] m, OpenFile[] files, boolean nonBlocking) {
        try {
            sendMessage(m, files, nonBlocking);
        } catch (RuntimeException e) {
            releaseAll(files);
            throw e;
        }
    }

    private void sendMessage(byte[] m, OpenFile[] files, boolean nonBlocking) {
        while (true) {
            if (!readerOpen) {
                throw ErrnoException.of(Errno.EPIPE);
            }
            if (charged < SNDBUF) {
                break;
            }
            if (nonBlocking) {
                throw ErrnoException.of(Errno.EAGAIN);
            }
            GuestWait.await(this, -1);
        }
        queue.add(new Message(m, files));
        charged += truesize(m.length);
        readerWakeups++;
        notifyAll();
    }

    /**
     * Takes (or with {@code peek} copies) the first message into {@code dst}, the rest of it lost;
     * {@code truncated[0]} tells whether it did not fit. Returns its length, or -1 when there is none
     * and the writing end has gone (end of file for SOCK_SEQPACKET) or {@code nonBlocking} is set
     * (EAGAIN); otherwise waits. {@code files[0]} gets the open files sent with the message (each
     * retained once more when peeking, as scm_fp_dup does); they are released when {@code files}
     * is null.
     */
    public synchronized int receive(ByteBuffer dst, boolean peek, boolean nonBlocking, boolean eofWhenWriterGone,
            boolean[] truncated, OpenFile[][] files) {
        while (queue.isEmpty()) {
            if (!writerOpen && eofWhenWriterGone) {
                return -1;
            }
            if (nonBlocking) {
                throw ErrnoException.of(Errno.EAGAIN);
            }
            GuestWait.await(this, -1);
        }
        Message msg = peek ? queue.peek() : queue.poll();
        byte[] m = msg.data();
        int n = Math.min(m.length, dst.remaining());
        dst.put(m, 0, n);
        if (truncated != null) {
            truncated[0] = n < m.length;
        }
        OpenFile[] sent = msg.files();
        if (sent != null && peek) {
            sent = sent.clone();
            for (OpenFile f : sent) {
                f.retain();
            }
        }
        if (files != null) {
            files[0] = sent;
        } else {
            releaseAll(sent);
        }
        if (!peek) {
            charged -= truesize(m.length);
            writerWakeups++;
            notifyAll();
        }
        return m.length;
    }

    /** Releases each of {@code files} (null: none). */
    public static void releaseAll(OpenFile[] files) {
        if (files != null) {
            for (OpenFile f : files) {
                f.release();
            }
        }
    }

    /** Whether a message is waiting. */
    public synchronized boolean readable() {
        return !queue.isEmpty();
    }

    /** Whether the sender may queue more: its charge at most a quarter of the buffer (unix_writable). */
    public synchronized boolean writable() {
        return charged * 4 <= SNDBUF;
    }

    public synchronized boolean writerOpen() {
        return writerOpen;
    }

    public synchronized boolean readerOpen() {
        return readerOpen;
    }

    /** Bytes of the first message (FIONREAD on a datagram socket), 0 when none. */
    public synchronized int firstLength() {
        Message m = queue.peek();
        return m == null ? 0 : m.data().length;
    }

    /** Bytes of all queued messages. */
    public synchronized long queuedBytes() {
        long n = 0;
        for (Message m : queue) {
            n += m.data().length;
        }
        return n;
    }

    /** The reading end is gone: its queue is freed (and its charge given back), writers fail. */
    public synchronized void closeReader() {
        readerOpen = false;
        for (Message m : queue) {
            releaseAll(m.files());
        }
        queue.clear();
        charged = 0;
        writerWakeups++;
        notifyAll();
    }

    /** The writing end is gone or shut down: waiting readers of a SOCK_SEQPACKET pair see end of file. */
    public synchronized void closeWriter() {
        writerOpen = false;
        readerWakeups++;
        notifyAll();
    }

    /** How often the side's waiters were woken: an edge for EPOLLET. */
    public synchronized long wakeups(boolean readEnd) {
        return readEnd ? readerWakeups : writerWakeups;
    }
}
