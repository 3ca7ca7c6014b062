package dev.ring3.syscalls.net;

import static dev.ring3.syscalls.net.SocketConstants.*;

import dev.ring3.syscalls.Errno;
import dev.ring3.syscalls.ErrnoException;
import dev.ring3.syscalls.PipeBuffer;
import dev.ring3.syscalls.PollEvents;
import java.net.SocketAddress;
import java.nio.ByteBuffer;

/**
 * One end of a socketpair(2) of AF_UNIX SOCK_STREAM sockets, held in this JVM: two
 * {@link PipeBuffer}s, one per direction, so that guests sharing the pair across fork or threads
 * need no host socket. Closing or shutting down an end closes the matching pipe ends: the peer then
 * reads end of file, or gets EPIPE on write.
 */
public final class PairSocket extends UnixPairSocket {
    private final PipeBuffer in;
    private final PipeBuffer out;
    private boolean readShut;
    private boolean writeShut;
    private ByteBuffer peeked;

    private PairSocket(PipeBuffer in, PipeBuffer out, int protocol, int flags) {
        super(SOCK_STREAM, protocol, flags);
        this.in = in;
        this.out = out;
    }

    /** A connected pair. */
    public static PairSocket[] create(int protocol, int flags) {
        long ino = 0x2000000 + (System.identityHashCode(new Object()) & 0xffffff);
        PipeBuffer ab = new PipeBuffer(ino);
        PipeBuffer ba = new PipeBuffer(ino + 1);
        return new PairSocket[] {new PairSocket(ba, ab, protocol, flags), new PairSocket(ab, ba, protocol, flags)};
    }

    @Override
    public int send(ByteBuffer src, SocketAddress to, int msgFlags) {
        synchronized (this) {
            if (writeShut) {
                throw ErrnoException.of(Errno.EPIPE);
            }
        }
        return out.write(src, dontWait(msgFlags));
    }

    @Override
    public int receive(ByteBuffer dst, int msgFlags, SocketAddress[] from, boolean[] truncated) {
        if (from != null) {
            from[0] = null;
        }
        boolean peek = (msgFlags & MSG_PEEK) != 0;
        synchronized (this) {
            if (peeked != null && peeked.hasRemaining()) {
                int n = Math.min(peeked.remaining(), dst.remaining());
                ByteBuffer slice = peeked.duplicate();
                slice.limit(slice.position() + n);
                dst.put(slice);
                if (!peek) {
                    peeked.position(peeked.position() + n);
                }
                return n;
            }
            if (readShut) {
                return 0;
            }
        }
        if (!peek) {
            int total = 0;
            boolean all = (msgFlags & MSG_WAITALL) != 0;
            do {
                int n = in.read(dst, dontWait(msgFlags) || total > 0 && !all);
                if (n == 0) {
                    break;
                }
                total += n;
            } while (all && dst.hasRemaining());
            return total;
        }
        ByteBuffer b = ByteBuffer.allocate(Math.max(dst.remaining(), 1));
        int n = in.read(b, dontWait(msgFlags));
        b.flip();
        synchronized (this) {
            peeked = b;
            ByteBuffer slice = b.duplicate();
            slice.limit(Math.min(n, dst.remaining()));
            dst.put(slice);
        }
        return Math.min(n, b.limit());
    }

    @Override
    public synchronized void shutdown(int how) {
        checkHow(how);
        if (how != SHUT_WR && !readShut) {
            readShut = true;
            in.closeEnd(true);
        }
        if (how != SHUT_RD && !writeShut) {
            writeShut = true;
            out.closeEnd(false);
        }
    }

    @Override
    public synchronized int poll(int events) {
        int inBits = PollEvents.POLLIN | PollEvents.POLLRDNORM;
        int outBits = PollEvents.POLLOUT | PollEvents.POLLWRNORM;
        boolean peerWriterGone = readShut || (in.poll(true, 0) & PollEvents.POLLHUP) != 0;
        boolean peerReaderGone = writeShut || (out.poll(false, 0) & PollEvents.POLLERR) != 0;
        int r = readShut ? 0 : in.poll(true, inBits) & inBits;
        if (peeked != null && peeked.hasRemaining() || peerWriterGone) {
            r |= inBits; // readable: data, or the end of file a read would return
        }
        r |= writeShut ? outBits : out.poll(false, outBits) & outBits;
        if (peerWriterGone) {
            r |= PollEvents.POLLRDHUP; // unix_poll: RCV_SHUTDOWN
        }
        if (peerWriterGone && peerReaderGone) {
            r |= PollEvents.POLLHUP;
        }
        return r;
    }

    /** The wake-ups of the two pipes: data or a hang-up coming in, room going out. */
    @Override
    public long readinessGeneration(int events) {
        return in.wakeups(true) + out.wakeups(false);
    }

    @Override
    public synchronized long available() {
        return in.available() + (peeked != null ? peeked.remaining() : 0);
    }

    @Override
    protected void closeHost() {
        super.closeHost();
        shutdown(SHUT_RDWR);
    }
}
